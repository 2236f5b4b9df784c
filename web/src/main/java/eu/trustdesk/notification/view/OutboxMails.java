package eu.trustdesk.notification.view;

import eu.trustdesk.notification.boundary.Outbox;
import eu.trustdesk.notification.entity.OutboxMail;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The outbox one table page at a time, newest first: it grows with every mail ever written. */
public class OutboxMails extends LazyDataModel<OutboxMail> {

    private static final long serialVersionUID = 1L;

    private final Outbox outbox;

    public OutboxMails(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(outbox.count(), Integer.MAX_VALUE);
    }

    @Override
    public List<OutboxMail> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return outbox.page(first, pageSize);
    }

    @Override
    public String getRowKey(OutboxMail mail) {
        return String.valueOf(mail.id());
    }

    @Override
    public OutboxMail getRowData(String rowKey) {
        List<OutboxMail> page = getWrappedData();
        return page == null ? null
                : page.stream().filter(mail -> getRowKey(mail).equals(rowKey)).findFirst().orElse(null);
    }
}
