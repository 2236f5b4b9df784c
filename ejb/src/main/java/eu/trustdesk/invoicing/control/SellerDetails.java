package eu.trustdesk.invoicing.control;

import eu.trustdesk.invoicing.entity.Seller;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.platform.ProductionReadiness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * TrustDesk's own details as a seller, from the configuration ({@code trustdesk.seller.*}, i.e.
 * the {@code TRUSTDESK_SELLER_*} environment variables). The EAR ships none, so that fictitious
 * details can never reach a real invoice: a production start without them is refused
 * ({@link eu.trustdesk.platform.ProductionSafety}); the run command and the integration tests set
 * fictitious ones. Read when the server starts; each document copies them when it is issued.
 */
@ApplicationScoped
public class SellerDetails {

    @Inject
    @ConfigProperty(name = "trustdesk.seller.name")
    Optional<String> name;

    @Inject
    @ConfigProperty(name = "trustdesk.seller.siret")
    Optional<String> siret;

    @Inject
    @ConfigProperty(name = "trustdesk.seller.vat")
    Optional<String> vatNumber;

    @Inject
    @ConfigProperty(name = "trustdesk.seller.address-line1")
    Optional<String> addressLine1;

    @Inject
    @ConfigProperty(name = "trustdesk.seller.postal-code")
    Optional<String> postalCode;

    @Inject
    @ConfigProperty(name = "trustdesk.seller.city")
    Optional<String> city;

    @Inject
    @ConfigProperty(name = "trustdesk.seller.country", defaultValue = "FR")
    String country;

    @Inject
    @ConfigProperty(name = "trustdesk.seller.iban")
    Optional<String> iban;

    @Inject
    @ConfigProperty(name = "trustdesk.seller.bic")
    Optional<String> bic;

    @Inject
    @ConfigProperty(name = "trustdesk.seller.email")
    Optional<String> email;

    /** EN 16931 BT-33: legal form, share capital, trade register. */
    @Inject
    @ConfigProperty(name = "trustdesk.seller.legal-info")
    Optional<String> legalInfo;

    /**
     * The seller as it is now.
     *
     * @throws IllegalArgumentException when a configured detail is not valid (a SIRET, VAT number
     *         or IBAN with a wrong check digit, a missing name...)
     */
    public Seller current() {
        return Seller.of(required(name, "name"), required(siret, "siret"), required(vatNumber, "vat"),
                required(addressLine1, "address-line1"), required(postalCode, "postal-code"), required(city, "city"),
                Country.valueOf(country.strip().toUpperCase(Locale.ROOT)), required(iban, "iban"), required(bic, "bic"),
                required(email, "email"), legalInfo.orElse(null));
    }

    /** The EAR ships no seller: a detail the environment does not set is refused by its variable's name. */
    private static String required(Optional<String> value, String key) {
        return value.filter(v -> !v.isBlank()).orElseThrow(() -> new IllegalArgumentException(
                ProductionReadiness.environmentName("trustdesk.seller." + key) + " is not set"));
    }
}
