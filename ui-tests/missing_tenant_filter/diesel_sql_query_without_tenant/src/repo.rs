use diesel::pg::PgConnection;
use diesel::prelude::*;
use uuid::Uuid;

use crate::models::{Project, Task};
use crate::schema::{projects, tasks};

pub fn connect(url: &str) -> ConnectionResult<PgConnection> {
    PgConnection::establish(url)
}

#[derive(QueryableByName, Debug)]
pub struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub n: i64,
}

pub fn open_count(conn: &mut PgConnection, project: Uuid) -> QueryResult<Count> {
    diesel::sql_query("SELECT count(*) AS n FROM tasks WHERE project_id = $1 AND status = 'open'") //~ missing_tenant_filter
        .bind::<diesel::sql_types::Uuid, _>(project)
        .get_result(conn)
}

pub fn project(conn: &mut PgConnection, ws: Uuid, id: Uuid) -> QueryResult<Project> {
    projects::table.find(id).filter(projects::workspace_id.eq(ws)).first::<Project>(conn)
}
