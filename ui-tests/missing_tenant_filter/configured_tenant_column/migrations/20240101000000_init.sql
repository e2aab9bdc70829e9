CREATE TABLE companies (
    id   UUID PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE contracts (
    id         UUID PRIMARY KEY,
    company_id UUID NOT NULL REFERENCES companies (id),
    title      TEXT NOT NULL
);
