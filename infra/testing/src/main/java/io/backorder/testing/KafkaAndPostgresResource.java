package io.backorder.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives a Quarkus service under test the run's shared Kafka broker and a fresh database of its own.
 * Init arg {@code service} names the database. Dev services stay off: they would want Docker.
 */
public class KafkaAndPostgresResource implements QuarkusTestResourceLifecycleManager {

    private String service = "service";

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault("service", service);
    }

    @Override
    public Map<String, String> start() {
        TestKafka kafka = TestKafka.get();
        TestDatabase database = TestPostgres.get().createDatabase(service);
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        config.put("quarkus.datasource.username", database.user());
        config.put("quarkus.datasource.password", database.password());
        config.put("quarkus.datasource.devservices.enabled", "false");
        config.put("quarkus.kafka.devservices.enabled", "false");
        return config;
    }

    @Override
    public void stop() {
        // The broker and the server live for the whole test run; the database is simply left behind.
    }
}
