use sea_orm::{ActiveModelTrait, DatabaseConnection, DbErr, Set};
use uuid::Uuid;

use crate::entities::task;

pub struct Service {
    pub db: DatabaseConnection,
}

impl Service {
    pub async fn add_task(&self, project_id: Uuid, title: String) -> Result<task::Model, DbErr> {
        task::ActiveModel { //~ missing_tenant_filter
            id: Set(Uuid::new_v4()),
            project_id: Set(project_id),
            title: Set(title),
            status: Set("open".to_owned()),
            ..Default::default()
        }
        .insert(&self.db)
        .await
    }
}
