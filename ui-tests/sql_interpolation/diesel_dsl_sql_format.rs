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

pub fn matching(conn: &mut PgConnection, pattern: &str) -> QueryResult<Vec<(i32, String)>> {
    tickets::table
        .filter(sql::<Bool>(&format!("subject ~ '{pattern}'"))) //~ sql_interpolation
        .load(conn)
}
