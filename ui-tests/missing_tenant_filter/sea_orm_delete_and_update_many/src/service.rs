use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::entities::prelude::*;
use crate::entities::task;

pub struct Service {
    pub db: DatabaseConnection,
}

impl Service {
    pub async fn delete_task(&self, id: Uuid) -> Result<(), DbErr> {
        Task::delete_by_id(id).exec(&self.db).await?; //~ missing_tenant_filter
        Ok(())
    }

    pub async fn close_project_tasks(&self, project_id: Uuid) -> Result<u64, DbErr> {
        let res = Task::update_many() //~ missing_tenant_filter
            .col_expr(task::Column::Status, Expr::value("done"))
            .filter(task::Column::ProjectId.eq(project_id))
            .exec(&self.db)
            .await?;
        Ok(res.rows_affected)
    }
}
