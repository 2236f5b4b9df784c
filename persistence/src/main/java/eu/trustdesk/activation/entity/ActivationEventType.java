package eu.trustdesk.activation.entity;

/** What happened to a request, as its timeline shows it. */
public enum ActivationEventType {
    CREATED,
    OTP_SENT,
    EMAIL_VERIFIED,
    HOLDER_ENTERED,
    APPLICANT_ENTERED,
    DOCUMENT_UPLOADED,
    CONTRACT_ACCEPTED,
    CONTRACTS_ACCEPTED,
    SUBMITTED,
    MORE_INFORMATION_REQUESTED,
    RESUBMITTED,
    APPROVED,
    REJECTED,
    CANCELLED
}
