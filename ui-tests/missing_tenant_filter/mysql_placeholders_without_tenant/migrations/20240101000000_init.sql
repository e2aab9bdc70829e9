CREATE TABLE organizations (
    id   BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);

CREATE TABLE invoices (
    id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    org_id       BIGINT UNSIGNED NOT NULL,
    number       VARCHAR(40) NOT NULL,
    amount_cents BIGINT NOT NULL,
    status       VARCHAR(20) NOT NULL DEFAULT 'open',
    CONSTRAINT fk_invoices_org FOREIGN KEY (org_id) REFERENCES organizations (id)
) ENGINE = InnoDB;
