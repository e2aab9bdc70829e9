//! `cargo launchlint routes`: the route inventory.

use super::EXIT_ERROR;
use crate::cli::CheckArgs;

pub fn run(_a: &CheckArgs) -> u8 {
    super::error(
        "the route inventory is not available in this version: launchlint does not model routes yet",
        Some("`cargo launchlint check` runs every implemented lint; see `cargo launchlint lints`"),
    );
    EXIT_ERROR
}
