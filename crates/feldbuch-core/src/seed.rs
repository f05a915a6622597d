//! Seeded synthetic data (filled in below).
