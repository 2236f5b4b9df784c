-- Activation requests created by orders (one per unit to activate) and the single-use links
-- that bring an applicant who is not the buyer to them.
CREATE TABLE activation_request (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    order_number         VARCHAR(20)  NULL,
    sku                  VARCHAR(40)  NOT NULL,
    product_name         VARCHAR(200) NOT NULL,
    validity_years       INT          NOT NULL,
    applicant_email      VARCHAR(254) NOT NULL,
    applicant_account_id BIGINT       NULL,
    status               VARCHAR(30)  NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_activation_request_account FOREIGN KEY (applicant_account_id) REFERENCES account (id)
);
CREATE INDEX ix_activation_request_account ON activation_request (applicant_account_id, created_at);
CREATE INDEX ix_activation_request_order ON activation_request (order_number);

CREATE TABLE applicant_invitation (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    order_number VARCHAR(20)  NOT NULL,
    email        VARCHAR(254) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    used_at      DATETIME(6)  NULL,
    version      BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_applicant_invitation_hash UNIQUE (token_hash)
);
