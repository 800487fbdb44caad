package dev.ingest.adapter.spark.source;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The date partitions of a landing folder laid out by day: {@code yyyy/MM/dd/} (three levels) or
 * {@code date=yyyy-MM-dd/} (Hive's style, one level). Other folders, and folders named like a date that is none
 * ({@code 2024/02/30}), are no partitions; files directly in the folder are in none.
 */
public final class DatedPartitions {

    private static final Pattern HIVE = Pattern.compile("date=(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");

    /** A partition: its folder's status (for its modification time), its path relative to the landing folder, its day. */
    public record Partition(FileStatus folder, String relativePath, LocalDate day) {
    }

    private DatedPartitions() {
    }

    /** Every partition of the folder, oldest day first (a day in both styles: both); none while it does not exist. */
    public static List<Partition> of(FileSystem fs, Path folder) throws IOException {
        List<Partition> partitions = new ArrayList<>();
        if (!fs.exists(folder)) {
            return partitions;
        }
        for (FileStatus top : folders(fs, folder)) {
            String name = top.getPath().getName();
            Matcher hive = HIVE.matcher(name);
            if (hive.matches()) {
                day(hive.group(1), hive.group(2), hive.group(3))
                        .ifPresent(day -> partitions.add(new Partition(top, name, day)));
            } else if (YEAR.matcher(name).matches()) {
                for (FileStatus month : folders(fs, top.getPath())) {
                    if (!TWO_DIGITS.matcher(month.getPath().getName()).matches()) {
                        continue;
                    }
                    for (FileStatus dayFolder : folders(fs, month.getPath())) {
                        String relative = name + "/" + month.getPath().getName() + "/" + dayFolder.getPath().getName();
                        if (TWO_DIGITS.matcher(dayFolder.getPath().getName()).matches()) {
                            day(name, month.getPath().getName(), dayFolder.getPath().getName())
                                    .ifPresent(day -> partitions.add(new Partition(dayFolder, relative, day)));
                        }
                    }
                }
            }
        }
        partitions.sort(Comparator.comparing(Partition::day).thenComparing(Partition::relativePath));
        return partitions;
    }

    /** The event files of every partition, as {@code verify} counts them. */
    public static List<FileStatus> files(FileSystem fs, Path folder) throws IOException {
        List<FileStatus> files = new ArrayList<>();
        for (Partition partition : of(fs, folder)) {
            files.addAll(EventFileNames.inFolder(fs, partition.folder().getPath()));
        }
        return files;
    }

    private static List<FileStatus> folders(FileSystem fs, Path parent) throws IOException {
        List<FileStatus> folders = new ArrayList<>();
        for (FileStatus status : fs.listStatus(parent)) {
            if (status.isDirectory()) {
                folders.add(status);
            }
        }
        return folders;
    }

    private static Optional<LocalDate> day(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month),
                    Integer.parseInt(day)));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }
}
