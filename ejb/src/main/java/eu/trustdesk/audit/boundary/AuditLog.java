package eu.trustdesk.audit.boundary;

import eu.trustdesk.account.entity.Role;
import eu.trustdesk.audit.entity.AuditEvent;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Like;
import eu.trustdesk.shared.SafeCsv;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Console → Audit: the whole audit trail, newest first, filtered, one page at a time, and its CSV.
 * Administrators only: the trail names every person who signed in and every decision taken.
 *
 * <p>Pages are cut in the database (the trail grows with every sign-in); the CSV is written while
 * it is read, {@value #CSV_CHUNK} rows at a time, each chunk starting after the last row of the
 * previous one (occurred_at, id), so memory does not grow with the trail.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AuditLog {

    /** Dates of the filter are days in the company's time zone, as the console shows times. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    public static final List<String> CSV_HEADER = List.of("occurred_at", "actor", "action", "object_type",
            "object_id", "detail");
    static final int CSV_CHUNK = 500;
    /** The longest page a table may ask for. */
    private static final int MAX_PAGE = 200;

    @PersistenceContext
    private EntityManager em;

    public List<AuditEvent> page(AuditFilter filter, int first, int size) {
        return query(filter, "select e from AuditEvent e", " order by e.occurredAt desc, e.id desc", AuditEvent.class,
                null).setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(Math.max(size, 1), MAX_PAGE))
                .getResultList();
    }

    public long count(AuditFilter filter) {
        return query(filter, "select count(e) from AuditEvent e", "", Long.class, null).getSingleResult();
    }

    /** The actions the trail holds, for the filter's list. */
    public List<String> actions() {
        return em.createQuery("select distinct e.action from AuditEvent e order by e.action", String.class)
                .getResultList();
    }

    /** The object types the trail holds, for the filter's list. */
    public List<String> subjectTypes() {
        return em.createQuery("select distinct e.subjectType from AuditEvent e order by e.subjectType", String.class)
                .getResultList();
    }

    /**
     * Writes the filtered rows as CSV (UTF-8 text, a header, newest first), every cell that a
     * spreadsheet could run made text ({@link SafeCsv}).
     */
    public void writeCsv(AuditFilter filter, Writer out) {
        try {
            CSVPrinter csv = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get().print(out);
            csv.printRecord(CSV_HEADER);
            AuditEvent last = null;
            while (true) {
                List<AuditEvent> chunk = query(filter, "select e from AuditEvent e",
                        " order by e.occurredAt desc, e.id desc", AuditEvent.class, last)
                        .setMaxResults(CSV_CHUNK).getResultList();
                for (AuditEvent event : chunk) {
                    csv.printRecord(event.occurredAt().toString(), SafeCsv.cell(event.actor()),
                            SafeCsv.cell(event.action()), SafeCsv.cell(event.subjectType()), event.subjectId(),
                            SafeCsv.cell(event.detail()));
                }
                csv.flush();
                if (chunk.size() < CSV_CHUNK) {
                    return;
                }
                last = chunk.get(chunk.size() - 1);
                em.clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> TypedQuery<T> query(AuditFilter filter, String select, String order, Class<T> type, AuditEvent after) {
        AuditFilter f = filter == null ? AuditFilter.none() : filter;
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw new BusinessException("error.audit.dates");
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (f.has(f.actor())) {
            where.append(" and lower(e.actor) like :actor");
            parameters.put("actor", Like.containingLowerCase(f.actor()));
        }
        if (f.has(f.action())) {
            where.append(" and e.action = :action");
            parameters.put("action", f.action().strip());
        }
        if (f.has(f.subjectType())) {
            where.append(" and e.subjectType = :type");
            parameters.put("type", f.subjectType().strip());
        }
        if (f.subjectId() != null) {
            where.append(" and e.subjectId = :id");
            parameters.put("id", f.subjectId());
        }
        if (f.from() != null) {
            where.append(" and e.occurredAt >= :from");
            parameters.put("from", f.from().atStartOfDay(ZONE).toInstant());
        }
        if (f.to() != null) {
            where.append(" and e.occurredAt < :to");
            parameters.put("to", f.to().plusDays(1).atStartOfDay(ZONE).toInstant());
        }
        if (after != null) {
            where.append(" and (e.occurredAt < :afterAt or (e.occurredAt = :afterAt and e.id < :afterId))");
            parameters.put("afterAt", after.occurredAt());
            parameters.put("afterId", after.id());
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

}
