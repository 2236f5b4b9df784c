package eu.trustdesk.ordering.view;

import eu.trustdesk.catalog.boundary.Catalog;
import eu.trustdesk.catalog.entity.Product;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code product.xhtml?sku=...}: one product, its prices by validity, and "add to cart".
 *
 * <p>Request-scoped and stateless (the page is a transient view, see StatelessViews): a visitor
 * looking at products gets no HTTP session until they put something in the cart. The product is named by the
 * request's {@code sku} parameter, in the address on a GET and in a hidden field of the form on
 * the post, and read before the form is validated, so that the validity choices are there to
 * check the chosen one against.
 */
@Named
@RequestScoped
public class ProductBacking {

    @EJB
    private Catalog catalog;

    @Inject
    private CartBacking cart;

    @Inject
    private eu.trustdesk.platform.view.LanguageBacking language;

    private String sku;
    private Product product;
    private Integer validity;
    private Integer quantity = 1;

    @PostConstruct
    void readProduct() {
        sku = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("sku");
        product = sku == null ? null : catalog.product(sku).filter(Product::active).orElse(null);
    }

    /** On the GET: an unknown or withdrawn product is a 404. */
    public void load() {
        if (product == null) {
            Pages.notFound();
            return;
        }
        if (validity == null) {
            validity = product.prices().firstKey();
        }
    }

    public void addToCart() {
        if (product == null) {
            return;
        }
        if (!product.prices().containsKey(validity)) {
            Messages.error("error.cart.validityUnavailable", product.sku());
            return;
        }
        cart.add(product.sku(), validity, quantity == null ? 1 : quantity);
        Messages.info("cart.added");
        Pages.redirect("/cart.xhtml");
    }

    /** "2 years — €139.00" in the page's language. */
    public String label(int years) {
        java.util.Locale locale = language.getLocale();
        String term = years == 0 ? Messages.text(locale, "product.oneOff") : Messages.text(locale, "product.term", years);
        return term + " — " + eu.trustdesk.shared.Formats.of(locale).money(product.prices().get(years));
    }

    public List<Integer> getValidities() {
        return product == null ? List.of() : new ArrayList<>(product.prices().keySet());
    }

    public String getSku() {
        return sku;
    }

    public Product getProduct() {
        return product;
    }

    public Integer getValidity() {
        return validity;
    }

    public void setValidity(Integer validity) {
        this.validity = validity;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }
}
