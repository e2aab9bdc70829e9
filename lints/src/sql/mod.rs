//! Database lints: tenant scoping of queries and SQL built from strings.

pub mod missing_tenant_filter;
pub mod sql_interpolation;
