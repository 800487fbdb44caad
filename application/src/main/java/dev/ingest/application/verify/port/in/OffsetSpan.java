package dev.ingest.application.verify.port.in;

/** Offsets {@code from} to {@code until} (exclusive) of one topic-partition. */
public record OffsetSpan(long from, long until) {

    public OffsetSpan {
        if (from < 0 || until <= from) {
            throw new IllegalArgumentException("not an offset span: " + from + " until " + until);
        }
    }

    @Override
    public String toString() {
        return until - from == 1 ? Long.toString(from) : from + "-" + (until - 1);
    }
}
