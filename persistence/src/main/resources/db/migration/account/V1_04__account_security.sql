-- Everything that protects an account: lock after failed logins, a credentials version that
-- ends other sessions at a password change, single-use links (verification, reset) and the
-- history of the consents given.
ALTER TABLE account ADD COLUMN phone VARCHAR(30) NULL;
ALTER TABLE account ADD COLUMN failed_logins INT NOT NULL DEFAULT 0;
ALTER TABLE account ADD COLUMN locked_until DATETIME(6) NULL;
ALTER TABLE account ADD COLUMN credentials_version INT NOT NULL DEFAULT 0;

-- Only the SHA-256 of a link's secret is stored: a copy of the table opens no account.
CREATE TABLE account_token (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    account_id  BIGINT      NOT NULL,
    purpose     VARCHAR(30) NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    version     BIGINT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_account_token_account ON account_token (account_id, purpose);

-- Append-only: the current choice is the newest row per account and kind.
CREATE TABLE consent_record (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    account_id   BIGINT      NOT NULL,
    kind         VARCHAR(30) NOT NULL,
    text_version VARCHAR(20) NOT NULL,
    granted      BOOLEAN     NOT NULL,
    recorded_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_consent_record_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_consent_record_account ON consent_record (account_id, kind, recorded_at);
