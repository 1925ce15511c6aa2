"""The real CAMEO-coded event data as N-Triples, whole or a slice, for benchmarks and tests.

`make_events` converts the ICEWS and GDELT files of ../shared/datasets with its `to_ntriples.py` (1.4 million
triples). `event_slice` writes the first N triples of that file, and optionally its last M; on a machine
without the datasets it writes N (+ M) generated triples of the same shape instead (actors with labels, CAMEO
relations with codes, events between actors), and says so on standard error.
"""
import collections
import itertools
import os
import random
import subprocess
import sys

ACTOR = "http://example.org/geokg/actor/"
CAMEO = "http://example.org/geokg/cameo/"
ONT = "http://example.org/geokg/ont#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def datasets_folder(shared):
    """The datasets folder of `shared`, or None when this machine lacks it."""
    folder = os.path.join(shared, "datasets")
    return folder if os.path.exists(os.path.join(folder, "to_ntriples.py")) else None


def make_events(shared, path):
    """Writes every event of `shared`/datasets to `path` as N-Triples, unless `path` exists.
    Raises FileNotFoundError when the datasets are missing."""
    if os.path.exists(path):
        return
    datasets = datasets_folder(shared)
    if datasets is None:
        raise FileNotFoundError(f"{os.path.join(shared, 'datasets')} is missing: cannot make {path}")
    inputs = []
    for folder in ("icews-tkg/icews18", "icews-tkg/icews05-15", "icews-tkg/icews14"):
        full = os.path.join(datasets, folder)
        inputs += sorted(os.path.join(full, f) for f in os.listdir(full) if f.endswith(".txt"))
    gdelt = os.path.join(datasets, "gdelt-samples")
    inputs += sorted(os.path.join(gdelt, f) for f in os.listdir(gdelt) if f.lower().endswith(".csv"))
    print(f"making {path} from {len(inputs)} dataset files ...", file=sys.stderr)
    partial = path + ".partial"
    subprocess.run([sys.executable, os.path.join(datasets, "to_ntriples.py"), "--out", partial] + inputs,
                   check=True, stdout=subprocess.DEVNULL)
    os.replace(partial, path)


def event_slice(shared, triples, path, events="/tmp/geokg-events.nt", last=0, generated_minimum=0):
    """Writes `triples` event triples to `path`, then `last` more: the first and the last ones of the real
    data (made at `events` when missing; its last ones are GDELT's, with Goldstein scores and source URLs),
    or generated ones of the same shape when the datasets are missing (at least `generated_minimum`).
    Returns "real" or "generated"."""
    if os.path.exists(events) or datasets_folder(shared):
        make_events(shared, events)
        written = 0
        with open(events, encoding="utf-8") as source, open(path, "w", encoding="utf-8") as out:
            for line in itertools.islice(source, triples):
                out.write(line)
                written += 1
            if last:
                out.writelines(collections.deque(source, maxlen=last))
        if written < triples:
            raise ValueError(f"{events} holds {written} triples, fewer than the {triples} asked for")
        return "real"
    count = max(triples + last, generated_minimum)
    print(f"{os.path.join(shared, 'datasets')} is missing: generating {count} event triples of the same shape",
          file=sys.stderr)
    write_generated(count, path)
    return "generated"


def write_generated(triples, path, seed=7):
    """Writes `triples` N-Triples shaped like the converted event data: actors and relations described
    once, then events between random actors."""
    rng = random.Random(seed)
    written = 0
    described = set()
    with open(path, "w", encoding="utf-8") as out:
        while written < triples:
            subject, object_ = (f"Actor_{rng.randrange(20000)}" for _ in range(2))
            code = f"{rng.randrange(1, 21):02d}{rng.randrange(10)}"
            lines = []
            for name in (subject, object_):
                if name not in described:
                    described.add(name)
                    lines += [f"<{ACTOR}{name}> <{RDF_TYPE}> <{ONT}Actor> .",
                              f"<{ACTOR}{name}> <{LABEL}> \"{name.replace('_', ' ')}\" ."]
            if code not in described:
                described.add(code)
                lines += [f"<{CAMEO}{code}> <{RDF_TYPE}> <{ONT}Relation> .",
                          f"<{CAMEO}{code}> <{ONT}cameoCode> \"{code}\" ."]
            lines.append(f"<{ACTOR}{subject}> <{CAMEO}{code}> <{ACTOR}{object_}> .")
            for line in lines[: triples - written]:
                out.write(line + "\n")
                written += 1
