#!/usr/bin/env bash
# The Kafka source measured, against a broker this script starts (Kafka 4.1.1 in KRaft mode from
# kafka-distribution's jars, as the tests start it; its log under $SCRATCH/kafka), on the same PostgreSQL server:
#   throughput  1,000,000 events (seed 7, no invalid or repeated ones) already on a 3-partition topic and on a
#               1-partition one, each through `bin/ingest stream --kafka-bootstrap-servers … --available-now` from
#               process start to exit (and the 1-partition one with the jar in $BEFORE_JAR too, when set), next to
#               the same events as 100 files through the file source and through psql \copy, alternating, ROUNDS
#               times each, into fresh databases; every run must end with exactly 1,000,000 rows;
#   latency     at each rate of RATES (events/s), the generator producing into a fresh 3-partition topic for DURATION
#               seconds, flushing every FLUSH_INTERVAL (its producer: idempotent, acks=all, linger.ms 5), while the
#               stream runs with its default trigger; each message's latency from its Kafka timestamp (the producer's
#               create time) to the commit time of the transaction that stored it (the partition's transaction,
#               which records its offset range: pg_xact_commit_timestamp, so the server tracks commit timestamps);
#               the first WARMUP seconds are left out.
#   probe       the floor of Spark's Real-Time Mode here, at each rate of RATES and each real-time batch duration of
#               PROBE_BATCHES (seconds; Spark's minimum 5, its default 300): bench/RealTimeProbe.java reads the topic
#               with Trigger.RealTime into a ForeachWriter that commits one row per message and nothing else;
#               latency from each message's Kafka timestamp to its row's commit time, measured as above.
#
# Usage: bench/kafka.sh [--rounds N] [--count N] [--duration SECONDS] [--warmup SECONDS] [--rates R1,R2]
#                       [--flush-interval DURATION] [--probe-batches S1,S2] [--only throughput|latency|probe]
# Env:   POSTGRES_HOST [POSTGRES_PORT POSTGRES_USER POSTGRES_PASSWORD] as for the other benchmarks (for the latency,
#        with track_commit_timestamp = on); otherwise the embedded PostgreSQL, started with it.
#        SCRATCH (default /tmp/ingest-bench-kafka). BEFORE_JAR: an earlier build's ingest.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

ROUNDS=3
COUNT=1000000
DURATION=120
WARMUP=20
RATES=1000,10000
FLUSH_INTERVAL=5ms
PROBE_BATCHES=5,300
ONLY=""
while (($#)); do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    --count) COUNT="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --rates) RATES="$2"; shift 2 ;;
    --flush-interval) FLUSH_INTERVAL="$2"; shift 2 ;;
    --probe-batches) PROBE_BATCHES="$2"; shift 2 ;;
    --only) ONLY="$2"; shift 2 ;;
    *) echo "usage: bench/kafka.sh [--rounds N] [--count N] [--duration SECONDS] [--warmup SECONDS] [--rates R1,R2]" \
            "[--flush-interval DURATION] [--probe-batches S1,S2] [--only throughput|latency|probe]" >&2
       exit 2 ;;
  esac
done
SCRATCH="${SCRATCH:-/tmp/ingest-bench-kafka}"
KAFKA_HOME=kafka-distribution/target/kafka-home
KAFKA_PID=""
STREAM_PID=""
mkdir -p "$SCRATCH"
stop_kafka() {
  if [[ -n "$KAFKA_PID" ]]; then
    kill -TERM "$KAFKA_PID" 2>/dev/null || true
    wait "$KAFKA_PID" 2>/dev/null || true
    KAFKA_PID=""
  fi
}
stop_stream() {
  if [[ -n "$STREAM_PID" ]]; then
    kill -TERM "$STREAM_PID" 2>/dev/null || true
    wait "$STREAM_PID" 2>/dev/null || true
    STREAM_PID=""
  fi
}
trap 'stop_stream; stop_kafka; stop_database' EXIT

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Formats a new broker's storage under $SCRATCH/kafka and starts it; sets SERVERS.
start_kafka() {
  if [[ ! -d "$KAFKA_HOME/libs" ]]; then
    echo "building kafka-distribution (its target/kafka-home/libs holds the broker's jars)..." >&2
    mvn -B -q -DskipTests package -pl kafka-distribution >&2
  fi
  local dir="$SCRATCH/kafka" broker controller
  rm -rf "$dir" && mkdir -p "$dir"
  broker=$(free_port)
  controller=$(free_port)
  SERVERS="127.0.0.1:$broker"
  cat >"$dir/server.properties" <<PROPERTIES
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller
listeners=PLAINTEXT://127.0.0.1:$broker,CONTROLLER://127.0.0.1:$controller
advertised.listeners=PLAINTEXT://127.0.0.1:$broker
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$dir/data
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
auto.create.topics.enable=false
PROPERTIES
  local id
  id=$(java -cp "$KAFKA_HOME/libs/*" kafka.tools.StorageTool random-uuid)  # Kafka's own: never begins with "-"
  java -cp "$KAFKA_HOME/libs/*" kafka.tools.StorageTool format --cluster-id="$id" --config="$dir/server.properties" \
      >"$dir/format.log" 2>&1
  java -Xmx1g -cp "$KAFKA_HOME/libs/*" kafka.Kafka "$dir/server.properties" >"$dir/broker.log" 2>&1 &
  KAFKA_PID=$!
  for _ in $(seq 1 120); do
    if (echo >"/dev/tcp/127.0.0.1/$broker") 2>/dev/null; then
      sleep 2
      return
    fi
    sleep 0.5
  done
  echo "the broker did not start; see $dir/broker.log" >&2
  exit 1
}

# A topic of 3 partitions, or of as many as the second argument says.
create_topic() {
  java -cp "$LIB" bench/KafkaBench.java create "$SERVERS" "$1" "${2:-3}"
}

rows_in() {
  psql -d "$1" -Atc 'SELECT count(*) FROM user_events'
}

# Runs the command, prints its wall-clock seconds; fails unless DATABASE then holds COUNT events.
timed() {
  local database="$1" log="$2" start end rows
  shift 2
  psql -d postgres -q -c 'CHECKPOINT' 2>/dev/null || true
  sync
  start=$(date +%s.%N)
  if ! "$@" >"$log" 2>&1; then
    echo "run failed; see $log" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  rows=$(rows_in "$database")
  if [[ "$rows" != "$COUNT" ]]; then
    echo "run ended with $rows rows instead of $COUNT; see $log" >&2
    exit 1
  fi
  awk -v s="$start" -v e="$end" 'BEGIN {printf "%.2f", e - s}'
}

# One Kafka stream over the topic into a fresh database, with the command given (bin/ingest, or it with another jar);
# prints its seconds.
kafka_run() {
  local target="$1"
  shift
  rm -rf "$SCRATCH/kafka-run" && fresh_database bench_kafka
  timed bench_kafka "$SCRATCH/kafka-stream.log" "$@" stream --kafka-bootstrap-servers="$SERVERS" \
      --topic="$target" --error-dir="$SCRATCH/kafka-run/error" --checkpoint="$SCRATCH/kafka-run/checkpoint" \
      --metrics-log="$SCRATCH/kafka-run/metrics.log" --available-now --no-ui \
      --jdbc-url="$(jdbc_url bench_kafka)" --db-user="$PGUSER"
  drop_database bench_kafka
}

throughput() {
  local data="$SCRATCH/events-$COUNT" topic="bench-$COUNT-$$" copy_script="$SCRATCH/copy.sql"
  generated "$data" "$COUNT" 10000 7 2025-03-01T00:00:00Z
  find "$data" -name '*.csv' | sort | while read -r file; do
    echo "\\copy user_events (event_id, user_id, product_id, product_name, category, price, event_type, event_timestamp) FROM '$file' WITH (FORMAT csv, HEADER true)"
  done >"$copy_script"
  local single="bench1-$COUNT-$$"
  create_topic "$topic"
  create_topic "$single" 1
  for target in "$topic" "$single"; do
    echo "producing $COUNT events (seed 7, as the files) into $target ..." >&2
    "$INGEST" generate --kafka-bootstrap-servers="$SERVERS" --topic="$target" --count="$COUNT" \
        --events-per-second 10000000 --seed 7 --start-time 2025-03-01T00:00:00Z | tail -1 >&2
  done
  local -a copy_s files_s kafka_s single_s before_s
  for ((round = 1; round <= ROUNDS; round++)); do
    fresh_database bench_copy schema
    copy_s+=("$(timed bench_copy "$SCRATCH/copy.log" psql -d bench_copy -q -v ON_ERROR_STOP=1 -f "$copy_script")")
    drop_database bench_copy
    echo "round $round  copy        ${copy_s[-1]} s   (load $(load_average))"
    rm -rf "$SCRATCH/files" && fresh_database bench_files
    files_s+=("$(timed bench_files "$SCRATCH/files.log" "$INGEST" stream --input="$data" \
        --error-dir="$SCRATCH/files/error" --checkpoint="$SCRATCH/files/checkpoint" \
        --metrics-log="$SCRATCH/files/metrics.log" --available-now --no-ui \
        --jdbc-url="$(jdbc_url bench_files)" --db-user="$PGUSER")")
    drop_database bench_files
    echo "round $round  file source ${files_s[-1]} s   (load $(load_average))"
    kafka_s+=("$(kafka_run "$topic" "$INGEST")")
    echo "round $round  kafka       ${kafka_s[-1]} s   (load $(load_average))"
    single_s+=("$(kafka_run "$single" "$INGEST")")
    echo "round $round  kafka, 1 partition ${single_s[-1]} s   (load $(load_average))"
    if [[ -n "${BEFORE_JAR:-}" ]]; then
      before_s+=("$(kafka_run "$single" env INGEST_JAR="$BEFORE_JAR" "$INGEST")")
      echo "round $round  kafka, 1 partition, before ${before_s[-1]} s   (load $(load_average))"
    fi
  done
  local copy_m
  copy_m=$(median "${copy_s[@]}")
  echo
  printf '%-52s %10s %12s %10s\n' "method ($COUNT events, $ROUNDS runs each)" "median s" "events/s" "vs copy"
  for row in "psql \\copy (no validation, no dedup)|$copy_m" \
      "bin/ingest stream --available-now, file source|$(median "${files_s[@]}")" \
      "bin/ingest stream --available-now, Kafka source|$(median "${kafka_s[@]}")" \
      "the same, a 1-partition topic|$(median "${single_s[@]}")" \
      ${BEFORE_JAR:+"the same with \$BEFORE_JAR|$(median "${before_s[@]}")"}; do
    awk -v name="${row%%|*}" -v s="${row##*|}" -v n="$COUNT" -v copy="$copy_m" \
        'BEGIN {printf "%-52s %10.2f %12.0f %9.2fx\n", name, s, n / s, copy / s}'
  done
}

# Waits until the reader's log (1) shows the line (2), then 5 s more, and produces into the topic (3) at the rate (4)
# for the warm-up and the duration (the generator's output to 5); prints the epoch milliseconds the warm-up ends at.
produce_once_reading() {
  local log="$1" ready="$2" topic="$3" rate="$4" generate_log="$5"
  for _ in $(seq 1 240); do
    grep -q "$ready" "$log" && break
    sleep 0.5
  done
  sleep 5
  echo $(( $(date +%s%3N) + WARMUP * 1000 ))
  "$INGEST" generate --kafka-bootstrap-servers="$SERVERS" --topic="$topic" --events-per-second "$rate" \
      --flush-interval "$FLUSH_INTERVAL" --duration="$((DURATION + WARMUP))" --seed 11 >"$generate_log" 2>&1
}

latency() {
  local rate="$1" topic="latency-$1-$$" work="$SCRATCH/latency"
  rm -rf "$work" && mkdir -p "$work"
  create_topic "$topic"
  fresh_database bench_latency
  "$INGEST" stream --kafka-bootstrap-servers="$SERVERS" --topic="$topic" --starting-offsets latest \
      --error-dir="$work/error" --checkpoint="$work/checkpoint" --metrics-log="$work/metrics.log" --no-ui \
      --jdbc-url="$(jdbc_url bench_latency)" --db-user="$PGUSER" >"$work/stream.log" 2>&1 &
  STREAM_PID=$!
  local from_ms
  from_ms=$(produce_once_reading "$work/stream.log" '^Streaming' "$topic" "$rate" "$work/generate.log")
  sleep 5
  stop_stream
  echo "$rate events/s for $((DURATION + WARMUP)) s (generate --flush-interval $FLUSH_INTERVAL), the stream's default" \
       "trigger; the first $WARMUP s left out:"
  java -cp "$LIB" bench/KafkaBench.java latency "$SERVERS" "$topic" "$(jdbc_url bench_latency)" "$PGUSER" "$from_ms"
  echo "batches: $(psql -d bench_latency -Atc 'SELECT count(*) FROM ingestion_batches'), records: $(psql -d bench_latency -Atc 'SELECT coalesce(sum(records_in), 0) FROM ingestion_batches')"
  drop_database bench_latency
}

# The real-time probe: Spark's Real-Time Mode alone, one commit per message.
probe() {
  local rate="$1" batch="$2" topic="probe-$1-$2-$$" work="$SCRATCH/probe"
  rm -rf "$work" && mkdir -p "$work"
  create_topic "$topic"
  fresh_database bench_probe
  java "${SPARK_OPENS[@]}" -cp "$LIB" bench/RealTimeProbe.java "$SERVERS" "$topic" 3 "$work/checkpoint" \
      "$(jdbc_url bench_probe)" "$PGUSER" "$((DURATION + WARMUP + 20))" "$batch" >"$work/probe.log" 2>&1 &
  local probe_pid=$!
  local from_ms
  from_ms=$(produce_once_reading "$work/probe.log" '^running' "$topic" "$rate" "$work/generate.log")
  wait "$probe_pid" || { echo "the probe failed; see $work/probe.log" >&2; exit 1; }
  echo "$rate events/s for $((DURATION + WARMUP)) s (generate --flush-interval $FLUSH_INTERVAL), Trigger.RealTime" \
       "with $batch-second batches into one commit per message; the first $WARMUP s left out:"
  psql -d bench_probe -X -A -F ' ' -c "SELECT count(*) AS messages,
        percentile_disc(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_disc(0.95) WITHIN GROUP (ORDER BY ms) AS p95,
        percentile_disc(0.99) WITHIN GROUP (ORDER BY ms) AS p99, max(ms) AS max
      FROM (SELECT (extract(epoch FROM pg_xact_commit_timestamp(xmin)) * 1000)::bigint - produced_ms AS ms
            FROM realtime_probe WHERE produced_ms >= $from_ms) latencies" | head -2
  drop_database bench_probe
}

ensure_jar
start_database track_commit_timestamp=on
[[ "$ONLY" == throughput ]] || require_commit_timestamps
ensure_class_archive
if [[ -n "${BEFORE_JAR:-}" ]]; then
  ensure_class_archive_of "$BEFORE_JAR"
fi
start_kafka
echo "$(machine_line)"
echo "server:  $SERVER_LABEL, $SERVER_VERSION; Kafka 4.1.1 (KRaft, one node) at $SERVERS; load average $(load_average)"
echo
[[ -z "$ONLY" || "$ONLY" == throughput ]] && throughput
echo
IFS=, read -ra rates <<<"$RATES"
if [[ -z "$ONLY" || "$ONLY" == latency ]]; then
  for rate in "${rates[@]}"; do
    latency "$rate"
    echo
  done
fi
if [[ -z "$ONLY" || "$ONLY" == probe ]]; then
  IFS=, read -ra batches <<<"$PROBE_BATCHES"
  for rate in "${rates[@]}"; do
    for batch in "${batches[@]}"; do
      probe "$rate" "$batch"
      echo
    done
  done
fi
