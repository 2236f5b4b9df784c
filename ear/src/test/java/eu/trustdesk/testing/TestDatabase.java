package eu.trustdesk.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A direct connection to the test database, to look at what the application stored. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("trustdesk.test.db.url"),
                System.getProperty("trustdesk.test.db.user"), System.getProperty("trustdesk.test.db.password"));
    }
}
