#!/usr/bin/env bash
# `npm run test:fresh-clone`: a newcomer's first two commands on a machine with Node 20 and Redis
# but nothing installed by hand. It clones this repository's committed HEAD into a temporary
# folder and runs `npm ci && npm test` there, with no system Chromium in reach (CHROMIUM_PATH
# unset, a private TMPDIR so no browser unpacked by an earlier run is reused; the tests never look
# at /usr/bin/chromium). It also fails if `npm ci` prints an EBADENGINE warning.
#
# Slow (a full install and the whole suite) and recursive (npm test inside a test), so it is not
# part of vitest's run: .ci/run calls it after the suite.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/fresh-clone.XXXXXX")"
trap 'rm -rf "$work"' EXIT

git clone --quiet --no-hardlinks "$root" "$work/repo"
cd "$work/repo"
echo "== fresh clone of $(git rev-parse --short HEAD) in $work/repo"

unset CHROMIUM_PATH VITEST_JSON_REPORT
export TMPDIR="$work/tmp"
mkdir -p "$TMPDIR"

npm ci --no-audit --no-fund 2>&1 | tee "$work/npm-ci.log"
if grep -q EBADENGINE "$work/npm-ci.log"; then
  echo "!! npm ci printed EBADENGINE warnings on $(node --version)"
  exit 1
fi

npm test

# The browser tests ran on the Chromium that npm ci brought, unpacked inside this clone.
if ! ls node_modules/.cache/sparticuz-chromium-*/.complete >/dev/null 2>&1; then
  echo "!! the browser tests did not use the Chromium from npm ci"
  exit 1
fi
echo "== fresh clone: npm ci && npm test passed"
