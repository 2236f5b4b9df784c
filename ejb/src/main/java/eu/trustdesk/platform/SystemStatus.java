package eu.trustdesk.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Answers the health probe: can the application reach its database right now? */
@Stateless
@PermitAll
public class SystemStatus {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DatabaseStatus database() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(VALIDATION_TIMEOUT_SECONDS);
            return new DatabaseStatus(valid, connection.getMetaData().getDatabaseProductName(), null);
        } catch (SQLException e) {
            return new DatabaseStatus(false, null, e.getMessage());
        }
    }

    /** What the health check reports: never credentials, only the product name or the error. */
    public record DatabaseStatus(boolean up, String product, String error) implements java.io.Serializable {
    }
}
