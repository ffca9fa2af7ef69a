// Prose of a Markdown document: headings, emphasis, links, images, code
// fences, tables and list markers become plain text. One version for the
// page (web/app/text-import.js) and the npm package's CLI
// (web/package/text.js). Not a full parser: it keeps the prose a reader sees
// and drops what is not prose (code, images, link targets, markup), which is
// all an extractive summary needs. Every pattern runs in linear time.

const NAMED_ENTITIES = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ndash: '–', mdash: '—',
  hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  copy: '©', reg: '®', trade: '™', deg: '°', eacute: 'é', egrave: 'è', euro: '€', pound: '£',
  yen: '¥', cent: '¢', sect: '§', middot: '·', bull: '•', times: '×', shy: '',
};

export function decodeEntities(text) {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z]{2,8});/g, (m, body) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!(code > 0 && code <= 0x10FFFF) || (code >= 0xD800 && code <= 0xDFFF)) return '\uFFFD';
      return String.fromCodePoint(code);
    }
    return Object.hasOwn(NAMED_ENTITIES, body) ? NAMED_ENTITIES[body] : m;
  });
}

function tidy(text) {
  return text
    .replace(/[ \t\f\v\u00A0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// ---- Markdown ----------------------------------------------------------

// Inline markup of one line of Markdown to text. Every pattern scans from
// its opening mark only to the next mark of its kind, so a line full of
// unclosed marks costs linear time, not quadratic.
function markdownInline(line) {
  return line
    .replace(/`+([^`]*)`+/g, '$1')                                  // code spans keep their text
    .replace(/[ \t]*!\[[^\][\n]*\]\([^()\s]*(?:\s+"[^"\n]*")?\)/g, '')   // images
    .replace(/[ \t]*!\[[^\][\n]*\]\[[^\][\n]*\]/g, '')
    .replace(/\[([^\][\n]*)\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+"[^"\n]*")?\)/g, '$1') // links
    .replace(/\[([^\][\n]+)\]\[[^\][\n]*\]/g, '$1')                   // reference links
    .replace(/<(?:https?|mailto):[^<>\s]*>/gi, '')                   // autolinks
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')                              // inline HTML tags
    .replace(/\*\*(?=[^*\s])([^*]*[^*\s])\*\*/g, '$1')                // strong
    .replace(/__(?=[^_\s])([^_]*[^_\s])__/g, '$1')
    .replace(/(^|[^\w*])\*(?=[^*\s])([^*]*[^*\s])\*(?![\w*])/g, '$1$2')  // emphasis
    .replace(/(^|[^\w_])_(?=[^_\s])([^_]*[^_\s])_(?![\w_])/g, '$1$2')
    .replace(/~~(?=[^~\s])([^~]*[^~\s])~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1');                   // escapes
}

// The prose of a Markdown document (front matter already removed).
export function markdownToText(markdown) {
  const lines = markdown.replace(/\r\n?/g, '\n').replace(/<!--[^]*?(?:-->|$)/g, '').split('\n');
  const out = [];
  let fence = null;
  for (const raw of lines) {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(raw);
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length
          && raw.trim() === fenceMatch[1].trim().replace(/[^`~].*$/, '')) fence = null;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      continue;
    }
    if (/^ {0,3}\[[^\]]+\]:\s*\S/.test(raw)) continue;        // link reference definitions
    if (/^ {0,3}([-*_])( *\1){2,} *$/.test(raw)) { out.push(''); continue; }  // rules
    if (/^ {0,3}(=+|-+) *$/.test(raw)) continue;               // setext underlines
    if (/^ {0,3}\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(raw)) continue;  // table rules
    let line = raw
      .replace(/^ {0,3}(> ?)+/, '')                            // block quotes
      .replace(/^ {0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, '') // ATX headings
      .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?/, ''); // list items
    if (/^\s*\|.*\|\s*$/.test(line)) line = line.trim().slice(1, -1).split('|').map((c) => c.trim()).join(' — ');
    out.push(markdownInline(line));
  }
  return tidy(decodeEntities(out.join('\n')));
}
