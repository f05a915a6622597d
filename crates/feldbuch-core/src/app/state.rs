//! App state: the data directory, the open store while unlocked, the long work running beside
//! it, and the idle timer. Locking stops the long work (each on a connection of its own), waits
//! for it to close its connection, then drops the store: SQLCipher closes the database and wipes
//! its key from memory.
//!
//! Long work (a backup, an import) never holds the session: it runs on its own connection
//! ([`Store::open_again`]) so that Heute, search and logging keep answering. Files in folders
//! outside the data directory are read and written without the session and without a
//! connection, so a folder that hangs cannot keep the key in memory past the idle limit.

use crate::exchange::{self, ImportRun};
use crate::store::backup::{Backup, BackupKind};
use crate::store::InterruptHandle;
use crate::{Cancel, DataDir, Error, Meter, SharedClock, Store};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// How long locking waits for long work to stop and close its connection. Work stops at its
/// next check (a running SQL statement is interrupted at once; an import also between files);
/// this bound only keeps a lock from hanging on work that does not come back.
const JOB_STOP_WAIT: Duration = Duration::from_secs(10);

/// The day's backup starts this long after the unlock, so that Heute is drawn before the copy
/// competes for the two cores (measured: unlock to Heute 472 ms at a million contacts with the
/// backup starting at once, docs/BENCHMARKS.md).
const DAY_BACKUP_DELAY: Duration = Duration::from_secs(5);

/// Pages the backup's own connection caches (KiB): it reads the store once, front to back, and
/// needs no more (the session's connection keeps 32 MiB).
const BACKUP_CACHE_KIB: u32 = 2048;

/// Kinds of long work; at most one of each runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobKind {
    Backup,
    Import,
}

struct Job {
    id: u64,
    kind: JobKind,
    cancel: Cancel,
    /// Set while the job holds a connection of its own (and so a copy of the key).
    interrupt: Option<InterruptHandle>,
}

#[derive(Default)]
struct Jobs {
    list: Mutex<Vec<Job>>,
    changed: Condvar,
    next: AtomicU64,
}

/// The backup running in the background, and how the last one ended.
#[derive(Default)]
struct BackupRun {
    meter: Option<Meter>,
    /// Why the last background backup failed (a Fluent id), if it did.
    problem: Option<&'static str>,
}

/// What the window shows of backups in the background.
#[derive(Debug, Clone, Default)]
pub struct BackupActivity {
    /// `(bytes written, of the store's bytes)` while one runs.
    pub running: Option<(u64, u64)>,
    pub problem: Option<&'static str>,
}

/// Shared, cloneable handle to the app state.
#[derive(Clone)]
pub struct App(Arc<Inner>);

pub struct Inner {
    pub data: DataDir,
    pub clock: SharedClock,
    session: Mutex<Option<Store>>,
    last_activity: Mutex<Instant>,
    keyring: Mutex<Option<Result<(), String>>>,
    /// Whether a store is open, readable without waiting for `session`: `app_status` runs on
    /// the main thread and is polled, so it must not wait for a command that holds the session.
    open: AtomicBool,
    jobs: Jobs,
    backup: Mutex<BackupRun>,
    /// The files this app wrote for the user since it started (newest last, at most 50): the
    /// only ones "show in folder" opens.
    written: Mutex<Vec<std::path::PathBuf>>,
}

impl App {
    pub fn new(data: DataDir, clock: SharedClock) -> Self {
        Self(Arc::new(Inner {
            data,
            clock,
            session: Mutex::new(None),
            last_activity: Mutex::new(Instant::now()),
            keyring: Mutex::new(None),
            open: AtomicBool::new(false),
            jobs: Jobs::default(),
            backup: Mutex::new(BackupRun::default()),
            written: Mutex::new(Vec::new()),
        }))
    }

    /// Note a file written for the user (so that it may be shown in its folder).
    pub fn remember_written(&self, path: &std::path::Path) {
        let mut w = self
            .0
            .written
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        w.push(path.to_path_buf());
        let excess = w.len().saturating_sub(50);
        w.drain(..excess);
    }

    /// Whether this app wrote `path` for the user since it started.
    pub fn wrote(&self, path: &std::path::Path) -> bool {
        self.0
            .written
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .iter()
            .any(|p| p == path)
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
            *g = Some(crate::custody::install_platform_keyring().map_err(|e| e.to_string()));
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

    /// Close the store (if open), also after a command panicked while it held it. Long work is
    /// stopped first and waited for (bounded), so that its connections and their keys go too.
    pub fn lock(&self) {
        // `session` closes a store left by a panicking command (and answers "locked"). Holding
        // the session while the jobs stop keeps a job from opening its connection meanwhile.
        if let Ok(mut g) = self.session() {
            self.stop_jobs();
            if let Some(store) = g.take() {
                let _ = store.checkpoint();
                drop(store);
            }
            self.0.open.store(false, Ordering::SeqCst);
        } else {
            self.stop_jobs();
        }
    }

    /// Cancel every job, interrupt the statement each one runs, and wait until those that hold
    /// a connection have closed it.
    fn stop_jobs(&self) {
        let jobs = &self.0.jobs;
        let Ok(mut list) = jobs.list.lock() else {
            return;
        };
        let deadline = Instant::now() + JOB_STOP_WAIT;
        loop {
            // Interrupted again after each wake: a job may be between two statements.
            for job in list.iter() {
                job.cancel.cancel();
                if let Some(h) = &job.interrupt {
                    h.interrupt();
                }
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() || !list.iter().any(|j| j.interrupt.is_some()) {
                return;
            }
            list = match jobs
                .changed
                .wait_timeout(list, left.min(Duration::from_millis(100)))
            {
                Ok((l, _)) => l,
                Err(_) => return,
            };
        }
    }

    /// Register long work of `kind`; refused while one of the kind runs.
    pub fn begin_job(&self, kind: JobKind) -> Result<JobGuard, Error> {
        let jobs = &self.0.jobs;
        let mut list = jobs
            .list
            .lock()
            .map_err(|_| Error::Internal("jobs lock poisoned".into()))?;
        if list.iter().any(|j| j.kind == kind) {
            return Err(Error::invalid(
                match kind {
                    JobKind::Backup => "error-backup-running",
                    JobKind::Import => "error-import-running",
                },
                &[],
            ));
        }
        let id = jobs.next.fetch_add(1, Ordering::SeqCst);
        let cancel = Cancel::new();
        list.push(Job {
            id,
            kind,
            cancel: cancel.clone(),
            interrupt: None,
        });
        Ok(JobGuard {
            state: self.clone(),
            id,
            cancel,
        })
    }

    /// Ask the running job of `kind` (if any) to stop.
    pub fn cancel_job(&self, kind: JobKind) {
        if let Ok(list) = self.0.jobs.list.lock() {
            for job in list.iter().filter(|j| j.kind == kind) {
                job.cancel.cancel();
                if let Some(h) = &job.interrupt {
                    h.interrupt();
                }
            }
        }
    }

    /// How many jobs hold a connection of their own (and so a copy of the key).
    pub fn job_connections(&self) -> usize {
        self.0
            .jobs
            .list
            .lock()
            .map(|l| l.iter().filter(|j| j.interrupt.is_some()).count())
            .unwrap_or(0)
    }

    /// Start the day's backup in the background if it is due (after an unlock).
    pub fn start_backup_if_due(&self) -> Result<(), Error> {
        let due = {
            let g = self.session()?;
            g.as_ref().ok_or(Error::Locked)?.backup_due()?
        };
        if due {
            self.start_backup_after(BackupKind::Scheduled, Meter::new(), DAY_BACKUP_DELAY)?;
        }
        Ok(())
    }

    /// Start a backup in the background, on a connection of its own; [`App::backups`]
    /// shows how far it is. Returns at once.
    pub fn start_backup(&self, kind: BackupKind) -> Result<(), Error> {
        self.start_backup_with(kind, Meter::new())
    }

    /// [`App::start_backup`], followed by `meter`.
    pub fn start_backup_with(&self, kind: BackupKind, meter: Meter) -> Result<(), Error> {
        self.start_backup_after(kind, meter, Duration::ZERO)
    }

    /// Start a backup in the background after `delay` (a lock or a cancel meanwhile stops it
    /// before it opens anything). It shows as running from now.
    fn start_backup_after(
        &self,
        kind: BackupKind,
        meter: Meter,
        delay: Duration,
    ) -> Result<(), Error> {
        let guard = self.begin_job(JobKind::Backup)?;
        // Opened now when there is no delay, so that a locked store is said at once.
        let mut early = if delay.is_zero() {
            Some(guard.open_connection()?)
        } else {
            None
        };
        if let Ok(mut b) = self.0.backup.lock() {
            b.meter = Some(meter.clone());
            b.problem = None;
        }
        let state = self.clone();
        std::thread::spawn(move || {
            let waited = Instant::now();
            while waited.elapsed() < delay && !guard.cancelled() {
                std::thread::sleep(Duration::from_millis(50).min(delay));
            }
            let made: Result<Backup, Error> = early
                .take()
                .map_or_else(|| guard.open_connection(), Ok)
                .and_then(|mut store| {
                    store
                        .conn()
                        .execute_batch(&format!("PRAGMA cache_size = -{BACKUP_CACHE_KIB};"))?;
                    let made = store.make_backup(kind, &guard.cancel, &meter);
                    // Closing the connection wipes its key; only then is the job over.
                    drop(store);
                    made
                });
            if let Ok(mut b) = state.0.backup.lock() {
                b.meter = None;
                b.problem = match made {
                    Ok(_) | Err(Error::Cancelled) | Err(Error::Locked) => None,
                    Err(e) => Some(e.code()),
                };
            }
            drop(guard);
        });
        Ok(())
    }

    /// Import bundle files and folders of them (lead): copied into the data directory first with
    /// no session and no connection (a folder that hangs holds no key), then imported on a
    /// connection of its own, each file in its own transaction. `progress` is told after each
    /// file. A cancel ([`App::cancel_job`]) or a lock stops it after the file in hand.
    pub fn run_import(
        &self,
        paths: &[std::path::PathBuf],
        identity: Option<age::x25519::Identity>,
        accept_gap: bool,
        progress: &mut dyn FnMut(&exchange::Progress),
    ) -> Result<ImportRun, Error> {
        let job = self.begin_job(JobKind::Import)?;
        let run = exchange::import_staged(
            paths,
            self.data().path(),
            &job.cancel,
            || job.open_connection(),
            identity,
            accept_gap,
            progress,
        );
        // The import's connection is closed by now: the job ends.
        drop(job);
        run
    }

    /// Keep why a backup could not start (shown like a failed one).
    pub fn note_backup_problem(&self, code: &'static str) {
        if let Ok(mut b) = self.0.backup.lock() {
            b.problem = Some(code);
        }
    }

    /// The background backup: how far it is, or why the last one failed.
    pub fn backups(&self) -> BackupActivity {
        self.0
            .backup
            .lock()
            .map(|b| BackupActivity {
                running: b.meter.as_ref().map(Meter::read),
                problem: b.problem,
            })
            .unwrap_or_default()
    }

    /// Run `f` with the open store; `error-locked` when there is none. Counts as activity.
    pub fn with_store<T>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, Error>,
    ) -> Result<T, Error> {
        let out = self.with_store_quietly(f);
        self.touch();
        out
    }

    /// Run `f` with the open store without counting it as activity: for what the window polls
    /// on its own (a backup's progress), which must not keep the store from locking.
    pub fn with_store_quietly<T>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, Error>,
    ) -> Result<T, Error> {
        let mut g = self.session()?;
        let store = g.as_mut().ok_or(Error::Locked)?;
        f(store)
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

/// Long work registered with the app state; dropping it ends the job (after the work closed its
/// connection).
pub struct JobGuard {
    state: App,
    id: u64,
    pub cancel: Cancel,
}

impl JobGuard {
    /// Open the job's own connection to the store. Refused when the store is locked or the job
    /// was cancelled (a lock under way): no job's connection outlives a lock.
    pub fn open_connection(&self) -> Result<Store, Error> {
        let g = self.state.session()?;
        let main = g.as_ref().ok_or(Error::Locked)?;
        let mut list = self
            .state
            .0
            .jobs
            .list
            .lock()
            .map_err(|_| Error::Internal("jobs lock poisoned".into()))?;
        if self.cancel.is_cancelled() {
            return Err(Error::Cancelled);
        }
        let store = main.open_again()?;
        if let Some(job) = list.iter_mut().find(|j| j.id == self.id) {
            job.interrupt = Some(store.interrupt_handle());
        }
        Ok(store)
    }

    pub fn cancelled(&self) -> bool {
        self.cancel.is_cancelled()
    }
}

impl Drop for JobGuard {
    fn drop(&mut self) {
        let jobs = &self.state.0.jobs;
        if let Ok(mut list) = jobs.list.lock() {
            list.retain(|j| j.id != self.id);
        }
        jobs.changed.notify_all();
    }
}

/// Lock the store after the configured idle minutes. Runs for the life of the process.
pub fn start_auto_lock(state: App) {
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_secs(5));
        state.lock_if_idle();
    });
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use crate::custody::{install_platform_keyring, OsKeyring};
    use crate::ids::SiteId;
    use crate::store::contacts::ContactInput;
    use crate::store::profile::NewProfile;
    use crate::vocab::{Locale, Role};
    use crate::{Passphrase, SystemClock};

    /// A state with a freshly set-up, unlocked worker's store (real keyring: the test command
    /// gives one).
    fn unlocked_state() -> (tempfile::TempDir, App) {
        state_with(Role::Worker, 0)
    }

    fn profile(role: Role, name: &str, initials: &str) -> NewProfile {
        NewProfile {
            display_name: name.into(),
            initials: initials.into(),
            team: None,
            role,
            locale: Locale::De,
        }
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
    /// A state with an unlocked store of `role` holding `contacts` seeded contacts.
    fn state_with(role: Role, contacts: u64) -> (tempfile::TempDir, App) {
        install_platform_keyring().expect("run inside .ci/with-keyring");
        let tmp = tempfile::tempdir().unwrap();
        let state = App::new(DataDir::new(tmp.path().join("d")), Arc::new(SystemClock));
        let (mut store, _) = state
            .data()
            .init(
                &profile(role, "Tanja Leitung", "TL"),
                &Passphrase::new("korrekt pferd"),
                &OsKeyring,
                state.clock(),
            )
            .unwrap();
        if contacts > 0 {
            crate::seed::fill(
                &mut store,
                &crate::seed::SeedSpec {
                    contacts,
                    sites: 6,
                    persons: 50,
                    years: 1,
                    seed: 11,
                },
            )
            .unwrap();
        }
        state.set_store(store).unwrap();
        (tmp, state)
    }

    fn a_contact(site: SiteId, note: &str) -> ContactInput {
        ContactInput {
            site_id: site,
            kind: "kurzkontakt".into(),
            duration_min: 10,
            anonymous_count: 1,
            topics: vec!["wohnen".into()],
            note: Some(note.into()),
            ..Default::default()
        }
    }

    /// What a fresh connection sees: committed, durable.
    fn committed(state: &App, note: &str) -> i64 {
        let other = state.with_store(|s| s.open_again()).unwrap();
        other
            .conn()
            .query_row(
                "SELECT count(*) FROM contacts WHERE note = ?1",
                [note],
                |r| r.get(0),
            )
            .unwrap()
    }

    fn pretend_idle(state: &App) {
        state.data().set_auto_lock_minutes(1).unwrap();
        *state.0.last_activity.lock().unwrap() = Instant::now() - Duration::from_secs(120);
    }

    /// The day's backup runs beside the session: Heute answers and a contact is logged while it
    /// copies; auto-lock then cancels it, its connection is closed before the lock returns, and
    /// no backup file is left.
    #[test]
    fn a_backup_in_the_background_leaves_the_session_free_and_a_lock_cancels_it() {
        let (_tmp, state) = state_with(Role::Worker, 4_000);
        let (mid_tx, mid_rx) = std::sync::mpsc::channel::<()>();
        let (go_tx, go_rx) = std::sync::mpsc::channel::<()>();
        let go_rx = Mutex::new(go_rx);
        let meter = Meter::with_listener(move |_, _| {
            if mid_tx.send(()).is_ok() {
                let _ = go_rx.lock().unwrap().recv_timeout(Duration::from_secs(2));
            }
        });
        assert!(state.with_store(|s| s.backup_due()).unwrap());
        state
            .start_backup_with(BackupKind::Scheduled, meter)
            .unwrap();
        mid_rx.recv_timeout(Duration::from_secs(30)).unwrap();
        assert_eq!(state.job_connections(), 1);
        assert!(state.backups().running.is_some());
        // A second backup is refused while one runs.
        let err = state.start_backup(BackupKind::Manual).unwrap_err();
        assert_eq!(err.code(), "error-backup-running");
        // Heute and logging answer meanwhile.
        let site = state.with_store(|s| s.list_sites()).unwrap()[0].id;
        let (_, before) = state.with_store(|s| s.today_contacts_latest(50)).unwrap();
        state
            .with_store(|s| s.add_contact(&a_contact(site, "während der Sicherung")))
            .unwrap();
        assert_eq!(committed(&state, "während der Sicherung"), 1);
        let (_, after) = state.with_store(|s| s.today_contacts_latest(50)).unwrap();
        assert_eq!(after, before + 1);
        // Idle: auto-lock stops the backup and waits for its connection.
        pretend_idle(&state);
        drop(go_tx);
        assert!(state.lock_if_idle());
        assert_eq!(
            state.job_connections(),
            0,
            "the backup's connection is closed"
        );
        assert!(!state.is_unlocked());
        let activity = state.backups();
        assert_eq!(activity.running, None);
        assert_eq!(activity.problem, None, "a cancelled backup is no failure");
        let folder = state.data().path().join(crate::store::backup::BACKUP_DIR);
        let left: Vec<_> = std::fs::read_dir(&folder)
            .map(|d| d.flatten().map(|e| e.file_name()).collect())
            .unwrap_or_default();
        assert!(left.is_empty(), "{left:?}");
        // Unlocked again, the backup is still due. The day's backup waits a moment after the
        // unlock (Heute first); a lock meanwhile stops it before it opens anything.
        let unlock = |state: &App| {
            let store = state
                .data()
                .unlock(&Passphrase::new("korrekt pferd"), &OsKeyring, state.clock())
                .unwrap();
            state.set_store(store).unwrap();
        };
        unlock(&state);
        state.start_backup_if_due().unwrap();
        assert!(
            state.backups().running.is_some(),
            "shown as running at once"
        );
        state.lock();
        assert_eq!(state.job_connections(), 0);
        let deadline = Instant::now() + Duration::from_secs(10);
        while state.backups().running.is_some() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert_eq!(state.backups().running, None);
        assert_eq!(state.backups().problem, None);
        assert!(std::fs::read_dir(&folder)
            .map(|d| d.count() == 0)
            .unwrap_or(true));
        // And the next time it runs to its end.
        unlock(&state);
        state.start_backup_if_due().unwrap();
        let deadline = Instant::now() + Duration::from_secs(60);
        while state.backups().running.is_some() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        let list = state.with_store(|s| s.backups()).unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].kind, BackupKind::Scheduled);
        assert_eq!(state.backups().problem, None);
        assert!(!state.with_store(|s| s.backup_due()).unwrap());
    }

    /// Bundles of a worker's device, exported into `outbox`, for the lead's state.
    fn bundles_for(lead: &App, tmp: &std::path::Path, count: usize) -> Vec<std::path::PathBuf> {
        let office_key = tmp.join("office-key.txt");
        let recipient = crate::exchange::office_init(&office_key, chrono_now()).unwrap();
        lead.with_store(|s| {
            s.set_office_identity(&office_key)?;
            Ok(())
        })
        .unwrap();
        let dir = DataDir::new(tmp.join("worker"));
        let (mut w, _) = dir
            .init(
                &profile(Role::Worker, "Erika Muster", "EM"),
                &Passphrase::new("korrekt pferd"),
                &OsKeyring,
                Arc::new(SystemClock),
            )
            .unwrap();
        w.set_office_recipient(&recipient).unwrap();
        let outbox = tmp.join("outbox");
        std::fs::create_dir(&outbox).unwrap();
        w.set_export_folder(&outbox).unwrap();
        // Notes travel, so that each bundle's contact can be found at the lead by its note.
        w.set_export_with_notes(true).unwrap();
        crate::seed::fill(
            &mut w,
            &crate::seed::SeedSpec {
                contacts: 200,
                sites: 3,
                persons: 20,
                years: 1,
                seed: 5,
            },
        )
        .unwrap();
        let site = w.list_sites().unwrap()[0].id;
        for i in 0..count {
            w.add_contact(&a_contact(site, &format!("Bündel {i}")))
                .unwrap();
            w.export(false).unwrap();
        }
        let enrolment = serde_json::to_vec(&w.enrolment().unwrap()).unwrap();
        lead.with_store(|s| s.enrol_device(&enrolment)).unwrap();
        let mut files: Vec<_> = std::fs::read_dir(&outbox)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        files.sort();
        files
    }

    fn chrono_now() -> chrono::DateTime<chrono::Utc> {
        crate::Clock::now(&SystemClock)
    }

    /// An import runs on its own connection, one file at a time: between two files Heute
    /// answers and a contact logged is committed at once; auto-lock then stops the import after
    /// the file in hand, keeps the files before it whole, and closes the import's connection.
    #[test]
    fn an_import_leaves_the_session_free_and_auto_lock_stops_it_cleanly() {
        let (tmp, state) = state_with(Role::Lead, 300);
        let files = bundles_for(&state, tmp.path(), 3);
        assert_eq!(files.len(), 3);
        let site = state.with_store(|s| s.list_sites()).unwrap()[0].id;
        let (mid_tx, mid_rx) = std::sync::mpsc::channel::<usize>();
        let (go_tx, go_rx) = std::sync::mpsc::channel::<()>();
        let importer = {
            let state = state.clone();
            let files = files.clone();
            std::thread::spawn(move || {
                state.run_import(&files, None, false, &mut |p| {
                    if p.done == 1 {
                        let _ = mid_tx.send(p.done);
                        let _ = go_rx.recv_timeout(Duration::from_secs(30));
                    }
                })
            })
        };
        assert_eq!(mid_rx.recv_timeout(Duration::from_secs(60)).unwrap(), 1);
        assert_eq!(state.job_connections(), 1);
        // The import's first file is in; the session answers and writes meanwhile.
        let err = state
            .run_import(&files, None, false, &mut |_| {})
            .unwrap_err();
        assert_eq!(err.code(), "error-import-running");
        state.with_store(|s| s.today_contacts_latest(50)).unwrap();
        state
            .with_store(|s| s.add_contact(&a_contact(site, "während des Imports")))
            .unwrap();
        assert_eq!(committed(&state, "während des Imports"), 1);
        assert_eq!(committed(&state, "Bündel 0"), 1, "the first file is merged");
        // Idle: auto-lock (the import's progress is not the user's activity).
        pretend_idle(&state);
        let locker = {
            let state = state.clone();
            std::thread::spawn(move || state.lock_if_idle())
        };
        // The lock waits for the import, which stops at its next check.
        std::thread::sleep(Duration::from_millis(200));
        drop(go_tx);
        assert!(locker.join().unwrap());
        let run = importer.join().unwrap().unwrap();
        assert!(run.cancelled);
        assert_eq!(run.files.len(), 1, "{:?}", run.files);
        assert!(run.files[0].result.is_ok());
        assert_eq!(run.files[0].file, files[0], "named as found, not as copied");
        assert_eq!(state.job_connections(), 0);
        assert!(!state.is_unlocked());
        // No copy is left in the data directory.
        let staged: Vec<_> = std::fs::read_dir(state.data().path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with(".import-"))
            .collect();
        assert!(staged.is_empty());
        // Unlocked again, the same files import the rest: the first is recognised.
        let store = state
            .data()
            .unlock(&Passphrase::new("korrekt pferd"), &OsKeyring, state.clock())
            .unwrap();
        state.set_store(store).unwrap();
        let run = state.run_import(&files, None, false, &mut |_| {}).unwrap();
        assert!(!run.cancelled);
        let codes: Vec<&str> = run
            .files
            .iter()
            .map(|f| f.result.as_ref().err().map_or("ok", |e| e.code()))
            .collect();
        assert_eq!(codes, ["error-bundle-already-imported", "ok", "ok"]);
        assert_eq!(committed(&state, "Bündel 2"), 1);
    }

    /// A bundle file that hangs when read (a FIFO stands for a share or stick that stopped
    /// answering): the import blocks in its copy, which holds no connection, so auto-lock closes
    /// the store while the import still hangs; when the file answers, the import finds the store
    /// locked and opens nothing.
    #[cfg(unix)]
    #[test]
    fn an_import_stuck_on_a_dead_folder_does_not_keep_the_store_open() {
        let (tmp, state) = state_with(Role::Lead, 50);
        let fifo = tmp.path().join("haengt.age");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let importer = {
            let state = state.clone();
            let fifo = fifo.clone();
            std::thread::spawn(move || state.run_import(&[fifo], None, false, &mut |_| {}))
        };
        std::thread::sleep(Duration::from_millis(300));
        assert!(!importer.is_finished(), "the read hangs");
        assert_eq!(state.job_connections(), 0);
        pretend_idle(&state);
        assert!(state.lock_if_idle());
        assert!(!state.is_unlocked());
        assert!(
            state.0.session.lock().unwrap().is_none(),
            "the store is closed"
        );
        assert!(
            !importer.is_finished(),
            "still hanging while the store is locked"
        );
        // The folder answers (an empty file): the import opens nothing and ends.
        drop(std::fs::OpenOptions::new().write(true).open(&fifo).unwrap());
        let run = importer.join().unwrap();
        let code = match run {
            Ok(r) => {
                assert!(r.cancelled);
                "cancelled"
            }
            Err(e) => e.code(),
        };
        assert!(
            ["cancelled", "error-locked", "error-cancelled"].contains(&code),
            "{code}"
        );
        assert_eq!(state.job_connections(), 0);
    }
}
