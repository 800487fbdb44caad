package dev.ingest.domain.report;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The filters a dashboard puts on a report: a half-open event-time range, one category and a row limit, each optional.
 * Event times are UTC, like the stored events.
 */
public record ReportQuery(
        Optional<LocalDateTime> from, Optional<LocalDateTime> to, Optional<String> category, OptionalInt limit) {

    private static final ReportQuery UNFILTERED =
            new ReportQuery(Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty());

    public ReportQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(limit, "limit");
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw new IllegalArgumentException("from must be before to, was " + from.get() + " and " + to.get());
        }
        if (category.isPresent() && category.get().isBlank()) {
            throw new IllegalArgumentException("category must not be blank");
        }
        if (limit.isPresent() && limit.getAsInt() < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit.getAsInt());
        }
    }

    public static ReportQuery unfiltered() {
        return UNFILTERED;
    }

    public ReportQuery withFrom(LocalDateTime start) {
        return new ReportQuery(Optional.of(start), to, category, limit);
    }

    public ReportQuery withTo(LocalDateTime end) {
        return new ReportQuery(from, Optional.of(end), category, limit);
    }

    public ReportQuery withCategory(String name) {
        return new ReportQuery(from, to, Optional.of(name), limit);
    }

    public ReportQuery withLimit(int rows) {
        return new ReportQuery(from, to, category, OptionalInt.of(rows));
    }

    public boolean hasTimeRange() {
        return from.isPresent() || to.isPresent();
    }
}
