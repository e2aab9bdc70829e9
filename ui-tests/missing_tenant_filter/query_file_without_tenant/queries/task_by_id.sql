SELECT id, workspace_id, project_id, title, status
FROM tasks --~ missing_tenant_filter
WHERE id = $1
