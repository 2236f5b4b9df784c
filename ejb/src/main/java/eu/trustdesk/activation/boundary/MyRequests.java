package eu.trustdesk.activation.boundary;

import eu.trustdesk.account.control.CallerAccount;
import eu.trustdesk.account.control.SecretTokens;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.activation.entity.ActivationRequest;
import eu.trustdesk.activation.entity.ApplicantInvitation;
import eu.trustdesk.shared.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The signed-in applicant's activation requests, and the link of an order's mail that brings an
 * applicant who is not the buyer to them.
 */
@Stateless
@RolesAllowed({Role.Names.CUSTOMER})
public class MyRequests {

    private final SecretTokens secrets = new SecretTokens();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerAccount callerAccount;

    @Inject
    private Clock clock;

    public List<ActivationRequest> list() {
        return em.createNamedQuery(ActivationRequest.OF_ACCOUNT, ActivationRequest.class)
                .setParameter("account", caller()).getResultList();
    }

    /**
     * Follows the applicant's link: the order's requests for that applicant move into the
     * caller's customer area. The link works once; whoever holds it is the applicant the buyer
     * named, whatever address they sign in with.
     *
     * @return how many requests were taken over
     */
    public int claim(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            throw new BusinessException("error.token.invalid");
        }
        ApplicantInvitation invitation = em.createNamedQuery(ApplicantInvitation.BY_HASH, ApplicantInvitation.class)
                .setParameter("hash", secrets.hash(secret.strip())).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElseThrow(() -> new BusinessException("error.token.invalid"));
        invitation.use(clock.instant());
        Account applicant = caller();
        List<ActivationRequest> requests = em.createNamedQuery(ActivationRequest.OF_ORDER, ActivationRequest.class)
                .setParameter("order", invitation.orderNumber()).getResultList().stream()
                .filter(r -> r.applicantAccount() == null && r.applicantEmail().equals(invitation.email()))
                .toList();
        requests.forEach(r -> r.assignTo(applicant));
        return requests.size();
    }

    private Account caller() {
        return callerAccount.get();
    }
}
