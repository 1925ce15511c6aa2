#!/usr/bin/env python3
"""Times `geokg render` on neighbourhoods of the real event graph: 50, 200 and 1,000 entities around the
busiest actor, split into selection, layout and SVG writing (from `geokg render --timings`), and peak memory
of 100 renders in one process (`--repeat 100`). Imports the events into a scratch store when it is missing,
making the events file first when that is missing too (event_data.py); fails when it cannot."""
import argparse
import os
import re
import time

from event_data import make_events
from measure import run, timed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--geokg", default=".build/release/geokg")
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--events", default="/tmp/geokg-events.nt")
    parser.add_argument("--db", default="/tmp/geokg-render-bench.sqlite")
    parser.add_argument("--entity", default="China")
    args = parser.parse_args()
    if not os.path.exists(args.db):
        make_events(args.shared, args.events)
        run([args.geokg, "import", "--db", args.db, args.events])
    print("nodes  edges  selection  layout  svg     total (s)")
    for size in (50, 200, 1000):
        started = time.monotonic()
        done = run([args.geokg, "render", "--db", args.db, args.entity, "--max-nodes", str(size),
                    "--timings", "-o", f"/tmp/geokg-render-bench-{size}.svg"])
        wall = time.monotonic() - started
        timings = dict(re.findall(r"(\w+) ([\d.]+)", done.stderr.split("timings:")[-1]))
        print(f"{timings.get('nodes', '?'):>5}  {timings.get('edges', '?'):>5}  {float(timings['selection']):9.2f}"
              f"  {float(timings['layout']):6.2f}  {float(timings['svg']):6.3f}  {wall:6.2f}")
    wall, peak = timed([args.geokg, "render", "--db", args.db, args.entity, "--max-nodes", "50", "--repeat", "100",
                        "-o", "/tmp/geokg-render-bench-repeat.svg"])
    print(f"100 renders of 50 entities in one process: {wall:.1f} s, peak memory {peak:.1f} MB")


if __name__ == "__main__":
    main()
