#!/usr/bin/env bash
# Runs issue 7's benchmark (infra/bench): starts a fresh stack per scenario under infra/bench/target/bench-runs/,
# drives it with storefront and scanner load, and prints a markdown table (the JSON report goes beside it). Builds
# first whatever is missing or older than its sources. Nothing is asserted: figures are reported against the goals.
#
# Usage: ./bench.sh [--scenario mixed|hot-item|fill|rebuild|all] [--orders N] …      (./bench.sh --help for more)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bench_jar="$repo/infra/bench/target/bench.jar"

fail() {
  echo "bench.sh: $*" >&2
  exit 1
}

# shellcheck source=infra/scripts/build-if-stale.sh
source "$repo/infra/scripts/build-if-stale.sh"

# build what is missing or out of date: the bench, and the services it starts
build_if_stale "$bench_jar"

# the commit the figures belong to, with a mark if the work tree differs from it (the bench itself aside)
commit="$(commit_of_work_tree ':!infra/bench')"

# the load generator's JIT compilers yield to the stack it measures, as the services' own do (devstack's
# ServiceProcess): in the paced run they took a fifth of a core at full priority (2026-12-01)
exec env BENCH_GIT_COMMIT="$commit" java -XX:ThreadPriorityPolicy=1 -XX:CompilerThreadPriority=19 \
  -Dbackorder.repo.root="$repo" -jar "$bench_jar" "$@"
