package eu.trustdesk.audit.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What Console → Audit is asked to show; every criterion is optional (null or blank: any).
 *
 * @param actor part of the actor's name (an e-mail, "system", "anonymous"), case-insensitive
 * @param action one action exactly, e.g. {@code account.loginFailed}
 * @param subjectType one object type exactly, e.g. {@code Account}
 * @param subjectId one object id, with or without a type
 * @param from first day included, in the company's time zone (Europe/Paris)
 * @param to last day included, in the same zone
 */
public record AuditFilter(String actor, String action, String subjectType, Long subjectId, LocalDate from,
        LocalDate to) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    boolean has(String value) {
        return value != null && !value.isBlank();
    }
}
