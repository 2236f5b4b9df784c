package eu.trustdesk.organisation.view;

import eu.trustdesk.organisation.boundary.MyOrganisations;
import eu.trustdesk.organisation.entity.Organisation;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** {@code customer/organisations.xhtml}: the organisations the customer acts for. */
@Named
@RequestScoped
public class OrganisationsBacking {

    @EJB
    private MyOrganisations organisations;

    private List<Organisation> list;

    public List<Organisation> getList() {
        if (list == null) {
            list = organisations.list();
        }
        return list;
    }
}
