#!/usr/bin/env bash
# Does the export's memory grow with the base? Runs bench/export-vs-copy.sh at two sizes
# (default 10000 and 200000 contacts) with the same heap and prints both peaks side by side.
# A constant-memory export shows about the same peak RSS at both sizes.
#
# Usage: bench/memory-growth.sh [SMALL] [LARGE]     (BENCH_HEAP etc. as for export-vs-copy.sh)
set -euo pipefail

SMALL="${1:-10000}"
LARGE="${2:-200000}"
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$BENCH/out"

final_line() {
    local n="$1" output="$BENCH/out/memory-growth-$1.txt"
    "$BENCH/export-vs-copy.sh" "$n" >"$output" || {
        echo "the benchmark at $n contacts failed; see $output and $BENCH/out/launcher-$n.log" >&2
        exit 1
    }
    tail -n 1 "$output"
}

value_of() {
    tr ' ' '\n' <<<"$1" | awk -F = -v key="$2" '$1 == key { print $2 }'
}

SMALL_LINE="$(final_line "$SMALL")"
LARGE_LINE="$(final_line "$LARGE")"
SMALL_PEAK="$(value_of "$SMALL_LINE" peak_rss_mb)"
LARGE_PEAK="$(value_of "$LARGE_LINE" peak_rss_mb)"

echo "$SMALL contacts: $SMALL_LINE"
echo "$LARGE contacts: $LARGE_LINE"
echo "peak RSS during the export: $SMALL_PEAK MB at $SMALL contacts," \
    "$LARGE_PEAK MB at $LARGE contacts, growth $((LARGE_PEAK - SMALL_PEAK)) MB"
echo "small=$SMALL small_peak_rss_mb=$SMALL_PEAK large=$LARGE large_peak_rss_mb=$LARGE_PEAK" \
    "growth_mb=$((LARGE_PEAK - SMALL_PEAK))"
