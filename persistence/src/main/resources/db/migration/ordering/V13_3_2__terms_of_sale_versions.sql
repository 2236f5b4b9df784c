-- Each version of the terms of sale, per language, kept as issued (the PDF and its SHA-256), and
-- the exact one each order's buyer accepted. Orders placed before this migration name their
-- version only (terms_version): their document was not kept, so the link stays empty.
CREATE TABLE terms_of_sale_version (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    version    VARCHAR(20)  NOT NULL,
    language   VARCHAR(2)   NOT NULL,
    pdf        LONGBLOB     NOT NULL,
    sha256     CHAR(64)     NOT NULL,
    issued_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_terms_of_sale_version UNIQUE (version, language)
);

ALTER TABLE customer_order ADD COLUMN terms_document_id BIGINT NULL;
ALTER TABLE customer_order ADD CONSTRAINT fk_customer_order_terms
    FOREIGN KEY (terms_document_id) REFERENCES terms_of_sale_version (id);
