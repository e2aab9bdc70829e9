mod models;
mod repo;
mod schema;

fn main() {
    let url = std::env::var("DATABASE_URL").expect("DATABASE_URL");
    let _ = repo::connect(&url);
}
