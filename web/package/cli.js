#!/usr/bin/env node
// precis-summarizer: build-time summaries for static sites.
//
//   npx precis-summarizer content/posts --front-matter
//   npx precis-summarizer article.html notes.txt --out summaries.json
//
// Reads Markdown, HTML and text files (folders recursively) and writes
// summaries and key facts as JSON, or into the front matter of Markdown
// files (summary: and key_points:). The summary is the engine's, with the
// same length options as the native `precis` CLI.
import {readdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

import {bodyOf, writeFields} from './front-matter.js';
import {summarizeEnvelope, version} from './node.js';
import {fileText, kindOf} from './text.js';

const USAGE = `usage: precis-summarizer [options] PATH...
Summarizes Markdown (.md), HTML (.html) and text files; a folder means every
.md, .markdown, .html, .htm and .txt file in it, recursively (dot folders,
node_modules and symbolic links are skipped); - reads text from standard input.

Output (JSON to standard output unless):
  --out FILE        write the JSON to FILE
  --front-matter    write summary: and key_points: into the YAML front matter
                    of the Markdown files (other files are left alone)
  --check           with --front-matter: change nothing, exit 1 if a file
                    would change
  --envelope        include the engine's full JSON envelope for each file
Length (at most one; default automatic, as in the native CLI):
  --sentences N | --ratio R | --words W
Content:
  --facts N         key points (key facts), 0..20 (default 5)
  --keywords N      keywords, 0..50 (default 10)
  --keep-junk       do not drop pasted-page junk
  --language L      the articles' language: auto (default, detected) or an
                    ISO 639 code (en, fr, de, ...)
Other: --quiet, --version, --help`;

const TEXT_EXTENSIONS = /\.(md|markdown|html?|txt)$/i;

class UsageError extends Error {}

export function parseArgs(argv) {
  const args = {paths: [], engine: {}, out: null, frontMatter: false, check: false,
    envelope: false, quiet: false};
  const number = (flag, value, integer) => {
    if (value === undefined) throw new UsageError(`${flag} needs a value`);
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n))) {
      throw new UsageError(`${flag} needs ${integer ? 'a whole number' : 'a number'}, not "${value}"`);
    }
    return n;
  };
  let lengthFlag = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (flag) {
      case '--sentences': case '--ratio': case '--words': {
        if (lengthFlag) throw new UsageError(`${lengthFlag} and ${flag} cannot be combined`);
        lengthFlag = flag;
        args.engine[flag.slice(2)] = number(flag, value(), flag !== '--ratio');
        break;
      }
      case '--facts': args.engine.facts = number(flag, value(), true); break;
      case '--keywords': args.engine.keywords = number(flag, value(), true); break;
      case '--keep-junk': args.engine.removeJunk = false; break;
      case '--language': {
        const v = value();
        if (!v || !/^(auto|[a-z]{2,3})$/.test(v)) {
          throw new UsageError(`--language takes auto or a lower-case ISO 639 code (got "${v ?? ''}")`);
        }
        args.engine.language = v;
        break;
      }
      case '--out': {
        const v = value();
        if (!v) throw new UsageError('--out needs a file name');
        args.out = v;
        break;
      }
      case '--front-matter': args.frontMatter = true; break;
      case '--check': args.check = true; break;
      case '--envelope': args.envelope = true; break;
      case '--quiet': case '-q': args.quiet = true; break;
      case '--help': case '-h': args.help = true; break;
      case '--version': args.version = true; break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
        args.paths.push(a);
    }
  }
  if (args.check && !args.frontMatter) throw new UsageError('--check goes with --front-matter');
  if (args.frontMatter && args.out) throw new UsageError('--out and --front-matter cannot be combined');
  if (args.frontMatter && args.paths.includes('-')) throw new UsageError('--front-matter needs files, not -');
  if (!args.help && !args.version && args.paths.length === 0) throw new UsageError('no file or folder given');
  return args;
}

// The files under `paths`, sorted within each folder.
function collectFiles(paths) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') walk(full);
      } else if (entry.isFile() && TEXT_EXTENSIONS.test(entry.name)) {
        files.push(full);
      }
    }
  };
  for (const p of paths) {
    if (p === '-') files.push(p);
    else if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
  return files;
}

function readText(file) {
  const bytes = readFileSync(file === '-' ? 0 : file);
  return new TextDecoder('utf-8', {fatal: false, ignoreBOM: true}).decode(bytes);
}

const collapse = (s) => s.replace(/\s+/gu, ' ').trim();

// {kind, summary, key_points, keywords, envelope} for one file's source.
export async function summarizeSource(file, source, engineOptions = {}) {
  const kind = kindOf(file);
  const body = kind === 'markdown' ? bodyOf(source) : source;
  const text = await fileText(kind, body);
  const envelope = await summarizeEnvelope(text, engineOptions);
  return {
    kind,
    summary: envelope.summary.map((s) => collapse(s.text)).join(' '),
    key_points: envelope.facts.map((f) => collapse(f.text)),
    keywords: envelope.keywords.map((k) => k.text),
    language: envelope.language?.code,
    envelope,
  };
}

export async function main(argv, {stdout = process.stdout, stderr = process.stderr} = {}) {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stderr.write(`precis-summarizer: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.version) {
    stdout.write(`${await version()}\n`);
    return 0;
  }
  let files;
  try {
    files = collectFiles(args.paths);
  } catch (error) {
    stderr.write(`precis-summarizer: ${error.message}\n`);
    return 1;
  }
  let status = 0;
  const results = [];
  const fail = (file, error) => {
    stderr.write(`precis-summarizer: ${file}: ${error?.message ?? error}\n`);
    status = 1;
  };
  for (const file of files) {
    try {
      const source = readText(file);
      if (args.frontMatter) {
        if (kindOf(file) !== 'markdown') continue;
        const r = await summarizeSource(file, source, args.engine);
        const updated = writeFields(source, {summary: r.summary, key_points: r.key_points});
        const changed = updated !== source;
        if (changed && args.check) status = 1;
        if (changed && !args.check) {
          const tmp = `${file}.precis-tmp`;
          writeFileSync(tmp, updated);
          renameSync(tmp, file);
        }
        if (!args.quiet) {
          const what = changed ? (args.check ? 'would change' : 'updated') : 'unchanged';
          stderr.write(`${what}: ${file}\n`);
        }
        continue;
      }
      const r = await summarizeSource(file, source, args.engine);
      const entry = {path: file, kind: r.kind, language: r.language, summary: r.summary,
        key_points: r.key_points, keywords: r.keywords};
      if (args.envelope) entry.envelope = r.envelope;
      results.push(entry);
    } catch (error) {
      fail(file, error);
    }
  }
  if (!args.frontMatter) {
    const json = `${JSON.stringify({version: await version(), files: results}, null, 2)}\n`;
    if (args.out) writeFileSync(args.out, json);
    else stdout.write(json);
  }
  return status;
}

// Run as a program (also through the node_modules/.bin link), not imported.
function isMain() {
  try {
    return Boolean(process.argv[1]) && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error) => {
    process.stderr.write(`precis-summarizer: ${error?.stack ?? error}\n`);
    process.exitCode = 1;
  });
}
