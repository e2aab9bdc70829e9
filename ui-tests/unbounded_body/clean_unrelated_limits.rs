//! `limit` and `MAX` in places that are not request bodies.

use sea_orm::{DatabaseConnection, EntityTrait, QuerySelect};
use tower::limit::ConcurrencyLimitLayer;

pub async fn all_rows(db: &DatabaseConnection) -> Result<Vec<entity::invoice::Model>, sea_orm::DbErr> {
    entity::invoice::Entity::find().limit(u64::MAX).all(db).await
}

pub fn unlimited_concurrency() -> ConcurrencyLimitLayer {
    ConcurrencyLimitLayer::new(usize::MAX)
}

pub fn retry_budget() -> usize {
    usize::MAX
}
