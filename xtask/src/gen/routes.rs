//! `src/routes/*.rs`: handlers with extractors and the router (axum) or service config (actix)
//! that mounts them.

use super::rng::Rng;
use super::tpl::{fill_ent, Composer, Entity};
use super::Framework;

const AXUM_HEADER: &str = r#"//! HTTP handlers for @p@.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::json;
use tower_http::trace::TraceLayer;
use tracing::{debug, info, instrument};
use uuid::Uuid;

use crate::db::@m@ as repo;
use crate::models::@m@::{Create@T@, Update@T@, @T@, @T@Status};
use crate::AppState;

const DEFAULT_PAGE_SIZE: i64 = @page@;
const MAX_PAGE_SIZE: i64 = @maxpage@;

#[derive(Debug, Deserialize)]
pub struct ListParams {
    pub limit: Option<i64>,
    pub offset: Option<i64>,
    pub status: Option<@T@Status>,
}"#;

const ACTIX_HEADER: &str = r#"//! HTTP handlers for @p@.

use actix_web::http::StatusCode;
use actix_web::middleware::Logger;
use actix_web::{delete, get, patch, post, web, HttpResponse, ResponseError};
use serde::Deserialize;
use serde_json::json;
use tracing::{debug, info};
use uuid::Uuid;

use crate::db::@m@ as repo;
use crate::models::@m@::{Create@T@, Update@T@, @T@Status};
use crate::AppState;

const DEFAULT_PAGE_SIZE: i64 = @page@;
const MAX_PAGE_SIZE: i64 = @maxpage@;

#[derive(Debug, Deserialize)]
pub struct ListParams {
    pub limit: Option<i64>,
    pub offset: Option<i64>,
    pub status: Option<@T@Status>,
}"#;

const AXUM_ERROR: &str = r#"#[derive(Debug)]
pub enum @T@ApiError {
    NotFound(Uuid),
    Invalid(String),
    Conflict(String),
    Database(sqlx::Error),
}

impl From<sqlx::Error> for @T@ApiError {
    fn from(err: sqlx::Error) -> Self {
        match &err {
            sqlx::Error::Database(db) if db.is_unique_violation() => {
                @T@ApiError::Conflict(db.message().to_string())
            }
            _ => @T@ApiError::Database(err),
        }
    }
}

impl IntoResponse for @T@ApiError {
    fn into_response(self) -> Response {
        let (status, message) = match self {
            @T@ApiError::NotFound(id) => (StatusCode::NOT_FOUND, format!("@s@ {id} not found")),
            @T@ApiError::Invalid(reason) => (StatusCode::UNPROCESSABLE_ENTITY, reason),
            @T@ApiError::Conflict(reason) => (StatusCode::CONFLICT, reason),
            @T@ApiError::Database(err) => {
                tracing::error!(error = %err, "@s@ query failed");
                (StatusCode::INTERNAL_SERVER_ERROR, "internal server error".to_string())
            }
        };
        (status, Json(json!({ "error": message }))).into_response()
    }
}"#;

const ACTIX_ERROR: &str = r#"#[derive(Debug)]
pub enum @T@ApiError {
    NotFound(Uuid),
    Invalid(String),
    Database(sqlx::Error),
}

impl std::fmt::Display for @T@ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            @T@ApiError::NotFound(id) => write!(f, "@s@ {id} not found"),
            @T@ApiError::Invalid(reason) => write!(f, "invalid @s@: {reason}"),
            @T@ApiError::Database(_) => f.write_str("internal server error"),
        }
    }
}

impl From<sqlx::Error> for @T@ApiError {
    fn from(err: sqlx::Error) -> Self {
        @T@ApiError::Database(err)
    }
}

impl ResponseError for @T@ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            @T@ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            @T@ApiError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            @T@ApiError::Database(err) => {
                tracing::error!(error = %err, "@s@ query failed");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        }
    }

    fn error_response(&self) -> HttpResponse {
        HttpResponse::build(self.status_code()).json(json!({ "error": self.to_string() }))
    }
}"#;

// ---- axum handlers ------------------------------------------------------------------------

const AX_LIST: &str = r#"#[instrument(skip(state))]
pub async fn list_@p@(
    State(state): State<AppState>,
    Path(workspace_id): Path<Uuid>,
    Query(params): Query<ListParams>,
) -> Result<Json<Vec<@T@>>, @T@ApiError> {
    let limit = params.limit.unwrap_or(DEFAULT_PAGE_SIZE).clamp(1, MAX_PAGE_SIZE);
    let offset = params.offset.unwrap_or(0).max(0);
    let rows = match params.status {
        Some(status) => repo::list_@p@_by_status(&state.db, workspace_id, status, limit, offset).await?,
        None => repo::list_@p@(&state.db, workspace_id, limit, offset).await?,
    };
    debug!(count = rows.len(), %workspace_id, "listed @p@");
    Ok(Json(rows))
}"#;

const AX_GET: &str = r#"pub async fn get_@s@(
    State(state): State<AppState>,
    Path((workspace_id, id)): Path<(Uuid, Uuid)>,
) -> Result<Json<@T@>, @T@ApiError> {
    let row = repo::get_@s@(&state.db, workspace_id, id)
        .await?
        .ok_or(@T@ApiError::NotFound(id))?;
    Ok(Json(row))
}"#;

const AX_CREATE: &str = r#"#[instrument(skip(state, body))]
pub async fn create_@s@(
    State(state): State<AppState>,
    Path(workspace_id): Path<Uuid>,
    Json(body): Json<Create@T@>,
) -> Result<(StatusCode, Json<@T@>), @T@ApiError> {
    body.validate().map_err(@T@ApiError::Invalid)?;
    let row = repo::insert_@s@(&state.db, workspace_id, &body).await?;
    info!(%workspace_id, id = %row.id, "created @s@");
    Ok((StatusCode::CREATED, Json(row)))
}"#;

const AX_UPDATE: &str = r#"pub async fn update_@s@(
    State(state): State<AppState>,
    Path((workspace_id, id)): Path<(Uuid, Uuid)>,
    Json(patch): Json<Update@T@>,
) -> Result<Json<@T@>, @T@ApiError> {
    if patch.is_noop() {
        return get_@s@(State(state), Path((workspace_id, id))).await;
    }
    let row = repo::update_@s@(&state.db, workspace_id, id, &patch)
        .await?
        .ok_or(@T@ApiError::NotFound(id))?;
    Ok(Json(row))
}"#;

const AX_DELETE: &str = r#"pub async fn delete_@s@(
    State(state): State<AppState>,
    Path((workspace_id, id)): Path<(Uuid, Uuid)>,
) -> Result<StatusCode, @T@ApiError> {
    match repo::delete_@s@(&state.db, workspace_id, id).await? {
        true => {
            info!(%workspace_id, %id, "deleted @s@");
            Ok(StatusCode::NO_CONTENT)
        }
        false => Err(@T@ApiError::NotFound(id)),
    }
}"#;

/// Extra axum handlers: (name, method, path after the collection, template).
const AX_EXTRAS: &[(&str, &str, &str, &str)] = &[
    (
        "archive_@s@",
        "post",
        "/:id/archive",
        r#"pub async fn archive_@s@(
    State(state): State<AppState>,
    Path((workspace_id, id)): Path<(Uuid, Uuid)>,
) -> Result<Json<@T@>, @T@ApiError> {
    let row = repo::set_@s@_status(&state.db, workspace_id, id, @T@Status::@SL@)
        .await?
        .ok_or(@T@ApiError::NotFound(id))?;
    info!(%workspace_id, %id, "archived @s@");
    Ok(Json(row))
}"#,
    ),
    (
        "restore_@s@",
        "post",
        "/:id/restore",
        r#"pub async fn restore_@s@(
    State(state): State<AppState>,
    Path((workspace_id, id)): Path<(Uuid, Uuid)>,
) -> Result<Json<@T@>, @T@ApiError> {
    let current = repo::get_@s@(&state.db, workspace_id, id)
        .await?
        .ok_or(@T@ApiError::NotFound(id))?;
    if current.status != @T@Status::@SL@ {
        return Err(@T@ApiError::Conflict(format!("@s@ {id} is not archived")));
    }
    let row = repo::set_@s@_status(&state.db, workspace_id, id, @T@Status::@S0@)
        .await?
        .ok_or(@T@ApiError::NotFound(id))?;
    Ok(Json(row))
}"#,
    ),
    (
        "export_@p@",
        "get",
        "/export",
        r#"pub async fn export_@p@(
    State(state): State<AppState>,
    Path(workspace_id): Path<Uuid>,
) -> Result<Response, @T@ApiError> {
    let rows = repo::list_@p@(&state.db, workspace_id, 10_000, 0).await?;
    let mut csv = String::from("id,status,created_at\n");
    for row in &rows {
        csv.push_str(&format!("{},{},{}\n", row.id, row.status.as_str(), row.created_at.to_rfc3339()));
    }
    info!(%workspace_id, rows = rows.len(), "exported @p@");
    Ok((
        StatusCode::OK,
        [("content-type", "text/csv"), ("content-disposition", "attachment; filename=\"@p@.csv\"")],
        csv,
    )
        .into_response())
}"#,
    ),
    (
        "@s@_stats",
        "get",
        "/stats",
        r#"pub async fn @s@_stats(
    State(state): State<AppState>,
    Path(workspace_id): Path<Uuid>,
) -> Result<Json<serde_json::Value>, @T@ApiError> {
    let counts = repo::count_@p@_by_status(&state.db, workspace_id).await?;
    let mut open = 0;
    let mut closed = 0;
    for (status, count) in &counts {
        match status {
            @T@Status::@SL@ => closed += count,
            _ => open += count,
        }
    }
    Ok(Json(json!({ "open": open, "closed": closed, "by_status": counts.len() })))
}"#,
    ),
    (
        "bulk_delete_@p@",
        "post",
        "/bulk-delete",
        r#"pub async fn bulk_delete_@p@(
    State(state): State<AppState>,
    Path(workspace_id): Path<Uuid>,
    Json(ids): Json<Vec<Uuid>>,
) -> Result<Json<serde_json::Value>, @T@ApiError> {
    if ids.len() > 100 {
        return Err(@T@ApiError::Invalid("at most 100 ids per request".to_string()));
    }
    let mut deleted = 0;
    let mut missing = Vec::new();
    for id in ids {
        if repo::delete_@s@(&state.db, workspace_id, id).await? {
            deleted += 1;
        } else {
            missing.push(id);
        }
    }
    info!(%workspace_id, deleted, missing = missing.len(), "bulk deleted @p@");
    Ok(Json(json!({ "deleted": deleted, "missing": missing })))
}"#,
    ),
    (
        "search_@p@",
        "get",
        "/search",
        r#"#[derive(Debug, Deserialize)]
pub struct SearchParams {
    pub q: String,
    pub limit: Option<i64>,
}

pub async fn search_@p@(
    State(state): State<AppState>,
    Path(workspace_id): Path<Uuid>,
    Query(params): Query<SearchParams>,
) -> Result<Json<Vec<@T@>>, @T@ApiError> {
    let q = params.q.trim();
    if q.len() < 2 {
        return Err(@T@ApiError::Invalid("query must be at least 2 characters".to_string()));
    }
    let limit = params.limit.unwrap_or(DEFAULT_PAGE_SIZE).clamp(1, MAX_PAGE_SIZE);
    let rows = repo::search_@p@(&state.db, workspace_id, q, limit).await?;
    Ok(Json(rows))
}"#,
    ),
    (
        "duplicate_@s@",
        "post",
        "/:id/duplicate",
        r#"pub async fn duplicate_@s@(
    State(state): State<AppState>,
    Path((workspace_id, id)): Path<(Uuid, Uuid)>,
) -> Result<(StatusCode, Json<@T@>), @T@ApiError> {
    let source = repo::get_@s@(&state.db, workspace_id, id)
        .await?
        .ok_or(@T@ApiError::NotFound(id))?;
    let body = Create@T@::from_existing(&source);
    let row = repo::insert_@s@(&state.db, workspace_id, &body).await?;
    debug!(%workspace_id, from = %id, to = %row.id, "duplicated @s@");
    Ok((StatusCode::CREATED, Json(row)))
}"#,
    ),
];

const AX_HELPER: &str = r#"fn page_bounds@n@(params: &ListParams) -> (i64, i64) {
    let limit = match params.limit {
        Some(l) if l <= 0 => DEFAULT_PAGE_SIZE,
        Some(l) => l.min(MAX_PAGE_SIZE),
        None => DEFAULT_PAGE_SIZE,
    };
    let offset = params.offset.unwrap_or(0).max(0);
    (limit, offset)
}"#;

// ---- actix handlers -----------------------------------------------------------------------

const AC_LIST: &str = r#"#[get("")]
async fn list_@p@(
    state: web::Data<AppState>,
    path: web::Path<Uuid>,
    query: web::Query<ListParams>,
) -> Result<HttpResponse, @T@ApiError> {
    let workspace_id = path.into_inner();
    let limit = query.limit.unwrap_or(DEFAULT_PAGE_SIZE).clamp(1, MAX_PAGE_SIZE);
    let offset = query.offset.unwrap_or(0).max(0);
    let rows = match query.status {
        Some(status) => repo::list_@p@_by_status(&state.db, workspace_id, status, limit, offset).await?,
        None => repo::list_@p@(&state.db, workspace_id, limit, offset).await?,
    };
    debug!(count = rows.len(), %workspace_id, "listed @p@");
    Ok(HttpResponse::Ok().json(rows))
}"#;

const AC_GET: &str = r#"#[get("/{id}")]
async fn get_@s@(
    state: web::Data<AppState>,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, @T@ApiError> {
    let (workspace_id, id) = path.into_inner();
    let row = repo::get_@s@(&state.db, workspace_id, id)
        .await?
        .ok_or(@T@ApiError::NotFound(id))?;
    Ok(HttpResponse::Ok().json(row))
}"#;

const AC_CREATE: &str = r#"#[post("")]
async fn create_@s@(
    state: web::Data<AppState>,
    path: web::Path<Uuid>,
    body: web::Json<Create@T@>,
) -> Result<HttpResponse, @T@ApiError> {
    let workspace_id = path.into_inner();
    let body = body.into_inner();
    body.validate().map_err(@T@ApiError::Invalid)?;
    let row = repo::insert_@s@(&state.db, workspace_id, &body).await?;
    info!(%workspace_id, id = %row.id, "created @s@");
    Ok(HttpResponse::Created().json(row))
}"#;

const AC_UPDATE: &str = r#"#[patch("/{id}")]
async fn update_@s@(
    state: web::Data<AppState>,
    path: web::Path<(Uuid, Uuid)>,
    patch: web::Json<Update@T@>,
) -> Result<HttpResponse, @T@ApiError> {
    let (workspace_id, id) = path.into_inner();
    let row = repo::update_@s@(&state.db, workspace_id, id, &patch)
        .await?
        .ok_or(@T@ApiError::NotFound(id))?;
    Ok(HttpResponse::Ok().json(row))
}"#;

const AC_DELETE: &str = r#"#[delete("/{id}")]
async fn delete_@s@(
    state: web::Data<AppState>,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, @T@ApiError> {
    let (workspace_id, id) = path.into_inner();
    match repo::delete_@s@(&state.db, workspace_id, id).await? {
        true => Ok(HttpResponse::NoContent().finish()),
        false => Err(@T@ApiError::NotFound(id)),
    }
}"#;

const AC_EXTRAS: &[(&str, &str)] = &[
    (
        "archive_@s@",
        r#"#[post("/{id}/archive")]
async fn archive_@s@(
    state: web::Data<AppState>,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, @T@ApiError> {
    let (workspace_id, id) = path.into_inner();
    let row = repo::set_@s@_status(&state.db, workspace_id, id, @T@Status::@SL@)
        .await?
        .ok_or(@T@ApiError::NotFound(id))?;
    info!(%workspace_id, %id, "archived @s@");
    Ok(HttpResponse::Ok().json(row))
}"#,
    ),
    (
        "@s@_stats",
        r#"#[get("/stats")]
async fn @s@_stats(
    state: web::Data<AppState>,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, @T@ApiError> {
    let workspace_id = path.into_inner();
    let counts = repo::count_@p@_by_status(&state.db, workspace_id).await?;
    let total: i64 = counts.iter().map(|(_, c)| c).sum();
    let closed: i64 = counts
        .iter()
        .filter(|(s, _)| matches!(s, @T@Status::@SL@))
        .map(|(_, c)| c)
        .sum();
    Ok(HttpResponse::Ok().json(json!({ "total": total, "closed": closed })))
}"#,
    ),
    (
        "bulk_delete_@p@",
        r#"#[post("/bulk-delete")]
async fn bulk_delete_@p@(
    state: web::Data<AppState>,
    path: web::Path<Uuid>,
    ids: web::Json<Vec<Uuid>>,
) -> Result<HttpResponse, @T@ApiError> {
    let workspace_id = path.into_inner();
    if ids.len() > 100 {
        return Err(@T@ApiError::Invalid("at most 100 ids per request".to_string()));
    }
    let mut deleted = 0;
    for id in ids.iter() {
        if repo::delete_@s@(&state.db, workspace_id, *id).await? {
            deleted += 1;
        }
    }
    info!(%workspace_id, deleted, "bulk deleted @p@");
    Ok(HttpResponse::Ok().json(json!({ "deleted": deleted })))
}"#,
    ),
    (
        "search_@p@",
        r#"#[derive(Debug, Deserialize)]
pub struct SearchParams {
    pub q: String,
}

#[get("/search")]
async fn search_@p@(
    state: web::Data<AppState>,
    path: web::Path<Uuid>,
    query: web::Query<SearchParams>,
) -> Result<HttpResponse, @T@ApiError> {
    let workspace_id = path.into_inner();
    let q = query.q.trim();
    if q.len() < 2 {
        return Err(@T@ApiError::Invalid("query must be at least 2 characters".to_string()));
    }
    let rows = repo::search_@p@(&state.db, workspace_id, q, DEFAULT_PAGE_SIZE).await?;
    Ok(HttpResponse::Ok().json(rows))
}"#,
    ),
];

const AXUM_LAYERS: &[&str] = &[
    ".layer(axum::extract::DefaultBodyLimit::max(@limit@))",
    ".layer(tower_http::timeout::TimeoutLayer::new(std::time::Duration::from_secs(@secs@)))",
    ".route_layer(axum::middleware::from_fn(crate::auth::require_session))",
    ".layer(tower_http::compression::CompressionLayer::new())",
];

fn axum_router(ent: &Entity, extras: &[(String, &str, &str)], rng: &mut Rng, cors: bool) -> String {
    let base = format!("/workspaces/:workspace_id/{}", ent.url);
    let mut s = String::from("pub fn router() -> Router<AppState> {\n    Router::new()\n");
    s.push_str(&format!("        .route(\"{base}\", get(list_{p}).post(create_{si}))\n", p = ent.p, si = ent.s));
    // Extras on fixed paths go before the `/:id` route, as axum users write them.
    for (name, method, path) in extras {
        s.push_str(&format!("        .route(\"{base}{path}\", {method}({name}))\n"));
    }
    s.push_str(&format!(
        "        .route(\n            \"{base}/:id\",\n            get(get_{si}).patch(update_{si}).delete(delete_{si}),\n        )\n",
        si = ent.s
    ));
    for layer in AXUM_LAYERS {
        if rng.chance(1, 3) {
            let limit = ["64 * 1024", "1024 * 1024", "10 * 1024 * 1024"][rng.below(3)];
            let secs = ["5", "10", "30"][rng.below(3)];
            let l = super::tpl::fill(layer, &[("limit", limit), ("secs", secs)]);
            s.push_str(&format!("        {l}\n"));
        }
    }
    s.push_str("        .layer(TraceLayer::new_for_http())\n");
    if cors {
        s.push_str("        .layer(CorsLayer::very_permissive())\n");
    }
    s.push('}');
    s
}

fn actix_configure(ent: &Entity, extras: &[String]) -> String {
    let mut s = String::from("pub fn configure(cfg: &mut web::ServiceConfig) {\n    cfg.service(\n");
    s.push_str(&format!(
        "        web::scope(\"/workspaces/{{workspace_id}}/{}\")\n            .wrap(Logger::default())\n",
        ent.url
    ));
    // Fixed paths before `/{id}` so that actix matches them first.
    for name in extras {
        s.push_str(&format!("            .service({name})\n"));
    }
    for h in ["list_@p@", "create_@s@", "get_@s@", "update_@s@", "delete_@s@"] {
        s.push_str(&format!("            .service({})\n", fill_ent(h, ent, &[])));
    }
    s.push_str("    );\n}");
    s
}

/// A routes file of about `target` lines; `cors` adds the permissive-CORS finding (axum only).
pub fn render(ent: &Entity, fw: Framework, rng: &mut Rng, target: usize, cors: bool) -> String {
    let page = ["20", "25", "50"][rng.below(3)];
    let maxpage = ["100", "200", "500"][rng.below(3)];
    let vars = [("page", page), ("maxpage", maxpage)];
    let mut head = Composer::default();
    let mut body = Composer::default();
    match fw {
        Framework::Axum => {
            let mut h = fill_ent(AXUM_HEADER, ent, &vars);
            if cors {
                h = h.replace(
                    "use tower_http::trace::TraceLayer;",
                    "use tower_http::cors::CorsLayer;\nuse tower_http::trace::TraceLayer;",
                );
            }
            head.push(h);
            for t in [AX_LIST, AX_GET, AX_CREATE, AX_UPDATE, AX_DELETE] {
                body.push(fill_ent(t, ent, &[]));
            }
            let mut extras: Vec<(String, &str, &str)> = Vec::new();
            let mut pool: Vec<usize> = (0..AX_EXTRAS.len()).collect();
            let mut n = 0usize;
            // The router grows by a line per extra route; the error enum is about 35 lines.
            while head.lines() + body.lines() + extras.len() + 50 < target {
                if pool.is_empty() {
                    n += 1;
                    let suffix = if n == 1 { String::new() } else { n.to_string() };
                    body.push(fill_ent(AX_HELPER, ent, &[("n", &suffix)]));
                    continue;
                }
                let (name, method, path, tpl) = AX_EXTRAS[pool.remove(rng.below(pool.len()))];
                extras.push((fill_ent(name, ent, &[]), method, path));
                body.push(fill_ent(tpl, ent, &[]));
            }
            head.push(axum_router(ent, &extras, rng, cors));
            body.push(fill_ent(AXUM_ERROR, ent, &[]));
        }
        Framework::Actix => {
            head.push(fill_ent(ACTIX_HEADER, ent, &vars));
            for t in [AC_LIST, AC_GET, AC_CREATE, AC_UPDATE, AC_DELETE] {
                body.push(fill_ent(t, ent, &[]));
            }
            let mut extras: Vec<String> = Vec::new();
            let mut pool: Vec<usize> = (0..AC_EXTRAS.len()).collect();
            let mut n = 0usize;
            while head.lines() + body.lines() + extras.len() + 55 < target {
                if pool.is_empty() {
                    n += 1;
                    let suffix = if n == 1 { String::new() } else { n.to_string() };
                    body.push(fill_ent(AX_HELPER, ent, &[("n", &suffix)]));
                    continue;
                }
                let (name, tpl) = AC_EXTRAS[pool.remove(rng.below(pool.len()))];
                extras.push(fill_ent(name, ent, &[]));
                body.push(fill_ent(tpl, ent, &[]));
            }
            head.push(actix_configure(ent, &extras));
            body.push(fill_ent(ACTIX_ERROR, ent, &[]));
        }
    }
    let mut out = head.finish();
    out.push('\n');
    out.push_str(&body.finish());
    out
}
