#!/usr/bin/env bash
# What one trigger of the landing folder source costs on the driver when the folder keeps every file it received
# (--after-ingest keep), before and after names-only listing, at 100,000 and 1,000,000 files on Hadoop's local file
# system. No Spark, no database: the listing alone (bench/ListingBench.java). The files are empty; only names count.
#
# Usage: bench/listing.sh [--rounds N] [--sizes "100000 1000000"]
# Env:   SCRATCH (default /tmp/ingest-bench-listing)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
ROUNDS=7
SIZES="100000 1000000"
while (($#)); do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    --sizes) SIZES="$2"; shift 2 ;;
    *) echo "usage: bench/listing.sh [--rounds N] [--sizes \"100000 1000000\"]" >&2; exit 2 ;;
  esac
done
SCRATCH="${SCRATCH:-/tmp/ingest-bench-listing}"
ensure_jar
echo "$(machine_line)"
for size in $SIZES; do
  folder="$SCRATCH/landing-$size"
  if [[ ! -f "$folder/.complete" ]]; then
    rm -rf "$folder" && mkdir -p "$folder"
    # Named as generate names its files.
    python3 -c 'import os, sys
d, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    open(os.path.join(d, "events-5eeded00-%09d.csv" % i), "w").close()
open(os.path.join(d, ".complete"), "w").close()' "$folder" "$size"
  fi
  echo "load average at start: $(load_average)"
  java -Xmx2g -cp "$LIB" bench/ListingBench.java "$folder" "$ROUNDS"
done
echo "load average at end: $(load_average)"
