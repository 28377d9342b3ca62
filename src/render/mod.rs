//! Renderers: turn the pipeline's data into text for people or machines. Nothing
//! upstream knows about tables, JSON or terminals.

pub mod claims;
pub mod human;
pub mod json;
