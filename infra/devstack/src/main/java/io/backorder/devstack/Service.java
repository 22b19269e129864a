package io.backorder.devstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The four services of the stack: the module directory each is built in, and the database each owns. */
public enum Service {
    ORDER("order-service", "orders"),
    INVENTORY("inventory-service", "inventory"),
    PURCHASING("purchasing-service", "purchasing"),
    REPORTING("reporting-service", "reporting");

    private static final String RUNNER_JAR = "target/quarkus-app/quarkus-run.jar";

    private final String serviceName;
    private final String database;

    Service(String serviceName, String database) {
        this.serviceName = serviceName;
        this.database = database;
    }

    /** The module directory and the name used in logs, pid files and {@link LocalStack#serviceUrl(String)}. */
    public String serviceName() {
        return serviceName;
    }

    /** The PostgreSQL database the service keeps its events and read models in. */
    public String database() {
        return database;
    }

    /** Where {@code mvn install} puts the runnable Quarkus application of this service. */
    public Path runnerJar(Path repoRoot) {
        return repoRoot.resolve(serviceName).resolve(RUNNER_JAR);
    }

    /** The service called {@code name} (for example {@code order-service}). */
    public static Service named(String name) {
        for (Service service : values()) {
            if (service.serviceName.equals(name)) {
                return service;
            }
        }
        throw new IllegalArgumentException("no service named '" + name + "'; the services are "
                + Arrays.stream(values()).map(Service::serviceName).collect(Collectors.joining(", ")));
    }
}
