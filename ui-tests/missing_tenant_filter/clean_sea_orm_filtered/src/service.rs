use sea_orm::{ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::entities::prelude::*;
use crate::entities::{project, task, workspace};

pub struct Service {
    pub db: DatabaseConnection,
}

impl Service {
    pub async fn project(&self, ws: Uuid, id: Uuid) -> Result<Option<project::Model>, DbErr> {
        project::Entity::find_by_id(id)
            .filter(project::Column::WorkspaceId.eq(ws))
            .one(&self.db)
            .await
    }

    pub async fn open_tasks(&self, ws: Uuid) -> Result<Vec<task::Model>, DbErr> {
        Task::find()
            .filter(Condition::all().add(task::Column::WorkspaceId.eq(ws)).add(task::Column::Status.eq("open")))
            .all(&self.db)
            .await
    }

    pub async fn workspace(&self, id: Uuid) -> Result<Option<workspace::Model>, DbErr> {
        Workspace::find_by_id(id).one(&self.db).await
    }

    pub async fn purge(&self, ws: Uuid) -> Result<u64, DbErr> {
        let r = Task::delete_many()
            .filter(task::Column::WorkspaceId.eq(ws))
            .filter(task::Column::Status.eq("done"))
            .exec(&self.db)
            .await?;
        Ok(r.rows_affected)
    }
}
