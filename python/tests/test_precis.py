"""The Python module: typed results, envelopes equal to the CLI's, errors,
threads. PRECIS_CLI names the native CLI (default build/cli/precis)."""
import concurrent.futures
import glob
import json
import os
import subprocess
import threading
import time
import unittest

import precis

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLI = os.environ.get("PRECIS_CLI", os.path.join(ROOT, "build", "cli", "precis"))
SAMPLE = os.path.join(ROOT, "samples", "harbor-bridge.txt")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def texts():
    names = sorted(glob.glob(os.path.join(ROOT, "tests/data/golden/*.txt")))
    names += sorted(glob.glob(os.path.join(ROOT, "tests/data/lang/*.txt")))
    names += sorted(glob.glob(os.path.join(ROOT, "tests/data/digest/*.txt")))
    return [read(n) for n in names] + [read(SAMPLE)]


def cli_json(text, flags):
    p = subprocess.run([CLI, "--format", "json"] + flags, input=text.encode("utf-8"),
                       capture_output=True, check=False)
    assert p.stdout.endswith(b"\n")
    return p.stdout[:-1].decode("utf-8")


# Keyword options and the CLI flags that mean the same.
CASES = [
    ({}, []),
    ({"sentences": 2}, ["--sentences", "2"]),
    ({"ratio": 0.4, "facts": 2}, ["--ratio", "0.4", "--facts", "2"]),
    ({"words": 50, "remove_junk": False}, ["--words", "50", "--keep-junk"]),
    ({"language": "en", "facts": 0}, ["--language", "en", "--facts=0"]),
    ({"digest": True}, ["--digest"]),
]


class SummarizeTest(unittest.TestCase):
    def test_typed_result(self):
        text = read(SAMPLE)
        r = precis.summarize(text, sentences=3)
        self.assertEqual(len(r.summary), 3)
        self.assertTrue(all(isinstance(s, precis.Sentence) for s in r.summary))
        self.assertEqual(r.language.code, "en")
        self.assertEqual(r.language.source, "detected")
        self.assertGreater(len(r.keywords), 0)
        self.assertGreater(len(r.facts), 0)
        self.assertIsInstance(r.facts[0].spans[0], precis.FactSpan)
        self.assertIsInstance(r.stats, precis.Stats)
        self.assertIsNone(r.sentences)
        self.assertIsNone(r.articles)
        self.assertEqual(r.version, precis.__version__)
        # Spans point into the text: bytes and str alike.
        first = r.summary[0]
        self.assertEqual(" ".join(first.span.of(text).split()), first.text)
        fact_span = r.facts[0].spans[0]
        self.assertEqual(fact_span.span.of(text), fact_span.text)
        self.assertEqual(r.facts[0].text.encode()[fact_span.in_text.byte_start:
                                                  fact_span.in_text.byte_end].decode(),
                         fact_span.text)
        self.assertEqual(r.text, " ".join(s.text for s in r.summary))

    def test_bytes_input_and_positional_length(self):
        text = read(SAMPLE)
        self.assertEqual(precis.summarize(text.encode("utf-8"), 2), precis.summarize(text, 2))

    def test_include_sentences_and_digest(self):
        r = precis.summarize(read(SAMPLE), include_sentences=True)
        self.assertGreater(len(r.sentences), len(r.summary))
        digest = read(os.path.join(ROOT, "tests/data/digest/acme-pasted.txt"))
        d = precis.summarize(digest, digest=True)
        self.assertEqual(len(d.articles), 3)
        self.assertIsNotNone(d.facts[0].support)
        self.assertIsNotNone(d.summary[0].article)

    def test_language_option(self):
        fr = read(os.path.join(ROOT, "tests/data/lang/fr.txt"))
        self.assertEqual(precis.summarize(fr).language.code, "fr")
        forced = precis.summarize(fr, language="fr")
        self.assertEqual(forced.language.source, "user")
        self.assertIn("fr", precis.supported_languages())

    def test_envelopes_equal_the_cli(self):
        for i, text in enumerate(texts()):
            kwargs, flags = CASES[i % len(CASES)]
            with self.subTest(i=i, kwargs=kwargs):
                self.assertEqual(precis.summarize_json(text, **kwargs), cli_json(text, flags))

    def test_options_mapping(self):
        text = read(SAMPLE)
        self.assertEqual(precis.summarize_json(text, options={"removeJunk": False, "words": 40}),
                         precis.summarize_json(text, words=40, remove_junk=False))
        with self.assertRaises(TypeError):
            precis.summarize_json(text, sentences=2, options={"sentences": 3})

    def test_errors_carry_the_engine_code(self):
        text = read(SAMPLE)
        cases = [
            (dict(sentences=0), "invalid_options"),
            (dict(sentences=2, words=10), "invalid_options"),
            (dict(ratio=1.5), "invalid_options"),
            (dict(facts=21), "invalid_options"),
            (dict(language="xx"), "invalid_options"),
            (dict(sentences=True), "invalid_options"),
            (dict(options={"frobnicate": 1}), "invalid_options"),
        ]
        for kwargs, code in cases:
            with self.subTest(kwargs=kwargs):
                with self.assertRaises(precis.PrecisError) as cm:
                    precis.summarize(text, **kwargs)
                self.assertEqual(cm.exception.code, code)
                envelope = json.loads(precis.summarize_json(text, **kwargs))
                self.assertFalse(envelope["ok"])
                self.assertEqual(envelope["error"]["code"], code)
        with self.assertRaises(precis.PrecisError) as cm:
            precis.summarize("Words. " * (precis.MAX_INPUT_BYTES // 7 + 1))
        self.assertEqual(cm.exception.code, "input_too_large")
        with self.assertRaises(precis.PrecisError) as cm:
            precis.summarize(b"\x00\x01\x02\x03" * 64)
        self.assertEqual(cm.exception.code, "invalid_input")
        with self.assertRaises(TypeError):
            precis.summarize(text, bogus=1)
        with self.assertRaises(TypeError):
            precis.summarize(123)
        with self.assertRaises(ValueError):
            precis.summarize(text, ratio=float("nan"))

    def test_empty_text_is_an_empty_result(self):
        r = precis.summarize("   ")
        self.assertEqual(r.summary, ())

    def test_jsonl_line(self):
        text = read(SAMPLE)
        line = json.dumps({"id": "a", "text": text, "options": {"sentences": 2}})
        self.assertEqual(precis.summarize_jsonl_line(line),
                         '{"id":"a",' + precis.summarize_json(text, 2)[1:])
        self.assertEqual(precis.summarize_jsonl_line(json.dumps({"id": 1, "text": text}),
                                                     defaults={"words": 30}),
                         '{"id":1,' + precis.summarize_json(text, words=30)[1:])
        self.assertEqual(precis.summarize_jsonl_line("  "), "")
        bad = json.loads(precis.summarize_jsonl_line("{"))
        self.assertEqual((bad["id"], bad["error"]["code"]), (None, "invalid_input"))
        with self.assertRaises(precis.PrecisError):
            precis.summarize_jsonl_line(line, defaults={"sentences": -1})

    def test_contract(self):
        c = precis.contract()
        self.assertEqual(c["version"], precis.__version__)
        self.assertIn("invalid_options", c["errorCodes"])


class ThreadsTest(unittest.TestCase):
    def test_threads_give_the_sequential_results(self):
        corpus = texts() * 3
        sequential = [precis.summarize_json(t, sentences=2) for t in corpus]
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            threaded = list(pool.map(lambda t: precis.summarize_json(t, sentences=2), corpus))
        self.assertEqual(threaded, sequential)

    def test_the_gil_is_released(self):
        # A long call in one thread: the main thread must keep running while
        # the engine works (with the GIL held it would not run at all).
        text = read(SAMPLE) * 150
        state = {"inside": False, "done": False}

        def work():
            state["inside"] = True
            precis.summarize_json(text)
            state["done"] = True

        t = threading.Thread(target=work)
        t.start()
        while not state["inside"]:
            time.sleep(0)
        spins = 0
        while not state["done"]:
            spins += 1
        t.join()
        self.assertGreater(spins, 1000)


if __name__ == "__main__":
    unittest.main()
