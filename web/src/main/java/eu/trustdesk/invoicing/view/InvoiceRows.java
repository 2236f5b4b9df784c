package eu.trustdesk.invoicing.view;

import eu.trustdesk.invoicing.entity.Invoice;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** A lazy table of invoices, its rows known by their ids; subclasses say how to count and load a page. */
abstract class InvoiceRows extends LazyDataModel<Invoice> {

    private static final long serialVersionUID = 1L;

    @Override
    public String getRowKey(Invoice invoice) {
        return String.valueOf(invoice.id());
    }

    @Override
    public Invoice getRowData(String rowKey) {
        List<Invoice> page = getWrappedData();
        return page == null ? null : page.stream().filter(i -> getRowKey(i).equals(rowKey)).findFirst().orElse(null);
    }
}
