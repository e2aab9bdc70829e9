fn main() {
    let port = std::env::var("PORT").unwrap_or_else(|_| "8080".into());
    println!("port {port}");
}
