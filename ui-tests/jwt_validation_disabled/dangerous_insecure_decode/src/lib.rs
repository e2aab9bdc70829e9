pub mod caller;
