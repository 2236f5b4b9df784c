-- Catalogue: products, their texts per language and their prices per validity term.
-- Written for both MariaDB/MySQL and H2 in MySQL mode: keep to the SQL both understand.
CREATE TABLE product (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    sku         VARCHAR(40)  NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    shipped     BOOLEAN      NOT NULL,
    vat_rate    DECIMAL(5,2) NOT NULL,
    currency    CHAR(3)      NOT NULL,
    active      BOOLEAN      NOT NULL,
    sort_order  INT          NOT NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_product_sku UNIQUE (sku)
);

CREATE TABLE product_text (
    product_id  BIGINT        NOT NULL,
    lang        VARCHAR(2)    NOT NULL,
    name        VARCHAR(120)  NOT NULL,
    description VARCHAR(2000) NOT NULL,
    PRIMARY KEY (product_id, lang),
    CONSTRAINT fk_product_text_product FOREIGN KEY (product_id) REFERENCES product (id)
);

-- validity_years = 0: a one-off product (hardware) that does not expire.
CREATE TABLE product_price (
    product_id     BIGINT        NOT NULL,
    validity_years INT           NOT NULL,
    amount         DECIMAL(19,2) NOT NULL,
    PRIMARY KEY (product_id, validity_years),
    CONSTRAINT fk_product_price_product FOREIGN KEY (product_id) REFERENCES product (id)
);
