#!/usr/bin/env bash
# Installs what the benchmark peers need, from the registries this project uses:
#   - python3-pandas (Debian) for peer_pandas.py, GNU time for peak memory;
#   - DuckDB for peer_duckdb.mjs: the npm package @duckdb/node-api, whose platform package
#     @duckdb/node-bindings-linux-x64 ships libduckdb.so inside the registry tarball, into
#     tests/bench/.peer/ (ignored by git). The older npm package `duckdb` is not used: its
#     install step downloads the binary from a host outside the npm registry.
# Every step is best effort: a peer that cannot be installed shows as n/a in suite.sh.
# Usage: tests/bench/install_peers.sh [--no-apt]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
peer_dir=${PEER_DIR:-$here/.peer}
duckdb_version=${DUCKDB_NODE_API_VERSION:-1.5.6-r.1}

if [ "${1:-}" != "--no-apt" ]; then
  missing=()
  wanted=(python3-pandas time)
  # A node from elsewhere (say NodeSource) brings its own npm: then leave it alone.
  command -v node >/dev/null && command -v npm >/dev/null || wanted+=(nodejs npm)
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "install_peers: apt-get install ${missing[*]}" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"; } >&2 || echo "install_peers: apt-get failed" >&2
  fi
fi

if ! command -v npm >/dev/null; then
  echo "install_peers: no npm; the DuckDB peer will be n/a" >&2
  exit 0
fi
if [ -f "$peer_dir/node_modules/@duckdb/node-api/package.json" ]; then
  exit 0
fi
mkdir -p "$peer_dir"
[ -f "$peer_dir/package.json" ] || echo '{"name": "chainrisk-bench-peers", "private": true}' >"$peer_dir/package.json"
echo "install_peers: npm install @duckdb/node-api@$duckdb_version into $peer_dir" >&2
(cd "$peer_dir" && npm install --no-audit --no-fund --loglevel=error "@duckdb/node-api@$duckdb_version") >&2 ||
  echo "install_peers: npm install failed; the DuckDB peer will be n/a" >&2
exit 0
