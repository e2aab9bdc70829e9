pub mod threads;
