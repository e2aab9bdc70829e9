//! Statements shared by the repositories.

pub const TASK_BY_ID: &str = "SELECT id, workspace_id, project_id, title, status FROM tasks WHERE id = $1"; //~ missing_tenant_filter

pub const TASKS_OF_PROJECT: &str =
    "SELECT id, workspace_id, project_id, title, status FROM tasks WHERE workspace_id = $1 AND project_id = $2";
