use sea_orm::sea_query::Expr;
use sea_orm::{DatabaseConnection, DbErr, EntityTrait, QueryFilter};

pub mod ticket {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "tickets")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub subject: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub async fn by_subject(db: &DatabaseConnection, subject: &str) -> Result<Vec<ticket::Model>, DbErr> {
    ticket::Entity::find()
        .filter(Expr::cust(format!("subject = '{subject}'"))) //~ sql_interpolation
        .all(db)
        .await
}
