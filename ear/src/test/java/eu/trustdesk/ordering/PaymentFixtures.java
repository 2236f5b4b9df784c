package eu.trustdesk.ordering;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.ordering.entity.Coupon;
import eu.trustdesk.ordering.entity.CouponUse;
import eu.trustdesk.ordering.entity.MovementReason;
import eu.trustdesk.shared.BusinessCalendar;
import eu.trustdesk.ordering.entity.PrepaidAccount;
import eu.trustdesk.ordering.entity.PrepaidMovement;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.Money;
import eu.trustdesk.shared.pricing.Discount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rows the payment integration tests start from, made through the entities, each in its own
 * committed transaction, and read back from the database afterwards. Every call makes new rows
 * with names of its own, so the tests depend neither on the demo data nor on an earlier run.
 */
@Dependent
public class PaymentFixtures {

    private static final String TEST_ADMIN = "payments-it@example.test";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** A coupon of 100 % valid today on every product, usable {@code limit} times in all; its code. */
    @Transactional
    public String couponWithLimit(int limit) {
        String code = "IT-" + unique();
        LocalDate today = BusinessCalendar.dayOf(clock.instant());
        em.persist(new Coupon(code, Discount.Kind.PERCENT, new BigDecimal("100"), today.minusDays(1), today.plusDays(1),
                Set.of(), limit, null, TEST_ADMIN, clock.instant()));
        return code;
    }

    /** A new customer's organisation whose prepaid account holds {@code balance}; the organisation's id. */
    @Transactional
    public long organisationWithPrepaidBalance(BigDecimal balance) {
        Instant now = clock.instant();
        String suffix = unique().toLowerCase(Locale.ROOT);
        Account owner = new Account("prepaid-it-" + suffix + "@example.test", "Prepaid", "Tester", Language.EN,
                "not-a-password-hash", now).grant(Role.CUSTOMER);
        em.persist(owner);
        Organisation organisation = new Organisation(owner, "Prepaid IT " + suffix, HolderType.COMPANY, Country.FR,
                LegalIdentity.of(HolderType.COMPANY, Country.FR, "81234567600017", null, null, null, null, null), now);
        em.persist(organisation);
        PrepaidAccount account = new PrepaidAccount(organisation, Money.EUR, now);
        em.persist(account);
        em.persist(account.credit(balance, MovementReason.TOP_UP, "concurrency test", TEST_ADMIN, now));
        em.flush();
        return organisation.id();
    }

    /** The coupon's use counter as stored. */
    @Transactional
    public int usedCount(String code) {
        return coupon(code).usedCount();
    }

    /** The stored uses of the coupon. */
    @Transactional
    public List<CouponUse> uses(String code) {
        return em.createNamedQuery(CouponUse.OF_COUPON, CouponUse.class).setParameter("coupon", coupon(code).id())
                .getResultList();
    }

    /** The organisation's prepaid balance as stored. */
    @Transactional
    public BigDecimal balance(long organisationId) {
        return account(organisationId).balance();
    }

    /** Every movement of the organisation's prepaid account, newest first. */
    @Transactional
    public List<PrepaidMovement> movements(long organisationId) {
        return em.createNamedQuery(PrepaidMovement.OF_ACCOUNT, PrepaidMovement.class)
                .setParameter("account", account(organisationId)).getResultList();
    }

    private Coupon coupon(String code) {
        return em.createNamedQuery(Coupon.BY_CODE, Coupon.class).setParameter("code", code).getSingleResult();
    }

    private PrepaidAccount account(long organisationId) {
        return em.createNamedQuery(PrepaidAccount.OF_ORGANISATION, PrepaidAccount.class)
                .setParameter("organisation", organisationId).getSingleResult();
    }

    private static String unique() {
        return Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }
}
