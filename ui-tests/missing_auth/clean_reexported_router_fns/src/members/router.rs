use axum::extract::Path;
use axum::routing::get;
use axum::Router;

async fn list_members() -> &'static str {
    "[]"
}

async fn get_member(Path(id): Path<u64>) -> String {
    format!("member {id}")
}

pub fn router() -> Router {
    Router::new().route("/members", get(list_members)).route("/members/{id}", get(get_member))
}
