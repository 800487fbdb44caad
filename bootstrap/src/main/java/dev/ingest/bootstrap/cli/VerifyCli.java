package dev.ingest.bootstrap.cli;

import dev.ingest.application.verify.port.in.IngestionAccount;
import dev.ingest.application.verify.port.in.TopicsAccount;
import dev.ingest.application.verify.port.in.VerifyIngestionCommand;
import dev.ingest.application.verify.port.in.VerifyTopicsCommand;
import dev.ingest.bootstrap.wiring.Database;
import dev.ingest.bootstrap.wiring.IngestionVerification;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ingest verify}: reconciles the files that arrived with the ledger, the quarantine and the table, prints the
 * account and exits 0 when every record is accounted for, 1 listing what is not. Meant for a stopped stream: files
 * moving to the archive meanwhile could be counted twice or not at all.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Prove that every record of every arrived file (with --kafka-bootstrap-servers and --topic: every "
                + "message of the topics) is stored, a duplicate, quarantined or skipped.")
public final class VerifyCli implements Callable<Integer> {

    @Option(names = "--db-retry-timeout", paramLabel = "DURATION", defaultValue = "15s",
            converter = DurationConverter.class,
            description = "How long to ride out an unavailable database before giving up (default: ${DEFAULT-VALUE}).")
    Duration dbRetryTimeout;

    @Mixin
    FolderOptions folders;

    @Mixin
    DatabaseOptions databaseOptions;

    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (UserInput.check(spec, () -> kafka.chosen(spec, "--input", "--input-layout", "--after-ingest", "--archive-dir"))) {
            return verifyTopics();
        }
        String streamId = IngestionVerification.streamId(folders.checkpoint);
        IngestionAccount account;
        try (Database database = databaseOptions.open(System.getenv(), dbRetryTimeout)) {
            account = IngestionVerification.create(folders.input, UserInput.check(spec, folders::inputLayout),
                    folders.archive(), folders.errorDir, database.settings())
                    .verify(new VerifyIngestionCommand(streamId));
        }
        PrintWriter out = spec.commandLine().getOut();
        new VerifyAccountText(out).print(account, folders.input, folders.archive(), folders.errorDir);
        if (account.accounted()) {
            out.println("Every record is accounted for.");
            return 0;
        }
        return notAccounted(account.problems());
    }

    /** Kafka: every topic-partition against what any stream stored of it. */
    private int verifyTopics() {
        List<String> topics = UserInput.check(spec, kafka::topics);
        String servers = UserInput.check(spec, kafka::bootstrapServers);
        TopicsAccount account;
        try (Database database = databaseOptions.open(System.getenv(), dbRetryTimeout)) {
            account = IngestionVerification.topics(servers, kafka.clientOptions(), database.settings())
                    .verify(new VerifyTopicsCommand(topics));
        }
        PrintWriter out = spec.commandLine().getOut();
        new VerifyTopicsText(out).print(account, servers);
        if (account.accounted()) {
            out.println("Every message is accounted for.");
            return 0;
        }
        return notAccounted(account.problems());
    }

    private int notAccounted(List<String> problems) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("Not accounted for (" + problems.size() + "):");
        problems.forEach(problem -> err.println("  " + problem));
        return RuntimeFailureHandler.EXIT_FAILURE;
    }
}
