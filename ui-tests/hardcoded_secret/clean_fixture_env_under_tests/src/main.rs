fn main() {
    let token = std::env::var("SLACK_BOT_TOKEN").expect("SLACK_BOT_TOKEN must be set");
    println!("configured ({} chars)", token.len());
}
