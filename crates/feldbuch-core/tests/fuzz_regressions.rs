//! The fuzzers' corpora, replayed in every test run through the same checks the fuzz targets
//! make (`feldbuch_core::exchange::fuzz`): every input the fuzzers found interesting stays a
//! regression test. The import corpus goes through a real, encrypted lead store.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use feldbuch_core::custody::OsKeyring;
use feldbuch_core::exchange::fuzz;
use feldbuch_core::store::profile::NewProfile;
use feldbuch_core::vocab::Role;
use feldbuch_core::{DataDir, Passphrase};
use std::path::PathBuf;

fn corpus(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect()
}

#[test]
fn the_bundle_reader_corpus_replays_without_a_panic() {
    let inputs = corpus("bundle_reader");
    assert!(inputs.len() >= 3, "the corpus is missing");
    let identity = fuzz::identity();
    for (_, bytes) in &inputs {
        fuzz::reader_input(bytes, &identity);
    }
}

#[test]
fn the_import_corpus_replays_through_a_real_store() {
    keyring();
    let tmp = tempfile::tempdir().unwrap();
    let init = |name: &str, role: Role| {
        let profile = NewProfile {
            initials: name[..2].to_uppercase(),
            role,
            ..profile()
        };
        DataDir::new(tmp.path().join(name))
            .init(&profile, &Passphrase::new(PASS), &OsKeyring, clock())
            .unwrap()
            .0
    };
    let lead = init("lead", Role::Lead);
    let mut worker = init("worker", Role::Worker);
    fuzz::fill_worker(&mut worker).unwrap();
    let exports = tmp.path().join("out");
    std::fs::create_dir_all(&exports).unwrap();
    let (mut harness, _) =
        fuzz::ImportHarness::new(lead, worker, fuzz::identity(), &exports).unwrap();
    let inputs = corpus("import_merge");
    assert!(inputs.len() >= 10, "the corpus is missing");
    for (_, bytes) in &inputs {
        harness.run(bytes, 100);
    }
    assert!(harness.lead.verify().unwrap().ok());
}
