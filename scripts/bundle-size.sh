#!/usr/bin/env bash
# Prints the size of a release bundle (default dist/): each wasm, JS and CSS file, raw and gzip -9.
set -euo pipefail
cd "$(dirname "$0")/../${1:-dist}"
total_raw=0
total_gz=0
printf '%-44s %10s %10s\n' "file" "raw" "gzip"
for f in *.wasm *.js *.css; do
    [ -e "$f" ] || continue
    raw=$(wc -c < "$f")
    gz=$(gzip -9 -c "$f" | wc -c)
    total_raw=$((total_raw + raw))
    total_gz=$((total_gz + gz))
    printf '%-44s %10s %10s\n' "$f" "$raw" "$gz"
done
printf '%-44s %10s %10s\n' "total (bytes)" "$total_raw" "$total_gz"
