// Writes `summary:` and `key_points:` into the YAML front matter of a
// Markdown file, leaving every other byte as it was.
//
// Front matter is a block that opens the file (after an optional byte order
// mark) with a line "---" and ends with a line "---" or "...". Only the two
// fields are touched: an existing field (its key line and the indented or
// "- " lines that continue it) is replaced in place, a missing one is added
// after the other field or at the end of the block, and a file without front
// matter gets a new block before its first byte. New lines use the file's
// line ending. Values are double-quoted YAML strings, so any text is safe.
//
// Front matter this line-based rewrite cannot change safely is refused
// (unsafeReason): JSON and TOML front matter, a YAML block whose lines are
// not all top-level "key: value" entries and their continuations, a flow
// collection ([...] or {...}) or quoted value spanning lines at the margin,
// and an anchor (&name) on one of the two fields, which other entries may
// refer to.

export const FIELDS = Object.freeze(['summary', 'key_points']);

// A double-quoted YAML scalar for any string.
export function yamlString(value) {
  let out = '"';
  for (const ch of String(value)) {
    const c = ch.codePointAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7F || (c >= 0x80 && c < 0xA0)) {
      out += `\\x${c.toString(16).toUpperCase().padStart(2, '0')}`;
    } else if (c === 0x2028) out += '\\L';
    else if (c === 0x2029) out += '\\P';
    else if (c === 0xFEFF || (c >= 0xD800 && c <= 0xDFFF) || c === 0xFFFE || c === 0xFFFF) {
      out += `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}

// Lines of `text`, each with its own line ending ('' for the last one when
// the text does not end with a newline).
function splitLines(text) {
  const lines = [];
  const re = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  let m;
  while ((m = re.exec(text)) !== null) {
    if (m[0] === '') break;
    lines.push({text: m[1], eol: m[2]});
  }
  return lines;
}

// {bom, open, lines, close, rest} when the file has front matter, where
// open/close are the delimiter lines and lines the ones between; or
// {bom, rest} without. Throws for a block that opens but never closes.
export function splitFrontMatter(source) {
  const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = source.slice(bom.length);
  const first = /^---[ \t]*(\r\n|\n|\r)/.exec(text);
  if (!first) return {bom, rest: text};
  const lines = splitLines(text.slice(first[0].length));
  const end = lines.findIndex((l) => /^(---|\.\.\.)[ \t]*$/.test(l.text));
  if (end < 0) throw new Error('the front matter opens with "---" but never closes');
  const consumed = lines.slice(0, end + 1).reduce((n, l) => n + l.text.length + l.eol.length, 0);
  return {bom, open: first[0], lines: lines.slice(0, end), close: lines[end],
    rest: text.slice(first[0].length + consumed)};
}

// The top-level key a line starts, or null. (A scan, not one regular
// expression, so that long lines cost linear time.)
function keyOf(line) {
  const quoted = line[0] === '"' ? /^"((?:[^"\\]|\\.)*)"[ \t]*:(?:[ \t]|$)/.exec(line)
    : line[0] === "'" ? /^'((?:[^']|'')*)'[ \t]*:(?:[ \t]|$)/.exec(line) : undefined;
  if (quoted !== undefined) {
    if (!quoted) return null;
    if (line[0] === "'") return quoted[1].replace(/''/g, "'");
    try { return JSON.parse(`"${quoted[1]}"`); } catch { return quoted[1]; }
  }
  // Plain keys cannot start with white space or an indicator character.
  if (line === '' || /^[\s#:\-?[\]{},&*!|>%@`]/.test(line)) return null;
  let colon = line.indexOf(':');
  while (colon >= 0 && colon + 1 < line.length && line[colon + 1] !== ' ' && line[colon + 1] !== '\t') {
    colon = line.indexOf(':', colon + 1);
  }
  if (colon < 0) return null;
  const key = line.slice(0, colon).trimEnd();
  return /[ \t]#/.test(key) ? null : key;
}

// Whether a line continues the entry above it: indented, a "- " item at the
// margin (a block sequence may sit at its key's indentation), or blank.
const continues = (line) => /^[ \t]/.test(line) || /^-([ \t]|$)/.test(line);
const blank = (line) => /^[ \t]*$/.test(line);

// [start, end) line ranges of each top-level entry whose key is one of ours.
function fieldRanges(lines) {
  const ranges = [];
  for (let i = 0; i < lines.length; i++) {
    const key = keyOf(lines[i].text);
    if (key === null || !FIELDS.includes(key)) continue;
    let end = i + 1;
    for (let j = i + 1; j < lines.length; j++) {
      if (blank(lines[j].text)) continue;
      if (!continues(lines[j].text)) break;
      end = j + 1;
    }
    ranges.push({key, start: i, end});
    i = end - 1;
  }
  return ranges;
}

function fieldLines(key, values, eol) {
  if (key === 'summary') return [`summary: ${yamlString(values.summary)}${eol}`];
  const points = values.key_points;
  if (points.length === 0) return [`key_points: []${eol}`];
  return [`key_points:${eol}`, ...points.map((p) => `  - ${yamlString(p)}${eol}`)];
}

function detectEol(text) {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}

// `source` with the fields set to {summary: string, key_points: string[]}.
// Throws when the front matter cannot be rewritten safely (unsafeReason).
export function writeFields(source, values) {
  const unsafe = unsafeReason(source);
  if (unsafe) throw new Error(unsafe);
  const fm = splitFrontMatter(source);
  if (fm.open === undefined) {
    const eol = detectEol(fm.rest);
    const block = [`---${eol}`, ...fieldLines('summary', values, eol),
      ...fieldLines('key_points', values, eol), `---${eol}`].join('');
    return fm.bom + block + fm.rest;
  }
  const eol = fm.open.slice(fm.open.search(/\r|\n/));
  const lines = fm.lines.map((l) => l.text + l.eol);
  const ranges = fieldRanges(fm.lines);
  const seen = new Set();
  const out = [];
  let i = 0;
  for (const r of ranges) {
    out.push(...lines.slice(i, r.start));
    if (!seen.has(r.key)) {
      seen.add(r.key);
      out.push(...fieldLines(r.key, values, eol));
      if (r.key === 'summary' && !ranges.some((x) => x.key === 'key_points')) {
        seen.add('key_points');
        out.push(...fieldLines('key_points', values, eol));
      }
    }
    i = r.end;
  }
  out.push(...lines.slice(i));
  // Every line between the delimiters ends with a line ending, so missing
  // fields can simply follow the last one.
  for (const key of FIELDS) {
    if (!seen.has(key)) out.push(...fieldLines(key, values, eol));
  }
  return fm.bom + fm.open + out.join('') + fm.close.text + fm.close.eol + fm.rest;
}

// A TOML front matter block (Hugo's "+++" ... "+++"): {end} (the offset of
// the body), or null.
function tomlFrontMatter(source) {
  const m = /^\uFEFF?\+\+\+[ \t]*(?:\r\n|\n|\r)(?:[^\r\n]*(?:\r\n|\n|\r))*?\+\+\+[ \t]*(?:\r\n|\n|\r|$)/.exec(source);
  return m ? {end: m[0].length} : null;
}

// JSON front matter (Hugo's): a JSON object that opens the file and ends at
// the end of a line. {end} (the offset of the body), or null.
function jsonFrontMatter(source) {
  const start = source.startsWith('\uFEFF') ? 1 : 0;
  if (source[start] !== '{') return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (--depth > 0) continue;
      const after = /^[ \t]*(?:\r\n|\n|\r|$)/.exec(source.slice(i + 1, i + 3 + 64));
      if (!after) return null;
      try {
        JSON.parse(source.slice(start, i + 1));
      } catch {
        return null;
      }
      return {end: i + 1 + after[0].length};
    }
  }
  return null;
}

const margin = (line) => line.length - line.trimStart().length;

// Reads the block's lines as YAML far enough to know whether the line-based
// rewrite is safe: {reason} when it is not, else {anchors}: the indexes of
// lines that define an anchor. Quoted values, flow collections and block
// scalars are followed; comments are skipped.
function scanYaml(lines) {
  const anchors = new Set();
  let quote = null;       // the open quote of a value that continues
  let blockIndent = -1;   // inside a block scalar: its key line's margin
  let sawKey = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const where = `line ${i + 2} of the front matter`;
    if (blockIndent >= 0) {
      if (blank(line) || margin(line) > blockIndent) continue;
      blockIndent = -1;
    }
    let p = 0;
    let token = true;     // at the start of a node: quotes, [, {, &, * and | > mean something
    let depth = 0;
    if (quote) {
      if (!blank(line) && margin(line) === 0) {
        return {reason: `a quoted value continues at the start of ${where}`};
      }
      token = false;
    } else {
      if (blank(line) || /^[ \t]*#/.test(line)) continue;
      if (margin(line) === 0) {
        if (keyOf(line) !== null) sawKey = true;
        else if (!(sawKey && /^-([ \t]|$)/.test(line))) {
          return {reason: `${where} is not a "key: value" entry`};
        }
      }
      p = margin(line);
    }
    for (; p < line.length; p++) {
      const c = line[p];
      const next = line[p + 1];
      if (quote === '"') {
        if (c === '\\') p++;
        else if (c === '"') quote = null;
        continue;
      }
      if (quote === "'") {
        if (c === "'" && next === "'") p++;
        else if (c === "'") quote = null;
        continue;
      }
      if (c === ' ' || c === '\t') continue;
      if (c === '#' && (p === 0 || line[p - 1] === ' ' || line[p - 1] === '\t')) break;
      const spaceAfter = next === undefined || next === ' ' || next === '\t';
      if (token) {
        if (c === '"' || c === "'") { quote = c; token = false; continue; }
        if (c === '[' || c === '{') { depth++; continue; }
        if (c === '&' || c === '*') {
          if (c === '&') anchors.add(i);
          while (p + 1 < line.length && !/[\s,[\]{}]/.test(line[p + 1])) p++;
          token = c === '&';
          continue;
        }
        if ((c === '|' || c === '>') && depth === 0 && /^[|>][-+0-9]*[ \t]*(#.*)?$/.test(line.slice(p))) {
          blockIndent = margin(line);
          break;
        }
        if ((c === '-' || c === '?') && spaceAfter && depth === 0) continue;
      }
      if (depth > 0 && (c === ']' || c === '}')) { depth--; token = false; continue; }
      if (depth > 0 && c === ',') { token = true; continue; }
      if (c === ':' && (spaceAfter || (depth > 0 && /[,[\]{}]/.test(next)))) { token = true; continue; }
      token = false;
    }
    if (depth > 0) return {reason: `a flow collection ([...] or {...}) spans lines at ${where}`};
  }
  if (quote) return {reason: 'a quoted value in the front matter never closes'};
  return {anchors};
}

// Why writeFields cannot rewrite this file's front matter safely, or null
// when it can. Throws for a YAML block that opens but never closes.
export function unsafeReason(source) {
  if (tomlFrontMatter(source)) {
    return 'the file has TOML front matter ("+++"); only YAML front matter ("---") is written';
  }
  if (jsonFrontMatter(source)) {
    return 'the file has JSON front matter; only YAML front matter ("---") is written';
  }
  const fm = splitFrontMatter(source);
  if (fm.open === undefined) return null;
  const scan = scanYaml(fm.lines.map((l) => l.text));
  if (scan.reason) return scan.reason;
  for (const r of fieldRanges(fm.lines)) {
    for (let i = r.start; i < r.end; i++) {
      if (scan.anchors.has(i)) {
        return `the ${r.key} field carries a YAML anchor (&name) that other entries may refer to`;
      }
    }
  }
  return null;
}

// The body of a Markdown file (what follows the front matter, YAML, TOML
// or JSON).
export function bodyOf(source) {
  const toml = tomlFrontMatter(source) ?? jsonFrontMatter(source);
  if (toml) return source.slice(toml.end);
  try {
    const fm = splitFrontMatter(source);
    return fm.rest;
  } catch {
    return source.replace(/^\uFEFF/, '');
  }
}
