package eu.trustdesk.activation.view;

import eu.trustdesk.activation.boundary.ValidationDesk;
import eu.trustdesk.activation.entity.ActivationRequest;
import eu.trustdesk.activation.entity.DecisionReason;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code console/request.xhtml?id=N}: a request's data and documents side by side, and the
 * validator's decisions. The page hides the decisions from whoever filed the request; the
 * boundary refuses them anyway.
 */
@Named
@ViewScoped
public class ValidationRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ValidationDesk desk;

    private Long id;
    private ActivationRequest request;
    private boolean mayDecide;
    private eu.trustdesk.ordering.control.PaymentStanding payment;
    private DecisionReason reason;
    private String note;
    private String missing;
    private String cancelReason;

    public void load() {
        // a missing id is an unknown request (-1), not a NullPointerException from unboxing
        long requested = id == null ? -1 : id;
        try {
            request = desk.get(requested);
            mayDecide = desk.mayDecide(requested);
            payment = desk.payment(requested);
        } catch (BusinessException e) {
            Pages.notFound();
        }
    }

    public void approve() {
        decided(() -> desk.approve(id), "activation.decision.approved");
    }

    public void reject() {
        decided(() -> desk.reject(id, reason, note), "activation.decision.rejected");
    }

    public void askForMore() {
        decided(() -> desk.askForMore(id, missing), "activation.decision.moreInformation");
    }

    public void cancel() {
        decided(() -> desk.cancel(id, cancelReason), "activation.decision.cancelled");
    }

    private void decided(Runnable decision, String confirmation) {
        try {
            decision.run();
            Messages.info(confirmation);
            Pages.redirect("/console/request.xhtml?id=" + id);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** Where the payment of the request's order stands: approval waits for its acceptance. */
    public eu.trustdesk.ordering.control.PaymentStanding getPayment() {
        return payment;
    }

    public List<DecisionReason> getReasons() {
        return List.of(DecisionReason.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ActivationRequest getRequest() {
        return request;
    }

    public boolean isMayDecide() {
        return mayDecide;
    }

    public DecisionReason getReason() {
        return reason;
    }

    public void setReason(DecisionReason reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getMissing() {
        return missing;
    }

    public void setMissing(String missing) {
        this.missing = missing;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
