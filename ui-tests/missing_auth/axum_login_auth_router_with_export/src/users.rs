use axum_login::{AuthUser, AuthnBackend, UserId};
use password_auth::verify_password;
use serde::{Deserialize, Serialize};
use sqlx::{FromRow, PgPool};
use tokio::task;

#[derive(Clone, Serialize, Deserialize, FromRow)]
pub struct User {
    id: i64,
    pub email: String,
    password_hash: String,
}

impl std::fmt::Debug for User {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("User").field("id", &self.id).field("email", &self.email).finish_non_exhaustive()
    }
}

impl AuthUser for User {
    type Id = i64;

    fn id(&self) -> Self::Id {
        self.id
    }

    fn session_auth_hash(&self) -> &[u8] {
        // Changing the password signs every other session out.
        self.password_hash.as_bytes()
    }
}

#[derive(Clone, Deserialize)]
pub struct Credentials {
    pub email: String,
    pub password: String,
    pub next: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum BackendError {
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    TaskJoin(#[from] task::JoinError),
}

#[derive(Debug, Clone)]
pub struct Backend {
    db: PgPool,
}

impl Backend {
    pub fn new(db: PgPool) -> Self {
        Self { db }
    }

    /// Every notebook of the account, as one JSON document.
    pub async fn export_archive(&self, user_id: i64) -> Result<Option<serde_json::Value>, BackendError> {
        let notebooks: Vec<(String, String)> =
            sqlx::query_as("SELECT title, body FROM notebooks WHERE owner_id = $1 ORDER BY created_at")
                .bind(user_id)
                .fetch_all(&self.db)
                .await?;
        if notebooks.is_empty() {
            return Ok(None);
        }
        Ok(Some(serde_json::json!({ "notebooks": notebooks })))
    }
}

impl AuthnBackend for Backend {
    type User = User;
    type Credentials = Credentials;
    type Error = BackendError;

    async fn authenticate(&self, creds: Self::Credentials) -> Result<Option<Self::User>, Self::Error> {
        let user: Option<User> = sqlx::query_as("SELECT id, email, password_hash FROM users WHERE email = $1")
            .bind(&creds.email)
            .fetch_optional(&self.db)
            .await?;
        // Hashing is slow: keep it off the async workers.
        task::spawn_blocking(move || {
            Ok(user.filter(|user| verify_password(&creds.password, &user.password_hash).is_ok()))
        })
        .await?
    }

    async fn get_user(&self, user_id: &UserId<Self>) -> Result<Option<Self::User>, Self::Error> {
        Ok(sqlx::query_as("SELECT id, email, password_hash FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_optional(&self.db)
            .await?)
    }
}

pub type AuthSession = axum_login::AuthSession<Backend>;
