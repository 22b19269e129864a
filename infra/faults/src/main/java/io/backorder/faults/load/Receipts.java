package io.backorder.faults.load;

import io.backorder.contracts.ContractJson;
import io.backorder.contracts.Topics;
import io.backorder.contracts.warehouse.ReceiptScanned;
import io.backorder.faults.audit.Ledger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The receipts of a run: {@code count} receipts spread over the run's skus in turn, one to five units each, receipt
 * ids {@code <prefix>-R<n>}. Sent on warehouse.receipts keyed by sku, as scanners do; each is in the ledger as
 * accepted (a scanner's receipt for a defined item is never refused).
 */
public final class Receipts {

    static final String SCANNER = "faults-dock";
    static final int MAX_UNITS = 5;

    private Receipts() {
    }

    public static List<ReceiptScanned> plan(String prefix, List<String> skus, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ReceiptScanned> receipts = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String sku = skus.get((i - 1) % skus.size());
            receipts.add(new ReceiptScanned(prefix + "-R" + i, sku, 1 + random.nextInt(MAX_UNITS), null, SCANNER,
                    Instant.now()));
        }
        return receipts;
    }

    /** Sends each receipt {@code copies} times in a row (a scanner that sends twice) and enters it in the ledger. */
    public static void send(InputProducer producer, List<ReceiptScanned> receipts, int copies, Ledger ledger) {
        for (ReceiptScanned receipt : receipts) {
            ledger.receiptAccepted(receipt.receiptId(), receipt.sku(), receipt.quantity());
            String json = ContractJson.write(receipt);
            for (int copy = 0; copy < copies; copy++) {
                producer.send(Topics.WAREHOUSE_RECEIPTS, receipt.sku(), json);
            }
        }
    }
}
