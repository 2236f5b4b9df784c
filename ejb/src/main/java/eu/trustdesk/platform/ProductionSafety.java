package eu.trustdesk.platform;

import eu.trustdesk.invoicing.control.SellerDetails;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Fails the deployment of a production start (demo data off) that lacks the database password
 * or the seller's details, with a log line naming every missing variable, and one whose secret
 * key is malformed or whose seller details are invalid (a SIRET, VAT number or IBAN with a wrong check digit). It runs before the
 * migrations ({@link DatabaseMigrations} depends on it), so that nothing touches the database
 * of a server that should not have started.
 */
@Startup
@Singleton
public class ProductionSafety {

    private static final Logger LOG = Logger.getLogger(ProductionSafety.class.getName());

    @Inject
    private SellerDetails sellerDetails;

    @PostConstruct
    void check() {
        Config config = ConfigProvider.getConfig();
        List<String> missing = ProductionReadiness.missingVariables(key -> config.getOptionalValue(key, String.class));
        if (!missing.isEmpty()) {
            String refusal = ProductionReadiness.refusal(missing);
            LOG.severe(refusal);
            throw new IllegalStateException(refusal);
        }
        if (ProductionReadiness.demo(key -> config.getOptionalValue(key, String.class))) {
            LOG.warning("Demo data are on (TRUSTDESK_DEMO_DATA=true): never on a production server.");
            return;
        }
        try {
            SecretBox.keyFrom(key -> config.getOptionalValue(key, String.class));
        } catch (IllegalStateException e) {
            String refusal = "TrustDesk refuses to start: " + e.getMessage();
            LOG.severe(refusal);
            throw new IllegalStateException(refusal, e);
        }
        try {
            sellerDetails.current();
        } catch (RuntimeException e) {
            String refusal = "TrustDesk refuses to start: the seller's details (TRUSTDESK_SELLER_*) are not valid: "
                    + e.getMessage();
            LOG.severe(refusal);
            throw new IllegalStateException(refusal, e);
        }
    }
}
