pub mod invoices;
pub mod members;
