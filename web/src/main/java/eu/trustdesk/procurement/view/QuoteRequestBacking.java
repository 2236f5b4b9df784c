package eu.trustdesk.procurement.view;

import eu.trustdesk.account.boundary.MyAccount;
import eu.trustdesk.ordering.view.CartBacking;
import eu.trustdesk.organisation.entity.DeliveryAddress;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.platform.view.LanguageBacking;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.procurement.boundary.QuoteRequest;
import eu.trustdesk.procurement.boundary.Quotes;
import eu.trustdesk.procurement.entity.Quote;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code customer/quote-request.xhtml?organisation=N[&billing=M]}: reached from the checkout's
 * payment step by a confirmed public body. Explains the procedure, then issues the quote of the
 * cart, to download or to receive by e-mail. One quote per visit of the page, whichever button
 * comes first.
 */
@Named
@ViewScoped
public class QuoteRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Quotes quotes;

    @EJB
    private MyAccount myAccount;

    @Inject
    private CartBacking cart;

    @Inject
    private LanguageBacking language;

    private final QuoteRequest request = new QuoteRequest();
    private Long organisationId;
    private Long billingProfileId;
    private Organisation organisation;
    private Long quoteId;
    private String quoteNumber;

    public void load() {
        if (cart.isCartEmpty()) {
            Pages.redirect("/cart.xhtml");
            return;
        }
        try {
            organisation = quotes.organisation(organisationId == null ? -1 : organisationId);
        } catch (BusinessException e) {
            Pages.notFound();
            return;
        }
        if (!organisation.isConfirmedPublicBody()) {
            Messages.error("error.quote.publicBodiesOnly");
        }
        request.setOrganisationId(organisationId);
        request.setBillingProfileId(billingProfileId);
        List<DeliveryAddress> addresses = organisation.deliveryAddresses();
        if (request.getDeliveryAddressId() == null && !addresses.isEmpty()) {
            request.setDeliveryAddressId(addresses.get(0).id());
        }
        if (request.getPhone() == null || request.getPhone().isBlank()) {
            String phone = myAccount.profile().phone();
            if (phone == null && !addresses.isEmpty()) {
                phone = addresses.get(0).phone();
            }
            request.setPhone(phone);
        }
    }

    /** Issues the quote and sends its PDF to the browser. */
    public void download() {
        if (issue()) {
            Pages.redirect("/customer/procurement/quote/" + quoteId);
        }
    }

    /** Issues the quote and e-mails it to the buyer. */
    public void send() {
        if (issue()) {
            try {
                quotes.send(quoteId);
                Messages.info("quote.sent", quoteNumber, myAccount.profile().email());
                Pages.redirect("/customer/quotes.xhtml");
            } catch (BusinessException e) {
                Messages.error(e);
            }
        }
    }

    private boolean issue() {
        if (quoteId != null) {
            return true;
        }
        try {
            Quote quote = quotes.request(cart.getLines(), request, language.getLanguage());
            quoteId = quote.id();
            quoteNumber = quote.number();
            return true;
        } catch (BusinessException e) {
            Messages.error(e);
            return false;
        }
    }

    public boolean isAllowed() {
        return organisation != null && organisation.isConfirmedPublicBody();
    }

    public QuoteRequest getRequest() {
        return request;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getBillingProfileId() {
        return billingProfileId;
    }

    public void setBillingProfileId(Long billingProfileId) {
        this.billingProfileId = billingProfileId;
    }

    public String getQuoteNumber() {
        return quoteNumber;
    }

    public Long getQuoteId() {
        return quoteId;
    }
}
