use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr};

pub async fn set_search_path(db: &DatabaseConnection, schema: &str) -> Result<(), DbErr> {
    let sql = format!("SET search_path TO {schema}"); //~ sql_interpolation
    db.execute_unprepared(&sql).await?;
    Ok(())
}
