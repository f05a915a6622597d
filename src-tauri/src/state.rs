//! App state: the data directory, the open store while unlocked, and the idle timer.
//! Locking drops the store: SQLCipher closes the database and wipes its key from memory.

use feldbuch_core::{DataDir, Error, SharedClock, Store};
use std::sync::atomic::{AtomicBool, Ordering};
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
    /// Set by `cancel_import`, read by a running import after each file.
    cancel: AtomicBool,
    /// Whether a store is open, readable without waiting for `session`: `app_status` runs on
    /// the main thread and is polled, so it must not wait for a long command (an import holds
    /// the session for seconds) or the whole window would freeze meanwhile.
    open: AtomicBool,
}

impl AppState {
    pub fn new(data: DataDir, clock: SharedClock) -> Self {
        Self(Arc::new(Inner {
            data,
            clock,
            session: Mutex::new(None),
            last_activity: Mutex::new(Instant::now()),
            keyring: Mutex::new(None),
            cancel: AtomicBool::new(false),
            open: AtomicBool::new(false),
        }))
    }

    pub fn data(&self) -> &DataDir {
        &self.0.data
    }

    pub fn clock(&self) -> SharedClock {
        self.0.clock.clone()
    }

    /// The session, waiting for a running command. A command that panicked while it held the
    /// store leaves the lock poisoned: the store it may have left half-way is closed (its key
    /// wiped), the poison cleared, and the app is locked – it never stays open.
    fn session(&self) -> Result<MutexGuard<'_, Option<Store>>, Error> {
        match self.0.session.lock() {
            Ok(g) => Ok(g),
            Err(poisoned) => {
                let mut g = poisoned.into_inner();
                drop(g.take());
                self.0.open.store(false, Ordering::SeqCst);
                self.0.session.clear_poison();
                Err(Error::Locked)
            }
        }
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
        self.0.open.load(Ordering::SeqCst)
    }

    /// Keep an unlocked store (also over a lock an earlier panicking command poisoned: the store
    /// it held is dropped here).
    pub fn set_store(&self, store: Store) -> Result<(), Error> {
        let mut g = match self.0.session.lock() {
            Ok(g) => g,
            Err(poisoned) => {
                let g = poisoned.into_inner();
                self.0.session.clear_poison();
                g
            }
        };
        *g = Some(store);
        drop(g);
        self.0.open.store(true, Ordering::SeqCst);
        self.touch();
        Ok(())
    }

    /// Close the store (if open), also after a command panicked while it held it.
    pub fn lock(&self) {
        // `session` closes a store left by a panicking command (and answers "locked").
        if let Ok(mut g) = self.session() {
            if let Some(store) = g.take() {
                let _ = store.checkpoint();
                drop(store);
            }
            self.0.open.store(false, Ordering::SeqCst);
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

    /// Ask the running long task (an import) to stop.
    pub fn request_cancel(&self) {
        self.0.cancel.store(true, Ordering::SeqCst);
    }

    /// Forget an earlier cancel: a new task starts.
    pub fn reset_cancel(&self) {
        self.0.cancel.store(false, Ordering::SeqCst);
    }

    pub fn cancel_requested(&self) -> bool {
        self.0.cancel.load(Ordering::SeqCst)
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

    /// Lock when the store has been idle for the configured minutes. Returns whether it locked.
    pub fn lock_if_idle(&self) -> bool {
        let minutes = u64::from(self.data().settings().auto_lock_minutes.max(1));
        if self.is_unlocked() && self.idle_for() >= Duration::from_secs(minutes * 60) {
            self.lock();
            return true;
        }
        false
    }
}

/// Lock the store after the configured idle minutes. Runs for the life of the process.
pub fn start_auto_lock(state: AppState) {
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_secs(5));
        state.lock_if_idle();
    });
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use feldbuch_core::custody::{install_platform_keyring, OsKeyring};
    use feldbuch_core::store::profile::NewProfile;
    use feldbuch_core::vocab::{Locale, Role};
    use feldbuch_core::{Passphrase, SystemClock};

    /// A state with a freshly set-up, unlocked store (real keyring: the test command gives one).
    fn unlocked_state() -> (tempfile::TempDir, AppState) {
        install_platform_keyring().expect("run inside .ci/with-keyring");
        let tmp = tempfile::tempdir().unwrap();
        let state = AppState::new(DataDir::new(tmp.path().join("d")), Arc::new(SystemClock));
        let profile = NewProfile {
            display_name: "Erika Muster".into(),
            initials: "EM".into(),
            team: None,
            role: Role::Worker,
            locale: Locale::De,
        };
        let (store, _) = state
            .data()
            .init(
                &profile,
                &Passphrase::new("korrekt pferd"),
                &OsKeyring,
                state.clock(),
            )
            .unwrap();
        state.set_store(store).unwrap();
        (tmp, state)
    }

    /// Runs against the real keyring (the test command provides one).
    #[test]
    fn idle_store_is_locked_and_commands_then_report_locked() {
        let (_tmp, state) = unlocked_state();
        state.data().set_auto_lock_minutes(2).unwrap();

        assert!(!state.lock_if_idle(), "locked although just used");
        assert!(state.with_store(|s| s.list_sites()).is_ok());

        // Pretend the last activity was three minutes ago.
        *state.0.last_activity.lock().unwrap() = Instant::now() - Duration::from_secs(180);
        assert!(state.lock_if_idle());
        assert!(!state.is_unlocked());
        let err = state.with_store(|s| s.list_sites()).unwrap_err();
        assert_eq!(err.code(), "error-locked");
    }

    /// A command that panics while it holds the store poisons the lock: auto-lock (and every
    /// later command) still closes the store, and the app is then simply locked.
    #[test]
    fn a_command_that_panics_never_leaves_the_store_open() {
        let (_tmp, state) = unlocked_state();
        state.data().set_auto_lock_minutes(1).unwrap();
        let panicking = state.clone();
        let joined = std::thread::spawn(move || {
            let _ = panicking.with_store(|_| -> Result<(), Error> { panic!("a command failed") });
        })
        .join();
        assert!(joined.is_err(), "the command panicked");
        assert!(state.0.session.is_poisoned());
        // The idle limit passes: auto-lock closes the store despite the poisoned lock.
        *state.0.last_activity.lock().unwrap() = Instant::now() - Duration::from_secs(120);
        assert!(state.lock_if_idle());
        assert!(!state.is_unlocked());
        assert!(
            state.0.session.lock().unwrap().is_none(),
            "the store was dropped"
        );
        assert!(!state.0.session.is_poisoned());
        let err = state.with_store(|s| s.list_sites()).unwrap_err();
        assert_eq!(err.code(), "error-locked");

        // And without auto-lock: the next command finds the store closed, not half-open.
        let (_tmp2, state) = unlocked_state();
        let panicking = state.clone();
        let _ = std::thread::spawn(move || {
            let _ = panicking.with_store(|_| -> Result<(), Error> { panic!("again") });
        })
        .join();
        let err = state.with_store(|s| s.list_sites()).unwrap_err();
        assert_eq!(err.code(), "error-locked");
        assert!(!state.is_unlocked());
    }

    /// `app_status` (polled on the main thread) must not wait for a command that holds the
    /// store, such as an import.
    #[test]
    fn whether_the_store_is_open_is_known_while_a_long_command_holds_it() {
        let (_tmp, state) = unlocked_state();
        let (held_tx, held_rx) = std::sync::mpsc::channel();
        let (answered_tx, answered_rx) = std::sync::mpsc::channel::<()>();
        let holder = {
            let state = state.clone();
            std::thread::spawn(move || {
                state
                    .with_store(|_| {
                        held_tx.send(()).unwrap();
                        // Released when the answer came, or after 10 s if it never could.
                        Ok(answered_rx.recv_timeout(Duration::from_secs(10)).is_ok())
                    })
                    .unwrap()
            })
        };
        held_rx.recv().unwrap();
        assert!(state.is_unlocked());
        let _ = answered_tx.send(());
        assert!(
            holder.join().unwrap(),
            "is_unlocked waited for the command holding the store"
        );
        state.lock();
        assert!(!state.is_unlocked());
    }
}
