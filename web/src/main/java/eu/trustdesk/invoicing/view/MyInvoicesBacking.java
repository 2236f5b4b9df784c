package eu.trustdesk.invoicing.view;

import eu.trustdesk.invoicing.boundary.MyInvoices;
import eu.trustdesk.invoicing.entity.Invoice;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** {@code customer/invoices.xhtml}: the signed-in customer's invoices and credit notes, newest first, a page at a time. */
@Named
@ViewScoped
public class MyInvoicesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MyInvoices invoices;

    private LazyDataModel<Invoice> list;

    @PostConstruct
    void init() {
        list = new InvoiceRows() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) Math.min(invoices.count(), Integer.MAX_VALUE);
            }

            @Override
            public List<Invoice> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                    Map<String, FilterMeta> filterBy) {
                return invoices.page(first, pageSize);
            }
        };
    }

    public LazyDataModel<Invoice> getList() {
        return list;
    }
}
