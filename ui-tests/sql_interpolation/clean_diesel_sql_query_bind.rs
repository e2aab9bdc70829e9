use diesel::pg::PgConnection;
use diesel::prelude::*;
use diesel::sql_types::Text;

pub fn purge_queue(conn: &mut PgConnection, queue: &str) -> QueryResult<usize> {
    diesel::sql_query("DELETE FROM tickets WHERE queue = $1")
        .bind::<Text, _>(queue)
        .execute(conn)
}
