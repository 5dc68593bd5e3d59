# AVV-Konfigurator. `make serve` to try it, `make test` to check everything.
# Every target first installs what is missing (scripts/setup.sh), so a fresh machine needs nothing else.

SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
export CHROME_BIN := /usr/bin/chromium
URL := http://127.0.0.1:8080
# A vendor profile to build in (`make dist PROFILE=examples/profiles/x.toml`); none: generic.
PROFILE ?=
DIST ?= dist
# The profile the end-to-end tests build with, into its own folder and target directory.
TEST_PROFILE := examples/profiles/personalwolke.toml

.PHONY: all setup serve dist dist-profile fuzz fuzz-short test check native-test wasm-test e2e size budget size-shares bench bench-ui bench-journey clean

all: test

setup:
	@./scripts/setup.sh

## Builds (debug, fast) and serves the app with live reload at $(URL).
serve: setup
	@echo "AVV-Konfigurator: $(URL)"
	trunk serve --address 127.0.0.1 --port 8080

## Release build into $(DIST)/: static files for any web server, optimised with wasm-opt, with
## the first view rendered into index.html at build time (src/bin/prerender.rs).
## With PROFILE=file the vendor profile is checked (file, line, field on error) and embedded.
dist: setup
ifneq ($(PROFILE),)
	@mkdir -p target
	cargo run --quiet --target-dir $(CURDIR)/target --bin avv -- profile $(PROFILE) > target/$(notdir $(PROFILE)).json
endif
	AVV_PROFILE=$(if $(PROFILE),$(CURDIR)/target/$(notdir $(PROFILE)).json) trunk build --release --dist $(DIST)
	AVV_PROFILE=$(if $(PROFILE),$(CURDIR)/target/$(notdir $(PROFILE)).json) cargo run --quiet --bin prerender -- $(DIST)/index.html
	node scripts/first-paint.mjs $(DIST)/index.html
	node scripts/csp.mjs $(DIST)/index.html
	node scripts/precompress.mjs $(DIST)
	@./scripts/bundle-size.sh $(DIST)

## The release build with the test profile, for the end-to-end tests of vendor profiles.
dist-profile:
	CARGO_TARGET_DIR=$(CURDIR)/target/profile $(MAKE) dist PROFILE=$(TEST_PROFILE) DIST=dist-profile

## Everything CI checks.
test: setup check native-test wasm-test dist budget dist-profile e2e fuzz-short
	@echo "make test: all checks passed"

check:
	cargo fmt --all --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

native-test:
	cargo test

## The runner stops a browser run after 20 s by default; walking every diagnostic to its
## control (tests/web.rs) alone takes about 20 s on two cores, so the run gets 120 s.
wasm-test:
	WASM_BINDGEN_TEST_TIMEOUT=120 cargo test --target wasm32-unknown-unknown --test web

e2e:
	node --test --test-concurrency=1 tests/e2e/

size:
	@./scripts/bundle-size.sh $(DIST)

## The size budget of the generic build's initial download (BENCHMARKS.md); a size check, not a timing.
budget:
	@./scripts/bundle-size.sh dist --budget

## Each dependency's share of the release wasm (BENCHMARKS.md).
size-shares: setup
	./scripts/wasm-shares.sh

## Fuzzing with libFuzzer (cargo-fuzz): configuration import and assembly with hostile text.
## cargo-fuzz needs unstable compiler flags; RUSTC_BOOTSTRAP lets the stable toolchain accept
## them for this build only. `make fuzz FUZZ_SECONDS=600` is the long run (docs/fuzzing.md).
FUZZ_SECONDS ?= 20
FUZZ = cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir .
fuzz-short fuzz: setup
	@mkdir -p fuzz/corpus/import fuzz/corpus/assemble
	@cp examples/*.json fuzz/corpus/import/
	@printf 'Muster GmbH\001<img src=x>\001# Titel\001- a\n- b\001|x|y|' > fuzz/corpus/assemble/seed
	set -o pipefail; $(FUZZ) import corpus/import -- -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 2>&1 | tail -n 3
	set -o pipefail; $(FUZZ) assemble corpus/assemble -- -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 2>&1 | tail -n 3

fuzz: FUZZ_SECONDS = 600

## Benchmarks (figures in BENCHMARKS.md): the engine natively, the UI in headless Chromium.
bench: setup
	cargo bench --bench assemble

bench-ui: dist dist-profile
	node tests/e2e/bench.mjs
	@[ -x .tools/lighthouse/node_modules/.bin/lighthouse ] || npm install --prefix .tools/lighthouse --no-audit --no-fund lighthouse@12.2.3
	node scripts/lighthouse.mjs dist 3
	node scripts/lighthouse.mjs dist-profile 3
	node scripts/lighthouse.mjs dist 3 devtools
	node scripts/lighthouse.mjs dist-profile 3 devtools

## The customer's journey through both builds: controls seen, actions, estimated time.
bench-journey: dist dist-profile
	node scripts/journey.mjs dist generic
	node scripts/journey.mjs dist-profile vendor

clean:
	cargo clean
	rm -rf dist dist-profile
