//! Durable file writes: temp file in the same folder, fsync, rename (or, for a file that must
//! not replace another, a hard link), fsync the folder.

use crate::error::Result;
use rand::RngCore;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::Path;

/// How the temp files of interrupted writes start (hidden; importers and listings skip them).
pub const TEMP_PREFIX: &str = ".tmp-";

/// Remove the temp files that interrupted writes left in `dir`, those at least `min_age` old
/// (a folder shared with other devices may hold one being written right now).
pub fn remove_temp_files(dir: &Path, min_age: std::time::Duration) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let old_enough = e.file_name().to_string_lossy().starts_with(TEMP_PREFIX)
            && e.metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age >= min_age);
        if old_enough {
            let _ = fs::remove_file(e.path());
        }
    }
}

/// Write `bytes` to a new file at `path`, whole or not at all, and never over an existing file:
/// the temp file (written, fsynced) is hard-linked to the name, which the kernel refuses if the
/// name exists, and then removed. Where the file system has no hard links (FAT on a USB stick)
/// the name itself is created exclusively and written (a crash may then leave it partial, never
/// a replaced file). An existing file is `error-file-exists`.
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    let exists = || {
        crate::Error::invalid(
            "error-file-exists",
            &[("path", &path.display().to_string())],
        )
    };
    let mut suffix = [0u8; 8];
    rand::rngs::OsRng.fill_bytes(&mut suffix);
    let tmp = dir.join(format!("{TEMP_PREFIX}{}", hex::encode(suffix)));
    let new_file = |at: &Path| -> std::io::Result<File> {
        let mut opts = OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        opts.open(at)
    };
    let written = (|| -> std::io::Result<()> {
        let mut f = new_file(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()
    })();
    let written_ok = written.is_ok();
    let linked = written.and_then(|()| fs::hard_link(&tmp, path));
    let _ = fs::remove_file(&tmp);
    match linked {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Err(exists()),
        // No hard links here (FAT, exFAT, some network shares answer with different errors on
        // different systems): create the name itself, exclusively.
        Err(_) if written_ok => {
            let mut f = new_file(path).map_err(|e| match e.kind() {
                std::io::ErrorKind::AlreadyExists => exists(),
                _ => e.into(),
            })?;
            let done = f.write_all(bytes).and_then(|()| f.sync_all());
            if let Err(e) = done {
                drop(f);
                let _ = fs::remove_file(path);
                return Err(e.into());
            }
        }
        Err(e) => return Err(e.into()),
    }
    sync_dir(dir)?;
    Ok(())
}

/// Write `bytes` to `path` atomically: a crash leaves either the old or the new file, whole.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    // A bare file name (`key.txt`) has the empty path as its parent: that is the current folder.
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    let mut suffix = [0u8; 8];
    rand::rngs::OsRng.fill_bytes(&mut suffix);
    let tmp = dir.join(format!("{TEMP_PREFIX}{}", hex::encode(suffix)));
    let result = (|| -> Result<()> {
        let mut opts = OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut f = opts.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)?;
        sync_dir(dir)?;
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Whether a file can be created in `dir` (the file is removed again).
pub fn probe_writable(dir: &Path) -> std::io::Result<()> {
    let mut suffix = [0u8; 8];
    rand::rngs::OsRng.fill_bytes(&mut suffix);
    let probe = dir.join(format!(".probe-{}", hex::encode(suffix)));
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)?;
    fs::remove_file(&probe)
}

/// fsync a file written through another handle (SQLite's, say). Opened for writing: Windows
/// flushes a file's buffers only through a handle that may write to it.
pub fn sync_file(path: &Path) -> Result<()> {
    OpenOptions::new().write(true).open(path)?.sync_all()?;
    Ok(())
}

/// fsync a directory so a rename in it is durable.
pub fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
    }
    Ok(())
}

/// Create a directory (and parents) readable by the owner only.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn write_new_never_replaces_a_file_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("auskunft.txt");
        write_new(&path, b"first").unwrap();
        let err = write_new(&path, b"second").err().map(|e| e.code());
        assert_eq!(err, Some("error-file-exists"));
        assert_eq!(fs::read(&path).unwrap(), b"first");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().flatten().collect();
        assert_eq!(names.len(), 1, "no temp file is left");
    }
}
