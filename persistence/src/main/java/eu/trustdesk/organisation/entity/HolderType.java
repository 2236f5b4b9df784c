package eu.trustdesk.organisation.entity;

/** The legal kind of an organisation or certificate holder (tipologia intestatario). */
public enum HolderType {
    COMPANY,
    SOLE_TRADER,
    PUBLIC_ADMINISTRATION,
    NATURAL_PERSON
}
