mod entities;
mod service;

#[tokio::main]
async fn main() {
    let db = sea_orm::Database::connect("postgres://localhost/tracker").await.expect("db");
    let _ = service::Service { db };
}
