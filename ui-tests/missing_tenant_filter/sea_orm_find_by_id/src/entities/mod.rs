pub mod prelude;
pub mod project;
pub mod task;
pub mod workspace;
