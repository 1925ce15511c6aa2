#!/usr/bin/env python3
"""Fails when the HTML reader falls under a floor on the shared pages of ../shared/html-eval.

Runs score_html.py (which always exits 0) with the arguments given after --, echoes its output and
reads its last line, `html P=0.xxx R=0.xxx F1=0.xxx | pages N, unread K`; exits 1 when F1 is under
--f1 or more than --unread pages give no text, 2 when the line cannot be read.

  score_floor.py --f1 0.90 --unread 0 -- python3 ../shared/html-eval/score_html.py --geokg .build/debug/geokg
Standard library only.
"""
import argparse, re, subprocess, sys

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--f1", type=float, required=True, help="the lowest F1 that passes")
    ap.add_argument("--unread", type=int, required=True, help="the most pages that may give no text")
    ap.add_argument("command", nargs=argparse.REMAINDER, help="-- then the score_html.py command line")
    args = ap.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        ap.error("give the score_html.py command after --")
    run = subprocess.run(command, capture_output=True, text=True)
    sys.stdout.write(run.stdout)
    sys.stderr.write(run.stderr)
    lines = run.stdout.strip().splitlines()
    match = re.match(r"html P=([\d.]+) R=([\d.]+) F1=([\d.]+) \| pages (\d+), unread (\d+)$", lines[-1] if lines else "")
    if run.returncode != 0 or not match:
        print(f"score_floor: no score line from {' '.join(command)} (exit {run.returncode})", file=sys.stderr)
        return 2
    f1, unread = float(match.group(3)), int(match.group(5))
    failures = []
    if f1 < args.f1:
        failures.append(f"F1 {f1:.3f} is under the floor {args.f1:.3f}")
    if unread > args.unread:
        failures.append(f"{unread} pages unread, more than {args.unread}")
    for failure in failures:
        print(f"FAILED: html-eval: {failure}", file=sys.stderr)
    return 1 if failures else 0

if __name__ == "__main__":
    sys.exit(main())
