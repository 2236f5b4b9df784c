-- Public-body procurement: QUOTE > ORIGINAL PURCHASE ORDER > DELIVERY NOTE > INVOICE.
-- Written for both MariaDB/MySQL and H2 in MySQL mode.

-- Stock of the physical goods (tokens, readers), by product SKU. Reserved units are held for
-- quotes pre-ordered by e-mail; the check keeps the database itself from over-reserving.
CREATE TABLE stock_level (
    sku       VARCHAR(40) NOT NULL,
    on_hand   INT         NOT NULL,
    reserved  INT         NOT NULL,
    version   BIGINT      NOT NULL,
    PRIMARY KEY (sku),
    CONSTRAINT ck_stock_level_reserved CHECK (reserved >= 0 AND reserved <= on_hand)
);
-- The physical goods of the catalogue and what the warehouse holds when the capability starts.
INSERT INTO stock_level (sku, on_hand, reserved, version) VALUES ('SIG-TOKEN', 100, 0, 0);
INSERT INTO stock_level (sku, on_hand, reserved, version) VALUES ('HW-READER', 50, 0, 0);

CREATE TABLE price_quote (
    id                       BIGINT        NOT NULL AUTO_INCREMENT,
    number                   VARCHAR(20)   NULL,
    buyer_account_id         BIGINT        NOT NULL,
    organisation_id          BIGINT        NOT NULL,
    organisation_name        VARCHAR(150)  NOT NULL,
    language                 VARCHAR(2)    NOT NULL,
    header_line1             VARCHAR(100)  NULL,
    header_line2             VARCHAR(100)  NULL,
    header_postal_code       VARCHAR(5)    NULL,
    header_city              VARCHAR(80)   NULL,
    header_province          VARCHAR(2)    NULL,
    header_country           VARCHAR(2)    NULL,
    delivery_recipient       VARCHAR(120)  NULL,
    delivery_line1           VARCHAR(100)  NULL,
    delivery_line2           VARCHAR(100)  NULL,
    delivery_postal_code     VARCHAR(5)    NULL,
    delivery_city            VARCHAR(80)   NULL,
    delivery_province        VARCHAR(2)    NULL,
    delivery_country         VARCHAR(2)    NULL,
    delivery_phone           VARCHAR(30)   NULL,
    contact_name             VARCHAR(120)  NULL,
    contact_email            VARCHAR(254)  NULL,
    contact_phone            VARCHAR(30)   NULL,
    applicant_phone          VARCHAR(30)   NOT NULL,
    payer_name               VARCHAR(150)  NOT NULL,
    payer_holder_type        VARCHAR(30)   NOT NULL,
    payer_country            VARCHAR(2)    NOT NULL,
    payer_siret              VARCHAR(14)   NULL,
    payer_siren              VARCHAR(9)    NULL,
    payer_vat_number         VARCHAR(15)   NULL,
    payer_tax_code           VARCHAR(16)   NULL,
    payer_sdi_code           VARCHAR(7)    NULL,
    payer_pec                VARCHAR(254)  NULL,
    payer_ipa_code           VARCHAR(20)   NULL,
    payer_line1              VARCHAR(100)  NULL,
    payer_line2              VARCHAR(100)  NULL,
    payer_postal_code        VARCHAR(5)    NULL,
    payer_city               VARCHAR(80)   NULL,
    payer_province           VARCHAR(2)    NULL,
    payer_address_country    VARCHAR(2)    NULL,
    payer_contact_name       VARCHAR(120)  NULL,
    payer_contact_email      VARCHAR(254)  NULL,
    payer_contact_phone      VARCHAR(30)   NULL,
    payer_public_body        BOOLEAN       NOT NULL,
    payer_third_party        BOOLEAN       NOT NULL,
    currency                 VARCHAR(3)    NOT NULL,
    total_excluding_vat      DECIMAL(12,2) NOT NULL,
    total_vat                DECIMAL(12,2) NOT NULL,
    total_including_vat      DECIMAL(12,2) NOT NULL,
    terms_version            VARCHAR(20)   NOT NULL,
    status                   VARCHAR(20)   NOT NULL,
    issued_at                DATETIME(6)   NOT NULL,
    valid_until              DATE          NOT NULL,
    reserved_at              DATETIME(6)   NULL,
    reservation_released_at  DATETIME(6)   NULL,
    po_number                VARCHAR(50)   NULL,
    po_date                  DATE          NULL,
    po_signatory             VARCHAR(120)  NULL,
    po_original_confirmed    BOOLEAN       NULL,
    po_scan_name             VARCHAR(200)  NULL,
    po_scan_type             VARCHAR(100)  NULL,
    po_scan                  LONGBLOB      NULL,
    po_recorded_by           VARCHAR(254)  NULL,
    po_recorded_at           DATETIME(6)   NULL,
    order_id                 BIGINT        NULL,
    order_number             VARCHAR(20)   NULL,
    closed_at                DATETIME(6)   NULL,
    closed_by                VARCHAR(254)  NULL,
    cancel_reason            VARCHAR(500)  NULL,
    pdf                      LONGBLOB      NULL,
    version                  BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_quote_number UNIQUE (number),
    CONSTRAINT fk_quote_buyer FOREIGN KEY (buyer_account_id) REFERENCES account (id),
    CONSTRAINT fk_quote_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_quote_buyer ON price_quote (buyer_account_id, issued_at);
CREATE INDEX ix_quote_expiry ON price_quote (status, valid_until, id);

CREATE TABLE quote_line (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    quote_id         BIGINT        NOT NULL,
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
    CONSTRAINT fk_quote_line_quote FOREIGN KEY (quote_id) REFERENCES price_quote (id)
);

CREATE TABLE quote_vat (
    quote_id       BIGINT        NOT NULL,
    rate           DECIMAL(5,2)  NOT NULL,
    taxable_amount DECIMAL(12,2) NOT NULL,
    tax_amount     DECIMAL(12,2) NOT NULL,
    CONSTRAINT fk_quote_vat_quote FOREIGN KEY (quote_id) REFERENCES price_quote (id)
);

-- One shipment of a converted quote's physical goods, with its delivery-note PDF.
CREATE TABLE delivery_note (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    number          VARCHAR(20)   NULL,
    quote_id        BIGINT        NOT NULL,
    carrier         VARCHAR(80)   NOT NULL,
    tracking_number VARCHAR(80)   NOT NULL,
    shipped_at      DATETIME(6)   NOT NULL,
    shipped_by      VARCHAR(254)  NOT NULL,
    invoice_number  VARCHAR(20)   NULL,
    pdf             LONGBLOB      NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_delivery_note_number UNIQUE (number),
    CONSTRAINT uk_delivery_note_quote UNIQUE (quote_id),
    CONSTRAINT fk_delivery_note_quote FOREIGN KEY (quote_id) REFERENCES price_quote (id)
);

-- Files sent with an e-mail (the invoice and the purchase order it answers).
CREATE TABLE outbox_mail_attachment (
    mail_id      BIGINT       NOT NULL,
    position     INT          NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    content      LONGBLOB     NOT NULL,
    PRIMARY KEY (mail_id, position),
    CONSTRAINT fk_outbox_mail_attachment_mail FOREIGN KEY (mail_id) REFERENCES outbox_mail (id)
);
