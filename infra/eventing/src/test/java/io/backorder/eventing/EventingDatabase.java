package io.backorder.eventing;

import io.backorder.testing.TestDatabase;
import io.backorder.testing.TestPostgres;
import org.flywaydb.core.Flyway;

/** A fresh database of the shared test server with the eventing schema migrated in. */
final class EventingDatabase {

    private EventingDatabase() {
    }

    static TestDatabase create(String name) {
        TestDatabase database = TestPostgres.get().createDatabase(name);
        Flyway.configure()
                .dataSource(database.jdbcUrl(), database.user(), database.password())
                .locations("classpath:db/eventing")
                .load()
                .migrate();
        return database;
    }
}
