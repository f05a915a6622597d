//! The provider against SQLCipher's own, on real SQLCipher files: each reads what the other wrote,
//! and a changed byte in a page is still caught. One test, because the default provider is
//! process-wide and the test switches it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use rusqlite::Connection;
use std::path::Path;

const KEY: &str = "x'0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff'";

fn open(path: &Path) -> Connection {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(&format!("PRAGMA key = \"{KEY}\";"))
        .unwrap();
    conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))
        .unwrap();
    conn
}

fn provider(conn: &Connection) -> String {
    conn.query_row("PRAGMA cipher_provider", [], |r| r.get(0))
        .unwrap()
}

/// Rows spread over many pages, written one durable transaction at a time (every page write
/// goes through the provider: WAL frames and, at checkpoints, the database file).
fn write_rows(conn: &Connection, from: i64, n: i64) {
    conn.execute_batch(
        "PRAGMA synchronous = FULL;
         CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT NOT NULL);
         CREATE INDEX IF NOT EXISTS t_v ON t (v);",
    )
    .unwrap();
    for i in from..from + n {
        conn.execute(
            "INSERT INTO t (id, v) VALUES (?1, ?2)",
            rusqlite::params![i, format!("Notiz {i}: {}", "Beratung Wohnen ".repeat(8))],
        )
        .unwrap();
    }
}

/// What `PRAGMA cipher_integrity_check` reports (nothing when every page's MAC matches).
fn cipher_problems(conn: &Connection) -> Vec<String> {
    conn.prepare("PRAGMA cipher_integrity_check")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn assert_rows(conn: &Connection, n: i64) {
    let (count, sum): (i64, i64) = conn
        .query_row("SELECT count(*), sum(id) FROM t", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(count, n);
    assert_eq!(sum, n * (n - 1) / 2);
    let v: String = conn
        .query_row("SELECT v FROM t WHERE id = ?1", [n - 1], |r| r.get(0))
        .unwrap();
    assert!(v.starts_with(&format!("Notiz {}: Beratung", n - 1)));
    let problems = cipher_problems(conn);
    assert!(problems.is_empty(), "cipher_integrity_check: {problems:?}");
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}

#[test]
fn files_move_between_sqlcipher_provider_and_ours_and_tampering_is_caught() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.db"), dir.path().join("b.db"));

    // SQLCipher's own provider writes A.
    feldbuch_cipher::select_for_test(false).unwrap();
    let conn = open(&a);
    assert_eq!(provider(&conn), "openssl");
    write_rows(&conn, 0, 1500);
    drop(conn);

    // Ours reads A, adds to it, and writes B.
    feldbuch_cipher::select_for_test(true).unwrap();
    let conn = open(&a);
    assert_eq!(provider(&conn), feldbuch_cipher::PROVIDER_NAME);
    assert_rows(&conn, 1500);
    write_rows(&conn, 1500, 500);
    assert_rows(&conn, 2000);
    drop(conn);
    let conn = open(&b);
    write_rows(&conn, 0, 1500);
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
    drop(conn);

    // A wrong key is refused by ours as by SQLCipher's.
    let wrong = Connection::open(&b).unwrap();
    wrong
        .execute_batch(
            "PRAGMA key = \"x'00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff'\";",
        )
        .unwrap();
    assert!(wrong
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| r
            .get::<_, i64>(0))
        .is_err());
    drop(wrong);

    // SQLCipher's own provider reads both.
    feldbuch_cipher::select_for_test(false).unwrap();
    for (path, n) in [(&a, 2000), (&b, 1500)] {
        let conn = open(path);
        assert_eq!(provider(&conn), "openssl");
        assert_rows(&conn, n);
    }

    // One changed byte inside a page of B: ours catches it (its HMAC no longer matches).
    feldbuch_cipher::select_for_test(true).unwrap();
    let mut bytes = std::fs::read(&b).unwrap();
    let at = 4096 * 5 + 1000;
    bytes[at] ^= 0x01;
    std::fs::write(&b, &bytes).unwrap();
    let conn = open(&b);
    assert_eq!(provider(&conn), feldbuch_cipher::PROVIDER_NAME);
    let problems = cipher_problems(&conn);
    assert!(
        problems.iter().any(|p| p.contains("page 6")),
        "the changed page must be reported: {problems:?}"
    );
}
