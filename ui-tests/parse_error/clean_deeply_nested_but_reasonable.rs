//! Nested closures and matches typical of real handlers parse fine.

pub fn classify(events: &[(u8, Option<Result<u32, String>>)]) -> Vec<&'static str> {
    events
        .iter()
        .map(|(kind, payload)| match kind {
            0 => match payload {
                Some(Ok(n)) if *n > 10 => "big",
                Some(Ok(_)) => "small",
                Some(Err(e)) if e.is_empty() => "empty-error",
                Some(Err(_)) => "error",
                None => "none",
            },
            _ => "other",
        })
        .collect()
}
