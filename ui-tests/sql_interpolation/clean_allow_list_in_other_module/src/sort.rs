/// The only ORDER BY clauses the API accepts.
pub fn order_by(requested: &str) -> &'static str {
    match requested {
        "oldest" => "created_at ASC",
        "subject" => "subject ASC",
        _ => "created_at DESC",
    }
}
