package io.backorder.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backorder.contracts.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests cannot run here; this keeps them whole: every object well formed, every
 * service deployed with its probes, resources, database and Kafka user, every contract topic
 * created, and every service's Kafka user allowed exactly what its configuration reads and writes.
 */
class KubernetesManifestsTest {

    /** Who writes each topic (docs/events.md); parameters.events is written by every service. */
    private static final Map<String, List<String>> WRITERS = Map.of(
            Topics.STOREFRONT_ORDERS, List.of("storefront"),
            Topics.WAREHOUSE_RECEIPTS, List.of("scanner"),
            Topics.ORDERS_EVENTS, List.of("order-service"),
            Topics.INVENTORY_EVENTS, List.of("inventory-service"),
            Topics.PURCHASING_EVENTS, List.of("purchasing-service"),
            Topics.STOREFRONT_INVENTORY, List.of("inventory-service"));

    private final List<JsonNode> documents = Manifests.documents(Manifests.deployDirectory().resolve("kubernetes"));

    @Test
    void every_object_names_its_api_kind_and_name_and_lives_in_the_backorder_namespace() {
        assertThat(documents).hasSizeGreaterThan(20);
        for (JsonNode document : documents) {
            String what = document.path("kind").asText() + " " + document.path("metadata").path("name").asText();
            assertThat(document.path("apiVersion").asText()).as(what).isNotBlank();
            assertThat(document.path("kind").asText()).as(what).isNotBlank();
            assertThat(document.path("metadata").path("name").asText()).as(what).matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
            if (!"Namespace".equals(document.path("kind").asText())) {
                assertThat(document.path("metadata").path("namespace").asText()).as(what).isEqualTo("backorder");
            }
        }
    }

    @Test
    void every_service_runs_with_probes_resources_its_own_database_and_its_own_kafka_user() {
        assertThat(Manifests.services()).containsExactly("inventory-service", "order-service", "purchasing-service",
                "reporting-service");
        for (String service : Manifests.services()) {
            JsonNode deployment = Manifests.find(documents, "Deployment", service).orElseThrow(
                    () -> new AssertionError("no Deployment for " + service));
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).as(service).isEqualTo("/q/health/ready");
            assertThat(container.at("/livenessProbe/httpGet/path").asText()).as(service).isEqualTo("/q/health/live");
            assertThat(container.at("/startupProbe/httpGet/path").asText()).as(service).isEqualTo("/q/health/started");
            assertThat(container.at("/resources/requests/cpu").asText()).as(service).isNotBlank();
            assertThat(container.at("/resources/requests/memory").asText()).as(service).isNotBlank();
            assertThat(container.at("/resources/limits/memory").asText()).as(service).isNotBlank();
            assertThat(deployment.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo(service);
            assertThat(Manifests.find(documents, "Service", service)).as("Service " + service).isPresent();
            assertThat(Manifests.find(documents, "StatefulSet", service + "-postgres")).as("its database").isPresent();
            assertThat(Manifests.find(documents, "KafkaUser", service)).as("its Kafka user").isPresent();
            assertThat(env(container).get("KAFKA_SECURITY_PROTOCOL")).as(service).isEqualTo("SASL_SSL");
            assertThat(env(container)).as(service).containsKeys("QUARKUS_DATASOURCE_JDBC_URL",
                    "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS",
                    "KAFKA_SASL_JAAS_CONFIG");
        }
    }

    @Test
    void every_secret_and_config_map_a_pod_reads_is_in_the_manifests_or_made_by_strimzi() {
        Set<String> strimziSecrets = new HashSet<>(Manifests.ofKind(documents, "KafkaUser").stream()
                .map(user -> user.at("/metadata/name").asText()).toList());
        strimziSecrets.add("backorder-cluster-ca-cert");
        for (JsonNode document : Manifests.ofKind(documents, "Deployment")) {
            for (JsonNode reference : document.findValues("secretKeyRef")) {
                String name = reference.path("name").asText();
                assertThat(strimziSecrets.contains(name) || Manifests.find(documents, "Secret", name).isPresent())
                        .as("Secret " + name).isTrue();
            }
            for (JsonNode reference : document.findValues("configMapKeyRef")) {
                JsonNode configMap = Manifests.find(documents, "ConfigMap", reference.path("name").asText())
                        .orElseThrow(() -> new AssertionError("no ConfigMap " + reference));
                assertThat(configMap.at("/data").has(reference.path("key").asText())).as(reference.toString()).isTrue();
            }
        }
    }

    @Test
    void every_contract_topic_and_its_dead_letter_twin_is_created_and_nothing_else() {
        Set<String> expected = new HashSet<>();
        Topics.ALL.forEach(topic -> {
            expected.add(topic);
            expected.add(Topics.deadLetter(topic));
        });

        Set<String> created = Manifests.ofKind(documents, "KafkaTopic").stream()
                .map(topic -> topic.at("/spec/topicName").asText()).collect(Collectors.toSet());

        assertThat(created).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void each_service_may_read_the_topics_it_consumes_write_their_dead_letters_and_write_what_it_publishes() {
        for (String service : Manifests.services()) {
            Map<String, Set<String>> allowed = acls(service);
            for (String topic : consumedTopics(service)) {
                assertThat(allowed.getOrDefault(topic, Set.of())).as(service + " reads " + topic).contains("Read");
                assertThat(allowed.getOrDefault(Topics.deadLetter(topic), Set.of()))
                        .as(service + " dead-letters " + topic).contains("Write");
            }
            assertThat(allowed.getOrDefault(Topics.PARAMETERS_EVENTS, Set.of())).as(service).contains("Write");
        }
        WRITERS.forEach((topic, writers) -> writers.forEach(writer ->
                assertThat(acls(writer).getOrDefault(topic, Set.of())).as(writer + " writes " + topic).contains("Write")));
    }

    @Test
    void no_client_may_write_a_topic_that_is_not_its_own() {
        for (JsonNode user : Manifests.ofKind(documents, "KafkaUser")) {
            String name = user.at("/metadata/name").asText();
            acls(name).forEach((topic, operations) -> {
                if (operations.contains("Write") && !topic.endsWith(Topics.DEAD_LETTER_SUFFIX)
                        && !topic.equals(Topics.PARAMETERS_EVENTS)) {
                    assertThat(WRITERS.get(topic)).as(name + " writes " + topic).contains(name);
                }
            });
        }
    }

    /** Operations allowed per topic to one KafkaUser. */
    private Map<String, Set<String>> acls(String user) {
        JsonNode kafkaUser = Manifests.find(documents, "KafkaUser", user)
                .orElseThrow(() -> new AssertionError("no KafkaUser " + user));
        return StreamSupport.stream(kafkaUser.at("/spec/authorization/acls").spliterator(), false)
                .filter(acl -> "topic".equals(acl.at("/resource/type").asText()))
                .collect(Collectors.toMap(acl -> acl.at("/resource/name").asText(),
                        acl -> StreamSupport.stream(acl.path("operations").spliterator(), false).map(JsonNode::asText)
                                .collect(Collectors.toSet()),
                        (a, b) -> {
                            Set<String> both = new HashSet<>(a);
                            both.addAll(b);
                            return both;
                        }));
    }

    /** The topics of the service's incoming channels, from its application.properties. */
    private static List<String> consumedTopics(String service) {
        Path file = Manifests.repositoryRoot().resolve(service).resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
        List<String> topics = new ArrayList<>();
        properties.stringPropertyNames().stream()
                .filter(name -> name.startsWith("mp.messaging.incoming.") && name.endsWith(".topic"))
                .forEach(name -> topics.add(properties.getProperty(name)));
        // infra/parameters' channel, in every service (its own microprofile-config.properties)
        topics.add(Topics.PARAMETERS_EVENTS);
        return topics;
    }

    private static Map<String, String> env(JsonNode container) {
        return StreamSupport.stream(container.path("env").spliterator(), false)
                .collect(Collectors.toMap(variable -> variable.path("name").asText(),
                        variable -> variable.path("value").asText()));
    }
}
