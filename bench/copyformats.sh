#!/usr/bin/env bash
# Text (CSV, as the stream writes it) against binary COPY of the same 1,000,000 validated events into user_events,
# two connections at once as the stream's two partitions, alternating, ROUNDS each: COPY wall seconds, the client
# threads' CPU and the PostgreSQL server's CPU (its processes on this machine, autovacuum off). Both runs must store
# the same rows (a checksum over every stored event). See bench/CopyFormatsBench.java.
#
# Usage: bench/copyformats.sh [--rounds N]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
ROUNDS=3
while (($#)); do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    *) echo "usage: bench/copyformats.sh [--rounds N]" >&2; exit 2 ;;
  esac
done
SCRATCH="${SCRATCH:-/tmp/ingest-bench-throughput}"
DATA="$SCRATCH/events-1000000"
trap 'stop_database' EXIT
ensure_jar
generated "$DATA" 1000000 10000 7 2025-03-01T00:00:00Z
start_database
psql -d postgres -q -c 'ALTER SYSTEM SET autovacuum = off' -c 'SELECT pg_reload_conf()' >/dev/null
echo "$(machine_line)"
echo "server: $SERVER_LABEL, $SERVER_VERSION; load average at start: $(load_average)"
CHECKSUM="SELECT count(*) || ' ' || md5(string_agg(event_id || user_id || product_id || product_name || category
  || price::text || event_type || event_timestamp::text, ',' ORDER BY event_id)) FROM user_events"
declare -A sums
for ((round = 1; round <= ROUNDS; round++)); do
  for format in text binary; do
    fresh_database bench_copyformat schema
    psql -d postgres -q -c CHECKPOINT
    before=$(server_cpu_seconds)
    read -r _ wall client < <(java -Xmx3g -cp "$LIB" bench/CopyFormatsBench.java "$DATA" \
        "$(jdbc_url bench_copyformat)" "$PGUSER" "$format" 2 | tail -1)
    after=$(server_cpu_seconds)
    sums[$format]=$(psql -d bench_copyformat -Atc "$CHECKSUM")
    echo "round $round  $format  COPY ${wall} s, client CPU ${client} s, server CPU" \
         "$(awk -v a="$before" -v b="$after" 'BEGIN {printf "%.2f", b - a}') s  (load $(load_average))"
    drop_database bench_copyformat
  done
  if [[ "${sums[text]}" != "${sums[binary]}" ]]; then
    echo "the formats stored different rows: ${sums[text]} against ${sums[binary]}" >&2
    exit 1
  fi
done
echo "both formats stored the same rows: ${sums[text]}"
