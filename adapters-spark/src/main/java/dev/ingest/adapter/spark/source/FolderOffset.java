package dev.ingest.adapter.spark.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.apache.spark.sql.connector.read.streaming.Offset;

/**
 * How far the landing folder source has gone: the batch it planned last, with that batch's files, written to Spark's
 * offset log before the batch runs so that a replay after a crash reads exactly the same files. An offset holds only
 * its own batch's files; which files were taken before is the database's to say, so the checkpoint does not grow with
 * the files ever read.
 *
 * <p>A checkpoint of the earlier design names its last batch by Spark's file source as {@code {"logOffset":N}}, whose
 * files are in that source's log ({@link FileSourceLog}); such an offset is kept as it was written.
 *
 * @param plan        counts the batches this source planned; only makes each offset differ from the one before
 * @param files       the batch's files, in the order it takes them
 * @param fileSourceBatch for an offset of Spark's file source, its batch; empty for this source's own offsets
 */
record FolderOffset(long plan, List<ListedFile> files, OptionalLong fileSourceBatch) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE_SOURCE_FIELD = "logOffset";

    static final FolderOffset INITIAL = new FolderOffset(0, List.of(), OptionalLong.empty());

    FolderOffset {
        files = List.copyOf(files);
    }

    /** The offset after this one, taking these files. */
    FolderOffset next(List<ListedFile> taken) {
        long after = fileSourceBatch.isPresent() ? fileSourceBatch.getAsLong() + 1 : plan + 1;
        return new FolderOffset(after, taken, OptionalLong.empty());
    }

    Offset asSparkOffset() {
        String json = json();
        return new Offset() {
            @Override
            public String json() {
                return json;
            }
        };
    }

    String json() {
        if (fileSourceBatch.isPresent()) {
            return "{\"" + FILE_SOURCE_FIELD + "\":" + fileSourceBatch.getAsLong() + "}";
        }
        ObjectNode root = JSON.createObjectNode().put("plan", plan);
        ArrayNode list = root.putArray("files");
        for (ListedFile file : files) {
            list.addObject().put("path", file.path()).put("landedAt", file.landedAtMillis()).put("bytes", file.bytes());
        }
        return root.toString();
    }

    /** @throws IllegalArgumentException when the text is neither this source's offset nor Spark's file source's */
    static FolderOffset parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a landing folder offset: " + json, e);
        }
        if (root.has(FILE_SOURCE_FIELD)) {
            return new FolderOffset(0, List.of(), OptionalLong.of(root.get(FILE_SOURCE_FIELD).asLong()));
        }
        if (!root.has("plan") || !root.path("files").isArray()) {
            throw new IllegalArgumentException("not a landing folder offset: " + json);
        }
        List<ListedFile> files = new ArrayList<>();
        for (JsonNode file : root.get("files")) {
            files.add(new ListedFile(file.get("path").asText(), file.get("landedAt").asLong(), file.get("bytes").asLong()));
        }
        return new FolderOffset(root.get("plan").asLong(), files, OptionalLong.empty());
    }

    static FolderOffset of(Offset offset) {
        return parse(offset.json());
    }
}
