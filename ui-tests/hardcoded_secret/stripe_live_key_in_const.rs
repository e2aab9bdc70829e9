//! A billing client that ships with the live Stripe key baked in.

use reqwest::Client;
use serde::Deserialize;

const STRIPE_SECRET_KEY: &str = "sk_live_0000TESTFIXTURE0000000000000000"; //~ hardcoded_secret

#[derive(Debug, Deserialize)]
pub struct Customer {
    pub id: String,
    pub email: Option<String>,
}

pub async fn fetch_customer(http: &Client, customer_id: &str) -> reqwest::Result<Customer> {
    http.get(format!("https://api.stripe.com/v1/customers/{customer_id}"))
        .bearer_auth(STRIPE_SECRET_KEY)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await
}
