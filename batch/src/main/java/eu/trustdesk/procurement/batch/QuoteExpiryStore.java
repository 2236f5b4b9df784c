package eu.trustdesk.procurement.batch;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.notification.control.MailOutbox;
import eu.trustdesk.procurement.control.StockKeeper;
import eu.trustdesk.procurement.entity.Quote;
import eu.trustdesk.procurement.entity.QuoteStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import eu.trustdesk.shared.Formats;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The database side of the quote expiry, for the job's artifacts; its writing method joins the
 * chunk transaction, so a quote's expiry, the stock it gives back and the customer's mail commit
 * with the reader's checkpoint, or not at all.
 *
 * <p>Exactly once does not rest on the checkpoint: the quote row is locked and expired only while it
 * is still valid, and the quote itself refuses a second release. A restarted or second run, or a
 * quote converted meanwhile by an accountant, finds nothing left to do.
 */
@Stateless
public class QuoteExpiryStore {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Paris");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private StockKeeper stock;

    @Inject
    private MailOutbox mails;

    @Inject
    @ConfigProperty(name = "trustdesk.base-url", defaultValue = "http://localhost:8080/")
    private String baseUrl;

    /** Today in the seller's calendar: quotes valid until before it are over. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(BUSINESS_ZONE));
    }

    /** How many valid quotes past their month are left after {@code afterId}: the progress bar's total. */
    public long pastValidityCount(LocalDate today, long afterId) {
        return em.createQuery("select count(q) from Quote q where q.status = eu.trustdesk.procurement.entity.QuoteStatus.VALID"
                + " and q.validUntil < :today and q.id > :after", Long.class).setParameter("today", today)
                .setParameter("after", afterId).getSingleResult();
    }

    /** Up to {@code max} ids of valid quotes past their validity on {@code today}, after {@code afterId}, in order. */
    public List<Long> pastValidity(LocalDate today, long afterId, int max) {
        return em.createNamedQuery(Quote.PAST_VALIDITY, Long.class).setParameter("today", today)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    /**
     * Expires one quote if it is still valid and past its month: releases what its pre-order held
     * and tells the customer. Returns whether it expired it now.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean expire(long quoteId) {
        Quote quote = em.find(Quote.class, quoteId, LockModeType.PESSIMISTIC_WRITE);
        LocalDate today = today();
        if (quote == null || quote.status() != QuoteStatus.VALID || !quote.isPastValidity(today)) {
            return false;
        }
        if (quote.expire(clock.instant(), today)) {
            stock.release(quote);
        }
        Account buyer = quote.buyer();
        mails.queue(buyer.email(), quote.language(), "quote.expired", buyer.firstName(), link("customer/quotes.xhtml"),
                quote.number(), Formats.of(quote.language()).date(quote.validUntil()));
        return true;
    }

    private String link(String page) {
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + page;
    }
}
