#!/usr/bin/env bash
# Stops a Neo4j started by neo4j/start-background.sh: SIGTERM, then waits for a clean shutdown
# (NEO4J_STOP_TIMEOUT seconds, default 60) before falling back to SIGKILL.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PIDFILE="${NEO4J_PIDFILE:-$HERE/target/neo4j.pid}"
LOG="${NEO4J_LOG:-$HERE/target/neo4j.log}"
TIMEOUT="${NEO4J_STOP_TIMEOUT:-60}"

ours() {
  [[ -n "$1" && -r "/proc/$1/cmdline" ]] &&
    tr '\0' ' ' <"/proc/$1/cmdline" | grep -qE 'dev\.actornet\.neo4j\.Launcher|neo4j/run\.sh'
}

PID="$(cat "$PIDFILE" 2>/dev/null || true)"
if ! ours "$PID"; then
  echo "neo4j: not running"
  rm -f "$PIDFILE"
  exit 0
fi

# start-background.sh runs it with setsid, so the pid is also its process group: signal the
# group so that a Maven build still in progress stops too.
if [[ "$(ps -o pgid= -p "$PID" | tr -d ' ')" == "$PID" ]]; then
  kill -TERM -- "-$PID" 2>/dev/null || true
else
  kill -TERM "$PID" 2>/dev/null || true
fi

t0=$SECONDS
while kill -0 "$PID" 2>/dev/null; do
  if ((SECONDS - t0 >= TIMEOUT)); then
    echo "neo4j: still running after ${TIMEOUT} s, sending SIGKILL" >&2
    kill -KILL "$PID" 2>/dev/null || true
    rm -f "$PIDFILE"
    exit 1
  fi
  sleep 0.2
done
rm -f "$PIDFILE"
if [[ -f "$LOG" ]] && grep -q '^\[neo4j-launcher\] stopped' "$LOG"; then
  echo "neo4j: stopped cleanly in $((SECONDS - t0)) s"
else
  echo "neo4j: stopped (pid $PID) in $((SECONDS - t0)) s"
fi
