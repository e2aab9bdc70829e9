use diesel::pg::PgConnection;
use diesel::prelude::*;
use uuid::Uuid;

use crate::models::{Project, Task};
use crate::schema::{projects, tasks};

pub fn connect(url: &str) -> ConnectionResult<PgConnection> {
    PgConnection::establish(url)
}

pub fn rename(conn: &mut PgConnection, id: Uuid, name: &str) -> QueryResult<usize> {
    diesel::update(projects::table.find(id)) //~ missing_tenant_filter
        .set(projects::name.eq(name))
        .execute(conn)
}

pub fn drop_task(conn: &mut PgConnection, id: Uuid) -> QueryResult<usize> {
    diesel::delete(tasks::table.filter(tasks::id.eq(id))).execute(conn) //~ missing_tenant_filter
}

pub fn first_task(conn: &mut PgConnection, ws: Uuid) -> QueryResult<Task> {
    tasks::table.filter(tasks::workspace_id.eq(ws)).first::<Task>(conn)
}
