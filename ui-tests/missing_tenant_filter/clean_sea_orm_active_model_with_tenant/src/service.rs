use sea_orm::{ActiveModelTrait, DatabaseConnection, DbErr, Set};
use uuid::Uuid;

use crate::entities::task;

pub struct Service {
    pub db: DatabaseConnection,
}

impl Service {
    pub async fn add_task(&self, ws: Uuid, project_id: Uuid, title: String) -> Result<task::Model, DbErr> {
        task::ActiveModel {
            id: Set(Uuid::new_v4()),
            workspace_id: Set(ws),
            project_id: Set(project_id),
            title: Set(title),
            status: Set("open".to_owned()),
        }
        .insert(&self.db)
        .await
    }
}
