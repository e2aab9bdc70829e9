mod router;

pub use router::router;
