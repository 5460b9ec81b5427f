# Shared by the load scripts (sourced, not run): starts Linda in Release with Production settings on a loopback
# port against a throwaway database, measures endpoints with wrk, and rewrites a marked section of docs/perf.md.
#
#   load_setup [--postgres "<connection string>"]   # sets provider, connection, work, port, root; builds Release
#   load_start                                      # starts (or restarts) the app on the same data; waits for /healthz
#   load_stop                                       # stops it (SIGTERM); load_kill does SIGKILL
#   load_measure PATH [LUA [WARMUP_SECONDS]]        # -> "requests_per_second p99_ms non_2xx"
#   load_write_section NAME TEXT                    # replaces <!-- NAME:start --> … <!-- NAME:end --> in docs/perf.md

load_setup() {
  cd "$(dirname "${BASH_SOURCE[0]}")/../.."
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
  base="http://127.0.0.1:$port"
  export ASPNETCORE_ENVIRONMENT=Production
  LINDA_MASTER_KEY=$(head -c 32 /dev/urandom | base64)
  export LINDA_MASTER_KEY
  export Linda__DataDirectory=$work
  export Linda__RateLimits__PublicPerMinute=100000000
  export Logging__LogLevel__Default=Warning
  # No file watchers on appsettings: on a busy machine they can exhaust the inotify instances and stop the start.
  export DOTNET_hostBuilder__reloadConfigOnChange=false
  export Database__Provider=$provider
  if [ -n "$connection" ]; then export ConnectionStrings__Linda=$connection; fi
  app=""
  trap 'load_stop; rm -rf "$work"' EXIT
}

linda() { (cd "$root/src/Linda.Web" && dotnet bin/Release/net10.0/linda.dll "$@"); }

load_start() {
  (cd "$root/src/Linda.Web" && exec dotnet bin/Release/net10.0/linda.dll serve --urls "$base") >>"$work/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 120); do curl -sf "$base/healthz" >/dev/null && return 0; sleep 0.5; done
  cat "$work/app.log" >&2
  exit 1
}

load_stop() { if [ -n "${app:-}" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=""; fi; }

load_kill() { kill -9 "$app"; wait "$app" 2>/dev/null || true; app=""; }

load_measure() { # path [lua script [warm-up seconds]] -> "requests_per_second p99_ms non_2xx"
  local url="$base$1" script=()
  if [ -n "${2:-}" ]; then script=(-s "$2"); fi
  wrk -t1 -c"$connections" -d"${3:-3}s" "${script[@]}" "$url" >/dev/null # warm-up
  wrk -t1 -c"$connections" -d"${duration}s" --latency "${script[@]}" "$url" | awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps=$2 }
    /^ +99%/ { p99=ms($2) }
    /Non-2xx/ { bad=$NF }
    /Socket errors/ { errors=$0 }
    END { printf "%s %.2f %s\n", rps, p99, (bad=="" ? 0 : bad) }'
}

load_write_section() { # name text
  local perf="$root/docs/perf.md"
  if grep -q "<!-- $1:start -->" "$perf"; then
    python3 - "$perf" "$1" "$2" <<'PY'
import sys, re
path, name, section = sys.argv[1:4]
text = open(path).read()
pattern = re.compile(r"<!-- %s:start -->.*?<!-- %s:end -->" % (re.escape(name), re.escape(name)), re.S)
open(path, "w").write(pattern.sub(lambda m: "<!-- %s:start -->\n%s\n<!-- %s:end -->" % (name, section, name), text))
PY
  else
    printf '\n<!-- %s:start -->\n%s\n<!-- %s:end -->\n' "$1" "$2" "$1" >>"$perf"
  fi
  echo "written to $perf"
}
