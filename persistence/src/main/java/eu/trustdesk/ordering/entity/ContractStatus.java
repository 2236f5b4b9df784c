package eu.trustdesk.ordering.entity;

/** A client contract runs until its end date unless it is terminated before. */
public enum ContractStatus {
    ACTIVE,
    TERMINATED
}
