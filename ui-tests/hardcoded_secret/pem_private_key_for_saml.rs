//! Signs SAML responses for the customer SSO bridge.

const SAML_SIGNING_KEY_PEM: &str = "-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQTESTFIXTURE0000
launchlintTESTFIXTUREonlyNOTaKEY0000000000000000000000000000000000
-----END PRIVATE KEY-----
"; //~^^^^ hardcoded_secret

pub fn signing_key() -> Result<openssl::pkey::PKey<openssl::pkey::Private>, openssl::error::ErrorStack> {
    openssl::pkey::PKey::private_key_from_pem(SAML_SIGNING_KEY_PEM.as_bytes())
}
