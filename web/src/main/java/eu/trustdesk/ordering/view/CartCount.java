package eu.trustdesk.ordering.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The number of items shown next to "Cart" in every page's header. A visitor without an HTTP
 * session has an empty cart: asking the session-scoped {@link CartBacking} would create a session
 * for every anonymous page view, which the catalogue must not do.
 */
@Named
@RequestScoped
public class CartCount {

    @Inject
    private HttpServletRequest request;

    @Inject
    private Instance<CartBacking> cart;

    public int getValue() {
        return request.getSession(false) == null ? 0 : cart.get().getCount();
    }
}
