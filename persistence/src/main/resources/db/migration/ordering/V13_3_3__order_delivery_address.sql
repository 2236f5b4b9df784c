-- Where an order's goods that ship (tokens, readers) go, copied at checkout from the address the
-- buyer chose (or the organisation's address): shown before "Order" and kept with the order.
ALTER TABLE customer_order ADD COLUMN delivery_recipient    VARCHAR(120) NULL;
ALTER TABLE customer_order ADD COLUMN delivery_line1        VARCHAR(100) NULL;
ALTER TABLE customer_order ADD COLUMN delivery_line2        VARCHAR(100) NULL;
ALTER TABLE customer_order ADD COLUMN delivery_postal_code  VARCHAR(5)   NULL;
ALTER TABLE customer_order ADD COLUMN delivery_city         VARCHAR(80)  NULL;
ALTER TABLE customer_order ADD COLUMN delivery_province     VARCHAR(2)   NULL;
ALTER TABLE customer_order ADD COLUMN delivery_country      VARCHAR(2)   NULL;
