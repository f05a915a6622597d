//! Bundles are copied from where the lead found them (a USB stick, a network share) into a
//! private folder of the data directory before the import opens the store. A stick pulled out
//! or a share that hangs stops the copy, which holds no key, never the import, which does: the
//! store can always be locked and its key wiped on time.

use super::bundle::{open_file, Limits};
use super::import::{BatchOutcome, FileOutcome, Progress};
use crate::cancel::Cancel;
use crate::error::{Error, Result};
use crate::fsutil::create_private_dir;
use crate::Store;
use age::x25519::Identity as OfficeIdentity;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The folder's name starts with this (inside the data directory).
const PREFIX: &str = ".import-";

/// Bundle files copied into a private folder, removed with it when this is dropped.
#[derive(Debug)]
pub struct Staged {
    dir: PathBuf,
    /// `(where it was found, the copy)`, in the order given.
    copies: Vec<(PathBuf, PathBuf)>,
    /// Files that could not be copied (unreadable, too large), named as they were found.
    refused: Vec<FileOutcome>,
}

impl Staged {
    /// The copies, to import.
    fn files(&self) -> Vec<PathBuf> {
        self.copies.iter().map(|(_, c)| c.clone()).collect()
    }

    /// The files that could not be copied (unreadable, too large), with why.
    fn take_refused(&mut self) -> Vec<FileOutcome> {
        std::mem::take(&mut self.refused)
    }

    /// Where a copy was found.
    fn original(&self, copy: &Path) -> PathBuf {
        self.copies
            .iter()
            .find(|(_, c)| c == copy)
            .map_or_else(|| copy.to_path_buf(), |(o, _)| o.clone())
    }

    /// Name each outcome by the file as it was found, not by its copy.
    fn rename_outcomes(&self, outcomes: Vec<FileOutcome>) -> Vec<FileOutcome> {
        outcomes
            .into_iter()
            .map(|o| FileOutcome {
                file: self.original(&o.file),
                result: o.result,
            })
            .collect()
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The end of an import of staged files: each file imported or refused (named as it was found)
/// and whether it was stopped before the last.
#[derive(Debug)]
pub struct ImportRun {
    pub cancelled: bool,
    pub files: Vec<FileOutcome>,
}

/// Import bundle files (and folders of them) the way the app does: copied into `data_dir` first,
/// with no store open (a folder that hangs holds no key); then `open` gives the connection the
/// merge runs on (the lead's own, beside the session), dropped before this returns. `progress` is
/// told after each file; `cancel` stops the copy, or the merge after the file in hand.
pub fn import_staged(
    paths: &[PathBuf],
    data_dir: &Path,
    cancel: &Cancel,
    open: impl FnOnce() -> Result<Store>,
    identity: Option<OfficeIdentity>,
    accept_gap: bool,
    progress: &mut dyn FnMut(&Progress),
) -> Result<ImportRun> {
    let stopped = || ImportRun {
        cancelled: true,
        files: Vec::new(),
    };
    let files = super::import::bundle_files_of(paths)?;
    let mut staged = match stage_files(&files, data_dir, cancel) {
        Err(Error::Cancelled) => return Ok(stopped()),
        other => other?,
    };
    let mut store = match open() {
        Err(Error::Cancelled) => return Ok(stopped()),
        other => other?,
    };
    let identity = match identity {
        Some(i) => i,
        None => store
            .office_identity()?
            .ok_or_else(|| Error::invalid("error-office-identity-missing", &[]))?,
    };
    let mut files = staged.take_refused();
    let refused = files.len();
    let outcome = store.import_files(&staged.files(), &identity, accept_gap, &mut |p| {
        let mut shown = p.clone();
        shown.done += refused;
        shown.total += refused;
        progress(&shown);
        !cancel.is_cancelled()
    });
    // The connection (and its copy of the key) goes first.
    drop(store);
    let (cancelled, merged) = match outcome? {
        BatchOutcome::Cancelled(items) => (true, items),
        BatchOutcome::Done(items) => (false, items),
    };
    files.extend(staged.rename_outcomes(merged));
    Ok(ImportRun { cancelled, files })
}

/// Copy `files` into a new private folder in `data_dir`. A file that cannot be read or is
/// larger than a bundle may be is refused on its own; a cancel stops the copy
/// ([`Error::Cancelled`]) and removes what was copied.
pub fn stage_files(files: &[PathBuf], data_dir: &Path, cancel: &Cancel) -> Result<Staged> {
    use rand::RngCore;
    // Only one import runs at a time: a folder left over is from one that was killed.
    if let Ok(entries) = std::fs::read_dir(data_dir) {
        for e in entries.flatten() {
            if e.file_name().to_string_lossy().starts_with(PREFIX) {
                let _ = std::fs::remove_dir_all(e.path());
            }
        }
    }
    let mut suffix = [0u8; 8];
    rand::rngs::OsRng.fill_bytes(&mut suffix);
    let dir = data_dir.join(format!("{PREFIX}{}", hex::encode(suffix)));
    create_private_dir(&dir)?;
    let mut staged = Staged {
        dir,
        copies: Vec::with_capacity(files.len()),
        refused: Vec::new(),
    };
    let limits = Limits::default();
    for (n, file) in files.iter().enumerate() {
        if cancel.is_cancelled() {
            return Err(Error::Cancelled);
        }
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let copy = staged.dir.join(format!("{n:06}-{name}"));
        match copy_one(file, &copy, &limits, cancel) {
            Ok(()) => staged.copies.push((file.clone(), copy)),
            Err(Error::Cancelled) => return Err(Error::Cancelled),
            Err(e) => {
                let _ = std::fs::remove_file(&copy);
                staged.refused.push(FileOutcome {
                    file: file.clone(),
                    result: Err(e),
                })
            }
        }
    }
    Ok(staged)
}

fn copy_one(from: &Path, to: &Path, limits: &Limits, cancel: &Cancel) -> Result<()> {
    let (source, _) = open_file(from, limits)?;
    let unreadable = || {
        Error::invalid(
            "error-file-unreadable",
            &[("file", &from.display().to_string())],
        )
    };
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut out = opts.open(to)?;
    // A file that grows while it is copied stops at one byte over the limit (and is refused).
    let mut source = source.take(limits.max_file_bytes.saturating_add(1));
    let mut buf = vec![0u8; 1 << 20];
    loop {
        if cancel.is_cancelled() {
            return Err(Error::Cancelled);
        }
        let n = source.read(&mut buf).map_err(|_| unreadable())?;
        if n == 0 {
            break;
        }
        out.write_all(&buf[..n])?;
    }
    Ok(())
}
