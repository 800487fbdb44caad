# Runtime image for ingest: build the jar first with `mvn -B -DskipTests package`.
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY bootstrap/target/ingest.jar /app/ingest.jar
COPY bootstrap/target/lib /app/lib
# Spark writes its scratch files here; the bind mounts below hold data, checkpoints and logs.
ENV SPARK_LOCAL_DIRS=/tmp/spark SPARK_LOCAL_IP=127.0.0.1
ENTRYPOINT ["java", "-Xmx2g", "-jar", "/app/ingest.jar"]
CMD ["--help"]
