use diesel::pg::PgConnection;
use diesel::prelude::*;

pub fn purge_queue(conn: &mut PgConnection, queue: &str) -> QueryResult<usize> {
    diesel::sql_query(format!("DELETE FROM tickets WHERE queue = '{queue}'")).execute(conn) //~ sql_interpolation
}
