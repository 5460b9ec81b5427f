#!/usr/bin/env bash
# Load test of public reporting: POST /api/v1/reports (a new synthetic report with its own idempotency key each
# time, validated, triaged, encrypted and committed with its audit entry) and GET /api/v1/reports/{ref}/status,
# with GET /healthz measured in the same run as the baseline. Writes the table into docs/perf.md between the
# "reports:<provider>" markers.
#
#   bench/load/reports.sh                       # SQLite
#   bench/load/reports.sh --postgres "Host=127.0.0.1;Port=5432;Username=postgres;Database=linda_load"
#   DURATION=20 CONNECTIONS=32 bench/load/reports.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
load_setup "$@"
load_start

# One report whose status the status check reads.
receipt=$(curl -sf -X POST "$base/api/v1/reports" -H 'Content-Type: application/json' -d '{"categories":["unpaid"]}')
reference=$(sed -E 's/.*"reference":"([^"]+)".*/\1/' <<<"$receipt")
code=$(sed -E 's/.*"followUpCode":"([^"]+)".*/\1/' <<<"$receipt")
cat >"$work/status.lua" <<LUA
wrk.headers["X-Follow-Up-Code"] = "$code"
LUA

# A longer warm-up first: a report runs far more code than a health check, and the JIT needs a few thousand of
# them before it settles on optimised code (measured: 6.9 → 2.1 ms of CPU per report over the first 30 s).
# Reports are measured at several concurrencies: with one writer, the p99 is mostly time spent queueing for it.
report_connections=${REPORT_CONNECTIONS:-"$connections 8 4"}
declare -A r_rps r_p99 r_bad
warmup=20
for c in $report_connections; do
  read -r r_rps[$c] r_p99[$c] r_bad[$c] < <(connections=$c load_measure "/api/v1/reports" "$root/bench/load/report.lua" $warmup)
  warmup=3
done
read -r s_rps s_p99 s_bad < <(load_measure "/api/v1/reports/$reference/status" "$work/status.lua")
# The baseline last, on the same warmed-up process.
read -r h_rps h_p99 h_bad < <(load_measure "/healthz")

row() { awk -v n="$1" -v r="$2" -v l="$3" -v b="$4" -v br="$h_rps" -v bl="$h_p99" \
  'BEGIN { printf "| %s | %.0f | %.2f | %s | %.2f | %.2f |", n, r, l, b, r/br, l/bl }'; }
table="| endpoint | requests/s | p99 (ms) | non-2xx | requests/s ÷ /healthz | p99 ÷ /healthz |
|---|---|---|---|---|---|
$(row '`GET /healthz`' "$h_rps" "$h_p99" "$h_bad")
$(for c in $report_connections; do row "\`POST /api/v1/reports\` (201), $c connections" "${r_rps[$c]}" "${r_p99[$c]}" "${r_bad[$c]}"; echo; done)
$(row '`GET /api/v1/reports/{ref}/status`' "$s_rps" "$s_p99" "$s_bad")"
echo "$table"

load_write_section "reports:$provider" "Measured $(date -u +%Y-%m-%d) on $(nproc) cores (load average $(cut -d' ' -f1-3 /proc/loadavg) at the end), $provider, wrk with $connections connections (reports also with fewer) for ${duration}s per endpoint
(after a warm-up: 3 s, 20 s for the reports, whose reports are stored too), app and load generator on the same machine; Production
settings, rate limits raised. Every report is a different synthetic one with its own idempotency key.

$table"
