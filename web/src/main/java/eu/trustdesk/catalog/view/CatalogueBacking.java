package eu.trustdesk.catalog.view;

import eu.trustdesk.catalog.boundary.Catalog;
import eu.trustdesk.catalog.entity.Product;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** {@code index.xhtml}: the products on sale. */
@Named
@RequestScoped
public class CatalogueBacking {

    @EJB
    private Catalog catalog;

    private List<Product> products;

    @PostConstruct
    void load() {
        products = catalog.productsOnSale();
    }

    public List<Product> getProducts() {
        return products;
    }
}
