import dev.ingest.adapter.postgres.database.DatabaseSettings;
import dev.ingest.adapter.postgres.report.PostgresReports;
import dev.ingest.application.report.port.in.ReportKind;
import dev.ingest.application.report.port.in.ReportResult;
import dev.ingest.application.report.port.in.RunReportCommand;
import dev.ingest.application.report.usecase.RunReportService;
import dev.ingest.domain.report.ReportQuery;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Times each report request the way the dashboard and {@code ingest report} make it: {@code RunReportService} over
 * {@code PostgresReports}, one pooled connection, each request in its own read-only transaction. Every request of the
 * list runs REPEATS times, the list round-robin (so a writer running meanwhile is met by all alike), after one warm-up
 * round; prints one line per request: p50, p95 and max in milliseconds, and the rows it answered.
 *
 * <p>Usage (Java 17 single-file launch):
 * {@code java -cp 'bootstrap/target/ingest.jar:bootstrap/target/lib/*' bench/ReportLatency.java JDBC_URL USER REPEATS
 * LAST_EVENT_TIME CATEGORY}, LAST_EVENT_TIME as {@code 2026-01-30T23:59:59}; the time-filtered requests end there.
 */
public final class ReportLatency {

    public static void main(String[] args) {
        if (args.length != 5) {
            System.err.println("usage: ReportLatency.java JDBC_URL USER REPEATS LAST_EVENT_TIME CATEGORY");
            System.exit(2);
        }
        // The password as psql takes it: bench/lib.sh exports PGPASSWORD for a server, none for the embedded one.
        String password = System.getenv().getOrDefault("PGPASSWORD", "");
        DatabaseSettings settings = new DatabaseSettings(args[0], args[1], password, Duration.ofSeconds(30));
        int repeats = Integer.parseInt(args[2]);
        LocalDateTime last = LocalDateTime.parse(args[3]);
        String category = args[4];
        RunReportService reports = new RunReportService(new PostgresReports(settings));
        Map<String, RunReportCommand> requests = requests(last, category);
        Map<String, long[]> nanos = new LinkedHashMap<>();
        Map<String, Integer> rows = new LinkedHashMap<>();
        requests.forEach((name, command) -> {
            nanos.put(name, new long[repeats]);
            rows.put(name, rowCount(reports.run(command)));
        });
        for (int i = 0; i < repeats; i++) {
            for (var request : requests.entrySet()) {
                long started = System.nanoTime();
                reports.run(request.getValue());
                nanos.get(request.getKey())[i] = System.nanoTime() - started;
            }
        }
        System.out.printf("%-44s %8s %8s %8s %6s%n", "request", "p50 ms", "p95 ms", "max ms", "rows");
        nanos.forEach((name, times) -> {
            long[] sorted = times.clone();
            Arrays.sort(sorted);
            System.out.printf("%-44s %8.1f %8.1f %8.1f %6d%n", name, rank(sorted, 0.50), rank(sorted, 0.95),
                    sorted[sorted.length - 1] / 1e6, rows.get(name));
        });
    }

    private static Map<String, RunReportCommand> requests(LocalDateTime last, String category) {
        ReportQuery all = ReportQuery.unfiltered();
        // Not on the hour: the rollups must add whole hours and read the events of the partial ones.
        LocalDateTime dayAgo = last.minusHours(24).minusMinutes(17).minusSeconds(23);
        LocalDateTime weekAgo = last.minusDays(7).minusMinutes(17).minusSeconds(23);
        ReportQuery lastDay = all.withFrom(dayAgo).withTo(last);
        ReportQuery lastWeek = all.withFrom(weekAgo).withTo(last);
        Map<String, RunReportCommand> requests = new LinkedHashMap<>();
        for (ReportKind kind : ReportKind.values()) {
            requests.put(kind.reportName(), new RunReportCommand(kind, all));
            requests.put(kind.reportName() + " --category", kind.supports(ReportKind.ReportFilter.CATEGORY)
                    ? new RunReportCommand(kind, all.withCategory(category)) : null);
            requests.put(kind.reportName() + " last 24 h (unaligned)", new RunReportCommand(kind, lastDay));
            requests.put(kind.reportName() + " last 7 days (unaligned)", new RunReportCommand(kind, lastWeek));
        }
        requests.values().removeIf(command -> command == null);
        return requests;
    }

    private static int rowCount(ReportResult result) {
        if (result instanceof ReportResult.Summary summary) {
            return summary.rows().size();
        }
        if (result instanceof ReportResult.Hourly hourly) {
            return hourly.rows().size();
        }
        if (result instanceof ReportResult.Funnel funnel) {
            return funnel.rows().size();
        }
        if (result instanceof ReportResult.TopProducts top) {
            return top.rows().size();
        }
        return ((ReportResult.Recent) result).rows().size();
    }

    private static double rank(long[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
