use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::entities::{project, task};

pub struct Service {
    pub db: DatabaseConnection,
}

impl Service {
    pub async fn project(&self, id: Uuid) -> Result<Option<project::Model>, DbErr> {
        project::Entity::find_by_id(id).one(&self.db).await //~ missing_tenant_filter
    }

    pub async fn tasks(&self, ws: Uuid, project_id: Uuid) -> Result<Vec<task::Model>, DbErr> {
        task::Entity::find()
            .filter(task::Column::WorkspaceId.eq(ws))
            .filter(task::Column::ProjectId.eq(project_id))
            .all(&self.db)
            .await
    }
}
