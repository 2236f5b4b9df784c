package eu.trustdesk.invoicing.control;

import eu.trustdesk.invoicing.entity.Seller;
import eu.trustdesk.organisation.entity.Country;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * TrustDesk's own details as a seller, from the configuration ({@code trustdesk.seller.*}, i.e.
 * the {@code TRUSTDESK_SELLER_*} environment variables; the defaults in
 * {@code META-INF/microprofile-config.properties} are fictitious). Read when the server starts;
 * each document copies them when it is issued.
 */
@ApplicationScoped
public class SellerDetails {

    @Inject
    @ConfigProperty(name = "trustdesk.seller.name")
    String name;

    @Inject
    @ConfigProperty(name = "trustdesk.seller.siret")
    String siret;

    @Inject
    @ConfigProperty(name = "trustdesk.seller.vat")
    String vatNumber;

    @Inject
    @ConfigProperty(name = "trustdesk.seller.address-line1")
    String addressLine1;

    @Inject
    @ConfigProperty(name = "trustdesk.seller.postal-code")
    String postalCode;

    @Inject
    @ConfigProperty(name = "trustdesk.seller.city")
    String city;

    @Inject
    @ConfigProperty(name = "trustdesk.seller.country", defaultValue = "FR")
    String country;

    @Inject
    @ConfigProperty(name = "trustdesk.seller.iban")
    String iban;

    @Inject
    @ConfigProperty(name = "trustdesk.seller.bic")
    String bic;

    @Inject
    @ConfigProperty(name = "trustdesk.seller.email")
    String email;

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
        return Seller.of(name, siret, vatNumber, addressLine1, postalCode, city,
                Country.valueOf(country.strip().toUpperCase(Locale.ROOT)), iban, bic, email, legalInfo.orElse(null));
    }
}
