//! Subscriptions (actix-web): `error_response` is overridden, but it still writes `self`'s text,
//! and the database variant forwards the sqlx message.

use actix_web::http::StatusCode;
use actix_web::{post, web, App, HttpResponse, HttpServer, ResponseError};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use serde_json::json;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, thiserror::Error)]
pub enum SubscriptionError {
    #[error("plan {0} does not exist")]
    UnknownPlan(String),
    #[error("could not save the subscription: {0}")]
    Database(#[from] sqlx::Error),
}

impl ResponseError for SubscriptionError {
    fn status_code(&self) -> StatusCode {
        match self {
            SubscriptionError::UnknownPlan(_) => StatusCode::BAD_REQUEST,
            SubscriptionError::Database(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        HttpResponse::build(self.status_code()).json(json!({ "error": self.to_string() })) //~ error_detail_leak
    }
}

#[post("/subscriptions/{plan}")]
async fn subscribe(pool: web::Data<PgPool>, _auth: BearerAuth, plan: web::Path<String>) -> Result<HttpResponse, SubscriptionError> {
    let plan = plan.into_inner();
    if !["starter", "team", "business"].contains(&plan.as_str()) {
        return Err(SubscriptionError::UnknownPlan(plan));
    }
    let id = Uuid::new_v4();
    sqlx::query("INSERT INTO subscriptions (id, plan) VALUES ($1, $2)").bind(id).bind(&plan).execute(pool.get_ref()).await?;
    Ok(HttpResponse::Created().json(id))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPool::connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL")).expect("pool");
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).service(subscribe))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
