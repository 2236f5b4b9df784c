package eu.trustdesk.ordering.view;

import eu.trustdesk.activation.boundary.MyRequests;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * {@code customer/applicant.xhtml?token=...}: the link mailed to an applicant who is not the
 * buyer. The customer area asks them to sign in (or create their account) first, then the
 * order's requests move into their area and they land on them.
 */
@Named
@RequestScoped
public class ApplicantBacking {

    @EJB
    private MyRequests requests;

    private String token;

    public void claim() {
        try {
            int taken = requests.claim(token);
            Messages.info("applicant.welcome", taken);
            Pages.redirect("/customer/requests.xhtml");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
