package eu.trustdesk.procurement.control;

import eu.trustdesk.procurement.entity.Quote;
import eu.trustdesk.procurement.entity.QuoteLine;
import eu.trustdesk.procurement.entity.StockLevel;
import eu.trustdesk.shared.BusinessException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.TreeMap;

/**
 * Holds, gives back and ships the physical goods of a quote, in the caller's transaction.
 *
 * <p>Each stock row is read with a write lock ({@code SELECT ... FOR UPDATE}) before it is
 * changed, so two pre-orders of the last tokens are served one after the other and the second sees
 * what the first took; rows are locked in SKU order so that two quotes never wait on each other.
 * The table's check constraint is the last guard.
 */
@Dependent
public class StockKeeper {

    @PersistenceContext
    private EntityManager em;

    /** Holds the quote's physical goods; refused (nothing held) when one of them is short. */
    public void reserve(Quote quote) {
        quantities(quote).forEach((sku, quantity) -> locked(sku).reserve(quantity));
    }

    /** Gives back what {@link #reserve} held. */
    public void release(Quote quote) {
        quantities(quote).forEach((sku, quantity) -> locked(sku).release(quantity));
    }

    /** The goods leave the warehouse, from those held for the quote when {@code wasReserved}. */
    public void ship(Quote quote, boolean wasReserved) {
        quantities(quote).forEach((sku, quantity) -> locked(sku).ship(quantity, wasReserved));
    }

    private StockLevel locked(String sku) {
        StockLevel level = em.find(StockLevel.class, sku, LockModeType.PESSIMISTIC_WRITE);
        if (level == null) {
            // a physical product the warehouse has never held
            throw new BusinessException("error.stock.insufficient", sku, 0);
        }
        return level;
    }

    private static Map<String, Integer> quantities(Quote quote) {
        Map<String, Integer> bySku = new TreeMap<>();
        for (QuoteLine line : quote.shippedLines()) {
            bySku.merge(line.sku(), line.quantity(), Integer::sum);
        }
        return bySku;
    }
}
