//! The SQL predicate analysis alone: statements against a fixed tenancy view.

use super::tenant::{analyze, Op, TableInfo, TenantView};
use super::{parse, split};

fn table(cols: &[&str], tenant: Option<&str>) -> TableInfo {
    TableInfo {
        columns: cols.iter().map(|c| c.to_string()).collect(),
        tenant_column: tenant.map(str::to_string),
        ..TableInfo::default()
    }
}

fn view() -> TenantView {
    let mut v = TenantView::default();
    let t = &mut v.tables;
    t.insert(
        "posts".into(),
        table(&["id", "workspace_id", "space_id", "author_id", "title", "body"], Some("workspace_id")),
    );
    t.insert("comments".into(), table(&["id", "workspace_id", "post_id", "author_id", "body"], Some("workspace_id")));
    let mut ws = table(&["id", "slug", "name", "is_public"], None);
    ws.is_tenant = true;
    t.insert("workspaces".into(), ws);
    let mut m = table(&["workspace_id", "user_id", "role"], Some("workspace_id"));
    m.member_column = Some("user_id".into());
    t.insert("workspace_members".into(), m);
    t.insert("users".into(), table(&["id", "email", "display_name"], None));
    let mut d = table(&["id", "workspace_id", "body"], None);
    d.protected = true;
    t.insert("documents".into(), d);
    t.insert("invoices".into(), table(&["id", "org_id", "status", "amount"], Some("org_id")));
    v
}

fn unscoped(sql: &str) -> Vec<(String, Op)> {
    let parsed = parse(sql);
    assert!(parsed.skipped.is_empty() && !parsed.stmts.is_empty(), "did not parse: {sql}: {:?}", parsed.skipped);
    analyze(sql, &parsed, &view()).into_iter().map(|u| (u.table, u.op)).collect()
}

fn clean(sql: &str) {
    assert_eq!(unscoped(sql), vec![], "expected no finding: {sql}");
}

fn fires(sql: &str, table: &str, op: Op) {
    let got = unscoped(sql);
    assert!(got.contains(&(table.to_string(), op)), "expected {table} {op:?} in {got:?}: {sql}");
}

// --- plain WHERE ------------------------------------------------------------------------------

#[test]
fn where_tenant_column_pg() {
    clean("SELECT * FROM posts WHERE id = $1 AND workspace_id = $2");
}

#[test]
fn where_tenant_column_mysql() {
    clean("SELECT * FROM invoices WHERE id = ? AND org_id = ?");
}

#[test]
fn where_id_only_pg() {
    fires("SELECT * FROM posts WHERE id = $1", "posts", Op::Select);
}

#[test]
fn where_id_only_mysql() {
    fires("SELECT * FROM invoices WHERE id = ?", "invoices", Op::Select);
}

#[test]
fn no_where() {
    fires("SELECT count(*) FROM posts", "posts", Op::Select);
}

#[test]
fn reversed_comparison() {
    clean("SELECT * FROM posts WHERE $1 = workspace_id");
}

#[test]
fn cast_parameter() {
    clean("SELECT * FROM posts WHERE workspace_id = $1::uuid AND id = $2");
}

#[test]
fn current_setting_value() {
    clean("SELECT * FROM posts WHERE workspace_id = current_setting('app.workspace_id')::uuid");
}

#[test]
fn tenant_in_list() {
    clean("SELECT * FROM posts WHERE workspace_id IN ($1, $2)");
}

#[test]
fn tenant_any_array() {
    clean("SELECT * FROM posts WHERE workspace_id = ANY($1)");
}

#[test]
fn not_equal_does_not_bind() {
    fires("SELECT * FROM posts WHERE workspace_id <> $1", "posts", Op::Select);
}

#[test]
fn is_not_null_does_not_bind() {
    fires("SELECT * FROM posts WHERE workspace_id IS NOT NULL AND id = $1", "posts", Op::Select);
}

#[test]
fn or_with_tenant_in_one_branch_only() {
    fires("SELECT * FROM posts WHERE workspace_id = $1 OR id = $2", "posts", Op::Select);
}

#[test]
fn or_with_tenant_in_both_branches() {
    clean("SELECT * FROM posts WHERE (workspace_id = $1 AND id = $2) OR (workspace_id = $1 AND title = $3)");
}

#[test]
fn tuple_equality() {
    clean("SELECT * FROM posts WHERE (workspace_id, id) = ($1, $2)");
}

#[test]
fn other_tenant_column_in_another_table_does_not_count() {
    fires("SELECT * FROM posts WHERE author_id = $1", "posts", Op::Select);
}

// --- aliases and joins ------------------------------------------------------------------------

#[test]
fn alias_qualified() {
    clean("SELECT p.* FROM posts p WHERE p.id = $1 AND p.workspace_id = $2");
}

#[test]
fn alias_with_as() {
    clean("SELECT p.title FROM posts AS p WHERE p.workspace_id = $1");
}

#[test]
fn join_scoped_through_the_joined_table() {
    clean("SELECT p.*, c.body FROM posts p JOIN comments c ON c.post_id = p.id WHERE c.workspace_id = $1 AND c.author_id = $2");
}

#[test]
fn join_fk_chain_from_scoped_table() {
    clean("SELECT c.* FROM comments c JOIN posts p ON p.id = c.post_id WHERE p.workspace_id = $1");
}

#[test]
fn join_on_tenant_equality_without_value() {
    let got = unscoped("SELECT p.* FROM posts p JOIN comments c ON c.workspace_id = p.workspace_id WHERE c.id = $1");
    assert!(got.contains(&("comments".into(), Op::Select)), "{got:?}");
}

#[test]
fn membership_join_filtered_by_user() {
    clean("SELECT p.* FROM posts p JOIN workspace_members m ON m.workspace_id = p.workspace_id AND m.user_id = $1 WHERE p.id = $2");
}

#[test]
fn membership_join_unfiltered() {
    let got =
        unscoped("SELECT p.* FROM posts p JOIN workspace_members m ON m.workspace_id = p.workspace_id WHERE p.id = $1");
    assert!(got.contains(&("posts".into(), Op::Select)), "{got:?}");
}

#[test]
fn tenant_table_join_filtered_by_slug() {
    clean("SELECT p.* FROM posts p JOIN workspaces w ON w.id = p.workspace_id WHERE w.slug = $1 AND w.is_public");
}

#[test]
fn tenant_table_join_unfiltered() {
    fires("SELECT p.* FROM posts p JOIN workspaces w ON w.id = p.workspace_id WHERE p.id = $1", "posts", Op::Select);
}

#[test]
fn global_table_join_does_not_scope() {
    fires("SELECT c.* FROM comments c JOIN users u ON u.id = c.author_id WHERE u.id = $1", "comments", Op::Select);
}

#[test]
fn join_using_tenant_column() {
    clean("SELECT * FROM posts p JOIN comments c USING (workspace_id) WHERE p.workspace_id = $1");
}

#[test]
fn left_join_with_tenant_in_on() {
    clean("SELECT p.id, c.id FROM posts p LEFT JOIN comments c ON c.post_id = p.id AND c.workspace_id = p.workspace_id WHERE p.workspace_id = $1");
}

#[test]
fn membership_listing_by_user() {
    clean(
        "SELECT w.id, w.name FROM workspaces w JOIN workspace_members m ON m.workspace_id = w.id WHERE m.user_id = $1",
    );
}

#[test]
fn membership_by_tenant_and_user() {
    clean("SELECT role FROM workspace_members WHERE workspace_id = $1 AND user_id = $2");
}

// --- subqueries and CTEs ----------------------------------------------------------------------

#[test]
fn in_subquery_membership() {
    clean("SELECT * FROM posts WHERE workspace_id IN (SELECT workspace_id FROM workspace_members WHERE user_id = $1)");
}

#[test]
fn delete_in_chunks_through_scoped_subquery() {
    clean("DELETE FROM posts WHERE id IN (SELECT id FROM posts WHERE workspace_id = $1 AND title = $2 LIMIT 1000)");
}

#[test]
fn id_from_unscoped_subquery_does_not_scope() {
    let got = unscoped("DELETE FROM posts WHERE id IN (SELECT id FROM posts WHERE title = $1)");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn id_equal_to_scoped_scalar_subquery() {
    clean("UPDATE comments SET body = $1 WHERE post_id = (SELECT id FROM posts WHERE workspace_id = $2 AND id = $3)");
}

#[test]
fn in_subquery_unfiltered() {
    fires("SELECT * FROM posts WHERE workspace_id IN (SELECT id FROM workspaces)", "posts", Op::Select);
}

#[test]
fn exists_correlated_membership() {
    clean("SELECT p.* FROM posts p WHERE p.id = $1 AND EXISTS (SELECT 1 FROM workspace_members m WHERE m.workspace_id = p.workspace_id AND m.user_id = $2)");
}

#[test]
fn not_exists_does_not_bind() {
    fires("SELECT p.* FROM posts p WHERE p.id = $1 AND NOT EXISTS (SELECT 1 FROM workspace_members m WHERE m.workspace_id = p.workspace_id AND m.user_id = $2)", "posts", Op::Select);
}

#[test]
fn unscoped_table_inside_subquery() {
    fires(
        "SELECT * FROM posts WHERE workspace_id = $1 AND id IN (SELECT post_id FROM comments WHERE author_id = $2)",
        "comments",
        Op::Select,
    );
}

#[test]
fn correlated_scalar_subquery_in_projection() {
    clean("SELECT p.id, (SELECT count(*) FROM comments c WHERE c.post_id = p.id) AS n FROM posts p WHERE p.workspace_id = $1");
}

#[test]
fn scalar_subquery_unscoped_outer() {
    fires(
        "SELECT p.id, (SELECT count(*) FROM comments c WHERE c.post_id = p.id) AS n FROM posts p WHERE p.id = $1",
        "posts",
        Op::Select,
    );
}

#[test]
fn derived_table_scoped_inside() {
    clean("SELECT t.* FROM (SELECT * FROM posts WHERE workspace_id = $1) t WHERE t.id = $2");
}

#[test]
fn derived_table_unscoped_inside() {
    fires("SELECT t.* FROM (SELECT * FROM posts WHERE id = $1) t", "posts", Op::Select);
}

#[test]
fn cte_scoped() {
    clean(
        "WITH recent AS (SELECT * FROM posts WHERE workspace_id = $1 ORDER BY id DESC LIMIT 10) SELECT * FROM recent",
    );
}

#[test]
fn cte_unscoped() {
    fires(
        "WITH recent AS (SELECT * FROM posts ORDER BY id DESC LIMIT 10) SELECT * FROM recent WHERE title = $1",
        "posts",
        Op::Select,
    );
}

#[test]
fn cte_membership_join() {
    clean("WITH mine AS (SELECT workspace_id FROM workspace_members WHERE user_id = $1) SELECT p.* FROM posts p JOIN mine ON mine.workspace_id = p.workspace_id");
}

#[test]
fn union_both_sides_judged() {
    fires(
        "SELECT id FROM posts WHERE workspace_id = $1 UNION SELECT post_id FROM comments WHERE author_id = $2",
        "comments",
        Op::Select,
    );
}

// --- UPDATE / DELETE / INSERT -----------------------------------------------------------------

#[test]
fn update_scoped() {
    clean("UPDATE posts SET title = $1 WHERE id = $2 AND workspace_id = $3");
}

#[test]
fn update_unscoped() {
    fires("UPDATE posts SET title = $1 WHERE id = $2", "posts", Op::Update);
}

#[test]
fn update_mysql_unscoped() {
    fires("UPDATE invoices SET status = 'paid' WHERE id = ?", "invoices", Op::Update);
}

#[test]
fn update_from_membership() {
    clean("UPDATE posts p SET title = $1 FROM workspace_members m WHERE m.workspace_id = p.workspace_id AND m.user_id = $2 AND p.id = $3");
}

#[test]
fn delete_scoped() {
    clean("DELETE FROM comments WHERE id = $1 AND workspace_id = $2");
}

#[test]
fn delete_unscoped() {
    fires("DELETE FROM comments WHERE id = $1", "comments", Op::Delete);
}

#[test]
fn delete_mysql_scoped() {
    clean("DELETE FROM invoices WHERE id = ? AND org_id = ?");
}

#[test]
fn insert_with_tenant_column() {
    clean("INSERT INTO posts (id, workspace_id, title) VALUES ($1, $2, $3)");
}

#[test]
fn insert_without_tenant_column() {
    fires("INSERT INTO posts (id, title, body) VALUES ($1, $2, $3) RETURNING *", "posts", Op::Insert);
}

#[test]
fn insert_mysql_without_tenant_column() {
    fires("INSERT INTO invoices (id, status, amount) VALUES (?, ?, ?)", "invoices", Op::Insert);
}

#[test]
fn insert_positional_values_sets_every_column() {
    clean("INSERT INTO posts VALUES ($1, $2, $3, $4, $5, $6)");
}

#[test]
fn insert_select_scoped() {
    clean("INSERT INTO comments (id, workspace_id, post_id, body) SELECT $1, p.workspace_id, p.id, $2 FROM posts p WHERE p.id = $3 AND p.workspace_id = $4");
}

#[test]
fn insert_select_unscoped_select() {
    fires("INSERT INTO comments (id, workspace_id, post_id, body) SELECT $1, p.workspace_id, p.id, $2 FROM posts p WHERE p.id = $3", "posts", Op::Select);
}

#[test]
fn insert_on_conflict() {
    clean("INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING");
}

// --- tables that are never judged -------------------------------------------------------------

#[test]
fn tenant_table_itself() {
    clean("SELECT * FROM workspaces WHERE id = $1");
}

#[test]
fn global_table() {
    clean("SELECT id, email FROM users WHERE email = $1");
}

#[test]
fn rls_protected_table() {
    clean("SELECT * FROM documents WHERE id = $1");
}

#[test]
fn unknown_table_not_guessed() {
    clean("SELECT * FROM audit_events WHERE id = $1");
}

#[test]
fn schema_qualified_name() {
    fires("SELECT * FROM public.posts WHERE id = $1", "posts", Op::Select);
}

#[test]
fn quoted_identifiers() {
    clean("SELECT * FROM \"posts\" WHERE \"workspace_id\" = $1");
}

#[test]
fn mysql_backticks() {
    clean("SELECT * FROM `invoices` WHERE `org_id` = ? LIMIT 10");
}

#[test]
fn interpolation_placeholder_is_a_value() {
    clean("SELECT * FROM posts WHERE workspace_id = $1 ORDER BY __ll_dyn0");
    clean("SELECT * FROM posts WHERE workspace_id = __ll_dyn0");
}

#[test]
fn several_statements() {
    let got = unscoped("SELECT * FROM posts WHERE workspace_id = $1; DELETE FROM comments WHERE id = $1");
    assert_eq!(got, vec![("comments".to_string(), Op::Delete)]);
}

// --- labels and parsing -----------------------------------------------------------------------

#[test]
fn range_points_at_table_name() {
    let sql = "SELECT *\n  FROM  posts p WHERE p.id = $1";
    let parsed = parse(sql);
    let u = analyze(sql, &parsed, &view());
    let (s, e) = u[0].range.expect("range");
    assert_eq!(&sql[s..e], "posts");
}

#[test]
fn range_after_multibyte_text() {
    let sql = "SELECT 'héllo' AS x FROM comments WHERE id = $1";
    let parsed = parse(sql);
    let u = analyze(sql, &parsed, &view());
    let (s, e) = u[0].range.expect("range");
    assert_eq!(&sql[s..e], "comments");
}

#[test]
fn unparsable_statement_is_skipped_and_the_rest_kept() {
    let sql = "CREATE TABLE a (id INT);\nTHIS IS NOT SQL;\nCREATE TABLE b (id INT);";
    let p = parse(sql);
    assert_eq!(p.stmts.len(), 2);
    assert_eq!(p.skipped.len(), 1);
    assert!(sql[p.skipped[0].start..p.skipped[0].end].contains("NOT SQL"));
}

#[test]
fn splitter_respects_strings_comments_and_dollar_quotes() {
    let sql = "SELECT ';' ; -- a; b\nCREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql; /* ; */ SELECT 2";
    let parts = split::statements(sql);
    assert_eq!(parts.len(), 3, "{parts:?}");
}

#[test]
fn question_mark_detection() {
    assert!(split::has_question_placeholder("SELECT * FROM t WHERE id = ?"));
    assert!(!split::has_question_placeholder("SELECT '?' FROM t WHERE id = $1"));
    assert!(!split::has_question_placeholder("SELECT data ?| array['a'] FROM t"));
}
