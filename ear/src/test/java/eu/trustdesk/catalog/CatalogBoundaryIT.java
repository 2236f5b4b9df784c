package eu.trustdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.boundary.MyAccount;
import eu.trustdesk.catalog.boundary.Catalog;
import eu.trustdesk.catalog.entity.Product;
import eu.trustdesk.catalog.entity.ProductKind;
import eu.trustdesk.platform.SystemStatus;
import eu.trustdesk.shared.Language;
import eu.trustdesk.testing.TrustDeskEar;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: the boundaries on the migrated MariaDB schema with the demo catalogue, and
 * the authorisation they enforce themselves.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogBoundaryIT {

    @Inject
    private Catalog catalog;

    @Inject
    private MyAccount myAccount;

    @Inject
    private SystemStatus systemStatus;

    @Deployment
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
    }

    @Test
    void theDemoCatalogueCoversEveryKindOfProductInEveryLanguage() {
        List<Product> products = catalog.productsOnSale();
        assertTrue(products.size() >= 8, "products: " + products.size());
        Set<ProductKind> kinds = products.stream().map(Product::kind).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(ProductKind.class), kinds);
        for (Product product : products) {
            for (Language language : Language.values()) {
                assertFalse(product.name(language).isBlank());
                assertFalse(product.description(language).isBlank());
            }
            assertTrue(product.fromPrice().amount().signum() > 0, product.sku());
            assertTrue(product.vatRate().compareTo(BigDecimal.ZERO) > 0, product.sku());
        }
        // signature certificates of one to three years, one of them on a token that ships
        Product token = catalog.product("SIG-TOKEN").orElseThrow();
        assertTrue(token.shipped());
        assertEquals(Set.of(1, 2, 3), token.prices().keySet());
        assertTrue(catalog.product("HW-READER").orElseThrow().oneOff());
        assertTrue(catalog.product("EINV-MULTI").isPresent());
        // French and Italian names really differ (the texts are not copies)
        assertFalse(token.name(Language.FR).equals(token.name(Language.IT)));
    }

    @Test
    void theSchemaWasMigratedOnTheTestDatabase() {
        SystemStatus.DatabaseStatus database = systemStatus.database();
        assertTrue(database.up());
        assertTrue(database.product().contains("MariaDB") || database.product().contains("MySQL"), database.product());
    }

    @Test
    void theAccountBoundaryRefusesAnAnonymousCaller() {
        // no page in between: the boundary itself enforces the roles
        assertThrows(EJBAccessException.class, () -> myAccount.changeLanguage(Language.EN));
        assertThrows(EJBAccessException.class, () -> myAccount.displayName());
    }
}
