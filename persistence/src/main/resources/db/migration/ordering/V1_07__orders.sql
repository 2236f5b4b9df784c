-- Orders of the shop: the three parties (buyer, applicant, payer snapshot), priced lines, VAT per
-- rate, totals, payment mode, accepted terms, status and history.
CREATE TABLE customer_order (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    number                VARCHAR(20)   NULL,
    buyer_account_id      BIGINT        NOT NULL,
    buyer_organisation_id BIGINT        NOT NULL,
    applicant_first_name  VARCHAR(80)   NOT NULL,
    applicant_last_name   VARCHAR(80)   NOT NULL,
    applicant_email       VARCHAR(254)  NOT NULL,
    applicant_phone       VARCHAR(30)   NOT NULL,
    applicant_organisation VARCHAR(150) NULL,
    buyer_is_applicant    BOOLEAN       NOT NULL,
    payer_name            VARCHAR(150)  NOT NULL,
    payer_holder_type     VARCHAR(30)   NOT NULL,
    payer_country         VARCHAR(2)    NOT NULL,
    payer_siret           VARCHAR(14)   NULL,
    payer_siren           VARCHAR(9)    NULL,
    payer_vat_number      VARCHAR(15)   NULL,
    payer_tax_code        VARCHAR(16)   NULL,
    payer_sdi_code        VARCHAR(7)    NULL,
    payer_pec             VARCHAR(254)  NULL,
    payer_ipa_code        VARCHAR(20)   NULL,
    payer_line1           VARCHAR(100)  NULL,
    payer_line2           VARCHAR(100)  NULL,
    payer_postal_code     VARCHAR(5)    NULL,
    payer_city            VARCHAR(80)   NULL,
    payer_province        VARCHAR(2)    NULL,
    payer_address_country VARCHAR(2)    NULL,
    payer_contact_name    VARCHAR(120)  NULL,
    payer_contact_email   VARCHAR(254)  NULL,
    payer_contact_phone   VARCHAR(30)   NULL,
    payer_public_body     BOOLEAN       NOT NULL,
    payer_third_party     BOOLEAN       NOT NULL,
    currency              VARCHAR(3)    NOT NULL,
    coupon_code           VARCHAR(30)   NULL,
    discount_total        DECIMAL(12,2) NOT NULL,
    total_excluding_vat   DECIMAL(12,2) NOT NULL,
    total_vat             DECIMAL(12,2) NOT NULL,
    total_including_vat   DECIMAL(12,2) NOT NULL,
    payment_mode          VARCHAR(30)   NOT NULL,
    service_code          VARCHAR(100)  NULL,
    commitment_number     VARCHAR(50)   NULL,
    contract_number       VARCHAR(30)   NULL,
    terms_version         VARCHAR(20)   NOT NULL,
    terms_accepted_at     DATETIME(6)   NOT NULL,
    terms_accepted_from   VARCHAR(45)   NULL,
    status                VARCHAR(30)   NOT NULL,
    submitted_at          DATETIME(6)   NOT NULL,
    accepted_at           DATETIME(6)   NULL,
    invoice_number        VARCHAR(20)   NULL,
    purchase_order_pdf    LONGBLOB      NULL,
    version               BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_customer_order_number UNIQUE (number),
    CONSTRAINT fk_customer_order_buyer FOREIGN KEY (buyer_account_id) REFERENCES account (id),
    CONSTRAINT fk_customer_order_organisation FOREIGN KEY (buyer_organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_customer_order_status ON customer_order (status, submitted_at);
CREATE INDEX ix_customer_order_buyer ON customer_order (buyer_account_id, submitted_at);

CREATE TABLE order_line (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    order_id         BIGINT        NOT NULL,
    position         INT           NOT NULL,
    sku              VARCHAR(40)   NOT NULL,
    description      VARCHAR(200)  NOT NULL,
    validity_years   INT           NOT NULL,
    quantity         INT           NOT NULL,
    unit_price       DECIMAL(12,2) NOT NULL,
    gross_amount     DECIMAL(12,2) NOT NULL,
    allowance        DECIMAL(12,2) NOT NULL,
    net_amount       DECIMAL(12,2) NOT NULL,
    vat_rate         DECIMAL(5,2)  NOT NULL,
    needs_activation BOOLEAN       NOT NULL,
    shipped          BOOLEAN       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_order_line_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
);

CREATE TABLE order_vat (
    order_id       BIGINT        NOT NULL,
    rate           DECIMAL(5,2)  NOT NULL,
    taxable_amount DECIMAL(12,2) NOT NULL,
    tax_amount     DECIMAL(12,2) NOT NULL,
    CONSTRAINT fk_order_vat_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
);

CREATE TABLE order_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    order_id    BIGINT       NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(254) NOT NULL,
    type        VARCHAR(40)  NOT NULL,
    detail      VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_order_event_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
);
