-- Invoices and credit notes (eu.trustdesk.invoicing.entity), their lines and VAT breakdown, and the
-- gap-free number sequences. Written for both MariaDB/MySQL and H2 in MySQL mode.
-- An issued invoice never changes: only pdf (attached once) and the export columns are updated.

-- One row per kind and year; locked (SELECT ... FOR UPDATE) and incremented by the transaction
-- that issues a document, so a number is used only if that transaction commits.
CREATE TABLE invoice_sequence (
    kind        VARCHAR(20) NOT NULL,
    fiscal_year INT         NOT NULL,
    next_value  BIGINT      NOT NULL,
    PRIMARY KEY (kind, fiscal_year)
);

CREATE TABLE invoice (
    id                       BIGINT        NOT NULL AUTO_INCREMENT,
    kind                     VARCHAR(20)   NOT NULL,
    number                   VARCHAR(20)   NOT NULL,
    issue_date               DATE          NOT NULL,
    issued_at                DATETIME(6)   NOT NULL,
    due_date                 DATE          NULL,
    currency                 CHAR(3)       NOT NULL,
    language                 VARCHAR(2)    NOT NULL,
    buyer_email              VARCHAR(254)  NOT NULL,
    order_number             VARCHAR(30)   NOT NULL,
    buyer_reference          VARCHAR(100)  NULL,
    purchase_order_reference VARCHAR(50)   NULL,
    contract_reference       VARCHAR(50)   NULL,
    seller_name              VARCHAR(150)  NOT NULL,
    seller_siret             VARCHAR(14)   NOT NULL,
    seller_vat_number        VARCHAR(15)   NOT NULL,
    seller_line1             VARCHAR(100)  NOT NULL,
    seller_postal_code       VARCHAR(10)   NOT NULL,
    seller_city              VARCHAR(80)   NOT NULL,
    seller_country           VARCHAR(2)    NOT NULL,
    seller_iban              VARCHAR(34)   NOT NULL,
    seller_bic               VARCHAR(11)   NOT NULL,
    seller_email             VARCHAR(254)  NOT NULL,
    seller_legal_info        VARCHAR(255)  NULL,
    payer_name               VARCHAR(150)  NOT NULL,
    payer_holder_type        VARCHAR(30)   NOT NULL,
    payer_country            VARCHAR(2)    NOT NULL,
    payer_public_body        BOOLEAN       NOT NULL,
    payer_siret              VARCHAR(14)   NULL,
    payer_siren              VARCHAR(9)    NULL,
    payer_vat_number         VARCHAR(15)   NULL,
    payer_tax_code           VARCHAR(16)   NULL,
    payer_sdi_code           VARCHAR(7)    NULL,
    payer_pec                VARCHAR(254)  NULL,
    payer_ipa_code           VARCHAR(20)   NULL,
    payer_line1              VARCHAR(100)  NOT NULL,
    payer_line2              VARCHAR(100)  NULL,
    payer_postal_code        VARCHAR(5)    NOT NULL,
    payer_city               VARCHAR(80)   NOT NULL,
    payer_province           VARCHAR(2)    NULL,
    payer_address_country    VARCHAR(2)    NOT NULL,
    payer_contact_name       VARCHAR(120)  NULL,
    payer_contact_email      VARCHAR(254)  NULL,
    payer_contact_phone      VARCHAR(30)   NULL,
    payment_means            VARCHAR(30)   NULL,
    payment_means_code       VARCHAR(3)    NULL,
    payment_terms            VARCHAR(500)  NULL,
    total_excluding_vat      DECIMAL(19,2) NOT NULL,
    discount_total           DECIMAL(19,2) NOT NULL,
    total_vat                DECIMAL(19,2) NOT NULL,
    total_including_vat      DECIMAL(19,2) NOT NULL,
    prepaid_amount           DECIMAL(19,2) NOT NULL,
    credited_invoice_id      BIGINT        NULL,
    credited_number          VARCHAR(20)   NULL,
    credited_issue_date      DATE          NULL,
    credit_reason            VARCHAR(500)  NULL,
    -- LONGBLOB: BLOB holds only 64 KB on MySQL/MariaDB; H2 reads LONGBLOB as its BLOB in MySQL mode
    pdf                      LONGBLOB      NULL,
    exported_at              DATETIME(6)   NULL,
    export_flow              VARCHAR(50)   NULL,
    version                  BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_invoice_number UNIQUE (number),
    -- a credit note reverses a whole invoice: at most one per invoice (NULLs do not collide)
    CONSTRAINT uk_invoice_credited UNIQUE (credited_invoice_id),
    CONSTRAINT fk_invoice_credited FOREIGN KEY (credited_invoice_id) REFERENCES invoice (id)
);
CREATE INDEX ix_invoice_buyer ON invoice (buyer_email, issued_at);
CREATE INDEX ix_invoice_issue_date ON invoice (issue_date);
-- the nightly Chorus Pro export looks for public-body invoices not exported yet
CREATE INDEX ix_invoice_export ON invoice (payer_public_body, exported_at);

CREATE TABLE invoice_line (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    invoice_id   BIGINT        NOT NULL,
    line_no      INT           NOT NULL,
    sku          VARCHAR(40)   NOT NULL,
    description  VARCHAR(500)  NOT NULL,
    quantity     INT           NOT NULL,
    unit_price   DECIMAL(19,4) NOT NULL,
    gross_amount DECIMAL(19,2) NOT NULL,
    allowance    DECIMAL(19,2) NOT NULL,
    net_amount   DECIMAL(19,2) NOT NULL,
    vat_rate     DECIMAL(5,2)  NOT NULL,
    vat_category VARCHAR(2)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_invoice_line_no UNIQUE (invoice_id, line_no),
    CONSTRAINT fk_invoice_line_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id)
);

CREATE TABLE invoice_vat (
    invoice_id       BIGINT        NOT NULL,
    vat_rate         DECIMAL(5,2)  NOT NULL,
    vat_category     VARCHAR(2)    NOT NULL,
    taxable_amount   DECIMAL(19,2) NOT NULL,
    tax_amount       DECIMAL(19,2) NOT NULL,
    exemption_reason VARCHAR(255)  NULL,
    PRIMARY KEY (invoice_id, vat_rate),
    CONSTRAINT fk_invoice_vat_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id)
);
