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
export function writeFields(source, values) {
  if (tomlFrontMatter(source)) {
    throw new Error('the file has TOML front matter ("+++"); only YAML front matter ("---") can be written');
  }
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

// The body of a Markdown file (what follows the front matter, YAML or TOML).
export function bodyOf(source) {
  const toml = tomlFrontMatter(source);
  if (toml) return source.slice(toml.end);
  try {
    const fm = splitFrontMatter(source);
    return fm.rest;
  } catch {
    return source.replace(/^\uFEFF/, '');
  }
}
