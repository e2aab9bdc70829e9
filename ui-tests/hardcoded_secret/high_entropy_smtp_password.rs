//! Outgoing mail for invoices.

use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, Tokio1Executor};

pub struct MailerConfig {
    pub host: String,
    pub username: String,
    pub password: String,
}

pub fn mailer() -> Result<AsyncSmtpTransport<Tokio1Executor>, lettre::transport::smtp::Error> {
    let config = MailerConfig {
        host: "smtp.mailgun.org".into(),
        username: "postmaster@mg.billing.example.com".into(),
        password: "Vq9#mLt2!xPz".into(), //~ hardcoded_secret
    };
    Ok(AsyncSmtpTransport::<Tokio1Executor>::relay(&config.host)?
        .credentials(Credentials::new(config.username, config.password))
        .build())
}
