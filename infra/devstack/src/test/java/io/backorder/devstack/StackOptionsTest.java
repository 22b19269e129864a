package io.backorder.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackOptionsTest {

    private static final Path REPO = Path.of("/repo");
    private static final Path CWD = Path.of("/somewhere/else");

    private static StackOptions parse(String... args) {
        return StackOptions.parse(List.of(args), Map.of(), REPO, CWD);
    }

    @Test
    void defaultsAreTheContractsPortsTheRunDirInTheRepoAndTheDemo() {
        StackOptions options = parse();

        assertThat(options.runDir()).isEqualTo(Path.of("/repo/.run"));
        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(options.kafkaControllerPort()).isEqualTo(9093);
        assertThat(options.postgresPort()).isEqualTo(15432);
        assertThat(options.port(Service.REPORTING)).isEqualTo(8080);
        assertThat(options.port(Service.ORDER)).isEqualTo(8081);
        assertThat(options.port(Service.INVENTORY)).isEqualTo(8082);
        assertThat(options.port(Service.PURCHASING)).isEqualTo(8083);
        assertThat(options.demo()).isTrue();
        assertThat(options.external()).isEmpty();
        assertThat(options.logFile("kafka")).isEqualTo(Path.of("/repo/.run/logs/kafka.log"));
    }

    @Test
    void noDemoTurnsTheDemoOff() {
        assertThat(parse("--no-demo").demo()).isFalse();
    }

    @Test
    void runDirIsTakenRelativeToTheWorkingDirectory() {
        assertThat(parse("--run-dir", "tmp/stack").runDir()).isEqualTo(Path.of("/somewhere/else/tmp/stack"));
        assertThat(parse("--run-dir=/abs/dir").runDir()).isEqualTo(Path.of("/abs/dir"));
    }

    @Test
    void portOffsetMovesEveryPort() {
        StackOptions options = parse("--port-offset", "100", "--no-demo");

        assertThat(options.kafkaPort()).isEqualTo(9192);
        assertThat(options.kafkaControllerPort()).isEqualTo(9193);
        assertThat(options.postgresPort()).isEqualTo(15532);
        assertThat(options.port(Service.REPORTING)).isEqualTo(8180);
        assertThat(options.port(Service.ORDER)).isEqualTo(8181);
        assertThat(options.port(Service.INVENTORY)).isEqualTo(8182);
        assertThat(options.port(Service.PURCHASING)).isEqualTo(8183);
        assertThat(parse("--port-offset=-10").kafkaPort()).isEqualTo(9082);
    }

    @Test
    void unknownOptionsAreRefusedByName() {
        assertThatThrownBy(() -> parse("--demo-please"))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown option '--demo-please'");
        assertThatThrownBy(() -> parse("extra"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("'extra'");
    }

    @Test
    void missingOrMalformedValuesAreRefused() {
        assertThatThrownBy(() -> parse("--run-dir")).isInstanceOf(UsageException.class)
                .hasMessageContaining("--run-dir needs a value");
        assertThatThrownBy(() -> parse("--port-offset", "--no-demo")).isInstanceOf(UsageException.class)
                .hasMessageContaining("--port-offset needs a value");
        assertThatThrownBy(() -> parse("--port-offset", "ten")).isInstanceOf(UsageException.class)
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> parse("--port-offset", "60000")).isInstanceOf(UsageException.class)
                .hasMessageContaining("outside 1-65535");
        assertThatThrownBy(() -> parse("--no-demo=yes")).isInstanceOf(UsageException.class);
    }

    @Test
    void usageNamesEveryOption() {
        assertThat(StackOptions.USAGE).contains("--no-demo", "--run-dir DIR", "--port-offset N", "BACKORDER_PG_URL");
    }

    @Test
    void anExternalPostgresComesFromTheEnvironment() {
        StackOptions options = StackOptions.parse(List.of(), Map.of(
                "BACKORDER_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres",
                "BACKORDER_PG_USER", "backorder",
                "BACKORDER_PG_PASSWORD", "secret"), REPO, CWD);

        ExternalPostgres external = options.external().orElseThrow();
        assertThat(external.user()).isEqualTo("backorder");
        assertThat(external.password()).isEqualTo("secret");
        assertThat(external.jdbcUrl("orders")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/orders");
        assertThat(external.toString()).doesNotContain("secret");
    }

    @Test
    void anExternalPostgresUrlKeepsItsParametersAndDefaultsItsUser() {
        ExternalPostgres external = ExternalPostgres.fromEnvironment(
                Map.of("BACKORDER_PG_URL", "jdbc:postgresql://db:6543/admin?sslmode=require")).orElseThrow();

        assertThat(external.jdbcUrl("inventory")).isEqualTo("jdbc:postgresql://db:6543/inventory?sslmode=require");
        assertThat(external.user()).isEqualTo("postgres");
        assertThat(external.password()).isEmpty();
        assertThat(ExternalPostgres.fromEnvironment(Map.of("BACKORDER_PG_URL", "jdbc:postgresql://db"))
                .orElseThrow().jdbcUrl("x")).isEqualTo("jdbc:postgresql://db/x");
    }

    @Test
    void aMalformedExternalUrlIsRefused() {
        assertThatThrownBy(() -> StackOptions.parse(List.of(), Map.of("BACKORDER_PG_URL", "postgres://x/y"), REPO, CWD))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("BACKORDER_PG_URL must look like jdbc:postgresql://");
    }

    @Test
    void servicesAreKnownByName() {
        assertThat(Service.named("order-service")).isEqualTo(Service.ORDER);
        assertThat(Service.ORDER.runnerJar(REPO))
                .isEqualTo(Path.of("/repo/order-service/target/quarkus-app/quarkus-run.jar"));
        assertThatThrownBy(() -> Service.named("orders")).hasMessageContaining("order-service, inventory-service");
    }
}
