package eu.trustdesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The migrations apply cleanly on the embedded H2 in MySQL mode, as the run command uses it.
 * (MariaDB is covered by the integration tests, which deploy on it.)
 */
class MigrationsTest {

    private static final String URL = "jdbc:h2:mem:migrations;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    @Test
    void everyMigrationAppliesOnH2InMySqlMode() throws Exception {
        var result = Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        assertTrue(result.migrationsExecuted >= 2, "migrations applied: " + result.migrationsExecuted);
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
                ResultSet tables = connection.getMetaData().getTables(null, null, "product_price", null)) {
            assertTrue(tables.next(), "product_price exists");
        }
        // a second start changes nothing
        assertEquals(0, Flyway.configure().dataSource(URL, "sa", "").load().migrate().migrationsExecuted);
    }
}
