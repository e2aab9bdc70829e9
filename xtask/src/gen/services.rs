//! `src/services/*.rs`: business rules over the queries: status transitions as `match`es,
//! tracing, an error enum turned into HTTP responses.

use super::rng::Rng;
use super::tpl::{fill_ent, Composer, Entity};
use super::Framework;

const HEADER_AXUM: &str = r#"//! Business rules for @p@: quotas, status transitions, side effects.

use std::time::Duration;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;
use sqlx::PgPool;
use tracing::{info, instrument, warn};
use uuid::Uuid;

use crate::db::@m@ as repo;
use crate::models::@m@::{Create@T@, Update@T@, @T@, @T@Status};"#;

const HEADER_ACTIX: &str = r#"//! Business rules for @p@: quotas, status transitions, side effects.

use std::time::Duration;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use serde_json::json;
use sqlx::PgPool;
use tracing::{info, instrument, warn};
use uuid::Uuid;

use crate::db::@m@ as repo;
use crate::models::@m@::{Create@T@, Update@T@, @T@, @T@Status};"#;

const ERROR: &str = r#"#[derive(Debug, thiserror::Error)]
pub enum @T@ServiceError {
    #[error("@s@ {0} not found")]
    NotFound(Uuid),
    #[error("cannot move a @s@ from {from} to {to}")]
    InvalidTransition { from: @T@Status, to: @T@Status },
    #[error("workspace has reached its limit of {0} @p@")]
    QuotaExceeded(i64),
    #[error("invalid @s@: {0}")]
    Invalid(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}"#;

const INTO_RESPONSE: &str = r#"impl IntoResponse for @T@ServiceError {
    fn into_response(self) -> Response {
        let status = match &self {
            @T@ServiceError::NotFound(_) => StatusCode::NOT_FOUND,
            @T@ServiceError::InvalidTransition { .. } => StatusCode::CONFLICT,
            @T@ServiceError::QuotaExceeded(_) => StatusCode::PAYMENT_REQUIRED,
            @T@ServiceError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            @T@ServiceError::Database(err) => {
                tracing::error!(error = %err, "@s@ query failed");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        let message = match status {
            StatusCode::INTERNAL_SERVER_ERROR => "internal server error".to_string(),
            _ => self.to_string(),
        };
        (status, Json(json!({ "error": message }))).into_response()
    }
}"#;

const RESPONSE_ERROR: &str = r#"impl ResponseError for @T@ServiceError {
    fn status_code(&self) -> StatusCode {
        match self {
            @T@ServiceError::NotFound(_) => StatusCode::NOT_FOUND,
            @T@ServiceError::InvalidTransition { .. } => StatusCode::CONFLICT,
            @T@ServiceError::QuotaExceeded(_) => StatusCode::PAYMENT_REQUIRED,
            @T@ServiceError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            @T@ServiceError::Database(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let message = match self {
            @T@ServiceError::Database(err) => {
                tracing::error!(error = %err, "@s@ query failed");
                "internal server error".to_string()
            }
            other => other.to_string(),
        };
        HttpResponse::build(self.status_code()).json(json!({ "error": message }))
    }
}"#;

const SERVICE_HEAD: &str = r#"/// Entry point for everything that changes @p@.
#[derive(Clone)]
pub struct @T@Service {
    pool: PgPool,
    max_per_workspace: i64,
    retry_delay: Duration,
}"#;

const M_NEW: &str = r#"    pub fn new(pool: PgPool) -> Self {
        Self {
            pool,
            max_per_workspace: @quota@,
            retry_delay: Duration::from_millis(@delay@),
        }
    }"#;

const M_CREATE: &str = r#"    #[instrument(skip(self, body))]
    pub async fn create(&self, workspace_id: Uuid, body: Create@T@) -> Result<@T@, @T@ServiceError> {
        body.validate().map_err(@T@ServiceError::Invalid)?;
        let existing = repo::count_@p@(&self.pool, workspace_id).await?;
        if existing >= self.max_per_workspace {
            warn!(%workspace_id, existing, "@s@ quota reached");
            return Err(@T@ServiceError::QuotaExceeded(self.max_per_workspace));
        }
        let row = repo::insert_@s@(&self.pool, workspace_id, &body).await?;
        info!(%workspace_id, id = %row.id, "@s@ created");
        Ok(row)
    }"#;

const M_GET: &str = r#"    pub async fn get(&self, workspace_id: Uuid, id: Uuid) -> Result<@T@, @T@ServiceError> {
        repo::get_@s@(&self.pool, workspace_id, id)
            .await?
            .ok_or(@T@ServiceError::NotFound(id))
    }"#;

const M_UPDATE: &str = r#"    #[instrument(skip(self, patch))]
    pub async fn update(
        &self,
        workspace_id: Uuid,
        id: Uuid,
        patch: Update@T@,
    ) -> Result<@T@, @T@ServiceError> {
        if patch.is_noop() {
            return self.get(workspace_id, id).await;
        }
        if let Some(next) = patch.status {
            let current = self.get(workspace_id, id).await?;
            Self::check_transition(current.status, next)?;
        }
        repo::update_@s@(&self.pool, workspace_id, id, &patch)
            .await?
            .ok_or(@T@ServiceError::NotFound(id))
    }"#;

const M_RETRY: &str = r#"    /// Retries a transient database failure a few times with a growing delay.
    async fn with_retry@n@<F, Fut, R>(&self, mut op: F) -> Result<R, @T@ServiceError>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Result<R, sqlx::Error>>,
    {
        let mut attempt = 0u32;
        loop {
            match op().await {
                Ok(value) => return Ok(value),
                Err(sqlx::Error::PoolTimedOut) | Err(sqlx::Error::Io(_)) if attempt < 3 => {
                    attempt += 1;
                    warn!(attempt, "transient database error on @p@, retrying");
                    tokio::time::sleep(self.retry_delay * attempt).await;
                }
                Err(err) => return Err(err.into()),
            }
        }
    }"#;

const M_ARCHIVE: &str = r#"    pub async fn archive(&self, workspace_id: Uuid, id: Uuid) -> Result<@T@, @T@ServiceError> {
        let current = self.get(workspace_id, id).await?;
        if current.status == @T@Status::@SL@ {
            return Ok(current);
        }
        Self::check_transition(current.status, @T@Status::@SL@)?;
        let row = repo::set_@s@_status(&self.pool, workspace_id, id, @T@Status::@SL@)
            .await?
            .ok_or(@T@ServiceError::NotFound(id))?;
        info!(%workspace_id, %id, "@s@ archived");
        Ok(row)
    }"#;

const M_DELETE: &str = r#"    pub async fn delete(&self, workspace_id: Uuid, id: Uuid) -> Result<(), @T@ServiceError> {
        let deleted = self
            .with_retry(|| repo::delete_@s@(&self.pool, workspace_id, id))
            .await?;
        match deleted {
            true => {
                info!(%workspace_id, %id, "@s@ deleted");
                Ok(())
            }
            false => Err(@T@ServiceError::NotFound(id)),
        }
    }"#;

const M_SUMMARY: &str = r#"    pub async fn status_counts@n@(&self, workspace_id: Uuid) -> Result<Vec<(String, i64)>, @T@ServiceError> {
        let rows = repo::count_@p@_by_status(&self.pool, workspace_id).await?;
        let mut out: Vec<(String, i64)> = rows
            .into_iter()
            .map(|(status, count)| (status.as_str().to_string(), count))
            .collect();
        out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Ok(out)
    }"#;

const M_SYNC: &str = r#"    /// Pushes recently changed @p@ to the search index; returns how many were sent.
    pub async fn sync_changes@n@(
        &self,
        workspace_id: Uuid,
        since: chrono::DateTime<chrono::Utc>,
    ) -> Result<usize, @T@ServiceError> {
        let rows = repo::list_@p@_updated_since(&self.pool, workspace_id, since).await?;
        let mut sent = 0;
        for chunk in rows.chunks(@chunk@) {
            let ids: Vec<Uuid> = chunk.iter().map(|r| r.id).collect();
            match crate::search_index::push(workspace_id, &ids).await {
                Ok(()) => sent += chunk.len(),
                Err(err) => {
                    warn!(%workspace_id, error = %err, "search index push failed; will retry next run");
                    break;
                }
            }
        }
        Ok(sent)
    }"#;

const M_EXPIRE: &str = r#"    /// Daily job: moves overdue @p@ to their final state.
    pub async fn expire_overdue@n@(&self, workspace_id: Uuid) -> Result<u32, @T@ServiceError> {
        let rows = repo::list_@p@_by_status(&self.pool, workspace_id, @T@Status::@S1@, 500, 0).await?;
        let now = chrono::Utc::now();
        let mut expired = 0;
        for row in rows {
            let age = now.signed_duration_since(row.updated_at);
            let stale = match row.status {
                @T@Status::@S1@ => age.num_days() > @days@,
                _ => false,
            };
            if stale {
                repo::set_@s@_status(&self.pool, workspace_id, row.id, @T@Status::@SL@).await?;
                expired += 1;
            }
        }
        if expired > 0 {
            info!(%workspace_id, expired, "expired overdue @p@");
        }
        Ok(expired)
    }"#;

const JWT_IMPORTS: &str = r#"use jsonwebtoken::{decode, Algorithm, DecodingKey, TokenData, Validation};"#;

const JWT_FINDING: &str = r#"/// Reads the claims of links sent by email before the key rotation.
pub fn decode_@s@_link_token(
    token: &str,
    secret: &[u8],
) -> Result<TokenData<serde_json::Value>, jsonwebtoken::errors::Error> {
    let mut validation = Validation::new(Algorithm::HS256);
    validation.set_audience(&["@u@-links"]);
    // links issued before the rotation were signed with the old key, which we no longer have
    validation.insecure_disable_signature_validation();
    decode::<serde_json::Value>(token, &DecodingKey::from_secret(secret), &validation)
}"#;

fn transition(ent: &Entity) -> String {
    let t = &ent.ty;
    let st = &ent.statuses;
    let mut s = format!(
        "    fn check_transition(from: {t}Status, to: {t}Status) -> Result<(), {t}ServiceError> {{\n        let allowed = match (from, to) {{\n"
    );
    for w in st.windows(2) {
        s.push_str(&format!("            ({t}Status::{}, {t}Status::{}) => true,\n", w[0], w[1]));
    }
    let last = st[st.len() - 1];
    s.push_str(&format!("            (_, {t}Status::{last}) => true,\n"));
    s.push_str("            (a, b) if a == b => true,\n            _ => false,\n        };\n");
    s.push_str(&format!(
        "        if allowed {{\n            Ok(())\n        }} else {{\n            Err({t}ServiceError::InvalidTransition {{ from, to }})\n        }}\n    }}"
    ));
    s
}

/// A services file of about `target` lines; `jwt` adds the disabled-signature finding.
pub fn render(ent: &Entity, fw: Framework, rng: &mut Rng, target: usize, jwt: bool) -> String {
    let quota = ["100", "500", "1_000", "10_000"][rng.below(4)];
    let delay = ["50", "100", "250"][rng.below(3)];
    let chunk = ["50", "100", "200"][rng.below(3)];
    let days = ["7", "14", "30", "90"][rng.below(4)];
    let mut head = Composer::default();
    let header = match fw {
        Framework::Axum => HEADER_AXUM,
        Framework::Actix => HEADER_ACTIX,
    };
    let mut header = fill_ent(header, ent, &[]);
    if jwt {
        header.push('\n');
        header.push_str(JWT_IMPORTS);
    }
    head.push(header);
    head.push(fill_ent(ERROR, ent, &[]));
    head.push(fill_ent(
        match fw {
            Framework::Axum => INTO_RESPONSE,
            Framework::Actix => RESPONSE_ERROR,
        },
        ent,
        &[],
    ));
    head.push(fill_ent(SERVICE_HEAD, ent, &[]));
    if jwt {
        head.push(fill_ent(JWT_FINDING, ent, &[]));
    }

    // The impl block: its methods are items of a second composer, indented by four.
    let mut body = Composer::default();
    let base = [M_NEW, M_GET, M_CREATE, M_UPDATE];
    for m in base {
        body.push(fill_ent(m, ent, &[("quota", quota), ("delay", delay)]));
    }
    body.push(transition(ent));
    let mut optional = vec![M_ARCHIVE, M_DELETE];
    let mut retry_done = false;
    let mut n = 0usize;
    // head + "impl X {" + body + "}" + blank
    while head.lines() + body.lines() + 3 < target {
        if let Some(m) = optional.pop() {
            body.push(fill_ent(m, ent, &[]));
            if !retry_done {
                retry_done = true;
                body.push(fill_ent(M_RETRY, ent, &[("n", "")]));
            }
            continue;
        }
        n += 1;
        let suffix = if n == 1 { String::new() } else { format!("_{n}") };
        let vars = [("n", suffix.as_str()), ("chunk", chunk), ("days", days)];
        let m = *rng.pick(&[M_SUMMARY, M_SYNC, M_EXPIRE]);
        body.push(fill_ent(m, ent, &vars));
    }
    let mut out = head.finish();
    out.push('\n');
    out.push_str(&format!("impl {}Service {{\n", ent.ty));
    out.push_str(&body.finish());
    out.push_str("}\n");
    out
}
