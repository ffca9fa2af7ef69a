#!/usr/bin/env python3
"""Mutation check: does some unit test fail when a rule of the core is broken?

Reads a list of mutations (default tests/mutations.txt). Each one names a code
snippet that must occur exactly once in all of core/src (found by content, not
by file or line) and its replacement. For each mutation the script edits a
private copy of the source tree (BUILD/src), rebuilds only the test binary
(BUILD/build, target precis_tests), runs it and restores the file. The work
tree is never written to. The shared evaluation data is hidden from the tests,
so only committed tests count.

A mutation is "caught" when the test binary fails (or times out), "UNCAUGHT"
when every test passes, and an error when its snippet is missing or not
unique, or when the mutated tree does not compile. An uncaught mutation with a
"harmless:" line in the list is reported as accepted, with that reason.

List format: blocks separated by blank lines; '#' starts a comment line.
    id: junk.quotes-ignored
    find: if (in_quote[i]) continue;
    replace: if (false) continue;
    harmless: why it does not matter (optional)
In find/replace, "\\n" stands for a line break.

Usage: scripts/mutate.py [--list FILE] [--build-dir DIR] [--only ID,...]
Exit status: 0 when every mutation is caught or accepted, 1 otherwise.
"""
import argparse
import os
import shutil
import signal
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Paths of the work tree that the copy needs in order to configure and build.
SKIP_TOP = {'.git', 'node_modules'}


def parse_list(path):
    mutations, cur = [], {}
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    for lineno, raw in enumerate(lines + [''], 1):
        line = raw.rstrip()
        if line.startswith('#'):
            continue
        if not line.strip():
            if cur:
                mutations.append(cur)
                cur = {}
            continue
        key, sep, value = line.partition(':')
        key = key.strip()
        if not sep or key not in ('id', 'find', 'replace', 'harmless'):
            sys.exit(f'{path}:{lineno}: expected "id:", "find:", "replace:" or "harmless:"')
        value = value[1:] if value.startswith(' ') else value
        if key in ('find', 'replace'):
            value = value.replace('\\n', '\n')
        if key == 'id' and cur:
            mutations.append(cur)
            cur = {}
        cur[key] = value
        cur.setdefault('line', lineno)
    ids = set()
    for m in mutations:
        for key in ('id', 'find', 'replace'):
            if key not in m:
                sys.exit(f'{path}:{m["line"]}: mutation without "{key}:"')
        if m['id'] in ids:
            sys.exit(f'{path}:{m["line"]}: duplicate id {m["id"]}')
        ids.add(m['id'])
    return mutations


def is_build_dir(name):
    return name.startswith('build')


def sync_tree(src, dst):
    """Mirrors src into dst, copying only files whose content changed (so the
    build stays incremental) and removing files that are gone."""
    for dirpath, dirnames, filenames in os.walk(src):
        rel = os.path.relpath(dirpath, src)
        top = rel == '.'
        if top:
            dirnames[:] = [d for d in dirnames if d not in SKIP_TOP and not is_build_dir(d)]
            filenames = [f for f in filenames if f not in SKIP_TOP]
        target_dir = os.path.join(dst, rel)
        os.makedirs(target_dir, exist_ok=True)
        wanted = set(dirnames) | set(filenames)
        for name in os.listdir(target_dir):
            if name not in wanted and not (top and (is_build_dir(name) or name in SKIP_TOP)):
                p = os.path.join(target_dir, name)
                shutil.rmtree(p) if os.path.isdir(p) and not os.path.islink(p) else os.remove(p)
        for name in filenames:
            s, d = os.path.join(dirpath, name), os.path.join(target_dir, name)
            if os.path.islink(s):
                continue
            if os.path.exists(d) and os.path.getsize(d) == os.path.getsize(s):
                with open(s, 'rb') as a, open(d, 'rb') as b:
                    if a.read() == b.read():
                        continue
            shutil.copy2(s, d)


def find_snippet(src_root, snippet):
    hits = []
    core = os.path.join(src_root, 'core', 'src')
    for dirpath, _, filenames in os.walk(core):
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            try:
                with open(path, encoding='utf-8') as f:
                    text = f.read()
            except (UnicodeDecodeError, OSError):
                continue
            start = 0
            while True:
                at = text.find(snippet, start)
                if at < 0:
                    break
                hits.append((path, at))
                start = at + 1
    return hits


def compile_error(log):
    with open(log, errors='replace') as f:
        return 'error:' in f.read()


def run(cmd, log, timeout=None, env=None):
    with open(log, 'w') as out:
        try:
            return subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, timeout=timeout,
                                  env=env).returncode
        except subprocess.TimeoutExpired:
            return 'timeout'


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--list', default=os.path.join(ROOT, 'tests', 'mutations.txt'))
    ap.add_argument('--build-dir', default=os.path.join(ROOT, 'build-mutate'))
    ap.add_argument('--only', default='', help='comma-separated ids to run')
    ap.add_argument('--jobs', default='2')
    ap.add_argument('--test-timeout', type=int, default=300)
    ap.add_argument('--opt', default='-O1',
                    help='optimisation flags of the build (default -O1: it compiles much '
                    'faster than -O2 and computes the same results)')
    ap.add_argument('--gtest-filter', default='',
                    help='run only these tests (a --gtest_filter pattern)')
    ap.add_argument('--check', action='store_true',
                    help='only check that each snippet occurs once in the work tree')
    args = ap.parse_args()

    mutations = parse_list(args.list)
    if args.only:
        wanted = set(args.only.split(','))
        unknown = wanted - {m['id'] for m in mutations}
        if unknown:
            sys.exit(f'unknown ids: {", ".join(sorted(unknown))}')
        mutations = [m for m in mutations if m['id'] in wanted]

    if args.check:
        bad = 0
        for m in mutations:
            n = len(find_snippet(ROOT, m['find']))
            if n != 1:
                bad += 1
                print(f'{m["id"]} (line {m["line"]}): snippet found {n} times')
        print(f'{len(mutations)} mutations, {bad} with a missing or repeated snippet')
        return 1 if bad else 0

    work = os.path.abspath(args.build_dir)
    src = os.path.join(work, 'src')
    # Inside the copy, where a work-tree build has its own: with
    # CCACHE_BASEDIR set to the tree (as below) both share ccache entries.
    build = os.path.join(src, 'build')
    logs = os.path.join(work, 'logs')
    os.makedirs(logs, exist_ok=True)
    sync_tree(ROOT, src)
    # The language tables are generated at build time from npm packages.
    modules = os.path.join(src, 'node_modules')
    if not os.path.lexists(modules) and os.path.exists(os.path.join(ROOT, 'node_modules')):
        os.symlink(os.path.realpath(os.path.join(ROOT, 'node_modules')), modules)

    # Restore the copy on any exit, including Ctrl-C and SIGTERM.
    pending = {}  # path -> original text

    def restore():
        for path, text in list(pending.items()):
            with open(path, 'w', encoding='utf-8') as f:
                f.write(text)
            del pending[path]

    def on_signal(signum, _frame):
        restore()
        print(f'\ninterrupted (signal {signum}); the source copy is restored', flush=True)
        sys.exit(130)

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)

    launcher = ['-DCMAKE_CXX_COMPILER_LAUNCHER=ccache', '-DCMAKE_C_COMPILER_LAUNCHER=ccache']
    if shutil.which('ccache') is None:
        launcher = []
    configure = ['cmake', '-S', src, '-B', build, '-DCMAKE_BUILD_TYPE=Release',
                 '-DPRECIS_WERROR=ON',
                 f'-DCMAKE_CXX_FLAGS_RELEASE={args.opt} -DNDEBUG',
                 f'-DPRECIS_SHARED_DATA_DIR={os.path.join(work, "no-shared-data")}'] + launcher
    build_cmd = ['nice', 'cmake', '--build', build, '-j', args.jobs, '--target', 'precis_tests']
    test_bin = os.path.join(build, 'tests', 'precis_tests')
    test_cmd = ['nice', test_bin, '--gtest_brief=1']
    if args.gtest_filter:
        test_cmd.append('--gtest_filter=' + args.gtest_filter)
    env = dict(os.environ)
    env.pop('PRECIS_UPDATE_GOLDEN', None)
    # Paths relative to the copy, so that ccache shares objects between runs
    # and with a work-tree build made with CCACHE_BASEDIR set likewise.
    build_env = dict(os.environ, CCACHE_BASEDIR=src)

    t0 = time.time()
    print('configuring and building the unmutated copy ...', flush=True)
    if run(configure, os.path.join(logs, 'configure.log')) != 0 or \
            run(build_cmd, os.path.join(logs, 'baseline-build.log'), env=build_env) != 0:
        sys.exit(f'the unmutated copy does not build: see {logs}')
    if run(test_cmd, os.path.join(logs, 'baseline-test.log'), args.test_timeout, env) != 0:
        sys.exit(f'the unmutated tests fail: see {logs}/baseline-test.log')

    results = []
    for i, m in enumerate(mutations, 1):
        start = time.time()
        hits = find_snippet(src, m['find'])
        if len(hits) != 1:
            where = ', '.join(f'{os.path.relpath(p, src)}@{at}' for p, at in hits)
            status = 'ERROR: snippet not found' if not hits else \
                f'ERROR: snippet found {len(hits)} times ({where})'
        else:
            path, at = hits[0]
            with open(path, encoding='utf-8') as f:
                original = f.read()
            pending[path] = original
            try:
                with open(path, 'w', encoding='utf-8') as f:
                    f.write(original[:at] + m['replace'] + original[at + len(m['find']):])
                log = os.path.join(logs, m['id'] + '.log')
                rc = run(build_cmd, log, env=build_env)
                if rc != 0 and not compile_error(log):
                    rc = run(build_cmd, log, env=build_env)  # a transient failure: try again
                if rc != 0:
                    status = 'ERROR: does not compile'
                else:
                    rc = run(test_cmd, log, args.test_timeout, env)
                    status = 'caught (timeout)' if rc == 'timeout' else \
                        'caught' if rc != 0 else 'UNCAUGHT'
            finally:
                restore()
            # The restored file must not look older than its object file.
            os.utime(path, None)
        if status == 'UNCAUGHT' and m.get('harmless'):
            status = 'accepted'
        results.append((m, status))
        print(f'[{i}/{len(mutations)}] {m["id"]}: {status} ({time.time() - start:.0f} s)',
              flush=True)

    # Rebuild the unmutated copy so the next run starts clean.
    run(build_cmd, os.path.join(logs, 'final-build.log'), env=build_env)

    caught = [m for m, s in results if s.startswith('caught')]
    accepted = [m for m, s in results if s == 'accepted']
    uncaught = [m for m, s in results if s == 'UNCAUGHT']
    errors = [(m, s) for m, s in results if s.startswith('ERROR')]
    print(f'\n{len(results)} mutations: {len(caught)} caught, {len(accepted)} accepted as '
          f'harmless, {len(uncaught)} uncaught, {len(errors)} errors '
          f'({(time.time() - t0) / 60:.1f} min)')
    for m in accepted:
        print(f'  accepted  {m["id"]}: {m["harmless"]}')
    for m in uncaught:
        print(f'  UNCAUGHT  {m["id"]} (line {m["line"]}): {m["find"]!r} -> {m["replace"]!r}')
    for m, s in errors:
        print(f'  {s}  {m["id"]} (line {m["line"]})')
    return 0 if not uncaught and not errors else 1


if __name__ == '__main__':
    sys.exit(main())
