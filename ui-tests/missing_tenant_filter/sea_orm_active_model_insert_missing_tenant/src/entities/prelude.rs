pub use super::project::Entity as Project;
pub use super::task::Entity as Task;
pub use super::workspace::Entity as Workspace;
