package io.backorder.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/** The files of infra/deploy, read as YAML documents, and the repository they deploy. */
final class Manifests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Manifests() {
    }

    /** infra/deploy, wherever the build runs from. */
    static Path deployDirectory() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("kubernetes")) ? here : here.resolve("infra/deploy");
    }

    static Path repositoryRoot() {
        return deployDirectory().resolve("../..").normalize();
    }

    /** Every document of every .yaml file under the directory; an empty document is skipped. */
    static List<JsonNode> documents(Path directory) {
        List<JsonNode> documents = new ArrayList<>();
        for (Path file : yamlFiles(directory)) {
            documents.addAll(read(file));
        }
        return documents;
    }

    static List<Path> yamlFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * SnakeYAML reads the documents (it resolves anchors and the {@code <<} merge keys compose files use,
     * which Jackson's YAML parser leaves as they are); Jackson's tree is easier to query.
     */
    static List<JsonNode> read(Path file) {
        List<JsonNode> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : new Yaml().loadAll(reader)) {
                if (document != null) {
                    documents.add(JSON.valueToTree(document));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return documents;
    }

    /** The Kubernetes object of this kind and name, if the manifests hold one. */
    static Optional<JsonNode> find(List<JsonNode> documents, String kind, String name) {
        return documents.stream().filter(document -> kind.equals(document.path("kind").asText())
                && name.equals(document.path("metadata").path("name").asText())).findFirst();
    }

    static List<JsonNode> ofKind(List<JsonNode> documents, String kind) {
        return documents.stream().filter(document -> kind.equals(document.path("kind").asText())).toList();
    }

    /** The service modules of the repository: every directory at its root named *-service. */
    static List<String> services() {
        try (Stream<Path> children = Files.list(repositoryRoot())) {
            return children.filter(child -> child.getFileName().toString().endsWith("-service")
                            && Files.exists(child.resolve("pom.xml")))
                    .map(child -> child.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
