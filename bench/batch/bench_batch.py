"""Documents per second for a JSON Lines corpus: the CLI (--jsonl --jobs N),
Python threads and Dask worker processes, on 1, 2 and all cores. Run by
scripts/bench-batch.sh (see there)."""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

from precis import corpus


def best_of(runs, fn, cpu):
    """(wall seconds, CPU seconds) of the fastest of `runs` calls of fn;
    cpu() reads the CPU time the work uses (user + system)."""
    best = (float("inf"), 0.0)
    for _ in range(runs):
        c0, start = cpu(), time.perf_counter()
        fn()
        wall, used = time.perf_counter() - start, cpu() - c0
        best = min(best, (wall, used))
    return best


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def workers_cpu(client):
    return lambda: sum(client.run(time.process_time).values())


def load():
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--docs", type=int, default=0)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()

    cores = len(os.sched_getaffinity(0))
    counts = sorted({1, min(2, cores), cores})
    tmp = tempfile.TemporaryDirectory()
    src = os.path.join(tmp.name, "corpus.jsonl")
    with open(args.corpus, "rb") as f:
        lines = f.read().split(b"\n")
    lines = [x for x in lines if x.strip()]
    if args.docs:
        lines = lines[: args.docs]
    with open(src, "wb") as f:
        f.write(b"\n".join(lines) + b"\n")
    n = len(lines)
    print(f"corpus: {n} documents ({os.path.getsize(src) / 1e6:.1f} MB), {cores} cores, "
          f"best of {args.runs} runs; load average before: {load()}")

    reference = subprocess.run([args.cli, "--jsonl", src, "--jobs", "1", "--quiet"],
                               capture_output=True, check=False).stdout
    assert reference.count(b"\n") == n, "the CLI wrote fewer lines than the corpus has"

    def check(out_path, what):
        with open(out_path, "rb") as f:
            if f.read() != reference:
                sys.exit(f"bench-batch: {what}: the output differs from precis --jsonl --jobs 1")

    out = os.path.join(tmp.name, "out.jsonl")
    rows = []  # (way, cores, seconds)

    for k in counts:
        def cli(k=k):
            with open(out, "wb") as f:
                subprocess.run([args.cli, "--jsonl", src, "--jobs", str(k), "--quiet"], stdout=f,
                               check=False)
        rows.append(("CLI --jsonl", k, *best_of(args.runs, cli, children_cpu)))
        check(out, f"CLI --jobs {k}")

    for k in counts:
        rows.append(("Python threads", k,
                     *best_of(args.runs, lambda k=k: corpus.summarize_file(src, out, jobs=k),
                              time.process_time)))
        check(out, f"Python, {k} threads")

    from distributed import Client, LocalCluster

    for k in counts:
        with LocalCluster(n_workers=k, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            corpus.summarize_file(src, out, client=client, partition_size=32)  # warm-up
            rows.append(("Dask processes", k, *best_of(
                args.runs,
                lambda: corpus.summarize_file(src, out, client=client, partition_size=32),
                workers_cpu(client))))
        check(out, f"Dask, {k} workers")

    # CPU ms per document does not depend on the machine's load: equal
    # values for 1 and N cores mean the threads or processes do not slow each
    # other down, so the wall-clock scaling is what free cores allow.
    print("\n| way | cores | seconds | documents/s | scaling (x the 1-core rate) | CPU ms/document |")
    print("|---|---|---|---|---|---|")
    verdicts = []
    for way in ("CLI --jsonl", "Python threads", "Dask processes"):
        base = next(s for w, k, s, _ in rows if w == way and k == 1)
        for w, k, s, c in rows:
            if w != way:
                continue
            print(f"| {way} | {k} | {s:.2f} | {n / s:.1f} | {base / s:.2f} | {1000 * c / n:.2f} |")
        s_all = next(s for w, k, s, _ in rows if w == way and k == cores)
        ratio = base / s_all
        target = 0.8 * cores
        verdicts.append(f"{way}: {cores} cores = {ratio:.2f} x one core, target >= {target:.2f}: "
                        f"{'met' if ratio >= target else 'not met'}")
    print()
    for v in verdicts:
        print(v)
    print(f"load average after: {load()} (other work on the machine lowers the scaling)")


if __name__ == "__main__":  # not in Dask's worker processes, which import this file
    main()
