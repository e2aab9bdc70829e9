//! Query functions. `customers`, `invoices`, `api_keys` and `org_members` are scoped by
//! `org_id`, which always comes from the route after a membership check.

pub mod api_keys;
pub mod customers;
pub mod invoices;
pub mod orgs;
pub mod users;

pub type Db = sqlx::PgPool;
