pub const TASK_BY_ID: &str = concat!(
    "SELECT id, workspace_id, project_id, title, status FROM tasks ",
    "WHERE id = $1 AND workspace_id = $2",
);
