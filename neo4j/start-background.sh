#!/usr/bin/env bash
# Starts neo4j/run.sh in the background and waits until Bolt is ready.
#   bash neo4j/start-background.sh     exit 0 once "NEO4J READY" is logged and the Bolt port
#                                      accepts TCP; non-zero (with the log tail) otherwise.
# Env: NEO4J_LOG (default neo4j/target/neo4j.log), NEO4J_PIDFILE (neo4j/target/neo4j.pid),
#      NEO4J_START_TIMEOUT seconds (180, not counting the Maven build), NEO4J_BOLT_PORT (7687),
#      plus everything run.sh reads.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LOG="${NEO4J_LOG:-$HERE/target/neo4j.log}"
PIDFILE="${NEO4J_PIDFILE:-$HERE/target/neo4j.pid}"
TIMEOUT="${NEO4J_START_TIMEOUT:-180}"
PORT="${NEO4J_BOLT_PORT:-7687}"
HOST="${NEO4J_BOLT_HOST:-127.0.0.1}"

mkdir -p "$(dirname "$LOG")" "$(dirname "$PIDFILE")"

ours() { # is $1 a live process started by run.sh (bash run.sh or the java launcher)?
  [[ -n "$1" && -r "/proc/$1/cmdline" ]] &&
    tr '\0' ' ' <"/proc/$1/cmdline" | grep -qE 'dev\.actornet\.neo4j\.Launcher|neo4j/run\.sh'
}
port_open() { (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; }
fail() {
  echo "neo4j/start-background.sh: $*" >&2
  if [[ -f "$LOG" ]]; then
    echo "---- last lines of $LOG ----" >&2
    tail -n 40 "$LOG" >&2
  fi
  exit 1
}

if [[ -f "$PIDFILE" ]] && ours "$(cat "$PIDFILE")"; then
  if port_open; then
    echo "Neo4j already running (pid $(cat "$PIDFILE")), bolt://$HOST:$PORT"
    exit 0
  fi
  fail "a launcher is already running (pid $(cat "$PIDFILE")) but bolt://$HOST:$PORT is closed; run neo4j/stop.sh"
fi
rm -f "$PIDFILE"
if port_open; then
  fail "port $HOST:$PORT is already in use by another process (set NEO4J_BOLT_PORT)"
fi

[[ -f "$LOG" ]] && mv -f "$LOG" "$LOG.1"
: >"$LOG"

# Build in the foreground first, so a cold Maven download does not eat the start timeout.
t0=$SECONDS
if ! bash "$HERE/run.sh" --build-only >>"$LOG" 2>&1; then
  fail "build failed (mvn -f neo4j/pom.xml package)"
fi
if ((SECONDS - t0 > 1)); then echo "neo4j: launcher built in $((SECONDS - t0)) s"; fi

# setsid: own session/process group, detached from the terminal; run.sh execs java, so the
# pid written here is the JVM's.
setsid bash "$HERE/run.sh" >>"$LOG" 2>&1 </dev/null &
PID=$!
echo "$PID" >"$PIDFILE"

t1=$SECONDS
while true; do
  if ! kill -0 "$PID" 2>/dev/null; then
    rm -f "$PIDFILE"
    fail "Neo4j exited during startup"
  fi
  if grep -q "^NEO4J READY bolt://" "$LOG" && port_open; then
    break
  fi
  if ((SECONDS - t1 >= TIMEOUT)); then
    kill -TERM "$PID" 2>/dev/null || true
    sleep 5
    kill -KILL "$PID" 2>/dev/null || true
    rm -f "$PIDFILE"
    fail "Neo4j not ready after ${TIMEOUT} s (NEO4J_START_TIMEOUT)"
  fi
  sleep 0.5
done
echo "neo4j: ready in $((SECONDS - t1)) s, pid $PID, bolt://$HOST:$PORT (log: $LOG)"
