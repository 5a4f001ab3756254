#!/usr/bin/env bash
# Regenerates payload-types.ts, the admin import map, the GraphQL schema (SDL) and the site's
# typed queries, and fails if any differs from the committed copy: they must match the config
# and the queries that are in the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
files=("src/payload-types.ts" "src/app/(payload)/admin/importMap.js" "src/graphql/schema.graphql"
  "src/graphql/operations.ts")
tmp=$(mktemp -d)
# The committed copies go back with their own times (cp -p): a check must not make the
# production build look stale (scripts/build-state.mjs compares modification times).
trap 'for f in "${files[@]}"; do [ -f "$tmp/$(basename "$f")" ] && cp -p "$tmp/$(basename "$f")" "$f"; done; rm -rf "$tmp"' EXIT
for f in "${files[@]}"; do cp -p "$f" "$tmp/$(basename "$f")"; done
# Generation only reads the config; it runs on a throwaway SQLite file.
export DATABASE_URL="file:$tmp/generate.db" PAYLOAD_SECRET="generate-only"
NODE_OPTIONS="--conditions=production --no-deprecation" node_modules/.bin/payload generate:types >/dev/null
NODE_OPTIONS="--conditions=production --no-deprecation" node_modules/.bin/payload generate:importmap >/dev/null
NODE_OPTIONS="--conditions=production --no-deprecation" node_modules/.bin/payload-graphql generate:schema >/dev/null
NODE_OPTIONS= node scripts/generate-graphql.mjs >/dev/null
status=0
for f in "${files[@]}"; do
  if ! diff -u "$tmp/$(basename "$f")" "$f"; then
    echo "$f is out of date: run \`npm run generate\` and commit the result" >&2
    status=1
  fi
done
exit $status
