# Sourced by bench.sh and faults.sh, which start stacks of their own: checks the tools, and builds the repository
# when their jar or a service's is missing or older than any source or pom (`mvn -B -q -DskipTests package`: package,
# not install, so the reactor resolves the modules from each other and nothing goes into ~/.m2). Needs $repo (the
# repository root) and a fail() function.
#
# Usage: build_if_stale "$repo/infra/bench/target/bench.jar"

build_if_stale() {
  command -v java >/dev/null || fail "needs 'java' (a JDK 17 or later) on the PATH"
  command -v mvn >/dev/null || fail "needs 'mvn' (Maven 3.8 or later) on the PATH"
  local artifacts=("$1") build_reason="" artifact oldest newer service
  for service in order-service inventory-service purchasing-service reporting-service; do
    artifacts+=("$repo/$service/target/quarkus-app/quarkus-run.jar")
  done
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
    echo "Building first ($build_reason): mvn -B -q -DskipTests package; this takes a few minutes …"
    (cd "$repo" && mvn -B -q -DskipTests package) || fail "the build failed; see Maven's output above"
  fi
  return 0
}

# The commit figures belong to, with "+changes" if the work tree differs from it (paths after -- are left out).
commit_of_work_tree() {
  local commit="unknown"
  if command -v git >/dev/null && git -C "$repo" rev-parse --short HEAD >/dev/null 2>&1; then
    commit="$(git -C "$repo" rev-parse --short HEAD)"
    git -C "$repo" diff --quiet HEAD -- . "$@" 2>/dev/null || commit="$commit+changes"
  fi
  echo "$commit"
}
