#!/usr/bin/env python3
"""Runs geokg's extraction on Apache Spark and checks it against a single-process ingest.

1. Makes a JSON Lines corpus: the dev articles of ../shared/corpus repeated under distinct URLs.
2. In Spark's local mode, pipes each partition of the corpus through `geokg extract --format nquads -`
   (RDD.pipe: one process per partition, no shared state) and gathers the N-Quads.
3. Imports them, with `geokg ontology`, into one store; ingests the same corpus into another with
   `geokg ingest`; the two stores must hold the same statements (their N-Quads exports, whose order
   follows each store's term numbering, are compared sorted).

Usage: spark_demo.py --geokg .build/release/geokg [--corpus ../shared/corpus/dev] [--articles 2000]
         [--partitions 8] [--workdir .build/spark-demo]
Needs pyspark (pip) and Java 17.
"""
import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../Benchmarks"))
from corpus_copies import make_corpus  # noqa: E402


def geokg(binary, *arguments, stdout=None):
    subprocess.run([binary, *arguments], check=True, stdout=stdout, stderr=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--geokg", default=".build/release/geokg")
    parser.add_argument("--corpus", default="../shared/corpus/dev")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--workdir", default=".build/spark-demo")
    args = parser.parse_args()
    binary = os.path.abspath(args.geokg)
    shutil.rmtree(args.workdir, ignore_errors=True)
    os.makedirs(args.workdir)
    work = os.path.abspath(args.workdir)
    corpus = os.path.join(work, "corpus.jsonl")
    make_corpus(args.corpus, args.articles, corpus)

    from pyspark import SparkConf, SparkContext
    conf = SparkConf().setMaster("local[2]").setAppName("geokg-extract").set("spark.ui.enabled", "false")
    context = SparkContext(conf=conf)
    context.setLogLevel("ERROR")
    start = time.time()
    facts = context.textFile("file://" + corpus, minPartitions=args.partitions) \
        .pipe(f"{binary} extract --format nquads --input-format jsonl -")
    merged = os.path.join(work, "spark-output")
    facts.saveAsTextFile("file://" + merged)
    context.stop()
    spark_seconds = time.time() - start
    parts = sorted(glob.glob(os.path.join(merged, "part-*")))

    ontology = os.path.join(work, "ontology.nq")
    with open(ontology, "w") as out:
        geokg(binary, "ontology", "--format", "nquads", stdout=out)
    spark_db = os.path.join(work, "spark.sqlite")
    geokg(binary, "import", "--db", spark_db, "--format", "nquads", ontology, *parts)
    single_db = os.path.join(work, "single.sqlite")
    start = time.time()
    geokg(binary, "ingest", "--db", single_db, corpus)
    single_seconds = time.time() - start

    exports = []
    for db in (spark_db, single_db):
        path = db.replace(".sqlite", ".nq")
        with open(path, "w") as out:
            geokg(binary, "export", "--db", db, "--format", "nquads", stdout=out)
        exports.append(path)
    spark_lines, single_lines = (sorted(open(path, encoding="utf-8")) for path in exports)
    same = spark_lines == single_lines
    statements = len(single_lines)
    print(json.dumps({
        "articles": args.articles, "partitions": len(parts), "statements": statements,
        "spark_extract_seconds": round(spark_seconds, 1), "single_ingest_seconds": round(single_seconds, 1),
        "same_statements_as_single_process_ingest": same,
    }))
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
