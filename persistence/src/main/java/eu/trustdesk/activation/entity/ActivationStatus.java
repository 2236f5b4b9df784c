package eu.trustdesk.activation.entity;

/** Where an activation request stands. The first state only so far: the wizard comes next. */
public enum ActivationStatus {
    /** Created by an order or a voucher; the applicant has not started the file yet. */
    WAITING_FOR_APPLICANT
}
