//! The files around the modules: manifests, `lib.rs`, `main.rs`, `auth.rs`, the `mod.rs` of
//! each directory, and the pathological files.

use super::tpl::fill;
use super::Framework;

const AXUM_MANIFEST: &str = r#"[package]
name = "@name@"
version = "@version@"
edition = "2021"
publish = false
description = "@about@"

[dependencies]
axum = "0.7"
chrono = { version = "0.4", features = ["serde"] }
jsonwebtoken = "9"
serde = { version = "1", features = ["derive"] }
serde_json = "1"
sqlx = { version = "0.8", features = ["runtime-tokio", "postgres", "uuid", "chrono", "json"] }
thiserror = "1"
tokio = { version = "1", features = ["full"] }
tower-http = { version = "0.5", features = ["cors", "trace", "timeout", "compression-gzip"] }
tracing = "0.1"
tracing-subscriber = { version = "0.3", features = ["env-filter"] }
uuid = { version = "1", features = ["v4", "serde"] }
"#;

const ACTIX_MANIFEST: &str = r#"[package]
name = "@name@"
version = "@version@"
edition = "2021"
publish = false
description = "@about@"

[dependencies]
actix-cors = "0.7"
actix-web = "4"
chrono = { version = "0.4", features = ["serde"] }
jsonwebtoken = "9"
serde = { version = "1", features = ["derive"] }
serde_json = "1"
sqlx = { version = "0.8", features = ["runtime-tokio", "postgres", "uuid", "chrono", "json"] }
thiserror = "1"
tokio = { version = "1", features = ["full"] }
tracing = "0.1"
tracing-subscriber = { version = "0.3", features = ["env-filter"] }
uuid = { version = "1", features = ["v4", "serde"] }
"#;

const COMMON_LIB: &str = r#"#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: String,
    pub jwt_secret: String,
    pub allowed_origin: String,
}

impl Config {
    pub fn from_env() -> Result<Self, std::env::VarError> {
        Ok(Config {
            database_url: std::env::var("DATABASE_URL")?,
            jwt_secret: std::env::var("JWT_SECRET")?,
            allowed_origin: std::env::var("ALLOWED_ORIGIN")
                .unwrap_or_else(|_| "https://app.example.com".to_string()),
        })
    }
}

/// Client of the search service; failures are retried by the next sync run.
pub mod search_index {
    use uuid::Uuid;

    pub async fn push(workspace_id: Uuid, ids: &[Uuid]) -> Result<(), std::io::Error> {
        tracing::debug!(%workspace_id, count = ids.len(), "pushing to the search index");
        Ok(())
    }
}
"#;

const AXUM_LIB_TAIL: &str = r#"use std::sync::Arc;

use axum::http::{header, HeaderValue, Method};
use axum::Router;
use sqlx::PgPool;
use tower_http::cors::CorsLayer;
use tower_http::trace::TraceLayer;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
    pub config: Arc<Config>,
}

/// The whole application: API routes, CORS for the web app, request tracing.
pub fn app(state: AppState) -> Router {
    let origin: HeaderValue = state
        .config
        .allowed_origin
        .parse()
        .expect("ALLOWED_ORIGIN must be a valid header value");
    let cors = CorsLayer::new()
        .allow_origin(origin)
        .allow_methods([Method::GET, Method::POST, Method::PATCH, Method::DELETE])
        .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE])
        .allow_credentials(true);
    Router::new()
        .nest("/api/v1", routes::router())
        .layer(TraceLayer::new_for_http())
        .layer(cors)
        .with_state(state)
}
"#;

const ACTIX_LIB_TAIL: &str = r#"use std::sync::Arc;

use actix_web::web;
use sqlx::PgPool;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
    pub config: Arc<Config>,
}

/// Mounts every API route under `/api/v1`.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(web::scope("/api/v1").configure(routes::configure));
}
"#;

const AXUM_MAIN: &str = r#"use std::sync::Arc;

use @lib@::{app, AppState, Config};
use sqlx::postgres::PgPoolOptions;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .init();
    let config = Config::from_env()?;
    let db = PgPoolOptions::new()
        .max_connections(@conns@)
        .connect(&config.database_url)
        .await?;
    let state = AppState {
        db,
        config: Arc::new(config),
    };
    let listener = tokio::net::TcpListener::bind("0.0.0.0:@port@").await?;
    tracing::info!(addr = %listener.local_addr()?, "@name@ listening");
    axum::serve(listener, app(state)).await?;
    Ok(())
}
"#;

const ACTIX_MAIN: &str = r#"use std::sync::Arc;

use actix_cors::Cors;
use actix_web::middleware::Logger;
use actix_web::{web, App, HttpServer};
use @lib@::{configure, AppState, Config};
use sqlx::postgres::PgPoolOptions;

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .init();
    let config = Config::from_env().expect("configuration");
    let db = PgPoolOptions::new()
        .max_connections(@conns@)
        .connect(&config.database_url)
        .await
        .expect("database");
    let origin = config.allowed_origin.clone();
    let state = web::Data::new(AppState {
        db,
        config: Arc::new(config),
    });
    HttpServer::new(move || {
        let cors = Cors::default()
            .allowed_origin(&origin)
            .allowed_methods(vec!["GET", "POST", "PATCH", "DELETE"])
            .supports_credentials();
        App::new()
            .app_data(state.clone())
            .wrap(Logger::default())
            .wrap(cors)
            .configure(configure)
    })
    .bind(("0.0.0.0", @port@))?
    .run()
    .await
}
"#;

const AXUM_AUTH: &str = r#"//! Session check in front of the API routes.

use axum::extract::Request;
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::Deserialize;
use uuid::Uuid;

#[derive(Debug, Clone, Deserialize)]
pub struct Claims {
    pub sub: Uuid,
    pub workspace_id: Uuid,
    pub exp: usize,
}

pub async fn require_session(mut req: Request, next: Next) -> Result<Response, StatusCode> {
    let token = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .ok_or(StatusCode::UNAUTHORIZED)?;
    let secret = std::env::var("JWT_SECRET").map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let mut validation = Validation::new(Algorithm::HS256);
    validation.set_audience(&["@name@"]);
    let data = decode::<Claims>(token, &DecodingKey::from_secret(secret.as_bytes()), &validation)
        .map_err(|err| {
            tracing::debug!(error = %err, "rejected session token");
            StatusCode::UNAUTHORIZED
        })?;
    req.extensions_mut().insert(data.claims);
    Ok(next.run(req).await)
}
"#;

const ACTIX_AUTH: &str = r#"//! Session check for handlers that need the caller.

use actix_web::{error::ErrorUnauthorized, http::header, HttpRequest};
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::Deserialize;
use uuid::Uuid;

#[derive(Debug, Clone, Deserialize)]
pub struct Claims {
    pub sub: Uuid,
    pub workspace_id: Uuid,
    pub exp: usize,
}

pub fn require_session(req: &HttpRequest, secret: &str) -> Result<Claims, actix_web::Error> {
    let token = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .ok_or_else(|| ErrorUnauthorized("missing bearer token"))?;
    let mut validation = Validation::new(Algorithm::HS256);
    validation.set_audience(&["@name@"]);
    decode::<Claims>(token, &DecodingKey::from_secret(secret.as_bytes()), &validation)
        .map(|data| data.claims)
        .map_err(|err| {
            tracing::debug!(error = %err, "rejected session token");
            ErrorUnauthorized("invalid token")
        })
}
"#;

pub fn manifest(name: &str, fw: Framework, about: &str, version: &str) -> String {
    let t = match fw {
        Framework::Axum => AXUM_MANIFEST,
        Framework::Actix => ACTIX_MANIFEST,
    };
    fill(t, &[("name", name), ("about", about), ("version", version)])
}

/// `lib.rs`: `mods` are the top-level modules besides `auth`.
pub fn lib_rs(name: &str, about: &str, fw: Framework, mods: &[&str]) -> String {
    let mut s = format!("//! {name}: {about}.\n\npub mod auth;\n");
    for m in mods {
        s.push_str(&format!("pub mod {m};\n"));
    }
    s.push('\n');
    s.push_str(match fw {
        Framework::Axum => AXUM_LIB_TAIL,
        Framework::Actix => ACTIX_LIB_TAIL,
    });
    s.push('\n');
    s.push_str(COMMON_LIB);
    s
}

pub fn main_rs(name: &str, fw: Framework, port: &str, conns: &str) -> String {
    let lib = name.replace('-', "_");
    let t = match fw {
        Framework::Axum => AXUM_MAIN,
        Framework::Actix => ACTIX_MAIN,
    };
    fill(t, &[("lib", &lib), ("name", name), ("port", port), ("conns", conns)])
}

pub fn auth_rs(name: &str, fw: Framework) -> String {
    let t = match fw {
        Framework::Axum => AXUM_AUTH,
        Framework::Actix => ACTIX_AUTH,
    };
    fill(t, &[("name", name)])
}

/// `mod.rs` of a directory: `pub mod` for its files and subdirectories and, for route
/// directories, the function that mounts them all (`nested` are `(module, url prefix)`).
pub fn mod_rs(doc: &str, files: &[String], nested: &[(&str, &str)], routes: Option<Framework>) -> String {
    let mut s = format!("//! {doc}\n\n");
    let mut mods: Vec<&str> = nested.iter().map(|(m, _)| *m).collect();
    mods.extend(files.iter().map(String::as_str));
    mods.sort_unstable();
    for m in mods {
        s.push_str(&format!("pub mod {m};\n"));
    }
    match routes {
        None => {}
        Some(Framework::Axum) => {
            s.push_str("\nuse axum::Router;\n\nuse crate::AppState;\n\n");
            s.push_str("pub fn router() -> Router<AppState> {\n    Router::new()\n");
            for f in files {
                s.push_str(&format!("        .merge({f}::router())\n"));
            }
            for (m, prefix) in nested {
                s.push_str(&format!("        .nest(\"{prefix}\", {m}::router())\n"));
            }
            s.push_str("}\n");
        }
        Some(Framework::Actix) => {
            s.push_str("\nuse actix_web::web;\n\n");
            s.push_str("pub fn configure(cfg: &mut web::ServiceConfig) {\n");
            for f in files {
                s.push_str(&format!("    {f}::configure(cfg);\n"));
            }
            for (m, prefix) in nested {
                s.push_str(&format!("    cfg.service(web::scope(\"{prefix}\").configure({m}::configure));\n"));
            }
            s.push_str("}\n");
        }
    }
    s
}

/// A fn whose body is `depth` nested blocks: the parser's recursion needs a large stack.
pub fn deep_nesting(depth: usize) -> String {
    let mut s = format!(
        "//! {depth} nested blocks. Parsing this needs a large stack; launchlint's pre-scan\n//! reports it as `parse_error` instead of risking the parser's recursion.\n\npub fn deeply_nested() -> i32 {{\n"
    );
    let per_line = 50;
    let mut open = 0;
    while open < depth {
        let n = per_line.min(depth - open);
        s.push_str(&"{ ".repeat(n));
        s.push('\n');
        open += n;
    }
    s.push_str("42\n");
    let mut closed = 0;
    while closed < depth {
        let n = per_line.min(depth - closed);
        s.push_str(&"} ".repeat(n));
        s.push('\n');
        closed += n;
    }
    s.push_str("}\n");
    s
}

const HUGE_FN: &str = r#"pub fn handler_@i@(input: &Payload) -> Result<Summary, Error> {
    let mut total: i64 = @k@;
    for (index, item) in input.items.iter().enumerate() {
        match item.kind {
            Kind::Credit => total += item.amount * (index as i64 + 1),
            Kind::Debit => total -= item.amount,
            Kind::Note => tracing::trace!(index, "note @i@"),
        }
    }
    if total < 0 {
        return Err(Error::Negative { handler: "handler_@i@", total });
    }
    Ok(Summary { id: @n@, total })
}
"#;

/// Many repeated fns until the file reaches `bytes`.
pub fn huge_file(bytes: usize) -> String {
    let mut s = String::from(
        "//! A very large generated file: thousands of near-identical fns.\n\n\
         pub struct Payload {\n    pub items: Vec<Item>,\n}\n\n\
         pub struct Item {\n    pub kind: Kind,\n    pub amount: i64,\n}\n\n\
         pub enum Kind {\n    Credit,\n    Debit,\n    Note,\n}\n\n\
         pub struct Summary {\n    pub id: u32,\n    pub total: i64,\n}\n\n\
         #[derive(Debug)]\n\
         pub enum Error {\n    Negative { handler: &'static str, total: i64 },\n}\n",
    );
    let mut i = 0u32;
    while s.len() < bytes {
        i += 1;
        let idx = format!("{i:06}");
        let k = (u64::from(i) * 7919 % 1000).to_string();
        s.push('\n');
        s.push_str(&fill(HUGE_FN, &[("i", &idx), ("k", &k), ("n", &i.to_string())]));
    }
    s
}
