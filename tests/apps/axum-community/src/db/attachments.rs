use uuid::Uuid;

use super::Db;

pub async fn insert(
    db: &Db,
    workspace_id: Uuid,
    post_id: Uuid,
    uploaded_by: Uuid,
    file_name: &str,
    content_type: &str,
    data: &[u8],
) -> sqlx::Result<Uuid> {
    sqlx::query_scalar(
        r#"
        INSERT INTO attachments (id, workspace_id, post_id, uploaded_by, file_name, content_type, size_bytes, data)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        RETURNING id
        "#,
    )
    .bind(Uuid::new_v4())
    .bind(workspace_id)
    .bind(post_id)
    .bind(uploaded_by)
    .bind(file_name)
    .bind(content_type)
    .bind(data.len() as i64)
    .bind(data)
    .fetch_one(db)
    .await
}
