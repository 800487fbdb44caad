package dev.ingest.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each architecture rule, aimed at a fixture package that breaks it on purpose, must fail. */
class ArchitectureRulesBiteTest {

    private static final String FIXTURE = "dev.ingest.bootstrap.architecture.fixture";
    private static final JavaClasses FIXTURE_CLASSES = new ClassFileImporter().importPackages(FIXTURE);

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("onion", ArchitectureTest::onion),
                rule("domain uses only JDK basics", ArchitectureTest::domainUsesOnlyJdkBasics),
                rule("domain reads no clock or environment", ArchitectureTest::domainReadsNoClockOrEnvironment),
                rule("no framework in the core", ArchitectureTest::noFrameworkIn),
                rule("jOOQ stays in the postgres adapter", ArchitectureTest::jooqStaysInPostgresAdapter),
                rule("no package cycles", ArchitectureTest::noPackageCycles),
                rule("incoming and outgoing ports apart", ArchitectureTest::portsApart),
                rule("features apart", ArchitectureTest::featuresApart),
                rule("adapters built only in the wiring", ArchitectureTest::adaptersBuiltInWiring),
                rule("Kafka client only in the Kafka adapter", ArchitectureTest::kafkaClientInKafkaAdapter),
                rule("adapters apart", ArchitectureTest::adaptersApart),
                rule("CSV only in the format adapters", ArchitectureTest::csvInFormatAdapters));
    }

    private static Arguments rule(String name, Function<String, ArchRule> factory) {
        return Arguments.of(name, factory);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void rule_rejects_the_broken_fixture(String name, Function<String, ArchRule> factory) {
        ArchRule rule = factory.apply(FIXTURE);

        assertThatThrownBy(() -> rule.check(FIXTURE_CLASSES)).isInstanceOf(AssertionError.class);
    }
}
