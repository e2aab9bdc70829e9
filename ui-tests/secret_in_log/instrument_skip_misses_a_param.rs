//! The database handle is skipped, the new password is not.

use sqlx::PgPool;
use uuid::Uuid;

#[tracing::instrument(skip(db))]
pub async fn change_password(db: &PgPool, user_id: Uuid, new_password: String) -> sqlx::Result<()> { //~ secret_in_log
    let hash = crate::passwords::hash(&new_password);
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(user_id)
        .execute(db)
        .await?;
    Ok(())
}
