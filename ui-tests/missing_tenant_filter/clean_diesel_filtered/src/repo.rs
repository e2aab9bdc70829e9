use diesel::pg::PgConnection;
use diesel::prelude::*;
use uuid::Uuid;

use crate::models::{Project, Task};
use crate::schema::{projects, tasks};

pub fn connect(url: &str) -> ConnectionResult<PgConnection> {
    PgConnection::establish(url)
}

pub fn project(conn: &mut PgConnection, ws: Uuid, id: Uuid) -> QueryResult<Project> {
    projects::table
        .filter(projects::workspace_id.eq(ws))
        .find(id)
        .first::<Project>(conn)
}

pub fn rename(conn: &mut PgConnection, ws: Uuid, id: Uuid, name: &str) -> QueryResult<usize> {
    diesel::update(projects::table.filter(projects::workspace_id.eq(ws).and(projects::id.eq(id))))
        .set(projects::name.eq(name))
        .execute(conn)
}

pub fn open_tasks(conn: &mut PgConnection, ws: Uuid, project: Uuid) -> QueryResult<Vec<Task>> {
    use crate::schema::tasks::dsl::*;
    tasks
        .filter(workspace_id.eq(ws))
        .filter(project_id.eq(project))
        .load::<Task>(conn)
}

pub fn add(conn: &mut PgConnection, ws: Uuid, name: &str) -> QueryResult<usize> {
    diesel::insert_into(projects::table)
        .values((projects::id.eq(Uuid::new_v4()), projects::workspace_id.eq(ws), projects::name.eq(name)))
        .execute(conn)
}
