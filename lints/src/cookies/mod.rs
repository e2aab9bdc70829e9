//! Cookies: session and authentication cookies without their protective attributes.

pub mod insecure_cookie;
