#!/usr/bin/env bash
# Times a whole-base export of the 12 main fields through the platform's API against
# PostgreSQL's own COPY of the same columns, on the embedded platform, everything on 127.0.0.1.
#
# Usage: bench/export-vs-copy.sh [N]        (N contacts in the demo account, default 1000000)
#
# Environment:
#   BENCH_HEAP          max heap of the launcher JVM (-Xmx), default 256m
#   BENCH_JAVA_OPTS     more JVM options for the launcher
#   BENCH_READY_TIMEOUT seconds to wait for "Platform ready" (demo load included), default 3600
#   BENCH_EXPORT_TIMEOUT seconds to wait for the export to complete, default 1800
#   BENCH_PART_SIZE     contacts per export part (launcher --part-size), launcher's default if unset
#   BENCH_KEEP_FILES    1 to keep the work directory (database, file store) after the run
#   BENCH_JAR           the launcher jar, default launcher/target/contact-export-launcher.jar
#   BENCH_WORKER        "separate" to write the export in an export-service of its own JVM
#                       (heap BENCH_WORKER_HEAP, default 256m, port 8086) while the launcher
#                       runs everything else with its part writers stopped; default "embedded"
#   BENCH_LOADER_PATH   extra jars for the launcher (Spring Boot's loader.path), to try a fix of
#                       its classpath without rebuilding; runs it through PropertiesLauncher
#
# Then it exports a custom segment of about half the base (activity level below 3, do-not-track
# contacts left out, as every segment export does) and times COPY of the equivalent SQL.
#
# It ends with exactly two lines:
#   rows=… export_s=… copy_s=… ratio=… peak_rss_mb=… heap_max_mb=…
#   segment_rows=… segment_export_s=… segment_copy_s=… segment_ratio=…
# where ratio = export_s / copy_s, and peak_rss_mb and heap_max_mb are those of the JVM that
# wrote the whole-base file (the launcher, or the separate worker), the peak being its resident
# memory during that export (VmHWM, reset just before the export; see below).
set -euo pipefail

BENCH_TAG=bench
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

N="${1:-1000000}"
HEAP="${BENCH_HEAP:-256m}"
READY_TIMEOUT="${BENCH_READY_TIMEOUT:-3600}"
EXPORT_TIMEOUT="${BENCH_EXPORT_TIMEOUT:-1800}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${BENCH_JAR:-$ROOT/launcher/target/contact-export-launcher.jar}"
OUT="$ROOT/bench/out"
WORK="$OUT/run-$N"
LOG="$OUT/launcher-$N.log"
GC_LOG="$OUT/gc-$N.log"

EXPORT_URL="http://127.0.0.1:8083"
SEGMENT_URL="http://127.0.0.1:8082"
PG_PORT=15432
PLATFORM_PORTS=(8081 8082 8083 8084 8085 15432 19092 3025 3143 2222)
MAIN_COLUMNS="first_name, last_name, company, email, email_optin, email_status, mobile,
    sms_optin, mobile_status, created_at, updated_at, activity_level"

WORKER_MODE="${BENCH_WORKER:-embedded}"
WORKER_HEAP="${BENCH_WORKER_HEAP:-256m}"
WORKER_PORT=8086
WORKER_LOG="$OUT/worker-$N.log"

LAUNCHER_PID=""
WORKER_PID=""

find_psql() {
    if command -v psql >/dev/null 2>&1; then
        command -v psql
        return
    fi
    local candidate
    for candidate in /usr/lib/postgresql/*/bin/psql; do
        [[ -x "$candidate" ]] && { echo "$candidate"; return; }
    done
    fail "psql not found on the PATH nor under /usr/lib/postgresql/*/bin"
}

start_platform() {
    mkdir -p "$OUT"
    say "starting the launcher: $N contacts, heap -Xmx$HEAP, work dir $WORK"
    local launch=(-jar "$JAR")
    if [[ -n "${BENCH_LOADER_PATH:-}" ]]; then
        launch=(-Dloader.main=org.contactexport.launcher.Launcher "${LOADER[@]}")
    fi
    if [[ "$WORKER_MODE" == separate ]]; then
        # A system property reaches every service of the launcher; only export-service has
        # this binding, whose consumer then never starts: the separate worker takes all parts.
        launch=(-Dspring.cloud.stream.bindings.writeExportPart-in-0.consumer.auto-startup=false
            "${launch[@]}")
    fi
    # shellcheck disable=SC2086
    java -Xmx"$HEAP" -Xlog:gc:file="$GC_LOG" ${BENCH_JAVA_OPTS:-} "${launch[@]}" \
        --contacts="$N" --work-dir="$WORK" \
        ${BENCH_PART_SIZE:+--part-size=$BENCH_PART_SIZE} >"$LOG" 2>&1 &
    LAUNCHER_PID=$!

    local started waited=0
    started=$(now_ns)
    until grep -q "Platform ready" "$LOG"; do
        kill -0 "$LAUNCHER_PID" 2>/dev/null \
            || fail "the launcher exited before it was ready; see $LOG"
        # The JVM outlives a failed start while the servers' threads run: read the log too.
        if grep -q -E 'Exception in thread "main"|APPLICATION FAILED TO START' "$LOG"; then
            fail "the launcher failed to start; see $LOG"
        fi
        (( waited < READY_TIMEOUT * 2 )) \
            || fail "the platform was not ready within $READY_TIMEOUT s; see $LOG"
        sleep 0.5
        waited=$((waited + 1))
    done
    say "platform ready in $(seconds_between "$started" "$(now_ns)") s (demo load included)"
}

# An export-service alone in its own JVM, on the launcher's servers, with the same settings.
start_worker() {
    local secret="${PLATFORM_SECURITY_JWT_SECRET:-}"
    if [[ -z "$secret" ]]; then
        secret="$(grep -m 1 -o 'development secret "[^"]*"' "$LOG" | cut -d '"' -f 2)"
    fi
    say "starting a separate export worker: heap -Xmx$WORKER_HEAP, port $WORKER_PORT"
    java -Xmx"$WORKER_HEAP" -Xlog:gc:file="$OUT/gc-worker-$N.log" \
        -Dloader.main=org.contactexport.export.ExportServiceApplication "${LOADER[@]}" \
        --server.port="$WORKER_PORT" --server.address=127.0.0.1 \
        --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/exports" \
        --spring.datasource.username=postgres --spring.datasource.password= \
        --platform.security.jwt-secret="$secret" \
        --platform.file-store.root="$WORK/files" \
        --platform.contact-service.url=http://127.0.0.1:8081 \
        --platform.segment-service.url=http://127.0.0.1:8082 \
        --platform.delivery-service.public-url=http://127.0.0.1:8084 \
        ${BENCH_PART_SIZE:+--platform.export.part-size=$BENCH_PART_SIZE} \
        --spring.cloud.stream.kafka.binder.brokers=127.0.0.1:19092 \
        --spring.kafka.bootstrap-servers=127.0.0.1:19092 >"$WORKER_LOG" 2>&1 &
    WORKER_PID=$!

    local waited=0
    until curl -sf "http://127.0.0.1:$WORKER_PORT/actuator/health" >/dev/null 2>&1; do
        kill -0 "$WORKER_PID" 2>/dev/null || fail "the worker exited; see $WORKER_LOG"
        (( waited < 600 )) || fail "the worker was not up within 300 s; see $WORKER_LOG"
        sleep 0.5
        waited=$((waited + 1))
    done
    say "export worker up (pid $WORKER_PID)"
}

token_of_alice() {
    local token
    token="$(grep -m 1 -o 'token of alice ([^)]*): [^[:space:]]*' "$LOG" | sed 's/.*: //')"
    [[ -n "$token" ]] || fail "no token of alice in the banner; see $LOG"
    echo "$token"
}

psql_contacts() {
    "$PSQL" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d contacts "$@"
}

# Posts an export request and waits for its job; sets EXPORT_ID, EXPORT_S and JOB.
run_export() {
    local request="$1" answer status="" start end
    start=$(now_ns)
    answer="$(curl -sS --fail-with-body -X POST "$EXPORT_URL/api/v1/exports" \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$request")" \
        || fail "the export request was refused: $answer"
    EXPORT_ID="$(json_field id <<<"$answer")"
    [[ -n "$EXPORT_ID" ]] || fail "no export id in the answer: $answer"

    while true; do
        # grep rather than a JSON parser here: one poll every 100 ms should cost little.
        status="$(curl -sS "$EXPORT_URL/api/v1/exports/$EXPORT_ID" \
            -H "Authorization: Bearer $TOKEN" | grep -o '"status":"[A-Z]*"' | head -n 1 \
            | cut -d '"' -f 4)" || true
        [[ "$status" == COMPLETED || "$status" == FAILED ]] && break
        (( ($(now_ns) - start) / 1000000000 < EXPORT_TIMEOUT )) \
            || fail "export $EXPORT_ID not completed within $EXPORT_TIMEOUT s (last: $status)"
        sleep 0.1
    done
    end=$(now_ns)
    EXPORT_S="$(seconds_between "$start" "$end")"
    JOB="$(curl -sS "$EXPORT_URL/api/v1/exports/$EXPORT_ID" -H "Authorization: Bearer $TOKEN")"
    [[ "$status" == COMPLETED ]] \
        || fail "export $EXPORT_ID failed: $(json_field failureReason <<<"$JOB")"
}

# Runs a COPY of a query's rows to nowhere three times; prints the best time in seconds.
best_copy_s() {
    local sql="$1" best="" start took attempt
    for attempt in 1 2 3; do
        start=$(now_ns)
        psql_contacts -c "$sql" >/dev/null
        took="$(seconds_between "$start" "$(now_ns)")"
        say "  COPY run $attempt: $took s"
        if [[ -z "$best" ]] || awk -v a="$took" -v b="$best" 'BEGIN { exit !(a < b) }'; then
            best="$took"
        fi
    done
    echo "$best"
}

# --- run -------------------------------------------------------------------------------------

PSQL="$(find_psql)"
# The fat jar through PropertiesLauncher, with BENCH_LOADER_PATH's extra jars if any.
LOADER=(-cp "$JAR")
[[ -n "${BENCH_LOADER_PATH:-}" ]] && LOADER+=(-Dloader.path="$BENCH_LOADER_PATH")
LOADER+=(org.springframework.boot.loader.launch.PropertiesLauncher)
ensure_jar
ensure_ports_free
trap stop_platform EXIT INT TERM
start_platform
[[ "$WORKER_MODE" == separate ]] && start_worker
TOKEN="$(token_of_alice)" || fail "no token of alice in the banner; see $LOG"

BASE_ROWS="$(psql_contacts -A -t \
    -c "SELECT count(*) FROM contacts WHERE account_id = 'fleurs'")"
say "account fleurs holds $BASE_ROWS contacts"

WRITER_PID="$LAUNCHER_PID"
WRITER="launcher JVM"
WRITER_HEAP="$HEAP"
if [[ "$WORKER_MODE" == separate ]]; then
    WRITER_PID="$WORKER_PID"
    WRITER="worker JVM"
    WRITER_HEAP="$WORKER_HEAP"
fi
LOAD_PEAK_KB="$(vm_status_kb "$WRITER_PID" VmHWM)"
# Writing 5 to clear_refs resets VmHWM (Linux >= 4.0), so that the peak measured below is the
# export's, not the demo load's. Where that is refused the peak covers the process's whole life.
PEAK_SCOPE="export"
if ! echo 5 2>/dev/null >"/proc/$WRITER_PID/clear_refs"; then
    PEAK_SCOPE="whole run (VmHWM could not be reset)"
fi

say "exporting the whole base, 12 main fields, spreadsheet dialect"
run_export '{"name":"Benchmark '"$N"'","source":{"type":"ALL"},"fields":"MAIN",
"file":{"dialect":"spreadsheet"}}'
EXPORT_PEAK_KB="$(vm_status_kb "$WRITER_PID" VmHWM)"
EXPORT_S_WHOLE="$EXPORT_S"
say "export $EXPORT_ID completed in $EXPORT_S s"

FILE_NAME="$(json_field fileName <<<"$JOB")"
FILE="$WORK/files/fleurs/$EXPORT_ID/$FILE_NAME"
[[ -f "$FILE" ]] || fail "the export's file is not in the file store: $FILE"
FILE_BYTES="$(stat -c %s "$FILE")"
JOB_ROWS="$(json_field rows <<<"$JOB")"
FILE_ROWS="$("$ROOT/bench/count-csv-rows.py" "$FILE" ';')"
say "file $FILE: $FILE_BYTES bytes, $FILE_ROWS data rows (job says $JOB_ROWS)"
[[ "$FILE_ROWS" == "$BASE_ROWS" && "$JOB_ROWS" == "$BASE_ROWS" ]] \
    || fail "row counts differ: base $BASE_ROWS, job $JOB_ROWS, file $FILE_ROWS"

say "PostgreSQL COPY of the same 12 columns, best of 3"
COPY_SQL="COPY (SELECT $MAIN_COLUMNS FROM contacts WHERE account_id = 'fleurs' ORDER BY id)
    TO STDOUT WITH CSV"
COPY_S="$(best_copy_s "$COPY_SQL")"

HEAP_MAX_BYTES="$(jcmd "$WRITER_PID" VM.flags 2>/dev/null \
    | grep -o 'MaxHeapSize=[0-9]*' | head -n 1 | cut -d = -f 2 || true)"
if [[ -n "$HEAP_MAX_BYTES" ]]; then
    HEAP_MAX_MB=$((HEAP_MAX_BYTES / 1024 / 1024))
else
    HEAP_MAX_MB="$WRITER_HEAP"
fi
PEAK_RSS_MB=$((EXPORT_PEAK_KB / 1024))
RATIO="$(awk -v e="$EXPORT_S" -v c="$COPY_S" 'BEGIN { printf "%.2f", e / c }')"
EXPORT_RPS="$(awk -v r="$BASE_ROWS" -v s="$EXPORT_S" 'BEGIN { printf "%.0f", r / s }')"
COPY_RPS="$(awk -v r="$BASE_ROWS" -v s="$COPY_S" 'BEGIN { printf "%.0f", r / s }')"

echo
echo "rows                 $BASE_ROWS (file $FILE_BYTES bytes)"
echo "export (API, 12 main fields, spreadsheet)  $EXPORT_S s   $EXPORT_RPS rows/s"
echo "  server side, requested -> completed      $(json_field requestedAt <<<"$JOB")" \
    "-> $(json_field completedAt <<<"$JOB")"
echo "PostgreSQL COPY, best of 3                 $COPY_S s   $COPY_RPS rows/s"
echo "ratio export / COPY                        $RATIO"
echo "file written by                            $WRITER (pid $WRITER_PID)"
echo "$WRITER heap max                     $HEAP_MAX_MB MB (-Xmx$WRITER_HEAP)"
echo "$WRITER peak RSS before the export   $((LOAD_PEAK_KB / 1024)) MB"
echo "$WRITER peak RSS, scope: $PEAK_SCOPE   $PEAK_RSS_MB MB"
[[ "$WORKER_MODE" == separate ]] \
    && echo "launcher JVM (all else) heap max           -Xmx$HEAP"
echo "GC logs                                    $OUT/gc-*$N.log"

say "exporting a segment of about half the base: activity level below 3"
SEGMENT="$(curl -sS --fail-with-body -X POST "$SEGMENT_URL/api/v1/segments" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"name":"Benchmark: activité faible",
"criteria":{"field":"activity_level","op":"less","value":3}}')" \
    || fail "the segment was refused: $SEGMENT"
SEGMENT_ID="$(json_field id <<<"$SEGMENT")"
run_export '{"name":"Benchmark segment '"$N"'","source":{"type":"SEGMENT","id":"'"$SEGMENT_ID"'"},
"fields":"MAIN","file":{"dialect":"spreadsheet"}}'
SEGMENT_EXPORT_S="$EXPORT_S"
SEGMENT_WHERE="account_id = 'fleurs' AND activity_level < 3 AND NOT do_not_track"
SEGMENT_ROWS="$(psql_contacts -A -t -c "SELECT count(*) FROM contacts WHERE $SEGMENT_WHERE")"
SEGMENT_JOB_ROWS="$(json_field rows <<<"$JOB")"
[[ "$SEGMENT_JOB_ROWS" == "$SEGMENT_ROWS" ]] \
    || fail "segment rows differ: SQL $SEGMENT_ROWS, job $SEGMENT_JOB_ROWS"
say "segment export $EXPORT_ID: $SEGMENT_ROWS rows in $SEGMENT_EXPORT_S s"

say "PostgreSQL COPY of the segment's rows, best of 3"
SEGMENT_COPY_S="$(best_copy_s "COPY (SELECT $MAIN_COLUMNS FROM contacts WHERE $SEGMENT_WHERE
    ORDER BY id) TO STDOUT WITH CSV")"
SEGMENT_RATIO="$(awk -v e="$SEGMENT_EXPORT_S" -v c="$SEGMENT_COPY_S" \
    'BEGIN { printf "%.2f", e / c }')"
echo "segment export (activity level < 3)        $SEGMENT_EXPORT_S s for $SEGMENT_ROWS rows"
echo "PostgreSQL COPY of the segment, best of 3  $SEGMENT_COPY_S s"
echo "rows=$BASE_ROWS export_s=$EXPORT_S_WHOLE copy_s=$COPY_S ratio=$RATIO" \
    "peak_rss_mb=$PEAK_RSS_MB heap_max_mb=$HEAP_MAX_MB"
echo "segment_rows=$SEGMENT_ROWS segment_export_s=$SEGMENT_EXPORT_S" \
    "segment_copy_s=$SEGMENT_COPY_S segment_ratio=$SEGMENT_RATIO"
