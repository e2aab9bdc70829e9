//! Team names (actix-web): checked by hand, rejected with 400 before anything is stored.

use actix_web::{patch, web, App, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Deserialize)]
pub struct RenameTeam {
    pub name: String,
}

#[patch("/teams/{team_id}")]
async fn rename_team(
    pool: web::Data<PgPool>,
    _auth: BearerAuth,
    path: web::Path<Uuid>,
    body: web::Json<RenameTeam>,
) -> actix_web::Result<HttpResponse> {
    let name = body.name.trim();
    if name.is_empty() || name.len() > 60 || name.contains(['<', '>']) {
        return Ok(HttpResponse::BadRequest().body("team names are 1-60 characters, without angle brackets"));
    }
    sqlx::query("UPDATE teams SET name = $1 WHERE id = $2")
        .bind(name)
        .bind(path.into_inner())
        .execute(pool.get_ref())
        .await
        .map_err(|_| actix_web::error::ErrorInternalServerError("could not rename the team"))?;
    Ok(HttpResponse::NoContent().finish())
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPool::connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL")).expect("pool");
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).service(rename_team))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
