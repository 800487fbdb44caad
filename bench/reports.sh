#!/usr/bin/env bash
# Report latency over a large table:
#   1. loads EVENTS events (default 10,000,000: 30 days, 10,000 users skewed toward a few, 48 products in 6
#      categories, 60/30/10 view/cart/purchase) into a fresh database with SQL (generate_series), then catches the
#      rollups up with rollups_fold_committed(), the stream's catch-up (sql/V14__rollups_folded_apart.sql);
#   2. times the V2 view definitions over user_events on that table once each (what the reports read before V10);
#   3. times every report request (bench/ReportLatency.java: RunReportService over PostgresReports, the dashboard's
#      and `ingest report`'s path) REPEATS times each: idle, then while a writer INSERTs WRITE_BATCH events per
#      transaction, one transaction every WRITE_PAUSE seconds, and catches the rollups up every 5 s as a stream does
#      (times spread over the 30 days, so that the table keeps its shape while the requests are timed); and
#      `ingest report summary` end to end.
# What keeping the rollups costs the stream is bench/throughput.sh's stream against stream-bare, on both data shapes.
#
# Usage: bench/reports.sh [--events N] [--repeats N] [--write-batch N] [--write-pause S] [--skip-views]
# Env:   POSTGRES_HOST [POSTGRES_PORT POSTGRES_USER POSTGRES_PASSWORD] to use a server (the user must be allowed to
#        create databases); otherwise the embedded PostgreSQL. SCRATCH (default /tmp/ingest-bench-reports).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

EVENTS=10000000
REPEATS=50
WRITE_BATCH=1000
WRITE_PAUSE=0.5
VIEWS=yes
while (($#)); do
  case "$1" in
    --events) EVENTS="$2"; shift 2 ;;
    --repeats) REPEATS="$2"; shift 2 ;;
    --write-batch) WRITE_BATCH="$2"; shift 2 ;;
    --write-pause) WRITE_PAUSE="$2"; shift 2 ;;
    --skip-views) VIEWS=no; shift ;;
    *) echo "usage: bench/reports.sh [--events N] [--repeats N] [--write-batch N] [--write-pause S] [--skip-views]" >&2
       exit 2 ;;
  esac
done
SCRATCH="${SCRATCH:-/tmp/ingest-bench-reports}"
mkdir -p "$SCRATCH"
WRITER_PID=""
trap 'touch "$SCRATCH/stop-writer"; [[ -n "$WRITER_PID" ]] && wait "$WRITER_PID" 2>/dev/null; stop_database' EXIT

FIRST='2026-01-01 00:00:00'
LAST='2026-01-30T23:59:59'
CATEGORY='Home & Kitchen'
DB=bench_reports

ensure_jar
start_database
ensure_class_archive
echo "$(machine_line)"
echo "server:  $SERVER_LABEL, $SERVER_VERSION; load average at start: $(load_average)"

seconds_since() {
  echo "$(date +%s.%N) - $1" | bc
}

# Rows of COUNT events numbered from OFFSET, spread evenly over 30 days from FIRST (with a third argument, at random
# over them): the generator's mix of users, products and types.
events_sql() {
  local count="$1" offset="$2" at_random="${3:-}"
  local time="TIMESTAMP '$FIRST' + (i - $offset) * (INTERVAL '30 days' / $count)"
  if [[ -n "$at_random" ]]; then
    time="TIMESTAMP '$FIRST' + random() * INTERVAL '30 days'"
  fi
  cat <<SQL
INSERT INTO user_events (event_id, user_id, product_id, product_name, category, price, event_type, event_timestamp)
SELECT 'bench-' || i,
       'user_' || lpad((1 + floor(10000 * power(u, 3)))::int::text, 5, '0'),
       'P-' || lpad(p::text, 3, '0'),
       'Product ' || p,
       (ARRAY['Electronics', 'Home & Kitchen', 'Sports', 'Books', 'Toys', 'Beauty'])[p % 6 + 1],
       round((5 + (p * 37) % 500 + r2)::numeric, 2),
       CASE WHEN r < 0.6 THEN 'view' WHEN r < 0.9 THEN 'add_to_cart' ELSE 'purchase' END,
       $time
FROM (SELECT i, random() AS r, random() AS r2, random() AS u, floor(random() * 48)::int AS p
      FROM generate_series($offset, $offset + $count - 1) AS i) AS draws;
SQL
}

echo
echo "== 1. load $EVENTS events"
fresh_database "$DB" schema
started=$(date +%s.%N)
events_sql "$EVENTS" 1 | psql -d "$DB" -q -v ON_ERROR_STOP=1
echo "loaded in $(seconds_since "$started") s"
started=$(date +%s.%N)
psql -d "$DB" -q -v ON_ERROR_STOP=1 -c 'SELECT rollups_fold_committed()' >/dev/null
echo "rollups caught up (rollups_fold_committed) in $(seconds_since "$started") s"
psql -d "$DB" -q -c 'VACUUM ANALYZE' >/dev/null
psql -d "$DB" -Atc "SELECT 'table sizes: user_events ' || pg_size_pretty(pg_total_relation_size('user_events'))
  || ', rollups ' || pg_size_pretty(sum(pg_total_relation_size(c.oid))) || ' (' || string_agg(c.relname || ' '
  || c.reltuples::bigint, ', ' ORDER BY c.relname) || ' rows)'
  FROM pg_class c WHERE c.relkind = 'r' AND c.relname LIKE 'rollup\_%' AND c.relname <> 'rollup_fold'"

echo
echo "== 2. the V2 views' definitions over user_events (before V10), one run each"
[[ "$VIEWS" == yes ]] && for query in \
    "summary|SELECT event_type, COUNT(*), COUNT(DISTINCT user_id), ROUND(AVG(price)::numeric, 2), ROUND(SUM(price)::numeric, 2) FROM user_events GROUP BY event_type" \
    "hourly|SELECT date_trunc('hour', event_timestamp), event_type, COUNT(*), COUNT(DISTINCT user_id), ROUND(SUM(price)::numeric, 2) FROM user_events GROUP BY 1, 2" \
    "funnel|SELECT category, COUNT(DISTINCT CASE WHEN event_type = 'view' THEN user_id END), COUNT(DISTINCT CASE WHEN event_type = 'add_to_cart' THEN user_id END), COUNT(DISTINCT CASE WHEN event_type = 'purchase' THEN user_id END) FROM user_events GROUP BY category" \
    "top-products|SELECT product_id, product_name, category, COUNT(*), ROUND(SUM(price)::numeric, 2) AS revenue FROM user_events WHERE event_type = 'purchase' GROUP BY 1, 2, 3 ORDER BY revenue DESC LIMIT 10"; do
  name="${query%%|*}"
  started=$(date +%s.%N)
  psql -d "$DB" -q -o /dev/null -c "${query#*|}"
  printf '%-14s %6.2f s\n' "$name" "$(seconds_since "$started")"
done

latency() {
  java -cp "$JAR:$LIB" bench/ReportLatency.java "$(jdbc_url "$DB")" "$PGUSER" "$REPEATS" "$LAST" "$CATEGORY"
}

echo
echo "== 3a. report requests, idle ($REPEATS each; load average $(load_average))"
latency

echo
echo "== 3b. report requests while a writer inserts $WRITE_BATCH events per transaction every $WRITE_PAUSE s" \
     "and catches up every 5 s"
rm -f "$SCRATCH/stop-writer"
(
  offset=$((EVENTS + 1))
  caught_up=$(date +%s)
  while [[ ! -f "$SCRATCH/stop-writer" ]]; do
    events_sql "$WRITE_BATCH" "$offset" at-random
    offset=$((offset + WRITE_BATCH))
    if (($(date +%s) - caught_up >= 5)); then
      echo "SELECT rollups_fold_committed();"
      caught_up=$(date +%s)
    fi
    sleep "$WRITE_PAUSE"
  done | psql -d "$DB" -q -v ON_ERROR_STOP=1 >/dev/null 2>&1
) &
WRITER_PID=$!
sleep 5
before=$(psql -d "$DB" -Atc 'SELECT count(*) FROM user_events')
started=$(date +%s.%N)
latency
written=$(($(psql -d "$DB" -Atc 'SELECT count(*) FROM user_events') - before))
elapsed=$(seconds_since "$started")
touch "$SCRATCH/stop-writer"
wait "$WRITER_PID" 2>/dev/null || true
WRITER_PID=""
echo "the writer stored $written events in $elapsed s meanwhile ($(echo "$written / $elapsed" | bc) events/s;" \
     "load average $(load_average))"

echo
echo "== 3c. ingest report summary, end to end (process start to exit), 5 runs"
for run in 1 2 3 4 5; do
  started=$(date +%s.%N)
  "$INGEST" report summary --jdbc-url="$(jdbc_url "$DB")" --db-user="$PGUSER" >/dev/null
  printf '%.2f s  ' "$(seconds_since "$started")"
done
echo
drop_database "$DB"
