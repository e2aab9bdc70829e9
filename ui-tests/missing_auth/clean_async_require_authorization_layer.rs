//! Partner API: partners authenticate with a key that the `PartnerAuth` layer looks up.

use axum::body::Body;
use axum::extract::Path;
use axum::http::{Request, Response, StatusCode};
use axum::routing::get;
use axum::{Extension, Json, Router};
use futures_util::future::BoxFuture;
use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::PgPool;
use tower_http::auth::{AsyncAuthorizeRequest, AsyncRequireAuthorizationLayer};
use uuid::Uuid;

#[derive(Clone, Copy)]
pub struct Partner {
    pub id: Uuid,
}

#[derive(Clone)]
pub struct PartnerAuth {
    db: PgPool,
}

impl<B> AsyncAuthorizeRequest<B> for PartnerAuth
where
    B: Send + 'static,
{
    type RequestBody = B;
    type ResponseBody = Body;
    type Future = BoxFuture<'static, Result<Request<B>, Response<Self::ResponseBody>>>;

    fn authorize(&mut self, mut request: Request<B>) -> Self::Future {
        let db = self.db.clone();
        Box::pin(async move {
            let unauthorized = || {
                Response::builder()
                    .status(StatusCode::UNAUTHORIZED)
                    .body(Body::empty())
                    .expect("static response")
            };
            let Some(key) = request
                .headers()
                .get("x-partner-key")
                .and_then(|value| value.to_str().ok())
            else {
                return Err(unauthorized());
            };
            let digest = hex::encode(Sha256::digest(key.as_bytes()));
            let partner: Option<(Uuid,)> =
                sqlx::query_as("SELECT id FROM partners WHERE key_sha256 = $1 AND active")
                    .bind(&digest)
                    .fetch_optional(&db)
                    .await
                    .unwrap_or(None);
            match partner {
                Some((id,)) => {
                    request.extensions_mut().insert(Partner { id });
                    Ok(request)
                }
                None => Err(unauthorized()),
            }
        })
    }
}

#[derive(Serialize, sqlx::FromRow)]
pub struct Referral {
    workspace_name: String,
    plan: String,
    commission_cents: i64,
}

pub fn router(db: PgPool) -> Router {
    Router::new()
        .route("/partner/referrals", get(list_referrals))
        .route("/partner/referrals/{referral_id}", get(show_referral))
        .layer(AsyncRequireAuthorizationLayer::new(PartnerAuth { db: db.clone() }))
        .layer(Extension(db))
}

async fn list_referrals(
    Extension(db): Extension<PgPool>,
    Extension(partner): Extension<Partner>,
) -> Result<Json<Vec<Referral>>, StatusCode> {
    sqlx::query_as(
        "SELECT w.name AS workspace_name, w.plan, r.commission_cents FROM referrals r \
         JOIN workspaces w ON w.id = r.workspace_id WHERE r.partner_id = $1 ORDER BY r.created_at DESC",
    )
    .bind(partner.id)
    .fetch_all(&db)
    .await
    .map(Json)
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

async fn show_referral(
    Extension(db): Extension<PgPool>,
    Extension(partner): Extension<Partner>,
    Path(referral_id): Path<Uuid>,
) -> Result<Json<Referral>, StatusCode> {
    sqlx::query_as(
        "SELECT w.name AS workspace_name, w.plan, r.commission_cents FROM referrals r \
         JOIN workspaces w ON w.id = r.workspace_id WHERE r.partner_id = $1 AND r.id = $2",
    )
    .bind(partner.id)
    .bind(referral_id)
    .fetch_optional(&db)
    .await
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
    .map(Json)
    .ok_or(StatusCode::NOT_FOUND)
}
