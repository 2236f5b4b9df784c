package eu.trustdesk.organisation;

import static eu.trustdesk.testing.TestDatabase.queryLong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.TrustDeskEar;
import eu.trustdesk.testing.WebSession;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer cannot read or change another customer's organisation, address or billing profile
 * by changing an id in a URL or in a submitted form. Jean Dupont (buyer@) tries it on the
 * organisations of Chiara Rossi (customer@), from the demo data.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationAccessIT {

    private static final String NOT_FOUND_FR = "existe pas ou vous";

    @ArquillianResource
    private URL base;

    private WebSession jean;
    private long chiarasCompany;
    private long chiarasDelivery;
    private long jeansCompany;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
    }

    @BeforeEach
    void signInAsJean() throws Exception {
        chiarasCompany = queryLong("select id from organisation where name = ?", "Rossi Consulting S.r.l.");
        chiarasDelivery = queryLong("select id from delivery_address where organisation_id = ?", chiarasCompany);
        jeansCompany = queryLong("select id from organisation where name = ?", "Dupont Conseil SARL");
        jean = new WebSession(base.toURI(), "fr");
        assertEquals(302, jean.signIn(DemoAccounts.BUYER, DemoAccounts.PASSWORD).statusCode());
    }

    @Test
    void hisOwnOrganisationOpens() {
        HttpResponse<String> page = jean.open("customer/organisation.xhtml?id=" + jeansCompany);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Dupont Conseil SARL"));
        assertTrue(jean.open("customer/organisations.xhtml").body().contains("Dupont Conseil SARL"));
        assertFalse(jean.open("customer/organisations.xhtml").body().contains("Rossi Consulting"),
                "the list shows only his own organisations");
    }

    @Test
    void anotherCustomersIdsInUrlsAnswerNotFound() {
        for (String url : new String[] {
                "customer/organisation.xhtml?id=" + chiarasCompany,
                "customer/organisation-edit.xhtml?id=" + chiarasCompany,
                "customer/quote-header.xhtml?organisation=" + chiarasCompany,
                "customer/delivery-address.xhtml?organisation=" + chiarasCompany + "&address=" + chiarasDelivery,
                "customer/delivery-address.xhtml?organisation=" + jeansCompany + "&address=" + chiarasDelivery,
                "customer/billing-profile.xhtml?organisation=" + chiarasCompany}) {
            HttpResponse<String> page = jean.open(url);
            assertEquals(404, page.statusCode(), url);
            assertFalse(page.body().contains("Rossi Consulting") || page.body().contains("Via del Corso"),
                    "nothing of Chiara's data leaks through " + url);
        }
    }

    @Test
    void anotherCustomersIdSlippedIntoAFormChangesNothing() {
        long deliveriesBefore = queryLong("select count(*) from delivery_address where organisation_id = ?", chiarasCompany);
        jean.open("customer/delivery-address.xhtml?organisation=" + jeansCompany);
        HttpResponse<String> answer = jean.submit("delivery", "save", Map.of(
                "label", "Intrus", "recipient", "Jean Dupont", "line1", "1 rue Volée", "postalCode", "75001",
                "city", "Paris", "addressCountry_input", "FR"), Map.of("organisation", String.valueOf(chiarasCompany)));
        // the page keeps the organisation it was opened for: the slipped id is refused or ignored
        assertTrue(answer.body().contains(NOT_FOUND_FR) || answer.headers().firstValue("Location").orElse("")
                .endsWith("organisation.xhtml?id=" + jeansCompany), "refused or kept on his own: " + answer.statusCode());
        assertEquals(deliveriesBefore,
                queryLong("select count(*) from delivery_address where organisation_id = ?", chiarasCompany));

        jean.open("customer/organisation-edit.xhtml?id=" + jeansCompany);
        jean.submit("organisation", "save", Map.of(
                "name", "Renamed by Jean", "country_input", "IT", "holderType_input", "COMPANY"),
                Map.of("id", String.valueOf(chiarasCompany)));
        assertEquals(1, queryLong("select count(*) from organisation where id = ? and name = ?", chiarasCompany,
                "Rossi Consulting S.r.l."), "Chiara's organisation keeps its name");

        jean.open("customer/quote-header.xhtml?organisation=" + jeansCompany);
        jean.submit("quoteHeader", "save", Map.of("line1", "1 rue Volée", "postalCode", "75001", "city", "Paris",
                "addressCountry_input", "FR", "contactName", "Jean"), Map.of("organisation", String.valueOf(chiarasCompany)));
        assertEquals(1, queryLong("select count(*) from organisation where id = ? and qh_line1 = ?", chiarasCompany,
                "Via del Corso 12"), "Chiara's quote header is untouched");
    }
}
