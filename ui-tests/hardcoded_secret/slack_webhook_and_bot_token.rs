//! Posts deploy and incident notifications to Slack.

use serde_json::json;

const DEPLOYS_WEBHOOK_URL: &str =
    "https://hooks.slack.com/services/T0000TEST/B0000TEST/TESTFIXTURE0000000000000"; //~ hardcoded_secret

pub async fn notify_deploy(http: &reqwest::Client, version: &str) -> reqwest::Result<()> {
    http.post(DEPLOYS_WEBHOOK_URL)
        .json(&json!({ "text": format!("deployed {version}") }))
        .send()
        .await?;
    Ok(())
}

pub async fn page_incident_channel(http: &reqwest::Client, summary: &str) -> reqwest::Result<()> {
    let payload = json!({
        "channel": "#incidents",
        "text": summary,
        "token": "xoxb-000000000000-000000000000-TESTFIXTURE", //~ hardcoded_secret
    });
    http.post("https://slack.com/api/chat.postMessage").json(&payload).send().await?;
    Ok(())
}
