//! Newsletter subscriptions (actix-web, "parse, don't validate"): the form is converted into a
//! `NewSubscriber` whose fields can only hold valid values.

use actix_web::{post, web, App, HttpResponse, HttpServer};
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Deserialize)]
pub struct FormData {
    email: String,
    name: String,
}

pub struct SubscriberName(String);
pub struct SubscriberEmail(String);

pub struct NewSubscriber {
    pub email: SubscriberEmail,
    pub name: SubscriberName,
}

impl TryFrom<FormData> for NewSubscriber {
    type Error = String;

    fn try_from(form: FormData) -> Result<Self, Self::Error> {
        let name = form.name.trim();
        if name.is_empty() || name.chars().count() > 256 || name.contains(['<', '>', '"']) {
            return Err(format!("{} is not a valid subscriber name", form.name));
        }
        if !form.email.contains('@') || form.email.len() > 254 {
            return Err(format!("{} is not a valid email", form.email));
        }
        Ok(NewSubscriber { email: SubscriberEmail(form.email), name: SubscriberName(name.to_owned()) })
    }
}

#[post("/subscriptions")]
#[launchlint::public(reason = "newsletter sign-up on the public site")]
async fn subscribe(form: web::Form<FormData>, pool: web::Data<PgPool>) -> HttpResponse {
    let new_subscriber: NewSubscriber = match form.0.try_into() {
        Ok(subscriber) => subscriber,
        Err(_) => return HttpResponse::BadRequest().finish(),
    };
    match sqlx::query("INSERT INTO subscriptions (id, email, name, subscribed_at) VALUES ($1, $2, $3, now())")
        .bind(Uuid::new_v4())
        .bind(&new_subscriber.email.0)
        .bind(&new_subscriber.name.0)
        .execute(pool.get_ref())
        .await
    {
        Ok(_) => HttpResponse::Ok().finish(),
        Err(_) => HttpResponse::InternalServerError().finish(),
    }
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPool::connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL")).expect("pool");
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).service(subscribe))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
