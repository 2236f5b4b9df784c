-- Payments tell the truth (issue 13): each transfer or cheque received for an order, with its
-- amount, the day it arrived and the bank reference, so that a short payment leaves the rest due
-- and the invoice can say when it was paid.
CREATE TABLE order_payment (
    order_id       BIGINT        NOT NULL,
    amount         DECIMAL(12,2) NOT NULL,
    received_on    DATE          NOT NULL,
    bank_reference VARCHAR(100)  NOT NULL,
    recorded_by    VARCHAR(254)  NOT NULL,
    recorded_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_order_payment_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
);
CREATE INDEX ix_order_payment_order ON order_payment (order_id, recorded_at);
