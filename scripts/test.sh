#!/usr/bin/env bash
# The whole test suite, as CI runs it: builds, starts a throwaway PostgreSQL cluster on a free
# loopback port, makes sure Chromium is there, runs every test project (data and web tests on
# SQLite and on PostgreSQL, browser tests against the real server) and prints the totals.
# The cluster is stopped and deleted on exit, failures included.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

. scripts/lib/postgres.sh

# --- prerequisites: Chromium (PostgreSQL is installed by pg_start when missing) -------------
if [ ! -x /usr/bin/chromium ]; then
  apt_install chromium || { echo "Chromium is missing and cannot be installed"; exit 1; }
fi

# --- throwaway PostgreSQL cluster (durability off: it is deleted at the end) ---------------------
log_dir=$(mktemp -d /tmp/cxportal-test.XXXXXX)
cleanup() { pg_stop; rm -rf "$log_dir"; }
trap cleanup EXIT
pg_start -c fsync=off -c synchronous_commit=off -c full_page_writes=off
export CXPORTAL_TEST_POSTGRES="$PG_ADMIN"

# --- build and test --------------------------------------------------------------------------
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build CxPortal.sln -c Release -nologo -v q -clp:ErrorsOnly
results="$root/TestResults"
rm -rf "$results"
status=0
# Domain, data and web tests run side by side; the browser tests run after them on their own,
# because they start and restart real server processes that must not compete with the web tests
# for the two cores (a restart under that load once took minutes).
run_tests() { dotnet test "tests/$1" -c Release --no-build --results-directory "$results" >"$log_dir/$1.log" 2>&1; }
pids=()
for project in CxPortal.Domain.Tests CxPortal.Data.Tests CxPortal.Web.Tests; do
  run_tests "$project" & pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
run_tests CxPortal.Browser.Tests || status=1
for project in CxPortal.Domain.Tests CxPortal.Data.Tests CxPortal.Web.Tests CxPortal.Browser.Tests; do
  echo "== $project"; cat "$log_dir/$project.log"; cat "$log_dir/$project.log" >>"$log_dir/test.log"
done

# The compose file must stay valid (no Docker engine is needed for this check).
if command -v docker-compose >/dev/null; then
  if docker-compose --env-file .env.example config -q; then echo "== docker-compose.yml is valid"; else status=1; fi
fi

# --- totals ------------------------------------------------------------------------------------
awk '
  /(Passed|Failed)! +- Failed:/ {
    gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1); if ($i == "Total:") t += $(i+1) }
    n++
  }
  END { printf "\n== Test totals over %d projects: %d passed, %d failed, %d skipped, %d total\n", n, p, f, s, t }
' "$log_dir/test.log"
if grep -q "\[SKIP\]" "$log_dir/test.log"; then
  echo "== Skipped tests:"; grep "\[SKIP\]" "$log_dir/test.log" | sed 's/^.*\]     /   /' | sort -u
fi
# This script starts PostgreSQL, so a PostgreSQL test that skipped is a failure here.
if grep "\[SKIP\]" "$log_dir/test.log" | grep -q "Postgres"; then
  echo "== FAILED: PostgreSQL tests were skipped although a cluster was running"; status=1
fi
exit $status
