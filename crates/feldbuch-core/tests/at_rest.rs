//! Nothing that was written is readable on disk without the key: the store, its WAL and every
//! other file in the data directory are scanned for the pseudonyms, site names and note texts.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use feldbuch_core::store::sites::NewSite;
use feldbuch_core::vocab::SiteKind;
use std::path::Path;

fn all_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            all_files(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

fn assert_nothing_readable(dir: &Path, secrets: &[&str]) -> usize {
    let mut files = vec![];
    all_files(dir, &mut files);
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        for s in secrets {
            // UTF-8 and UTF-16 (either order) – SQLite can store text in both.
            let utf16le: Vec<u8> = s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
            let utf16be: Vec<u8> = s.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
            for needle in [s.as_bytes(), &utf16le, &utf16be] {
                assert!(
                    !contains(&bytes, needle),
                    "{s:?} readable in {}",
                    f.display()
                );
            }
        }
    }
    files.len()
}

#[test]
fn no_plaintext_in_store_wal_or_any_other_file() {
    let (tmp, dir, mut store, _) = fresh();
    let site = "Zwergenburg-Kita-Qx7";
    store
        .add_site(&NewSite {
            name: site.into(),
            kind: SiteKind::Kita.id().into(),
            district: Some("Senefelderquartier".into()),
            address: None,
            contact_person: None,
            programme: None,
        })
        .unwrap();
    let notes = [
        "Frau Q. sucht dringend Wohnung Zq81",
        "Schuldnerberatung vereinbart Kv93",
    ];
    for n in notes {
        let mut c = contact(&store, n);
        c.site_id = store.resolve_site(site).unwrap().id;
        store.add_contact(&c).unwrap();
    }
    let pseudonym = "MK1987-Xq";
    store
        .conn()
        .execute(
            "INSERT INTO persons (id, device_id, created_at, updated_at, worker_id, pseudonym)
             VALUES ('p1', 'd', 't', 't', 'w', ?1)",
            [pseudonym],
        )
        .unwrap();
    let secrets = [
        site,
        notes[0],
        notes[1],
        pseudonym,
        "Erika Muster",
        "Senefelderquartier",
    ];

    // While the store is open the WAL holds the latest pages: it must be encrypted too.
    let wal = dir.path().join("feldbuch.db-wal");
    assert!(
        wal.exists() && std::fs::metadata(&wal).unwrap().len() > 0,
        "expected a WAL"
    );
    let n_open = assert_nothing_readable(tmp.path(), &secrets);
    assert!(n_open >= 4, "scanned only {n_open} files");

    drop(store);
    assert_nothing_readable(tmp.path(), &secrets);

    // Sanity: the scan does find plaintext where there is some.
    std::fs::write(tmp.path().join("probe.txt"), notes[0]).unwrap();
    let found = std::panic::catch_unwind(|| assert_nothing_readable(tmp.path(), &secrets));
    assert!(found.is_err(), "the scanner failed to spot plaintext");
}
