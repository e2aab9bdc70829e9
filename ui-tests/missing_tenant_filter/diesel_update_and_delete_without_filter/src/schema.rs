// @generated automatically by Diesel CLI.

diesel::table! {
    workspaces (id) {
        id -> Uuid,
        slug -> Text,
        name -> Text,
    }
}

diesel::table! {
    projects (id) {
        id -> Uuid,
        workspace_id -> Uuid,
        name -> Text,
        archived -> Bool,
    }
}

diesel::table! {
    tasks (id) {
        id -> Uuid,
        workspace_id -> Uuid,
        project_id -> Uuid,
        title -> Text,
        status -> Text,
    }
}

diesel::joinable!(projects -> workspaces (workspace_id));
diesel::joinable!(tasks -> projects (project_id));
diesel::allow_tables_to_appear_in_same_query!(workspaces, projects, tasks);
