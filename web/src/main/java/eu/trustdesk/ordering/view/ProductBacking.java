package eu.trustdesk.ordering.view;

import eu.trustdesk.catalog.boundary.Catalog;
import eu.trustdesk.catalog.entity.Product;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code product.xhtml?sku=...}: one product, its prices by validity, and "add to cart".
 * View-scoped: the validity choices must still be there when the form comes back.
 */
@Named
@ViewScoped
public class ProductBacking implements Serializable {

    private static final long serialVersionUID = 1L;

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

    public void load() {
        product = sku == null ? null : catalog.product(sku).filter(Product::active).orElse(null);
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

    public void setSku(String sku) {
        this.sku = sku;
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
