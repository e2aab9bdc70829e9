//! Marketing site frontend. It only renders the sign-in, sign-up and password reset pages; the
//! forms post straight to the identity service on another host, which does the throttling.

use axum::extract::{Query, State};
use axum::response::Html;
use axum::routing::get;
use axum::Router;
use serde::Deserialize;

#[derive(Clone)]
pub struct AppState {
    /// Base URL of the identity service, e.g. the `IDENTITY_URL` of this deployment.
    pub identity_url: String,
}

impl AppState {
    pub fn from_env() -> AppState {
        AppState { identity_url: std::env::var("IDENTITY_URL").expect("IDENTITY_URL must be set") }
    }
}

#[derive(Deserialize)]
pub struct ReturnTo {
    return_to: Option<String>,
}

pub fn pages(state: AppState) -> Router {
    Router::new()
        .route("/login", get(login_page))
        .route("/signup", get(signup_page))
        .route("/password/reset", get(password_reset_page))
        .with_state(state)
}

fn safe_return_to(return_to: Option<String>) -> String {
    return_to
        .filter(|path| path.starts_with('/') && !path.starts_with("//"))
        .unwrap_or_else(|| "/".to_owned())
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

async fn login_page(State(state): State<AppState>, Query(query): Query<ReturnTo>) -> Html<String> {
    let return_to = escape(&safe_return_to(query.return_to));
    Html(format!(
        "<form method=\"post\" action=\"{}/login\">\
         <input name=\"email\" type=\"email\"><input name=\"password\" type=\"password\">\
         <input type=\"hidden\" name=\"return_to\" value=\"{return_to}\"><button>Sign in</button></form>",
        escape(&state.identity_url)
    ))
}

async fn signup_page(State(state): State<AppState>) -> Html<String> {
    Html(format!(
        "<form method=\"post\" action=\"{}/signup\">\
         <input name=\"email\" type=\"email\"><input name=\"password\" type=\"password\">\
         <button>Create account</button></form>",
        escape(&state.identity_url)
    ))
}

async fn password_reset_page(State(state): State<AppState>) -> Html<String> {
    Html(format!(
        "<form method=\"post\" action=\"{}/password/reset\">\
         <input name=\"email\" type=\"email\"><button>Send reset link</button></form>",
        escape(&state.identity_url)
    ))
}
