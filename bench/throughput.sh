#!/usr/bin/env bash
# Throughput of the pipeline against its two references, measured side by side in one run on the same server:
#   copy    psql \copy of the files straight into a fresh user_events (the table `ingest migrate` creates, indexes
#           and all): no validation, no dedup, no exactly-once — the physical reference;
#   stream  `bin/ingest stream --available-now` into a fresh database, fresh checkpoint, from process start to exit
#           (Spark start-up and the schema migration included), with the launcher's class-data archive;
#   jar     the same with `java -jar bootstrap/target/ingest.jar`, without the archive;
#   jdbc    the prototype's way: Spark's CSV stream and JDBC append (bench/JdbcAppendBaseline.java), plain java;
#   pgloader  Debian's pgloader (what a user would pick for CSV -> PostgreSQL with rejects): 2 workers, 25,000-row
#           batches, into the same table; left out, with a note, when pgloader is not installed.
# Each is run ROUNDS times, alternating, over the same 1,000,000 events (100 files of 10,000, seed 7); every run
# must end with exactly 1,000,000 rows. Prints each run and a table of medians and ratios, and where the CPU went:
# the client's user and system seconds (GNU time, Debian's `time`) and the PostgreSQL server's (its processes' CPU
# time from /proc, so the server must run on this machine).
#
# Usage: bench/throughput.sh [--rounds N] [--max-files-per-trigger N] [--count N]
# Env:   POSTGRES_HOST [POSTGRES_PORT POSTGRES_USER POSTGRES_PASSWORD] to use a server (the user must be allowed to
#        create databases); otherwise the embedded PostgreSQL. SCRATCH (default /tmp/ingest-bench-throughput).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

ROUNDS=3
# The stream's own default.
MAX_FILES=10
COUNT=1000000
EVENTS_PER_FILE=10000
while (($#)); do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    --max-files-per-trigger) MAX_FILES="$2"; shift 2 ;;
    --count) COUNT="$2"; shift 2 ;;
    *) echo "usage: bench/throughput.sh [--rounds N] [--max-files-per-trigger N] [--count N]" >&2; exit 2 ;;
  esac
done
SCRATCH="${SCRATCH:-/tmp/ingest-bench-throughput}"
DATA="$SCRATCH/events-$COUNT"
mkdir -p "$SCRATCH"
trap 'stop_database' EXIT

ensure_jar
generated "$DATA" "$COUNT" "$EVENTS_PER_FILE" 7 2025-03-01T00:00:00Z
FILES=$(find "$DATA" -name '*.csv' | wc -l)
COPY_SCRIPT="$SCRATCH/copy.sql"
find "$DATA" -name '*.csv' | sort | while read -r file; do
  echo "\\copy user_events (event_id, user_id, product_id, product_name, category, price, event_type, event_timestamp) FROM '$file' WITH (FORMAT csv, HEADER true)"
done >"$COPY_SCRIPT"

start_database
if [[ -z "${POSTGRES_HOST:-}" ]]; then
  # Each run's server CPU is its own load only: autovacuum would process one run's table during the next run.
  psql -d postgres -q -c 'ALTER SYSTEM SET autovacuum = off' -c 'SELECT pg_reload_conf()' >/dev/null
  AUTOVACUUM="off (the benchmark's own server)"
else
  AUTOVACUUM="as the server has it"
fi
ensure_class_archive
echo "$(machine_line)"
echo "server:  $SERVER_LABEL, $SERVER_VERSION; $COUNT events in $FILES files; stream --max-files-per-trigger $MAX_FILES"
echo "autovacuum: $AUTOVACUUM; load average at start: $(load_average)"
echo

# Runs the command given, prints its wall-clock seconds; fails unless the database then holds COUNT events. Leaves
# "client-user client-system server" CPU seconds of the run in $SCRATCH/cpu.
timed() {
  local database="$1" log="$2"
  shift 2
  # Start each run with no dirty pages left by the previous one (needs superuser or pg_checkpoint; else skipped).
  psql -d postgres -q -c 'CHECKPOINT' 2>/dev/null || true
  sync
  local start end rows server_before server_after
  server_before=$(server_cpu_seconds)
  start=$(date +%s.%N)
  if ! /usr/bin/time -o "$SCRATCH/client-cpu" -f '%U %S' "$@" >"$log" 2>&1; then
    echo "run failed; see $log" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  server_after=$(server_cpu_seconds)
  echo "$(tail -1 "$SCRATCH/client-cpu") $(awk -v a="$server_before" -v b="$server_after" 'BEGIN {printf "%.2f", b - a}')" \
      >"$SCRATCH/cpu"
  rows=$(psql -d "$database" -Atc 'SELECT count(*) FROM user_events')
  if [[ "$rows" != "$COUNT" ]]; then
    echo "run ended with $rows rows instead of $COUNT; see $log" >&2
    exit 1
  fi
  awk -v s="$start" -v e="$end" 'BEGIN {printf "%.2f", e - s}'
}

run_copy() {
  fresh_database bench_copy schema
  timed bench_copy "$SCRATCH/copy.log" psql -d bench_copy -q -v ON_ERROR_STOP=1 -f "$COPY_SCRIPT"
  drop_database bench_copy
}

# Streams the data set with the launcher given (bin/ingest, or java -jar).
run_stream() {
  local work="$SCRATCH/stream"
  rm -rf "$work" && mkdir -p "$work"
  fresh_database bench_stream
  timed bench_stream "$SCRATCH/stream.log" "$@" stream --input="$DATA" --error-dir="$work/error" \
      --checkpoint="$work/checkpoint" --metrics-log="$work/metrics.log" --available-now --no-ui \
      --max-files-per-trigger="$MAX_FILES" --jdbc-url="$(jdbc_url bench_stream)" --db-user="$PGUSER"
  drop_database bench_stream
}

run_jdbc() {
  local work="$SCRATCH/jdbc"
  rm -rf "$work" && mkdir -p "$work"
  fresh_database bench_jdbc schema
  # The prototype's 10 files per trigger.
  timed bench_jdbc "$SCRATCH/jdbc.log" java "${SPARK_OPENS[@]}" -cp "$LIB" bench/JdbcAppendBaseline.java "$DATA" \
      "$work/checkpoint" "$(jdbc_url bench_jdbc)" "$PGUSER" 10
  drop_database bench_jdbc
}

# pgloader reads every file of the folder; the columns by position, the header line skipped.
run_pgloader() {
  fresh_database bench_pgloader schema
  cat >"$SCRATCH/load.pgl" <<LOAD
LOAD CSV
     FROM ALL FILENAMES MATCHING ~/[.]csv\$/ IN DIRECTORY '$DATA'
          (event_id, user_id, product_id, product_name, category, price, event_type, event_timestamp)
     INTO postgresql://$PGUSER@$PGHOST:$PGPORT/bench_pgloader
          TARGET TABLE user_events
          (event_id, user_id, product_id, product_name, category, price, event_type, event_timestamp)
     WITH skip header = 1, fields optionally enclosed by '"', fields escaped by double-quote,
          fields terminated by ',', workers = 2, batch rows = 25000;
LOAD
  timed bench_pgloader "$SCRATCH/pgloader.log" pgloader --no-ssl-cert-verification --root-dir "$SCRATCH/pgloader" \
      "$SCRATCH/load.pgl"
  drop_database bench_pgloader
}
PGLOADER=$(command -v pgloader || true)

declare -a copy_s stream_s jar_s jdbc_s pgloader_s copy_cpu stream_cpu jar_cpu jdbc_cpu pgloader_cpu
for ((round = 1; round <= ROUNDS; round++)); do
  copy_s+=("$(run_copy)");                   copy_cpu+=("$(cat "$SCRATCH/cpu")")
  echo "round $round  copy      ${copy_s[-1]} s   (cpu client user/sys, server: ${copy_cpu[-1]}; load $(load_average))"
  stream_s+=("$(run_stream "$INGEST")");     stream_cpu+=("$(cat "$SCRATCH/cpu")")
  echo "round $round  stream    ${stream_s[-1]} s   (cpu ${stream_cpu[-1]}; load $(load_average))"
  jar_s+=("$(run_stream java -jar "$JAR")"); jar_cpu+=("$(cat "$SCRATCH/cpu")")
  echo "round $round  jar       ${jar_s[-1]} s   (cpu ${jar_cpu[-1]}; load $(load_average))"
  jdbc_s+=("$(run_jdbc)");                   jdbc_cpu+=("$(cat "$SCRATCH/cpu")")
  echo "round $round  jdbc      ${jdbc_s[-1]} s   (cpu ${jdbc_cpu[-1]}; load $(load_average))"
  if [[ -n "$PGLOADER" ]]; then
    pgloader_s+=("$(run_pgloader)");         pgloader_cpu+=("$(cat "$SCRATCH/cpu")")
    echo "round $round  pgloader  ${pgloader_s[-1]} s   (cpu ${pgloader_cpu[-1]}; load $(load_average))"
  fi
done

copy_m=$(median "${copy_s[@]}")
stream_m=$(median "${stream_s[@]}")
jar_m=$(median "${jar_s[@]}")
jdbc_m=$(median "${jdbc_s[@]}")
echo
printf '%-40s %10s %12s %10s %10s\n' "method ($COUNT events, $ROUNDS runs each)" "median s" "events/s" "vs copy" "vs jdbc"
row() {
  awk -v name="$1" -v s="$2" -v n="$COUNT" -v copy="$copy_m" -v jdbc="$jdbc_m" \
    'BEGIN {printf "%-40s %10.2f %12.0f %9.2fx %9.2fx\n", name, s, n / s, copy / s, jdbc / s}'
}
row "psql \\copy (no validation, no dedup)" "$copy_m"
row "bin/ingest stream --available-now" "$stream_m"
row "java -jar ingest.jar stream (no archive)" "$jar_m"
row "Spark JDBC append (prototype)" "$jdbc_m"
if [[ -n "$PGLOADER" ]]; then
  row "pgloader (2 workers, 25,000-row batches)" "$(median "${pgloader_s[@]}")"
else
  echo "(pgloader not installed: apt-get install pgloader to measure it too)"
fi
echo
echo "CPU seconds, median per method: client user, client system, PostgreSQL server (all its processes)"
cpu_row() {
  local name="$1"
  shift
  printf '%-40s %8s %8s %8s\n' "$name" "$(median $(printf '%s\n' "$@" | cut -d' ' -f1))" \
      "$(median $(printf '%s\n' "$@" | cut -d' ' -f2))" "$(median $(printf '%s\n' "$@" | cut -d' ' -f3))"
}
cpu_row "psql \\copy" "${copy_cpu[@]}"
cpu_row "bin/ingest stream" "${stream_cpu[@]}"
cpu_row "java -jar ingest.jar stream" "${jar_cpu[@]}"
cpu_row "Spark JDBC append" "${jdbc_cpu[@]}"
if [[ -n "$PGLOADER" ]]; then
  cpu_row "pgloader" "${pgloader_cpu[@]}"
fi
echo "load average at end: $(load_average)"
