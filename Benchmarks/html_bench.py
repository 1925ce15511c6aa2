#!/usr/bin/env python3
"""Times reading the 110 real web pages of ../shared/html-eval: `geokg read --format jsonl` over all of them in
one process, beside trafilatura's `extract()` on the same pages in one Python process (its import not counted),
each the best of three runs, alternating. The bar: geokg at least 5 times trafilatura's speed; exits 1 below it.

Run it with the python of a virtualenv that holds trafilatura (`make bench` makes one from
Benchmarks/html-requirements.txt).
"""
import argparse
import gzip
import json
import os
import sys
import tempfile
import time

from measure import run

# How many times trafilatura's speed geokg must read at.
BAR = 5.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--geokg", default=".build/release/geokg")
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    import trafilatura  # noqa: PLC0415 (only the bench's virtualenv has it)

    corpus = os.path.join(args.shared, "html-eval")
    pages = json.load(open(os.path.join(corpus, "evaldata.json"), encoding="utf-8"))
    with tempfile.TemporaryDirectory() as work:
        paths = []
        for item in pages.values():
            path = os.path.join(work, item["file"])
            with gzip.open(os.path.join(corpus, "pages", item["file"] + ".gz"), "rb") as page, open(path, "wb") as out:
                out.write(page.read())
            paths.append(path)
        megabytes = sum(os.path.getsize(path) for path in paths) / 1e6
        contents = [open(path, "rb").read() for path in paths]
        ours, theirs = [], []
        for _ in range(args.runs):
            started = time.monotonic()
            run([args.geokg, "read", "--format", "jsonl"] + paths)
            ours.append(time.monotonic() - started)
            started = time.monotonic()
            for content in contents:
                trafilatura.extract(content)
            theirs.append(time.monotonic() - started)
    ratio = min(theirs) / min(ours)
    print(f"html-eval: {len(paths)} pages, {megabytes:.1f} MB")
    print(f"geokg read     {min(ours):6.2f} s  {megabytes / min(ours):6.1f} MB/s")
    print(f"trafilatura    {min(theirs):6.2f} s  {megabytes / min(theirs):6.1f} MB/s  ({trafilatura.__version__})")
    print(f"geokg reads {ratio:.1f} times as fast (bar: {BAR:.0f} times)")
    sys.exit(0 if ratio >= BAR else 1)


if __name__ == "__main__":
    main()
