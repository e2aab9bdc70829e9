mod invoices;

#[tokio::main]
async fn main() {
    let pool = sqlx::MySqlPool::connect("mysql://localhost/billing").await.expect("db");
    let _ = invoices::mark_paid(&pool, 1, 2).await;
}
