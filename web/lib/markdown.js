// The summary as Markdown and as plain text: the one writer of the page, the
// extension and the package, with one escaping rule that the native CLI
// (cli/main.cc EscapeMarkdown) follows too (tests/js/markdown.test.mjs
// checks that they agree). Pure, so that it runs in node.

// Characters escaped wherever they are: they start or end inline markup
// (emphasis, code, links, autolinks and HTML, tables, strikethrough).
const INLINE = /[\\`*_[\]<>|~]/g;

// At the start of a line (the text's start or after "\n"), after spaces and
// tabs: a heading, list, setext or rule mark ("#", "-", "+", "=") followed by
// a space, a tab, "\r", the end or the same mark again; or an ordered-list
// number ("1." or "1)", 1 to 9 digits) followed by a space, a tab, "\r" or
// the end.
const LINE_MARK = /^([ \t]*)(?:([#+=-])(?=[ \t\r]|$|\2)|(\d{1,9})([.)])(?=[ \t\r]|$))/;

// `text` with a backslash before everything Markdown would read as markup,
// so that it renders as the same text. cli/main.cc EscapeMarkdown applies
// the same rule.
export function escapeMarkdown(text) {
  return String(text).split('\n').map((line) => line.replace(INLINE, '\\$&')
    .replace(LINE_MARK, (m, space, mark, digits, dot) =>
      (mark ? `${space}\\${mark}` : `${space}${digits}\\${dot}`))).join('\n');
}

// `text` escaped for an ATX heading line ("### text"): escapeMarkdown, and
// a run of "#" at the end, which the heading would drop as its closing
// sequence, escaped too.
export function escapeHeading(text) {
  return escapeMarkdown(text).replace(/(^|[ \t])(#+)([ \t]*)$/, '$1\\$2$3');
}

// Whitespace runs as one space, trimmed: one bullet stays one line.
export function oneLine(text) {
  return String(text ?? '').replace(/\s+/g, ' ').trim();
}

// ---- key facts ------------------------------------------------------------

// The facts' indices by subject: first those without one, then each subject
// in the order it first appears. [{group: '' | 'Korea', indices: [0, 2]}]
// The CLI groups its facts the same way (cli/main.cc BySubject).
export function groupFacts(facts) {
  const groups = [{group: '', indices: []}];
  facts.forEach((f, i) => {
    const name = typeof f.group === 'string' ? f.group : '';
    let g = groups.find((x) => x.group === name);
    if (!g) {
      g = {group: name, indices: []};
      groups.push(g);
    }
    g.indices.push(i);
  });
  return groups.filter((g) => g.indices.length > 0);
}

// The number of a digest's articles about the same event (the "3" of
// "2/3 sources"), or null for a single article's result.
export function sameEventCount(result) {
  if (!Array.isArray(result?.articles)) return null;
  return result.articles.filter((a) => a.sameEvent).length;
}

// How many of a digest's articles report a fact: "2/3 sources", or "only in
// article 2" for a single-source fact; '' outside a digest. The CLI writes
// the same labels.
export function supportLabel(fact, sameEventArticles) {
  if (!Array.isArray(fact.articles)) return '';
  if (fact.articles.length <= 1) return `only in article ${(fact.articles[0] ?? fact.article ?? 0) + 1}`;
  return `${fact.articles.length}/${sameEventArticles} sources`;
}

// The line suffix of a digest fact: " [2/3 sources]" in text, " *[2/3
// sources]*" in Markdown; '' for a single article's result.
export function supportSuffix(fact, result, {markdown = false} = {}) {
  const same = sameEventCount(result);
  if (same === null) return '';
  const label = supportLabel(fact, same);
  if (!label) return '';
  return markdown ? ` *[${label}]*` : ` [${label}]`;
}

// ---- writers ----------------------------------------------------------------

// Markdown lines for the key facts: "- fact" lines, subjects as "### Korea".
// `line(fact)` gives the escaped bullet text with any suffix.
export function factsMarkdownLines(facts, line) {
  const lines = [];
  for (const {group, indices} of groupFacts(facts)) {
    if (group) {
      if (lines.length && lines[lines.length - 1] !== '') lines.push('');
      lines.push(`### ${escapeHeading(oneLine(group))}`, '');
    }
    for (const i of indices) lines.push(`- ${line(facts[i])}`);
  }
  return lines;
}

// A precis result ({summary: [{text, heading?}], facts: [{text, group?,
// articles?}], keywords: [{text}], articles?}) as Markdown:
//
//   # Title                     (when a title is given)
//   Source: <https://…>         (when an http(s) URL is given)
//   ## Summary                  sentences as bullets, headings in bold
//   ## Key facts                bullets, subjects as "### Korea",
//                               digest support as " *[2/3 sources]*"
//   **Keywords:** a, b
//
// Options: title, url, keywords (how many keywords at most).
export function summaryMarkdown(result, {title = '', url = '', keywords = Infinity} = {}) {
  const lines = [];
  const heading = oneLine(title);
  if (heading) lines.push(`# ${escapeHeading(heading)}`, '');
  const link = oneLine(url);
  if (/^https?:\/\//i.test(link)) {
    lines.push(`Source: <${link.replace(/[<>\s]/g, encodeURIComponent)}>`, '');
  }
  lines.push('## Summary', '');
  for (const s of result.summary ?? []) {
    const t = escapeMarkdown(oneLine(s.text));
    if (t) lines.push(s.heading ? `**${t}**` : `- ${t}`);
  }
  const facts = (result.facts ?? []).filter((f) => oneLine(f.text));
  if (facts.length) {
    lines.push('', '## Key facts', '');
    lines.push(...factsMarkdownLines(facts,
      (f) => `${escapeMarkdown(oneLine(f.text))}${supportSuffix(f, result, {markdown: true})}`));
  }
  const words = (result.keywords ?? []).slice(0, keywords).map((k) => oneLine(k.text)).filter(Boolean);
  if (words.length) lines.push('', `**Keywords:** ${words.map(escapeMarkdown).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

// The summary as plain text: its sentences as paragraphs, a new paragraph
// at each heading.
export function summaryText(result) {
  const paragraphs = [];
  let current = [];
  for (const s of result.summary ?? []) {
    if (s.heading) {
      if (current.length) paragraphs.push(current.join(' '));
      paragraphs.push(s.text);
      current = [];
    } else {
      current.push(s.text);
    }
  }
  if (current.length) paragraphs.push(current.join(' '));
  return `${paragraphs.join('\n\n')}\n`;
}
