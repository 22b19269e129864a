package io.backorder.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compose file cannot run here (no Docker engine); this keeps it whole. */
class ComposeFileTest {

    private final JsonNode compose = Manifests.read(Manifests.deployDirectory().resolve("compose/compose.yaml")).get(0);

    @Test
    void the_compose_file_runs_every_service_on_the_broker_and_its_own_database_once_both_are_healthy() {
        JsonNode services = compose.path("services");
        assertThat(services.has("kafka")).isTrue();
        assertThat(services.has("postgres")).isTrue();
        for (String service : Manifests.services()) {
            JsonNode definition = services.path(service);
            assertThat(definition.isMissingNode()).as(service).isFalse();
            assertThat(definition.at("/build/args/SERVICE").asText()).as(service).isEqualTo(service);
            assertThat(definition.at("/environment/KAFKA_BOOTSTRAP_SERVERS").asText()).as(service).isEqualTo("kafka:9092");
            assertThat(definition.at("/environment/QUARKUS_DATASOURCE_JDBC_URL").asText()).as(service)
                    .startsWith("jdbc:postgresql://postgres:5432/");
            assertThat(definition.at("/depends_on/kafka/condition").asText()).isEqualTo("service_healthy");
            assertThat(definition.at("/healthcheck/test").toString()).contains("/q/health/ready");
        }
    }

    @Test
    void every_database_a_service_names_is_created_and_the_image_is_built_from_the_dockerfile_named() throws Exception {
        String init = Files.readString(Manifests.deployDirectory().resolve("compose/postgres-init.sql"));
        for (String service : Manifests.services()) {
            String url = compose.at("/services/" + service + "/environment/QUARKUS_DATASOURCE_JDBC_URL").asText();
            String database = url.substring(url.lastIndexOf('/') + 1);
            assertThat(init).as(service).contains("create database " + database + ";");
        }
        String dockerfile = compose.at("/services/order-service/build/dockerfile").asText();
        assertThat(Manifests.repositoryRoot().resolve(dockerfile)).exists();
        assertThat(List.of(Files.readString(Manifests.repositoryRoot().resolve(dockerfile)).split("\n")))
                .anyMatch(line -> line.startsWith("ENTRYPOINT"));
    }
}
