package eu.trustdesk.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when the application is deployed, before anything else touches
 * the database: every other startup bean declares {@code @DependsOn("DatabaseMigrations")}.
 *
 * <p>The migrations are the versioned SQL files under {@code db/migration/<capability>/} of the
 * persistence module, the same files on H2 and MySQL/MariaDB. Bean-managed transactions, because
 * Flyway commits each migration itself. A production start missing its settings is refused
 * before any of this ({@link ProductionSafety}).
 */
@Startup
@Singleton
@DependsOn("ProductionSafety")
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        // The persistence jar holds the scripts; its class loader is the one that can list them.
        ClassLoader loader = eu.trustdesk.shared.Money.class.getClassLoader();
        MigrateResult result = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migration(s) applied now)");
    }
}
