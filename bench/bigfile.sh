#!/usr/bin/env bash
# One big file through `java -Xmx<heap> -jar bootstrap/target/ingest.jar stream --available-now`, into a fresh
# database: wall time, events/s and the stream JVM's peak resident memory (GNU time's maximum RSS). The file is made by
# `ingest generate` (one file of COUNT events, seed 7), plain or, with --gzip, compressed.
#
# Usage: bench/bigfile.sh [--count N] [--heap SIZE|default] [--gzip]   (defaults: 5,000,000 events ≈ 640 MB, -Xmx1g;
#        "default" runs java without -Xmx, as `java -jar` does)
# Env:   as bench/throughput.sh; SCRATCH (default /tmp/ingest-bench-bigfile). Needs /usr/bin/time (Debian's `time`).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

COUNT=5000000
HEAP=1g
GZIP=false
while (($#)); do
  case "$1" in
    --count) COUNT="$2"; shift 2 ;;
    --heap) HEAP="$2"; shift 2 ;;
    --gzip) GZIP=true; shift ;;
    *) echo "usage: bench/bigfile.sh [--count N] [--heap SIZE|default] [--gzip]" >&2; exit 2 ;;
  esac
done
SCRATCH="${SCRATCH:-/tmp/ingest-bench-bigfile}"
DATA="$SCRATCH/events-$COUNT"
mkdir -p "$SCRATCH"
trap 'stop_database' EXIT
ensure_jar

if [[ ! -f "$DATA/.complete" ]]; then
  rm -rf "$DATA"
  # The generator writes at most 10,000,000 events per file: the parts are joined into one file, headers but the
  # first left out.
  generated "$DATA/parts" "$COUNT" $((COUNT < 10000000 ? COUNT : 10000000)) 7 2025-03-01T00:00:00Z
  parts=("$DATA"/parts/*.csv)
  { cat "${parts[0]}"; for part in "${parts[@]:1}"; do tail -n +2 "$part"; done; } >"$DATA/.events.csv"
  mv "$DATA/.events.csv" "$DATA/events.csv"
  rm -rf "$DATA/parts"
  touch "$DATA/.complete"
fi
INPUT="$DATA"
if [[ "$GZIP" == true ]]; then
  INPUT="$DATA-gzip"
  if [[ ! -f "$INPUT/.complete" ]]; then
    rm -rf "$INPUT" && mkdir -p "$INPUT"
    for file in "$DATA"/*.csv; do gzip -c "$file" >"$INPUT/$(basename "$file").gz"; done
    touch "$INPUT/.complete"
  fi
fi
SIZE_MB=$(du -m "$INPUT" | cut -f1)

start_database
echo "$(machine_line)"
echo "server:  $SERVER_LABEL, $SERVER_VERSION; $COUNT events in one file of $SIZE_MB MB; stream JVM -Xmx$HEAP"
echo "load average at start: $(load_average)"

work="$SCRATCH/stream"
rm -rf "$work" && mkdir -p "$work"
fresh_database bench_bigfile
HEAP_OPTION=()
[[ "$HEAP" == default ]] || HEAP_OPTION=("-Xmx$HEAP")
/usr/bin/time -f '%e %M' -o "$SCRATCH/time.txt" java "${HEAP_OPTION[@]}" -jar "$JAR" stream --input="$INPUT" \
    --error-dir="$work/error" --checkpoint="$work/checkpoint" --metrics-log="$work/metrics.log" --available-now \
    --no-ui --jdbc-url="$(jdbc_url bench_bigfile)" --db-user="$PGUSER" >"$SCRATCH/stream.log" 2>&1 \
  || { echo "run failed; see $SCRATCH/stream.log" >&2; exit 1; }
rows=$(psql -d bench_bigfile -Atc 'SELECT count(*) FROM user_events')
drop_database bench_bigfile
if [[ "$rows" != "$COUNT" ]]; then
  echo "run ended with $rows rows instead of $COUNT; see $SCRATCH/stream.log" >&2
  exit 1
fi
read -r seconds rss_kb <"$SCRATCH/time.txt"
awk -v s="$seconds" -v kb="$rss_kb" -v n="$COUNT" -v mb="$SIZE_MB" 'BEGIN {
  printf "%d events (%d MB) in %.1f s: %.0f events/s, %.1f MB/s; peak resident %.0f MB\n", n, mb, s, n / s, mb / s, kb / 1024
}'
echo "load average at end: $(load_average)"
