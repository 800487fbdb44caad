package dev.ingest.adapter.metrics;

import java.util.HashMap;
import java.util.Map;

/** Test helper: each sample of a scrape by its name and labels, as Prometheus' text format gives them. */
final class ScrapedSamples {

    private ScrapedSamples() {
    }

    static Map<String, Double> of(String scrape) {
        Map<String, Double> samples = new HashMap<>();
        scrape.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(line -> {
            int space = line.lastIndexOf(' ');
            samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        });
        return samples;
    }
}
