#!/usr/bin/env bash
# Throughput of the pipeline against its references, measured side by side in one run on the same server, on two data
# shapes (docs/performance.md):
#   backfill  1,000,000 events whose times spread over 30 days (`generate --time-span 30d`): history loaded in bulk,
#             each transaction touching hundreds of hours of the report rollups;
#   live      the same count stamped over 15 minutes (`--time-span 15m`), as events stamped at landing are.
# Methods (--methods, in this order within a round; rounds alternate them):
#   copy-bare    psql \copy of the files into a fresh user_events (the table `ingest migrate` creates, indexes and
#                all) with our triggers disabled: no validation, no dedup, no exactly-once, no reports — the physical
#                reference;
#   stream       `bin/ingest stream --available-now` into a fresh database with the schema, fresh checkpoint, from
#                process start to exit (Spark start-up and the last catch-up of the reports included);
#   stream-bare  the same with our triggers disabled and the reports' fold made a no-op: the stream without reports;
#   before       the same as stream with the jar in $BEFORE_JAR (a build of an earlier commit, with its own class-data
#                archive, which also makes the schema), when set;
#   copy         psql \copy into user_events as migrated, then one catch-up of the reports (SELECT
#                rollups_fold_committed()): what the stream's reports cost a bare COPY;
#   jar          stream with `java -jar bootstrap/target/ingest.jar`, without the class-data archive;
#   jdbc         the prototype's way: Spark's CSV stream and JDBC append (bench/JdbcAppendBaseline.java), plain java;
#   pgloader     Debian's pgloader: 2 workers, 25,000-row batches, into the same table; left out when not installed.
# Every run must end with exactly COUNT rows. Prints each run; per shape, the median of the per-round ratios of the
# stream to copy-bare and to stream-bare (ratios this close to 1 need rounds: run 5 or more), a table of medians, and
# where the CPU went: the client's user and system seconds (GNU time) per 1,000,000 events and the PostgreSQL
# server's (its processes' CPU time from /proc, so the server must run on this machine).
#
# Usage: bench/throughput.sh [--rounds N] [--shapes backfill,live] [--methods m1,m2,...] [--max-files-per-trigger N]
#                            [--count N]
# Env:   POSTGRES_HOST [POSTGRES_PORT POSTGRES_USER POSTGRES_PASSWORD] to use a server (the user must be allowed to
#        create databases); otherwise the embedded PostgreSQL. SCRATCH (default /tmp/ingest-bench-throughput).
#        BEFORE_JAR: an earlier build's ingest.jar, for the method "before".
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

ROUNDS=5
SHAPES=backfill,live
METHODS=copy-bare,stream,stream-bare,before,copy,jdbc,pgloader
# The stream's own default.
MAX_FILES=10
COUNT=1000000
EVENTS_PER_FILE=10000
while (($#)); do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    --shapes) SHAPES="$2"; shift 2 ;;
    --methods) METHODS="$2"; shift 2 ;;
    --max-files-per-trigger) MAX_FILES="$2"; shift 2 ;;
    --count) COUNT="$2"; shift 2 ;;
    *) echo "usage: bench/throughput.sh [--rounds N] [--shapes backfill,live] [--methods m1,m2,...]" \
            "[--max-files-per-trigger N] [--count N]" >&2; exit 2 ;;
  esac
done
SCRATCH="${SCRATCH:-/tmp/ingest-bench-throughput}"
mkdir -p "$SCRATCH"
trap 'stop_database' EXIT
PGLOADER=$(command -v pgloader || true)
IFS=, read -r -a SHAPE_LIST <<<"$SHAPES"
IFS=, read -r -a METHOD_LIST <<<"$METHODS"
declare -a RUN_METHODS=()
for method in "${METHOD_LIST[@]}"; do
  case "$method" in
    before) [[ -n "${BEFORE_JAR:-}" ]] && RUN_METHODS+=(before) ;;
    pgloader) [[ -n "$PGLOADER" ]] && RUN_METHODS+=(pgloader) ;;
    copy-bare | stream | stream-bare | copy | jar | jdbc) RUN_METHODS+=("$method") ;;
    *) echo "unknown method $method" >&2; exit 2 ;;
  esac
done

ensure_jar
declare -A SPAN=([backfill]=30d [live]=15m)
for shape in "${SHAPE_LIST[@]}"; do
  [[ -n "${SPAN[$shape]:-}" ]] || { echo "unknown shape $shape (backfill, live)" >&2; exit 2; }
  generated_over "$SCRATCH/events-$shape-$COUNT" "$COUNT" "$EVENTS_PER_FILE" 7 2025-03-01T00:00:00Z "${SPAN[$shape]}"
  find "$SCRATCH/events-$shape-$COUNT" -name '*.csv' | sort | while read -r file; do
    echo "\\copy user_events (event_id, user_id, product_id, product_name, category, price, event_type, event_timestamp) FROM '$file' WITH (FORMAT csv, HEADER true)"
  done >"$SCRATCH/copy-$shape.sql"
done

start_database
if [[ -z "${POSTGRES_HOST:-}" ]]; then
  # Each run's server CPU is its own load only: autovacuum would process one run's table during the next run.
  psql -d postgres -q -c 'ALTER SYSTEM SET autovacuum = off' -c 'SELECT pg_reload_conf()' >/dev/null
  AUTOVACUUM="off (the benchmark's own server)"
else
  AUTOVACUUM="as the server has it"
fi
ensure_class_archive
if [[ -n "${BEFORE_JAR:-}" ]]; then
  ensure_class_archive_of "$BEFORE_JAR"
fi
echo "$(machine_line)"
echo "server:  $SERVER_LABEL, $SERVER_VERSION; $COUNT events in files of $EVENTS_PER_FILE; stream --max-files-per-trigger $MAX_FILES"
echo "methods: ${RUN_METHODS[*]}; $ROUNDS rounds per shape${BEFORE_JAR:+; before = $BEFORE_JAR}"
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
  # A method that keeps the reports must end with them counting every event.
  if ((COUNTS_REPORTS)); then
    counted=$(psql -d "$database" -Atc 'SELECT COALESCE(SUM(event_count), 0) FROM rollup_type_categories')
    if [[ "$counted" != "$COUNT" ]]; then
      echo "run ended with the reports counting $counted events instead of $COUNT; see $log" >&2
      exit 1
    fi
  fi
  awk -v s="$start" -v e="$end" 'BEGIN {printf "%.2f", e - s}'
}

# The events of the shape being measured, and its copy script.
DATA=""
COPY_SCRIPT=""

# A fresh database with the schema and, for the bare methods, neither our triggers nor a fold of the reports.
bare_schema() {
  fresh_database "$1" schema
  psql -d "$1" -q -v ON_ERROR_STOP=1 -c 'ALTER TABLE user_events DISABLE TRIGGER USER' \
      -c "CREATE OR REPLACE FUNCTION rollups_fold_committed() RETURNS timestamptz LANGUAGE sql AS 'SELECT now()'" \
      >/dev/null 2>&1 || psql -d "$1" -q -c 'ALTER TABLE user_events DISABLE TRIGGER USER' >/dev/null
}

run_copy_bare() {
  bare_schema bench_copy
  timed bench_copy "$SCRATCH/copy.log" psql -d bench_copy -q -v ON_ERROR_STOP=1 -f "$COPY_SCRIPT"
  drop_database bench_copy
}

run_copy() {
  fresh_database bench_copy schema
  cp "$COPY_SCRIPT" "$SCRATCH/copy-then-fold.sql"
  echo 'SELECT rollups_fold_committed();' >>"$SCRATCH/copy-then-fold.sql"
  timed bench_copy "$SCRATCH/copy.log" psql -d bench_copy -q -v ON_ERROR_STOP=1 -f "$SCRATCH/copy-then-fold.sql"
  drop_database bench_copy
}

# Streams the data set with the launcher given (bin/ingest, or java -jar JAR); with bare=1, into a bare schema.
run_stream() {
  local bare="$1"
  shift
  local work="$SCRATCH/stream"
  rm -rf "$work" && mkdir -p "$work"
  # The schema made first, as for the bare stream, so that the two differ only in the reports.
  if ((bare)); then bare_schema bench_stream; else fresh_database bench_stream schema; fi
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

run_method() {
  COUNTS_REPORTS=0
  case "$1" in
    copy | stream | before | jar) COUNTS_REPORTS=1 ;;
  esac
  case "$1" in
    copy-bare) run_copy_bare ;;
    copy) run_copy ;;
    stream) run_stream 0 "$INGEST" ;;
    stream-bare) run_stream 1 "$INGEST" ;;
    before) JAR="$BEFORE_JAR" run_stream 0 env INGEST_JAR="$BEFORE_JAR" "$INGEST" ;;
    jar) run_stream 0 java -jar "$JAR" ;;
    jdbc) run_jdbc ;;
    pgloader) run_pgloader ;;
  esac
}

# Median over the rounds of the ratio of two methods' times (a / b: above 1, b is faster).
ratio_median() {
  local -n times_a="$1" times_b="$2"
  local ratios=()
  for ((i = 0; i < ${#times_a[@]}; i++)); do
    ratios+=("$(awk -v a="${times_a[$i]}" -v b="${times_b[$i]}" 'BEGIN {printf "%.3f", a / b}')")
  done
  printf '%s (rounds: %s)' "$(printf '%s\n' "${ratios[@]}" | sort -g | awk '{v[NR] = $1} END {if (NR % 2) m = v[(NR + 1) / 2]; else m = (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.3f", m}')" "${ratios[*]}"
}

for shape in "${SHAPE_LIST[@]}"; do
  DATA="$SCRATCH/events-$shape-$COUNT"
  COPY_SCRIPT="$SCRATCH/copy-$shape.sql"
  declare -A SECONDS_OF=() CPU_OF=()
  echo "== $shape: $COUNT events over ${SPAN[$shape]} of event time"
  for ((round = 1; round <= ROUNDS; round++)); do
    for method in "${RUN_METHODS[@]}"; do
      seconds="$(run_method "$method")"
      SECONDS_OF[$method]+="$seconds "
      CPU_OF[$method]+="$(tr ' ' ':' <"$SCRATCH/cpu") "
      printf 'round %d  %-12s %8s s   (cpu client user/sys, server: %s; load %s)\n' "$round" "$method" "$seconds" \
          "$(cat "$SCRATCH/cpu")" "$(load_average)"
    done
  done
  echo
  if [[ -n "${SECONDS_OF[stream]:-}" ]]; then
    read -r -a stream_times <<<"${SECONDS_OF[stream]}"
    for reference in copy-bare stream-bare before; do
      if [[ -n "${SECONDS_OF[$reference]:-}" ]]; then
        read -r -a reference_times <<<"${SECONDS_OF[$reference]}"
        echo "$shape: stream speed vs $reference (its time / the stream's, median of rounds): $(ratio_median reference_times stream_times)"
      fi
    done
  fi
  echo
  printf '%-12s %10s %12s %10s %16s %16s\n' "$shape" "median s" "events/s" "vs copy-bare" "client CPU-s/M" "server CPU-s/M"
  read -r -a bare_times <<<"${SECONDS_OF[copy-bare]:-0}"
  bare_m=$(median "${bare_times[@]}")
  for method in "${RUN_METHODS[@]}"; do
    read -r -a times <<<"${SECONDS_OF[$method]}"
    read -r -a cpus <<<"${CPU_OF[$method]}"
    m=$(median "${times[@]}")
    client=$(median $(printf '%s\n' "${cpus[@]}" | awk -F: '{print $1 + $2}'))
    server=$(median $(printf '%s\n' "${cpus[@]}" | awk -F: '{print $3}'))
    awk -v name="$method" -v s="$m" -v n="$COUNT" -v bare="$bare_m" -v c="$client" -v sv="$server" \
      'BEGIN {printf "%-12s %10.2f %12.0f %9.2fx %16.1f %16.1f\n", name, s, n / s, (bare > 0 ? bare / s : 0), c * 1e6 / n, sv * 1e6 / n}'
  done
  echo
done
echo "load average at end: $(load_average)"
