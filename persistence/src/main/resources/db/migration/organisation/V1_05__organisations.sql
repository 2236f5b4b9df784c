-- Organisations customers act for, their delivery addresses and billing profiles (payers).
CREATE TABLE organisation (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    owner_account_id       BIGINT       NOT NULL,
    name                   VARCHAR(150) NOT NULL,
    holder_type            VARCHAR(30)  NOT NULL,
    country                VARCHAR(2)   NOT NULL,
    siret                  VARCHAR(14)  NULL,
    siren                  VARCHAR(9)   NULL,
    vat_number             VARCHAR(15)  NULL,
    tax_code               VARCHAR(16)  NULL,
    sdi_code               VARCHAR(7)   NULL,
    pec                    VARCHAR(254) NULL,
    ipa_code               VARCHAR(20)  NULL,
    public_body_status     VARCHAR(20)  NOT NULL,
    public_body_decided_by VARCHAR(254) NULL,
    public_body_decided_at DATETIME(6)  NULL,
    qh_line1               VARCHAR(100) NULL,
    qh_line2               VARCHAR(100) NULL,
    qh_postal_code         VARCHAR(5)   NULL,
    qh_city                VARCHAR(80)  NULL,
    qh_province            VARCHAR(2)   NULL,
    qh_country             VARCHAR(2)   NULL,
    contact_name           VARCHAR(120) NULL,
    contact_email          VARCHAR(254) NULL,
    contact_phone          VARCHAR(30)  NULL,
    created_at             DATETIME(6)  NOT NULL,
    version                BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_organisation_owner FOREIGN KEY (owner_account_id) REFERENCES account (id)
);
CREATE INDEX ix_organisation_owner ON organisation (owner_account_id);
CREATE INDEX ix_organisation_siret ON organisation (siret);
CREATE INDEX ix_organisation_public_body ON organisation (public_body_status);

CREATE TABLE delivery_address (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    label           VARCHAR(60)  NOT NULL,
    recipient       VARCHAR(120) NOT NULL,
    line1           VARCHAR(100) NOT NULL,
    line2           VARCHAR(100) NULL,
    postal_code     VARCHAR(5)   NOT NULL,
    city            VARCHAR(80)  NOT NULL,
    province        VARCHAR(2)   NULL,
    country         VARCHAR(2)   NOT NULL,
    phone           VARCHAR(30)  NULL,
    version         BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_delivery_address_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE billing_profile (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    payer_name      VARCHAR(150) NOT NULL,
    third_party     BOOLEAN      NOT NULL,
    holder_type     VARCHAR(30)  NOT NULL,
    country         VARCHAR(2)   NOT NULL,
    siret           VARCHAR(14)  NULL,
    siren           VARCHAR(9)   NULL,
    vat_number      VARCHAR(15)  NULL,
    tax_code        VARCHAR(16)  NULL,
    sdi_code        VARCHAR(7)   NULL,
    pec             VARCHAR(254) NULL,
    ipa_code        VARCHAR(20)  NULL,
    line1           VARCHAR(100) NOT NULL,
    line2           VARCHAR(100) NULL,
    postal_code     VARCHAR(5)   NOT NULL,
    city            VARCHAR(80)  NOT NULL,
    province        VARCHAR(2)   NULL,
    address_country VARCHAR(2)   NOT NULL,
    contact_name    VARCHAR(120) NOT NULL,
    contact_email   VARCHAR(254) NULL,
    contact_phone   VARCHAR(30)  NULL,
    version         BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_billing_profile_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
