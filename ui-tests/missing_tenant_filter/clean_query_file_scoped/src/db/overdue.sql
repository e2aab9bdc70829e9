SELECT id, workspace_id, project_id, title, status
FROM tasks
WHERE workspace_id = $1 AND due_at < now() AND status <> 'done'
