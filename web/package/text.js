// Article text from Markdown and HTML files, for the build-time CLI.
//
// Neither extractor is a full parser: they keep the prose a reader sees and
// drop what is not prose (code, images, link targets, markup), which is all
// an extractive summary needs. HTML is read with a small tag scanner, not
// Readability: no DOM is available in node without a heavy dependency, so
// the article is the first <article> or <main> element when there is one,
// else the <body>, and navigation, headers, footers, asides, forms, scripts
// and styles are left out.

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

// ---- HTML ---------------------------------------------------------------

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'nav',
  'header', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'iframe', 'object', 'canvas',
  'figure', 'pre', 'title']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'table', 'tr', 'td', 'th', 'body', 'html',
  'figcaption', 'address', 'details', 'summary', 'hr', 'caption']);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed',
  'source', 'track', 'wbr', 'param']);

// Tokens of an HTML document: {text} or {tag, close, selfClosing}.
function* htmlTokens(html) {
  const re = /<!--[^]*?(?:-->|$)|<!\[CDATA\[[^]*?(?:\]\]>|$)|<![^>]*>?|<\?[^>]*>?|<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^<>"']|"[^<>"]*"|'[^<>']*')*)>|[^<]+|</g;
  let m;
  while ((m = re.exec(html)) !== null) {
    if (m[2]) yield {tag: m[2].toLowerCase(), close: m[1] === '/', selfClosing: /\/\s*$/.test(m[3])};
    else if (m[0][0] !== '<' || m[0] === '<') yield {text: m[0]};
  }
}

// Raw-text elements end only at their own end tag.
function skipRawText(html, start, tag) {
  const end = html.toLowerCase().indexOf(`</${tag}`, start);
  return end < 0 ? html.length : end;
}

function htmlRegion(html) {
  const lower = html.toLowerCase();
  for (const tag of ['article', 'main']) {
    const open = new RegExp(`<${tag}[\\s>]`).exec(lower);
    if (!open) continue;
    const close = lower.lastIndexOf(`</${tag}`);
    return html.slice(open.index, close > open.index ? close : html.length);
  }
  return html;
}

// The article text of an HTML document.
export function htmlToText(html) {
  // Raw-text elements first: their content may hold "<" that is not a tag.
  let cleaned = '';
  const rawText = /<(script|style|textarea|title|noscript|template)\b[^>]*>/gi;
  let at = 0;
  let m;
  while ((m = rawText.exec(html)) !== null) {
    cleaned += html.slice(at, m.index);
    const end = skipRawText(html, rawText.lastIndex, m[1].toLowerCase());
    const closeEnd = html.indexOf('>', end);
    at = closeEnd < 0 ? html.length : closeEnd + 1;
    rawText.lastIndex = at;
  }
  cleaned += html.slice(at);

  const out = [];
  const skipStack = [];
  for (const token of htmlTokens(htmlRegion(cleaned))) {
    if (token.text !== undefined) {
      if (skipStack.length === 0) out.push(token.text.replace(/\s+/g, ' '));
      continue;
    }
    const {tag, close} = token;
    if (SKIPPED.has(tag)) {
      if (close) {
        const i = skipStack.lastIndexOf(tag);
        if (i >= 0) skipStack.length = i;
      } else if (!token.selfClosing && !VOID.has(tag)) {
        skipStack.push(tag);
      }
      continue;
    }
    if (skipStack.length) continue;
    if (tag === 'br') out.push('\n');
    else if (BLOCK.has(tag)) out.push('\n\n');
  }
  return tidy(decodeEntities(out.join('')));
}

// The text to summarize for a file, by its extension (.md/.markdown,
// .html/.htm, anything else as plain text); `body` excludes front matter.
export function fileText(kind, body) {
  if (kind === 'markdown') return markdownToText(body);
  if (kind === 'html') return htmlToText(body);
  return body;
}

export function kindOf(file) {
  const lower = file.toLowerCase();
  if (/\.(md|markdown|mdown|mkd)$/.test(lower)) return 'markdown';
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  return 'text';
}
