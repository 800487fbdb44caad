#!/usr/bin/env bash
# End-to-end latency at a steady rate: the generator lands a file every 100 ms (a tenth of a second's events: 100 at
# the default 1,000 events/s) while `ingest stream` runs with its default trigger. One run measures one or more
# scenarios, one after another, each into a fresh database (migrated first), landing folder and checkpoint, at the same
# rate and durations:
#   empty            the landing folder is empty when the stream starts;
#   history          it holds N files that a stream of the same id took before (--history N, default 100,000): files
#                    of one event each, named as the generator names files, landed (modification time) over the
#                    24 hours before the run, written directly (bench/SeedHistory.java), their ledger rows
#                    (ingested_files, ingestion_batches) inserted by SQL with the stream's id, which is written into
#                    the fresh checkpoint (ingest-stream-id) for the stream to take up (their events are not put in
#                    user_events: the scenario is about the folder and the ledger). The stream lists them at every
#                    trigger and must take none of them again: after the run the ledger must hold exactly the
#                    generated events plus the seeded ones, and no seeded name may appear in a batch of the stream;
#   history-archive  the same history as a stream that archives keeps it: the seeded files moved under the archive
#                    folder (as the stream archives them) and their ledger rows released; the landing folder starts
#                    empty and the stream runs with --after-ingest archive --archive-dir DIR;
#   history-delete   the same for a stream that deletes: the seeded files gone, their ledger rows released; the
#                    stream runs with --after-ingest delete.
#
# Two latencies, as p50/p95/p99/max in milliseconds over the events (files) that landed after the warm-up (the first
# WARMUP seconds of the generator's files, from its first file's landing on):
#   per event   what a user sees: from the event's landing (its file's modification time, as the stream records it in
#               ingested_files.landed_at) to the commit of the transaction that stored the event's row in
#               user_events, pg_xact_commit_timestamp(xmin). The server must track commit timestamps: the embedded
#               one is started with track_commit_timestamp = on, a server named by POSTGRES_HOST is checked (turn it
#               on with ALTER SYSTEM SET track_commit_timestamp = on and a restart). How rows are matched to their
#               files is explained where it is done, below. With a server on another machine, its clock against
#               this one's adds to the figures.
#   per file    the earlier figure, kept for continuity: from a file's landing to committed_at of its batch's row in
#               the ledger (ingestion_batches), which the driver records once every partition of the batch has
#               committed, so later than the events become visible.
# Each scenario prints its figures and checks, then one table compares the scenarios.
#
# With --spark-durations, also prints the median of Spark's own per-batch durations (listing, planning, offset and
# commit logs) from the stream's DEBUG progress lines. With --watch, the steady-state view: every minute the stream's
# heap (used, and the old generation's share), the files in the landing folder and the checkpoint's size, and at the
# end the latency percentiles per 5-minute window. With --archive, the scenarios that set no after-ingest action of
# their own (empty, history) run with --archive-dir DIR. The issue's steady-state run:
#   bench/latency.sh --scenarios empty --rate 5000 --duration 1800 --archive --watch
#
# Usage: bench/latency.sh [--scenarios LIST] [--history N] [--duration SECONDS] [--warmup SECONDS] [--rate N]
#                         [--trigger DURATION] [--archive] [--spark-durations] [--watch]
#        (defaults: empty,history with 100,000 seeded files, 300 s measured after 30 s of warm-up, 1000 events/s,
#        the stream's default trigger, no archive; options also as --name=value)
# Env:   POSTGRES_HOST [POSTGRES_PORT POSTGRES_USER POSTGRES_PASSWORD] to use a server (the user must be allowed to
#        create databases); otherwise the embedded PostgreSQL. SCRATCH (default /tmp/ingest-bench-latency): each
#        scenario's logs and data stay in SCRATCH/<scenario> (its landing and archive folders are removed at its end).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

USAGE="usage: bench/latency.sh [--scenarios empty,history,history-archive,history-delete] [--history N]
                        [--duration SECONDS] [--warmup SECONDS] [--rate N] [--trigger DURATION] [--archive]
                        [--spark-durations] [--watch]"
usage() {
  echo "$USAGE" >&2
  exit 2
}
DURATION=300
WARMUP=30
RATE=1000
HISTORY=100000
SCENARIOS=empty,history
TRIGGER=()
TRIGGER_LABEL=default
ARCHIVE=0
SPARK_DURATIONS=0
WATCH=0
while (($#)); do
  if [[ "$1" == --*=* ]]; then
    set -- "${1%%=*}" "${1#*=}" "${@:2}"
  fi
  case "$1" in
    --duration) (($# > 1)) || usage; DURATION="$2"; shift 2 ;;
    --warmup) (($# > 1)) || usage; WARMUP="$2"; shift 2 ;;
    --rate) (($# > 1)) || usage; RATE="$2"; shift 2 ;;
    --history) (($# > 1)) || usage; HISTORY="$2"; shift 2 ;;
    --scenarios) (($# > 1)) || usage; SCENARIOS="$2"; shift 2 ;;
    --trigger) (($# > 1)) || usage; TRIGGER=("--trigger=$2"); TRIGGER_LABEL="$2"; shift 2 ;;
    --archive) ARCHIVE=1; shift ;;
    --spark-durations) SPARK_DURATIONS=1; shift ;;
    --watch) WATCH=1; shift ;;
    *) usage ;;
  esac
done
for number in "$DURATION" "$WARMUP" "$RATE" "$HISTORY"; do
  [[ "$number" =~ ^[0-9]+$ ]] || usage
done
((DURATION > 0 && RATE > 0)) || usage
IFS=, read -r -a SCENARIO_LIST <<<"$SCENARIOS"
((${#SCENARIO_LIST[@]})) || usage
for scenario in "${SCENARIO_LIST[@]}"; do
  case "$scenario" in
    empty | history | history-archive | history-delete) ;;
    *) echo "unknown scenario '$scenario': empty, history, history-archive or history-delete" >&2; exit 2 ;;
  esac
done

SCRATCH="${SCRATCH:-/tmp/ingest-bench-latency}"
DB=bench_latency
EVENTS_PER_FILE=$(( RATE / 10 > 0 ? RATE / 10 : 1 ))
# The seeded files' batches are numbered from here: the stream numbers its own from 0 (a fresh checkpoint), and a
# batch id already in the ledger would be taken for a replay of it. No run gets anywhere near this.
SEEDED_BATCHES_FROM=1000000000
HISTORY_HOURS=24
WORK=""
STREAM_PID=""
WATCH_PID=""
JAVA_FLAGS=()
RESULTS=()

stop_stream() {
  if [[ -n "$STREAM_PID" ]]; then
    kill -TERM "$STREAM_PID" 2>/dev/null || true
    wait "$STREAM_PID" 2>/dev/null || true
    STREAM_PID=""
  fi
}
trap 'stop_watch; stop_stream; stop_database' EXIT

# psql on the benchmark's database: `sql` runs statements quietly, `query` prints a query's rows, fields
# space-separated.
sql() {
  psql --dbname="$DB" -X -q -v ON_ERROR_STOP=1 "$@"
}
query() {
  psql --dbname="$DB" -X -At --field-separator=' ' -v ON_ERROR_STOP=1 -c "$1"
}

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

# Stdin: "group latency weight" lines, sorted by group, then latency. Prints per group: group, weight (the events or
# files counted), p50, p95, p99, max; a percentile is the smallest latency that at least that share of the weight
# reaches.
percentiles() {
  awk 'function flush(   i, k, sum) {
         if (!n) return
         line = group " " total; k = 1; sum = 0
         for (i = 1; i <= n; i++) {
           sum += w[i]
           while (k <= 3 && sum >= int((p[k] * total + 99) / 100)) {line = line " " v[i]; k++}
         }
         print line, v[n]
       }
       BEGIN {p[1] = 50; p[2] = 95; p[3] = 99}
       NR == 1 || $1 != group {flush(); group = $1; n = 0; total = 0}
       {v[++n] = $2; w[n] = $3; total += $3}
       END {flush()}'
}

# Writes the seeded files into the landing folder, their rows into the ledger and the stream's id into the
# checkpoint; sets SEED_SECONDS.
seed_history() {
  local started stream_id
  local columns="stream_id, batch_id, source_file, records, landed_at, stored, duplicates, quarantined, skipped"
  started=$(date +%s%3N)
  stream_id=$(cat /proc/sys/kernel/random/uuid)
  mkdir -p "$WORK/checkpoint"
  # StreamIdentity takes the id it finds here, and makes one only when there is none.
  printf '%s\n' "$stream_id" >"$WORK/checkpoint/ingest-stream-id"
  java bench/SeedHistory.java "$WORK/raw" "$HISTORY" "$HISTORY_HOURS" "$stream_id" "$SEEDED_BATCHES_FROM" \
    | sql -c "\\copy ingested_files ($columns) FROM pstdin WITH (FORMAT csv)"
  # Each seeded batch committed half a second after its last file landed; analysed, as autovacuum would have.
  sql -c "INSERT INTO ingestion_batches (stream_id, batch_id, records_in, stored, duplicates, quarantined, started_at,
            committed_at)
          SELECT stream_id, batch_id, sum(records), sum(stored), sum(duplicates), sum(quarantined),
                 max(landed_at) + interval '100 milliseconds', max(landed_at) + interval '500 milliseconds'
          FROM ingested_files GROUP BY stream_id, batch_id" \
      -c "ANALYZE ingested_files" -c "ANALYZE ingestion_batches"
  SEED_SECONDS=$(awk -v ms=$(($(date +%s%3N) - started)) 'BEGIN {printf "%.1f", ms / 1000}')
}

# A file's row in ingested_files is updated when the stream releases it (archived or deleted, V13), which gives the
# row a new xmin; the commit time of its insert, which the matching below needs, is kept first in a column of the
# benchmark's own (the application names its columns, so it does not see it).
keep_files_commit_times() {
  sql -c "ALTER TABLE ingested_files ADD COLUMN bench_stored_committed_at TIMESTAMP WITH TIME ZONE" \
      -c "CREATE FUNCTION bench_keep_commit_time() RETURNS trigger LANGUAGE plpgsql AS \$\$
          BEGIN
            IF NEW.bench_stored_committed_at IS NULL THEN
              -- Before the update the inserted version is still the visible one.
              NEW.bench_stored_committed_at := (SELECT pg_xact_commit_timestamp(xmin) FROM ingested_files
                  WHERE stream_id = OLD.stream_id AND batch_id = OLD.batch_id AND source_file = OLD.source_file);
            END IF;
            RETURN NEW;
          END \$\$" \
      -c "CREATE TRIGGER bench_keep_commit_time BEFORE UPDATE ON ingested_files
          FOR EACH ROW EXECUTE FUNCTION bench_keep_commit_time()"
}

# When a file's row was inserted, by the stream's partition transaction (see keep_files_commit_times).
FILE_COMMITTED="coalesce(bench_stored_committed_at, pg_xact_commit_timestamp(xmin))"

# Runs one scenario; prints its figures and adds its line to RESULTS.
run_scenario() {
  local scenario="$1" seeded=0 files_at_start generated generated_files expected accounted batches stream_files
  local retaken mismatched measured_from_ms first_measured event_figures file_figures
  WORK="$SCRATCH/$scenario"
  rm -rf "$WORK" && mkdir -p "$WORK/raw"
  echo
  echo "== $scenario"
  fresh_database "$DB" schema
  keep_files_commit_times
  # What the scenario sets; the folders and the database are the same for all.
  local options=("${TRIGGER[@]}")
  if [[ "$scenario" == history* ]]; then
    seed_history
    seeded=$HISTORY
  fi
  if [[ "$scenario" == history-archive || "$scenario" == history-delete ]]; then
    # What months of archiving or deleting leave: the files gone from the landing folder (under the archive with
    # their whole source path, as the stream moves them, or deleted), their rows released.
    if [[ "$scenario" == history-archive ]]; then
      mkdir -p "$WORK/archive$(dirname "$WORK/raw")"
      mv "$WORK/raw" "$WORK/archive$WORK/raw"
    else
      rm -rf "$WORK/raw"
    fi
    mkdir -p "$WORK/raw"
    sql -c "UPDATE ingested_files SET released_at = landed_at + interval '1 second'"
  fi
  case "$scenario" in
    history-archive) options+=(--after-ingest=archive "--archive-dir=$WORK/archive") ;;
    history-delete) options+=(--after-ingest=delete) ;;
    *) if ((ARCHIVE)); then options+=("--archive-dir=$WORK/archive"); fi ;;
  esac
  files_at_start=$(find "$WORK/raw" -maxdepth 1 -name '*.csv' | wc -l)
  local seeding="${SEED_SECONDS:+ (seeded with their ledger rows in $SEED_SECONDS s)}"
  echo "files in the landing folder at start: $files_at_start$seeding"
  echo "stream options: ${options[*]:-none beyond the folders and the database}"
  echo "load average at start: $(load_average)"

  INGEST_JAVA_OPTS="${JAVA_FLAGS[*]}" "$INGEST" stream "--input=$WORK/raw" "--error-dir=$WORK/error" \
      "--checkpoint=$WORK/checkpoint" "--metrics-log=$WORK/metrics.log" --no-ui "--jdbc-url=$(jdbc_url "$DB")" \
      "--db-user=$PGUSER" "${options[@]}" >"$WORK/stream.log" 2>&1 &
  STREAM_PID=$!
  # The stream prints its first line once the query has started.
  until grep -q '^Streaming' "$WORK/stream.log" 2>/dev/null; do
    kill -0 "$STREAM_PID" 2>/dev/null || { echo "the stream did not start; see $WORK/stream.log" >&2; exit 1; }
    sleep 0.5
  done

  if ((WATCH)); then
    watch_stream >"$WORK/watch.txt" &
    WATCH_PID=$!
  fi
  java -jar "$JAR" generate "--output=$WORK/raw" "--events-per-second=$RATE" "--events-per-file=$EVENTS_PER_FILE" \
      --file-interval=100ms "--duration=$((WARMUP + DURATION))" --seed=7 >"$WORK/generate.log" 2>&1
  generated=$(sed -n 's/.* wrote \([0-9]*\) events .*/\1/p' "$WORK/generate.log")
  generated_files=$(sed -n 's/.* wrote [0-9]* events in \([0-9]*\) files .*/\1/p' "$WORK/generate.log")
  stop_watch
  if ((WATCH)); then
    cat "$WORK/watch.txt"
  fi
  echo "load average after generating: $(load_average)"

  # Let the stream catch up with the last files, then stop it.
  expected=$((generated + seeded))
  for ((waited = 0; waited < 120; waited++)); do
    accounted=$(query 'SELECT coalesce(sum(records_in), 0) FROM ingestion_batches')
    if ((accounted >= expected)); then
      break
    fi
    sleep 1
  done
  stop_stream
  accounted=$(query 'SELECT coalesce(sum(records_in), 0) FROM ingestion_batches')
  if ((accounted != expected)); then
    echo "the ledger holds $accounted records, not $generated generated + $seeded seeded = $expected," \
         "within 2 minutes; see $WORK/stream.log" >&2
    exit 1
  fi
  # The stream's own batches are those below the seeded ones.
  batches=$(query "SELECT count(*) FROM ingestion_batches WHERE batch_id < $SEEDED_BATCHES_FROM")
  stream_files=$(query "SELECT count(*) FROM ingested_files WHERE batch_id < $SEEDED_BATCHES_FROM")
  retaken=$(query "SELECT count(*) FROM ingested_files f WHERE f.batch_id < $SEEDED_BATCHES_FROM
                   AND EXISTS (SELECT 1 FROM ingested_files s
                               WHERE s.batch_id >= $SEEDED_BATCHES_FROM AND s.source_file = f.source_file)")
  if ((retaken > 0 || stream_files != generated_files)); then
    echo "the stream's batches took $stream_files files of the $generated_files generated, $retaken of them seeded" \
         "files taken again; see $WORK" >&2
    exit 1
  fi

  # Rows to files. user_events has no source-file column, but each partition of a batch stores its files whole in one
  # transaction together with their rows of ingested_files (V7, CopyPartitionWriter), so a transaction's events are
  # exactly the stored events of the files it recorded. Not matched by xmin: the event rows are COPYed under
  # savepoints, so their xmin is a subtransaction's id, not the file rows' (the top transaction's); a subtransaction
  # commits with its top transaction, at the same commit timestamp, so rows and files are matched on the commit
  # timestamp. Two transactions committing in the same microsecond would fall into one group, whose files and events
  # still share that commit time. Checked first: for every commit time, the event rows equal the files' stored counts
  # (and no row lacks a commit time). Then each file counts its stored events at (commit - landing).
  mismatched=$(query "WITH events AS (SELECT pg_xact_commit_timestamp(xmin) AS committed, count(*) AS n
                                      FROM user_events GROUP BY 1),
                           files AS (SELECT $FILE_COMMITTED AS committed, sum(stored) AS n
                                     FROM ingested_files WHERE batch_id < $SEEDED_BATCHES_FROM GROUP BY 1)
                      SELECT count(*) FROM events e FULL JOIN files f USING (committed)
                      WHERE committed IS NULL OR coalesce(e.n, 0) <> coalesce(f.n, 0)")
  if ((mismatched > 0)); then
    echo "$mismatched commit times where the stored rows of user_events and the stored counts of ingested_files" \
         "disagree: rows cannot be matched to their files; see $WORK" >&2
    exit 1
  fi
  # The warm-up: the first WARMUP seconds of the generator's files, however long its JVM took to start.
  measured_from_ms=$(( $(query "SELECT round(extract(epoch FROM min(landed_at)) * 1000) FROM ingested_files
                                WHERE batch_id < $SEEDED_BATCHES_FROM") + WARMUP * 1000 ))
  # "landed_ms committed_ms weight": per event (weight: the file's stored events), per file (weight 1).
  query "WITH commits AS (SELECT DISTINCT pg_xact_commit_timestamp(xmin) AS committed FROM user_events)
         SELECT round(extract(epoch FROM f.landed_at) * 1000), round(extract(epoch FROM c.committed) * 1000), f.stored
         FROM ingested_files f JOIN commits c ON c.committed = $FILE_COMMITTED
         WHERE f.batch_id < $SEEDED_BATCHES_FROM AND f.stored > 0" >"$WORK/events.txt"
  query "SELECT round(extract(epoch FROM f.landed_at) * 1000), round(extract(epoch FROM b.committed_at) * 1000), 1
         FROM ingested_files f JOIN ingestion_batches b USING (stream_id, batch_id)
         WHERE f.batch_id < $SEEDED_BATCHES_FROM" >"$WORK/files.txt"
  event_figures=$(awk -v from="$measured_from_ms" '$1 >= from {print 0, $2 - $1, $3}' "$WORK/events.txt" \
      | sort -k2,2n | percentiles)
  file_figures=$(awk -v from="$measured_from_ms" '$1 >= from {print 0, $2 - $1, $3}' "$WORK/files.txt" \
      | sort -k2,2n | percentiles)
  if [[ -z "$file_figures" ]]; then
    echo "no file landed after the warm-up; see $WORK" >&2
    exit 1
  fi
  if [[ -z "$event_figures" ]]; then
    event_figures="0 0 - - - -"
  fi

  echo "events: $generated generated, $((accounted - seeded)) committed in $batches batches" \
       "($(awk -v g="$generated" -v b="$batches" 'BEGIN {printf "%.0f", g / b}') events per batch);" \
       "ledger: $accounted records = $generated generated + $seeded seeded; seeded files taken again: $retaken"
  printf '%-52s %8s %8s %8s %8s %8s\n' "latency after the warm-up, landing -> (ms)" count p50 p95 p99 max
  printf '%-52s %8s %8s %8s %8s %8s\n' "per event: commit of its row in user_events" ${event_figures#0 }
  printf '%-52s %8s %8s %8s %8s %8s\n' "per file: its batch's committed_at in the ledger" ${file_figures#0 }
  if ((SPARK_DURATIONS)); then
    # "batch 12: 300 rows, Spark durations in ms {addBatch=52, commitOffsets=9, ...}", batches after the warm-up only.
    first_measured=$(query "SELECT coalesce(min(batch_id), 0) FROM ingested_files WHERE batch_id < $SEEDED_BATCHES_FROM
                            AND landed_at >= to_timestamp($measured_from_ms / 1000.0)")
    echo "Spark's per-batch durations, median over the batches after the warm-up (ms):"
    sed -n 's/.*batch \([0-9]*\): .*durations in ms {\(.*\)}.*/\1 \2/p' "$WORK/stream.log" \
      | awk -v first="$first_measured" '$1 >= first {for (i = 2; i <= NF; i++) {split($i, kv, "="); sub(/,/, "", kv[2]); print kv[1], kv[2]}}' \
      | sort -k1,1 -k2,2n \
      | awk 'function flush() {if (n) printf "  %-18s %6d\n", key, v[int((n + 1) / 2)]}
             $1 != key {flush(); key = $1; n = 0} {v[++n] = $2} END {flush()}'
  fi
  if ((WATCH)); then
    echo "per 5-minute window after the warm-up (ms), per event (commit of its row) | per file (ledger):"
    join -a 1 \
        <(awk -v from="$measured_from_ms" '$1 >= from {print int(($1 - from) / 300000), $2 - $1, $3}' \
            "$WORK/events.txt" | sort -k1,1n -k2,2n | percentiles | sort -k1,1) \
        <(awk -v from="$measured_from_ms" '$1 >= from {print int(($1 - from) / 300000), $2 - $1, $3}' \
            "$WORK/files.txt" | sort -k1,1n -k2,2n | percentiles | sort -k1,1) \
      | sort -k1,1n \
      | awk '{printf "  minutes %3d-%-3d %8d events  p50 %5d  p99 %5d  max %5d", $1 * 5, $1 * 5 + 5, $2, $3, $5, $6
              printf " | %6d files  p50 %5d  p99 %5d  max %5d\n", $7, $8, $10, $11}'
  fi
  echo "load average at end: $(load_average)"
  read -r _ event_count event_p50 event_p95 event_p99 event_max <<<"$event_figures"
  read -r _ file_count file_p50 _ file_p99 _ <<<"$file_figures"
  RESULTS+=("$(printf '%-16s %14s | %9s %7s %7s %7s %7s | %7s %7s %7s' "$scenario" "$files_at_start" "$event_count" \
      "$event_p50" "$event_p95" "$event_p99" "$event_max" "$file_count" "$file_p50" "$file_p99")")
  drop_database "$DB"
  rm -rf "$WORK/raw" "$WORK/archive"
  SEED_SECONDS=""
}

ensure_jar
mkdir -p "$SCRATCH"
start_database track_commit_timestamp=on
require_commit_timestamps
ensure_class_archive
if ((SPARK_DURATIONS)); then
  # The jar's own logging configuration, plus its progress listener at DEBUG.
  unzip -p "$JAR" log4j2.properties >"$SCRATCH/log4j2.properties"
  printf '%s\n' "logger.progress.name = dev.ingest.adapter.spark.SparkProgressLog" "logger.progress.level = debug" \
    >>"$SCRATCH/log4j2.properties"
  JAVA_FLAGS=("-Dlog4j2.configurationFile=$SCRATCH/log4j2.properties")
fi
SEED_SECONDS=""
echo "$(machine_line)"
echo "server:  $SERVER_LABEL, $SERVER_VERSION, track_commit_timestamp on"
echo "run: scenarios ${SCENARIO_LIST[*]} (history: $HISTORY files over ${HISTORY_HOURS} h), $RATE events/s," \
     "$EVENTS_PER_FILE-event files every 100 ms, ${WARMUP} s warm-up + ${DURATION} s measured," \
     "trigger $TRIGGER_LABEL$( ((ARCHIVE)) && echo ", --archive")"
for scenario in "${SCENARIO_LIST[@]}"; do
  run_scenario "$scenario"
done

echo
echo "latency after the warm-up (ms); per event: landing -> commit of its row in user_events;" \
     "per file: landing -> its batch's committed_at in the ledger"
printf '%-16s %14s | %9s %7s %7s %7s %7s | %7s %7s %7s\n' scenario "files at start" events p50 p95 p99 max files p50 p99
printf '%s\n' "${RESULTS[@]}"
