-- The second factor of sign-in (TOTP, RFC 6238): required for staff, optional for customers and
-- partners. The secret is stored sealed (AES-GCM with TRUSTDESK_SECRET_KEY, see SecretBox), never
-- in clear; the last accepted time step refuses the replay of a code already used.
ALTER TABLE account ADD COLUMN totp_secret VARCHAR(255) NULL;
ALTER TABLE account ADD COLUMN totp_last_step BIGINT NULL;
ALTER TABLE account ADD COLUMN totp_enabled_at DATETIME(6) NULL;

-- Single-use recovery codes: only their SHA-256 is kept; a used code is deleted.
CREATE TABLE account_recovery_code (
    account_id BIGINT   NOT NULL,
    code_hash  CHAR(64) NOT NULL,
    PRIMARY KEY (account_id, code_hash),
    CONSTRAINT fk_account_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id)
);
