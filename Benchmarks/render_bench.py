#!/usr/bin/env python3
"""Times `geokg render` on neighbourhoods of the real event graph: 50, 200 and 1,000 entities around the
busiest actor, split into selection, layout and SVG writing (from `geokg render --timings`), and peak memory
of 100 renders in one process (`--repeat 100`). Imports the events into a scratch store when it is missing."""
import argparse
import os
import re
import subprocess
import sys
import time


def run(command):
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{done.stderr}")
    return done, time.monotonic() - started


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--geokg", default=".build/release/geokg")
    parser.add_argument("--events", default="/tmp/geokg-events.nt")
    parser.add_argument("--db", default="/tmp/geokg-render-bench.sqlite")
    parser.add_argument("--entity", default="China")
    args = parser.parse_args()
    if not os.path.exists(args.db):
        if not os.path.exists(args.events):
            print(f"render bench: {args.events} is missing (see ../shared/datasets/README.md); skipped")
            return
        run([args.geokg, "import", "--db", args.db, args.events])
    print("nodes  edges  selection  layout  svg     total (s)")
    for size in (50, 200, 1000):
        done, wall = run([args.geokg, "render", "--db", args.db, args.entity, "--max-nodes", str(size),
                          "--timings", "-o", f"/tmp/geokg-render-bench-{size}.svg"])
        timings = dict(re.findall(r"(\w+) ([\d.]+)", done.stderr.split("timings:")[-1]))
        print(f"{timings.get('nodes', '?'):>5}  {timings.get('edges', '?'):>5}  {float(timings['selection']):9.2f}"
              f"  {float(timings['layout']):6.2f}  {float(timings['svg']):6.3f}  {wall:6.2f}")
    done, wall = run(["/usr/bin/time", "-f", "%M", args.geokg, "render", "--db", args.db, args.entity,
                      "--max-nodes", "50", "--repeat", "100", "-o", "/tmp/geokg-render-bench-repeat.svg"])
    peak = int(done.stderr.strip().splitlines()[-1])
    print(f"100 renders of 50 entities in one process: {wall:.1f} s, peak memory {peak / 1024:.1f} MB")


if __name__ == "__main__":
    main()
