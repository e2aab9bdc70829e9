use actix_web::{get, put, web, HttpResponse};
use serde::Deserialize;
use uuid::Uuid;

use super::{require_editor, require_member};
use crate::auth::AuthUser;
use crate::db;
use crate::error::{ApiError, ApiResult};
use crate::AppState;

#[derive(Debug, Deserialize)]
pub struct CustomerQuery {
    pub q: Option<String>,
}

#[get("/orgs/{org_id}/customers")]
pub async fn list_customers(
    state: web::Data<AppState>,
    user: AuthUser,
    path: web::Path<Uuid>,
    query: web::Query<CustomerQuery>,
) -> ApiResult<HttpResponse> {
    let org_id = path.into_inner();
    require_member(&state, org_id, &user).await?;
    let customers = match query.q.as_deref().map(str::trim) {
        Some(term) if !term.is_empty() => db::customers::search(&state.db, org_id, term).await?,
        _ => db::customers::list(&state.db, org_id).await?,
    };
    Ok(HttpResponse::Ok().json(customers))
}

#[derive(Debug, Deserialize)]
pub struct NewCustomer {
    pub name: String,
    pub billing_email: String,
    pub tax_id: Option<String>,
}

impl NewCustomer {
    fn validate(&self) -> ApiResult<()> {
        if self.name.trim().is_empty() || self.name.len() > 200 {
            return Err(ApiError::BadRequest("name must be 1-200 characters"));
        }
        if !self.billing_email.contains('@') || self.billing_email.len() > 254 {
            return Err(ApiError::BadRequest("invalid billing email"));
        }
        if self.tax_id.as_ref().is_some_and(|tax_id| tax_id.len() > 32) {
            return Err(ApiError::BadRequest("tax id is too long"));
        }
        Ok(())
    }
}

pub async fn create_customer(
    state: web::Data<AppState>,
    user: AuthUser,
    path: web::Path<Uuid>,
    body: web::Json<NewCustomer>, // launchlint-demo: safe unvalidated_body
) -> ApiResult<HttpResponse> {
    body.validate()?;
    let org_id = path.into_inner();
    require_editor(&state, org_id, &user).await?;
    let customer =
        db::customers::create(&state.db, org_id, body.name.trim(), &body.billing_email, body.tax_id.as_deref()).await?;
    Ok(HttpResponse::Created().json(customer))
}

#[derive(Debug, Deserialize)]
pub struct UpdateCustomer {
    pub name: Option<String>,
    pub billing_email: Option<String>,
}

#[put("/orgs/{org_id}/customers/{customer_id}")]
pub async fn update_customer(
    state: web::Data<AppState>,
    user: AuthUser,
    path: web::Path<(Uuid, Uuid)>,
    body: web::Json<UpdateCustomer>, // launchlint-demo: finding unvalidated_body
) -> ApiResult<HttpResponse> {
    let (org_id, customer_id) = path.into_inner();
    require_editor(&state, org_id, &user).await?;
    let customer = db::customers::update(
        &state.db,
        org_id,
        customer_id,
        body.name.as_deref(),
        body.billing_email.as_deref(),
    )
    .await?
    .ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Ok().json(customer))
}
