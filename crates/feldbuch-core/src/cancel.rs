//! Cancelling long work (a backup, an import) from another thread: the window's Cancel button
//! and locking set the flag; the work checks it between steps and stops without leaving half a
//! result.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

/// A shared flag: once set, the work it was handed to stops at its next check.
#[derive(Clone, Debug, Default)]
pub struct Cancel(Arc<AtomicBool>);

impl Cancel {
    pub fn new() -> Self {
        Self::default()
    }

    /// Ask the work to stop.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

/// How far long work is, as "done of total" in its own unit (bytes for a backup), readable from
/// any thread while the work updates it.
#[derive(Clone, Default)]
pub struct Meter {
    done: Arc<AtomicU64>,
    total: Arc<AtomicU64>,
    listener: Option<Arc<Listener>>,
}

type Listener = dyn Fn(u64, u64) + Send + Sync;

impl std::fmt::Debug for Meter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (done, total) = self.read();
        f.debug_struct("Meter")
            .field("done", &done)
            .field("total", &total)
            .finish()
    }
}

impl Meter {
    pub fn new() -> Self {
        Self::default()
    }

    /// Begin anew: nothing done of `total` (the listener is not called).
    pub fn start(&self, total: u64) {
        self.done.store(0, Ordering::SeqCst);
        self.total.store(total, Ordering::SeqCst);
    }

    /// A meter that also calls `listener(done, total)` on the working thread at each step
    /// (the CLI prints from it).
    pub fn with_listener(listener: impl Fn(u64, u64) + Send + Sync + 'static) -> Self {
        Self {
            listener: Some(Arc::new(listener)),
            ..Self::default()
        }
    }

    pub fn set_done(&self, done: u64) {
        self.done.store(done, Ordering::SeqCst);
        if let Some(l) = &self.listener {
            let (done, total) = self.read();
            l(done, total);
        }
    }

    /// `(done, total)`; `done` never above `total` once a total is known.
    pub fn read(&self) -> (u64, u64) {
        let total = self.total.load(Ordering::SeqCst);
        let done = self.done.load(Ordering::SeqCst);
        (if total > 0 { done.min(total) } else { done }, total)
    }
}
