# Runtime image for ingest: build the jar first with `mvn -B -DskipTests package`.
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY bootstrap/target/ingest.jar /app/ingest.jar
COPY bootstrap/target/lib /app/lib
COPY bin/ingest /app/bin/ingest
# Spark writes its scratch files here; the bind mounts below hold data, checkpoints and logs.
ENV SPARK_LOCAL_DIRS=/tmp/spark SPARK_LOCAL_IP=127.0.0.1
# The launcher runs the jar with the JVM options it runs best with (C1 only, and the class-data archive the
# container's first stream records next to the jar as it stops); INGEST_JAVA_OPTS comes after them.
ENV INGEST_JAR=/app/ingest.jar INGEST_JAVA_OPTS=-Xmx2g
ENTRYPOINT ["/app/bin/ingest"]
CMD ["--help"]
