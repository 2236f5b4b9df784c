package eu.trustdesk.organisation.boundary;

import eu.trustdesk.account.entity.Role;
import eu.trustdesk.audit.control.AuditTrail;
import eu.trustdesk.audit.entity.AuditEvent;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.organisation.entity.PublicBodyStatus;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Like;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;

/**
 * The back office's view of all organisations: search, details, and the public-body decisions,
 * which only administrators take and which are written to the audit trail (who, when, why).
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.VALIDATOR, Role.Names.ACCOUNTANT})
public class OrganisationDirectory {

    static final String SUBJECT = "organisation";
    public static final int MAX_RESULTS = 200;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Organisations whose name, identifier or owner's e-mail contains {@code text}. */
    public List<Organisation> search(@Size(max = 100) String text) {
        String pattern = Like.containingLowerCase(text);
        return em.createNamedQuery(Organisation.SEARCH, Organisation.class)
                .setParameter("text", pattern).setMaxResults(MAX_RESULTS).getResultList();
    }

    /** Declared public bodies waiting for an administrator, oldest first. */
    public List<Organisation> awaitingConfirmation() {
        return em.createNamedQuery(Organisation.BY_PUBLIC_BODY_STATUS, Organisation.class)
                .setParameter("status", PublicBodyStatus.DECLARED).setMaxResults(MAX_RESULTS).getResultList();
    }

    public Organisation get(long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new BusinessException("error.notFound");
        }
        organisation.deliveryAddresses().size();
        organisation.billingProfiles().size();
        organisation.owner().email();
        return organisation;
    }

    public List<AuditEvent> history(long organisationId) {
        return audit.of(SUBJECT, organisationId);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void confirmPublicBody(long organisationId, @Size(max = 500) String note) {
        String administrator = session.getCallerPrincipal().getName();
        get(organisationId).confirmPublicBody(administrator, clock.instant());
        audit.record(administrator, "publicBody.confirmed", SUBJECT, organisationId, note);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void withdrawPublicBody(long organisationId, @Size(max = 500) String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("error.publicBody.reasonRequired");
        }
        String administrator = session.getCallerPrincipal().getName();
        get(organisationId).withdrawPublicBody(administrator, clock.instant());
        audit.record(administrator, "publicBody.withdrawn", SUBJECT, organisationId, reason.strip());
    }
}
