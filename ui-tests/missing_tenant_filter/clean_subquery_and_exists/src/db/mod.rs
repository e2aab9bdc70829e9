pub mod tasks;

pub type Pool = sqlx::PgPool;

pub struct Db {
    pub pool: Pool,
}

impl Db {
    pub fn new(pool: Pool) -> Self {
        Db { pool }
    }
}
