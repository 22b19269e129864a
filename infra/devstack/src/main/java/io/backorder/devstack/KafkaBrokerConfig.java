package io.backorder.devstack;

import java.nio.file.Path;

/**
 * The files a single-node Kafka broker of the stack runs from: {@code server.properties} (KRaft, broker and
 * controller in one process, everything replicated once) and the log4j2 configuration of its process, whose
 * console is the broker's log file.
 */
public record KafkaBrokerConfig(int port, int controllerPort, Path dataDir) {

    static final int NODE_ID = 1;
    static final int DEFAULT_PARTITIONS = 3;
    static final String HOST = "127.0.0.1";

    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    public String controllerEndpoint() {
        return HOST + ":" + controllerPort;
    }

    /** The broker's {@code server.properties}. */
    public String serverProperties() {
        String nl = System.lineSeparator();
        return String.join(nl,
                "# Written by devstack on every start; edits here are overwritten.",
                "process.roles=broker,controller",
                "node.id=" + NODE_ID,
                "controller.quorum.bootstrap.servers=" + controllerEndpoint(),
                "listeners=PLAINTEXT://" + bootstrapServers() + ",CONTROLLER://" + controllerEndpoint(),
                "advertised.listeners=PLAINTEXT://" + bootstrapServers() + ",CONTROLLER://" + controllerEndpoint(),
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + escape(dataDir.toAbsolutePath().toString()),
                "num.partitions=" + DEFAULT_PARTITIONS,
                "auto.create.topics.enable=true",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "");
    }

    /** The log4j2 configuration of the broker process: INFO (WARN for the chattiest loggers) to its console. */
    public static String log4j2Properties() {
        String nl = System.lineSeparator();
        return String.join(nl,
                "# Written by devstack; the broker's console is its log file.",
                "status = warn",
                "appender.console.type = Console",
                "appender.console.name = STDOUT",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.stdout.ref = STDOUT",
                "logger.request.name = kafka.request.logger",
                "logger.request.level = WARN",
                "logger.statechange.name = state.change.logger",
                "logger.statechange.level = WARN",
                "logger.cleaner.name = kafka.log.LogCleaner",
                "logger.cleaner.level = WARN",
                "logger.clients.name = org.apache.kafka.clients",
                "logger.clients.level = WARN",
                "logger.config.name = org.apache.kafka.common.config.AbstractConfig",
                "logger.config.level = WARN",
                "");
    }

    /** A value in a properties file: backslashes are escapes there. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\");
    }
}
