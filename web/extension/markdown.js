// The summary as Markdown, for the clipboard. Pure, so that it is tested in
// node (tests/browser/extension.test.mjs).

// Escapes what Markdown would read as markup at the start of a line or inline.
function escapeInline(text) {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

function oneLine(text) {
  return String(text ?? '').replace(/\s+/g, ' ').trim();
}

// {title, url, sentences: [string], keywords: [string]} -> Markdown text.
export function summaryMarkdown({title, url, sentences, keywords = []}) {
  const lines = [];
  const heading = oneLine(title);
  lines.push(`## ${heading ? escapeInline(heading) : 'Summary'}`, '');
  const link = oneLine(url);
  if (/^https?:\/\//i.test(link)) {
    lines.push(`Source: <${link.replace(/[<>\s]/g, encodeURIComponent)}>`, '');
  }
  for (const s of sentences) {
    const t = oneLine(s);
    if (t) lines.push(`- ${escapeInline(t)}`);
  }
  const words = keywords.map(oneLine).filter(Boolean);
  if (words.length) lines.push('', `Keywords: ${words.map(escapeInline).join(', ')}`);
  return `${lines.join('\n')}\n`;
}
