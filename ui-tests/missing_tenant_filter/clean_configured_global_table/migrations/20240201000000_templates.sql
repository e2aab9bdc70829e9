CREATE TABLE templates (
    id           UUID PRIMARY KEY,
    workspace_id UUID REFERENCES workspaces (id),
    name         TEXT NOT NULL,
    body         TEXT NOT NULL
);
