#!/usr/bin/env bash
# Prints the size of a release bundle (default dist/): the page, each wasm, JS and CSS file, raw,
# gzip -9 and brotli (the .br files scripts/precompress.mjs wrote, if present). With --budget,
# fails if the gzip total of the initial download exceeds the budget BENCHMARKS.md sets.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${1:-dist}"
cd "$root/$dir"
total_raw=0
total_gz=0
total_br=0
printf '%-44s %10s %10s %10s\n' "file" "raw" "gzip" "brotli"
for f in index.html *.wasm *.js *.css; do
    [ -e "$f" ] || continue
    raw=$(wc -c < "$f")
    gz=$(gzip -9 -n -c "$f" | wc -c)
    br=$([ -e "$f.br" ] && wc -c < "$f.br" || echo 0)
    total_raw=$((total_raw + raw))
    total_gz=$((total_gz + gz))
    total_br=$((total_br + br))
    printf '%-44s %10s %10s %10s\n' "$f" "$raw" "$gz" "$br"
done
printf '%-44s %10s %10s %10s\n' "total (bytes)" "$total_raw" "$total_gz" "$total_br"
if [ "${2:-}" = "--budget" ]; then
    budget=$(sed -n 's/^\*\*Budget of the generic build: \([0-9 ]*\) bytes gzip\*\*.*/\1/p' "$root/BENCHMARKS.md" | tr -d ' ')
    if [ -z "$budget" ]; then
        echo "BENCHMARKS.md sets no budget (a line '**Budget of the generic build: N bytes gzip**')" >&2
        exit 1
    fi
    if [ "$total_gz" -gt "$budget" ]; then
        echo "bundle budget exceeded: $total_gz bytes gzip > $budget (BENCHMARKS.md)" >&2
        exit 1
    fi
    echo "bundle budget: $total_gz of $budget bytes gzip"
fi
