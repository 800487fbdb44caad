package dev.ingest.bootstrap.e2e;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The numbers of {@code ingest generate}'s printed summary, which the pipeline's account must match exactly. */
record GeneratorSummary(long events, long files, long valid, long duplicates, long invalid,
        Map<String, Long> invalidByReason) {

    private static final Pattern WROTE = Pattern.compile("wrote (\\d+) events in (\\d+) (?:files|flushes)");
    private static final Pattern INJECTED = Pattern.compile(
            "valid: (\\d+)\\s+duplicates injected: (\\d+)\\s+invalid injected: (\\d+)(?: \\(([^)]*)\\))?");

    static GeneratorSummary parse(String output) {
        Matcher wrote = find(WROTE, output);
        Matcher injected = find(INJECTED, output);
        Map<String, Long> byReason = new TreeMap<>();
        if (injected.group(4) != null) {
            for (String entry : injected.group(4).split(",\\s*")) {
                String[] reasonAndCount = entry.split("=");
                byReason.put(reasonAndCount[0], Long.parseLong(reasonAndCount[1]));
            }
        }
        return new GeneratorSummary(Long.parseLong(wrote.group(1)), Long.parseLong(wrote.group(2)),
                Long.parseLong(injected.group(1)), Long.parseLong(injected.group(2)), Long.parseLong(injected.group(3)),
                byReason);
    }

    private static Matcher find(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new AssertionError("no '" + pattern + "' in the generator's output:\n" + output);
        }
        return matcher;
    }
}
