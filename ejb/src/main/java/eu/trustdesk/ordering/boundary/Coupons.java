package eu.trustdesk.ordering.boundary;

import eu.trustdesk.account.entity.Role;
import eu.trustdesk.audit.control.AuditTrail;
import eu.trustdesk.catalog.entity.Product;
import eu.trustdesk.ordering.entity.Coupon;
import eu.trustdesk.ordering.entity.CouponUse;
import eu.trustdesk.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Discount codes in the back office: accountants and administrators create them, disable them,
 * and follow how much each is used and by whom. Creating and disabling are written to the audit
 * trail. (Customers use them at checkout through {@code CouponRedemption}.)
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.ACCOUNTANT})
public class Coupons {

    static final String SUBJECT = "coupon";
    /** The uses of a coupon shown at once, newest first; the coupon itself counts them all. */
    public static final int MAX_USES = 200;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * A new coupon. Besides the coupon's own rules, refuses a code that exists already
     * ({@code error.coupon.duplicate}) and a SKU the catalogue does not know
     * ({@code error.coupon.unknownProduct}).
     */
    public Coupon create(@NotNull @Valid CouponForm form) {
        String code = Coupon.normalizeCode(form.getCode());
        if (!em.createNamedQuery(Coupon.BY_CODE, Coupon.class).setParameter("code", code).getResultList().isEmpty()) {
            throw new BusinessException("error.coupon.duplicate", code);
        }
        Set<String> skus = new LinkedHashSet<>();
        for (String sku : form.getSkus()) {
            String normalized = sku == null ? "" : sku.strip();
            if (em.createNamedQuery(Product.BY_SKU, Product.class).setParameter("sku", normalized).getResultList()
                    .isEmpty()) {
                throw new BusinessException("error.coupon.unknownProduct", normalized);
            }
            skus.add(normalized);
        }
        String caller = session.getCallerPrincipal().getName();
        Coupon coupon = new Coupon(code, form.getKind(), form.getValue(), form.getValidFrom(), form.getValidUntil(),
                skus, form.getUsageLimit(), form.getPerCustomerLimit(), caller, clock.instant());
        em.persist(coupon);
        em.flush();
        audit.record(caller, "coupon.created", SUBJECT, coupon.id(), coupon.code());
        return coupon;
    }

    /** Stops a coupon: customers typing it are told it is no longer valid; its uses stay. */
    public void disable(long couponId) {
        String caller = session.getCallerPrincipal().getName();
        Coupon coupon = get(couponId);
        if (!coupon.disabled()) {
            coupon.disable(caller, clock.instant());
            audit.record(caller, "coupon.disabled", SUBJECT, couponId, coupon.code());
        }
    }

    /** Every coupon, newest first, each with its count of uses. */
    public List<Coupon> list() {
        return em.createNamedQuery(Coupon.NEWEST_FIRST, Coupon.class).getResultList();
    }

    public Coupon get(long couponId) {
        Coupon coupon = em.find(Coupon.class, couponId);
        if (coupon == null) {
            throw new BusinessException("error.notFound");
        }
        return coupon;
    }

    /** The latest {@value #MAX_USES} uses of a coupon, newest first. */
    public List<CouponUse> uses(long couponId) {
        get(couponId);
        return em.createNamedQuery(CouponUse.OF_COUPON, CouponUse.class)
                .setParameter("coupon", couponId).setMaxResults(MAX_USES).getResultList();
    }
}
