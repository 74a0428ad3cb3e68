#!/usr/bin/env bash
# Runs graphql-http's server audits (the GraphQL-over-HTTP spec's MUST and SHOULD rules) against the packaged
# app, started on an empty H2 database on 127.0.0.1. The npm packages are pinned by package-lock.json.
# Needs the jar built by `./mvnw verify` (target/quarkus-app).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt-get update -q
  apt-get install -y -q nodejs npm
fi
npm ci --prefix .ci/graphql-http --no-audit --no-fund --silent

data=$(mktemp -d)
port=18089
LEADERBOARD_DATA_DIR="$data" QUARKUS_HTTP_PORT=$port QUARKUS_HTTP_HOST=127.0.0.1 \
  java -Xmx192m -jar target/quarkus-app/quarkus-run.jar >"$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && break
  sleep 1
done
node .ci/graphql-http/audit.mjs "http://127.0.0.1:$port/graphql"
