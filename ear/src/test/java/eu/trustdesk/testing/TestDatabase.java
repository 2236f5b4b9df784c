package eu.trustdesk.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A direct connection to the test database, to look at what the application stored. */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** The first column of the first row of {@code sql} with parameters, as a long; fails when there is none. */
    public static long queryLong(String sql, Object... parameters) {
        try (Connection db = connect(); java.sql.PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (java.sql.ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No row for " + sql);
                }
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row of {@code sql} with parameters, as a string (null for SQL NULL). */
    public static String queryString(String sql, Object... parameters) {
        try (Connection db = connect(); java.sql.PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (java.sql.ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No row for " + sql);
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("trustdesk.test.db.url"),
                System.getProperty("trustdesk.test.db.user"), System.getProperty("trustdesk.test.db.password"));
    }
}
