use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, Statement};

pub async fn search(db: &DatabaseConnection, q: &str) -> Result<Vec<sea_orm::QueryResult>, DbErr> {
    db.query_all(Statement::from_string(
        DbBackend::Postgres,
        format!("SELECT id, subject FROM tickets WHERE subject LIKE '%{q}%'"), //~ sql_interpolation
    ))
    .await
}
