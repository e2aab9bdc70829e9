pub mod health;
pub mod invoices;
pub mod projects;
