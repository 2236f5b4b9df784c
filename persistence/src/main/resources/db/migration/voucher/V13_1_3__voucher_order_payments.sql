-- Vouchers of an order paid by transfer wait for the transfer (issue 13). Orders placed before this
-- change were treated as paid and stay so: awaiting_payment starts false for them.
ALTER TABLE voucher_order ADD COLUMN awaiting_payment BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE voucher_order_payment (
    voucher_order_id BIGINT        NOT NULL,
    amount           DECIMAL(12,2) NOT NULL,
    received_on      DATE          NOT NULL,
    bank_reference   VARCHAR(100)  NOT NULL,
    recorded_by      VARCHAR(254)  NOT NULL,
    recorded_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_voucher_order_payment_order FOREIGN KEY (voucher_order_id) REFERENCES voucher_order (id)
);
CREATE INDEX ix_voucher_order_payment_order ON voucher_order_payment (voucher_order_id, recorded_at);
