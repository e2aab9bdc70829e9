use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, Statement};

pub async fn search(db: &DatabaseConnection, q: &str) -> Result<Vec<sea_orm::QueryResult>, DbErr> {
    db.query_all(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "SELECT id, subject FROM tickets WHERE subject LIKE $1",
        [format!("%{q}%").into()],
    ))
    .await
}

pub async fn vacuum(db: &DatabaseConnection) -> Result<(), DbErr> {
    db.execute_unprepared("VACUUM ANALYZE tickets").await?;
    Ok(())
}
