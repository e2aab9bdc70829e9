-- Organizations are the tenant; everything billable hangs off org_id.

CREATE TABLE organizations (
    id         UUID PRIMARY KEY,
    name       TEXT NOT NULL,
    currency   CHAR(3) NOT NULL DEFAULT 'USD',
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE users (
    id            UUID PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE org_members (
    org_id  UUID NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role    TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'accountant', 'viewer')),
    PRIMARY KEY (org_id, user_id)
);

CREATE TABLE customers (
    id             UUID PRIMARY KEY,
    org_id         UUID NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    billing_email  TEXT NOT NULL,
    tax_id         TEXT,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX customers_org_idx ON customers (org_id, name);

CREATE TABLE invoices (
    id           UUID PRIMARY KEY,
    org_id       UUID NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    customer_id  UUID NOT NULL REFERENCES customers (id),
    number       TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'paid', 'overdue', 'void')),
    currency     CHAR(3) NOT NULL,
    amount_cents BIGINT NOT NULL CHECK (amount_cents >= 0),
    due_at       DATE NOT NULL,
    issued_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    voided_at    TIMESTAMPTZ,
    UNIQUE (org_id, number)
);

CREATE INDEX invoices_org_status_idx ON invoices (org_id, status, due_at);
