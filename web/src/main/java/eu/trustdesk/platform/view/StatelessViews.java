package eu.trustdesk.platform.view;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Set;

/**
 * The pages a visitor browses before having a cart — catalogue, plans, product — are transient
 * views: no view state, hence no HTTP session for a crawler or a visitor who only looks.
 *
 * <p>Twice marked, for two readers. The layout's {@code <f:view transient>} (through
 * {@link #isCurrent}) makes the built page transient, which JSF needs to restore a stateless
 * postback (the product page's "add to cart"). This listener marks the view right after it is
 * restored or created, because on a GET the page is built only during the render phase, after
 * PrimeFaces' CSP listener has already stored the nonce in the view map of a view it took for
 * stateful — which opened a session on every visit.
 */
public class StatelessViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    static final Set<String> VIEW_IDS = Set.of("/index.xhtml", "/plans.xhtml", "/product.xhtml");

    /** Whether the page being requested is one of them; for the layout's {@code <f:view transient>}. */
    public static boolean isCurrent(jakarta.faces.context.FacesContext context) {
        return VIEW_IDS.contains(context.getExternalContext().getRequestServletPath());
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        UIViewRoot view = event.getFacesContext().getViewRoot();
        if (view != null && VIEW_IDS.contains(view.getViewId())) {
            view.setTransient(true);
        }
    }
}
