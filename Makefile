# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck drift pytest docs models bench fuzz wheel-check clean

$(STAMP): pyproject.toml requirements-dev.txt xsd/codegen-requirements.txt hatch_build.py xsd/SHA256SUMS
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --no-build-isolation -e '.[strategies]'
	touch $(STAMP)

## The library's main job on an embedded example: the pre-send check of a lote of SP/SADT
## guias (XSD, epilogo hash and ArcelorMittal's billing rules in one report) on two sending
## dates; a copy with a total typed wrong, checked and corrected; then the same lote rewritten
## in TISS 4.03.00, validated and checked.
EXAMPLE = $$($(BIN)/python -m tiss_conecta.examples lote-sadt)
DEMO_403 = build/demo/lote-sadt-4.03.00.xml
DEMO_ERRADO = build/demo/lote-total-errado.xml
demo: $(STAMP)
	$(BIN)/tiss-conecta check "$(EXAMPLE)" --perfil arcelormittal --data-envio 2025-06-02
	@echo "--- the same lote sent three months later: every item is past the 90-day window"
	@$(BIN)/tiss-conecta check "$(EXAMPLE)" --perfil arcelormittal --data-envio 2025-09-02 \
	  || echo "(exit $$?: error findings, as expected)"
	@echo "--- a copy whose first guia total was typed wrong: the total and the hash no longer match"
	@mkdir -p $(dir $(DEMO_ERRADO))
	@sed 's|<ans:valorTotalGeral>155.70<|<ans:valorTotalGeral>165.70<|' "$(EXAMPLE)" > $(DEMO_ERRADO)
	@$(BIN)/tiss-conecta check $(DEMO_ERRADO) --perfil arcelormittal --data-envio 2025-06-02 \
	  || echo "(exit $$?: error findings, as expected)"
	$(BIN)/tiss-conecta corrigir $(DEMO_ERRADO) -o build/demo/lote-corrigido.xml
	$(BIN)/tiss-conecta check build/demo/lote-corrigido.xml --perfil arcelormittal --data-envio 2025-06-02
	@echo "--- the same lote in TISS 4.03.00 (ArcelorMittal still takes 4.01.00 only: glosa 5028)"
	@mkdir -p $(dir $(DEMO_403))
	$(BIN)/tiss-conecta converter "$(EXAMPLE)" --para 4.03.00 -o $(DEMO_403)
	$(BIN)/tiss-conecta validate $(DEMO_403)
	$(BIN)/tiss-conecta check $(DEMO_403) --perfil tiss --data-envio 2025-06-02
	@$(BIN)/tiss-conecta check $(DEMO_403) --perfil arcelormittal --data-envio 2025-06-02 \
	  || echo "(exit $$?: error findings, as expected)"

## Everything CI runs.
test: lint typecheck drift pytest docs

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

drift: $(STAMP)
	$(BIN)/python xsd/generate.py --check

# pytest exits 5 when it collected no test: that is a failure here, not a pass.
pytest: $(STAMP)
	$(BIN)/python -m pytest -n 2 -q; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

docs: $(STAMP)
	$(BIN)/sphinx-build -q -W --keep-going -b html docs docs/_build/html

## Regenerate the models from the official XSDs (commit the result).
models: $(STAMP)
	$(BIN)/python xsd/generate.py

## The long fuzz run (`make test` has a bounded one): byte and structure-aware mutations through
## parse, validate, check, conciliação and recurso; only TissError may come out. FUZZ_ARGS, e.g.
## `--minutos 30` or `--exemplos 5000` (default 10 minutes); reproducers go to build/fuzz/.
fuzz: $(STAMP)
	$(BIN)/python -m tests.fuzz.longo $(FUZZ_ARGS)

## Benchmarks (not tests): ratios to bare lxml in the same run; bench_alvos.py also times the
## peer libraries (tiss, pytiss), benchmark-only dependencies pinned in requirements-bench.txt
## and installed into the venv here (`make test` does not need them).
BENCH_STAMP := $(VENV)/.bench-installed
$(BENCH_STAMP): $(STAMP) requirements-bench.txt
	$(BIN)/python -m pip install --quiet -r requirements-bench.txt
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; echo; done

clean:
	rm -rf $(VENV) build dist docs/_build src/tiss_conecta/_reference .mypy_cache .ruff_cache .pytest_cache
