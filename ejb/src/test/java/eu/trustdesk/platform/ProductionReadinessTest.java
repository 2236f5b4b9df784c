package eu.trustdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A production start (demo data off) needs the database password and the seller from the
 * environment: the EAR's own configuration provides neither, and what is missing is named.
 */
class ProductionReadinessTest {

    /** What the EAR ships: META-INF/microprofile-config.properties of the persistence module. */
    private static Map<String, String> shippedDefaults() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = ProductionReadiness.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> map = new HashMap<>();
        defaults.stringPropertyNames().forEach(key -> map.put(key, defaults.getProperty(key)));
        return map;
    }

    private static Function<String, Optional<String>> lookup(Map<String, String> config) {
        return key -> Optional.ofNullable(config.get(key));
    }

    /** A complete production environment: the seller of a real company, as an operator would set it. */
    private static Map<String, String> production() {
        Map<String, String> config = new HashMap<>();
        config.put("trustdesk.demo-data", "false");
        config.put("trustdesk.db.password", "S3cret-ça-và-Łódź");
        config.put("trustdesk.secret-key", "q3mVYy2Wc0dGrQzIh0Ue1m7v4l1Ub0m2wV7Yc2F0d0U=");
        config.put("trustdesk.seller.name", "Confiance Numérique SAS");
        config.put("trustdesk.seller.siret", "90487215700014");
        config.put("trustdesk.seller.vat", "FR91904872157");
        config.put("trustdesk.seller.address-line1", "3 allée des Érables");
        config.put("trustdesk.seller.postal-code", "69003");
        config.put("trustdesk.seller.city", "Lyon");
        config.put("trustdesk.seller.iban", "FR7630004012340001234567862");
        config.put("trustdesk.seller.bic", "BNPAFRPPXXX");
        config.put("trustdesk.secret-key", "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=");
        config.put("trustdesk.seller.email", "comptabilite@confiance-numerique.fr");
        config.put("trustdesk.seller.legal-info", "SAS au capital de 120 000,50 EUR - RCS Lyon 904 872 157");
        return config;
    }

    @Test
    void theEarShipsNoDatabasePasswordAndNoSeller() throws IOException {
        List<String> missing = ProductionReadiness.missingVariables(lookup(shippedDefaults()));
        assertEquals(List.of("TRUSTDESK_DB_PASSWORD", "TRUSTDESK_SECRET_KEY", "TRUSTDESK_SELLER_NAME", "TRUSTDESK_SELLER_SIRET",
                "TRUSTDESK_SELLER_VAT", "TRUSTDESK_SELLER_ADDRESS_LINE1", "TRUSTDESK_SELLER_POSTAL_CODE",
                "TRUSTDESK_SELLER_CITY", "TRUSTDESK_SELLER_IBAN", "TRUSTDESK_SELLER_BIC", "TRUSTDESK_SELLER_EMAIL",
                "TRUSTDESK_SELLER_LEGAL_INFO"), missing);
        String refusal = ProductionReadiness.refusal(missing);
        assertTrue(refusal.contains("TRUSTDESK_DB_PASSWORD, TRUSTDESK_SECRET_KEY, TRUSTDESK_SELLER_NAME"), refusal);
    }

    @Test
    void aCompleteProductionEnvironmentStarts() {
        assertEquals(List.of(), ProductionReadiness.missingVariables(lookup(production())));
    }

    @Test
    void eachMissingOrBlankVariableIsNamed() {
        Map<String, String> config = production();
        config.remove("trustdesk.seller.iban");
        config.put("trustdesk.db.password", "  ");
        assertEquals(List.of("TRUSTDESK_DB_PASSWORD", "TRUSTDESK_SELLER_IBAN"),
                ProductionReadiness.missingVariables(lookup(config)));
        // anything but "true" is production: a typo must not switch the checks off
        config.put("trustdesk.demo-data", "yes");
        assertFalse(ProductionReadiness.missingVariables(lookup(config)).isEmpty());
    }

    @Test
    void theDemoStartsWithoutThem() throws IOException {
        Map<String, String> demo = shippedDefaults();
        demo.put("trustdesk.demo-data", "true");
        assertEquals(List.of(), ProductionReadiness.missingVariables(lookup(demo)));
    }
}
