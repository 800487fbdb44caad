package dev.ingest.application.verify.port.out;

/**
 * One partition of a log topic as it stands: the offsets it still holds, from {@code firstOffset} (what retention has
 * not deleted) up to {@code nextOffset} (what the next message will get); equal when it holds none.
 */
public record PartitionLog(String topic, int partition, long firstOffset, long nextOffset) {

    public PartitionLog {
        if (partition < 0 || firstOffset < 0 || nextOffset < firstOffset) {
            throw new IllegalArgumentException("not a partition's log: " + topic + "/" + partition + " "
                    + firstOffset + " to " + nextOffset);
        }
    }
}
