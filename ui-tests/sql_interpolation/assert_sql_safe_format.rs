use sqlx::{AssertSqlSafe, PgPool};

pub async fn rename_tag(pool: &PgPool, from: &str, to: &str) -> sqlx::Result<()> {
    sqlx::query(AssertSqlSafe(format!("UPDATE tags SET name = '{to}' WHERE name = '{from}'"))) //~ sql_interpolation sql_interpolation
        .execute(pool)
        .await?;
    Ok(())
}
