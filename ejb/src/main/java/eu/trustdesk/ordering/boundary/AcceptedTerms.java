package eu.trustdesk.ordering.boundary;

import eu.trustdesk.ordering.entity.CustomerOrder;
import eu.trustdesk.ordering.entity.TermsOfSaleVersion;
import eu.trustdesk.shared.Language;
import java.io.Serializable;
import java.time.Instant;

/**
 * The terms of sale an order's buyer accepted, as evidence: the version, its language, when it was
 * issued, the SHA-256 recorded then, when and from where the buyer accepted it, and the PDF. Whether
 * the bytes still match their fingerprint is said too ({@code intact}).
 */
public record AcceptedTerms(String orderNumber, String version, Language language, Instant issuedAt, String sha256,
        boolean intact, Instant acceptedAt, byte[] pdf) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Null when the order was placed before the terms were kept. */
    static AcceptedTerms of(CustomerOrder order) {
        TermsOfSaleVersion terms = order.termsDocument();
        if (terms == null) {
            return null;
        }
        return new AcceptedTerms(order.number(), terms.version(), terms.language(), terms.issuedAt(), terms.sha256(),
                terms.intact(), order.termsAcceptedAt(), terms.pdf());
    }

    /** The name a download of the PDF is given. */
    public String fileName() {
        return "terms-of-sale-" + version + "-" + language.name().toLowerCase(java.util.Locale.ROOT) + "-" + orderNumber
                + ".pdf";
    }
}
