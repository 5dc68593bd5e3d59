#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing. Idempotent and quiet when
# everything is present. Pinned versions: trunk below, wasm-bindgen-cli from Cargo.lock,
# npm packages from package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { echo "setup: $*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked --quiet
fi

# wasm-bindgen-cli must match the wasm-bindgen crate exactly, so read the locked version.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$WBG_VERSION" ]; then
    echo "setup: no wasm-bindgen in Cargo.lock" >&2
    exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WBG_VERSION" ]; then
    say "installing wasm-bindgen-cli $WBG_VERSION (about 3 minutes, once)"
    # Not --locked: one of its locked dependencies is no longer in the registry.
    cargo install wasm-bindgen-cli --version "$WBG_VERSION" --quiet
fi

# cargo-fuzz for the fuzz smoke run in `make test` (libFuzzer; see docs/fuzzing.md).
if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz 0.13.2" ]; then
    say "installing cargo-fuzz 0.13.2 (about 2 minutes, once)"
    cargo install cargo-fuzz --version 0.13.2 --locked --quiet
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing Debian's chromium and chromium-driver"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver > /dev/null
fi

# A real reader of the Word download for tests/docx_pdf.rs: LibreOffice converts it to PDF,
# poppler's pdftotext reads the PDF back.
if ! command -v soffice > /dev/null || ! command -v pdftotext > /dev/null; then
    say "installing Debian's libreoffice-writer-nogui and poppler-utils"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq libreoffice-writer-nogui poppler-utils > /dev/null
fi

# npm packages: wasm-opt (binaryen), playwright-core and axe-core for the browser tests.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm packages"
    npm ci --no-audit --no-fund --loglevel=error
fi
