#!/usr/bin/env bash
# Fuzzes each input geokg reads (N-Triples, N-Quads, the four article readers with extraction, SPARQL)
# with libFuzzer for SECONDS each (default 300). Crashes land in .build/fuzz/crashes/TARGET/; copy each
# into Tests/GeoKGFuzzTests/Regressions/TARGET/ once fixed, where `make test` replays it.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(ntriples nquads text page html jsonl sparql)
swift build -c release --build-path .build/fuzz --product geokg-fuzz \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING >&2
binary=.build/fuzz/release/geokg-fuzz
# A copy of the ontology as it was at the build, so that editing the lexicon during a long run changes nothing.
rm -rf .build/fuzz/ontology && cp -R Ontology .build/fuzz/ontology
export GEOKG_ONTOLOGY="$PWD/.build/fuzz/ontology"
for target in "${targets[@]}"; do
    corpus=.build/fuzz/corpus/$target
    crashes=.build/fuzz/crashes/$target
    mkdir -p "$corpus" "$crashes"
    # Seeds: the W3C suites, the sample articles and the differential test's queries.
    case $target in
        ntriples) cp Tests/GeoKGRDFTests/Fixtures/w3c/ntriples/*.nt "$corpus"/ 2>/dev/null || true ;;
        nquads) cp Tests/GeoKGRDFTests/Fixtures/w3c/nquads/*.nq "$corpus"/ 2>/dev/null || true ;;
        text|page) cp Samples/articles/*.txt "$corpus"/ 2>/dev/null || true ;;
        html) printf "<html><head><title>T</title><script>x<\/script></head><body><article><p>China met Japan.</p></article></body></html>" > "$corpus/seed.html" ;;
        jsonl) printf "{\"url\": \"https://e.org/1\", \"title\": \"T\", \"date\": \"2025-06-09\", \"text\": \"China met Japan in Tokyo.\"}\n" > "$corpus/seed.jsonl" ;;
        sparql) awk -v dir="$corpus" 'BEGIN{n=0} /^####/{n++; next} {print > (dir "/q" n ".rq")}' \
            Tests/SPARQLDifferential/queries_*.rq ;;
    esac
    regressions=Tests/GeoKGFuzzTests/Regressions/$target
    [ -d "$regressions" ] && cp "$regressions"/* "$corpus"/ 2>/dev/null || true
    echo "fuzzing $target for $seconds s" >&2
    GEOKG_FUZZ_TARGET=$target "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -artifact_prefix="$crashes/" -print_final_stats=1 "$corpus" 2>&1 \
        | grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|==[0-9]+==|SUMMARY|artifact_prefix|Test unit written|geokg-fuzz:)" >&2 || true
done
echo "crashes, if any, are in .build/fuzz/crashes/" >&2
ls -R .build/fuzz/crashes >&2
