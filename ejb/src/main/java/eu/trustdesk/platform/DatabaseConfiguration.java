package eu.trustdesk.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's one data source, {@value #JNDI_NAME}.
 *
 * <p>Defined by the application rather than by {@code asadmin}, so that the same EAR runs on the
 * embedded H2 of the run command and on MySQL/MariaDB without any server set-up: Payara resolves
 * the {@code MPCONFIG} references from environment variables ({@code TRUSTDESK_DB_URL}, ...) or
 * from the defaults in {@code META-INF/microprofile-config.properties}. It sits on a plain
 * singleton and not on a {@code @Startup} one, which once broke a server restart.
 */
@Singleton
@DataSourceDefinition(
        name = DatabaseConfiguration.JNDI_NAME,
        className = "${MPCONFIG=trustdesk.db.datasource-class}",
        url = "${MPCONFIG=trustdesk.db.url}",
        user = "${MPCONFIG=trustdesk.db.user}",
        password = "${MPCONFIG=trustdesk.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            // validate a pooled connection before handing it out: MariaDB closes idle ones after wait_timeout
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit"
        })
public class DatabaseConfiguration {

    public static final String JNDI_NAME = "java:app/jdbc/trustdesk";
}
