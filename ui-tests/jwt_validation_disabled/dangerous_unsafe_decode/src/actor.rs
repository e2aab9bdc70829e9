use jsonwebtoken::dangerous_unsafe_decode;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct ActorClaims {
    sub: String,
    name: String,
}

#[derive(Debug)]
pub struct Actor {
    pub id: String,
    pub display_name: String,
}

/// Attributes an audit event to whoever the bearer token names.
pub fn actor_of(bearer: &str) -> Option<Actor> {
    let data = dangerous_unsafe_decode::<ActorClaims>(bearer).ok()?; //~ jwt_validation_disabled

    Some(Actor {
        id: data.claims.sub,
        display_name: data.claims.name,
    })
}
