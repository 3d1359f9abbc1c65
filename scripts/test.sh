#!/usr/bin/env bash
# The whole test suite, as CI runs it: builds, starts a throwaway PostgreSQL cluster on a free
# loopback port, makes sure Chromium is there, runs every test project (data and web tests on
# SQLite and on PostgreSQL, browser tests against the real server) and prints the totals.
# The cluster is stopped and deleted on exit, failures included.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
apt_install() {
  echo "== installing $* with apt"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- prerequisites -------------------------------------------------------------------------
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  apt_install postgresql || { echo "PostgreSQL server binaries are missing and cannot be installed"; exit 1; }
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
if [ ! -x /usr/bin/chromium ]; then
  apt_install chromium || { echo "Chromium is missing and cannot be installed"; exit 1; }
fi

# --- throwaway PostgreSQL cluster ------------------------------------------------------------
pg_dir=$(mktemp -d /tmp/cxportal-pg.XXXXXX)
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap cleanup EXIT
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir "$pg_dir" postgres
  chown postgres "$pg_dir"
fi
chmod 700 "$pg_dir"
port=""
for candidate in $(shuf -i 20000-60000 -n 50); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "no free port found"; exit 1; }
run_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -w -l "$pg_dir/server.log" \
  -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
export CXPORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
echo "== PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

# --- build and test --------------------------------------------------------------------------
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build CxPortal.sln -c Release -nologo -v q -clp:ErrorsOnly
results="$root/TestResults"
rm -rf "$results"
status=0
dotnet test CxPortal.sln -c Release --no-build --results-directory "$results" 2>&1 | tee "$pg_dir/test.log" || status=$?

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
' "$pg_dir/test.log"
if grep -q "\[SKIP\]" "$pg_dir/test.log"; then
  echo "== Skipped tests:"; grep "\[SKIP\]" "$pg_dir/test.log" | sed 's/^.*\]     /   /' | sort -u
fi
exit $status
