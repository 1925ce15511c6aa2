#!/usr/bin/env python3
"""Hostile and broken input, end to end through the geokg binary.

Each case checks the exit code, that the message names the file (and line, where there is one) or the
query position, that good input beside the bad is kept, and that the store stays sound.
  - import: an N-Triples file whose line 1,000,001 is broken, beside a good file;
  - ingest: an empty file, a binary file named .txt, invalid UTF-8, UTF-16 with a BOM, a JSON Lines file
    truncated in the middle, an HTML page with scripts, iframes, comments, CDATA and 10,000 nested tags,
    and an article whose title and names hold quotes, semicolons, SQL, <script>, control characters and
    right-to-left marks;
  - query: unbalanced braces, 10,000-deep nesting, a catastrophically backtracking regex;
  - a 50 MB single article (left out with --quick): it must finish, and its time and peak memory are shown.

Usage: hostile_input_test.py --geokg .build/release/geokg [--quick]
"""
import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../Benchmarks"))
from measure import timed  # noqa: E402

HOSTILE_TITLE = "Robert'); DROP TABLE quads;-- \"quoted\" <script>alert(1)</script> \u202eevil\u202c \u0007bell"
HOSTILE_BODY = (
    "Foreign Minister Wang Yi met with \"Robert'); DROP TABLE quads;--\" officials of the <script>x</script> "
    "Council in Beijing on Monday; \u202eRTL\u202c text and a \u0001 control character follow.\n\n"
    "China restricted exports of rare earths, the ministry said.")

ARTICLE = "{url}\n{title}\n2025-06-09\n\nChina restricted exports of rare earths and magnets, the ministry said.\n"


def run(geokg, *arguments):
    return subprocess.run([geokg, *arguments], capture_output=True, text=True, errors="replace")


def check(condition, message, failures):
    if not condition:
        failures.append(message)


def import_case(geokg, work, lines, failures):
    bad = os.path.join(work, "big-bad.nt")
    with open(bad, "w") as out:
        for number in range(lines):
            out.write(f"<http://ex.org/s{number}> <http://ex.org/p> \"value {number}\" .\n")
        out.write("<http://ex.org/broken> <http://ex.org/p> \"unterminated .\n")
    good = os.path.join(work, "good.nt")
    open(good, "w").write("<http://ex.org/a> <http://ex.org/p> <http://ex.org/b> .\n")
    db = os.path.join(work, "import.sqlite")
    result = run(geokg, "import", "--db", db, bad, good)
    check(result.returncode == 1, f"import: exit {result.returncode}", failures)
    check(f"big-bad.nt:{lines + 1}:" in result.stderr, f"import: no file:line in {result.stderr!r}", failures)
    stats = json.loads(run(geokg, "stats", "--db", db, "--format", "json").stdout)
    check(stats["quads"] == 1, f"import: the store holds {stats['quads']} statements, not the good file's 1", failures)


def ingest_case(geokg, work, failures):
    folder = os.path.join(work, "articles")
    os.makedirs(folder)
    open(os.path.join(folder, "empty.txt"), "w").close()
    random.seed(7)
    open(os.path.join(folder, "binary.txt"), "wb").write(bytes(random.randrange(256) for _ in range(4096)))
    open(os.path.join(folder, "latin1.txt"), "wb").write(
        ARTICLE.format(url="https://ex.org/latin1", title="Caf\xe9").encode("latin-1"))
    open(os.path.join(folder, "utf16.txt"), "wb").write(
        ARTICLE.format(url="https://ex.org/utf16", title="UTF-16 article").encode("utf-16"))
    good_line = json.dumps({"url": "https://ex.org/jsonl-{}", "title": "t", "date": "2025-06-09",
                            "text": "China restricted exports of magnets, the ministry said."})
    open(os.path.join(folder, "dump.jsonl"), "w").write(
        good_line.replace("{}", "1") + "\n" + good_line.replace("{}", "2")[:60] + "\n" + good_line.replace("{}", "3") + "\n")
    nested = "<div>" * 10_000 + "deep" + "</div>" * 10_000
    open(os.path.join(folder, "page.html"), "w").write(
        "<html><head><title>Rare earths</title><link rel=canonical href='https://ex.org/html'>"
        "<script>document.write('<p>China attacks everyone</p>')</script><style>p{}</style></head><body>"
        "<!-- <p>commented out: Russia sanctions France</p> --><iframe src='x'><p>framed</p></iframe>"
        "<![CDATA[ <p>cdata: Japan threatens Korea</p> ]]>" + nested +
        "<article><p>China restricted exports of rare earths, the ministry said.</p></article></body></html>")
    open(os.path.join(folder, "hostile.txt"), "w").write(
        f"https://ex.org/hostile\n{HOSTILE_TITLE}\n2025-06-09\n\n{HOSTILE_BODY}\n")
    db = os.path.join(work, "ingest.sqlite")
    result = run(geokg, "ingest", "--db", db, folder)
    check(result.returncode == 1, f"ingest: exit {result.returncode}", failures)
    for name in ("empty.txt", "binary.txt", "latin1.txt", "dump.jsonl:2"):
        check(name in result.stderr, f"ingest: {name} is not named in {result.stderr!r}", failures)
    graphs = run(geokg, "query", "--db", db, "--format", "tsv",
                 "SELECT ?g WHERE { GRAPH ?g { ?a a geo:Article } } ORDER BY ?g").stdout.split("\n")[1:-1]
    for url in ("https://ex.org/utf16", "https://ex.org/jsonl-1", "https://ex.org/jsonl-3", "https://ex.org/html",
                "https://ex.org/hostile"):
        check(f"<{url}>" in graphs, f"ingest: the good article {url} was not stored", failures)
    title = run(geokg, "query", "--db", db, "--format", "json",
                "SELECT ?t WHERE { <https://ex.org/hostile> dcterms:title ?t }").stdout
    bindings = json.loads(title)["results"]["bindings"]
    stored = bindings[0]["t"]["value"] if bindings else None
    check(stored is not None and "DROP TABLE quads" in stored and "<script>" in stored and "\u202e" in stored,
          f"ingest: the hostile title came back as {stored!r}", failures)
    html = run(geokg, "query", "--db", db, "--format", "tsv",
               "SELECT ?e WHERE { GRAPH <https://ex.org/html> { ?f geo:evidence ?e } }").stdout
    for leaked in ("attacks everyone", "commented out", "framed", "cdata:"):
        check(leaked not in html, f"ingest: HTML leaked {leaked!r} into the facts", failures)
    connection = sqlite3.connect(db)
    check(connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "ingest: integrity check failed", failures)
    connection.close()
    exported = run(geokg, "export", "--db", db, "--format", "nquads")
    check(exported.returncode == 0 and exported.stdout.count("\n") > 0, "ingest: export failed", failures)


def query_case(geokg, work, failures):
    db = os.path.join(work, "ingest.sqlite")
    cases = {
        "unbalanced": "SELECT * WHERE { ?s ?p ?o ",
        "nesting": "SELECT * WHERE { FILTER(" + "(" * 10_000 + "1" + ")" * 10_000 + ") }",
        "regex": "SELECT ?t WHERE { ?a dcterms:title ?t FILTER(regex(?t, \"(a+)+$\")) }",
    }
    for name, query in cases.items():
        started = time.time()
        result = run(geokg, "query", "--db", db, query)
        check(result.returncode == 1 and "query:" in result.stderr, f"query {name}: {result.returncode} {result.stderr[:200]!r}",
              failures)
        check(time.time() - started < 10, f"query {name}: took {time.time() - started:.1f} s", failures)


def huge_case(geokg, work, corpus):
    """A 50 MB article made of the corpus paragraphs: ingest must finish; returns its size, time and peak."""
    paragraphs = []
    for name in sorted(os.listdir(corpus)):
        if name.endswith(".txt"):
            paragraphs += [line for line in open(os.path.join(corpus, name), encoding="utf-8").read().split("\n")[4:]
                           if line.strip()]
    path = os.path.join(work, "huge.txt")
    size = 0
    with open(path, "w", encoding="utf-8") as out:
        out.write("https://ex.org/huge\nA very long article\n2025-06-09\n\n")
        index = 0
        while size < 50 * 1024 * 1024:
            paragraph = f"{paragraphs[index % len(paragraphs)]} Report {index} followed.\n\n"
            out.write(paragraph)
            size += len(paragraph.encode())
            index += 1
    # A failing ingest stops the test here, with its exit code and error output.
    seconds, peak_mb = timed([geokg, "ingest", "--db", os.path.join(work, "huge.sqlite"), path])
    return {"huge_article_mb": round(size / 1e6, 1), "seconds": round(seconds, 1), "peak_mb": round(peak_mb)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--geokg", default=".build/release/geokg")
    parser.add_argument("--corpus", default="../shared/corpus/dev")
    parser.add_argument("--quick", action="store_true", help="leave out the 50 MB article")
    args = parser.parse_args()
    geokg = os.path.abspath(args.geokg)
    failures = []
    summary = {}
    with tempfile.TemporaryDirectory(prefix="geokg-hostile-") as work:
        import_case(geokg, work, 1_000_000, failures)
        ingest_case(geokg, work, failures)
        query_case(geokg, work, failures)
        if not args.quick:
            summary = huge_case(geokg, work, args.corpus)
    print(json.dumps({**summary, "failures": failures}))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
