# AVV-Konfigurator. `make serve` to try it, `make test` to check everything.
# Every target first installs what is missing (scripts/setup.sh), so a fresh machine needs nothing else.

SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
export CHROME_BIN := /usr/bin/chromium
URL := http://127.0.0.1:8080

.PHONY: all setup serve dist test check native-test wasm-test e2e size bench bench-ui clean

all: test

setup:
	@./scripts/setup.sh

## Builds (debug, fast) and serves the app with live reload at $(URL).
serve: setup
	@echo "AVV-Konfigurator: $(URL)"
	trunk serve --address 127.0.0.1 --port 8080

## Release build into dist/: static files for any web server, optimised with wasm-opt.
dist: setup
	trunk build --release
	@./scripts/bundle-size.sh

## Everything CI checks.
test: setup check native-test wasm-test dist e2e
	@echo "make test: all checks passed"

check:
	cargo fmt --all --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

native-test:
	cargo test

wasm-test:
	cargo test --target wasm32-unknown-unknown --test web

e2e:
	node --test --test-concurrency=1 tests/e2e/

size:
	@./scripts/bundle-size.sh

## Benchmarks (figures in BENCHMARKS.md): the engine natively, the UI in headless Chromium.
bench: setup
	cargo bench --bench assemble

bench-ui: dist
	node tests/e2e/bench.mjs

clean:
	cargo clean
	rm -rf dist
