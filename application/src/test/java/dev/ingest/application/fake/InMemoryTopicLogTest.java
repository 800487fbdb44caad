package dev.ingest.application.fake;

import dev.ingest.application.contract.TopicLogContract;
import dev.ingest.application.verify.port.out.TopicLog;

/** The topic log contract, held by the in-memory fake. */
class InMemoryTopicLogTest extends TopicLogContract {

    private final InMemoryTopicLog log = new InMemoryTopicLog();

    @Override
    protected TopicLog log() {
        return log;
    }

    @Override
    protected void created(String topic, int partitions) {
        log.createTopic(topic, partitions);
    }

    @Override
    protected void appended(String topic, int partition, int count) {
        log.append(topic, partition, count);
    }

    @Override
    protected void appendedThenHole(String topic, int partition, int count) {
        log.append(topic, partition, count).appendMarker(topic, partition);
    }

    @Override
    protected void deletedBelow(String topic, int partition, long offset) {
        log.deleteBelow(topic, partition, offset);
    }
}
