#!/usr/bin/env bash
# CSV parsing alone (one thread, no Spark, no database) over the throughput data set: the stream's parser against
# Commons CSV over the whole file and FastCSV (fetched from Maven Central for the benchmark only; not a dependency of
# the product). See bench/CsvParsersBench.java.
#
# Usage: bench/csvparsers.sh [--rounds N]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
ROUNDS=6
FASTCSV_VERSION=3.4.0
while (($#)); do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    *) echo "usage: bench/csvparsers.sh [--rounds N]" >&2; exit 2 ;;
  esac
done
SCRATCH="${SCRATCH:-/tmp/ingest-bench-throughput}"
DATA="$SCRATCH/events-1000000"
ensure_jar
generated "$DATA" 1000000 10000 7 2025-03-01T00:00:00Z
mvn -B -q dependency:get -Dartifact="de.siegmar:fastcsv:$FASTCSV_VERSION" >&2
FASTCSV="$HOME/.m2/repository/de/siegmar/fastcsv/$FASTCSV_VERSION/fastcsv-$FASTCSV_VERSION.jar"
echo "$(machine_line)"
echo "load average at start: $(load_average)"
java -Xmx1g -cp "$LIB:$FASTCSV" bench/CsvParsersBench.java "$DATA" "$ROUNDS"
echo "load average at end: $(load_average)"
