#!/usr/bin/env bash
# Copies what production runs into a folder of its own, after `npm run build`:
# the compiled bot (dist/src), its card templates and pages, and the package
# files. Then, in that folder, `npm ci --omit=dev` installs production
# dependencies only, and `npm start` (or `node dist/src/index.js`) starts it
# without compiling anything. Usage: scripts/stage-release.sh <folder>
set -euo pipefail
target="${1:?usage: scripts/stage-release.sh <folder>}"
cd "$(dirname "$0")/.."
[ -f dist/src/index.js ] || { echo "stage-release: run npm run build first" >&2; exit 1; }
rm -rf "$target"
mkdir -p "$target/dist" "$target/scripts"
cp -r dist/src "$target/dist/src"
cp -r cards pages patches package.json package-lock.json .npmrc "$target/"
cp scripts/apply-patches.mjs scripts/build-if-stale.mjs "$target/scripts/"
echo "stage-release: $target ready; next: cd $target && npm ci --omit=dev"
