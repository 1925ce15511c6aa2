#!/usr/bin/env python3
"""`geokg eval` must give score.py's figures: runs both on the shared dev corpus and compares every article's
line and the totals (eval's per-relation table and its way of listing missed facts are its own, and left out).

Usage: eval_agrees.py --geokg .build/debug/geokg [--shared ../shared]
"""
import argparse
import difflib
import os
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--geokg", default=".build/debug/geokg")
    parser.add_argument("--shared", default="../shared")
    args = parser.parse_args()
    dev = os.path.join(args.shared, "corpus", "dev")
    scorer = os.path.join(args.shared, "corpus", "score.py")
    if not os.path.exists(scorer):
        sys.exit(f"FAILED: {scorer} is missing, so geokg eval cannot be checked against it")
    ours = subprocess.run([args.geokg, "eval", dev], check=True, capture_output=True, text=True).stdout.splitlines()
    ours = [line for line in ours if line != "per relation:" and not line.startswith("  ")]
    theirs = subprocess.run([sys.executable, scorer, "--geokg", args.geokg, dev], check=True, capture_output=True,
                            text=True).stdout.splitlines()
    if ours != theirs:
        sys.stdout.writelines(line + "\n" for line in difflib.unified_diff(theirs, ours, "score.py", "geokg eval"))
        sys.exit("FAILED: geokg eval and score.py disagree on the dev corpus")
    print(f"geokg eval agrees with score.py on {len(theirs) - 2} dev articles: {theirs[-1]}")


if __name__ == "__main__":
    main()
