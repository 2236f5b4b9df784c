package eu.trustdesk.audit.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Records an audit event in a transaction of its own, for the callers {@link AuditTrail} cannot
 * serve: those that have no transaction (the batch console must not start or stop a job inside
 * one) and those whose transaction is rolled back on purpose (a refused wrong password must still
 * leave its trace). Everything else records in its own transaction through {@link AuditTrail}, so
 * that a decision and its trace commit together.
 *
 * <p>No role: its callers are boundaries that checked theirs, and schedules that have none.
 */
@Stateless
@PermitAll
public class SeparateAuditTrail {

    @Inject
    private AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String actor, String action, String subjectType, long subjectId, String detail) {
        audit.record(actor, action, subjectType, subjectId, detail);
    }

}
