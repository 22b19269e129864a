package io.backorder.bench.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sorts a process's CPU samples (async-profiler's collapsed stacks, one {@code frame;frame;… count} line per distinct
 * stack, outermost frame first) by the library that spent them: the question "where does the time go" asked of a
 * stack of frameworks. A sample goes to the JIT compilers or the garbage collector if it ran on their threads;
 * otherwise to the innermost frame of a known library, skipping the JDK's own frames, so that a {@code HashMap.get}
 * inside Hibernate counts for Hibernate and a socket write inside the PostgreSQL driver, kernel time included,
 * counts for the driver. A stack through the broker's own packages is the broker's, whatever it calls. What has no
 * library frame at all is the JDK's, or native.
 */
public final class CpuByLibrary {

    public static final String JIT = "JIT compilers";
    public static final String GC = "garbage collector, VM thread";
    public static final String JDK = "JDK";
    public static final String NATIVE = "native, interpreter, unknown";
    static final String BROKER = "Kafka broker";
    /** The broker's own (Scala) packages: its threads run the clients' shared network and record code too. */
    private static final String BROKER_PACKAGES = "kafka/";

    /** First match wins: the Kafka client's packages before the broker's catch-all. */
    private static final List<Library> LIBRARIES = List.of(
            new Library("PostgreSQL driver", "org/postgresql/"),
            new Library("Hibernate ORM", "org/hibernate/"),
            new Library("Narayana (transactions)", "com/arjuna/", "org/jboss/narayana/", "io/quarkus/narayana/"),
            new Library("Agroal (connection pool)", "io/agroal/"),
            new Library("Jackson (JSON)", "com/fasterxml/jackson/"),
            new Library("Kafka client", "org/apache/kafka/clients/", "org/apache/kafka/common/"),
            new Library(BROKER, "org/apache/kafka/"),
            new Library("SmallRye messaging, Mutiny", "io/smallrye/"),
            new Library("RESTEasy Reactive", "org/jboss/resteasy/"),
            new Library("Vert.x, Netty", "io/vertx/", "io/netty/"),
            new Library("Micrometer", "io/micrometer/"),
            new Library("OpenTelemetry", "io/opentelemetry/"),
            new Library("Quarkus, ArC", "io/quarkus/"),
            new Library("Backorder Manager", "io/backorder/"));
    private static final List<String> JDK_PACKAGES = List.of("java/", "javax/", "jdk/", "sun/", "com/sun/");
    /** HotSpot's C1 and C2 and their broker; the profiler names native frames by their C++ symbols. */
    private static final List<String> COMPILER_FRAMES = List.of("CompileBroker::", "C2Compiler::", "Compilation::",
            "Compiler::compile_method");
    private static final List<String> GC_FRAMES = List.of("VMThread::", "GCTaskThread", "ConcurrentGCThread",
            "WorkerThread::run");

    private record Library(String name, String... packages) {
    }

    private CpuByLibrary() {
    }

    /** Samples by library, largest first. Lines that are not {@code stack count} are skipped. */
    public static Map<String, Long> of(Iterable<String> collapsedLines) {
        Map<String, Long> samples = new LinkedHashMap<>();
        for (String line : collapsedLines) {
            int space = line.lastIndexOf(' ');
            if (space <= 0) {
                continue;
            }
            long count;
            try {
                count = Long.parseLong(line.substring(space + 1).trim());
            } catch (NumberFormatException notAStack) {
                continue;
            }
            samples.merge(libraryOf(line.substring(0, space).split(";")), count, Long::sum);
        }
        return sortedBySamples(samples);
    }

    /** The library a stack's sample counts for. */
    static String libraryOf(String[] frames) {
        for (String frame : frames) {
            if (COMPILER_FRAMES.stream().anyMatch(frame::contains)) {
                return JIT;
            }
            if (GC_FRAMES.stream().anyMatch(frame::contains)) {
                return GC;
            }
            if (frame.startsWith(BROKER_PACKAGES)) {
                return BROKER;
            }
        }
        boolean jdk = false;
        for (int i = frames.length - 1; i >= 0; i--) {
            String frame = frames[i];
            for (Library library : LIBRARIES) {
                for (String prefix : library.packages()) {
                    if (frame.startsWith(prefix)) {
                        return library.name();
                    }
                }
            }
            jdk |= JDK_PACKAGES.stream().anyMatch(frame::startsWith);
        }
        return jdk ? JDK : NATIVE;
    }

    private static Map<String, Long> sortedBySamples(Map<String, Long> samples) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        samples.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }
}
