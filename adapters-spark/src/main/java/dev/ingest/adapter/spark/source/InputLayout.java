package dev.ingest.adapter.spark.source;

import java.util.Locale;

/** Where event files are taken from in the landing folder; the stream and {@code verify} follow the same rule. */
public enum InputLayout {
    /** Only the files directly in the folder. */
    FLAT,
    /** Only the files of its date partitions, {@code yyyy/MM/dd/} or {@code date=yyyy-MM-dd/} ({@link DatedPartitions}). */
    DATED;

    /** As the command line and the source's option spell it: {@code flat}, {@code dated}. */
    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for anything but the spellings of {@link #option()} */
    public static InputLayout fromOption(String text) {
        for (InputLayout layout : values()) {
            if (layout.option().equals(text)) {
                return layout;
            }
        }
        throw new IllegalArgumentException("the input layout is flat or dated, not '" + text + "'");
    }
}
