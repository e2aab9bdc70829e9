pub mod api_keys;
pub mod auth;
pub mod customers;
pub mod invoices;
pub mod portal;
pub mod reports;

use actix_governor::{Governor, GovernorConfigBuilder};
use actix_web::{get, web, HttpResponse};
use actix_web_httpauth::middleware::HttpAuthentication;
use uuid::Uuid;

use crate::auth::AuthUser;
use crate::db;
use crate::error::{ApiError, ApiResult};
use crate::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    let signup_limits = GovernorConfigBuilder::default()
        .seconds_per_request(20)
        .burst_size(3)
        .finish()
        .expect("signup rate limit config is valid");
    let api_limits = GovernorConfigBuilder::default()
        .requests_per_second(20)
        .burst_size(60)
        .finish()
        .expect("api rate limit config is valid");

    cfg.service(health)
        .service(web::resource("/auth/login").route(web::post().to(auth::login))) // launchlint-demo: finding missing_rate_limit
        .service(
            web::resource("/auth/signup") // launchlint-demo: safe missing_rate_limit
                .wrap(Governor::new(&signup_limits))
                .route(web::post().to(auth::signup)),
        )
        .service(
            web::resource("/auth/refresh")
                .wrap(HttpAuthentication::bearer(crate::auth::refresh_validator))
                .wrap(Governor::new(&api_limits))
                .route(web::post().to(auth::refresh)),
        )
        .service(portal::hosted_invoice)
        .service(web::scope("/embed").service(portal::embed_status))
        .service(invoices::invoice_status)
        .service(reports::invoice_export)
        .service(
            web::scope("/api/v1")
                .wrap(HttpAuthentication::bearer(crate::auth::validator))
                .wrap(Governor::new(&api_limits))
                .service(list_orgs)
                .service(auth::set_locale)
                .service(customers::list_customers)
                .service(web::resource("/orgs/{org_id}/customers").route(web::post().to(customers::create_customer)))
                .service(customers::update_customer)
                .service(invoices::list_invoices)
                .service(
                    web::resource("/orgs/{org_id}/invoices/import")
                        .app_data(web::JsonConfig::default().limit(usize::MAX)) // launchlint-demo: finding unbounded_body
                        .route(web::post().to(invoices::import_invoices)),
                )
                .service(web::resource("/orgs/{org_id}/invoices").route(web::post().to(invoices::create_invoice)))
                .service(invoices::show_invoice)
                .service(invoices::mark_paid)
                .service(invoices::void_invoice)
                .service(invoices::share_invoice)
                .service(reports::aging_report)
                .service(api_keys::list_api_keys)
                .service(api_keys::create_api_key)
                .service(api_keys::revoke_api_key),
        );
}

#[get("/health")]
async fn health() -> HttpResponse {
    HttpResponse::Ok().body("ok")
}

#[get("/orgs")]
async fn list_orgs(state: web::Data<AppState>, user: AuthUser) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(db::orgs::list_for_user(&state.db, user.id).await?))
}

/// The caller's role in the organization, or 403 if they are not a member.
pub(crate) async fn require_member(state: &AppState, org_id: Uuid, user: &AuthUser) -> ApiResult<String> {
    db::orgs::role_of(&state.db, org_id, user.id).await?.ok_or(ApiError::Forbidden)
}

/// Viewers can read; everyone else can change billing data.
pub(crate) async fn require_editor(state: &AppState, org_id: Uuid, user: &AuthUser) -> ApiResult<()> {
    match require_member(state, org_id, user).await?.as_str() {
        "viewer" => Err(ApiError::Forbidden),
        _ => Ok(()),
    }
}
