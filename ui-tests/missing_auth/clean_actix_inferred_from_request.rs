//! File API (actix-web). `UserUuid` is the caller, decoded from the bearer token.

use std::future::{ready, Ready};
use std::sync::LazyLock;

use actix_web::dev::Payload;
use actix_web::error::{ErrorInternalServerError, ErrorUnauthorized};
use actix_web::http::header::AUTHORIZATION;
use actix_web::middleware::Logger;
use actix_web::{delete, get, web, App, FromRequest, HttpRequest, HttpResponse, HttpServer};
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;

static DECODING_KEY: LazyLock<DecodingKey> = LazyLock::new(|| {
    let secret = std::env::var("JWT_SECRET").expect("JWT_SECRET must be set");
    DecodingKey::from_secret(secret.as_bytes())
});

#[derive(Deserialize)]
struct Claims {
    sub: Uuid,
    exp: usize,
}

pub struct UserUuid(pub Uuid);

impl FromRequest for UserUuid {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        let token = req
            .headers()
            .get(AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "));
        let Some(token) = token else {
            return ready(Err(ErrorUnauthorized("missing bearer token")));
        };
        ready(
            decode::<Claims>(token, &DECODING_KEY, &Validation::new(Algorithm::HS256))
                .map(|data| UserUuid(data.claims.sub))
                .map_err(|_| ErrorUnauthorized("invalid bearer token")),
        )
    }
}

#[derive(Serialize, sqlx::FromRow)]
struct StoredFile {
    id: Uuid,
    name: String,
    size_bytes: i64,
}

#[get("/files")]
async fn list_files(pool: web::Data<PgPool>, user: UserUuid) -> actix_web::Result<HttpResponse> {
    let files: Vec<StoredFile> = sqlx::query_as("SELECT id, name, size_bytes FROM files WHERE owner_id = $1 ORDER BY name")
        .bind(user.0)
        .fetch_all(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not list files"))?;
    Ok(HttpResponse::Ok().json(files))
}

#[delete("/files/{file_id}")]
async fn delete_file(pool: web::Data<PgPool>, user: UserUuid, path: web::Path<Uuid>) -> actix_web::Result<HttpResponse> {
    let deleted = sqlx::query("DELETE FROM files WHERE owner_id = $1 AND id = $2")
        .bind(user.0)
        .bind(path.into_inner())
        .execute(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not delete the file"))?;
    Ok(if deleted.rows_affected() == 1 {
        HttpResponse::NoContent().finish()
    } else {
        HttpResponse::NotFound().finish()
    })
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Logger::default())
            .service(list_files)
            .service(delete_file)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
