#!/usr/bin/env bash
# Runs the whole Backorder Manager on this machine: PostgreSQL, a real Kafka broker, the four
# services and the demo data (see infra/devstack). Builds first whatever is missing or older than
# its sources. Ctrl-C stops everything it started.
#
# Usage: ./run.sh [--no-demo] [--run-dir DIR] [--port-offset N]      (./run.sh --help for more)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
devstack_jar="$repo/infra/devstack/target/devstack.jar"

fail() {
  echo "run.sh: $*" >&2
  exit 1
}

# 1. the tools
command -v java >/dev/null || fail "needs 'java' (a JDK 17 or later) on the PATH"
command -v mvn >/dev/null || fail "needs 'mvn' (Maven 3.8 or later) on the PATH"
java_major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
[[ "${java_major%%.*}" =~ ^[0-9]+$ && "${java_major%%.*}" -ge 17 ]] \
  || fail "needs Java 17 or later; 'java' on the PATH is ${java_major:-unknown}"

# 2. build what is missing or out of date (as bench.sh and faults.sh do); --help needs only the devstack jar
# shellcheck source=infra/scripts/build-if-stale.sh
source "$repo/infra/scripts/build-if-stale.sh"
wants_help=false
for arg in "$@"; do
  [[ "$arg" == "--help" || "$arg" == "-h" ]] && wants_help=true
done
if ! { $wants_help && [[ -f "$devstack_jar" ]]; }; then
  build_if_stale "$devstack_jar"
fi

# 3. run the stack in this process (so that Ctrl-C reaches it)
exec java -Dbackorder.repo.root="$repo" -jar "$devstack_jar" "$@"
