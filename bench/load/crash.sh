#!/usr/bin/env bash
# Crash test of public reporting: submits reports under load (bench/load/report.lua), kills the server with
# SIGKILL mid-run, restarts it on the same data, and checks that every report that received a 201 is present,
# matches its follow-up code and decrypts (`linda reports verify`), that the restarted app answers their status,
# and that the audit chain is intact. Several rounds; zero loss is the only pass. Writes the result into
# docs/perf.md between the "crash:<provider>" markers.
#
#   bench/load/crash.sh                       # SQLite
#   bench/load/crash.sh --postgres "Host=127.0.0.1;Port=5432;Username=postgres;Database=linda_crash"
#   ROUNDS=5 CONNECTIONS=32 bench/load/crash.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
load_setup "$@"
rounds=${ROUNDS:-3}
run_for=${RUN_FOR:-10}
kill_after=${KILL_AFTER:-4}
load_start

log() { echo "[$(date -u +%H:%M:%S)] $*"; }
total=0
for round in $(seq 1 "$rounds"); do
  rm -f "$work"/receipts.*
  RECEIPTS="$work/receipts" wrk -t2 -c"$connections" -d"${run_for}s" -s "$root/bench/load/report.lua" "$base/api/v1/reports" >"$work/wrk.$round.log" 2>&1 &
  load=$!
  sleep "$kill_after"
  load_kill
  log "round $round: server killed with SIGKILL after ${kill_after}s of load"
  wait "$load" || true
  cat "$work"/receipts.* 2>/dev/null >>"$work/all.tsv" || true
  acknowledged=$(cat "$work"/receipts.* 2>/dev/null | wc -l)
  total=$(wc -l <"$work/all.tsv")
  log "round $round: $acknowledged reports acknowledged with 201 before the kill ($total so far)"
  [ "$acknowledged" -gt 0 ] || { echo "no report was acknowledged before the kill: nothing tested" >&2; exit 1; }
  load_start
  log "round $round: restarted"
done

load_stop
if ! linda reports verify --input "$work/all.tsv" >"$work/verify.out" 2>"$work/verify.err"; then
  cat "$work/verify.out" "$work/verify.err" >&2
  echo "LOSS: some acknowledged reports are missing or unreadable" >&2
  exit 2
fi
verified=$(cat "$work/verify.out")
linda audit verify >"$work/audit.out" 2>&1 || { cat "$work/audit.out" >&2; exit 2; }
audit=$(cat "$work/audit.out")
load_start
sample=0
while IFS=$'\t' read -r reference code; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Follow-Up-Code: $code" "$base/api/v1/reports/$reference/status")
  [ "$status" = 200 ] || { echo "status of $reference after restart: HTTP $status" >&2; exit 2; }
  sample=$((sample + 1))
done < <(shuf -n 50 "$work/all.tsv")
log "$verified"
log "$audit"
log "status API answered 200 for a sample of $sample receipts after the restarts"

load_write_section "crash:$provider" "Run $(date -u +%Y-%m-%d) on $(nproc) cores, $provider: $rounds rounds of wrk ($connections connections) posting reports,
the server killed with SIGKILL ${kill_after}s into each round and restarted on the same data.

- acknowledged with 201 before the kills: **$total** reports
- \`linda reports verify\`: $verified
- \`linda audit verify\`: $audit
- status API after the restarts: 200 for a random sample of $sample receipts
- **lost: 0**"
