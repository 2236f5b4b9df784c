package eu.trustdesk.platform.view;

import eu.trustdesk.platform.SystemStatus.DatabaseStatus;
import eu.trustdesk.platform.SystemStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health}: TrustDesk is ready only while it can reach its database. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @EJB
    private SystemStatus systemStatus;

    @Override
    public HealthCheckResponse call() {
        DatabaseStatus status = systemStatus.database();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database").status(status.up());
        if (status.product() != null) {
            response.withData("product", status.product());
        }
        if (status.error() != null) {
            response.withData("error", status.error());
        }
        return response.build();
    }
}
