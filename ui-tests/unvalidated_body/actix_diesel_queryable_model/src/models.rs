use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::schema::vehicles;

#[derive(Debug, Queryable, Selectable, Insertable, Serialize, Deserialize)]
#[diesel(table_name = vehicles)]
pub struct Vehicle {
    pub id: Uuid,
    pub fleet_id: Uuid,
    pub plate: String,
    pub model: String,
    pub owner_id: Uuid,
    pub retired: bool,
}
