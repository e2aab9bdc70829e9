use diesel::pg::PgConnection;
use diesel::prelude::*;
use uuid::Uuid;

use crate::models::{Project, Task};
use crate::schema::{projects, tasks};

pub fn connect(url: &str) -> ConnectionResult<PgConnection> {
    PgConnection::establish(url)
}

pub fn open_tasks(conn: &mut PgConnection, project: Uuid) -> QueryResult<Vec<Task>> {
    use crate::schema::tasks::dsl::*;
    tasks //~ missing_tenant_filter
        .filter(project_id.eq(project))
        .filter(status.eq("open"))
        .load::<Task>(conn)
}

pub fn archive(conn: &mut PgConnection, ws: Uuid, project: Uuid) -> QueryResult<usize> {
    diesel::update(projects::table.filter(projects::workspace_id.eq(ws)).find(project))
        .set(projects::archived.eq(true))
        .execute(conn)
}

pub fn list(conn: &mut PgConnection, ws: Uuid) -> QueryResult<Vec<Project>> {
    projects::table.filter(projects::workspace_id.eq(ws)).load::<Project>(conn)
}
