//! Team invitations: a team owner invites by email; the invitee accepts from the emailed link.

use actix_web::error::{ErrorForbidden, ErrorGone, ErrorInternalServerError, ErrorUnprocessableEntity};
use actix_web::{web, HttpResponse};
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;

use crate::auth::Claims;

#[derive(Deserialize)]
pub struct NewInvitation {
    email: String,
}

#[derive(Deserialize)]
pub struct Acceptance {
    display_name: String,
    password: String,
}

/// Mounted under the authenticated `/api` scope.
pub fn team_routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/teams/{team_id}/invitations")
            .route(web::post().to(create_invitation)), //~ missing_rate_limit
    );
}

/// Mounted at the root: the invitee has no account yet.
pub fn public_routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/invitations/{token}/accept", web::post().to(accept_invitation)); //~ missing_rate_limit
}

async fn create_invitation(
    pool: web::Data<PgPool>,
    claims: web::ReqData<Claims>,
    path: web::Path<Uuid>,
    body: web::Json<NewInvitation>,
) -> actix_web::Result<HttpResponse> {
    if body.email.len() > 254 || !body.email.contains('@') {
        return Err(ErrorUnprocessableEntity("a valid email address is required"));
    }
    let team_id = path.into_inner();
    let owner: Option<(Uuid,)> = sqlx::query_as("SELECT owner_id FROM teams WHERE id = $1 AND owner_id = $2")
        .bind(team_id)
        .bind(claims.sub)
        .fetch_optional(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not create the invitation"))?;
    if owner.is_none() {
        return Err(ErrorForbidden("only the team owner can invite"));
    }
    sqlx::query(
        "INSERT INTO invitations (token, team_id, email, invited_by, expires_at) \
         VALUES ($1, $2, $3, $4, now() + interval '3 days')",
    )
    .bind(Uuid::new_v4())
    .bind(team_id)
    .bind(&body.email)
    .bind(claims.sub)
    .execute(pool.get_ref())
    .await
    .map_err(|_| ErrorInternalServerError("could not create the invitation"))?;
    Ok(HttpResponse::Created().finish())
}

#[launchlint::public(reason = "the invitee has no account yet; the emailed token is the credential")]
async fn accept_invitation(
    pool: web::Data<PgPool>,
    path: web::Path<Uuid>,
    body: web::Json<Acceptance>,
) -> actix_web::Result<HttpResponse> {
    if body.password.len() < 12 {
        return Err(ErrorUnprocessableEntity("the password needs at least 12 characters"));
    }
    let hash = password_auth::generate_hash(&body.password);
    let joined = sqlx::query(
        "WITH invitation AS (DELETE FROM invitations WHERE token = $1 AND expires_at > now() RETURNING team_id, email), \
              member AS (INSERT INTO users (id, display_name, email, password_hash) \
                         SELECT $2, $3, email, $4 FROM invitation RETURNING id) \
         INSERT INTO team_members (team_id, user_id) SELECT invitation.team_id, member.id FROM invitation, member",
    )
    .bind(path.into_inner())
    .bind(Uuid::new_v4())
    .bind(&body.display_name)
    .bind(&hash)
    .execute(pool.get_ref())
    .await
    .map_err(|_| ErrorInternalServerError("could not accept the invitation"))?;
    if joined.rows_affected() == 0 {
        return Err(ErrorGone("this invitation has expired or was already used"));
    }
    Ok(HttpResponse::Created().finish())
}
