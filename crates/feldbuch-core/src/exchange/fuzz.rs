//! What the fuzz targets check, in one place: the cargo-fuzz targets
//! (`fuzz/fuzz_targets/*.rs`) call these on every generated input, and `tests/fuzz_regressions.rs`
//! replays the committed corpus through them in every test run. Not for the app: a failed check
//! panics, which is how a fuzzer or a test reports it.
#![allow(clippy::expect_used)]

use super::{bundle, Enrolment, Limits, Manifest, Record};
use crate::store::Store;
use std::str::FromStr;

/// A throw-away office identity, only for fuzzing.
const IDENTITY: &str = "AGE-SECRET-KEY-13JXZNPJCWZJ2N33M2KVV64PY3H2L29W5LYVJDS7JT9FN4Z4WZT5S9Y44W4";

fn limits() -> Limits {
    Limits {
        max_file_bytes: 1 << 20,
        max_plain_bytes: 1 << 20,
        max_line_bytes: 64 * 1024,
        max_records: 10_000,
    }
}

/// The bundle reader on arbitrary bytes: the plaintext parser, the `age` layer and the enrolment
/// parser. None may panic; what parses must agree with its own manifest.
pub fn reader_input(data: &[u8], identity: &age::x25519::Identity) {
    let limits = limits();
    if let Ok(opened) = bundle::parse(data, &limits) {
        assert_eq!(opened.records.len() as u64, opened.manifest.record_count);
    }
    let _ = bundle::open(data, identity, &limits);
    let _ = Enrolment::parse(data);
}

/// The fuzzing office identity.
pub fn identity() -> age::x25519::Identity {
    age::x25519::Identity::from_str(IDENTITY).expect("a valid identity")
}

/// The worker's data the importer harness starts from, the same for the fuzzer and for the
/// replay of its corpus: 40 contacts, 3 sites, 8 persons, and partners, referrals and activities.
pub fn fill_worker(worker: &mut Store) -> crate::Result<()> {
    use crate::seed::{fill, fill_programme, ProgrammeSpec, SeedSpec};
    fill(
        worker,
        &SeedSpec {
            contacts: 40,
            sites: 3,
            persons: 8,
            years: 1,
            seed: 7,
        },
    )?;
    fill_programme(
        worker,
        &ProgrammeSpec {
            partners: 3,
            referrals: 4,
            activities: 3,
            participant_share: 0.5,
            years: 1,
            seed: 7,
        },
    )
}

/// The importer past the signature: a lead's store with one enrolled worker device whose
/// signing key the harness holds, so arbitrary record lines arrive as a valid bundle.
pub struct ImportHarness {
    pub lead: Store,
    key: ed25519_dalek::SigningKey,
    manifest: Manifest,
    recipient: age::x25519::Recipient,
    identity: age::x25519::Identity,
    seq: u64,
    runs: u64,
}

impl ImportHarness {
    /// `worker` has data; it gets the office's public key, exports everything once, is enrolled
    /// on `lead` (which must hold the role lead), and the lead imports that first bundle.
    /// `exports` is the worker's export folder. Returns the harness and the first bundle's
    /// records (seed material for a corpus).
    pub fn new(
        mut lead: Store,
        mut worker: Store,
        identity: age::x25519::Identity,
        exports: &std::path::Path,
    ) -> crate::Result<(ImportHarness, Vec<Record>)> {
        worker.set_office_recipient(&identity.to_public().to_string())?;
        worker.set_export_folder(exports)?;
        let exported = worker.export(true)?;
        let enrolment = exports.join("enrolment.json");
        worker.write_enrolment(&enrolment)?;
        let key = worker.signing_key()?;
        lead.enrol_device(&std::fs::read(&enrolment)?)?;
        let cipher = std::fs::read(exports.join(&exported.file_name))?;
        lead.import_bundle(&cipher, &identity, false)?;
        let opened = bundle::open(&cipher, &identity, &Limits::default())?;
        let recipient = identity.to_public();
        Ok((
            ImportHarness {
                lead,
                key,
                manifest: opened.manifest,
                recipient,
                identity,
                seq: 1,
                runs: 0,
            },
            opened.records,
        ))
    }

    fn fingerprint(&self) -> Vec<i64> {
        self.lead
            .conn()
            .query_row(
                "SELECT (SELECT count(*) FROM imports), (SELECT count(*) FROM audit_log),
                        (SELECT count(*) FROM contacts), (SELECT count(*) FROM persons),
                        (SELECT count(*) FROM sites), (SELECT count(*) FROM tombstones),
                        (SELECT count(*) FROM merge_conflicts),
                        (SELECT coalesce(sum(revision), 0) FROM contacts),
                        (SELECT coalesce(sum(revision), 0) FROM persons)",
                [],
                |r| (0..9).map(|i| r.get(i)).collect(),
            )
            .expect("fingerprint")
    }

    /// One input: its lines that parse as records (at most 64) go out as the next bundle of
    /// the enrolled device. Nothing may panic; a refused bundle must leave the store as it was;
    /// an imported one adds one import and one audit entry; every `check_every` runs the store
    /// must pass `verify`.
    pub fn run(&mut self, data: &[u8], check_every: u64) {
        let records: Vec<Record> = data
            .split(|b| *b == b'\n')
            .filter_map(|l| serde_json::from_slice(l).ok())
            .take(64)
            .collect();
        if records.is_empty() {
            return;
        }
        self.seq += 1;
        self.runs += 1;
        let mut manifest = self.manifest.clone();
        manifest.sequence = self.seq;
        manifest.since = None;
        let (plain, _) = bundle::plaintext(manifest, &records, &self.key).expect("plaintext");
        let cipher = bundle::encrypt(&plain, &self.recipient).expect("encrypt");
        let before = self.fingerprint();
        let identity = self.identity.clone();
        match self.lead.import_bundle(&cipher, &identity, false) {
            Ok(report) => {
                let after = self.fingerprint();
                assert_eq!(after[0], before[0] + 1, "an import is recorded once");
                assert_eq!(after[1], before[1] + 1, "an import is audited once");
                assert_eq!(report.records, records.len() as u64);
            }
            Err(_) => {
                // Refused: the sequence number stays free, and nothing changed.
                self.seq -= 1;
                assert_eq!(
                    self.fingerprint(),
                    before,
                    "a refused bundle changed the store"
                );
            }
        }
        if self.runs.is_multiple_of(check_every) {
            let v = self.lead.verify().expect("verify");
            assert!(
                v.integrity_ok && v.foreign_keys_ok && v.audit_chain_ok,
                "{v:?}"
            );
        }
    }
}
