//! The importer past the signature: arbitrary record lines, signed by an enrolled device and
//! sealed to the office, go through `Store::import_bundle` (every check, then the merge into a
//! real schema). Nothing may panic; a refused bundle must leave the store exactly as it was; an
//! imported one adds one import and one audit entry; the store stays consistent.
//!
//! The store is a plain SQLite file with the product's schema (the `bench-plain` feature): the
//! merge does not depend on the encryption, and the fuzzer needs no keyring. It lives in
//! `FELDBUCH_FUZZ_DIR` (default: a fresh folder under /dev/shm).
#![no_main]

use feldbuch_core::exchange::{bundle, load_office_identity, office_init, Manifest, Record};
use feldbuch_core::seed::{fill, fill_programme, ProgrammeSpec, SeedSpec};
use feldbuch_core::store::bench_plain;
use feldbuch_core::store::profile::NewProfile;
use feldbuch_core::vocab::{Locale, Role};
use feldbuch_core::{SharedClock, Store, SystemClock};
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

struct World {
    lead: Store,
    key: ed25519_dalek::SigningKey,
    manifest: Manifest,
    recipient: age::x25519::Recipient,
    identity: age::x25519::Identity,
    seq: u64,
    runs: u64,
}

fn profile(initials: &str, role: Role) -> NewProfile {
    NewProfile {
        display_name: format!("Fuzz {initials}"),
        initials: initials.into(),
        team: Some("Fuzz".into()),
        role,
        locale: Locale::De,
    }
}

fn setup() -> World {
    let dir = std::env::var_os("FELDBUCH_FUZZ_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(format!("/dev/shm/feldbuch-fuzz-{}", std::process::id())));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("fuzz folder");
    let clock: SharedClock = Arc::new(SystemClock);
    let office = dir.join("office-key.txt");
    let recipient_text = office_init(&office, chrono::Utc::now()).expect("office key");
    let recipient: age::x25519::Recipient = recipient_text.parse().expect("recipient");
    let identity = load_office_identity(&office).expect("office identity");

    // A worker with real data, exported once: the lead starts from that bundle, so fuzzed records
    // can name sites, persons and partners that exist.
    let mut worker = bench_plain::create(
        &dir.join("worker.db"),
        &profile("FZ", Role::Worker),
        clock.clone(),
    )
    .expect("worker store");
    worker
        .set_office_recipient(&recipient_text)
        .expect("recipient");
    fill(
        &mut worker,
        &SeedSpec {
            contacts: 40,
            sites: 3,
            persons: 8,
            years: 1,
            seed: 7,
        },
    )
    .expect("seed");
    fill_programme(
        &mut worker,
        &ProgrammeSpec {
            partners: 3,
            referrals: 4,
            activities: 3,
            participant_share: 0.5,
            years: 1,
            seed: 7,
        },
    )
    .expect("programme");
    let out = dir.join("out");
    std::fs::create_dir_all(&out).expect("out");
    worker.set_export_folder(&out).expect("folder");
    let exported = worker.export(true).expect("export");
    let enrolment = dir.join("enrol.json");
    worker.write_enrolment(&enrolment).expect("enrolment");
    let seed_hex: String = worker
        .conn()
        .query_row(
            "SELECT value FROM meta WHERE key = 'device_signing_key'",
            [],
            |r| r.get(0),
        )
        .expect("device key");
    let seed: [u8; 32] = hex::decode(seed_hex.trim())
        .expect("hex")
        .try_into()
        .expect("32 bytes");
    let key = ed25519_dalek::SigningKey::from_bytes(&seed);

    let mut lead = bench_plain::create(&dir.join("lead.db"), &profile("LD", Role::Lead), clock)
        .expect("lead store");
    lead.enrol_device(&std::fs::read(&enrolment).expect("read enrolment"))
        .expect("enrol");
    let cipher = std::fs::read(out.join(&exported.file_name)).expect("bundle");
    lead.import_bundle(&cipher, &identity, false)
        .expect("first import");
    let opened = bundle::open(&cipher, &identity, &Default::default()).expect("open");
    if let Some(seeds) = std::env::var_os("FELDBUCH_FUZZ_WRITE_SEEDS") {
        // Seed inputs for the corpus: the real records, a few lines per file.
        let seeds = PathBuf::from(seeds);
        std::fs::create_dir_all(&seeds).expect("seeds");
        let (body, _) = bundle::record_lines(&opened.records).expect("lines");
        let lines: Vec<&[u8]> = body
            .split(|b| *b == b'\n')
            .filter(|l| !l.is_empty())
            .collect();
        for (i, chunk) in lines.chunks(4).enumerate() {
            std::fs::write(seeds.join(format!("records-{i:03}")), chunk.join(&b'\n'))
                .expect("seed file");
        }
    }
    World {
        lead,
        key,
        manifest: opened.manifest,
        recipient,
        identity,
        seq: 1,
        runs: 0,
    }
}

fn fingerprint(store: &Store) -> Vec<i64> {
    store
        .conn()
        .query_row(
            "SELECT (SELECT count(*) FROM imports), (SELECT count(*) FROM audit_log),
                    (SELECT count(*) FROM contacts), (SELECT count(*) FROM persons),
                    (SELECT count(*) FROM sites), (SELECT count(*) FROM tombstones),
                    (SELECT count(*) FROM merge_conflicts), (SELECT coalesce(sum(revision), 0) FROM contacts),
                    (SELECT coalesce(sum(revision), 0) FROM persons)",
            [],
            |r| (0..9).map(|i| r.get(i)).collect(),
        )
        .expect("fingerprint")
}

fuzz_target!(|data: &[u8]| {
    let records: Vec<Record> = data
        .split(|b| *b == b'\n')
        .filter_map(|l| serde_json::from_slice(l).ok())
        .take(64)
        .collect();
    if records.is_empty() {
        return;
    }
    static WORLD: OnceLock<Mutex<World>> = OnceLock::new();
    let mut w = WORLD
        .get_or_init(|| Mutex::new(setup()))
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    w.seq += 1;
    w.runs += 1;
    let mut manifest = w.manifest.clone();
    manifest.sequence = w.seq;
    manifest.since = None;
    let (plain, _) = bundle::plaintext(manifest, &records, &w.key).expect("plaintext");
    let cipher = bundle::encrypt(&plain, &w.recipient).expect("encrypt");
    let before = fingerprint(&w.lead);
    let identity = w.identity.clone();
    match w.lead.import_bundle(&cipher, &identity, false) {
        Ok(report) => {
            let after = fingerprint(&w.lead);
            assert_eq!(after[0], before[0] + 1, "an import is recorded once");
            assert_eq!(after[1], before[1] + 1, "an import is audited once");
            assert_eq!(report.records, records.len() as u64);
        }
        Err(_) => {
            // Refused: the sequence number stays free, and nothing changed.
            w.seq -= 1;
            assert_eq!(
                fingerprint(&w.lead),
                before,
                "a refused bundle changed the store"
            );
        }
    }
    if w.runs % 2000 == 0 {
        let v = w.lead.verify().expect("verify");
        assert!(
            v.integrity_ok && v.foreign_keys_ok && v.audit_chain_ok,
            "{v:?}"
        );
    }
});
