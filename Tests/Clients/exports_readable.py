"""What geokg writes for other tools opens in their readers: rdflib parses `geokg export --format turtle` into
the same triples as the N-Triples export, and networkx reads `geokg render --format graphml` and `--format gexf`
into the graph the SVG diagram draws (the same nodes, edges and labels). Exits 1 with the list of failures.

Usage: exports_readable.py --geokg .build/debug/geokg   (in the virtualenv of Tests/Clients/requirements.txt)
"""
import argparse
import json
import os
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

import networkx
from rdflib import Graph
from rdflib.compare import isomorphic

from served_store import Failures, HOSTILE_LABEL, hostile_triples, run, sample_store


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--geokg", default=".build/debug/geokg")
    args = parser.parse_args()
    geokg = os.path.abspath(args.geokg)
    failures = Failures()
    check = failures.check

    with tempfile.TemporaryDirectory(prefix="geokg-exports-") as folder:
        store = sample_store(geokg, folder, [hostile_triples(folder)])
        turtle_path = os.path.join(folder, "graph.ttl")
        run([geokg, "export", "--db", store, "--format", "turtle", "-o", turtle_path])
        turtle = Graph().parse(turtle_path, format="turtle")
        ntriples = Graph().parse(data=run([geokg, "export", "--db", store]), format="nt")
        check(len(ntriples) > 1000, f"the N-Triples export has only {len(ntriples)} triples")
        check(isomorphic(turtle, ntriples), "the Turtle export does not hold the N-Triples export's triples")
        text = open(turtle_path, encoding="utf-8").read()
        check(text.startswith("@prefix ") and " ;\n" in text and "entity:China a geo:Country" in text,
              "the Turtle export does not declare prefixes or group statements by subject")

        svg_path = os.path.join(folder, "china.svg")
        run([geokg, "render", "--db", store, "China", "-o", svg_path])
        svg = ElementTree.parse(svg_path).getroot()
        name = "{http://www.w3.org/2000/svg}"
        drawn_nodes = {g.find(name + "title").text for g in svg.iter(name + "g") if g.get("class") == "node"}
        drawn_nodes.discard("legend")
        drawn_edges = sum(1 for g in svg.iter(name + "g") if g.get("class") == "edge")
        for fmt, reader in (("graphml", networkx.read_graphml), ("gexf", networkx.read_gexf)):
            path = os.path.join(folder, "china." + fmt)
            run([geokg, "render", "--db", store, "China", "--format", fmt, "-o", path])
            graph = reader(path)
            check(set(graph.nodes) == drawn_nodes, f"{fmt}: its nodes are not the diagram's")
            check(graph.number_of_edges() == drawn_edges, f"{fmt}: {graph.number_of_edges()} edges, "
                                                          f"the diagram draws {drawn_edges}")
            labels = {data.get("label") for _, data in graph.nodes(data=True)}
            check("China" in labels and HOSTILE_LABEL in labels, f"{fmt}: labels did not come through as text")
            weights = [data.get("weight") for _, _, data in graph.edges(data=True)]
            check(all(isinstance(w, (int, float)) and w >= 1 for w in weights), f"{fmt}: edge weights are missing")
            check(any(data.get("relations") for _, _, data in graph.edges(data=True)), f"{fmt}: no edge names its relations")
    print(json.dumps({"test": "exports_readable", "failures": failures}))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
