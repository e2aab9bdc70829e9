use diesel::dsl::sql;
use diesel::pg::PgConnection;
use diesel::prelude::*;
use diesel::sql_types::Bool;

diesel::table! {
    tickets (id) {
        id -> Int4,
        subject -> Text,
    }
}

pub fn stale(conn: &mut PgConnection) -> QueryResult<Vec<(i32, String)>> {
    tickets::table
        .filter(sql::<Bool>("updated_at < now() - interval '30 days'"))
        .load(conn)
}
