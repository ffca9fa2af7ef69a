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
import {availableParallelism, cpus} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads';

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
Speed:
  --jobs N          summarize N files at once in worker threads (default:
                    one per core); the output is the same for every N
Other: --quiet, --version, --help`;

const TEXT_EXTENSIONS = /\.(md|markdown|html?|txt)$/i;

class UsageError extends Error {}

export function parseArgs(argv) {
  const args = {paths: [], engine: {}, out: null, frontMatter: false, check: false,
    envelope: false, quiet: false, jobs: 0};
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
      case '--jobs': {
        const n = number(flag, value(), true);
        if (n < 1 || n > 1024) throw new UsageError('--jobs takes a whole number from 1 to 1024');
        args.jobs = n;
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
  const jobs = Math.min(args.jobs || defaultJobs(), files.length);
  // With several jobs, each file is read here, summarized in a worker thread
  // and written (or added to the JSON) here, in the order of `files`; a file
  // named twice is rewritten once.
  if (jobs > 1 && args.frontMatter) {
    const seen = new Set();
    files = files.filter((f) => !seen.has(path.resolve(f)) && Boolean(seen.add(path.resolve(f))));
  }
  const pool = jobs > 1 ? new WorkerPool(jobs) : null;
  const summarize = pool ? (file, source, engine) => pool.run(file, source, engine) : summarizeSource;
  const uninstall = args.frontMatter && !args.check ? removeTempOnSignals() : () => {};
  try {
    const pending = [];
    let next = 0;
    for (const file of files) {
      while (next < files.length && pending.length < (pool ? 2 * jobs : 1)) {
        const started = summarizeFile(files[next++], args, summarize);
        started.catch(() => {});  // handled in order below
        pending.push(started);
      }
      const started = pending.shift();
      // Let signals in between files (the engine runs synchronously).
      await new Promise((resolve) => { setImmediate(resolve); });
      try {
        if (finishFile(file, await started, args, results, stderr)) status = 1;
      } catch (error) {
        if (error instanceof SkipNote) stderr.write(`skipped: ${file}: ${error.message}\n`);
        else fail(file, error);
      }
    }
  } finally {
    uninstall();
    await pool?.close();
  }
  if (!args.frontMatter) {
    const json = `${JSON.stringify({version: await version(), files: results}, null, 2)}\n`;
    if (args.out) writeFileSync(args.out, json);
    else stdout.write(json);
  }
  return status;
}

// One file read and summarized (by `summarize`, summarizeSource's
// signature): {read, r}, or null for a file that --front-matter leaves alone.
async function summarizeFile(file, args, summarize) {
  if (args.frontMatter) {
    if (kindOf(file) !== 'markdown') return null;
    const read = readForRewrite(file);
    const unsafe = unsafeReason(read.source);
    if (unsafe) throw new SkipNote(`${unsafe}; left as it was`);
    return {read, r: await summarize(file, read.source, args.engine)};
  }
  return {read: null, r: await summarize(file, readText(file), args.engine)};
}

// One summarized file (from summarizeFile): its front matter written (or
// checked), or its JSON entry added to `results`. Returns 1 when --check
// finds it out of date.
function finishFile(file, done, args, results, stderr) {
  if (!done) return 0;
  const {read, r} = done;
  if (args.frontMatter) {
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
  const entry = {path: file, kind: r.kind, language: r.language, summary: r.summary,
    key_points: r.key_points, keywords: r.keywords};
  if (args.envelope) entry.envelope = r.envelope;
  results.push(entry);
  return 0;
}

function defaultJobs() {
  return typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;
}

// Worker threads running summarizeSource, each with its own WebAssembly
// module (this file, started with workerData.precisCliWorker). run()
// resolves to what summarizeSource returns, or rejects with its error.
/** @typedef {{message: object, resolve: (r: any) => void, reject: (e: Error) => void}} PoolTask */
class WorkerPool {
  /** @param {number} size */
  constructor(size) {
    this.size = size;
    /** @type {Worker[]} */
    this.workers = [];
    /** @type {Worker[]} */
    this.idle = [];
    /** @type {PoolTask[]} */
    this.queue = [];
    /** @type {Map<Worker, PoolTask>} */
    this.busy = new Map();
  }

  run(file, source, engine) {
    return new Promise((resolve, reject) => {
      this.queue.push({message: {file, source, engine}, resolve, reject});
      this.pump();
    });
  }

  pump() {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.workers.length < this.size ? this.spawn() : null);
      if (!worker) return;
      const task = /** @type {PoolTask} */ (this.queue.shift());
      this.busy.set(worker, task);
      worker.postMessage(task.message);
    }
  }

  spawn() {
    const worker = new Worker(new URL(import.meta.url), {workerData: {precisCliWorker: true}});
    worker.on('message', (reply) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      if (reply.error) task?.reject(Object.assign(new Error(reply.error.message), {code: reply.error.code}));
      else task?.resolve(reply.result);
      this.pump();
    });
    worker.on('error', (error) => this.lost(worker, error));
    worker.on('exit', (code) => this.lost(worker, new Error(`a worker thread stopped (exit code ${code})`)));
    this.workers.push(worker);
    return worker;
  }

  // A worker that failed or stopped: its file fails, the others go on.
  lost(worker, error) {
    if (!this.workers.includes(worker)) return;
    this.workers = this.workers.filter((w) => w !== worker);
    this.idle = this.idle.filter((w) => w !== worker);
    const task = this.busy.get(worker);
    this.busy.delete(worker);
    task?.reject(error);
    this.pump();
  }

  async close() {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

// In a worker thread of WorkerPool: summarize what the main thread sends.
if (!isMainThread && workerData?.precisCliWorker) {
  parentPort?.on('message', async ({file, source, engine}) => {
    try {
      parentPort?.postMessage({result: await summarizeSource(file, source, engine)});
    } catch (error) {
      parentPort?.postMessage({error: {message: error?.message ?? String(error), code: error?.code}});
    }
  });
}

// Run as a program (also through the node_modules/.bin link), not imported.
function isMain() {
  if (!isMainThread) return false;
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
