package dev.ingest.adapter.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Map;

/**
 * The Kafka source's consumer lag as Spark's connector reports it: per progress, the average over partitions of the
 * offsets not read yet ({@code avgOffsetsBehindLatest}); times the partitions its end offset names, the total.
 */
final class KafkaLag {

    static final String AVERAGE_PER_PARTITION = "avgOffsetsBehindLatest";

    private static final JsonFactory JSON = new JsonFactory();

    private KafkaLag() {
    }

    /** @param endOffset the source's end offset, {@code {"topic":{"0":120,"1":98}}} */
    static long total(Map<String, String> metrics, String endOffset) {
        return Math.round(Double.parseDouble(metrics.get(AVERAGE_PER_PARTITION)) * partitions(endOffset));
    }

    private static int partitions(String endOffset) {
        int partitions = 0;
        try (JsonParser parser = JSON.createParser(endOffset == null ? "{}" : endOffset)) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    depth++;
                } else if (token == JsonToken.END_OBJECT) {
                    depth--;
                } else if (token == JsonToken.FIELD_NAME && depth == 2) {
                    partitions++;
                }
            }
        } catch (IOException notJson) {
            return 0;
        }
        return partitions;
    }
}
