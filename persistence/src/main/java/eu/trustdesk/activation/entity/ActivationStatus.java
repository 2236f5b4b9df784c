package eu.trustdesk.activation.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an activation request stands. The first six are the applicant's progress through the
 * wizard (each one means the steps up to it are done); then the validation and its outcomes.
 */
public enum ActivationStatus {
    /** Created by an order or a voucher; the applicant has not started the file yet. */
    WAITING_FOR_APPLICANT,
    /** The applicant proved they read the chosen mailbox with a one-time password. */
    EMAIL_VERIFIED,
    /** Holder type and data entered and checked. */
    HOLDER_ENTERED,
    /** The applicant (natural person) entered. */
    APPLICANT_ENTERED,
    /** An identity document accepted by the checks. */
    DOCUMENTS_UPLOADED,
    /** Every contract document accepted; ready to submit. */
    CONTRACTS_ACCEPTED,
    /** Submitted; a validator has to decide. */
    IN_VALIDATION,
    /** A validator asked for something missing; the applicant fixes the file and resubmits. */
    MORE_INFORMATION_REQUESTED,
    /** Submitted again after a rejection or a request for more; a validator has to decide. */
    RESUBMITTED,
    /** Approved: the service is active. */
    APPROVED,
    /** Refused with a reason; the applicant may fix the file and resubmit. */
    REJECTED,
    /** Cancelled by the back office, or the certificate revoked. Final. */
    CANCELLED;

    private static final Set<ActivationStatus> WIZARD = EnumSet.range(EMAIL_VERIFIED, CONTRACTS_ACCEPTED);
    private static final Set<ActivationStatus> TO_FIX = EnumSet.of(MORE_INFORMATION_REQUESTED, REJECTED);
    private static final Set<ActivationStatus> AWAITING_DECISION = EnumSet.of(IN_VALIDATION, RESUBMITTED);

    /** The applicant is going through the wizard for the first time. */
    public boolean inWizard() {
        return WIZARD.contains(this);
    }

    /** The applicant may change the file: during the wizard, or to answer a validator. */
    public boolean editable() {
        return inWizard() || TO_FIX.contains(this);
    }

    /** Sent back by a validator: the applicant fixes and resubmits. */
    public boolean toFix() {
        return TO_FIX.contains(this);
    }

    /** In a validator's queue. */
    public boolean awaitingDecision() {
        return AWAITING_DECISION.contains(this);
    }

    public static Set<ActivationStatus> awaitingDecisionStates() {
        return EnumSet.copyOf(AWAITING_DECISION);
    }
}
