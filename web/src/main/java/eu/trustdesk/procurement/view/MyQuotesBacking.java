package eu.trustdesk.procurement.view;

import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.procurement.boundary.Quotes;
import eu.trustdesk.procurement.entity.DeliveryNote;
import eu.trustdesk.procurement.entity.Quote;
import eu.trustdesk.procurement.entity.QuoteStatus;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code customer/quotes.xhtml}: my quotes with their state, pre-order, and the shipment once it left. */
@Named
@ViewScoped
public class MyQuotesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Quotes quotes;

    private List<Quote> list;
    private LocalDate today;
    private final Map<Long, DeliveryNote> shipments = new HashMap<>();

    public List<Quote> getList() {
        if (list == null) {
            list = quotes.mine();
            today = quotes.today();
            for (Quote quote : list) {
                if (quote.status() == QuoteStatus.CONVERTED) {
                    quotes.shipment(quote.id()).ifPresent(note -> shipments.put(quote.id(), note));
                }
            }
        }
        return list;
    }

    /** The state the customer sees: a valid quote past its month is expired even before the nightly run. */
    public QuoteStatus status(Quote quote) {
        return quote.statusOn(today == null ? quotes.today() : today);
    }

    public boolean canPreOrder(Quote quote) {
        return status(quote) == QuoteStatus.VALID && quote.reservedAt() == null && !quote.shippedLines().isEmpty();
    }

    public DeliveryNote shipment(Quote quote) {
        return shipments.get(quote.id());
    }

    public void preOrder(long quoteId) {
        try {
            Quote quote = quotes.preOrder(quoteId);
            Messages.info("quote.preOrdered", quote.number());
        } catch (BusinessException e) {
            Messages.error(e);
        }
        Pages.redirect("/customer/quotes.xhtml");
    }
}
