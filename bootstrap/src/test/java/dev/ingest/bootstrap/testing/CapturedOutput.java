package dev.ingest.bootstrap.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Everything a piece of code prints to {@code System.out} and {@code System.err} and everything it logs, with the
 * root logger at INFO and the libraries that handle credentials (HikariCP, Flyway, the JDBC driver, ours) at DEBUG
 * while it runs. Console output still reaches the console as well.
 */
public final class CapturedOutput {

    private static final List<String> CREDENTIAL_HANDLERS = List.of("dev.ingest", "com.zaxxer.hikari",
            "org.flywaydb", "org.postgresql", "io.zonky");

    private CapturedOutput() {
    }

    public static <T> Captured<T> during(Supplier<T> work) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StringWriter logs = new StringWriter();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        Level rootLevel = config.getRootLogger().getLevel();
        WriterAppender appender = WriterAppender.newBuilder()
                .setName("captured-" + System.identityHashCode(logs))
                .setTarget(logs)
                .setLayout(PatternLayout.newBuilder().withPattern("%level %c - %msg%n%throwable").build())
                .build();
        appender.start();
        config.addAppender(appender);
        config.getRootLogger().addAppender(appender, Level.ALL, null);
        try {
            System.setOut(new PrintStream(new Tee(originalOut, out), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new Tee(originalErr, err), true, StandardCharsets.UTF_8));
            Configurator.setRootLevel(Level.INFO);
            CREDENTIAL_HANDLERS.forEach(name -> Configurator.setLevel(name, Level.DEBUG));
            T result = work.get();
            return new Captured<>(result, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                    logs.toString());
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
            CREDENTIAL_HANDLERS.forEach(name -> Configurator.setLevel(name, name.equals("dev.ingest") ? Level.INFO
                    : rootLevel));
            Configurator.setRootLevel(rootLevel);
            config.getRootLogger().removeAppender(appender.getName());
            appender.stop();
            context.updateLoggers();
        }
    }

    /** What the work returned, printed and logged. */
    public record Captured<T>(T result, String stdout, String stderr, String logs) {
    }

    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }

        @Override
        public void flush() throws java.io.IOException {
            first.flush();
            second.flush();
        }
    }
}
