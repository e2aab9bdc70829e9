//! Uploads invoices to S3 with credentials written into the code.

use aws_credential_types::Credentials;
use aws_sdk_s3::config::{Builder, Region};
use aws_sdk_s3::Client;

pub fn invoice_bucket_client() -> Client {
    let credentials = Credentials::new(
        "AKIATESTFIXTURE00000", //~ hardcoded_secret
        "Te5tF1xture/S3cretAcc3ssKey/F0rLaunchLnt", //~ hardcoded_secret
        None,
        None,
        "invoice-uploader",
    );
    let config = Builder::new()
        .region(Region::new("eu-west-1"))
        .credentials_provider(credentials)
        .build();
    Client::from_conf(config)
}
