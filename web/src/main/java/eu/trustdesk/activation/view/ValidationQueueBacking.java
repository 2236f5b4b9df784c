package eu.trustdesk.activation.view;

import eu.trustdesk.activation.boundary.ValidationDesk;
import eu.trustdesk.activation.boundary.ValidationDesk.QueueFilter;
import eu.trustdesk.activation.entity.ActivationRequest;
import eu.trustdesk.activation.entity.ActivationStatus;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** {@code console/requests.xhtml}: the validators' queue, filtered by product, state and age. */
@Named
@ViewScoped
public class ValidationQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ValidationDesk desk;

    private String sku;
    private ActivationStatus status;
    private Integer olderThanDays;
    private List<ActivationRequest> requests;

    public void search() {
        requests = desk.queue(new QueueFilter(sku, status, olderThanDays));
    }

    public List<ActivationRequest> getRequests() {
        if (requests == null) {
            search();
        }
        return requests;
    }

    public List<String> getSkus() {
        return desk.skus();
    }

    public List<ActivationStatus> getStatuses() {
        return List.of(ActivationStatus.values());
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public ActivationStatus getStatus() {
        return status;
    }

    public void setStatus(ActivationStatus status) {
        this.status = status;
    }

    public Integer getOlderThanDays() {
        return olderThanDays;
    }

    public void setOlderThanDays(Integer olderThanDays) {
        this.olderThanDays = olderThanDays;
    }
}
