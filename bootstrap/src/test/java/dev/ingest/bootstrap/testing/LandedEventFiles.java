package dev.ingest.bootstrap.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Event files for end-to-end tests, landed the way the generator lands them: written aside, then renamed. */
public final class LandedEventFiles {

    public static final String HEADER = "event_id,user_id,product_id,product_name,category,price,event_type,timestamp";

    private LandedEventFiles() {
    }

    /** A valid record for this event id. */
    public static String valid(String eventId) {
        return eventId + ",user-1,product-1,Desk lamp,Home & Kitchen,19.99,view,2024-03-01 12:00:00";
    }

    /** Lands a file of the header and these lines in {@code folder} under {@code name}. */
    public static Path land(Path folder, String name, String... lines) {
        try {
            Files.createDirectories(folder);
            Path pending = folder.resolve(".landing-" + name);
            Files.writeString(pending, HEADER + "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return Files.move(pending, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
