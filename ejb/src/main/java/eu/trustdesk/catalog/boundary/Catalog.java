package eu.trustdesk.catalog.boundary;

import eu.trustdesk.catalog.entity.Product;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The public catalogue: anyone, signed in or not, may browse what is on sale. */
@Stateless
@PermitAll
public class Catalog {

    @PersistenceContext
    private EntityManager em;

    /** Products on sale, in the order the shop shows them. */
    public List<Product> productsOnSale() {
        return em.createNamedQuery(Product.ACTIVE_IN_ORDER, Product.class).getResultList();
    }

    public Optional<Product> product(String sku) {
        return em.createNamedQuery(Product.BY_SKU, Product.class)
                .setParameter("sku", sku)
                .getResultStream()
                .filter(Product::active)
                .findFirst();
    }
}
