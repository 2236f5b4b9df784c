package eu.trustdesk.ordering.view;

import eu.trustdesk.shared.BusinessCalendar;
import eu.trustdesk.ordering.boundary.OrderDesk.OrderFilter;
import eu.trustdesk.ordering.boundary.OrderDesk;
import eu.trustdesk.ordering.entity.CustomerOrder;
import eu.trustdesk.ordering.entity.OrderStatus;
import eu.trustdesk.ordering.entity.PaymentMode;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** {@code console/orders.xhtml}: every order, a page at a time, filtered by status, payment, dates and customer. */
@Named
@ViewScoped
public class ConsoleOrdersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrderDesk desk;

    private OrderStatus status;
    private PaymentMode paymentMode;
    private LocalDate from;
    private LocalDate to;
    private String customer;
    private LazyDataModel<CustomerOrder> orders;

    @PostConstruct
    void init() {
        orders = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) Math.min(desk.count(filter()), Integer.MAX_VALUE);
            }

            @Override
            public List<CustomerOrder> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                    Map<String, FilterMeta> filterBy) {
                return desk.search(filter(), first, pageSize);
            }

            @Override
            public String getRowKey(CustomerOrder order) {
                return String.valueOf(order.id());
            }

            @Override
            public CustomerOrder getRowData(String rowKey) {
                List<CustomerOrder> page = getWrappedData();
                return page == null ? null : page.stream().filter(o -> getRowKey(o).equals(rowKey)).findFirst().orElse(null);
            }
        };
    }

    private OrderFilter filter() {
        return new OrderFilter(status, paymentMode, from == null ? null : BusinessCalendar.startOf(from),
                to == null ? null : BusinessCalendar.startOf(to.plusDays(1)), customer);
    }

    public List<OrderStatus> getStatuses() {
        return List.of(OrderStatus.values());
    }

    public List<PaymentMode> getPaymentModes() {
        return List.of(PaymentMode.values());
    }

    public LazyDataModel<CustomerOrder> getOrders() {
        return orders;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public PaymentMode getPaymentMode() {
        return paymentMode;
    }

    public void setPaymentMode(PaymentMode paymentMode) {
        this.paymentMode = paymentMode;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }
}
