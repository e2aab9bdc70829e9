//! `src/db/*.rs`: sqlx queries, every one scoped by `workspace_id = $1`.

use super::rng::Rng;
use super::tpl::{fill_ent, Composer, Entity};

const HEADER: &str = r#"//! Queries for @p@. Every query is scoped to the caller's workspace.

use chrono::{DateTime, Utc};
use sqlx::{PgPool, Postgres, Transaction};
use uuid::Uuid;

use crate::models::@m@::{Create@T@, Update@T@, @T@, @T@Status};

/// Upper bound for one batch insert.
pub const MAX_BATCH: usize = @batch@;"#;

const LIST: &str = r#"pub async fn list_@p@(
    pool: &PgPool,
    workspace_id: Uuid,
    limit: i64,
    offset: i64,
) -> Result<Vec<@T@>, sqlx::Error> {
    sqlx::query_as::<_, @T@>(
        "SELECT @cols@ FROM @tbl@ WHERE workspace_id = $1 ORDER BY created_at DESC LIMIT $2 OFFSET $3",
    )
    .bind(workspace_id)
    .bind(limit)
    .bind(offset)
    .fetch_all(pool)
    .await
}"#;

const LIST_BY_STATUS: &str = r#"pub async fn list_@p@_by_status(
    pool: &PgPool,
    workspace_id: Uuid,
    status: @T@Status,
    limit: i64,
    offset: i64,
) -> Result<Vec<@T@>, sqlx::Error> {
    sqlx::query_as::<_, @T@>(
        "SELECT @cols@ FROM @tbl@ WHERE workspace_id = $1 AND status = $2 ORDER BY created_at DESC LIMIT $3 OFFSET $4",
    )
    .bind(workspace_id)
    .bind(status)
    .bind(limit)
    .bind(offset)
    .fetch_all(pool)
    .await
}"#;

const GET: &str = r#"pub async fn get_@s@(pool: &PgPool, workspace_id: Uuid, id: Uuid) -> Result<Option<@T@>, sqlx::Error> {
    sqlx::query_as::<_, @T@>("SELECT @cols@ FROM @tbl@ WHERE workspace_id = $1 AND id = $2")
        .bind(workspace_id)
        .bind(id)
        .fetch_optional(pool)
        .await
}"#;

const DELETE: &str = r#"pub async fn delete_@s@(pool: &PgPool, workspace_id: Uuid, id: Uuid) -> Result<bool, sqlx::Error> {
    let result = sqlx::query("DELETE FROM @tbl@ WHERE workspace_id = $1 AND id = $2")
        .bind(workspace_id)
        .bind(id)
        .execute(pool)
        .await?;
    Ok(result.rows_affected() == 1)
}"#;

const COUNT: &str = r#"pub async fn count_@p@(pool: &PgPool, workspace_id: Uuid) -> Result<i64, sqlx::Error> {
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM @tbl@ WHERE workspace_id = $1")
        .bind(workspace_id)
        .fetch_one(pool)
        .await?;
    Ok(count)
}"#;

const COUNT_BY_STATUS: &str = r#"pub async fn count_@p@_by_status(
    pool: &PgPool,
    workspace_id: Uuid,
) -> Result<Vec<(@T@Status, i64)>, sqlx::Error> {
    sqlx::query_as::<_, (@T@Status, i64)>(
        "SELECT status, COUNT(*) FROM @tbl@ WHERE workspace_id = $1 GROUP BY status ORDER BY status",
    )
    .bind(workspace_id)
    .fetch_all(pool)
    .await
}"#;

const SEARCH: &str = r#"pub async fn search_@p@(
    pool: &PgPool,
    workspace_id: Uuid,
    needle: &str,
    limit: i64,
) -> Result<Vec<@T@>, sqlx::Error> {
    let pattern = format!("%{}%", needle.replace('%', "\\%").replace('_', "\\_"));
    tracing::debug!(%workspace_id, needle, "searching @p@");
    sqlx::query_as::<_, @T@>(
        "SELECT @cols@ FROM @tbl@ WHERE workspace_id = $1 AND @sf@::text ILIKE $2 ORDER BY updated_at DESC LIMIT $3",
    )
    .bind(workspace_id)
    .bind(pattern)
    .bind(limit)
    .fetch_all(pool)
    .await
}"#;

const SET_STATUS: &str = r#"pub async fn set_@s@_status(
    pool: &PgPool,
    workspace_id: Uuid,
    id: Uuid,
    status: @T@Status,
) -> Result<Option<@T@>, sqlx::Error> {
    sqlx::query_as::<_, @T@>(
        "UPDATE @tbl@ SET status = $3, updated_at = now() WHERE workspace_id = $1 AND id = $2 RETURNING @cols@",
    )
    .bind(workspace_id)
    .bind(id)
    .bind(status)
    .fetch_optional(pool)
    .await
}"#;

const UPDATED_SINCE: &str = r#"pub async fn list_@p@_updated_since(
    pool: &PgPool,
    workspace_id: Uuid,
    since: DateTime<Utc>,
) -> Result<Vec<@T@>, sqlx::Error> {
    sqlx::query_as::<_, @T@>(
        "SELECT @cols@ FROM @tbl@ WHERE workspace_id = $1 AND updated_at > $2 ORDER BY updated_at ASC",
    )
    .bind(workspace_id)
    .bind(since)
    .fetch_all(pool)
    .await
}"#;

const EXISTS: &str = r#"pub async fn @s@_exists(pool: &PgPool, workspace_id: Uuid, id: Uuid) -> Result<bool, sqlx::Error> {
    let row: Option<(i32,)> = sqlx::query_as("SELECT 1 FROM @tbl@ WHERE workspace_id = $1 AND id = $2")
        .bind(workspace_id)
        .bind(id)
        .fetch_optional(pool)
        .await?;
    Ok(row.is_some())
}"#;

const PURGE: &str = r#"/// Deletes archived @p@ older than `before`, in chunks, and returns how many went.
pub async fn purge_@p@(
    pool: &PgPool,
    workspace_id: Uuid,
    before: DateTime<Utc>,
) -> Result<u64, sqlx::Error> {
    let mut total = 0;
    loop {
        let result = sqlx::query(
            "DELETE FROM @tbl@ WHERE id IN (SELECT id FROM @tbl@ WHERE workspace_id = $1 AND status = $2 AND updated_at < $3 LIMIT 1000)",
        )
        .bind(workspace_id)
        .bind(@T@Status::@SL@)
        .bind(before)
        .execute(pool)
        .await?;
        total += result.rows_affected();
        if result.rows_affected() < 1000 {
            break;
        }
    }
    tracing::info!(%workspace_id, total, "purged @p@");
    Ok(total)
}"#;

const TOUCH: &str = r#"pub async fn touch_@s@(
    tx: &mut Transaction<'_, Postgres>,
    workspace_id: Uuid,
    id: Uuid,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE @tbl@ SET updated_at = now() WHERE workspace_id = $1 AND id = $2")
        .bind(workspace_id)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}"#;

fn insert(ent: &Entity) -> String {
    let t = &ent.ty;
    let n = ent.fields.len();
    let cols: Vec<&str> = ent.fields.iter().map(|f| f.name).collect();
    let params: Vec<String> = (0..n).map(|i| format!("${}", i + 3)).collect();
    let mut s = format!(
        "pub async fn insert_{}(pool: &PgPool, workspace_id: Uuid, body: &Create{t}) -> Result<{t}, sqlx::Error> {{\n",
        ent.s
    );
    s.push_str(&format!(
        "    sqlx::query_as::<_, {t}>(\n        \"INSERT INTO {} (id, workspace_id, status, {}) VALUES ($1, $2, '{}', {}) RETURNING {}\",\n    )\n",
        ent.p,
        cols.join(", "),
        super::tpl::snake(ent.statuses[0]),
        params.join(", "),
        ent.columns()
    ));
    s.push_str("    .bind(Uuid::new_v4())\n    .bind(workspace_id)\n");
    for f in &ent.fields {
        s.push_str(&format!("    .bind(&body.{})\n", f.name));
    }
    s.push_str("    .fetch_one(pool)\n    .await\n}");
    s
}

fn update(ent: &Entity) -> String {
    let t = &ent.ty;
    let sets: Vec<String> = std::iter::once("status = COALESCE($3, status)".to_string())
        .chain(ent.fields.iter().enumerate().map(|(i, f)| format!("{0} = COALESCE(${1}, {0})", f.name, i + 4)))
        .collect();
    let mut s = format!(
        "pub async fn update_{}(\n    pool: &PgPool,\n    workspace_id: Uuid,\n    id: Uuid,\n    patch: &Update{t},\n) -> Result<Option<{t}>, sqlx::Error> {{\n",
        ent.s
    );
    s.push_str(&format!(
        "    sqlx::query_as::<_, {t}>(\n        \"UPDATE {} SET {}, updated_at = now() WHERE workspace_id = $1 AND id = $2 RETURNING {}\",\n    )\n",
        ent.p,
        sets.join(", "),
        ent.columns()
    ));
    s.push_str("    .bind(workspace_id)\n    .bind(id)\n    .bind(patch.status)\n");
    for f in &ent.fields {
        s.push_str(&format!("    .bind(&patch.{})\n", f.name));
    }
    s.push_str("    .fetch_optional(pool)\n    .await\n}");
    s
}

fn find_by(ent: &Entity, field: &str, ty: &str) -> String {
    let t = &ent.ty;
    let arg = if ty == "String" { "&str".to_string() } else { ty.to_string() };
    format!(
        "pub async fn find_{s}_by_{field}(\n    pool: &PgPool,\n    workspace_id: Uuid,\n    {field}: {arg},\n) -> Result<Option<{t}>, sqlx::Error> {{\n    sqlx::query_as::<_, {t}>(\n        \"SELECT {cols} FROM {tbl} WHERE workspace_id = $1 AND {field} = $2 LIMIT 1\",\n    )\n    .bind(workspace_id)\n    .bind({field})\n    .fetch_optional(pool)\n    .await\n}}",
        s = ent.s,
        cols = ent.columns(),
        tbl = ent.p,
    )
}

fn bulk_insert(ent: &Entity) -> String {
    let t = &ent.ty;
    let mut s = format!(
        "/// Inserts up to `MAX_BATCH` {p} in one transaction; all or nothing.\npub async fn insert_{p}_batch(\n    pool: &PgPool,\n    workspace_id: Uuid,\n    bodies: &[Create{t}],\n) -> Result<Vec<{t}>, sqlx::Error> {{\n",
        p = ent.p
    );
    s.push_str(
        "    let mut tx = pool.begin().await?;\n    let mut out = Vec::with_capacity(bodies.len().min(MAX_BATCH));\n",
    );
    s.push_str("    for body in bodies.iter().take(MAX_BATCH) {\n");
    let cols: Vec<&str> = ent.fields.iter().map(|f| f.name).collect();
    let params: Vec<String> = (0..cols.len()).map(|i| format!("${}", i + 3)).collect();
    s.push_str(&format!(
        "        let row = sqlx::query_as::<_, {t}>(\n            \"INSERT INTO {} (id, workspace_id, {}) VALUES ($1, $2, {}) RETURNING {}\",\n        )\n",
        ent.p,
        cols.join(", "),
        params.join(", "),
        ent.columns()
    ));
    s.push_str("        .bind(Uuid::new_v4())\n        .bind(workspace_id)\n");
    for f in &ent.fields {
        s.push_str(&format!("        .bind(&body.{})\n", f.name));
    }
    s.push_str("        .fetch_one(&mut *tx)\n        .await?;\n        out.push(row);\n    }\n");
    s.push_str("    tx.commit().await?;\n    Ok(out)\n}");
    s
}

/// A db file of about `target` lines.
pub fn render(ent: &Entity, rng: &mut Rng, target: usize) -> String {
    let mut c = Composer::default();
    let batch = ["100", "250", "500", "1000"][rng.below(4)];
    c.push(fill_ent(HEADER, ent, &[("batch", batch)]));
    for t in [LIST, GET] {
        c.push(fill_ent(t, ent, &[]));
    }
    c.push(insert(ent));
    c.push(update(ent));
    c.push(fill_ent(DELETE, ent, &[]));
    let mut pool: Vec<&str> =
        vec![LIST_BY_STATUS, COUNT, COUNT_BY_STATUS, SEARCH, SET_STATUS, UPDATED_SINCE, EXISTS, PURGE, TOUCH];
    let mut finders: Vec<(&str, &str)> =
        ent.fields.iter().filter(|f| f.is_string() || f.is_int() || f.ty == "Uuid").map(|f| (f.name, f.ty)).collect();
    let mut batched = false;
    while c.lines() < target {
        let roll = rng.below(10);
        if roll < 6 && !pool.is_empty() {
            let t = pool.remove(rng.below(pool.len()));
            c.push(fill_ent(t, ent, &[]));
        } else if roll < 8 && !finders.is_empty() {
            let (f, ty) = finders.remove(0);
            c.push(find_by(ent, f, ty));
        } else if !batched {
            batched = true;
            c.push(bulk_insert(ent));
        } else if pool.is_empty() && finders.is_empty() {
            break;
        }
    }
    c.finish()
}
