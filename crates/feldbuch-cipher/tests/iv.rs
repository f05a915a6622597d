//! Every page write gets a fresh IV with the provider's buffered random numbers: the same pages
//! written again and again, each write kept as its own WAL frame, and no two frames of the file
//! carry the same IV. Read from the real WAL file, as an attacker with the disk would.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use rusqlite::Connection;
use std::collections::HashSet;

const KEY: &str = "x'8796a5b4c3d2e1f00112233445566778899aabbccddeeff0f1e2d3c4b5a6978'";
const PAGE: usize = 4096;
/// SQLCipher 4's reserve at the end of every page: the IV (16 bytes), then the HMAC-SHA512 (64).
const RESERVE: usize = 80;
const IV: usize = 16;
const WAL_HEADER: usize = 32;
const FRAME_HEADER: usize = 24;

#[test]
fn every_page_write_gets_a_fresh_iv() {
    feldbuch_cipher::install().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("iv.db");
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch(&format!("PRAGMA key = \"{KEY}\";"))
        .unwrap();
    let provider: String = conn
        .query_row("PRAGMA cipher_provider", [], |r| r.get(0))
        .unwrap();
    assert_eq!(provider, feldbuch_cipher::PROVIDER_NAME);
    conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))
        .unwrap();
    // No checkpoint: every committed page stays in the WAL as a frame of its own.
    conn.execute_batch(
        "PRAGMA wal_autocheckpoint = 0; PRAGMA synchronous = FULL;
         CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL);",
    )
    .unwrap();
    // 400 commits rewriting the same few pages: far more page writes than one buffer of random
    // bytes serves (51 pages), so the buffer is refilled many times.
    for i in 0..400 {
        conn.execute(
            "INSERT OR REPLACE INTO t (id, v) VALUES (?1, ?2)",
            rusqlite::params![i % 20, format!("Eintrag {i} {}", "x".repeat(150))],
        )
        .unwrap();
    }
    let wal = std::fs::read(dir.path().join("iv.db-wal")).unwrap();
    drop(conn);

    let frames = (wal.len() - WAL_HEADER) / (FRAME_HEADER + PAGE);
    assert!(
        frames >= 400,
        "expected a frame per commit at least, got {frames}"
    );
    let mut seen = HashSet::new();
    for f in 0..frames {
        let page = WAL_HEADER + f * (FRAME_HEADER + PAGE) + FRAME_HEADER;
        let iv = &wal[page + PAGE - RESERVE..page + PAGE - RESERVE + IV];
        assert_ne!(iv, [0u8; IV], "frame {f} has an all-zero IV");
        assert!(seen.insert(iv.to_vec()), "frame {f} repeats an earlier IV");
    }
}
