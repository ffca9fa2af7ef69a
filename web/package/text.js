// Article text from Markdown and HTML files, for the build-time CLI: the
// same extraction as the page. Markdown goes through lib/markdown-text.js;
// HTML is parsed by linkedom and read by Readability and lib/dom-text.js, as
// on the page and in the extension. Both are optional dependencies of the
// package, loaded only for HTML.
import {documentText, hostileHtml, htmlSourceText} from './lib/dom-text.js';
import {markdownToText} from './lib/markdown-text.js';

export {decodeEntities, markdownToText} from './lib/markdown-text.js';

let htmlTools = null;
let parseHTML = null;

// linkedom's parser and Readability, loaded once when first needed.
// Resolves to {parseHTML, Readability}.
export function loadHtmlTools() {
  htmlTools ??= Promise.all([import('linkedom'), import('@mozilla/readability')])
    .then(([linkedom, readability]) => {
      parseHTML = linkedom.parseHTML;
      return {parseHTML, Readability: readability.Readability};
    })
    .catch((error) => {
      htmlTools = null;
      throw new Error('reading HTML needs the packages linkedom and @mozilla/readability '
        + `(optional dependencies of precis-summarizer; npm install them): ${error?.message ?? error}`);
    });
  return htmlTools;
}

// linkedom builds the tree as the tags are written: unlike a browser, it
// does not imply <html>, <head> or <body> when a page leaves them out. The
// page with those three written out (its own ones, with their attributes,
// when it has them), so that its body is what a browser's would be.
// The first match of a tag pattern outside comments, as a RegExp match.
function findTag(html, pattern) {
  const re = new RegExp(`<!--[\\s\\S]*?(?:-->|$)|${pattern}`, 'gi');
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (!m[0].startsWith('<!--')) return m;
  }
  return null;
}

function wholeDocument(html) {
  const htmlTag = findTag(html, '<html\\b[^>]*>')?.[0] ?? '<html>';
  const bodyOpen = findTag(html, '<body\\b[^>]*>');
  const headClose = findTag(html, '<\\/head\\s*>');
  let head = '';
  let body = html;
  if (bodyOpen) {
    head = html.slice(0, bodyOpen.index);
    body = html.slice(bodyOpen.index + bodyOpen[0].length);
  } else if (headClose) {
    head = html.slice(0, headClose.index);
    body = html.slice(headClose.index + headClose[0].length);
  }
  const strip = (part, tags) => part.replace(new RegExp(`<!doctype[^>]*>|</?(?:${tags})\\b[^>]*>`, 'gi'), '');
  return `<!doctype html>${htmlTag}<head>${strip(head, 'html|head|body')}</head>`
    + `${bodyOpen?.[0] ?? '<body>'}${strip(body, 'html|body')}</body></html>`;
}

// The document linkedom parses from HTML source (loadHtmlTools() must
// have resolved first).
export function parseHtmlDocument(html) {
  if (!parseHTML) throw new Error('parseHtmlDocument: loadHtmlTools() has not resolved');
  return parseHTML(wholeDocument(String(html))).document;
}

// The article text of an HTML document, with its title in front (as the
// page imports it).
// Source nested too deeply for a parser (see dom-text.js scanHtml) is read
// as text without parsing, as on the page.
export async function htmlToText(html) {
  if (hostileHtml(html)) return htmlSourceText(html);
  const {Readability} = await loadHtmlTools();
  return documentText(parseHtmlDocument(html), Readability, {withTitle: true}).text;
}

// The text to summarize for a file, by its extension (.md/.markdown,
// .html/.htm, anything else as plain text); `body` excludes front matter.
// Resolves to the text.
export async function fileText(kind, body) {
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
