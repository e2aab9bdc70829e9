use serde::Deserialize;

#[derive(Deserialize)]
struct Settings {
    port: u16,
}

fn main() -> Result<(), config::ConfigError> {
    let settings: Settings = config::Config::builder()
        .add_source(config::File::with_name("config/base"))
        .add_source(config::File::with_name("config/production"))
        .add_source(config::Environment::with_prefix("APP").separator("__"))
        .build()?
        .try_deserialize()?;
    println!("listening on {}", settings.port);
    Ok(())
}
