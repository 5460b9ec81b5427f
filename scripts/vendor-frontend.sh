#!/usr/bin/env bash
# Re-vendors the front-end libraries from npm into src/Linda.Web/wwwroot/lib (no CDN at run time).
# The versions are pinned here and recorded in wwwroot/lib/VERSIONS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
lib=src/Linda.Web/wwwroot/lib
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

vendor() { # package version files...
  local package=$1 version=$2; shift 2
  (cd "$work" && npm pack --silent "$package@$version" >/dev/null && mkdir -p "$package" && tar xzf "$package-$version.tgz" -C "$package")
  local target=$lib/${package%-dist}
  rm -rf "$target" && mkdir -p "$target"
  for f in "$@"; do cp "$work/$package/package/$f" "$target/"; done
}

vendor swagger-ui-dist 5.35.0 swagger-ui-bundle.js swagger-ui.css LICENSE NOTICE
