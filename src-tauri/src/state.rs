//! App state: the data directory, the open store while unlocked, and the idle timer.
//! Locking drops the store: SQLCipher closes the database and wipes its key from memory.

use feldbuch_core::{DataDir, Error, SharedClock, Store};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// Shared, cloneable handle to the app state.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub struct Inner {
    pub data: DataDir,
    pub clock: SharedClock,
    session: Mutex<Option<Store>>,
    last_activity: Mutex<Instant>,
    keyring: Mutex<Option<Result<(), String>>>,
}

impl AppState {
    pub fn new(data: DataDir, clock: SharedClock) -> Self {
        Self(Arc::new(Inner {
            data,
            clock,
            session: Mutex::new(None),
            last_activity: Mutex::new(Instant::now()),
            keyring: Mutex::new(None),
        }))
    }

    pub fn data(&self) -> &DataDir {
        &self.0.data
    }

    pub fn clock(&self) -> SharedClock {
        self.0.clock.clone()
    }

    fn session(&self) -> Result<MutexGuard<'_, Option<Store>>, Error> {
        self.0
            .session
            .lock()
            .map_err(|_| Error::Internal("session lock poisoned".into()))
    }

    /// Make sure the OS keyring is installed (once); its failure is reported on every attempt.
    pub fn ensure_keyring(&self) -> Result<(), Error> {
        let mut g = self
            .0
            .keyring
            .lock()
            .map_err(|_| Error::Internal("keyring lock poisoned".into()))?;
        if !matches!(*g, Some(Ok(()))) {
            *g =
                Some(feldbuch_core::custody::install_platform_keyring().map_err(|e| e.to_string()));
        }
        match g.as_ref() {
            Some(Ok(())) => Ok(()),
            Some(Err(msg)) => Err(Error::KeyringUnavailable(msg.clone())),
            None => Err(Error::Internal("keyring".into())),
        }
    }

    pub fn is_unlocked(&self) -> bool {
        self.session().map(|g| g.is_some()).unwrap_or(false)
    }

    /// Keep an unlocked store.
    pub fn set_store(&self, store: Store) -> Result<(), Error> {
        *self.session()? = Some(store);
        self.touch();
        Ok(())
    }

    /// Close the store (if open).
    pub fn lock(&self) {
        if let Ok(mut g) = self.0.session.lock() {
            if let Some(store) = g.take() {
                let _ = store.checkpoint();
                drop(store);
            }
        }
    }

    /// Run `f` with the open store; `error-locked` when there is none. Counts as activity.
    pub fn with_store<T>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, Error>,
    ) -> Result<T, Error> {
        let mut g = self.session()?;
        let store = g.as_mut().ok_or(Error::Locked)?;
        let out = f(store);
        drop(g);
        self.touch();
        out
    }

    /// Record user activity (resets the idle timer).
    pub fn touch(&self) {
        if let Ok(mut g) = self.0.last_activity.lock() {
            *g = Instant::now();
        }
    }

    fn idle_for(&self) -> Duration {
        self.0
            .last_activity
            .lock()
            .map(|g| g.elapsed())
            .unwrap_or_default()
    }
}

/// Lock the store after the configured idle minutes. Runs for the life of the process.
pub fn start_auto_lock(state: AppState) {
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_secs(5));
        let minutes = u64::from(state.data().settings().auto_lock_minutes.max(1));
        if state.is_unlocked() && state.idle_for() >= Duration::from_secs(minutes * 60) {
            state.lock();
        }
    });
}
