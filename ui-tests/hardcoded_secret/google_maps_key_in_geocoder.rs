//! Geocodes customer addresses on signup.

use serde::Deserialize;

static MAPS_API_KEY: &str = "AIzaTESTFIXTURE-0000000000000000000000_"; //~ hardcoded_secret

#[derive(Debug, Deserialize)]
pub struct GeocodeResponse {
    pub status: String,
}

pub async fn geocode(http: &reqwest::Client, address: &str) -> reqwest::Result<GeocodeResponse> {
    http.get("https://maps.googleapis.com/maps/api/geocode/json")
        .query(&[("address", address), ("key", MAPS_API_KEY)])
        .send()
        .await?
        .json()
        .await
}
