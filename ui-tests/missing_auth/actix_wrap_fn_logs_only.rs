//! Workspace API (actix-web) with a timing middleware.

use std::time::Instant;

use actix_web::dev::Service;
use actix_web::error::ErrorInternalServerError;
use actix_web::{get, web, App, HttpResponse, HttpServer};
use futures_util::FutureExt;
use serde::Serialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Serialize, sqlx::FromRow)]
struct Member {
    user_id: Uuid,
    name: String,
    role: String,
}

#[get("/workspaces/{workspace_id}/members")]
async fn list_members(pool: web::Data<PgPool>, path: web::Path<Uuid>) -> actix_web::Result<HttpResponse> { //~ missing_auth
    let members: Vec<Member> = sqlx::query_as(
        "SELECT u.id AS user_id, u.name, m.role FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.workspace_id = $1 ORDER BY u.name",
    )
    .bind(path.into_inner())
    .fetch_all(pool.get_ref())
    .await
    .map_err(|_| ErrorInternalServerError("could not load members"))?;
    Ok(HttpResponse::Ok().json(members))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap_fn(|req, srv| {
                let started = Instant::now();
                let path = req.path().to_owned();
                srv.call(req).map(move |result| {
                    if let Ok(response) = &result {
                        tracing::info!(%path, status = response.status().as_u16(), elapsed_ms = started.elapsed().as_millis() as u64, "request");
                    }
                    result
                })
            })
            .service(list_members)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
