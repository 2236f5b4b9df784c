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
 * <p>Marked here, right after the view is restored or created, rather than by
 * {@code <f:view transient>} in the page: that attribute is only applied when the page is built,
 * during the render phase, after PrimeFaces' CSP listener has already stored the page's nonce in
 * the view map of a view it took for stateful — which opened a session on every visit.
 */
public class StatelessViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    static final Set<String> VIEW_IDS = Set.of("/index.xhtml", "/plans.xhtml", "/product.xhtml");

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
