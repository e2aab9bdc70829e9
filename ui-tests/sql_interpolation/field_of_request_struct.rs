use serde::Deserialize;
use sqlx::PgPool;

#[derive(Deserialize)]
pub struct ExportRequest {
    pub columns: String,
}

pub async fn export(pool: &PgPool, req: &ExportRequest) -> sqlx::Result<Vec<sqlx::postgres::PgRow>> {
    let sql = format!("SELECT {} FROM tickets", req.columns); //~ sql_interpolation
    sqlx::query(&sql).fetch_all(pool).await
}
