//! Durable file writes: temp file in the same folder, fsync, rename, fsync the folder.

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
