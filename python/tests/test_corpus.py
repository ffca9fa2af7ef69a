"""JSON Lines corpora from Python: threads and a Dask LocalCluster with two
worker processes write the bytes that precis --jsonl writes."""
import glob
import json
import os
import subprocess
import tempfile
import unittest

from precis import corpus

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLI = os.environ.get("PRECIS_CLI", os.path.join(ROOT, "build", "cli", "precis"))


def make_corpus(path):
    names = sorted(glob.glob(os.path.join(ROOT, "tests/data/golden/*.txt")))
    names += sorted(glob.glob(os.path.join(ROOT, "tests/data/lang/*.txt")))
    names += sorted(glob.glob(os.path.join(ROOT, "tests/data/digest/*.txt")))
    names.append(os.path.join(ROOT, "samples/harbor-bridge.txt"))
    options = [None, {"sentences": 2}, {"words": 60, "facts": 2}, {"digest": True}]
    lines = []
    for r in range(3):
        for i, name in enumerate(names):
            with open(name, encoding="utf-8") as f:
                line = {"id": f"{r}/{os.path.basename(name)}", "text": f.read()}
            if options[i % 4]:
                line["options"] = options[i % 4]
            lines.append(json.dumps(line, ensure_ascii=bool(r % 2)))
    # Lines that fail, blank lines and a CRLF line ending.
    lines[3:3] = ["not json", "", '{"id": 7, "text": "One. Two.", "options": {"ratio": 2}}', " \r"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines[:-1]) + "\r\n" + lines[-1] + "\n")
    return len(lines) - 2


def cli_output(path):
    p = subprocess.run([CLI, "--jsonl", path, "--quiet"], capture_output=True, check=False)
    assert p.returncode == 1, p.stderr  # the corpus has failing lines
    return p.stdout


class CorpusTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.input = os.path.join(cls.tmp.name, "corpus.jsonl")
        cls.count = make_corpus(cls.input)
        cls.expected = cli_output(cls.input)
        assert cls.expected.count(b"\n") == cls.count

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def output(self, name, **kwargs):
        out = os.path.join(self.tmp.name, name)
        n = corpus.summarize_file(self.input, out, **kwargs)
        self.assertEqual(n, self.count)
        with open(out, "rb") as f:
            return f.read()

    def test_threads_equal_the_cli(self):
        self.assertEqual(self.output("one.jsonl", jobs=1), self.expected)
        self.assertEqual(self.output("four.jsonl", jobs=4), self.expected)

    def test_dask_local_cluster_equals_the_cli(self):
        from distributed import Client, LocalCluster

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            self.assertEqual(len(client.scheduler_info()["workers"]), 2)
            got = self.output("dask.jsonl", client=client, partition_size=7)
            # The same code with the scheduler's address, as for a remote cluster.
            by_address = self.output("address.jsonl", client=cluster.scheduler_address,
                                     partition_size=16)
        self.assertEqual(got, self.expected)
        self.assertEqual(by_address, self.expected)

    def test_command_line(self):
        out = os.path.join(self.tmp.name, "cmd.jsonl")
        self.assertEqual(corpus.main([self.input, out, "--jobs", "2"]), 0)
        with open(out, "rb") as f:
            self.assertEqual(f.read(), self.expected)


if __name__ == "__main__":
    unittest.main()
