#!/usr/bin/env bash
# Measures the event generator on this machine: its maximum sustained rate (asked for far more than it can do,
# what does it achieve?) and its accuracy at the pipeline's target rate. Files land in a scratch folder that is
# deleted afterwards. Usage: bench/generator.sh [SECONDS]   (env: MAX_RATE, TARGET_RATE, SCRATCH)
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_RUN="${1:-20}"
MAX_RATE="${MAX_RATE:-1000000}"
TARGET_RATE="${TARGET_RATE:-200000}"
SCRATCH="${SCRATCH:-$(mktemp -d -t ingest-generator-bench.XXXXXX)}"
trap 'rm -rf "$SCRATCH"' EXIT

if [[ -f bootstrap/target/ingest.jar ]]; then
  INGEST=(java -jar bootstrap/target/ingest.jar)
else
  # No packaged jar yet: run from the reactor's module jars and the resolved dependency classpath.
  echo "bootstrap/target/ingest.jar not found; packaging the modules once to get a classpath..." >&2
  mvn -B -q -pl bootstrap -am -DskipTests package dependency:build-classpath \
      -Dmdep.outputFile="$SCRATCH/classpath.txt" -Dmdep.includeScope=runtime >&2
  INGEST=(java -cp "bootstrap/target/classes:$(cat "$SCRATCH/classpath.txt")" dev.ingest.bootstrap.IngestApplication)
fi

run() {
  local rate="$1" out="$SCRATCH/run-$1"
  "${INGEST[@]}" generate --output="$out" --events-per-second="$rate" --duration="$SECONDS_PER_RUN" 2>/dev/null \
    | sed -n 's/.*wrote \([0-9]*\) events in \([0-9]*\) files .* (\([0-9.]*\) events\/s).*/\1 \2 \3/p'
  du -sh "$out" | cut -f1
  rm -rf "$out"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB"
echo "java:    $(java -version 2>&1 | head -1)"
echo
printf '%-22s %12s %8s %16s %10s\n' "run (${SECONDS_PER_RUN} s)" "events" "files" "achieved ev/s" "on disk"
for rate in "$MAX_RATE" "$TARGET_RATE"; do
  mapfile -t result < <(run "$rate")
  read -r events files achieved <<<"${result[0]}"
  printf '%-22s %12s %8s %16s %10s\n' "asked $rate/s" "$events" "$files" "$achieved" "${result[1]}"
done
