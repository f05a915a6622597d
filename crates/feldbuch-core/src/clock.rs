//! Injected time: the store never reads the system clock itself, so tests can set "now".

use chrono::{DateTime, Local, NaiveDate, Utc};
use std::sync::{Arc, Mutex};

/// A source of the current time.
pub trait Clock: Send + Sync {
    /// Current instant in UTC.
    fn now(&self) -> DateTime<Utc>;
    /// Today's date where the worker is (the local calendar day).
    fn today(&self) -> NaiveDate;
    /// The local calendar day of an instant (on the same calendar as `today`).
    fn date_of(&self, t: DateTime<Utc>) -> NaiveDate {
        t.with_timezone(&Local).date_naive()
    }
}

/// The real clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
    fn today(&self) -> NaiveDate {
        Local::now().date_naive()
    }
}

/// A clock the tests set by hand.
#[derive(Debug, Clone)]
pub struct FixedClock(Arc<Mutex<DateTime<Utc>>>);

impl FixedClock {
    /// A clock standing at `at`.
    pub fn new(at: DateTime<Utc>) -> Self {
        Self(Arc::new(Mutex::new(at)))
    }
    /// Move the clock.
    pub fn set(&self, at: DateTime<Utc>) {
        if let Ok(mut g) = self.0.lock() {
            *g = at;
        }
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        self.0
            .lock()
            .map(|g| *g)
            .unwrap_or_else(|p| *p.into_inner())
    }
    fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }
    fn date_of(&self, t: DateTime<Utc>) -> NaiveDate {
        t.date_naive()
    }
}

/// Shared handle to a clock.
pub type SharedClock = Arc<dyn Clock>;
