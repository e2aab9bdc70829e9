use serde::{Deserialize, Serialize};
use validator::Validate;

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct BillingSettings {
    pub invoice_prefix: String,
    pub payment_terms_days: i32,
    pub footer: Option<String>,
}

#[derive(Debug, Deserialize, Validate)]
pub struct BillingSettingsPatch {
    #[validate(length(min = 1, max = 8))]
    pub invoice_prefix: Option<String>,
    #[validate(range(min = 0, max = 120))]
    pub payment_terms_days: Option<i32>,
    #[validate(length(max = 500))]
    pub footer: Option<String>,
}
