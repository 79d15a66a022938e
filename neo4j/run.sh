#!/usr/bin/env bash
# Runs a local Neo4j Community 5.26 (embedded DBMS + Bolt) in the foreground.
# Development and tests only; see neo4j/README.md.
#
#   bash neo4j/run.sh               build if needed, then exec java (foreground)
#   bash neo4j/run.sh --build-only  only build (used by start-background.sh)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TARGET="$HERE/target"
JAR="$TARGET/neo4j-launcher.jar"
STAMP="$TARGET/.build-ok"

needs_build() {
  [[ -f "$STAMP" && -f "$JAR" && -d "$TARGET/lib" ]] || return 0
  # Rebuild when the pom or any source is newer than the last successful build.
  [[ -n "$(find "$HERE/pom.xml" "$HERE/src" -newer "$STAMP" -print -quit)" ]]
}

build() {
  command -v mvn >/dev/null || { echo "neo4j/run.sh: mvn (Maven) not found on PATH" >&2; exit 1; }
  mkdir -p "$TARGET"
  # Serialize concurrent builds (e.g. two shells starting Neo4j at once).
  exec 9>"$TARGET/.build.lock"
  flock 9
  if needs_build; then
    echo "neo4j/run.sh: building the launcher (mvn package; the first build downloads Neo4j from Maven Central)..." >&2
    # Drop target/lib only when the dependencies may have changed (a pom edit, a failed build),
    # so that a source-only rebuild does not pull jars from under a running instance.
    if [[ ! -f "$STAMP" || "$HERE/pom.xml" -nt "$STAMP" ]]; then rm -rf "$TARGET/lib"; fi
    rm -f "$STAMP"
    # (Debian's Maven prints stray ANSI resets even in batch mode: strip them.)
    mvn -q -B -Dstyle.color=never -f "$HERE/pom.xml" package 2>&1 | sed "s/\x1b\[[0-9;]*m//g" >&2
    touch "$STAMP"
  fi
  flock -u 9
  exec 9>&-
}

if needs_build; then build; fi
if [[ "${1:-}" == "--build-only" ]]; then exit 0; fi

export NEO4J_DATA_DIR="${NEO4J_DATA_DIR:-$HERE/data}"
HEAP="${NEO4J_HEAP:-1g}"

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# JVM flags follow the defaults shipped in Neo4j 5's neo4j.conf (minus the ones that only
# matter for big production heaps). Extra flags can be passed with NEO4J_JAVA_OPTS.
# shellcheck disable=SC2086
exec "$JAVA" \
  -Xms256m -Xmx"$HEAP" \
  -XX:+UseG1GC \
  -XX:-OmitStackTraceInFastThrow \
  -XX:+UnlockExperimentalVMOptions -XX:+TrustFinalNonStaticFields \
  -XX:+DisableExplicitGC \
  -Djdk.nio.maxCachedBufferSize=1024 \
  -Dio.netty.tryReflectionSetAccessible=true \
  -Dlog4j2.disable.jmx=true \
  --add-opens=java.base/java.nio=ALL-UNNAMED \
  --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  ${NEO4J_JAVA_OPTS:-} \
  -cp "$JAR:$TARGET/lib/*" \
  dev.actornet.neo4j.Launcher
