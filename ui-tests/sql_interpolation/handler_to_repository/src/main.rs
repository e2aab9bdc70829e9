mod repo;
mod routes;
mod session;

#[tokio::main]
async fn main() {
    let pool = sqlx::PgPool::connect("postgres://localhost/helpdesk").await.expect("db");
    let _ = routes::router(pool);
}
