package io.backorder.devstack;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/** Finds the repository the stack runs from: the directory with the root {@code pom.xml} and {@code infra/devstack}. */
final class RepoRoot {

    /** Set by run.sh; wins over the search below. */
    static final String PROPERTY = "backorder.repo.root";

    private RepoRoot() {
    }

    /**
     * The directory named by the system property {@value #PROPERTY}, else the repository above where devstack's classes were loaded from ({@code infra/devstack/target/devstack.jar}),
     * else above the working directory.
     *
     * @throws UsageException if neither lies in the repository
     */
    static Path locate() {
        String given = System.getProperty(PROPERTY);
        if (given != null && !given.isBlank()) {
            Path dir = Path.of(given).toAbsolutePath().normalize();
            if (!isRepoRoot(dir)) {
                throw new UsageException("-D" + PROPERTY + "=" + given + " is not the repository (no pom.xml and"
                        + " infra/devstack there)");
            }
            return dir;
        }
        return codeLocation().flatMap(RepoRoot::above)
                .or(() -> above(Path.of("").toAbsolutePath()))
                .orElseThrow(() -> new UsageException("cannot find the Backorder Manager repository (a directory with"
                        + " pom.xml and infra/devstack) above " + Path.of("").toAbsolutePath()
                        + "; run devstack from inside it"));
    }

    static Optional<Path> above(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (isRepoRoot(dir)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    static boolean isRepoRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("infra").resolve("devstack"));
    }

    private static Optional<Path> codeLocation() {
        try {
            CodeSource source = RepoRoot.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
