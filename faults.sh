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
services=(order-service inventory-service purchasing-service reporting-service)

fail() {
  echo "faults.sh: $*" >&2
  exit 1
}

command -v java >/dev/null || fail "needs 'java' (a JDK 17 or later) on the PATH"
command -v mvn >/dev/null || fail "needs 'mvn' (Maven 3.8 or later) on the PATH"

# build what is missing or out of date: the fault runs, and the services they start
artifacts=("$faults_jar")
for service in "${services[@]}"; do
  artifacts+=("$repo/$service/target/quarkus-app/quarkus-run.jar")
done
build_reason=""
for artifact in "${artifacts[@]}"; do
  if [[ ! -f "$artifact" ]]; then
    build_reason="${artifact#"$repo"/} is missing"
    break
  fi
done
if [[ -z "$build_reason" ]]; then
  oldest="${artifacts[0]}"
  for artifact in "${artifacts[@]}"; do
    [[ "$artifact" -ot "$oldest" ]] && oldest="$artifact"
  done
  newer="$(find "$repo" \( -name target -o -name .run -o -name .git -o -name node_modules \) -prune \
             -o -type f \( -path '*/src/main/*' -o -name pom.xml \) -newer "$oldest" -print -quit)"
  [[ -n "$newer" ]] && build_reason="${newer#"$repo"/} changed since the last build"
fi
if [[ -n "$build_reason" ]]; then
  # package, not install: the reactor resolves the modules from each other, nothing goes into ~/.m2
  echo "Building first ($build_reason): mvn -B -q -DskipTests package; this takes a few minutes …"
  (cd "$repo" && mvn -B -q -DskipTests package) || fail "the build failed; see Maven's output above"
fi

# the commit the figures belong to, with a mark if the work tree differs from it
commit="unknown"
if command -v git >/dev/null && git -C "$repo" rev-parse --short HEAD >/dev/null 2>&1; then
  commit="$(git -C "$repo" rev-parse --short HEAD)"
  git -C "$repo" diff --quiet HEAD 2>/dev/null || commit="$commit+changes"
fi

exec env FAULTS_GIT_COMMIT="$commit" java -Dbackorder.repo.root="$repo" -jar "$faults_jar" "$@"
