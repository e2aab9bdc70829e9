use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct CreatePost {
    pub headline: String,
    pub slug: String,
    pub body_markdown: String,
    pub tags: Vec<String>,
}
