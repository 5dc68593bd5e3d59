#!/usr/bin/env bash
# Where the release wasm goes: builds it like `make dist`, keeps the function names through
# wasm-bindgen and wasm-opt -Oz, and prints each part's raw and gzip size.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/size-shares
mkdir -p "$out"
cargo build --release --target wasm32-unknown-unknown --bin avv-app
wasm-bindgen --target web --keep-debug --out-dir "$out" target/wasm32-unknown-unknown/release/avv-app.wasm
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals "$out/avv-app_bg.wasm" -o "$out/named.wasm"
python3 scripts/wasm-shares.py "$out/named.wasm"
