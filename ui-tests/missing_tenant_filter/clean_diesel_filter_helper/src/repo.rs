use diesel::pg::PgConnection;
use diesel::prelude::*;
use uuid::Uuid;

use crate::models::{Project, Task};
use crate::schema::{projects, tasks};

pub fn connect(url: &str) -> ConnectionResult<PgConnection> {
    PgConnection::establish(url)
}

type InWorkspace<'a> = diesel::dsl::Eq<tasks::workspace_id, &'a Uuid>;

/// The one place that scopes task queries.
fn in_workspace(ws: &Uuid) -> InWorkspace<'_> {
    tasks::workspace_id.eq(ws)
}

pub fn task(conn: &mut PgConnection, ws: Uuid, id: Uuid) -> QueryResult<Task> {
    tasks::table.filter(in_workspace(&ws)).find(id).first::<Task>(conn)
}

pub fn projects_of(conn: &mut PgConnection, ws: Uuid) -> QueryResult<Vec<Project>> {
    projects::table.filter(projects::workspace_id.eq(ws)).load::<Project>(conn)
}
