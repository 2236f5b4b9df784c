package eu.trustdesk.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a production start needs from the environment and the EAR does not ship: the database
 * password, the key that seals secrets at rest ({@link SecretBox}) and the seller printed on every invoice. The EAR carries no default for them, so a
 * server started without them would connect with no password and issue invoices with no
 * (or, before, fictitious) seller; a demo start (demo data on) is exempt, since its data are
 * fictitious anyway and the run command and the integration tests set their own values.
 */
public final class ProductionReadiness {

    public static final String DEMO_DATA = "trustdesk.demo-data";

    /** Keys of the settings a production start requires, in the order they are reported. */
    public static final List<String> REQUIRED = List.of(
            "trustdesk.db.password",
            SecretBox.KEY_PROPERTY,
            "trustdesk.seller.name",
            "trustdesk.seller.siret",
            "trustdesk.seller.vat",
            "trustdesk.seller.address-line1",
            "trustdesk.seller.postal-code",
            "trustdesk.seller.city",
            "trustdesk.seller.iban",
            "trustdesk.seller.bic",
            "trustdesk.seller.email",
            "trustdesk.seller.legal-info");

    private ProductionReadiness() {
    }

    /** Whether the configuration asks for the demo data (only the exact value {@code true}). */
    public static boolean demo(Function<String, Optional<String>> config) {
        return config.apply(DEMO_DATA).map(String::strip).map("true"::equalsIgnoreCase).orElse(false);
    }

    /**
     * The environment variables a production start lacks (unset or blank), named as an operator
     * sets them; empty when nothing lacks or when the demo data are on.
     */
    public static List<String> missingVariables(Function<String, Optional<String>> config) {
        if (demo(config)) {
            return List.of();
        }
        return REQUIRED.stream()
                .filter(key -> config.apply(key).map(String::isBlank).orElse(true))
                .map(ProductionReadiness::environmentName)
                .toList();
    }

    /** {@code trustdesk.seller.address-line1} → {@code TRUSTDESK_SELLER_ADDRESS_LINE1} (MicroProfile Config's rule). */
    public static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The log line (and deployment failure) naming what is missing. */
    public static String refusal(List<String> missing) {
        return "TrustDesk refuses to start without demo data (TRUSTDESK_DEMO_DATA is not true) while these "
                + "environment variables are unset: " + String.join(", ", missing)
                + ". Set them before starting the server (README, Configuration; docs/OPERATIONS.md).";
    }
}
