package io.backorder.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;

/**
 * Whether a Docker engine answers here. Asked only when there is a sign of one (DOCKER_HOST or the
 * default socket), because Testcontainers logs an error when it finds none.
 */
final class DockerAvailability {

    private static Boolean answers;

    private DockerAvailability() {
    }

    static synchronized boolean answers() {
        if (answers == null) {
            boolean signOfEngine = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
            answers = signOfEngine && !"false".equals(System.getenv("BACKORDER_TEST_DOCKER"))
                    && DockerClientFactory.instance().isDockerAvailable();
        }
        return answers;
    }
}
