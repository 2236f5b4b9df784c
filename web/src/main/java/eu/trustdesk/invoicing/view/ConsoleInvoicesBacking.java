package eu.trustdesk.invoicing.view;

import eu.trustdesk.invoicing.boundary.InvoiceFilter;
import eu.trustdesk.invoicing.boundary.InvoiceRegister;
import eu.trustdesk.invoicing.entity.Invoice;
import eu.trustdesk.invoicing.entity.InvoiceKind;
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

/**
 * {@code console/invoices.xhtml}: the register of every invoice and credit note, a page at a time,
 * filtered by kind, number and issue date, with links to each document's PDF and XML.
 */
@Named
@ViewScoped
public class ConsoleInvoicesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InvoiceRegister register;

    private InvoiceKind kind;
    private String number;
    private LocalDate from;
    private LocalDate to;
    private LazyDataModel<Invoice> invoices;

    @PostConstruct
    void init() {
        invoices = new InvoiceRows() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) Math.min(register.count(filter()), Integer.MAX_VALUE);
            }

            @Override
            public List<Invoice> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                    Map<String, FilterMeta> filterBy) {
                return register.page(filter(), first, pageSize);
            }
        };
    }

    private InvoiceFilter filter() {
        return new InvoiceFilter(kind, number, from, to);
    }

    public List<InvoiceKind> getKinds() {
        return List.of(InvoiceKind.values());
    }

    public int getNumberLength() {
        return InvoiceFilter.NUMBER_TEXT_LENGTH;
    }

    public LazyDataModel<Invoice> getInvoices() {
        return invoices;
    }

    public InvoiceKind getKind() {
        return kind;
    }

    public void setKind(InvoiceKind kind) {
        this.kind = kind;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
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
}
