package eu.trustdesk.invoicing.view;

import eu.trustdesk.invoicing.batch.ChorusExports;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * {@code console/chorus-flow.xhtml?name=CHORUS-...}: one Chorus Pro flow, the invoices its zip
 * carries and the invoices its run refused. Read only, hence request scoped.
 */
@Named
@RequestScoped
public class ChorusFlowBacking {

    @EJB
    private ChorusExports exports;

    private String name;
    private ChorusExports.FlowDetail detail;

    /** {@code f:viewAction}: an unknown flow gets the 404 page. */
    public void load() {
        try {
            detail = exports.flow(name);
        } catch (BusinessException notFound) {
            Pages.notFound();
        }
    }

    public ChorusExports.FlowDetail getDetail() {
        return detail;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
