#!/usr/bin/env bash
# Runs issue 8's fault runs (infra/faults): each scenario on a fresh stack under infra/faults/target/fault-runs/,
# with load, a fault in the middle (kill -9, a broker or database restart, duplicates, a consumer group reset, poison,
# a rebalance, racing commands) and the conservation audit at the end. Builds first whatever is missing or older than
# its sources. Exits 1 if any audit found a discrepancy.
#
# Usage: ./faults.sh [--scenario NAMES|all] [--receipts N] …      (./faults.sh --help for more)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
faults_jar="$repo/infra/faults/target/faults.jar"

fail() {
  echo "faults.sh: $*" >&2
  exit 1
}

# shellcheck source=infra/scripts/build-if-stale.sh
source "$repo/infra/scripts/build-if-stale.sh"

# build what is missing or out of date: the fault runs, and the services they start
build_if_stale "$faults_jar"

exec env FAULTS_GIT_COMMIT="$(commit_of_work_tree)" java -Dbackorder.repo.root="$repo" -jar "$faults_jar" "$@"
