#!/usr/bin/env bash
# End-to-end latency at a steady 1,000 events/s: the generator lands a 100-event file every 100 ms while
# `ingest stream` runs with its default trigger into a fresh database. A file's latency is from its landing (its
# modification time, as the stream records it in the file's row of ingested_files) to the commit of the batch
# that holds it (committed_at in the ledger, ingestion_batches). Files landed during the warm-up are left out.
# Prints p50/p95/p99/max over the files, and the batches' count and sizes.
#
# Files hold a tenth of a second's events (100 at 1,000 events/s).
#
# With --spark-durations, also prints the median of Spark's own per-batch durations (listing, planning, offset and
# commit logs) from the stream's DEBUG progress lines. With --watch, the steady-state view: every minute the stream's
# heap (used, and the old generation's share), the files in the landing folder and the checkpoint's size, and at the
# end the latency percentiles per 5-minute window. The issue's steady-state run:
#   bench/latency.sh --rate 5000 --duration 1800 --archive --watch
#
# Usage: bench/latency.sh [--duration SECONDS] [--warmup SECONDS] [--rate N] [--trigger DURATION] [--archive]
#                         [--spark-durations] [--watch]
#        (defaults: 300 s measured after 30 s of warm-up, 1000 events/s, the stream's default trigger, no archive)
# Env:   POSTGRES_HOST [POSTGRES_PORT POSTGRES_USER POSTGRES_PASSWORD] to use a server (the user must be allowed to
#        create databases); otherwise the embedded PostgreSQL. SCRATCH (default /tmp/ingest-bench-latency).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

DURATION=300
WARMUP=30
RATE=1000
TRIGGER=()
ARCHIVE=()
JAVA_FLAGS=()
WATCH=0
while (($#)); do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --rate) RATE="$2"; shift 2 ;;
    --trigger) TRIGGER=(--trigger "$2"); shift 2 ;;
    --archive) ARCHIVE=(--archive-dir ARCHIVE); shift ;;
    --spark-durations) JAVA_FLAGS=(-Dlog4j2.configurationFile=SPARK_DURATIONS); shift ;;
    --watch) WATCH=1; shift ;;
    *) echo "usage: bench/latency.sh [--duration SECONDS] [--warmup SECONDS] [--rate N] [--trigger DURATION] [--archive] [--spark-durations] [--watch]" >&2
       exit 2 ;;
  esac
done
SCRATCH="${SCRATCH:-/tmp/ingest-bench-latency}"
WORK="$SCRATCH/run"
STREAM_PID=""
WATCH_PID=""
EVENTS_PER_FILE=$(( RATE / 10 > 0 ? RATE / 10 : 1 ))
stop_stream() {
  if [[ -n "$STREAM_PID" ]]; then
    kill -TERM "$STREAM_PID" 2>/dev/null || true
    wait "$STREAM_PID" 2>/dev/null || true
    STREAM_PID=""
  fi
}
trap 'stop_watch; stop_stream; stop_database' EXIT

# Every minute: seconds since start, the stream's heap (jstat: used, old generation used), landing folder, checkpoint.
watch_stream() {
  local jstat started
  jstat="$(dirname "$(readlink -f "$(command -v java)")")/jstat"
  started=$(date +%s)
  printf '%8s %12s %12s %14s %16s\n' "second" "heap MB" "old gen MB" "landing files" "checkpoint KB"
  while kill -0 "$STREAM_PID" 2>/dev/null; do
    "$jstat" -gc "$STREAM_PID" 2>/dev/null | awk -v t=$(($(date +%s) - started)) \
        -v landing="$(find "$WORK/raw" -maxdepth 1 -name '*.csv' | wc -l)" -v cp="$(du -sk "$WORK/checkpoint" | cut -f1)" \
        'NR == 1 {for (i = 1; i <= NF; i++) col[$i] = i}
         NR == 2 {used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"];
                  printf "%8d %12.0f %12.0f %14d %16d\n", t, used / 1024, $col["OU"] / 1024, landing, cp}'
    sleep 60
  done
}
stop_watch() {
  if [[ -n "$WATCH_PID" ]]; then
    kill "$WATCH_PID" 2>/dev/null || true
    wait "$WATCH_PID" 2>/dev/null || true
    WATCH_PID=""
  fi
}

ensure_jar
rm -rf "$WORK" && mkdir -p "$WORK/raw"
if ((${#ARCHIVE[@]})); then
  ARCHIVE=(--archive-dir "$WORK/archive")
fi
if ((${#JAVA_FLAGS[@]})); then
  # The jar's own logging configuration, plus its progress listener at DEBUG.
  unzip -p "$JAR" log4j2.properties >"$WORK/log4j2.properties"
  printf '%s\n' "logger.progress.name = dev.ingest.adapter.spark.SparkProgressLog" "logger.progress.level = debug" \
    >>"$WORK/log4j2.properties"
  JAVA_FLAGS=("-Dlog4j2.configurationFile=$WORK/log4j2.properties")
fi
start_database
ensure_class_archive
fresh_database bench_latency
echo "$(machine_line)"
echo "server:  $SERVER_LABEL, $SERVER_VERSION"
echo "scenario: $RATE events/s, $EVENTS_PER_FILE-event files every 100 ms, ${WARMUP} s warm-up + ${DURATION} s measured," \
     "trigger ${TRIGGER[1]:-default}${ARCHIVE[1]:+, archive}"
echo "load average at start: $(load_average)"

INGEST_JAVA_OPTS="${JAVA_FLAGS[*]}" "$INGEST" stream --input "$WORK/raw" --error-dir "$WORK/error" \
    --checkpoint "$WORK/checkpoint" --metrics-log "$WORK/metrics.log" --no-ui \
    --jdbc-url "$(jdbc_url bench_latency)" --db-user "$PGUSER" "${TRIGGER[@]}" "${ARCHIVE[@]}" >"$WORK/stream.log" 2>&1 &
STREAM_PID=$!
# The stream prints its first line once the query has started.
until grep -q '^Streaming' "$WORK/stream.log" 2>/dev/null; do
  kill -0 "$STREAM_PID" 2>/dev/null || { echo "the stream did not start; see $WORK/stream.log" >&2; exit 1; }
  sleep 0.5
done

measured_from_ms=$(( $(date +%s%3N) + WARMUP * 1000 ))
if ((WATCH)); then
  watch_stream >"$WORK/watch.txt" &
  WATCH_PID=$!
fi
java -jar "$JAR" generate --output "$WORK/raw" --events-per-second "$RATE" --events-per-file "$EVENTS_PER_FILE" \
    --file-interval 100ms --duration "$((WARMUP + DURATION))" --seed 7 >"$WORK/generate.log" 2>&1
generated=$(sed -n 's/.* wrote \([0-9]*\) events .*/\1/p' "$WORK/generate.log")
stop_watch
if ((WATCH)); then
  cat "$WORK/watch.txt"
fi
echo "load average after generating: $(load_average)"

# Let the stream catch up with the last files, then stop it.
for ((waited = 0; waited < 120; waited++)); do
  accounted=$(psql -d bench_latency -Atc 'SELECT coalesce(sum(records_in), 0) FROM ingestion_batches')
  [[ "$accounted" == "$generated" ]] && break
  sleep 1
done
stop_stream
if [[ "$accounted" != "$generated" ]]; then
  echo "only $accounted of $generated events were committed within 2 minutes; see $WORK/stream.log" >&2
  exit 1
fi

# batch id -> commit time (ms); then each file, its landing time (ms) and its batch id from the per-file rows.
psql -d bench_latency -AtF' ' -c \
  "SELECT batch_id, round(extract(epoch FROM committed_at) * 1000) FROM ingestion_batches" >"$WORK/commits.txt"
psql -d bench_latency -AtF' ' -c \
  "SELECT source_file, round(extract(epoch FROM landed_at) * 1000), batch_id FROM ingested_files" \
  | sort -u >"$WORK/files.txt"
awk -v from="$measured_from_ms" 'NR == FNR {committed[$1] = $2; next}
  $2 >= from && ($3 in committed) {print committed[$3] - $2}' "$WORK/commits.txt" "$WORK/files.txt" \
  | sort -n >"$WORK/latencies.txt"

files=$(wc -l <"$WORK/latencies.txt")
if ((files == 0)); then
  echo "no file landed after the warm-up; see $WORK" >&2
  exit 1
fi
percentile() {
  awk -v p="$1" -v n="$files" 'NR == int((p * n + 99) / 100) {print; exit}' "$WORK/latencies.txt"
}
batches=$(psql -d bench_latency -Atc 'SELECT count(*) FROM ingestion_batches')
echo
echo "events: $generated generated, $accounted committed in $batches batches ($(awk -v g="$generated" -v b="$batches" 'BEGIN {printf "%.0f", g / b}') events per batch)"
printf '%-34s %8s %8s %8s %8s\n' "latency, landing -> commit (ms)" p50 p95 p99 max
printf '%-34s %8s %8s %8s %8s\n' "$files files after warm-up" "$(percentile 50)" "$(percentile 95)" \
    "$(percentile 99)" "$(tail -1 "$WORK/latencies.txt")"
if ((${#JAVA_FLAGS[@]})); then
  # "batch 12: 300 rows, Spark durations in ms {addBatch=52, commitOffsets=9, ...}", batches after the warm-up only.
  first_measured=$(awk -v from="$measured_from_ms" '$2 >= from {print $3}' "$WORK/files.txt" | sort -n | head -1)
  echo "Spark's per-batch durations, median over the batches after the warm-up (ms):"
  sed -n 's/.*batch \([0-9]*\): .*durations in ms {\(.*\)}.*/\1 \2/p' "$WORK/stream.log" \
    | awk -v first="${first_measured:-0}" '$1 >= first {for (i = 2; i <= NF; i++) {split($i, kv, "="); sub(/,/, "", kv[2]); print kv[1], kv[2]}}' \
    | sort -k1,1 -k2,2n \
    | awk 'function flush() {if (n) printf "  %-18s %6d\n", key, v[int((n + 1) / 2)]}
           $1 != key {flush(); key = $1; n = 0} {v[++n] = $2} END {flush()}'
fi
if ((WATCH)); then
  echo "per 5-minute window after the warm-up (ms):"
  awk -v from="$measured_from_ms" 'NR == FNR {committed[$1] = $2; next}
    $2 >= from && ($3 in committed) {print int(($2 - from) / 300000), committed[$3] - $2}' \
      "$WORK/commits.txt" "$WORK/files.txt" | sort -k1,1n -k2,2n \
    | awk 'function flush() {if (n) printf "  minutes %3d-%-3d %6d files  p50 %5d  p99 %5d  max %5d\n",
             w * 5, w * 5 + 5, n, v[int((n * 50 + 99) / 100)], v[int((n * 99 + 99) / 100)], v[n]}
           $1 != w {flush(); w = $1; n = 0} {v[++n] = $2} END {flush()}'
fi
echo "load average at end: $(load_average)"
drop_database bench_latency
