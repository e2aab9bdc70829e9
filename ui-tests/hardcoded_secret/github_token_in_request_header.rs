//! Opens an issue in the support repository when a customer escalates a ticket.

use serde_json::json;

pub async fn open_escalation_issue(http: &reqwest::Client, title: &str, body: &str) -> reqwest::Result<()> {
    http.post("https://api.github.com/repos/acme/support/issues")
        .header("User-Agent", "support-bot")
        .header("Authorization", "Bearer ghp_TESTFIXTURE0000000000000000000000000") //~ hardcoded_secret
        .json(&json!({ "title": title, "body": body }))
        .send()
        .await?
        .error_for_status()?;
    Ok(())
}
