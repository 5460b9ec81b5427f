#!/usr/bin/env bash
# Load test: starts Linda (Release, Production settings, a throwaway database) on a loopback port and drives
# each endpoint with wrk, then writes requests/s and p99 latency, as ratios to GET /healthz measured in the
# same run, into docs/perf.md between the "load" markers.
#
#   bench/load/run.sh                       # SQLite
#   bench/load/run.sh --postgres "Host=127.0.0.1;Port=5432;Username=postgres;Database=linda_load"
#   DURATION=20 CONNECTIONS=32 bench/load/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
duration=${DURATION:-10}
connections=${CONNECTIONS:-16}
provider=Sqlite
connection=""
if [ "${1:-}" = "--postgres" ]; then provider=Postgres; connection=${2:?connection string}; fi

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  else echo "wrk is missing: apt-get install wrk" >&2; exit 1; fi
fi

dotnet build src/Linda.Web -c Release -v quiet --nologo >/dev/null
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
export ASPNETCORE_ENVIRONMENT=Production
export LINDA_MASTER_KEY=$(head -c 32 /dev/urandom | base64)
export Linda__DataDirectory=$work
export Linda__RateLimits__PublicPerMinute=100000000
export Logging__LogLevel__Default=Warning
export Database__Provider=$provider
[ -n "$connection" ] && export ConnectionStrings__Linda=$connection
# The real registry, so agency verification answers against 1,294 agencies.
(cd src/Linda.Web && dotnet bin/Release/net10.0/linda.dll agencies import --file "$root/data/nea-registry-2026-07.csv") >"$work/import.log" 2>&1
(cd src/Linda.Web && exec dotnet bin/Release/net10.0/linda.dll serve --urls "http://127.0.0.1:$port") >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$port/healthz" >/dev/null || { cat "$work/app.log"; exit 1; }

measure() { # path -> "requests_per_second p99_ms"
  local url="http://127.0.0.1:$port$1"
  wrk -t1 -c"$connections" -d3s "$url" >/dev/null # warm-up
  wrk -t1 -c"$connections" -d"${duration}s" --latency "$url" | awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps=$2 }
    /^ +99%/ { p99=ms($2) }
    /Non-2xx/ { bad=$NF }
    END { printf "%s %.2f %s\n", rps, p99, (bad=="" ? 0 : bad) }'
}

paths=("/healthz" "/" "/api/v1/reference/counties" "/staff/account/signin"
  "/api/v1/agencies/verify?q=riverside%20manpowr" "/api/v1/agencies/verify?q=RA-2025-12-20" "/agencies/verify?q=al%20jami")
declare -A rps p99 bad
for p in "${paths[@]}"; do read -r rps[$p] p99[$p] bad[$p] < <(measure "$p"); done

table="| endpoint | requests/s | p99 (ms) | non-2xx | requests/s ÷ /healthz | p99 ÷ /healthz |
|---|---|---|---|---|---|"
for p in "${paths[@]}"; do
  row=$(awk -v r="${rps[$p]}" -v l="${p99[$p]}" -v br="${rps[/healthz]}" -v bl="${p99[/healthz]}" \
    'BEGIN { printf "%.0f | %.2f | %.2f | %.2f", r, l, r/br, l/bl }')
  IFS='|' read -r r l rr lr <<<"$row"
  table+=$'\n'"| \`GET $p\` |$r|$l| ${bad[$p]} |$rr|$lr|"
done
echo "$table"

section="<!-- load:$provider:start -->
Measured $(date -u +%Y-%m-%d) on $(nproc) cores, $provider, wrk with $connections connections for ${duration}s per endpoint
(after a 3 s warm-up), app and load generator on the same machine; Production settings, rate limits raised.

$table
<!-- load:$provider:end -->"
perf=docs/perf.md
if grep -q "<!-- load:$provider:start -->" "$perf"; then
  python3 - "$perf" "$provider" "$section" <<'PY'
import sys, re
path, provider, section = sys.argv[1:4]
text = open(path).read()
pattern = re.compile(r"<!-- load:%s:start -->.*?<!-- load:%s:end -->" % (provider, provider), re.S)
open(path, "w").write(pattern.sub(lambda m: section, text))
PY
else
  printf '\n%s\n' "$section" >>"$perf"
fi
echo "written to $perf"
