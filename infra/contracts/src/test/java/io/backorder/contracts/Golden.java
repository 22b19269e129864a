package io.backorder.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The golden samples under {@code src/test/resources/golden}, for tests. */
public final class Golden {

    private Golden() {
    }

    /** The text of {@code golden/<Type>.json}, a full envelope. */
    public static String envelopeText(String type) {
        return text("/golden/" + type + ".json");
    }

    /** {@code golden/<Type>.json} as a tree; a fresh copy each time, free to change. */
    public static ObjectNode envelope(String type) {
        return (ObjectNode) tree(envelopeText(type));
    }

    /** {@code golden/input/<Name>.json}, a bare input body, as a tree; a fresh copy each time. */
    public static ObjectNode input(String name) {
        return (ObjectNode) tree(text("/golden/input/" + name + ".json"));
    }

    /** The type names that have an envelope sample. */
    public static Set<String> envelopeTypes() {
        try {
            URL folder = Golden.class.getResource("/golden");
            if (folder == null) {
                return Set.of();
            }
            Set<String> types = new TreeSet<>();
            try (Stream<Path> files = Files.list(Paths.get(folder.toURI()))) {
                files.map(file -> file.getFileName().toString())
                        .filter(name -> name.endsWith(".json"))
                        .forEach(name -> types.add(name.substring(0, name.length() - ".json".length())));
            }
            return types;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code json} re-read as a tree, so values compare by their JSON text rather than by Java number type. */
    public static JsonNode tree(String json) {
        try {
            return ContractJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String resource) {
        try (InputStream in = Golden.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden sample " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
