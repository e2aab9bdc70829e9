//! Instrumented auth code that skips what it must not record.

use sqlx::PgPool;
use uuid::Uuid;

#[tracing::instrument(skip(db, password))]
pub async fn authenticate(db: &PgPool, email: &str, password: &str) -> bool {
    crate::users::verify(db, email, password).await
}

#[tracing::instrument(skip_all, fields(user_id = %user_id))]
pub async fn change_password(db: &PgPool, user_id: Uuid, new_password: String) -> sqlx::Result<()> {
    crate::users::set_password(db, user_id, &new_password).await
}

#[tracing::instrument(name = "login", skip(form), fields(email = %form.email))]
pub async fn login(form: crate::LoginForm) -> bool {
    crate::users::login(&form.email, &form.password).await
}
