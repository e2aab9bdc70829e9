use diesel::pg::PgConnection;
use diesel::prelude::*;
use uuid::Uuid;

use crate::models::{Project, Task};
use crate::schema::{projects, tasks};

pub fn connect(url: &str) -> ConnectionResult<PgConnection> {
    PgConnection::establish(url)
}

pub fn project(conn: &mut PgConnection, id: Uuid) -> QueryResult<Project> {
    projects::table.find(id).first::<Project>(conn) //~ missing_tenant_filter
}

pub fn tasks_of(conn: &mut PgConnection, ws: Uuid, project: Uuid) -> QueryResult<Vec<Task>> {
    tasks::table
        .filter(tasks::workspace_id.eq(ws))
        .filter(tasks::project_id.eq(project))
        .load::<Task>(conn)
}
