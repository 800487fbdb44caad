package dev.ingest.adapter.spark.kafka;

/** Where a new stream starts reading a topic; a stream restarted on its checkpoint resumes where it stopped. */
public enum StartingOffsets {
    EARLIEST,
    LATEST
}
