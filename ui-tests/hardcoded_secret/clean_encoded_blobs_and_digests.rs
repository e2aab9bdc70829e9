//! Base64 blobs, digests and a JWT header that are not credentials.

pub const PIXEL_PNG: &str = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
pub const JWT_HEADER_HS256: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";
pub const MIGRATIONS_CHECKSUM: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
pub const BUILD_COMMIT: &str = "3f2c9a1e7b4d6058c2a1f9e3d7b5a4c6e8f0a2b4";

pub fn etag(body: &[u8]) -> String {
    format!("W/\"{:x}\"", body.len())
}
