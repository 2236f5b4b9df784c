-- The invoices of each Chorus Pro flow (ExportFlow.items), kept apart from invoice.export_flow:
-- an invoice that Chorus Pro rejected can be reopened and leave again in a later flow, and the
-- first flow must still list what its zip carried.

CREATE TABLE export_flow_item (
    flow_id        BIGINT      NOT NULL,
    invoice_id     BIGINT      NOT NULL,
    invoice_number VARCHAR(20) NOT NULL,
    PRIMARY KEY (flow_id, invoice_id),
    CONSTRAINT fk_export_flow_item_flow FOREIGN KEY (flow_id) REFERENCES export_flow (id),
    CONSTRAINT fk_export_flow_item_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id)
);
CREATE INDEX ix_export_flow_item_invoice ON export_flow_item (invoice_id);

-- flows written before this table existed: their invoices still point at them
INSERT INTO export_flow_item (flow_id, invoice_id, invoice_number)
SELECT f.id, i.id, i.number FROM invoice i JOIN export_flow f ON f.name = i.export_flow;

-- where the zip was written (the directory is configurable, and a run may be given another one)
ALTER TABLE export_flow ADD COLUMN directory VARCHAR(500) NULL;
