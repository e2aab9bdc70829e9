use axum::routing::get;
use axum::Router;

pub fn routes() -> Router {
    Router::new().route("/members", get(list_members))
}

async fn list_members() -> &'static str { //~ parse_error
    match std::env::var("DIRECTORY_MODE").as_deref() {
        Ok("full") => "everyone",
        _ => "nobody",
    
}
