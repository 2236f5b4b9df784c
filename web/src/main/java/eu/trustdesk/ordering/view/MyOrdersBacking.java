package eu.trustdesk.ordering.view;

import eu.trustdesk.ordering.boundary.MyOrders;
import eu.trustdesk.ordering.entity.CustomerOrder;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** {@code customer/orders.xhtml} and {@code customer/order.xhtml?id=N}: my orders, one order with its history and documents. */
@Named
@RequestScoped
public class MyOrdersBacking {

    @EJB
    private MyOrders orders;

    @EJB
    private eu.trustdesk.invoicing.boundary.MyInvoices invoices;

    private Long id;
    private CustomerOrder order;
    private List<CustomerOrder> list;

    public void load() {
        try {
            order = orders.get(id == null ? -1 : id);
        } catch (BusinessException e) {
            Pages.notFound();
        }
    }

    /** The id of the order's invoice, for its download link; null while there is none. */
    public Long getInvoiceId() {
        if (order == null || order.invoiceNumber() == null) {
            return null;
        }
        return invoices.idOf(order.invoiceNumber());
    }

    public List<CustomerOrder> getList() {
        if (list == null) {
            list = orders.list();
        }
        return list;
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
}
