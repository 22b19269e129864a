package io.backorder.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.backorder.contracts.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;

/**
 * The two servers of the stack, without the services: the broker in its own process with the contract's topics,
 * the embedded PostgreSQL with a database per service; both keep their data for the next start, and stopping
 * them leaves no process behind.
 */
class BrokerAndDatabaseIT {

    @Test
    void brokerAndDatabaseStartWithTheirTopicsAndDatabasesAndStopWithoutATrace() throws Exception {
        Path runDir = Files.createTempDirectory(Path.of("target"), "servers-it-").toAbsolutePath();
        int offset = freePortOffset();
        StackOptions options = new StackOptions(Path.of("../.."), runDir, offset, false, null);
        ProcessRegistry registry = new ProcessRegistry(runDir);
        registry.begin();
        List<Long> pids = new ArrayList<>();

        for (int run = 1; run <= 2; run++) {
            PostgresServer postgres = PostgresServer.startEmbedded(runDir.resolve("pg"), options.postgresPort(),
                    Map.of("work_mem", "7MB"), options.logFile("postgres"), registry);
            KafkaBroker kafka = null;
            try {
                List<String> created = postgres.createDatabases(List.of("orders", "inventory", "purchasing", "reporting"));
                assertThat(created).as("run %d", run)
                        .isEqualTo(run == 1 ? List.of("orders", "inventory", "purchasing", "reporting") : List.of());
                try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("inventory"),
                        postgres.user(), postgres.password());
                     ResultSet row = connection.createStatement().executeQuery(
                             "select current_database(), current_setting('work_mem')")) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getString(1)).isEqualTo("inventory");
                    assertThat(row.getString(2)).as("a setting given at start").isEqualTo("7MB");
                }
                pids.add(postgres.dataDir().flatMap(ProcessRegistry::postmasterPid).orElseThrow());

                kafka = KafkaBroker.start(options.kafkaPort(), options.kafkaControllerPort(), runDir.resolve("kafka"),
                        options.logFile("kafka"), registry);
                pids.add(kafka.process().pid());
                assertThat(kafka.createdTopics()).as("run %d", run).hasSize(run == 1 ? Topics.ALL.size() * 2 : 0);
                try (Admin admin = Admin.create(KafkaBroker.adminProperties(kafka.bootstrapServers()))) {
                    Set<String> names = admin.listTopics().names().get(10, TimeUnit.SECONDS);
                    assertThat(names).containsAll(Topics.ALL);
                    Map<String, TopicDescription> topics = admin.describeTopics(
                            List.of(Topics.ORDERS_EVENTS, Topics.deadLetter(Topics.ORDERS_EVENTS)))
                            .allTopicNames().get(10, TimeUnit.SECONDS);
                    assertThat(topics.get(Topics.ORDERS_EVENTS).partitions()).hasSize(3);
                    assertThat(topics.get(Topics.deadLetter(Topics.ORDERS_EVENTS)).partitions()).hasSize(1);
                }
            } finally {
                if (kafka != null) {
                    kafka.close();
                }
                postgres.close();
            }
        }

        for (long pid : pids) {
            assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("process %d", pid).isEmpty();
        }
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(Ports.isFree(options.kafkaPort())).isTrue();
        assertThat(Ports.isFree(options.postgresPort())).isTrue();
        registry.clear();
        deleteRecursively(runDir); // kept when the test fails, for its logs
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** An offset under which every port of the stack is free now. */
    private static int freePortOffset() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int offset = 2000 + (int) (Math.random() * 20_000);
            StackOptions probe = new StackOptions(Path.of("."), Path.of("."), offset, false, null);
            if (Ports.isFree(probe.kafkaPort()) && Ports.isFree(probe.kafkaControllerPort())
                    && Ports.isFree(probe.postgresPort())
                    && StackOptions.SERVICES.stream().allMatch(name -> Ports.isFree(probe.servicePort(name)))) {
                return offset;
            }
        }
        throw new IllegalStateException("no free set of ports");
    }
}
