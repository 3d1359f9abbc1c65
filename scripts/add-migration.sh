#!/usr/bin/env bash
# Adds the same named migration to both providers' migrations assemblies.
# Usage: scripts/add-migration.sh <Name>
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  project="src/CxPortal.Migrations.$provider"
  echo "== $provider"
  dotnet restore "$project" -v q
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations
done
