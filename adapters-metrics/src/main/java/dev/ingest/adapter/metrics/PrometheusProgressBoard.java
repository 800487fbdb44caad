package dev.ingest.adapter.metrics;

import dev.ingest.application.health.port.out.ProgressBoard;
import dev.ingest.domain.health.StreamProgress;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The stream source's backlog as Prometheus gauges, each registered when the source first tells it (a landing folder
 * has files and bytes, a Kafka topic a lag), so that a gauge never shows a number nobody measured.
 */
final class PrometheusProgressBoard implements ProgressBoard {

    private final BacklogGauge files;
    private final BacklogGauge bytes;
    private final BacklogGauge lag;

    PrometheusProgressBoard(MeterRegistry registry) {
        files = new BacklogGauge(registry, "ingest.backlog.files", null,
                "Files in the landing folder that no batch has taken yet");
        bytes = new BacklogGauge(registry, "ingest.backlog", "bytes",
                "Bytes of the files in the landing folder that no batch has taken yet");
        lag = new BacklogGauge(registry, "ingest.kafka.lag.records", null,
                "Records the Kafka source is behind the latest offsets, over all its partitions");
    }

    @Override
    public void post(StreamProgress progress) {
        if (progress.kafkaLag().isPresent()) {
            lag.set(progress.kafkaLag());
            return;
        }
        files.set(OptionalLong.of(progress.backlogFiles()));
        bytes.set(OptionalLong.of(progress.backlogBytes()));
    }

    /** One gauge, registered at its first value. */
    private static final class BacklogGauge {
        private final MeterRegistry registry;
        private final String name;
        private final String unit;
        private final String description;
        private AtomicLong value;

        BacklogGauge(MeterRegistry registry, String name, String unit, String description) {
            this.registry = registry;
            this.name = name;
            this.unit = unit;
            this.description = description;
        }

        synchronized void set(OptionalLong measured) {
            if (measured.isEmpty()) {
                return;
            }
            if (value == null) {
                value = new AtomicLong();
                Gauge.builder(name, value, AtomicLong::get).description(description).baseUnit(unit).register(registry);
            }
            value.set(measured.getAsLong());
        }
    }
}
