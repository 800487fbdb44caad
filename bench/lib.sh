# Shared by bench/throughput.sh and bench/latency.sh (sourced, not run): the jar, the machine line, and the
# PostgreSQL server the benchmarks use — the one POSTGRES_HOST names (with POSTGRES_PORT, POSTGRES_USER and
# POSTGRES_PASSWORD, a user that may create databases), else the project's embedded PostgreSQL, kept running by
# bench/EmbeddedServer.java in "$SCRATCH/postgres" for the length of the run.

JAR=bootstrap/target/ingest.jar
# The launcher: the jar with its class-data archive (see bin/ingest).
INGEST=bin/ingest
LIB='bootstrap/target/lib/*'
# Spark needs these on Java 17; `java -jar` takes them from the jar's manifest, a plain `java -cp` does not.
SPARK_OPENS=(--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED)
for package in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util \
    java.util.concurrent java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action \
    sun.util.calendar; do
  SPARK_OPENS+=("--add-opens=java.base/$package=ALL-UNNAMED")
done

EMBEDDED_PID=""

ensure_jar() {
  if [[ ! -f "$JAR" ]]; then
    echo "building $JAR (mvn -B -q -DskipTests package)..." >&2
    mvn -B -q -DskipTests package >&2
  fi
}

machine_line() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
       "$(free -g | awk '/Mem:/{print $2}') GiB RAM; $(java -version 2>&1 | head -1)"
}

load_average() {
  cut -d' ' -f1-3 /proc/loadavg
}

# Sets PGHOST, PGPORT, PGUSER (and PGPASSWORD) for psql, and SERVER_LABEL for the report. Arguments NAME=VALUE are
# server settings the embedded server starts with (see bench/EmbeddedServer.java); a server named by POSTGRES_HOST
# runs with its own, which the caller checks.
start_database() {
  if [[ -n "${POSTGRES_HOST:-}" ]]; then
    export PGHOST="$POSTGRES_HOST" PGPORT="${POSTGRES_PORT:-5432}" PGUSER="${POSTGRES_USER:-postgres}"
    if [[ -n "${POSTGRES_PASSWORD:-}" ]]; then
      export PGPASSWORD="$POSTGRES_PASSWORD"
    fi
    SERVER_LABEL="PostgreSQL at $PGHOST:$PGPORT"
  else
    local dir="$SCRATCH/postgres"
    mkdir -p "$dir"
    java -cp "$LIB" bench/EmbeddedServer.java "$dir" "$@" >"$SCRATCH/embedded-server.log" 2>&1 &
    EMBEDDED_PID=$!
    local waited=0
    until grep -q '^ready' "$SCRATCH/embedded-server.log" 2>/dev/null; do
      if ! kill -0 "$EMBEDDED_PID" 2>/dev/null || ((waited > 120)); then
        echo "the embedded PostgreSQL did not start; see $SCRATCH/embedded-server.log" >&2
        exit 1
      fi
      sleep 1
      waited=$((waited + 1))
    done
    export PGHOST=localhost PGPORT="$(cat "$dir/port")" PGUSER=postgres
    unset PGPASSWORD
    SERVER_LABEL="embedded PostgreSQL (port $PGPORT)"
  fi
  SERVER_VERSION="$(psql -d postgres -Atc 'show server_version')"
}

# Latency to the commit reads rows' commit times (pg_xact_commit_timestamp): the server must track them.
require_commit_timestamps() {
  if [[ "$(psql --dbname=postgres -X -Atc 'SHOW track_commit_timestamp')" == on ]]; then
    return
  fi
  if [[ -n "${POSTGRES_HOST:-}" ]]; then
    echo "track_commit_timestamp is off on $PGHOST:$PGPORT, and the latency reads rows' commit times:" \
         "run ALTER SYSTEM SET track_commit_timestamp = on; and restart the server" >&2
  else
    echo "the embedded PostgreSQL in $SCRATCH/postgres runs without track_commit_timestamp (left running by an" \
         "earlier run?): stop it and run again" >&2
  fi
  exit 1
}

stop_database() {
  if [[ -n "$EMBEDDED_PID" ]]; then
    kill "$EMBEDDED_PID" 2>/dev/null || true
    wait "$EMBEDDED_PID" 2>/dev/null || true
    EMBEDDED_PID=""
  fi
}

# bin/ingest records its class-data archive on the first stream run after a build, which then takes ~10 s longer to
# exit; made here, on a two-file sample outside the measured runs, as any installation makes it once.
ensure_class_archive() {
  ensure_class_archive_of "$JAR"
}

# The same for the jar given, run through bin/ingest with INGEST_JAR.
ensure_class_archive_of() {
  local jar="$1"
  local archive="${jar%.jar}.jsa"
  if [[ -f "$archive" && "$archive" -nt "$jar" && -z "$(find "$(dirname "$jar")/lib" -newer "$archive" -name '*.jar')" ]]; then
    return
  fi
  echo "recording bin/ingest's class-data archive (once per build) ..." >&2
  local work="$SCRATCH/archive-run"
  rm -rf "$work" && mkdir -p "$work/input"
  java -jar "$JAR" generate --output="$work/input" --count 2000 --events-per-file 1000 --events-per-second 100000 \
      --seed 1 >/dev/null
  fresh_database bench_archive
  INGEST_JAR="$jar" "$INGEST" stream --input="$work/input" --error-dir="$work/error" --checkpoint="$work/checkpoint" \
      --metrics-log="$work/metrics.log" --available-now --no-ui --jdbc-url="$(jdbc_url bench_archive)" \
      --db-user="$PGUSER" >"$work/stream.log" 2>&1
  drop_database bench_archive
}

# Generates COUNT events (seed SEED, from START) in files of EVENTS_PER_FILE into FOLDER, once: a later run finds the
# folder complete and reuses it.
generated() {
  local folder="$1" count="$2" events_per_file="$3" seed="$4" start="$5"
  if [[ ! -f "$folder/.complete" ]]; then
    rm -rf "$folder"
    echo "generating $count events into $folder ..." >&2
    java -jar "$JAR" generate --output="$folder" --count="$count" --events-per-file="$events_per_file" \
        --file-interval 24h --events-per-second 10000000 --seed="$seed" --start-time="$start" | tail -1 >&2
    touch "$folder/.complete"
  fi
}

# The same, with the events' times spread evenly over SPAN of event time from START (`generate --time-span`).
generated_over() {
  local folder="$1" count="$2" events_per_file="$3" seed="$4" start="$5" span="$6"
  if [[ ! -f "$folder/.complete" ]]; then
    rm -rf "$folder"
    echo "generating $count events over $span into $folder ..." >&2
    java -jar "$JAR" generate --output="$folder" --count="$count" --events-per-file="$events_per_file" \
        --time-span="$span" --seed="$seed" --start-time="$start" | tail -1 >&2
    touch "$folder/.complete"
  fi
}

jdbc_url() {
  echo "jdbc:postgresql://$PGHOST:$PGPORT/$1"
}

# A new, empty database; with a second argument "schema", the project's schema applied by `ingest migrate`, so that
# every method writes into the same user_events, indexes included.
fresh_database() {
  psql -d postgres -q -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" 2>/dev/null
  if [[ "${2:-}" == schema ]]; then
    java -jar "$JAR" migrate "--jdbc-url=$(jdbc_url "$1")" "--db-user=$PGUSER" >/dev/null
  fi
}

drop_database() {
  psql -d postgres -q -c "DROP DATABASE IF EXISTS $1" 2>/dev/null
}

# Median of the numbers given, two decimals.
# CPU seconds (user + system) the PostgreSQL server on this machine has used so far: the postmaster and every live
# process under it, plus what its exited children (the connections' backends, reaped by the postmaster) used.
server_cpu_seconds() {
  local postmaster
  postmaster=$(awk '/^PPid/ {print $2}' "/proc/$(psql -d postgres -Atc \
      "SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'")/status")
  {
    sed 's/^.*) //' "/proc/$postmaster/stat" | awk '{print $12 + $13 + $14 + $15}'
    for child in $(pgrep -P "$postmaster"); do
      sed 's/^.*) //' "/proc/$child/stat" 2>/dev/null | awk '{print $12 + $13}'
    done
  } | awk -v hz="$(getconf CLK_TCK)" '{ticks += $1} END {printf "%.2f", ticks / hz}'
}

median() {
  printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {if (NR % 2) m = v[(NR + 1) / 2]; else m = (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f", m}'
}
