#!/usr/bin/env bash
# What repeated event ids cost, side by side in one run, each against a table already holding BASE events
# (3,000,000 by default), into a fresh copy of that table every run:
#   new          1,000,000 new events (100 files of 10,000, seed 7);
#   redelivered  1,000,000 events stored before, delivered again under new names (the first 100 files of the base);
#   repeats      the 1,000,000 new events with 1 % of them (every 100th record of every file) carrying an id stored
#                before, spread over the whole table.
# Each through `bin/ingest stream --available-now` with its defaults, from process start to exit, and the sum of
# the batches' processing and commit times from the metrics log (start-up left out). Every run must end with exactly
# the rows and duplicates expected. Prints each run and a table of medians and ratios to the new events.
#
# Usage: bench/repeats.sh [--rounds N] [--base N] [--count N]   (COUNT at most BASE)
# Env:   as bench/throughput.sh (POSTGRES_HOST ... or the embedded PostgreSQL); SCRATCH (default
#        /tmp/ingest-bench-repeats).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

ROUNDS=2
BASE=3000000
COUNT=1000000
EVENTS_PER_FILE=10000
while (($#)); do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    --base) BASE="$2"; shift 2 ;;
    --count) COUNT="$2"; shift 2 ;;
    *) echo "usage: bench/repeats.sh [--rounds N] [--base N] [--count N]" >&2; exit 2 ;;
  esac
done
if ((COUNT > BASE)); then
  echo "--count $COUNT: at most --base ($BASE), since the redelivered events are taken from the base" >&2
  exit 2
fi
SCRATCH="${SCRATCH:-/tmp/ingest-bench-repeats}"
mkdir -p "$SCRATCH"
trap 'stop_database' EXIT
ensure_jar

BASE_DATA="$SCRATCH/base-$BASE"
NEW_DATA="$SCRATCH/new-$COUNT"
AGAIN_DATA="$SCRATCH/redelivered-$COUNT-of-$BASE"
REPEATS_DATA="$SCRATCH/repeats-$COUNT-of-$BASE"
generated "$BASE_DATA" "$BASE" "$EVENTS_PER_FILE" 11 2025-01-01T00:00:00Z
generated "$NEW_DATA" "$COUNT" "$EVENTS_PER_FILE" 7 2025-03-01T00:00:00Z
if [[ ! -f "$AGAIN_DATA/.complete" ]]; then
  rm -rf "$AGAIN_DATA" && mkdir -p "$AGAIN_DATA"
  find "$BASE_DATA" -name '*.csv' | sort | head -$((COUNT / EVENTS_PER_FILE)) | while read -r file; do
    cp "$file" "$AGAIN_DATA/again-$(basename "$file")"
  done
  touch "$AGAIN_DATA/.complete"
fi
if [[ ! -f "$REPEATS_DATA/.complete" ]]; then
  rm -rf "$REPEATS_DATA" && mkdir -p "$REPEATS_DATA"
  # Stored ids evenly spaced over the base, so the repeats hit the whole table; the event id is the first column.
  find "$BASE_DATA" -name '*.csv' | sort | xargs tail -q -n +2 \
      | awk -F, -v stride=$((BASE * 100 / COUNT)) 'NR % stride == 0 {print $1}' >"$REPEATS_DATA.ids"
  awk -v ids="$REPEATS_DATA.ids" -v out="$REPEATS_DATA" '
    FNR == 1 {
      if (target) close(target)
      n = split(FILENAME, parts, "/"); target = out "/" parts[n]
      print > target; next
    }
    (FNR - 1) % 100 == 0 && (getline id < ids) > 0 { sub(/^[^,]*/, id) }
    { print > target }' $(find "$NEW_DATA" -name '*.csv' | sort)
  touch "$REPEATS_DATA/.complete"
fi
REPEATED=$(find "$REPEATS_DATA" -name '*.csv' | sort | xargs tail -q -n +2 | cut -d, -f1 | sort \
    | comm -12 - <(sort "$REPEATS_DATA.ids") | wc -l)

start_database
ensure_class_archive
echo "$(machine_line)"
echo "server:  $SERVER_LABEL, $SERVER_VERSION; a table of $BASE events; $COUNT events in each scenario"

# The base table, loaded once with psql's \copy and vacuumed; each run gets a copy of it as a template.
if [[ "$(psql -d postgres -Atc "SELECT count(*) FROM pg_database WHERE datname = 'bench_repeats_base_$BASE'")" != 1 ]]; then
  echo "loading the base table ..." >&2
  fresh_database bench_repeats_loading schema
  find "$BASE_DATA" -name '*.csv' | sort | while read -r file; do
    echo "\\copy user_events (event_id, user_id, product_id, product_name, category, price, event_type, event_timestamp) FROM '$file' WITH (FORMAT csv, HEADER true)"
  done | psql -d bench_repeats_loading -q -v ON_ERROR_STOP=1
  psql -d bench_repeats_loading -q -c 'VACUUM ANALYZE'
  psql -d postgres -q -c "ALTER DATABASE bench_repeats_loading RENAME TO bench_repeats_base_$BASE"
fi
echo "load average at start: $(load_average)"
echo

# Streams FOLDER into a fresh copy of the base; prints "wall-seconds batch-seconds"; fails unless the table then
# holds BASE + STORED rows and the ledger counts DUPLICATES.
run() {
  local folder="$1" stored="$2" duplicates="$3" work="$SCRATCH/stream"
  rm -rf "$work" && mkdir -p "$work"
  psql -d postgres -q -c 'DROP DATABASE IF EXISTS bench_repeats_run' \
      -c "CREATE DATABASE bench_repeats_run TEMPLATE bench_repeats_base_$BASE"
  psql -d postgres -q -c 'CHECKPOINT' 2>/dev/null || true
  sync
  local start end
  start=$(date +%s.%N)
  if ! "$INGEST" stream --input="$folder" --error-dir="$work/error" --checkpoint="$work/checkpoint" \
      --metrics-log="$work/metrics.log" --available-now --no-ui --jdbc-url="$(jdbc_url bench_repeats_run)" \
      --db-user="$PGUSER" >"$SCRATCH/stream.log" 2>&1; then
    echo "run failed; see $SCRATCH/stream.log" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  local counts
  counts=$(psql -d bench_repeats_run -Atc "SELECT (SELECT count(*) FROM user_events) || ' ' ||
      (SELECT coalesce(sum(duplicates), 0) FROM ingestion_batches)")
  if [[ "$counts" != "$((BASE + stored)) $duplicates" ]]; then
    echo "run ended with rows, duplicates $counts instead of $((BASE + stored)) $duplicates" >&2
    exit 1
  fi
  local batches
  batches=$(grep -o '"processing":[0-9]*\|"commit":[0-9]*' "$work/metrics.log" | cut -d: -f2 \
      | awk '{s += $1} END {printf "%.2f", s / 1000}')
  awk -v s="$start" -v e="$end" -v b="$batches" 'BEGIN {printf "%.2f %s", e - s, b}'
}

declare -a new_w new_b again_w again_b repeats_w repeats_b
for ((round = 1; round <= ROUNDS; round++)); do
  read -r w b <<<"$(run "$NEW_DATA" "$COUNT" 0)"
  new_w+=("$w"); new_b+=("$b"); echo "round $round  new          $w s (batches $b s)   (load $(load_average))"
  read -r w b <<<"$(run "$AGAIN_DATA" 0 "$COUNT")"
  again_w+=("$w"); again_b+=("$b"); echo "round $round  redelivered  $w s (batches $b s)   (load $(load_average))"
  read -r w b <<<"$(run "$REPEATS_DATA" $((COUNT - REPEATED)) "$REPEATED")"
  repeats_w+=("$w"); repeats_b+=("$b"); echo "round $round  repeats      $w s (batches $b s)   (load $(load_average))"
done
psql -d postgres -q -c 'DROP DATABASE IF EXISTS bench_repeats_run'

new_wm=$(median "${new_w[@]}"); new_bm=$(median "${new_b[@]}")
echo
printf '%-44s %10s %8s %10s %8s\n' "scenario ($COUNT events, table of $BASE, $ROUNDS runs)" "process s" "vs new" \
    "batches s" "vs new"
row() {
  awk -v name="$1" -v w="$2" -v b="$3" -v nw="$new_wm" -v nb="$new_bm" \
    'BEGIN {printf "%-44s %10.2f %7.2fx %10.2f %7.2fx\n", name, w, w / nw, b, b / nb}'
}
row "new events" "$new_wm" "$new_bm"
row "the same count stored before, new names" "$(median "${again_w[@]}")" "$(median "${again_b[@]}")"
row "new events, 1 % ids stored before" "$(median "${repeats_w[@]}")" "$(median "${repeats_b[@]}")"
echo "load average at end: $(load_average)"
