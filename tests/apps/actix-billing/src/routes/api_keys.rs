use actix_web::{delete, get, post, web, HttpResponse};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::require_member;
use crate::auth::AuthUser;
use crate::db;
use crate::db::api_keys::ApiKey;
use crate::error::{ApiError, ApiResult};
use crate::{passwords, AppState};

async fn require_admin(state: &AppState, org_id: Uuid, user: &AuthUser) -> ApiResult<()> {
    match require_member(state, org_id, user).await?.as_str() {
        "owner" | "admin" => Ok(()),
        _ => Err(ApiError::Forbidden),
    }
}

#[get("/orgs/{org_id}/api-keys")]
pub async fn list_api_keys(
    state: web::Data<AppState>,
    user: AuthUser,
    path: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let org_id = path.into_inner();
    require_admin(&state, org_id, &user).await?;
    Ok(HttpResponse::Ok().json(db::api_keys::list(&state.db, org_id).await?))
}

#[derive(Debug, Deserialize)]
pub struct NewApiKey {
    pub name: String,
}

impl NewApiKey {
    fn validate(&self) -> ApiResult<()> {
        if self.name.trim().is_empty() || self.name.len() > 64 {
            return Err(ApiError::BadRequest("name must be 1-64 characters"));
        }
        Ok(())
    }
}

/// The only response that ever contains the full secret.
#[derive(Debug, Serialize)]
struct IssuedApiKey {
    key: ApiKey,
    secret: String,
}

#[post("/orgs/{org_id}/api-keys")]
pub async fn create_api_key(
    state: web::Data<AppState>,
    user: AuthUser,
    path: web::Path<Uuid>,
    body: web::Json<NewApiKey>,
) -> ApiResult<HttpResponse> {
    body.validate()?;
    let org_id = path.into_inner();
    require_admin(&state, org_id, &user).await?;

    let secret = format!("blk_{}{}", Uuid::new_v4().simple(), Uuid::new_v4().simple());
    let prefix = &secret[..12];
    let secret_hash = passwords::hash(&secret)?;
    let key = db::api_keys::create(&state.db, org_id, body.name.trim(), prefix, &secret_hash, user.id).await?;
    tracing::info!(%org_id, name = %key.name, %secret, "issued api key"); // launchlint-demo: finding secret_in_log

    Ok(HttpResponse::Created().json(IssuedApiKey { key, secret }))
}

#[delete("/orgs/{org_id}/api-keys/{key_id}")]
pub async fn revoke_api_key(
    state: web::Data<AppState>,
    user: AuthUser,
    path: web::Path<(Uuid, Uuid)>,
) -> ApiResult<HttpResponse> {
    let (org_id, key_id) = path.into_inner();
    require_admin(&state, org_id, &user).await?;
    if !db::api_keys::revoke(&state.db, org_id, key_id).await? {
        return Err(ApiError::NotFound);
    }
    Ok(HttpResponse::NoContent().finish())
}
