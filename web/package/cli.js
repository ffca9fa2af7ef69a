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
import {randomBytes} from 'node:crypto';
import {closeSync, fchmodSync, fchownSync, fsyncSync, openSync, readdirSync, readFileSync, realpathSync,
  renameSync, statSync, unlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

import {bodyOf, unsafeReason, writeFields} from './front-matter.js';
import {summarizeEnvelope, version} from './node.js';
import {fileText, kindOf} from './text.js';

const USAGE = `usage: precis-summarizer [options] PATH...
Summarizes Markdown (.md), HTML (.html) and text files; a folder means every
.md, .markdown, .html, .htm and .txt file in it, recursively (dot folders,
node_modules and symbolic links are skipped); - reads text from standard input.

Output (JSON to standard output unless):
  --out FILE        write the JSON to FILE
  --front-matter    write summary: and key_points: into the YAML front matter
                    of the Markdown files (other files are left alone);
                    files it cannot rewrite safely are skipped with a note
                    (not UTF-8, TOML or JSON front matter, YAML it cannot
                    edit line by line): a skip does not fail the run
  --check           with --front-matter: change nothing, exit 1 if a file
                    would change (skipped files do not count)
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

// A sentence as plain text for front matter: no news-agency dateline in
// front ("(CNN)", "LONDON (Reuters) --") and no Markdown backslash escapes
// ("\$2.5" is "$2.5"), since front matter values are not Markdown.
const DATELINE = new RegExp("^(?:[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3},?(?: [A-Z][a-z]{2,8}\\.? \\d{1,2},?)? ?)?"
  + '\\((?:[A-Z]{2,6}|CNN [A-Z][a-z]+|Reuters|Bloomberg|Xinhua|Kyodo|Yonhap|Interfax|dpa|Associated Press)\\)'
  + '(?: ?(?:--|[-\\u2013\\u2014]) ?| )?', 'u');

export function plainText(sentence) {
  return sentence.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(DATELINE, '');
}

// Temporary files being written, removed if the run is stopped.
const pendingTemp = new Set();

// A temporary file name beside `file`, unique to this process and call.
export function tempName(file) {
  return path.join(path.dirname(file),
    `.${path.basename(file)}.precis-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
}

class SkipNote extends Error {}

// Reads a file to rewrite: {target, stat, bytes, source}. The target is the
// symbolic link's target; a file that is not UTF-8 is skipped.
function readForRewrite(file) {
  const target = realpathSync(file);
  const stat = statSync(target);
  const bytes = readFileSync(target);
  let source;
  try {
    source = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes);
  } catch {
    throw new SkipNote('not valid UTF-8 text; left as it was');
  }
  if (stat.nlink > 1) throw new SkipNote('the file has other hard links; left as it was');
  return {target, stat, bytes, source};
}

// Replaces `read.target` (from readForRewrite) with `text`: through a
// temporary file in the same folder, with the file's mode (and owner, when
// allowed), renamed over it only if the file is still what was read.
export function replaceFile(read, text) {
  const {target, stat, bytes} = read;
  const tmp = tempName(target);
  pendingTemp.add(tmp);
  try {
    const fd = openSync(tmp, 'wx', 0o600);
    try {
      writeFileSync(fd, text);
      fchmodSync(fd, stat.mode & 0o7777);
      try { fchownSync(fd, stat.uid, stat.gid); } catch { /* only the owner's group or root may */ }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    const now = statSync(target);
    if (now.ino !== stat.ino || now.size !== stat.size || now.mtimeMs !== stat.mtimeMs
        || !readFileSync(target).equals(bytes)) {
      throw new Error('the file changed while it was being summarized; left as it was (run again)');
    }
    renameSync(tmp, target);
    pendingTemp.delete(tmp);
  } finally {
    if (pendingTemp.delete(tmp)) {
      try { unlinkSync(tmp); } catch { /* already gone */ }
    }
  }
}

// While files are written, SIGINT, SIGTERM and SIGHUP are handled: a file
// is written and renamed synchronously, so the handler runs between files,
// never halfway through a write; it removes any temporary file left and
// then ends the process by the same signal. Returns the uninstaller.
function removeTempOnSignals() {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const handler = (signal) => {
    for (const tmp of pendingTemp) {
      try { unlinkSync(tmp); } catch { /* already gone */ }
    }
    pendingTemp.clear();
    uninstall();
    process.kill(process.pid, signal);
  };
  const uninstall = () => { for (const s of signals) process.off(s, handler); };
  for (const s of signals) process.on(s, handler);
  return uninstall;
}

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
  const uninstall = args.frontMatter && !args.check ? removeTempOnSignals() : () => {};
  try {
    for (const file of files) {
      // Let signals in between files (the engine runs synchronously).
      await new Promise((resolve) => { setImmediate(resolve); });
      try {
        if (await summarizeFile(file, args, results, stderr)) status = 1;
      } catch (error) {
        if (error instanceof SkipNote) stderr.write(`skipped: ${file}: ${error.message}\n`);
        else fail(file, error);
      }
    }
  } finally {
    uninstall();
  }
  if (!args.frontMatter) {
    const json = `${JSON.stringify({version: await version(), files: results}, null, 2)}\n`;
    if (args.out) writeFileSync(args.out, json);
    else stdout.write(json);
  }
  return status;
}

// One file: its front matter written (or checked), or its JSON entry added
// to `results`. Resolves to 1 when --check finds it out of date.
async function summarizeFile(file, args, results, stderr) {
  if (args.frontMatter) {
    if (kindOf(file) !== 'markdown') return 0;
    const read = readForRewrite(file);
    const unsafe = unsafeReason(read.source);
    if (unsafe) throw new SkipNote(`${unsafe}; left as it was`);
    const r = await summarizeSource(file, read.source, args.engine);
    const updated = writeFields(read.source, {
      summary: r.envelope.summary.map((x) => plainText(collapse(x.text))).join(' '),
      key_points: r.key_points.map(plainText)});
    const changed = updated !== read.source;
    if (changed && !args.check) replaceFile(read, updated);
    if (!args.quiet) {
      const what = changed ? (args.check ? 'would change' : 'updated') : 'unchanged';
      stderr.write(`${what}: ${file}\n`);
    }
    return changed && args.check ? 1 : 0;
  }
  const r = await summarizeSource(file, readText(file), args.engine);
  const entry = {path: file, kind: r.kind, language: r.language, summary: r.summary,
    key_points: r.key_points, keywords: r.keywords};
  if (args.envelope) entry.envelope = r.envelope;
  results.push(entry);
  return 0;
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
