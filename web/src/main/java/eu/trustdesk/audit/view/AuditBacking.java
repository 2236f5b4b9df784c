package eu.trustdesk.audit.view;

import eu.trustdesk.audit.boundary.AuditFilter;
import eu.trustdesk.audit.boundary.AuditLog;
import eu.trustdesk.audit.entity.AuditEvent;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.shared.Formats;
import eu.trustdesk.shared.Language;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code console/audit.xhtml}: the audit trail, filtered, one page at a time from the database, and
 * the link to the CSV of the same filter ({@link AuditCsvServlet}). View-scoped so that paging keeps
 * its filter.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditLog log;

    private String actor;
    private String action;
    private String subjectType;
    private Long subjectId;
    private LocalDate from;
    private LocalDate to;
    /** The filter of the table and of the CSV link: the fields as last applied by {@link #search}. */
    private AuditFilter applied = AuditFilter.none();
    private LazyDataModel<AuditEvent> events;
    private List<String> actions;
    private List<String> subjectTypes;

    @PostConstruct
    void init() {
        events = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) Math.min(log.count(applied), Integer.MAX_VALUE);
            }

            @Override
            public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                    Map<String, FilterMeta> filterBy) {
                return log.page(applied, first, pageSize);
            }

            @Override
            public String getRowKey(AuditEvent event) {
                return String.valueOf(event.id());
            }

            @Override
            public AuditEvent getRowData(String rowKey) {
                List<AuditEvent> page = getWrappedData();
                return page == null ? null
                        : page.stream().filter(e -> getRowKey(e).equals(rowKey)).findFirst().orElse(null);
            }
        };
    }

    /** Applies the fields; dates the wrong way round are refused with a message and the table stays as it was. */
    public void search() {
        if (from != null && to != null && to.isBefore(from)) {
            Messages.error("error.audit.dates");
            return;
        }
        applied = new AuditFilter(actor, action, subjectType, subjectId, from, to);
    }

    /**
     * The query string of the CSV link: the same filter, dates as typed ({@code dd/MM/yyyy}), so that
     * the file holds exactly the rows the table shows.
     */
    public String getCsvQuery() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, AuditCsvServlet.ACTOR, applied.actor());
        put(parameters, AuditCsvServlet.ACTION, applied.action());
        put(parameters, AuditCsvServlet.TYPE, applied.subjectType());
        put(parameters, AuditCsvServlet.ID, applied.subjectId() == null ? null : applied.subjectId().toString());
        Formats dates = Formats.of(Language.DEFAULT);
        put(parameters, AuditCsvServlet.FROM, applied.from() == null ? null : dates.shortDate(applied.from()));
        put(parameters, AuditCsvServlet.TO, applied.to() == null ? null : dates.shortDate(applied.to()));
        return parameters.isEmpty() ? "" : parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, value.strip());
        }
    }

    public List<String> getActions() {
        if (actions == null) {
            actions = log.actions();
        }
        return actions;
    }

    public List<String> getSubjectTypes() {
        if (subjectTypes == null) {
            subjectTypes = log.subjectTypes();
        }
        return subjectTypes;
    }

    public LazyDataModel<AuditEvent> getEvents() {
        return events;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
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
