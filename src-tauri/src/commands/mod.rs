//! Command adapters, grouped by area. Each unpacks state, calls one core function, maps the error.

pub mod contacts;
pub mod exchange;
pub mod report;
pub mod session;
pub mod settings;
pub mod sites;
pub mod workflow;
