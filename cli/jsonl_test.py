#!/usr/bin/env python3
"""precis --jsonl: order, ids, bad lines, and the same bytes as single runs.

usage: jsonl_test.py PRECIS_BINARY SOURCE_DIR

Each good line's envelope must be what `precis --format json` prints for the
same text and options, with "id" put first; --jobs 1 and --jobs 8 must write
the same bytes (a stress run repeats the corpus to mix the threads).
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

PRECIS, SRC = sys.argv[1], sys.argv[2]

# Engine options (JSON) and the CLI flags that mean the same.
OPTIONS = [
    (None, []),
    ({"sentences": 2, "facts": 3}, ["--sentences", "2", "--facts", "3"]),
    ({"words": 60, "facts": 2}, ["--words", "60", "--facts", "2"]),
    ({"ratio": 0.5, "removeJunk": False}, ["--ratio", "0.5", "--keep-junk"]),
    ({"language": "en", "facts": 0}, ["--language", "en", "--facts=0"]),
    ({"digest": True}, ["--digest"]),
]


def texts():
    names = sorted(glob.glob(os.path.join(SRC, "tests/data/golden/*.txt")))
    names += sorted(glob.glob(os.path.join(SRC, "tests/data/lang/*.txt")))
    names += sorted(glob.glob(os.path.join(SRC, "tests/data/digest/*.txt")))
    names.append(os.path.join(SRC, "samples/harbor-bridge.txt"))
    return [open(n, encoding="utf-8").read() for n in names]


def run(args, data):
    p = subprocess.run([PRECIS] + args, input=data, capture_output=True, check=False)
    return p.returncode, p.stdout, p.stderr


def single(text, flags):
    code, out, _ = run(["--format", "json"] + flags, text.encode("utf-8"))
    assert out.endswith(b"\n"), out[:200]
    return out[:-1]


def with_id(id_value, envelope):
    return b'{"id":' + json.dumps(id_value, ensure_ascii=False, separators=(",", ":")).encode() + b"," + envelope[1:]


def check(cond, message):
    if not cond:
        print("FAIL:", message)
        sys.exit(1)


def main():
    corpus = texts()
    check(len(corpus) >= 10, "too few texts")
    lines, expected = [], []
    # Good lines: every text with every option set in turn, ids of each type.
    for i, text in enumerate(corpus):
        options, flags = OPTIONS[i % len(OPTIONS)]
        ident = [f"doc-{i}", i, None, {"n": i}][i % 4]
        line = {"id": ident, "text": text}
        if options is not None:
            line["options"] = options
        if ident is None and i % 8 == 2:
            del line["id"]  # no id: null
        lines.append(json.dumps(line, ensure_ascii=i % 2 == 0))
        expected.append((ident, single(text, flags)))
    ok_count = len(lines)
    code, out, err = run(["--jsonl", "--jobs", "2"], ("\n".join(lines) + "\n").encode())
    check(code == 0, f"exit {code} for good lines: {err!r}")
    got = out.split(b"\n")
    check(got[-1] == b"" and len(got) - 1 == ok_count, f"{len(got) - 1} lines for {ok_count}")
    for (ident, env), line in zip(expected, got):
        parsed = json.loads(line)
        check(list(parsed)[0] == "id" and parsed["id"] == ident, f"id {parsed.get('id')!r} != {ident!r}")
        check(parsed["ok"], f"line {ident!r} failed: {line[:200]!r}")
        check(line == with_id(ident, env), f"line {ident!r} differs from the single run")

    # Bad lines: an error envelope each, the run goes on, exit status 1.
    sample = json.dumps({"id": "ok", "text": corpus[0]})
    bad = [
        ("not json at all", None, "invalid_input"),
        ('{"id": "no-text"}', "no-text", "invalid_input"),
        ('{"id": "num-text", "text": 5}', "num-text", "invalid_input"),
        ('{"id": "bad-opt", "text": "One. Two.", "options": {"sentences": 0}}', "bad-opt", "invalid_options"),
        ('{"id": "unknown-opt", "text": "One.", "options": {"frob": 1}}', "unknown-opt", "invalid_options"),
        ('{"id": "opt-type", "text": "One.", "options": [1]}', "opt-type", "invalid_options"),
        ('[1, 2, 3]', None, "invalid_input"),
        ('{"id": "big-text", "text": "' + "Words and more words. " * 200000 + '"}', "big-text", "input_too_large"),
        ('{"id": "huge-line", "text": "' + "x" * (6 * 4194304 + 70000) + '"}', None, "input_too_large"),
        ('{"id": "truncated", "text": "abc', None, "invalid_input"),
    ]
    mixed = []
    for b in bad:
        mixed += [sample, b[0], "", "  \r"]
    data = ("\n".join(mixed) + "\r\n" + sample).encode()
    outs = {}
    for jobs in ("1", "8"):
        code, out, err = run(["--jsonl", "--jobs", jobs, "--quiet"], data)
        check(code == 1, f"exit {code} with bad lines")
        check(err == b"", f"stderr {err[:300]!r}")
        outs[jobs] = out
    check(outs["1"] == outs["8"], "--jobs 1 and --jobs 8 differ")
    got = [json.loads(x) for x in outs["1"].split(b"\n")[:-1]]
    check(len(got) == 2 * len(bad) + 1, f"{len(got)} envelopes for {2 * len(bad) + 1} lines")
    first = with_id("ok", single(corpus[0], []))
    for k, (_, ident, code_name) in enumerate(bad):
        check(outs["1"].split(b"\n")[2 * k] == first, "good line between bad ones differs")
        env = got[2 * k + 1]
        check(env["id"] == ident and not env["ok"] and env["error"]["code"] == code_name,
              f"bad line {k}: {json.dumps(env)[:300]}")

    # The flags apply to lines without options; a file argument; --jobs 1 vs 8
    # on a repeated corpus (threads interleave).
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "corpus.jsonl")
        stress = [json.dumps({"id": f"{r}-{i}", "text": t}) for r in range(6) for i, t in enumerate(corpus)]
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(stress))  # no final line break
        code1, out1, _ = run(["--jsonl", path, "--jobs", "1", "--sentences", "2"], b"")
        code8, out8, _ = run(["--jsonl", path, "--jobs", "8", "--sentences", "2"], b"")
        check(code1 == 0 and code8 == 0, "stress run failed")
        check(out1 == out8, "stress: --jobs 1 and --jobs 8 differ")
        check(out1.split(b"\n")[0] == with_id("0-0", single(corpus[0], ["--sentences", "2"])),
              "flags are not the defaults of lines without options")
        code, _, err = run(["--jsonl", os.path.join(tmp, "missing.jsonl")], b"")
        check(code == 1 and b"cannot open" in err, "missing file")
    for args in (["--jsonl", "--format", "text"], ["--jobs", "2"], ["--jsonl", "--jobs", "0"],
                 ["--jsonl", "a", "b"]):
        code, _, _ = run(args, b"")
        check(code == 2, f"{args}: exit {code}, expected a usage error")
    print(f"ok: {ok_count} good lines, {len(bad)} bad lines, {len(stress)} stress lines")


main()
