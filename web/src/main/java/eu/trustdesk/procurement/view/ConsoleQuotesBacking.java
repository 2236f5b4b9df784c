package eu.trustdesk.procurement.view;

import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.procurement.batch.QuoteExpiries;
import eu.trustdesk.procurement.boundary.QuoteDesk;
import eu.trustdesk.procurement.entity.Quote;
import eu.trustdesk.procurement.entity.StockLevel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code console/quotes.xhtml}: the accountants find a quote (by its number, the body's name or the
 * purchase-order number), see the stock of physical goods, and run the quote expiry now.
 */
@Named
@ViewScoped
public class ConsoleQuotesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private QuoteDesk desk;

    @EJB
    private QuoteExpiries expiries;

    private String text;
    private List<Quote> results;

    public void search() {
        results = desk.search(text);
    }

    public void runExpiry() {
        Messages.info("console.quotes.expiryStarted", expiries.start());
    }

    public List<Quote> getResults() {
        if (results == null) {
            search();
        }
        return results;
    }

    public List<StockLevel> getStock() {
        return desk.stock();
    }

    public List<QuoteExpiries.Run> getRuns() {
        return expiries.executions();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
