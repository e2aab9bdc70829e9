pub mod todos;
