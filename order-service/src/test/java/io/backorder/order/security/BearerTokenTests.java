package io.backorder.order.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.Topics;
import io.backorder.order.SampleOrders;
import io.backorder.order.config.OrderParameterCatalog;
import io.backorder.testing.TestKafka;
import io.backorder.testing.TestUsers;
import io.backorder.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Production's sign-in (docs/security.md): with OIDC switched on by configuration alone, a service takes
 * {@code Authorization: Bearer} tokens, reads the caller's roles from the token, records the token's user as who
 * changed a parameter, and refuses a token that is forged, expired, or meant for another issuer or audience. The
 * issuer here is a key pair kept for these tests only (src/test/resources/oidc; its public half set as
 * {@code quarkus.oidc.public-key}), so that no OIDC server is needed: a token is verified as it is against an issuer's
 * published keys. HTTP Basic stays for the service user.
 */
@QuarkusTest
@TestProfile(BearerTokenTests.OidcSwitchedOn.class)
class BearerTokenTests {

    static final String ISSUER = "https://sso.example.test/realms/backorder";
    static final String AUDIENCE = "backorder";
    /** Read by path, not shared as an object: the profile and the test are loaded by different class loaders. */
    static final String ISSUER_PRIVATE_KEY = "oidc/issuer-private-key.pem";
    static final String ISSUER_PUBLIC_KEY = "oidc/issuer-public-key.pem";

    /** The configuration a deployment sets (infra/deploy's ConfigMap backorder-oidc), with a local key for the issuer. */
    public static class OidcSwitchedOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.public-key", pemBody(ISSUER_PUBLIC_KEY),
                    "quarkus.oidc.token.issuer", ISSUER,
                    "quarkus.oidc.token.audience", AUDIENCE,
                    "quarkus.oidc.roles.role-claim-path", "groups");
        }
    }

    @Test
    void a_token_from_the_issuer_signs_its_user_in_with_the_token_s_roles() {
        withToken(token("ana", "operator", "viewer").sign(ISSUER_PRIVATE_KEY))
                .get("/api/me")
                .then().statusCode(200)
                .body("name", equalTo("ana")).body("roles", contains("operator", "viewer"));
    }

    @Test
    void a_token_without_the_operation_s_role_is_refused_with_403() {
        withToken(token("vic", "viewer").sign(ISSUER_PRIVATE_KEY))
                .post("/api/orders/NO-SUCH-ORDER/approve")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void the_parameter_change_is_recorded_as_the_token_s_user() {
        String name = OrderParameterCatalog.FILL_BACKORDERS_CARRY_DISCOUNT_PERCENT;
        String admin = token("ada", "admin").sign(ISSUER_PRIVATE_KEY);
        String before = withToken(admin).get("/api/parameters/" + name).then().statusCode(200)
                .extract().path("value");
        String flipped = String.valueOf(!Boolean.parseBoolean(before));

        withToken(admin).header("X-Operator", "someone-else").contentType(ContentType.JSON)
                .body(Map.of("value", Boolean.parseBoolean(flipped))).put("/api/parameters/" + name)
                .then().statusCode(200).body("value", equalTo(flipped)).body("changedBy", equalTo("ada"));
        withToken(admin).contentType(ContentType.JSON).body(Map.of("value", Boolean.parseBoolean(before)))
                .put("/api/parameters/" + name).then().statusCode(200);
    }

    @Test
    void an_order_placed_with_a_token_records_the_token_s_user_as_the_operator_of_its_events() {
        String number = withToken(token("shop-7", "storefront").sign(ISSUER_PRIVATE_KEY)).contentType(ContentType.JSON)
                .body(SampleOrders.orderA(SampleOrders.uniqueId("BEARER"))).post("/api/orders")
                .then().statusCode(201).extract().path("orderNumber");

        try (TopicProbe events = TopicProbe.reading(TestKafka.get().bootstrapServers(), List.of(Topics.ORDERS_EVENTS))) {
            ConsumerRecord<String, String> imported = events.awaitUntil(seen -> seen.stream()
                    .anyMatch(record -> record.key().equals(number)), Duration.ofSeconds(30))
                    .stream().filter(record -> record.key().equals(number)).findFirst().orElseThrow();
            EventEnvelope envelope = ContractJson.readEnvelope(imported.value());
            assertThat(envelope.type()).isEqualTo("OrderImported");
            assertThat(envelope.operator()).isEqualTo("shop-7");
        }
    }

    @Test
    void a_token_signed_by_another_key_is_refused_with_401() {
        withToken(token("mallory", "operator", "viewer").sign(rsaKeyPair().getPrivate()))
                .get("/api/me").then().statusCode(401);
    }

    @Test
    void an_expired_token_is_refused_with_401() {
        Instant anHourAgo = Instant.now().minusSeconds(3600);
        withToken(token("ana", "viewer").issuedAt(anHourAgo.minusSeconds(300)).expiresAt(anHourAgo)
                .sign(ISSUER_PRIVATE_KEY))
                .get("/api/me").then().statusCode(401);
    }

    @Test
    void a_token_for_another_issuer_or_audience_is_refused_with_401() {
        withToken(token("ana", "viewer").issuer("https://elsewhere.example.test").sign(ISSUER_PRIVATE_KEY))
                .get("/api/me").then().statusCode(401);
        withToken(token("ana", "viewer").audience("another-application").sign(ISSUER_PRIVATE_KEY))
                .get("/api/me").then().statusCode(401);
    }

    @Test
    void no_credentials_are_refused_with_401_and_the_service_user_still_signs_in_over_basic() {
        TestUsers.anonymous().get("/api/me").then().statusCode(401);
        TestUsers.as("service").get("/api/me").then().statusCode(200).body("name", equalTo("service"));
    }

    private static JwtClaimsBuilder token(String user, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).preferredUserName(user).subject("id-of-" + user)
                .groups(Set.of(roles));
    }

    private static RequestSpecification withToken(String token) {
        return given().auth().none().header("Authorization", "Bearer " + token);
    }

    /** The key's base64 text without the PEM armour, as quarkus.oidc.public-key takes it. */
    private static String pemBody(String resource) {
        try (InputStream pem = BearerTokenTests.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(pem.readAllBytes(), StandardCharsets.US_ASCII).lines()
                    .filter(line -> !line.startsWith("-----")).collect(Collectors.joining());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
