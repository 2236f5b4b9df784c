-- Partner vouchers: which partners may order them (and at which discount on the catalogue), their
-- voucher orders with lines, one row per voucher with its code, and the partners' API keys.
-- Written for both MariaDB/MySQL and H2 in MySQL mode: keep to the SQL both understand.

-- one row per partner account the administrators have configured; none: feature off
CREATE TABLE voucher_partner (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    account_id       BIGINT        NOT NULL,
    enabled          BOOLEAN       NOT NULL,
    organisation_id  BIGINT        NULL,
    discount_percent DECIMAL(5,2)  NOT NULL,
    decided_by       VARCHAR(254)  NOT NULL,
    decided_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_voucher_partner_account UNIQUE (account_id),
    CONSTRAINT fk_voucher_partner_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_voucher_partner_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_voucher_partner_discount CHECK (discount_percent >= 0 AND discount_percent <= 100)
);

CREATE TABLE voucher_order (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    number              VARCHAR(20)   NOT NULL,
    partner_account_id  BIGINT        NOT NULL,
    organisation_id     BIGINT        NOT NULL,
    customer_name       VARCHAR(150)  NOT NULL,
    notes               VARCHAR(500)  NULL,
    payment_mode        VARCHAR(30)   NOT NULL,
    currency            CHAR(3)       NOT NULL,
    total_excl_vat      DECIMAL(19,2) NOT NULL,
    total_vat           DECIMAL(19,2) NOT NULL,
    total_incl_vat      DECIMAL(19,2) NOT NULL,
    invoice_number      VARCHAR(30)   NULL,
    credit_note_number  VARCHAR(30)   NULL,
    ordered_at          DATETIME(6)   NOT NULL,
    expires_at          DATETIME(6)   NOT NULL,
    cancelled_at        DATETIME(6)   NULL,
    voucher_count       INT           NOT NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_voucher_order_number UNIQUE (number),
    CONSTRAINT fk_voucher_order_partner FOREIGN KEY (partner_account_id) REFERENCES account (id),
    CONSTRAINT fk_voucher_order_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_voucher_order_partner ON voucher_order (partner_account_id, ordered_at);

CREATE TABLE voucher_order_line (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    order_id        BIGINT        NOT NULL,
    position        INT           NOT NULL,
    sku             VARCHAR(40)   NOT NULL,
    product_name    VARCHAR(200)  NOT NULL,
    validity_years  INT           NOT NULL,
    quantity        INT           NOT NULL,
    unit_price      DECIMAL(19,2) NOT NULL,
    net_amount      DECIMAL(19,2) NOT NULL,
    vat_rate        DECIMAL(5,2)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_voucher_order_line_order FOREIGN KEY (order_id) REFERENCES voucher_order (id),
    CONSTRAINT ck_voucher_order_line_quantity CHECK (quantity BETWEEN 1 AND 1000)
);

-- one row per voucher; written with JDBC batches (see VoucherStore), so no @Version-less surprises:
-- state changes are conditional UPDATEs or go through the entity with its version
CREATE TABLE voucher (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    code                   CHAR(25)     NOT NULL,
    order_id               BIGINT       NOT NULL,
    line_id                BIGINT       NOT NULL,
    partner_account_id     BIGINT       NOT NULL,
    sku                    VARCHAR(40)  NOT NULL,
    product_name           VARCHAR(200) NOT NULL,
    validity_years         INT          NOT NULL,
    state                  VARCHAR(20)  NOT NULL,
    expires_at             DATETIME(6)  NOT NULL,
    redeemed_at            DATETIME(6)  NULL,
    redeemed_by            BIGINT       NULL,
    activation_request_id  BIGINT       NULL,
    expired_at             DATETIME(6)  NULL,
    expiry_job_instance    BIGINT       NULL,
    cancelled_at           DATETIME(6)  NULL,
    version                BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_voucher_code UNIQUE (code),
    CONSTRAINT fk_voucher_order FOREIGN KEY (order_id) REFERENCES voucher_order (id),
    CONSTRAINT fk_voucher_line FOREIGN KEY (line_id) REFERENCES voucher_order_line (id),
    CONSTRAINT fk_voucher_redeemer FOREIGN KEY (redeemed_by) REFERENCES account (id)
);
CREATE INDEX ix_voucher_order ON voucher (order_id, state);
CREATE INDEX ix_voucher_request ON voucher (activation_request_id);
CREATE INDEX ix_voucher_expiry_instance ON voucher (expiry_job_instance);
-- the nightly expiry reads the valid–unused vouchers in id order
CREATE INDEX ix_voucher_state ON voucher (state, id);

-- the partner API's keys: only a SHA-256 of the secret is kept; the prefix lets the partner tell keys apart
CREATE TABLE voucher_api_key (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    partner_account_id  BIGINT       NOT NULL,
    label               VARCHAR(80)  NOT NULL,
    prefix              VARCHAR(12)  NOT NULL,
    key_hash            CHAR(64)     NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    revoked_at          DATETIME(6)  NULL,
    version             BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_voucher_api_key_hash UNIQUE (key_hash),
    CONSTRAINT fk_voucher_api_key_partner FOREIGN KEY (partner_account_id) REFERENCES account (id)
);
