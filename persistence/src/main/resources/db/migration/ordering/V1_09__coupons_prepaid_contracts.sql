-- Payment side of ordering: discount codes and their uses, prepaid accounts of organisations and
-- their movements, client contracts (annual volume commitment).
-- Written for both MariaDB/MySQL and H2 in MySQL mode: keep to the SQL both understand.
-- The CHECK constraints are the last line of defence behind the row locks the code takes
-- (see CouponRedemption and PrepaidBalances): whatever a bug does, a coupon is never used more
-- often than its limit and a prepaid balance never goes below zero.
CREATE TABLE coupon (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    code               VARCHAR(30)   NOT NULL,
    kind               VARCHAR(10)   NOT NULL,
    discount_value     DECIMAL(12,2) NOT NULL,
    valid_from         DATE          NOT NULL,
    valid_until        DATE          NOT NULL,
    usage_limit        INT           NULL,
    per_customer_limit INT           NULL,
    used_count         INT           NOT NULL,
    disabled           BOOLEAN       NOT NULL,
    disabled_at        DATETIME(6)   NULL,
    disabled_by        VARCHAR(254)  NULL,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(254)  NOT NULL,
    version            BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_coupon_code UNIQUE (code),
    CONSTRAINT ck_coupon_used CHECK (used_count >= 0 AND (usage_limit IS NULL OR used_count <= usage_limit))
);

-- the products a coupon applies to; none: every product
CREATE TABLE coupon_product (
    coupon_id BIGINT      NOT NULL,
    sku       VARCHAR(40) NOT NULL,
    PRIMARY KEY (coupon_id, sku),
    CONSTRAINT fk_coupon_product_coupon FOREIGN KEY (coupon_id) REFERENCES coupon (id)
);

CREATE TABLE coupon_use (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    coupon_id      BIGINT       NOT NULL,
    customer_email VARCHAR(254) NOT NULL,
    order_number   VARCHAR(30)  NOT NULL,
    used_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_coupon_use_order UNIQUE (coupon_id, order_number),
    CONSTRAINT fk_coupon_use_coupon FOREIGN KEY (coupon_id) REFERENCES coupon (id)
);
CREATE INDEX ix_coupon_use_customer ON coupon_use (coupon_id, customer_email);

CREATE TABLE prepaid_account (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT        NOT NULL,
    balance         DECIMAL(12,2) NOT NULL,
    currency        CHAR(3)       NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_prepaid_account_organisation UNIQUE (organisation_id),
    CONSTRAINT ck_prepaid_account_balance CHECK (balance >= 0),
    CONSTRAINT fk_prepaid_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE prepaid_movement (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    account_id    BIGINT        NOT NULL,
    amount        DECIMAL(12,2) NOT NULL,
    balance_after DECIMAL(12,2) NOT NULL,
    reason        VARCHAR(10)   NOT NULL,
    reference     VARCHAR(200)  NULL,
    occurred_at   DATETIME(6)   NOT NULL,
    recorded_by   VARCHAR(254)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_prepaid_movement_balance CHECK (balance_after >= 0),
    CONSTRAINT fk_prepaid_movement_account FOREIGN KEY (account_id) REFERENCES prepaid_account (id)
);
CREATE INDEX ix_prepaid_movement_account ON prepaid_movement (account_id, id);

CREATE TABLE client_contract (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id   BIGINT        NOT NULL,
    contract_number   VARCHAR(20)   NOT NULL,
    start_date        DATE          NOT NULL,
    end_date          DATE          NOT NULL,
    annual_commitment DECIMAL(12,2) NOT NULL,
    currency          CHAR(3)       NOT NULL,
    status            VARCHAR(12)   NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    created_by        VARCHAR(254)  NOT NULL,
    terminated_at     DATETIME(6)   NULL,
    terminated_by     VARCHAR(254)  NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_client_contract_number UNIQUE (contract_number),
    CONSTRAINT ck_client_contract_period CHECK (end_date >= start_date),
    CONSTRAINT fk_client_contract_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_client_contract_organisation ON client_contract (organisation_id, status);
