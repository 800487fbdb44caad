package dev.ingest.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.io.Serializable;

/**
 * The layering, checked on every build: a pure domain, ports and use cases that know no framework, adapters that know
 * only the application, bootstrap free to wire everything. Rules are built per root package so that
 * {@link ArchitectureRulesBiteTest} can aim them at a deliberately broken fixture.
 */
@AnalyzeClasses(packages = "dev.ingest", importOptions = {ImportOption.DoNotIncludeTests.class, ExcludeTestJars.class})
public class ArchitectureTest {

    static final String ROOT = "dev.ingest";

    /** Frameworks and I/O libraries that stay in the adapters. */
    static final String[] FRAMEWORKS = {"org.apache.spark..", "scala..", "org.jooq..", "org.flywaydb..",
            "org.postgresql..", "com.zaxxer..", "org.apache.commons.csv..", "net.datafaker..", "picocli..",
            "java.sql..", "javax.sql..", "dev.failsafe..", "io.zonky..", "com.sun.net.httpserver..",
            "com.fasterxml.jackson.."};

    @ArchTest
    static final ArchRule onion_architecture = onion(ROOT);

    @ArchTest
    static final ArchRule domain_uses_only_the_jdk_basics = domainUsesOnlyJdkBasics(ROOT);

    @ArchTest
    static final ArchRule domain_reads_no_clock_and_no_environment = domainReadsNoClockOrEnvironment(ROOT);

    @ArchTest
    static final ArchRule domain_and_application_use_no_framework = noFrameworkIn(ROOT);

    @ArchTest
    static final ArchRule generated_jooq_stays_in_the_postgres_adapter = jooqStaysInPostgresAdapter(ROOT);

    @ArchTest
    static final ArchRule no_package_cycles = noPackageCycles(ROOT);

    @ArchTest
    static final ArchRule incoming_and_outgoing_ports_do_not_depend_on_each_other = portsApart(ROOT);

    @ArchTest
    static final ArchRule each_feature_knows_only_itself_and_the_domain = featuresApart(ROOT);

    @ArchTest
    static final ArchRule adapters_are_built_only_in_the_wiring = adaptersBuiltInWiring(ROOT);

    @ArchTest
    static final ArchRule the_kafka_client_stays_in_the_kafka_adapter = kafkaClientInKafkaAdapter(ROOT);

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = adaptersApart(ROOT);

    @ArchTest
    static final ArchRule csv_is_read_and_written_only_in_the_format_adapters = csvInFormatAdapters(ROOT);

    static ArchRule onion(String root) {
        return onionArchitecture()
                .domainModels(root + ".domain..")
                .domainServices(root + ".application.*.port..")
                .applicationServices(root + ".application.*.usecase..")
                .adapter("csv", root + ".adapter.csv..")
                .adapter("postgres", root + ".adapter.postgres..")
                .adapter("spark", root + ".adapter.spark..")
                .adapter("metrics", root + ".adapter.metrics..")
                .adapter("kafka", root + ".adapter.kafka..")
                .adapter("web", root + ".adapter.web..")
                .ignoreDependency(resideInAPackage(root + ".bootstrap.."), alwaysTrue());
    }

    static ArchRule domainUsesOnlyJdkBasics(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat(resideInAnyPackage(root + ".domain..", "java.lang..",
                        "java.util..", "java.math..", "java.time..").or(equivalentTo(Serializable.class)))
                .because("the domain is plain Java: no I/O, no SQL, no network; its values may be Serializable so"
                        + " that Spark can ship them");
    }

    static ArchRule domainReadsNoClockOrEnvironment(String root) {
        DescribedPredicate<JavaCall<?>> readsClockOrEnvironment = DescribedPredicate.describe(
                "reads the wall clock or the environment",
                call -> {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    boolean system = owner.equals(System.class.getName())
                            && (name.equals("getenv") || name.equals("currentTimeMillis") || name.equals("nanoTime")
                            || name.equals("getProperty"));
                    boolean now = owner.startsWith("java.time.") && name.equals("now");
                    return system || now;
                });
        return noClasses().that().resideInAPackage(root + ".domain..")
                .should().callMethodWhere(readsClockOrEnvironment)
                .because("time comes from an injected Clock and configuration from the caller");
    }

    static ArchRule noFrameworkIn(String root) {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("the core must not know which technology drives or stores it");
    }

    static ArchRule jooqStaysInPostgresAdapter(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".adapter.postgres..")
                .should().dependOnClassesThat().resideInAPackage(root + ".adapter.postgres.jooq..")
                .because("generated jOOQ classes are the PostgreSQL adapter's private detail");
    }

    /** A use case's input and result never name a driven port's types, nor the other way round (buckpal's rule). */
    static ArchRule portsApart(String root) {
        String in = root + ".application.*.port.in..";
        String out = root + ".application.*.port.out..";
        return CompositeArchRule
                .of(noClasses().that().resideInAPackage(in).should().dependOnClassesThat().resideInAPackage(out))
                .and(noClasses().that().resideInAPackage(out).should().dependOnClassesThat().resideInAPackage(in))
                .because("what both sides share is a domain value");
    }

    /** Ingest, generate, report, verify and health each see only their own ports and use cases, and the domain. */
    static ArchRule featuresApart(String root) {
        return slices().matching(root + ".application.(*)..").should().notDependOnEachOther()
                .because("a reader of one feature should meet only its types");
    }

    /** The CLI reads options and prints results; which adapter serves a use case is decided in one place. */
    static ArchRule adaptersBuiltInWiring(String root) {
        return noClasses().that().resideInAPackage(root + ".bootstrap.cli..")
                .should().callConstructorWhere(target(owner(resideInAPackage(root + ".adapter.."))))
                .because("every adapter is built in bootstrap's wiring, where a reader sees them all");
    }

    /**
     * The Kafka adapter produces, decodes and asks the brokers; the Spark adapter reads topics only through Spark's
     * own connector, by name.
     */
    static ArchRule kafkaClientInKafkaAdapter(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".adapter.kafka..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.kafka..")
                .because("Kafka is one source and one sink among others; the wiring hands the adapters plain settings");
    }

    /** Each adapter module stands alone: bootstrap hands one what another provides, through the application's ports. */
    static ArchRule adaptersApart(String root) {
        return slices().matching(root + ".adapter.(*)..").should().notDependOnEachOther()
                .because("an adapter reaches another's work only through a port that bootstrap wires");
    }

    /** CSV files (adapter.csv) and CSV messages (adapter.kafka): the Spark adapter is glue and parses nothing. */
    static ArchRule csvInFormatAdapters(String root) {
        return noClasses().that().resideOutsideOfPackages(root + ".adapter.csv..", root + ".adapter.kafka..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.commons.csv..")
                .because("each format is read and written in its own adapter");
    }

    static ArchRule noPackageCycles(String root) {
        // jOOQ's generated tables and records refer to each other by design; that code is not ours to shape.
        String generated = root + ".adapter.postgres.jooq..";
        return slices().matching(root + ".(**)").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage(generated), resideInAPackage(generated));
    }
}
