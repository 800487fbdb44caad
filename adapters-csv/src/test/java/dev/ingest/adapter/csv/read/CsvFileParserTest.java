package dev.ingest.adapter.csv.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.domain.event.Origin;
import dev.ingest.domain.event.RawEvent;
import dev.ingest.domain.event.RawRecord;
import dev.ingest.domain.event.UnreadableRecord;
import dev.ingest.domain.reason.ReasonCode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvFileParserTest {

    private static final String FILE = "file:/landing/events.csv";
    private static final String HEADER = "event_id,user_id,product_id,product_name,category,price,event_type,timestamp";
    private static final String ROW_1 = "e1,u1,p1,Lamp,Home,19.99,view,2024-03-01 10:00:00";
    private static final String ROW_2 = "e2,u2,p2,Desk,Office,120.00,purchase,2024-03-01 10:00:01";

    @Test
    void reads_each_row_by_header_name_with_one_based_record_numbers() {
        List<RawRecord> records = parse(HEADER + "\n" + ROW_1 + "\n" + ROW_2 + "\n");

        assertThat(records).containsExactly(
                new RawEvent("e1", "u1", "p1", "Lamp", "Home", "19.99", "view", "2024-03-01 10:00:00", origin(1)),
                new RawEvent("e2", "u2", "p2", "Desk", "Office", "120.00", "purchase", "2024-03-01 10:00:01", origin(2)));
    }

    @Test
    void drops_a_byte_order_mark_and_reads_crlf_line_ends() {
        List<RawRecord> records = parse("\uFEFF" + HEADER + "\r\n" + ROW_1 + "\r\n" + ROW_2 + "\r\n");

        assertThat(fates(records)).containsExactly("1 event e1 ts=2024-03-01 10:00:00", "2 event e2 ts=2024-03-01 10:00:01");
    }

    @Test
    void reads_a_last_row_without_a_line_break() {
        assertThat(fates(parse(HEADER + "\n" + ROW_1))).containsExactly("1 event e1 ts=2024-03-01 10:00:00");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "|", value = {
            "empty file|",
            "only blank lines|\\n\\r\\n\\n",
            "header only|" + HEADER,
            "header only with line break|" + HEADER + "\\r\\n",
            "byte-order mark only|\uFEFF"})
    void a_file_without_rows_gives_no_records(String name, String text) {
        assertThat(parse(unescape(text))).isEmpty();
    }

    @Test
    void blank_lines_are_not_records() {
        List<RawRecord> records = parse("\n" + HEADER + "\n\n" + ROW_1 + "\r\n\r\n\n" + ROW_2 + "\n\n");

        assertThat(fates(records)).containsExactly("1 event e1 ts=2024-03-01 10:00:00", "2 event e2 ts=2024-03-01 10:00:01");
    }

    @Test
    void quoted_fields_keep_commas_doubled_quotes_and_line_breaks() {
        String row = "e1,u1,p1,\"Lamp, \"\"deluxe\"\"\",\"Home\r\nGarden\",19.99,view,2024-03-01 10:00:00";

        RawEvent event = (RawEvent) parse(HEADER + "\r\n" + row + "\r\n" + ROW_2).get(0);

        assertThat(event.productName()).isEqualTo("Lamp, \"deluxe\"");
        assertThat(event.category()).isEqualTo("Home\r\nGarden");
        assertThat(fates(parse(HEADER + "\r\n" + row + "\r\n" + ROW_2))).element(1).isEqualTo("2 event e2 ts=2024-03-01 10:00:01");
    }

    @Test
    void a_reordered_header_in_any_case_is_read_by_name() {
        String header = " TIMESTAMP ,Event_Type,price,category,product_name,product_id,user_id,EVENT_ID";
        String row = "2024-03-01 10:00:00,view,19.99,Home,Lamp,p1,u1,e1";

        assertThat(parse(header + "\n" + row)).containsExactly(
                new RawEvent("e1", "u1", "p1", "Lamp", "Home", "19.99", "view", "2024-03-01 10:00:00", origin(1)));
    }

    @Test
    void rows_with_too_many_or_too_few_fields_are_malformed_with_their_original_text() {
        String tooMany = "e3,u3,p3,Chair,Home,5.00,view,2024-03-01 10:00:00,extra";
        String tooFew = "e4,u4,p4,Chair,Home,5.00,view";
        String quotedTooFew = "e5,\"u5\r\nstill u5\",p5";

        List<RawRecord> records = parse(HEADER + "\r\n" + tooMany + "\r\n" + tooFew + "\r\n" + quotedTooFew + "\r\n" + ROW_1);

        assertThat(records).containsExactly(
                new UnreadableRecord(tooMany, ReasonCode.MALFORMED_RECORD, origin(1)),
                new UnreadableRecord(tooFew, ReasonCode.MALFORMED_RECORD, origin(2)),
                new UnreadableRecord(quotedTooFew, ReasonCode.MALFORMED_RECORD, origin(3)),
                new RawEvent("e1", "u1", "p1", "Lamp", "Home", "19.99", "view", "2024-03-01 10:00:00", origin(4)));
    }

    @Test
    void text_after_a_closing_quote_makes_that_line_malformed_and_parsing_resumes_on_the_next_line() {
        String broken = "e3,u3,p3,\"Lamp\"x,Home,5.00,view,2024-03-01 10:00:00";

        List<RawRecord> records = parse(HEADER + "\n" + ROW_1 + "\n" + broken + "\n" + ROW_2 + "\n\nshort,\"row\"\n");

        assertThat(fates(records)).containsExactly(
                "1 event e1 ts=2024-03-01 10:00:00",
                "2 MALFORMED_RECORD " + broken,
                "3 event e2 ts=2024-03-01 10:00:01",
                "4 MALFORMED_RECORD short,\"row\"");
    }

    @Test
    void a_quote_never_closed_loses_no_line_of_the_rest_of_the_file() {
        String unclosed = "e3,u3,p3,\"Lamp,Home,5.00,view,2024-03-01 10:00:00";
        String after = "e4,u4,p4,Desk,Office,\"7.00,purchase,2024-03-01 10:00:02";

        List<RawRecord> records = parse(HEADER + "\r\n" + ROW_1 + "\r\n" + unclosed + "\r\n" + ROW_2 + "\r\n" + after);

        assertThat(fates(records)).containsExactly(
                "1 event e1 ts=2024-03-01 10:00:00",
                "2 MALFORMED_RECORD " + unclosed,
                "3 event e2 ts=2024-03-01 10:00:01",
                "4 MALFORMED_RECORD " + after);
    }

    @Test
    void a_wrong_header_quarantines_every_row_and_is_no_record_itself() {
        String header = "id,user,product,name,category,price,type,time";

        List<RawRecord> records = parse(header + "\n" + ROW_1 + "\n" + "short,row\n" + "\"broken\"x\n");

        assertThat(fates(records)).containsExactly(
                "1 SCHEMA_MISMATCH " + ROW_1,
                "2 SCHEMA_MISMATCH short,row",
                "3 SCHEMA_MISMATCH \"broken\"x");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "|", value = {
            "a column missing|event_id,user_id,product_id,product_name,category,price,event_type",
            "a column twice|event_id,user_id,product_id,product_name,category,price,event_type,event_id",
            "a column twice among extra ones|" + HEADER + ",note,price"})
    void a_header_that_does_not_name_the_eight_columns_each_once_is_a_schema_mismatch(String name, String header) {
        assertThat(fates(parse(header + "\n" + ROW_2))).containsExactly("1 SCHEMA_MISMATCH " + ROW_2);
    }

    @Test
    void a_first_line_that_names_none_of_the_columns_may_be_data_and_is_a_record_of_its_own() {
        assertThat(fates(parse(ROW_1 + "\n" + ROW_2)))
                .containsExactly("1 SCHEMA_MISMATCH " + ROW_1, "2 SCHEMA_MISMATCH " + ROW_2);
    }

    @Test
    void extra_columns_are_ignored_and_the_eight_read_by_name() {
        String header = "session_id," + HEADER + ",";

        String text = header + "\ns-1," + ROW_1 + ",\n" + "s-2," + ROW_2 + "\n";

        assertThat(fates(parse(text))).containsExactly("1 event e1 ts=2024-03-01 10:00:00",
                "2 MALFORMED_RECORD s-2," + ROW_2);
        assertThat(CsvFileParser.parse(FILE, text, ExtraColumns.IGNORE, record -> { }))
                .containsExactly("session_id", "(unnamed)");
        assertThat(CsvFileParser.parse(FILE, text, ExtraColumns.REJECT, record -> { })).isEmpty();
        assertThat(CsvFileParser.parse(FILE, HEADER + "\n" + ROW_1, ExtraColumns.IGNORE, record -> { })).isEmpty();
    }

    @Test
    void extra_columns_make_a_schema_mismatch_when_rejected() {
        List<RawRecord> records = new ArrayList<>();

        CsvFileParser.parse(FILE, HEADER + ",session_id\n" + ROW_1 + ",s-1\n", ExtraColumns.REJECT, records::add);

        assertThat(fates(records)).containsExactly("1 SCHEMA_MISMATCH " + ROW_1 + ",s-1");
    }

    @Test
    void an_unreadable_header_is_a_schema_mismatch_too() {
        assertThat(fates(parse("\"event_id\"x,user_id\n" + ROW_1))).containsExactly(
                "1 SCHEMA_MISMATCH \"event_id\"x,user_id", "2 SCHEMA_MISMATCH " + ROW_1);
    }

    @Test
    void nul_and_replacement_characters_reach_the_validator_untouched() {
        String row = "e1\u0000,u1,p1,L\uFFFDmp,Home,19.99,view,2024-03-01 10:00:00";

        RawEvent event = (RawEvent) parse(HEADER + "\n" + row).get(0);

        assertThat(event.eventId()).isEqualTo("e1\u0000");
        assertThat(event.productName()).isEqualTo("L\uFFFDmp");
    }

    @Test
    void fields_are_kept_untrimmed_for_the_validator() {
        RawEvent event = (RawEvent) parse(HEADER + "\n e1 ,u1,p1,Lamp,Home, 19.99 ,VIEW,2024-03-01 10:00:00").get(0);

        assertThat(event.eventId()).isEqualTo(" e1 ");
        assertThat(event.price()).isEqualTo(" 19.99 ");
        assertThat(event.eventType()).isEqualTo("VIEW");
    }

    @Test
    void a_line_of_spaces_is_a_malformed_record_not_a_blank_line() {
        assertThat(fates(parse(HEADER + "\n   \n" + ROW_1))).containsExactly(
                "1 MALFORMED_RECORD    ", "2 event e1 ts=2024-03-01 10:00:00");
    }

    @Test
    void a_record_longer_than_the_longest_allowed_is_cut_at_a_line_break_and_every_line_is_still_accounted_for()
            throws IOException {
        String unclosed = "e3,u3,p3,\"Lamp,Home,5.00,view,2024-03-01 10:00:00";
        String text = HEADER + "\n" + ROW_1 + "\n" + unclosed + "\n" + (ROW_2 + "\n").repeat(20);
        List<RawRecord> records = new ArrayList<>();

        CsvFileParser.parse(FILE, new RecordChunks(new StringReader(text), 16, 256), ExtraColumns.IGNORE, records::add);

        assertThat(fates(records)).startsWith("1 event e1 ts=2024-03-01 10:00:00", "2 MALFORMED_RECORD " + unclosed)
                .hasSize(22);
        assertThat(fates(records).subList(2, 22)).allSatisfy(fate -> assertThat(fate).doesNotContain("\n"));
    }

    /**
     * Parses the whole text, and again read in pieces of every small size, so that each test also proves that cutting
     * a file anywhere between records changes nothing.
     */
    private static List<RawRecord> parse(String text) {
        List<RawRecord> records = new ArrayList<>();
        CsvFileParser.parse(FILE, text, ExtraColumns.IGNORE, records::add);
        for (int piece : new int[] {1, 2, 3, 5, 8, 13, 64}) {
            List<RawRecord> inPieces = new ArrayList<>();
            try {
                CsvFileParser.parse(FILE, new RecordChunks(new StringReader(text), piece, 1 << 20),
                        ExtraColumns.IGNORE, inPieces::add);
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
            assertThat(inPieces).as("read in pieces of %d characters", piece).isEqualTo(records);
        }
        return records;
    }

    private static List<String> fates(List<RawRecord> records) {
        return records.stream().map(CsvFileParserTest::fate).toList();
    }

    private static String fate(RawRecord record) {
        String number = record.origin().recordNumber() + " ";
        if (record instanceof RawEvent event) {
            return number + "event " + event.eventId() + " ts=" + event.timestamp();
        }
        UnreadableRecord unreadable = (UnreadableRecord) record;
        return number + unreadable.reason() + " " + unreadable.rawText();
    }

    private static Origin origin(long recordNumber) {
        return new Origin(FILE, recordNumber);
    }

    private static String unescape(String text) {
        return text == null ? "" : text.replace("\\r", "\r").replace("\\n", "\n");
    }
}
