"""JSON Lines corpora: one ``{"id", "text", "options"}`` object a line in,
one envelope a line out, byte for byte what ``precis --jsonl`` writes.

On one machine, threads (the engine releases the GIL)::

    from precis.corpus import summarize_file
    summarize_file("posts.jsonl", "summaries.jsonl", jobs=8)

On a Dask cluster (``dask.bag`` over ``distributed``)::

    from distributed import Client
    summarize_file("posts.jsonl", "summaries.jsonl", client=Client("tcp://scheduler:8786"))

or from the shell: ``python3 -m precis.corpus IN OUT [--scheduler ADDRESS |
--workers N] [--jobs N]``. The input is read by the calling process and sent
to the workers, so they need the precis package but no shared storage.
"""
from __future__ import annotations

import argparse
import collections
import concurrent.futures
import sys
from typing import Any, Iterable, Iterator, List, Mapping, Optional, Union

from . import _precis, check_options

Line = Union[str, bytes]


def read_lines(path: str) -> List[bytes]:
    """The lines of a JSON Lines file as ``precis --jsonl`` reads them: split
    at "\\n", no empty last line after a final line break."""
    with open(path, "rb") as f:
        data = f.read()
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return lines


def _summarize_partition(lines: Iterable[Line], defaults_json: str) -> List[str]:
    out = []
    for line in lines:
        text, _ = _precis.summarize_jsonl_line(line, defaults_json)
        if text:  # blank lines give nothing, as in the CLI
            out.append(text)
    return out


def summarize_lines(lines: Iterable[Line], jobs: int = 1,
                    defaults: Optional[Mapping[str, Any]] = None) -> Iterator[str]:
    """Output lines (no line breaks) for input lines, in input order, with
    ``jobs`` threads."""
    defaults_json = check_options(defaults)
    if jobs <= 1:
        yield from _summarize_partition(lines, defaults_json)
        return
    # At most 4 lines a thread in flight, so memory stays flat.
    window: "collections.deque[concurrent.futures.Future]" = collections.deque()
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for line in lines:
            window.append(pool.submit(_precis.summarize_jsonl_line, line, defaults_json))
            while len(window) >= 4 * jobs or (window and window[0].done()):
                text, _ = window.popleft().result()
                if text:
                    yield text
        while window:
            text, _ = window.popleft().result()
            if text:
                yield text


def summarize_bag(bag: Any, defaults: Optional[Mapping[str, Any]] = None) -> Any:
    """A ``dask.bag`` of output lines for a bag of input lines (blank input
    lines dropped); partition order is input order."""
    defaults_json = check_options(defaults)
    return bag.map_partitions(_summarize_partition, defaults_json)


def summarize_file(input_path: str, output_path: str, *, client: Any = None, jobs: int = 1,
                   partition_size: int = 64,
                   defaults: Optional[Mapping[str, Any]] = None) -> int:
    """Summarizes the JSON Lines file ``input_path`` into ``output_path``,
    the same bytes as ``precis --jsonl input_path > output_path``. With a
    ``distributed.Client`` (or a scheduler address), the lines go to the
    cluster as a ``dask.bag`` of ``partition_size`` lines a partition and the
    results are written in input order as they arrive; without one, ``jobs``
    threads of this process summarize them. Returns the number of lines
    written."""
    lines = read_lines(input_path)
    written = 0
    with open(output_path, "wb") as out:
        if client is None:
            for text in summarize_lines(lines, jobs, defaults):
                out.write(text.encode("utf-8") + b"\n")
                written += 1
            return written
        import dask.bag as db  # only when a cluster is used
        from distributed import Client

        own = isinstance(client, str)
        if own:
            client = Client(client)
        try:
            if not lines:
                return 0
            bag = db.from_sequence(lines, partition_size=max(1, partition_size))
            futures = client.compute(summarize_bag(bag, defaults).to_delayed())
            for future in futures:  # in partition order
                for text in future.result():
                    out.write(text.encode("utf-8") + b"\n")
                    written += 1
                future.release()
        finally:
            if own:
                client.close()
    return written


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python3 -m precis.corpus",
        description="Summarizes a JSON Lines corpus, as precis --jsonl does, "
                    "with threads or on a Dask cluster.")
    parser.add_argument("input")
    parser.add_argument("output")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="a Dask scheduler address (tcp://host:8786)")
    where.add_argument("--workers", type=int,
                       help="start a local Dask cluster with this many worker processes")
    parser.add_argument("--jobs", type=int, default=1,
                        help="threads (without a cluster) or threads per local worker")
    parser.add_argument("--partition-size", type=int, default=64)
    args = parser.parse_args(argv)
    if args.workers:
        from distributed import Client, LocalCluster

        with LocalCluster(n_workers=args.workers, threads_per_worker=max(1, args.jobs),
                          processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            n = summarize_file(args.input, args.output, client=client,
                               partition_size=args.partition_size)
    else:
        n = summarize_file(args.input, args.output, client=args.scheduler, jobs=args.jobs,
                           partition_size=args.partition_size)
    print(f"precis: {n} lines written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
