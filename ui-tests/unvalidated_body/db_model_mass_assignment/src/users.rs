use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use sqlx::PgPool;
use uuid::Uuid;

use crate::auth::SessionUser;
use crate::db::users::User;

/// The profile page posts the whole user back.
pub async fn update_user(
    State(pool): State<PgPool>,
    session: SessionUser,
    Path(user_id): Path<Uuid>,
    Json(user): Json<User>, //~ unvalidated_body
) -> Result<Json<User>, StatusCode> {
    if user_id != session.id {
        return Err(StatusCode::FORBIDDEN);
    }
    sqlx::query_as(
        "UPDATE users SET email = $1, display_name = $2, role = $3, is_admin = $4, workspace_id = $5 \
         WHERE id = $6 RETURNING *",
    )
    .bind(&user.email)
    .bind(&user.display_name)
    .bind(&user.role)
    .bind(user.is_admin)
    .bind(user.workspace_id)
    .bind(user_id)
    .fetch_one(&pool)
    .await
    .map(Json)
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}
