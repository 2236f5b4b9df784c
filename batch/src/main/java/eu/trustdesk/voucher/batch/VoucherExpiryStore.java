package eu.trustdesk.voucher.batch;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.notification.control.MailOutbox;
import eu.trustdesk.voucher.entity.VoucherCode;
import eu.trustdesk.voucher.entity.VoucherState;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import eu.trustdesk.shared.Formats;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The database side of the voucher expiry, for the job's artifacts. Reads and writes join the
 * chunk transaction, so that the vouchers expired and the reader's checkpoint commit together.
 *
 * <p>Never touching a voucher twice does not rest on the checkpoint alone: the UPDATE changes only
 * rows still VALID_UNUSED and due, so a range written again after a crash, or by a second run,
 * changes nothing; a voucher redeemed meanwhile (its row lock, see VoucherRedeemer) is not expired.
 * Each changed row records the job instance, which is how the summary mail finds "just expired".
 */
@Stateless
public class VoucherExpiryStore {

    /**
     * Codes listed per partner in the mail, and the characters the list may take (the outbox keeps
     * mails of at most 8,000 characters); beyond, the mail gives the count and points to the partner area.
     */
    static final int MAIL_LIST_LIMIT = 100;
    static final int MAIL_LIST_CHARACTERS = 4000;
    private static final int NAME_IN_MAIL = 40;
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailOutbox mails;

    /** The next range of at most {@code size} due valid–unused vouchers after {@code afterId}; null when none is left. */
    public IdRange nextRange(long afterId, int size, Instant asOf) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM voucher WHERE state = ? AND id > ? AND expires_at <= ?"
                + " ORDER BY id").setParameter(1, VoucherState.VALID_UNUSED.name()).setParameter(2, afterId)
                .setParameter(3, Timestamp.from(asOf)).setMaxResults(size).getResultList();
        if (ids.isEmpty()) {
            return null;
        }
        return new IdRange(ids.get(0).longValue(), ids.get(ids.size() - 1).longValue(), ids.size());
    }

    /** How many due valid–unused vouchers are left after {@code afterId}: the progress bar's total, in vouchers. */
    public long dueCount(long afterId, Instant asOf) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM voucher WHERE state = ? AND id > ? AND expires_at <= ?")
                .setParameter(1, VoucherState.VALID_UNUSED.name()).setParameter(2, afterId)
                .setParameter(3, Timestamp.from(asOf)).getSingleResult()).longValue();
    }

    /** Expires the due valid–unused vouchers of a range; returns how many changed. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int expire(IdRange range, Instant asOf, long jobInstance, Instant now) {
        return em.createNativeQuery("UPDATE voucher SET state = ?, expired_at = ?, expiry_job_instance = ?,"
                + " version = version + 1 WHERE id BETWEEN ? AND ? AND state = ? AND expires_at <= ?")
                .setParameter(1, VoucherState.EXPIRED.name()).setParameter(2, Timestamp.from(now))
                .setParameter(3, jobInstance).setParameter(4, range.fromId()).setParameter(5, range.toId())
                .setParameter(6, VoucherState.VALID_UNUSED.name()).setParameter(7, Timestamp.from(asOf))
                .executeUpdate();
    }

    /**
     * Queues one mail per partner listing its vouchers expired by this job instance.
     *
     * @return how many partners were told
     */
    public int mailPartners(long jobInstance, String link) {
        // counted in the database, listed up to the limit: a night may expire a million vouchers
        @SuppressWarnings("unchecked")
        List<Object[]> partners = em.createNativeQuery("SELECT partner_account_id, count(*) FROM voucher"
                + " WHERE expiry_job_instance = ? GROUP BY partner_account_id ORDER BY partner_account_id")
                .setParameter(1, jobInstance).getResultList();
        for (Object[] row : partners) {
            long partnerId = ((Number) row[0]).longValue();
            long expired = ((Number) row[1]).longValue();
            @SuppressWarnings("unchecked")
            List<Object[]> listed = em.createNativeQuery("SELECT v.code, o.number, o.customer_name, v.product_name"
                    + " FROM voucher v JOIN voucher_order o ON o.id = v.order_id"
                    + " WHERE v.expiry_job_instance = ? AND v.partner_account_id = ? ORDER BY v.id")
                    .setParameter(1, jobInstance).setParameter(2, partnerId).setMaxResults(MAIL_LIST_LIMIT)
                    .getResultList();
            StringBuilder list = new StringBuilder();
            int shown = 0;
            for (Object[] r : listed) {
                String entry = "- " + VoucherCode.grouped((String) r[0]) + " · " + r[1] + " · " + shorten((String) r[2])
                        + " · " + shorten((String) r[3]) + "\n";
                if (list.length() + entry.length() > MAIL_LIST_CHARACTERS) {
                    break;
                }
                list.append(entry);
                shown++;
            }
            if (expired > shown) {
                list.append("… (+").append(expired - shown).append(")\n");
            }
            Account partner = em.find(Account.class, partnerId);
            mails.queue(partner.email(), partner.language(), "voucher.expired", partner.firstName(), link, expired,
                    list.toString().strip(), Formats.of(partner.language()).date(LocalDate.now(ZONE)));
        }
        return partners.size();
    }

    private static String shorten(String text) {
        return text.length() <= NAME_IN_MAIL ? text : text.substring(0, NAME_IN_MAIL - 1) + "…";
    }
}
