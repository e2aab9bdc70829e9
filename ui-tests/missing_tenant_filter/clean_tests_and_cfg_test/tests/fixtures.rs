use uuid::Uuid;

pub async fn wipe(pool: &sqlx::PgPool, id: Uuid) {
    sqlx::query("DELETE FROM tasks WHERE id = $1").bind(id).execute(pool).await.expect("delete");
}
