//! claimlint: checks numeric claims in prose for internal consistency.
//!
//! The pipeline runs one way: [`document`] (text, lines) → [`extract`] (mentions with
//! exact quantities) → claims → relations → rules → diagnostics → renderers.
#![warn(clippy::print_stdout, clippy::print_stderr)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod document;
pub mod extract;
pub mod quantity;
pub mod render;
