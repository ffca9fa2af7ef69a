#!/usr/bin/env node
// Generates the language tables of the core (core/src/lang/language_data.cc,
// declared in core/src/lang/language_data.h) from npm packages:
//   * character trigram profiles from `franc` (MIT): for each language, its
//     300 most frequent trigrams, most frequent first, grouped by script;
//   * stopword lists from `stopwords-iso` (MIT);
//   * ISO 639-3 -> 639-1 codes from `iso-639-3` (MIT).
// The generated file is committed, so the core builds with CMake and a C++
// compiler alone; run this after changing the packages' versions or the
// rules below, and commit the result. `--check` only compares (CI runs it).
//
//   node scripts/gen-language-data.mjs [--check]
//
// The same file also builds the English-only data of the web page's first
// module (compiled with PRECIS_LANGUAGE_DATA_ENGLISH=1): the Latin-script
// profiles that detection needs to tell English from other Latin-script
// languages, no stopword lists, the English stemmer only, and the codes and
// scripts whose data is left out (kLanguagesLeftOut, kScriptsLeftOut), so
// that the module can tell when a text needs the module with every language.
//
// A trigram profile is kept when its language has a stopword list or a
// Snowball stemmer, i.e. when detecting it changes how the text is processed;
// the others would only add size and chances of confusion. English stopwords
// are the core's own list (tokenizer.cc), so stopwords-iso's "en" is left out.
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'core/src/lang/language_data.cc');
const args = process.argv.slice(2);
if (args.length > 1 || (args.length === 1 && args[0] !== '--check')) {
  console.error('usage: gen-language-data.mjs [--check]');
  process.exit(2);
}
const check = args[0] === '--check';

const modules = path.join(root, 'node_modules');
const need = ['franc/data.js', 'stopwords-iso/stopwords-iso.json', 'iso-639-3/iso6393-to-1.js'];
for (const f of need) {
  if (!fs.existsSync(path.join(modules, f))) {
    console.error(`gen-language-data: ${path.join(modules, f)} is missing; run "npm ci" in ${root} ` +
                  '(scripts/setup.sh does it)');
    process.exit(1);
  }
}
const {data: francData} = await import(pathToFileURL(path.join(modules, 'franc/data.js')).href);
const {iso6393To1} = await import(pathToFileURL(path.join(modules, 'iso-639-3/iso6393-to-1.js')).href);
const require = createRequire(import.meta.url);
const stopwords = require(path.join(modules, 'stopwords-iso/stopwords-iso.json'));

// franc profiles individual languages; these are members of a macrolanguage
// whose ISO 639-1 code is the one people and Snowball use.
const macrolanguage = {
  arb: 'ar', cmn: 'zh', pes: 'fa', prs: 'fa', swh: 'sw', zlm: 'ms', uzn: 'uz', azj: 'az',
  plt: 'mg', pbu: 'ps', npi: 'ne', ckb: 'ku', ydd: 'yi', ekk: 'et', lvs: 'lv', nob: 'no',
  khk: 'mn', als: 'sq',
};
// The UTF-8 algorithms of Snowball 2.2 (libstemmer), by ISO 639-1 code.
const snowball = new Set(('ar hy eu ca da nl en fi fr de el hi hu id ga it lt ne no pt ro ru sr es ' +
                          'sv ta tr yi').split(' '));

// Galician's profile is within 2% of Spanish's and Portuguese's on news
// text, so it would take their articles and make them uncertain; Galician
// text goes to one of them instead (close enough for stems and stopwords).
const leftOut = new Set(['glg']);

const code1 = (iso3) => macrolanguage[iso3] || iso6393To1[iso3] || iso3;

// Case folding of the lists, the same way the tokenizer folds words (NFKC,
// lower case, the few full case foldings that lower-casing lacks, ASCII
// apostrophes), so that the core compares them as they are.
const fold = (w) => w.normalize('NFKC').toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ')
                      .replace(/\u2019/g, "'").normalize('NFKC');

// A C string literal of UTF-8 text, readable as it is: only quotes,
// backslashes, question marks (no trigraphs) and control characters are
// escaped (as three-digit octal, so a following digit cannot join them), in
// pieces of about 2,000 characters that the compiler joins (compilers cap
// the length of one literal).
const cLiteral = (s) => {
  const pieces = [];
  let piece = '';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '"' || ch === '\\') piece += '\\' + ch;
    else if (c < 0x20 || c === 0x7f || ch === '?') piece += '\\' + c.toString(8).padStart(3, '0');
    else piece += ch;
    if (piece.length >= 2000) {
      pieces.push(piece);
      piece = '';
    }
  }
  if (piece || !pieces.length) pieces.push(piece);
  return pieces.map((p) => `"${p}"`).join('\n    ');
};

const profiles = [];
for (const script of Object.keys(francData).sort()) {
  for (const iso3 of Object.keys(francData[script]).sort()) {
    const code = code1(iso3);
    if (leftOut.has(iso3) || (!(code in stopwords) && !snowball.has(code))) continue;
    const trigrams = francData[script][iso3].split('|');
    profiles.push({script, code, iso3, trigrams: trigrams.join('|')});
  }
}

const lists = [];
for (const code of Object.keys(stopwords).sort()) {
  if (code === 'en') continue;
  const words = [...new Set(stopwords[code].map(fold).filter((w) => w && !/\s/.test(w)))].sort();
  lists.push({code, words: words.join('\n')});
}

// What the English-only build keeps: Latin-script profiles (detection of
// English needs them all) and the English stemmer.
const englishScript = 'Latin';
const leftOutScripts = [...new Set(profiles.map((p) => p.script))].filter((s) => s !== englishScript).sort();
const leftOutCodes = [...new Set([
  ...profiles.filter((p) => p.script !== englishScript).map((p) => p.code),
  ...lists.map((l) => l.code),
  ...[...snowball].filter((c) => c !== 'en'),
])].sort();

let cc = `// Generated by scripts/gen-language-data.mjs from the npm packages franc,
// stopwords-iso and iso-639-3 (MIT licences). Do not edit: run
// \`node scripts/gen-language-data.mjs\` instead. With
// PRECIS_LANGUAGE_DATA_ENGLISH=1 only the English-only data is compiled.
#include "lang/language_data.h"

#ifndef PRECIS_LANGUAGE_DATA_ENGLISH
#define PRECIS_LANGUAGE_DATA_ENGLISH 0
#endif

namespace precis {
namespace internal {

const TrigramProfile kTrigramProfiles[] = {
`;
let open = false;
for (const p of profiles) {
  const english = p.script === englishScript;
  if (!english && !open) cc += '#if !PRECIS_LANGUAGE_DATA_ENGLISH\n';
  if (english && open) cc += '#endif\n';
  open = !english;
  cc += `  {"${p.code}", "${p.script}",\n    ${cLiteral(p.trigrams)}},\n`;
}
if (open) cc += '#endif\n';
cc += `};
const std::size_t kTrigramProfileCount = sizeof(kTrigramProfiles) / sizeof(kTrigramProfiles[0]);

#if PRECIS_LANGUAGE_DATA_ENGLISH
const StopwordList kStopwordLists[] = {{"", ""}};
const std::size_t kStopwordListCount = 0;
const char kStemmerLanguages[] = "en";
const char kLanguagesLeftOut[] = "${leftOutCodes.join(' ')}";
const char kScriptsLeftOut[] = "${leftOutScripts.join(' ')}";
#else
const StopwordList kStopwordLists[] = {
`;
for (const l of lists) cc += `  {"${l.code}",\n    ${cLiteral(l.words)}},\n`;
cc += `};
const std::size_t kStopwordListCount = ${lists.length};
const char kStemmerLanguages[] = "${[...snowball].sort().join(' ')}";
const char kLanguagesLeftOut[] = "";
const char kScriptsLeftOut[] = "";
#endif

}  // namespace internal
}  // namespace precis
`;
if (check) {
  const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  if (current !== cc) {
    console.error(`gen-language-data: ${path.relative(root, out)} is not what the npm packages give: ` +
                  'run node scripts/gen-language-data.mjs and commit the result');
    process.exit(1);
  }
  console.log(`gen-language-data: ${path.relative(root, out)} is current`);
} else {
  const tmp = out + '.tmp';
  fs.writeFileSync(tmp, cc);
  fs.renameSync(tmp, out);
}
