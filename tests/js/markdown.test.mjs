// The one Markdown and plain-text writer (web/lib/markdown.js) of the page,
// the extension and the package (node --test tests/js/markdown.test.mjs):
// its escaping rule, the writers, and the native CLI's Markdown, whose
// EscapeMarkdown (cli/main.cc) must escape every text exactly as the JS does.
//
// Environment: PRECIS_CLI as in wasm.test.mjs; the CLI comparison skips
// without a build.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, test} from 'node:test';

import {escapeHeading, escapeMarkdown, summaryMarkdown, summaryText} from '../../web/lib/markdown.js';
import {cliPath} from './env.mjs';

// [text, escaped]
const TRICKY = [
  ['Plain words, 3.5 percent.', 'Plain words, 3.5 percent.'],
  ['Use *stars* and _lines_ and `code`.', 'Use \\*stars\\* and \\_lines\\_ and \\`code\\`.'],
  ['[links](x) <b> a|b ~~gone~~ \\ back', '\\[links\\](x) \\<b\\> a\\|b \\~\\~gone\\~\\~ \\\\ back'],
  ['# Heading', '\\# Heading'],
  ['## Heading', '\\## Heading'],
  ['#hashtag stays', '#hashtag stays'],
  ['- item', '\\- item'],
  ['-5 degrees', '-5 degrees'],
  ['---', '\\---'],
  ['+ plus', '\\+ plus'],
  ['+1 vote', '+1 vote'],
  ['===', '\\==='],
  ['= sign', '\\= sign'],
  ['1. first', '1\\. first'],
  ['2) second', '2\\) second'],
  ['1.5 million', '1.5 million'],
  ['2024.', '2024\\.'],
  ['1234567890. ten digits', '1234567890. ten digits'],
  ['  - indented', '  \\- indented'],
  ['\t# tab', '\t\\# tab'],
  ['> quote', '\\> quote'],
  ['a - b # c 1. d', 'a - b # c 1. d'],
  ['one\n- two\n3. three\n#four', 'one\n\\- two\n3\\. three\n#four'],
  ['line\r\n- crlf', 'line\r\n\\- crlf'],
  ['-\n#\n+', '\\-\n\\#\n\\+'],
  ['Ünïcödé — “quotes” *é*', 'Ünïcödé — “quotes” \\*é\\*'],
  ['', ''],
];

describe('escapeMarkdown', () => {
  for (const [text, escaped] of TRICKY) {
    test(JSON.stringify(text), () => assert.equal(escapeMarkdown(text), escaped));
  }
});

describe('summaryMarkdown and summaryText', () => {
  const result = {
    summary: [{text: 'First  one.'}, {text: 'Part two', heading: true}, {text: '  Second\n line. '}],
    facts: [{text: 'Visit from *January 4* to 9.'}, {text: 'Yoon  impeached.', group: 'Korea'},
      {text: 'Kishida met Biden.', group: 'Japan'}, {text: 'Won fell.', group: 'Korea'}],
    keywords: [{text: 'ferry'}, {text: 'harbor'}, {text: 'island'}],
  };

  test('title, source link, bullets, facts under their subjects, keywords', () => {
    assert.equal(summaryMarkdown(result, {title: 'Ferry  returns', url: 'https://example.org/a?b=1', keywords: 2}),
      '# Ferry returns\n\nSource: <https://example.org/a?b=1>\n\n## Summary\n\n'
      + '- First one.\n**Part two**\n- Second line.\n\n## Key facts\n\n- Visit from \\*January 4\\* to 9.\n'
      + '\n### Korea\n\n- Yoon impeached.\n- Won fell.\n\n### Japan\n\n- Kishida met Biden.\n\n'
      + '**Keywords:** ferry, harbor\n');
  });

  test('without a title or a usable URL; markup escaped', () => {
    assert.equal(summaryMarkdown({summary: [{text: 'Use *stars* and [links](x) <b>'}], facts: [], keywords: []},
      {url: 'javascript:alert(1)'}),
    '## Summary\n\n- Use \\*stars\\* and \\[links\\](x) \\<b\\>\n');
    assert.equal(summaryMarkdown({summary: []}), '## Summary\n\n');
  });

  test('digest facts carry their support', () => {
    const digest = {summary: [{text: 'A.'}], keywords: [],
      facts: [{text: 'Both say so.', articles: [0, 1], article: 0}, {text: 'One says so.', articles: [2], article: 2}],
      articles: [{sameEvent: true}, {sameEvent: true}, {sameEvent: false}]};
    assert.equal(summaryMarkdown(digest),
      '## Summary\n\n- A.\n\n## Key facts\n\n- Both say so. *[2/2 sources]*\n- One says so. *[only in article 3]*\n');
  });

  test('subject headings and the title are escaped, a closing "#" run included', () => {
    const md = summaryMarkdown({summary: [], keywords: [], facts: [{text: 'x', group: '*Korea* <b> #'},
      {text: 'y', group: '1. Item ##'}, {text: 'z', group: 'C# and F#'}]}, {title: 'Issue #'});
    assert.equal(md, '# Issue \\#\n\n## Summary\n\n\n## Key facts\n\n### \\*Korea\\* \\<b\\> \\#\n\n- x\n\n'
      + '### 1\\. Item \\##\n\n- y\n\n### C# and F#\n\n- z\n');
    assert.equal(escapeHeading('# Heading #'), '\\# Heading \\#');
  });

  test('plain text: paragraphs, a new one at each heading', () => {
    assert.equal(summaryText(result), 'First  one.\n\nPart two\n\n  Second\n line. \n');
  });
});

// Paragraphs whose sentences start with, or hold, Markdown marks.
const ARTICLE = `Markdown marks in the middle of ordinary news sentences

# Hash marks open this sentence about the council budget for the coming year.

- Dashes open this sentence about the harbor ferry and its new timetable.

1. A number opens this sentence about the first of three planned stops.

2) Another number opens this sentence about the second planned stop.

+ A plus sign opens this sentence about the island's summer visitors.

== Equals signs open this sentence about the regional transport office.

The council spent *twice* the sum on _roads_ and \`bridges\` last year, it said.

Officials cited [the report](http://example.org) and <b>bold</b> claims | tables ~~struck~~ here.

A backslash \\ stood in the notes, and 3.5 percent of 2) items were late.`;

const cliSkip = existsSync(cliPath) ? false : `no CLI at ${cliPath} (build the precis target)`;

describe('the native CLI escapes Markdown as the JS writer does', {skip: cliSkip}, () => {
  test('summary, key facts and keywords of an article full of marks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'precis-md-'));
    try {
      const file = join(dir, 'marks.txt');
      writeFileSync(file, ARTICLE);
      const flags = ['--sentences', '20', '--keep-junk'];
      const envelope = JSON.parse(execFileSync(cliPath, [file, '--format', 'json', ...flags], {encoding: 'utf8'}));
      const md = execFileSync(cliPath, [file, '--format', 'markdown', '--keywords', '--facts', ...flags],
        {encoding: 'utf8'});
      const texts = envelope.summary.map((s) => s.text);
      assert.ok(texts.length >= 8, `the summary keeps the sentences (${texts.length})`);
      assert.ok(texts.some((t) => escapeMarkdown(t) !== t), 'some sentences need escaping');
      const summary = texts.map(escapeMarkdown).join(' ');
      assert.ok(md.startsWith(`## Summary\n\n${summary}\n`), `summary:\n${md}\nexpected:\n${summary}`);
      const keywords = envelope.keywords.map((k) => escapeMarkdown(k.text)).join(', ');
      if (envelope.keywords.length) assert.ok(md.includes(`\n**Keywords:** ${keywords}\n`), md);
      for (const f of envelope.facts) assert.ok(md.includes(`\n- ${escapeMarkdown(f.text)}\n`), f.text);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
