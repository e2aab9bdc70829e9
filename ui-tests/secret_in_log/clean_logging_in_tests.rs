//! Tests print fixtures freely.

pub fn hash(password: &str) -> String {
    format!("{:x}", password.len())
}

#[cfg(test)]
mod tests {
    #[test]
    fn hashes() {
        let password = "correct horse battery staple";
        println!("hashing {password}");
        dbg!(super::hash(password));
    }
}
