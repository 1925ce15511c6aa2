# geokg: `make demo` sets up and runs the main job on the bundled samples; `make test` runs the tests.
SWIFT ?= swift
GEOKG := .build/release/geokg
SHARED ?= ../shared
EVENTS ?= /tmp/geokg-events.nt
# Release builds link the Swift runtime and Foundation into the binary: no shared libraries to bind at start,
# which halves the start-up of a short command, and a binary that runs where no Swift toolchain is installed.
RELEASE_BUILD := $(SWIFT) build -c release --static-swift-stdlib

.PHONY: demo test build system-packages bench spark-demo reliability fuzz screenshot clean train syntax-bench calibrate

system-packages:
	@scripts/install-system-packages.sh

build: system-packages
	$(RELEASE_BUILD)

demo: build
	rm -f Output/geokg.sqlite Output/geokg.sqlite-wal Output/geokg.sqlite-shm
	$(GEOKG) ingest Samples/articles
	$(GEOKG) import Samples/*.nt
	$(GEOKG) stats
	$(GEOKG) query --format table 'SELECT ?relation (COUNT(*) AS ?facts) WHERE { ?fact a geo:Event ; geo:relation ?relation } GROUP BY ?relation ORDER BY DESC(?facts)'
	$(GEOKG) export -o Output/graph.nt
	$(GEOKG) render China
	@echo "demo: the store is Output/geokg.sqlite, the export Output/graph.nt, the diagram Output/china.svg"

# Screenshots in headless Chromium: the README's picture of `geokg serve` (China's entity page on the sample
# store, docs/geokg-serve.png), and the demo's diagram (Output/china-screenshot.png).
screenshot: build
	scripts/install-browser.sh
	python=$$(scripts/python-venv.sh Tests/Clients/requirements.txt .build/clients-venv selenium) && \
		$$python Tests/Clients/browser_test.py --geokg $(GEOKG) --screenshot docs/geokg-serve.png
	scripts/screenshot.sh Output/china.svg Output/china-screenshot.png

test: system-packages
	$(SWIFT) format lint --strict --recursive --parallel Sources Package.swift
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	python3 Tests/HTMLEval/score_floor.py --f1 0.91 --unread 0 -- python3 $(SHARED)/html-eval/score_html.py --geokg .build/debug/geokg
	@if python=$$(scripts/python-venv.sh $(SHARED)/bench/requirements.txt); then \
		$$python Tests/SPARQLDifferential/run.py --geokg .build/debug/geokg --shared $(SHARED) --events $(EVENTS); \
	elif [ "$${CI:-}" = true ]; then \
		echo "FAILED: pyoxigraph cannot be installed, so the SPARQL differential test cannot run (CI=true)" >&2; exit 1; \
	else \
		echo "SKIPPED: the SPARQL differential test: pyoxigraph cannot be installed (with CI=true this fails)" >&2; \
	fi
	python3 Tests/Reliability/crash_test.py --geokg .build/debug/geokg --shared $(SHARED) --events $(EVENTS) \
		--corpus Samples/articles --articles 70 --triples 100000
	python3 Tests/Reliability/concurrency_test.py --geokg .build/debug/geokg --shared $(SHARED) --events $(EVENTS) \
		--corpus Samples/articles --rounds 2 --articles 150 --triples 20000
	python3 Tests/Reliability/hostile_input_test.py --geokg .build/debug/geokg --quick
	python3 Tests/Evaluation/eval_agrees.py --geokg .build/debug/geokg --shared $(SHARED)
	python3 Tests/Clients/load_test.py --geokg .build/debug/geokg
	@if python=$$(scripts/python-venv.sh Tests/Clients/requirements.txt .build/clients-venv selenium); then \
		$$python Tests/Clients/endpoint_clients.py --geokg .build/debug/geokg && \
		$$python Tests/Clients/exports_readable.py --geokg .build/debug/geokg; \
	elif [ "$${CI:-}" = true ]; then \
		echo "FAILED: SPARQLWrapper, rdflib or networkx cannot be installed, so the client tests cannot run (CI=true)" >&2; exit 1; \
	else \
		echo "SKIPPED: the client tests: SPARQLWrapper, rdflib or networkx cannot be installed (with CI=true this fails)" >&2; \
	fi
	@if scripts/install-browser.sh && python=$$(scripts/python-venv.sh Tests/Clients/requirements.txt .build/clients-venv selenium); then \
		$$python Tests/Clients/browser_test.py --geokg .build/debug/geokg; \
	elif [ "$${CI:-}" = true ]; then \
		echo "FAILED: Chromium or Selenium cannot be installed, so the browser test cannot run (CI=true)" >&2; exit 1; \
	else \
		echo "SKIPPED: the browser test: Chromium or Selenium cannot be installed (with CI=true this fails)" >&2; \
	fi

# Import speed, peak memory and store size on the 1.4 million real event triples, beside pyoxigraph;
# then extraction and ingest speed on 10,000 articles; then SPARQL query times beside pyoxigraph; then
# render times; then reading the shared web pages beside trafilatura.
# Every benchmark runs even when an earlier one misses its check; make bench then fails at the end.
bench: build
	@failed=""; \
	python3 Benchmarks/import_bench.py --geokg $(GEOKG) --shared $(SHARED) --events $(EVENTS) || failed="$$failed import"; \
	python3 Benchmarks/extraction_bench.py --geokg $(GEOKG) --corpus $(SHARED)/corpus/dev || failed="$$failed extraction"; \
	{ python=$$(scripts/python-venv.sh $(SHARED)/bench/requirements.txt) && \
		$$python Benchmarks/query_bench.py --geokg $(GEOKG) --shared $(SHARED) --events $(EVENTS); } || failed="$$failed query"; \
	python3 Benchmarks/render_bench.py --geokg $(GEOKG) --shared $(SHARED) --events $(EVENTS) || failed="$$failed render"; \
	{ python=$$(scripts/python-venv.sh Benchmarks/html-requirements.txt .build/html-venv trafilatura) && \
		$$python Benchmarks/html_bench.py --geokg $(GEOKG) --shared $(SHARED); } || failed="$$failed html"; \
	if [ -n "$$failed" ]; then echo "make bench: these benchmarks failed:$$failed" >&2; exit 1; fi

# Crash safety and concurrency at full size on the release build (make test runs them smaller).
reliability: build
	python3 Tests/Reliability/crash_test.py --geokg $(GEOKG) --shared $(SHARED) --events $(EVENTS)
	python3 Tests/Reliability/concurrency_test.py --geokg $(GEOKG) --shared $(SHARED) --events $(EVENTS)
	python3 Tests/Reliability/hostile_input_test.py --geokg $(GEOKG) --corpus $(SHARED)/corpus/dev

# libFuzzer on every input geokg reads, FUZZ_SECONDS each (default 300); crashes in .build/fuzz/crashes.
FUZZ_SECONDS ?= 300
fuzz: system-packages
	scripts/fuzz.sh $(FUZZ_SECONDS)

# Extraction on Apache Spark (local mode, pyspark from PyPI, Java 17), checked against a single ingest.
spark-demo: build
	@test -x .build/spark-venv/bin/python || (python3 -m venv .build/spark-venv && .build/spark-venv/bin/pip install -q pyspark==3.5.3)
	JAVA_HOME=$${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64} .build/spark-venv/bin/python scripts/spark_demo.py \
		--geokg $(GEOKG) --corpus $(SHARED)/corpus/dev

# The part-of-speech tagger and dependency parser (Ontology/models), trained on UD English EWT: a rerun
# writes the same bytes. Foundation cannot read gzip, so the treebank is decompressed into .build first.
UD ?= $(SHARED)/ud-english-ewt
UD_BUILD := .build/ud-english-ewt

$(UD_BUILD)/%.conllu: $(UD)/%.conllu.gz
	@mkdir -p $(UD_BUILD)
	zcat $< > $@.tmp && mv $@.tmp $@

UD_FILES := $(UD_BUILD)/en_ewt-ud-train.conllu $(UD_BUILD)/en_ewt-ud-dev.conllu $(UD_BUILD)/en_ewt-ud-test.conllu

# Measures each kind of extraction rule's precision on the shared gold articles into Ontology/confidence.tsv
# (byte-identical on a rerun) and prints the calibration table the README shows.
calibrate: build
	$(GEOKG) eval $(SHARED)/corpus/dev --calibration Ontology/confidence.tsv | sed -n '/^calibration/,/^relations/p'

train: $(UD_FILES)
	$(RELEASE_BUILD) --product geokg-train
	.build/release/geokg-train models --data $(UD_BUILD) --output Ontology/models

# Load times and tokens per second of the tagger and the parser on one core, over the EWT dev words.
syntax-bench: $(UD_FILES)
	$(RELEASE_BUILD) --product geokg-train
	.build/release/geokg-train bench --models Ontology/models $(UD_BUILD)/en_ewt-ud-dev.conllu

clean:
	rm -rf .build Output/*.sqlite* Output/*.nt Output/*.nq
