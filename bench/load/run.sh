#!/usr/bin/env bash
# Load test: starts Linda (Release, Production settings, a throwaway database) on a loopback port and drives
# each endpoint with wrk, then writes requests/s and p99 latency, as ratios to GET /healthz measured in the
# same run, into docs/perf.md between the "load" markers.
#
#   bench/load/run.sh                       # SQLite
#   bench/load/run.sh --postgres "Host=127.0.0.1;Port=5432;Username=postgres;Database=linda_load"
#   DURATION=20 CONNECTIONS=32 bench/load/run.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
load_setup "$@"
# The real registry, so agency verification answers against 1,294 agencies.
linda agencies import --file "$root/data/nea-registry-2026-07.csv" >"$work/import.log" 2>&1
load_start

paths=("/healthz" "/" "/api/v1/reference/counties" "/staff/account/signin"
  "/api/v1/agencies/verify?q=riverside%20manpowr" "/api/v1/agencies/verify?q=RA-2025-12-20" "/agencies/verify?q=al%20jami")
declare -A rps p99 bad
for p in "${paths[@]}"; do read -r rps[$p] p99[$p] bad[$p] < <(load_measure "$p"); done

table="| endpoint | requests/s | p99 (ms) | non-2xx | requests/s ÷ /healthz | p99 ÷ /healthz |
|---|---|---|---|---|---|"
for p in "${paths[@]}"; do
  row=$(awk -v r="${rps[$p]}" -v l="${p99[$p]}" -v br="${rps[/healthz]}" -v bl="${p99[/healthz]}" \
    'BEGIN { printf "%.0f | %.2f | %.2f | %.2f", r, l, r/br, l/bl }')
  IFS='|' read -r r l rr lr <<<"$row"
  table+=$'\n'"| \`GET $p\` |$r|$l| ${bad[$p]} |$rr|$lr|"
done
echo "$table"

load_write_section "load:$provider" "Measured $(date -u +%Y-%m-%d) on $(nproc) cores, $provider, wrk with $connections connections for ${duration}s per endpoint
(after a 3 s warm-up), app and load generator on the same machine; Production settings, rate limits raised.

$table"
