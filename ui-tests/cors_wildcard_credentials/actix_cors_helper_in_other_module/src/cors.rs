use actix_cors::Cors;
use actix_web::http::header;

/// The help-desk widget is embedded on customer sites.
pub fn widget_cors() -> Cors {
    Cors::default()
        .allow_any_origin() //~ cors_wildcard_credentials
        .allowed_methods(vec!["GET", "POST"])
        .allowed_headers(vec![header::ACCEPT, header::CONTENT_TYPE])
        .max_age(3600)
}
