package io.backorder.bench.load;

import io.backorder.contracts.ContractJson;
import io.backorder.contracts.Topics;
import io.backorder.contracts.warehouse.ReceiptScanned;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plays the warehouse scanners: one {@code ReceiptScanned} per sku on warehouse.receipts, keyed by sku. */
public final class Scanners implements AutoCloseable {

    static final String SCANNER_ID = "bench-dock";

    private final KafkaProducer<String, String> producer;

    public Scanners(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-scanners");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(config);
    }

    /**
     * Scans {@code quantities} in (skus with 0 are skipped), receipt ids {@code <receiptPrefix>-<sku>}.
     *
     * @return how many receipts were sent
     */
    public int receive(Map<String, Integer> quantities, String receiptPrefix) {
        int sent = 0;
        for (Map.Entry<String, Integer> entry : quantities.entrySet()) {
            if (entry.getValue() <= 0) {
                continue;
            }
            String sku = entry.getKey();
            ReceiptScanned receipt = new ReceiptScanned(receiptPrefix + "-" + sku, sku, entry.getValue(), null,
                    SCANNER_ID, Instant.now());
            producer.send(new ProducerRecord<>(Topics.WAREHOUSE_RECEIPTS, sku, ContractJson.write(receipt)));
            sent++;
        }
        producer.flush();
        return sent;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
