package eu.trustdesk.ordering.view;

import eu.trustdesk.catalog.boundary.Catalog;
import eu.trustdesk.catalog.entity.Product;
import eu.trustdesk.ordering.boundary.CouponForm;
import eu.trustdesk.ordering.boundary.Coupons;
import eu.trustdesk.ordering.entity.Coupon;
import eu.trustdesk.ordering.entity.CouponState;
import eu.trustdesk.ordering.entity.CouponUse;
import eu.trustdesk.shared.BusinessCalendar;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.pricing.Discount;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code console/coupons.xhtml[?coupon=N]}: creating a discount code, every code with its use
 * and state, disabling one, and the uses of the code chosen in the URL. View-scoped for the table.
 */
@Named
@ViewScoped
public class CouponsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/console/coupons?faces-redirect=true";

    @EJB
    private Coupons coupons;

    @EJB
    private Catalog catalog;

    @Inject
    private Clock clock;

    private CouponForm form;
    private Long couponId;
    private Coupon selected;
    private List<CouponUse> uses = List.of();
    private List<Coupon> list;
    private List<Product> products;
    private Instant now;

    @PostConstruct
    void init() {
        now = clock.instant();
        LocalDate today = BusinessCalendar.dayOf(now);
        form = new CouponForm();
        form.setValidFrom(today);
        form.setValidUntil(today.withDayOfYear(today.lengthOfYear()));
    }

    /** {@code f:viewAction}: the uses of the coupon in the URL; an unknown id gets the 404 page. */
    public void load() {
        if (couponId == null) {
            return;
        }
        try {
            selected = coupons.get(couponId);
            uses = coupons.uses(couponId);
        } catch (BusinessException notFound) {
            Pages.notFound();
        }
    }

    public String create() {
        try {
            Coupon created = coupons.create(form);
            Messages.info("console.coupons.created", created.code());
            return SELF;
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        }
    }

    public String disable(long id) {
        try {
            coupons.disable(id);
            Messages.info("console.coupons.disabled");
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        }
        return SELF + "&coupon=" + id;
    }

    public CouponState state(Coupon coupon) {
        return coupon.state(now);
    }

    /** The SKUs a coupon is restricted to, for its table cell. */
    public String products(Coupon coupon) {
        return String.join(", ", coupon.skus());
    }

    public List<Coupon> getList() {
        if (list == null) {
            list = coupons.list();
        }
        return list;
    }

    /** The products a coupon may be restricted to: those on sale. */
    public List<Product> getProducts() {
        if (products == null) {
            products = catalog.productsOnSale();
        }
        return products;
    }

    public Discount.Kind[] getKinds() {
        return Discount.Kind.values();
    }

    public int getMaxUses() {
        return Coupons.MAX_USES;
    }

    public CouponForm getForm() {
        return form;
    }

    public Long getCouponId() {
        return couponId;
    }

    public void setCouponId(Long couponId) {
        this.couponId = couponId;
    }

    public Coupon getSelected() {
        return selected;
    }

    public List<CouponUse> getUses() {
        return uses;
    }
}
