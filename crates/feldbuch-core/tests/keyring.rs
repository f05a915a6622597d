//! Key custody against the real Secret Service (gnome-keyring in a private D-Bus session).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use feldbuch_core::custody::{KeyFile, OsKeyring, SecretVault};
use feldbuch_core::{Error, Passphrase};

#[test]
fn unlock_needs_the_passphrase_and_the_keyring_entry() {
    let (_tmp, dir, store, _recovery) = fresh();
    drop(store);
    let s = dir
        .unlock(&Passphrase::new(PASS), &OsKeyring, clock())
        .unwrap();
    assert_eq!(s.list_sites().unwrap().len(), 1);
    drop(s);

    let wrong = dir.unlock(&Passphrase::new("falsche passphrase"), &OsKeyring, clock());
    assert!(matches!(wrong, Err(Error::WrongPassphrase)), "{wrong:?}");

    // Remove the keyring half: the right passphrase alone opens nothing.
    let store_id = KeyFile::load(dir.path()).unwrap().store_id();
    OsKeyring.delete(store_id).unwrap();
    let missing = dir.unlock(&Passphrase::new(PASS), &OsKeyring, clock());
    assert!(
        matches!(missing, Err(Error::KeyringEntryMissing)),
        "{missing:?}"
    );
}

#[test]
fn recovery_key_opens_the_store_when_the_keyring_entry_is_gone() {
    let (_tmp, dir, mut store, recovery) = fresh();
    let c = store
        .add_contact(&contact(&store, "vor der Wiederherstellung"))
        .unwrap();
    drop(store);
    let store_id = KeyFile::load(dir.path()).unwrap().store_id();
    OsKeyring.delete(store_id).unwrap();

    let bad = dir.recover(
        "AAAA-BBBB",
        &Passphrase::new("neue passphrase"),
        &OsKeyring,
        clock(),
    );
    assert!(matches!(bad, Err(Error::MalformedRecoveryKey)), "{bad:?}");

    let shown = recovery.to_display();
    let (s, next) = dir
        .recover(
            &shown.to_lowercase(),
            &Passphrase::new("neue passphrase"),
            &OsKeyring,
            clock(),
        )
        .unwrap();
    // The used recovery key is replaced by a new one (shown once), and stops working.
    assert_ne!(next.to_display().as_str(), shown.as_str());
    assert_eq!(
        s.contact(c.id).unwrap().note.as_deref(),
        Some("vor der Wiederherstellung")
    );
    drop(s);
    // The new passphrase works through the keyring again; the old one does not.
    assert!(dir
        .unlock(&Passphrase::new("neue passphrase"), &OsKeyring, clock())
        .is_ok());
    assert!(matches!(
        dir.unlock(&Passphrase::new(PASS), &OsKeyring, clock()),
        Err(Error::WrongPassphrase)
    ));
    // The old recovery key no longer opens the store; the new one does.
    assert!(matches!(
        dir.recover(
            &shown,
            &Passphrase::new("dritte passphrase"),
            &OsKeyring,
            clock()
        ),
        Err(Error::WrongRecoveryKey)
    ));
    assert!(dir
        .recover(
            &next.to_display(),
            &Passphrase::new("dritte passphrase"),
            &OsKeyring,
            clock()
        )
        .is_ok());
}

#[test]
fn the_keyring_holds_a_secret_but_not_the_store_key() {
    let (_tmp, dir, store, _recovery) = fresh();
    drop(store);
    let store_id = KeyFile::load(dir.path()).unwrap().store_id();
    let secret = OsKeyring.get(store_id).unwrap();
    assert_eq!(secret.len(), 32);
    // The keyring secret alone is not the database key: keying SQLCipher with it fails.
    let conn = rusqlite::Connection::open(dir.path().join("feldbuch.db")).unwrap();
    conn.execute_batch(&format!("PRAGMA key = \"x'{}'\";", hex::encode(&*secret)))
        .unwrap();
    assert!(conn
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| r
            .get::<_, i64>(0))
        .is_err());
}
