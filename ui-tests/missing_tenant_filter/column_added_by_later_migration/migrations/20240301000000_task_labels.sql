CREATE TABLE task_labels (
    task_id UUID NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    label   TEXT NOT NULL,
    PRIMARY KEY (task_id, label)
);

-- Labels are listed per workspace in the sidebar.
ALTER TABLE task_labels ADD COLUMN workspace_id UUID REFERENCES workspaces (id);
