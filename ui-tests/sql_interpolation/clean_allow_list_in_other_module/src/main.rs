mod repo;
mod sort;

#[tokio::main]
async fn main() {
    let pool = sqlx::PgPool::connect("postgres://localhost/helpdesk").await.expect("db");
    let _ = repo::subjects(&pool, "newest").await;
}
