#!/usr/bin/env bash
# Installs the runtimes the smoke suite (test/smoke/run.mjs) needs beyond Node: Debian's Chromium
# and Bun and Deno from the npm registry. Bun and Deno go to .tools/, outside the project's
# dependencies, so that `npm ci` stays lean for a newcomer who never runs the smoke suite.
# --ignore-scripts: their postinstall scripts only move the binary out of the platform package,
# which run.mjs reads directly; npm 11 would not run them unapproved anyway.
set -euo pipefail
cd "$(dirname "$0")/../.."

bun_version=1.4.5
deno_version=2.9.6

if [ -x /usr/bin/chromium ]; then
  echo "setup: chromium already at /usr/bin/chromium"
elif [ "$(id -u)" = 0 ]; then
  echo "setup: installing Debian's chromium"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "setup: chromium is missing and installing it needs root: sudo apt-get install -y chromium" >&2
  if [ -n "${CI:-}" ]; then exit 1; fi
fi

installed() { node -p "require('./.tools/node_modules/$1/package.json').version" 2>/dev/null || true; }
if [ "$(installed bun)" = "$bun_version" ] && [ "$(installed deno)" = "$deno_version" ]; then
  echo "setup: bun $bun_version and deno $deno_version already in .tools/"
else
  echo "setup: installing bun $bun_version and deno $deno_version into .tools/"
  npm install --prefix .tools --no-save --no-package-lock --no-audit --no-fund --ignore-scripts --silent \
    "bun@$bun_version" "deno@$deno_version"
fi
