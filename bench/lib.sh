#!/usr/bin/env bash
# Helpers shared by the benchmark scripts; sourced, never run. A script sets BENCH_TAG
# (the prefix of its messages) and the globals these use: ROOT, JAR, WORK, PLATFORM_PORTS,
# LAUNCHER_PID, WORKER_PID.

say() {
    printf '[%s %s] %s\n' "${BENCH_TAG:-bench}" "$(date +%H:%M:%S)" "$*" >&2
}

fail() {
    say "FAILED: $*"
    exit 1
}

now_ns() {
    date +%s%N
}

seconds_between() {
    awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'
}

stop_jvm() {
    local pid="$1" what="$2"
    if [[ -z "$pid" ]] || ! kill -0 "$pid" 2>/dev/null; then
        return
    fi
    say "stopping $what (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    local waited=0
    while kill -0 "$pid" 2>/dev/null && (( waited < 60 )); do
        sleep 0.5
        waited=$((waited + 1))
    done
    if kill -0 "$pid" 2>/dev/null; then
        say "$what did not stop within 30 s: killing it"
        kill -KILL "$pid" 2>/dev/null || true
    fi
}

json_field() {
    # A top-level string or number field of a small JSON document on stdin.
    python3 -c 'import json, sys
value = json.load(sys.stdin).get(sys.argv[1])
print("" if value is None else value)' "$1"
}

vm_status_kb() {
    awk -v key="$2:" '$1 == key { print $2 }' "/proc/$1/status"
}

ensure_jar() {
    if [[ -f "$JAR" ]]; then
        return
    fi
    say "no launcher jar: building the project (mvn -B -q clean install -DskipTests)"
    (cd "$ROOT" && mvn -B -q clean install -DskipTests)
    [[ -f "$JAR" ]] || fail "the build did not produce $JAR"
}

ensure_ports_free() {
    local port
    for port in "${PLATFORM_PORTS[@]}"; do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            fail "port $port on 127.0.0.1 is taken: is another launcher running?"
        fi
    done
}

# Stops the launcher (its shutdown hook stops the embedded servers), then makes sure the
# embedded PostgreSQL, a child process, is gone too even if the JVM had to be killed.
stop_platform() {
    local status=$?
    trap - EXIT INT TERM
    stop_jvm "$WORKER_PID" "the export worker"
    stop_jvm "$LAUNCHER_PID" "the launcher"
    local postmaster="$WORK/pg/postmaster.pid"
    if [[ -f "$postmaster" ]]; then
        local pg_pid
        pg_pid="$(head -n 1 "$postmaster")"
        if [[ -n "$pg_pid" ]] && kill -0 "$pg_pid" 2>/dev/null; then
            say "stopping the embedded PostgreSQL left behind (pid $pg_pid)"
            kill -INT "$pg_pid" 2>/dev/null || true
        fi
    fi
    if [[ "${BENCH_KEEP_FILES:-0}" != 1 && -d "$WORK" ]]; then
        rm -rf "$WORK"
    fi
    exit "$status"
}
