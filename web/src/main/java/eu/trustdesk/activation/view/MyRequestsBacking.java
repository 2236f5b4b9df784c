package eu.trustdesk.activation.view;

import eu.trustdesk.activation.boundary.MyRequests;
import eu.trustdesk.activation.entity.ActivationRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** {@code customer/requests.xhtml}: the customer's activation requests, in the order the boundary lists them. */
@Named
@RequestScoped
public class MyRequestsBacking {

    @EJB
    private MyRequests requests;

    private List<ActivationRequest> list;

    public List<ActivationRequest> getList() {
        if (list == null) {
            list = requests.list();
        }
        return list;
    }
}
