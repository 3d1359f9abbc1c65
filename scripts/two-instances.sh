#!/usr/bin/env bash
# Two CX Portal instances behind nginx with sticky sessions, over one PostgreSQL database — the
# deployment docs/deployment.md describes, run on this machine. It shows that:
#   1. a browser is pinned to one instance (Blazor Server keeps its circuit in that process),
#   2. new browsers are spread over both instances,
#   3. a sign-in cookie issued by one instance is honoured by the other (data-protection keys
#      live in the database), and
#   4. both instances serve the same data.
# Everything it starts is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/postgres.sh

command -v nginx >/dev/null || apt_install nginx
command -v curl >/dev/null || apt_install curl
work=$(mktemp -d /tmp/cxportal-two.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  pg_stop
  rm -rf "$work"
}
trap cleanup EXIT

pg_start
database="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=cxportal"
echo "== building"
dotnet build src/CxPortal.Web -c Release -nologo -v q -clp:ErrorsOnly >/dev/null
dll="$(pwd)/src/CxPortal.Web/bin/Release/net10.0/CxPortal.Web.dll"
key="two-instances-admin-key-0123456789"

start_instance() { # name port
  (cd src/CxPortal.Web && ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres \
    ConnectionStrings__Postgres="$database" Demo__Seed=true Bootstrap__ApiKey="$key" RateLimits__LoginPerMinute=1000 \
    exec dotnet "$dll" --urls "http://127.0.0.1:$2" >"$work/$1.log" 2>&1) &
  pids+=($!)
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$2/readyz" >/dev/null && return 0; sleep 0.5; done
  echo "instance $1 did not start:"; tail -20 "$work/$1.log"; exit 1
}
port_a=$(free_port); start_instance a "$port_a"   # migrates and seeds the demo
port_b=$(free_port); start_instance b "$port_b"   # finds the database ready
proxy=$(free_port)

# Sticky sessions in open-source nginx: a new browser gets a random affinity cookie; the upstream
# is chosen by hashing it, so the browser keeps coming back to the same instance. WebSockets
# (the Blazor circuit) are proxied with the upgrade headers.
cat >"$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $work/body; proxy_temp_path $work/proxy; fastcgi_temp_path $work/fastcgi;
  uwsgi_temp_path $work/uwsgi; scgi_temp_path $work/scgi;
  map \$cookie_cxaffinity \$affinity { "" \$request_id; default \$cookie_cxaffinity; }
  map \$cookie_cxaffinity \$set_affinity { "" "cxaffinity=\$request_id; Path=/; HttpOnly; SameSite=Lax"; default ""; }
  map \$http_upgrade \$connection_upgrade { default upgrade; "" close; }
  upstream cxportal { hash \$affinity consistent; server 127.0.0.1:$port_a; server 127.0.0.1:$port_b; }
  server {
    listen 127.0.0.1:$proxy;
    client_max_body_size 200m;
    location / {
      proxy_pass http://cxportal;
      proxy_http_version 1.1;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_read_timeout 1h;
      add_header Set-Cookie \$set_affinity;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
NGINX
nginx -c "$work/nginx.conf" -p "$work"
echo "== nginx on 127.0.0.1:$proxy -> instances on :$port_a and :$port_b"

upstream_of() { curl -s -o /dev/null -D - "$@" | awk 'tolower($1) == "x-upstream:" { print $2 }' | tr -d '\r'; }
sign_in() { # jar base-url
  local token
  token=$(curl -s -c "$1" -b "$1" "$2/account/login" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$1" -b "$1" -X POST "$2/account/login" \
    --data-urlencode "_handler=login" --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Input.Email=manager@demo.cxportal" --data-urlencode "Input.Password=demo-manager-pass"
}
failures=0
check() { if [ "$1" = "$2" ]; then echo "   ok: $3"; else echo "   FAILED: $3 (got '$1', expected '$2')"; failures=$((failures + 1)); fi; }

echo "== 1. a browser stays on one instance"
jar="$work/browser.jar"
sign_in "$jar" "http://127.0.0.1:$proxy"
first=$(upstream_of -b "$jar" "http://127.0.0.1:$proxy/")
same=0
for _ in $(seq 1 10); do [ "$(upstream_of -b "$jar" "http://127.0.0.1:$proxy/")" = "$first" ] && same=$((same + 1)); done
check "$same" 10 "10 of 10 requests of one browser went to $first"

echo "== 2. new browsers are spread over both instances"
declare -A served
for i in $(seq 1 20); do u=$(upstream_of "http://127.0.0.1:$proxy/account/login"); served[$u]=$(( ${served[$u]:-0} + 1 )); done
for u in "${!served[@]}"; do echo "   $u served ${served[$u]} of 20 new browsers"; done
check "${#served[@]}" 2 "both instances received new browsers"

echo "== 3. a sign-in cookie from one instance works on the other"
direct="$work/direct.jar"
sign_in "$direct" "http://127.0.0.1:$port_a"
a_page=$(curl -s -b "$direct" -o /dev/null -w "%{http_code}" "http://127.0.0.1:$port_a/")
b_page=$(curl -s -b "$direct" -o /dev/null -w "%{http_code}" "http://127.0.0.1:$port_b/")
check "$a_page" 200 "instance A shows the overview to the browser that signed in on A"
check "$b_page" 200 "instance B accepts A's cookie (shared data-protection keys)"

echo "== 4. both instances serve the same data"
a_data=$(curl -s -b "$direct" "http://127.0.0.1:$port_a/" | grep -o 'data-testid="response-count"[^<]*' | sort)
b_data=$(curl -s -b "$direct" "http://127.0.0.1:$port_b/" | grep -o 'data-testid="response-count"[^<]*' | sort)
check "$(echo "$a_data" | grep -c response-count)" 3 "instance A lists the three demo journeys' response counts"
check "$a_data" "$b_data" "instance B lists the same counts"
curl -s -H "X-Api-Key: $key" -X POST -H 'Content-Type: application/json' "http://127.0.0.1:$port_a/api/api-keys" \
  -d '{"name":"made-on-a","scope":"read"}' >/dev/null
check "$(curl -s -H "X-Api-Key: $key" "http://127.0.0.1:$port_b/api/api-keys" | grep -c made-on-a)" 1 "a key created on A is listed by B"

echo "== 5. the Blazor circuit negotiates through the proxy"
negotiate=$(curl -s -b "$jar" -o /dev/null -w "%{http_code}" -X POST "http://127.0.0.1:$proxy/_blazor/negotiate?negotiateVersion=1")
check "$negotiate" 200 "POST /_blazor/negotiate through nginx"

if [ "$failures" -eq 0 ]; then echo "== all checks passed"; else echo "== $failures check(s) failed"; exit 1; fi
