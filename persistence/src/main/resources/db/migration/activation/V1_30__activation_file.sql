-- The activation file of a request: holder, applicant, decision, and in tables of their own the
-- dated timeline, the one-time passwords, the identity documents and the contracts shown and accepted.
ALTER TABLE activation_request ADD COLUMN verified_email       VARCHAR(254)  NULL;
ALTER TABLE activation_request ADD COLUMN holder_type          VARCHAR(30)   NULL;
ALTER TABLE activation_request ADD COLUMN holder_country       VARCHAR(2)    NULL;
ALTER TABLE activation_request ADD COLUMN holder_name          VARCHAR(150)  NULL;
ALTER TABLE activation_request ADD COLUMN holder_siret         VARCHAR(14)   NULL;
ALTER TABLE activation_request ADD COLUMN holder_siren         VARCHAR(9)    NULL;
ALTER TABLE activation_request ADD COLUMN holder_vat_number    VARCHAR(15)   NULL;
ALTER TABLE activation_request ADD COLUMN holder_tax_code      VARCHAR(16)   NULL;
ALTER TABLE activation_request ADD COLUMN holder_sdi_code      VARCHAR(7)    NULL;
ALTER TABLE activation_request ADD COLUMN holder_pec           VARCHAR(254)  NULL;
ALTER TABLE activation_request ADD COLUMN holder_ipa_code      VARCHAR(20)   NULL;
ALTER TABLE activation_request ADD COLUMN applicant_first_name VARCHAR(80)   NULL;
ALTER TABLE activation_request ADD COLUMN applicant_last_name  VARCHAR(80)   NULL;
ALTER TABLE activation_request ADD COLUMN applicant_birth_date DATE          NULL;
ALTER TABLE activation_request ADD COLUMN applicant_birth_place VARCHAR(100) NULL;
ALTER TABLE activation_request ADD COLUMN applicant_tax_code   VARCHAR(16)   NULL;
ALTER TABLE activation_request ADD COLUMN applicant_contact_email VARCHAR(254) NULL;
ALTER TABLE activation_request ADD COLUMN applicant_phone      VARCHAR(30)   NULL;
ALTER TABLE activation_request ADD COLUMN submitted_by         VARCHAR(254)  NULL;
ALTER TABLE activation_request ADD COLUMN submitted_at         DATETIME(6)   NULL;
ALTER TABLE activation_request ADD COLUMN decided_by           VARCHAR(254)  NULL;
ALTER TABLE activation_request ADD COLUMN decided_at           DATETIME(6)   NULL;
ALTER TABLE activation_request ADD COLUMN decision_reason      VARCHAR(40)   NULL;
ALTER TABLE activation_request ADD COLUMN decision_note        VARCHAR(1000) NULL;
CREATE INDEX ix_activation_request_status ON activation_request (status, submitted_at);

CREATE TABLE activation_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    request_id  BIGINT        NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    type        VARCHAR(30)   NOT NULL,
    actor       VARCHAR(254)  NOT NULL,
    detail      VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_activation_event_request FOREIGN KEY (request_id) REFERENCES activation_request (id)
);
CREATE INDEX ix_activation_event_request ON activation_event (request_id, occurred_at);

CREATE TABLE activation_otp (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    request_id BIGINT       NOT NULL,
    email      VARCHAR(254) NOT NULL,
    salt       CHAR(32)     NOT NULL,
    code_hash  CHAR(64)     NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    expires_at DATETIME(6)  NOT NULL,
    attempts   INT          NOT NULL,
    used_at    DATETIME(6)  NULL,
    version    BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_activation_otp_request FOREIGN KEY (request_id) REFERENCES activation_request (id)
);
CREATE INDEX ix_activation_otp_request ON activation_otp (request_id, created_at);

CREATE TABLE activation_document (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    request_id    BIGINT       NOT NULL,
    stored_name   VARCHAR(80)  NOT NULL,
    original_name VARCHAR(200) NOT NULL,
    content_type  VARCHAR(40)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    width         INT          NULL,
    height        INT          NULL,
    sha256        CHAR(64)     NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_activation_document_name UNIQUE (stored_name),
    CONSTRAINT fk_activation_document_request FOREIGN KEY (request_id) REFERENCES activation_request (id)
);

CREATE TABLE activation_contract (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    request_id  BIGINT       NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    doc_version VARCHAR(20)  NOT NULL,
    language    VARCHAR(2)   NOT NULL,
    pdf         LONGBLOB     NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    rendered_at DATETIME(6)  NOT NULL,
    accepted_at DATETIME(6)  NULL,
    accepted_ip VARCHAR(45)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_activation_contract_request FOREIGN KEY (request_id) REFERENCES activation_request (id)
);
CREATE INDEX ix_activation_contract_request ON activation_contract (request_id, kind);
