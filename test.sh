#!/usr/bin/env bash
# The one test command: builds the solution once, runs every test project under tests/ against a
# throwaway PostgreSQL cluster (and SQLite), and ends with one line: "N passed, N failed[, N skipped]".
#
#   ./test.sh                                   everything
#   LINDA_TEST_FILTER='FullyQualifiedName~Browser' ./test.sh   a subset (dotnet test --filter syntax)
#
# Exit status is non-zero when the build fails, any test fails, or a test project does not report
# (crashed test host, time-out, missing TRX). TRX files are kept in .test-artifacts/test-results/.
set -uo pipefail

cd "$(dirname "$0")"
root=$PWD
results=$root/.test-artifacts/test-results
project_timeout=${LINDA_TEST_PROJECT_TIMEOUT:-20m}

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '%s\n' "$*"; }
fail_early() { # message: nothing ran; still end with the summary line the callers parse
  say "error: $*" >&2
  say "0 passed, 1 failed"
  exit 1
}

# --- prerequisites: the system Chromium (browser tests) and PostgreSQL server binaries -------------
find_initdb() { find /usr/lib/postgresql/*/bin -maxdepth 1 -name initdb 2>/dev/null | sort -V | tail -n 1; }

missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
[[ -n "$(find_initdb)" ]] || missing+=(postgresql)
if ((${#missing[@]} > 0)); then
  if [[ $EUID -ne 0 ]]; then
    fail_early "missing ${missing[*]}; install with: sudo apt-get install -y ${missing[*]} (then run ./test.sh again)"
  fi
  say "Installing ${missing[*]} ..."
  export DEBIAN_FRONTEND=noninteractive
  apt_log=$(mktemp)
  if ! { apt-get update -qq && apt-get install -y -qq "${missing[@]}"; } >"$apt_log" 2>&1; then
    cat "$apt_log" >&2
    rm -f "$apt_log"
    fail_early "could not install ${missing[*]} with apt-get"
  fi
  rm -f "$apt_log"
fi

# --- a throwaway PostgreSQL cluster on a free port ---------------------------------------------------
pg_bin=$(dirname "$(find_initdb)")
# Under /tmp, not $TMPDIR: the postgres user must reach it, and the socket path must stay short.
pg_dir=$(mktemp -d /tmp/linda-test-pg.XXXXXX)
pg_started=false
build_log=$(mktemp)
# Test runs keep their temporary files here, so a crashed run leaves nothing behind in /tmp.
test_tmp=$(mktemp -d)

as_postgres() {
  # PostgreSQL refuses to run as root; as anyone else it runs as that user.
  if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

test_group=
cleanup() {
  if [[ -n $test_group ]]; then
    kill -KILL -- "-$test_group" 2>/dev/null
  fi
  if $pg_started; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1
  fi
  rm -rf "$pg_dir" "$build_log" "$test_tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
    return
  fi
  local port
  for _ in $(seq 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  return 1
}

if [[ $EUID -eq 0 ]]; then
  id -u postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  chown postgres: "$pg_dir"
fi
pg_port=$(free_port) || fail_early "found no free TCP port for PostgreSQL"
if ! as_postgres "$pg_bin/initdb" -D "$pg_dir/data" --auth=trust -U postgres --encoding=UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1; then
  cat "$pg_dir/initdb.log" >&2
  fail_early "initdb failed"
fi
if ! as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 start \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  >/dev/null 2>&1; then
  cat "$pg_dir/server.log" >&2
  fail_early "PostgreSQL did not start"
fi
pg_started=true
# Hundreds of test hosts: file watchers poll instead of using inotify instances (a per-user limit of 128).
export DOTNET_USE_POLLING_FILE_WATCHER=1
export LINDA_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Include Error Detail=true"
say "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port (throwaway cluster)"

# --- build once ---------------------------------------------------------------------------------
started_at=$SECONDS
say "Building Linda.slnx (Release) ..."
if ! dotnet build Linda.slnx -c Release -v quiet --nologo -clp:NoSummary >"$build_log" 2>&1; then
  cat "$build_log"
  fail_early "the build failed (errors above); no tests ran"
fi
say "Built in $((SECONDS - started_at)) s"

# --- run every test project, never stopping at the first failure --------------------------------
rm -rf "$results"
mkdir -p "$results"
filter_args=()
if [[ -n "${LINDA_TEST_FILTER:-}" ]]; then
  filter_args=(--filter "$LINDA_TEST_FILTER")
  say "Filter: $LINDA_TEST_FILTER"
fi

# counter NAME <Counters .../>: one attribute's value (the leading space keeps "passed" from
# matching "passedButRunAborted").
counter() { grep -o " $1=\"[0-9]*\"" <<<"$2" | grep -o '[0-9]\+' || echo 0; }

total_passed=0 total_failed=0 total_skipped=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  trx=$results/$name.trx
  say ""
  say "== $name"
  project_started=$SECONDS
  # timeout(1) runs the tests in a process group of their own; whatever is left of that group
  # afterwards (e.g. an app a crashed test host had started) is stopped with it.
  TMPDIR=$test_tmp timeout --kill-after=30s "$project_timeout" \
    dotnet test "$project" --no-build -c Release --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" "${filter_args[@]}" 2>&1 &
  test_group=$!
  wait "$test_group"
  rc=$?
  kill -KILL -- "-$test_group" 2>/dev/null
  test_group=

  counters=$( [[ -f "$trx" ]] && grep -o '<Counters [^>]*>' "$trx" | head -n 1 )
  if [[ -z "$counters" ]]; then
    if [[ $rc -eq 124 ]]; then
      say "$name: timed out after $project_timeout; counted as 1 failure"
    else
      say "$name: no test results (exit $rc): the test host crashed or never started; counted as 1 failure"
    fi
    total_failed=$((total_failed + 1))
    continue
  fi
  passed=$(($(counter passed "$counters") + $(counter passedButRunAborted "$counters")))
  failed=$(($(counter failed "$counters") + $(counter error "$counters") + $(counter timeout "$counters") + $(counter aborted "$counters")))
  # VSTest leaves xunit's skipped tests out of notExecuted (they are in total but not executed).
  skipped=$(counter notExecuted "$counters")
  not_run=$(($(counter total "$counters") - $(counter executed "$counters")))
  ((not_run > skipped)) && skipped=$not_run
  if [[ $rc -ne 0 && $failed -eq 0 ]]; then
    # dotnet test failed without a failed test: a crash, a time-out (rc 124) or an aborted run.
    say "$name: dotnet test exited with $rc but reported no failed test; counted as 1 failure"
    failed=1
  fi
  say "$name: $passed passed, $failed failed, $skipped skipped ($((SECONDS - project_started)) s)"
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  total_skipped=$((total_skipped + skipped))
done

say ""
say "Finished in $((SECONDS - started_at)) s; TRX files in ${results#"$root"/}"
summary="$total_passed passed, $total_failed failed"
((total_skipped > 0)) && summary+=", $total_skipped skipped"
say "$summary"
((total_failed == 0))
