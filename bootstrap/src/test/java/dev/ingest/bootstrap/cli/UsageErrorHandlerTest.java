package dev.ingest.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsageErrorHandlerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "generate --count 5 --db-password hunter2",
            "generate --db-password=hunter2",
            "stream --db-password hunter2 hunter2",
            "migrate --kafka-option sasl.jaas.config=hunter2",
            "report summary --kafka-option=sasl.jaas.config=hunter2"})
    void a_password_quoted_back_by_picocli_is_masked(String commandLine) {
        StringWriter err = new StringWriter();

        int exitCode = IngestCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true))
                .execute(commandLine.split(" "));

        assertThat(exitCode).isEqualTo(UsageErrorHandler.EXIT_USAGE);
        assertThat(err.toString()).startsWith("error: ").contains("****").doesNotContain("hunter2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "generate --count 5 --jdbc-url jdbc:postgresql://bob:hunter2@db/shop | 'jdbc:postgresql://db/shop'",
            "generate --jdbc-url=jdbc:postgresql://db/shop?password=hunter2      | '--jdbc-url=jdbc:postgresql://db/shop'",
            "stream --jdbc-url jdbc:mysql://bob:hunter2@db/shop?password=hunter2 | "
                    + "option '--jdbc-url': not a PostgreSQL JDBC URL: jdbc:mysql://db/shop",
            "report summary --jdbc-url jdbc:postgresql://bob:hunt%zzer2@db/shop | "
                    + "option '--jdbc-url': the user or password in the JDBC URL has a %"})
    void a_url_quoted_back_by_picocli_or_refused_never_shows_its_credentials(String commandLine, String shown) {
        StringWriter err = new StringWriter();

        int exitCode = IngestCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true))
                .execute(commandLine.split(" "));

        assertThat(exitCode).isEqualTo(UsageErrorHandler.EXIT_USAGE);
        assertThat(err.toString().lines().findFirst()).get().asString().startsWith("error: ").contains(shown);
        assertThat(err.toString()).doesNotContain("hunt");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Unknown option: 'a'|--db-password a|Unknown option: '****'",
            "Unknown option: '--db-password=a'|--db-password=a|Unknown option: '--db-password=****'",
            "Invalid value 'a' for --trigger|--trigger a|Invalid value 'a' for --trigger"})
    void only_a_quoted_password_is_masked_so_a_short_one_cannot_mangle_the_message(String message, String args,
            String expected) {
        assertThat(UsageErrorHandler.withoutPasswords(message, args.split(" "))).isEqualTo(expected);
    }
}
