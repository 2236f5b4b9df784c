package eu.trustdesk.platform.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** {@code #{statelessPage.current}}: whether the layout builds a transient view ({@link StatelessViews}). */
@Named
@RequestScoped
public class StatelessPage {

    public boolean isCurrent() {
        return StatelessViews.isCurrent(FacesContext.getCurrentInstance());
    }
}
