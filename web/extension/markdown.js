// The summary as Markdown, for the clipboard. Pure, so that it is tested in
// node (tests/browser/extension.test.mjs).

// Escapes what Markdown would read as markup at the start of a line or inline.
function escapeInline(text) {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

function oneLine(text) {
  return String(text ?? '').replace(/\s+/g, ' ').trim();
}

// {title, url, sentences: [string], facts: [{group, texts: [string]}],
//  keywords: [string]} -> Markdown text. `facts` holds the key facts by
// subject, those without one (group '') first.
export function summaryMarkdown({title, url, sentences, facts = [], keywords = []}) {
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
  const groups = facts.map(({group, texts}) => ({group: oneLine(group), texts: texts.map(oneLine).filter(Boolean)}))
    .filter((g) => g.texts.length);
  if (groups.length) lines.push('', '### Key facts');
  for (const {group, texts} of groups) {
    lines.push('');
    if (group) lines.push(`**${escapeInline(group)}**`, '');
    for (const t of texts) lines.push(`- ${escapeInline(t)}`);
  }
  const words = keywords.map(oneLine).filter(Boolean);
  if (words.length) lines.push('', `Keywords: ${words.map(escapeInline).join(', ')}`);
  return `${lines.join('\n')}\n`;
}
