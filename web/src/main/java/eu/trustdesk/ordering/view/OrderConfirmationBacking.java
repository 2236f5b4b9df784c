package eu.trustdesk.ordering.view;

import eu.trustdesk.ordering.boundary.MyOrders;
import eu.trustdesk.ordering.entity.CustomerOrder;
import eu.trustdesk.platform.view.LanguageBacking;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code customer/order-confirmation.xhtml?id=N}: "Thank you for your order — step 1/2". */
@Named
@RequestScoped
public class OrderConfirmationBacking {

    @EJB
    private MyOrders orders;

    @Inject
    private LanguageBacking language;

    private Long id;
    private CustomerOrder order;
    private String instructions;

    public void load() {
        try {
            order = orders.get(id == null ? -1 : id);
            instructions = orders.paymentInstructions(order.id(), language.getLanguage());
        } catch (BusinessException e) {
            Pages.notFound();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CustomerOrder getOrder() {
        return order;
    }

    public String getInstructions() {
        return instructions;
    }
}
