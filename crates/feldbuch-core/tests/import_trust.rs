//! What a hostile enrolled device can and cannot do at the lead, against real stores: a device
//! writes only what it owns (its records, its own worker's profile with the role it was enrolled
//! with), every value is checked as local input would be, the signature is checked before any
//! record is read, and an enrolment cannot take over another's worker or this device. Every
//! refused bundle leaves the lead's store exactly as it was.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use base64::Engine;
use common::*;
use ed25519_dalek::{Signer, SigningKey};
use feldbuch_core::custody::OsKeyring;
use feldbuch_core::exchange::{bundle, Enrolment, Limits, Manifest, Record};
use feldbuch_core::seed::{fill, fill_programme, ProgrammeSpec, SeedSpec};
use feldbuch_core::vocab::Role;
use feldbuch_core::{DataDir, Passphrase, Store};
use std::collections::BTreeMap;

/// A lead that has imported worker A's whole export, and device B (whose signing key the test
/// holds) enrolled for a worker of its own.
struct Office {
    _tmp: tempfile::TempDir,
    lead: Store,
    identity: age::x25519::Identity,
    /// Every record of A's export, as the lead received it.
    a_records: Vec<Record>,
    a_worker: String,
    b_key: SigningKey,
    b_device: String,
    b_worker: String,
    next_seq: u64,
}

fn office() -> Office {
    keyring();
    let tmp = tempfile::tempdir().unwrap();
    let identity = age::x25519::Identity::generate();
    let mut p = profile();
    p.role = Role::Lead;
    let (mut lead, _) = DataDir::new(tmp.path().join("lead"))
        .init(&p, &Passphrase::new(PASS), &OsKeyring, clock())
        .unwrap();
    let (mut a, _) = DataDir::new(tmp.path().join("a"))
        .init(&profile(), &Passphrase::new(PASS), &OsKeyring, clock())
        .unwrap();
    fill(
        &mut a,
        &SeedSpec {
            contacts: 30,
            sites: 3,
            persons: 6,
            years: 1,
            seed: 3,
        },
    )
    .unwrap();
    fill_programme(
        &mut a,
        &ProgrammeSpec {
            partners: 2,
            referrals: 3,
            activities: 2,
            participant_share: 0.5,
            years: 1,
            seed: 3,
        },
    )
    .unwrap();
    a.add_partner(&feldbuch_core::store::partners::PartnerInput {
        name: "Schuldnerberatung Nord".into(),
        kind: "beratungsstelle".into(),
        services: vec!["Budgetberatung".into()],
        ..Default::default()
    })
    .unwrap();
    let outbox = tmp.path().join("outbox");
    std::fs::create_dir(&outbox).unwrap();
    a.set_office_recipient(&identity.to_public().to_string())
        .unwrap();
    a.set_export_folder(&outbox).unwrap();
    let exported = a.export(true).unwrap();
    let enrolment = tmp.path().join("a.json");
    a.write_enrolment(&enrolment).unwrap();
    lead.enrol_device(&std::fs::read(&enrolment).unwrap())
        .unwrap();
    let cipher = std::fs::read(outbox.join(&exported.file_name)).unwrap();
    lead.import_bundle(&cipher, &identity, false).unwrap();
    let a_records = bundle::open(&cipher, &identity, &Limits::default())
        .unwrap()
        .records;

    // Device B: an enrolment made and signed here, for a worker of its own.
    let b_key = SigningKey::generate(&mut rand::rngs::OsRng);
    let b_device = feldbuch_core::ids::DeviceId::new().to_string();
    let b_worker = feldbuch_core::ids::WorkerId::new().to_string();
    let e = enrolment_of(&b_key, &b_device, &b_worker);
    lead.enrol_device(&serde_json::to_vec(&e).unwrap()).unwrap();
    Office {
        _tmp: tmp,
        lead,
        identity,
        a_worker: a.actor().worker.to_string(),
        a_records,
        b_key,
        b_device,
        b_worker,
        next_seq: 1,
    }
}

fn enrolment_of(key: &SigningKey, device: &str, worker: &str) -> Enrolment {
    let mut e = Enrolment {
        format: "feldbuch-enrolment/1".into(),
        device_id: device.into(),
        worker_id: worker.into(),
        display_name: "Bea Beispiel".into(),
        initials: "BB".into(),
        team: None,
        public_key: bundle::encode_key(&key.verifying_key()),
        created_at: "2026-09-01T09:00:00Z".into(),
        signature: String::new(),
        // As a device wrote it before office bundles: still accepted.
        age_recipient: None,
        role: None,
    };
    e.signature = base64::engine::general_purpose::STANDARD
        .encode(key.sign(e.signed_text().as_bytes()).to_bytes());
    e
}

impl Office {
    fn manifest(&self) -> Manifest {
        Manifest {
            format: bundle::FORMAT_VERSION,
            device_id: self.b_device.clone(),
            worker_id: self.b_worker.clone(),
            worker_initials: "BB".into(),
            team: None,
            sequence: self.next_seq,
            since: None,
            created_at: "2026-09-10T10:00:00Z".into(),
            period_from: None,
            period_to: "2026-09-10".into(),
            counts: BTreeMap::new(),
            record_count: 0,
            content_hash: String::new(),
            with_notes: false,
            kind: None,
            signer_key: None,
        }
    }

    fn seal(&self, m: Manifest, records: &[Record]) -> Vec<u8> {
        let plain = bundle::plaintext(m, records, &self.b_key).unwrap().0;
        bundle::encrypt(&plain, &self.identity.to_public()).unwrap()
    }

    /// Everything an import could change.
    fn fingerprint(&self) -> Vec<String> {
        let mut out = Vec::new();
        for table in [
            "imports",
            "audit_log",
            "workers",
            "sites",
            "partners",
            "partner_services",
            "persons",
            "consents",
            "contacts",
            "referrals",
            "activities",
            "tombstones",
            "merge_versions",
            "devices",
        ] {
            let count = |sql: &str| -> Option<String> {
                self.lead.conn().query_row(sql, [], |r| r.get(0)).ok()
            };
            // Tables with a revision add their sum; the others (imports, the log) a count.
            let sum = count(&format!(
                "SELECT count(*) || ':' || coalesce(sum(revision), 0) FROM {table}"
            ))
            .or_else(|| count(&format!("SELECT count(*) || '' FROM {table}")))
            .unwrap();
            out.push(format!("{table} {sum}"));
        }
        let names: String = self
            .lead
            .conn()
            .query_row(
                "SELECT group_concat(id || role || display_name || device_id, ',') FROM workers",
                [],
                |r| r.get(0),
            )
            .unwrap();
        out.push(names);
        out
    }

    /// Send `records` as B's next bundle; returns the error code, having checked that a refused
    /// bundle changed nothing.
    fn send(&mut self, records: &[Record]) -> Option<&'static str> {
        let cipher = self.seal(self.manifest(), records);
        self.send_sealed(&cipher)
    }

    fn send_sealed(&mut self, cipher: &[u8]) -> Option<&'static str> {
        let before = self.fingerprint();
        match self.lead.import_bundle(cipher, &self.identity, false) {
            Ok(_) => {
                self.next_seq += 1;
                None
            }
            Err(e) => {
                assert_eq!(
                    self.fingerprint(),
                    before,
                    "a refused bundle changed the store"
                );
                Some(e.code())
            }
        }
    }

    /// A contact of B's own, made from one of A's (a new id, B's worker, no persons).
    fn new_contact_of_b(&self) -> Record {
        let mut r = self.a_record("contacts");
        r.id = feldbuch_core::ids::ContactId::new().to_string();
        r.rev = 1;
        r.d.insert("worker_id".into(), self.b_worker.clone().into());
        r.d.insert("contact_persons".into(), serde_json::json!([]));
        r
    }

    /// One of A's records of `entity`, as B would resend it (a field changed, a revision up).
    fn a_record(&self, entity: &str) -> Record {
        let mut r = self
            .a_records
            .iter()
            .find(|r| r.t == entity)
            .unwrap_or_else(|| panic!("A's export holds no {entity}"))
            .clone();
        r.rev += 10;
        r
    }
}

/// A record of each kind that A created, sent by B: refused whole, nothing kept.
macro_rules! another_devices_record_is_refused {
    ($($name:ident: $entity:literal,)*) => {$(
        #[test]
        fn $name() {
            let mut o = office();
            let mut r = o.a_record($entity);
            // What B claims: its own worker where the record names one.
            if r.d.contains_key("worker_id") {
                r.d.insert("worker_id".into(), o.b_worker.clone().into());
            }
            assert_eq!(o.send(&[r]), Some("error-bundle-not-owner"), $entity);
        }
    )*};
}

another_devices_record_is_refused! {
    b_cannot_rewrite_a_worker_profile_of_another_device: "workers",
    b_cannot_rewrite_a_site_of_another_device: "sites",
    b_cannot_rewrite_a_partner_of_another_device: "partners",
    b_cannot_rewrite_a_partner_service_of_another_device: "partner_services",
    b_cannot_rewrite_a_person_of_another_device: "persons",
    b_cannot_rewrite_a_consent_of_another_device: "consents",
    b_cannot_rewrite_a_contact_of_another_device: "contacts",
    b_cannot_rewrite_a_referral_of_another_device: "referrals",
    b_cannot_rewrite_an_activity_of_another_device: "activities",
}

#[test]
fn b_cannot_erase_a_record_of_another_device() {
    let mut o = office();
    let site = o.a_record("sites");
    let mut d = serde_json::Map::new();
    d.insert("entity".into(), "sites".into());
    let tomb = Record {
        t: "tombstones".into(),
        id: site.id,
        rev: 99,
        upd: "2026-09-10T10:00:00.000000Z".into(),
        d,
    };
    assert_eq!(o.send(&[tomb]), Some("error-bundle-not-owner"));
}

/// A worker profile record; `role`: what a device would claim (roles are never sent).
fn profile_record(id: &str, role: &str) -> Record {
    let mut d = serde_json::Map::new();
    d.insert("display_name".into(), "Bea Beispiel".into());
    d.insert("initials".into(), "BB".into());
    d.insert("team".into(), serde_json::Value::Null);
    if role != "worker" {
        d.insert("role".into(), role.trim_end_matches("-with-role").into());
    }
    d.insert("locale".into(), "de".into());
    Record {
        t: "workers".into(),
        id: id.into(),
        rev: 2,
        upd: "2026-09-10T10:00:00.000000Z".into(),
        d,
    }
}

#[test]
fn b_writes_its_own_profile_but_not_the_leads_nor_a_role() {
    let mut o = office();
    let lead_worker = o.lead.actor().worker.to_string();
    let own = profile_record(&o.b_worker.clone(), "worker");
    // Its own profile with the role it was enrolled with: accepted (the control case).
    assert_eq!(o.send(&[own]), None);
    let lead = profile_record(&lead_worker, "worker");
    assert_eq!(o.send(&[lead]), Some("error-bundle-not-owner"));
    let a = profile_record(&o.a_worker.clone(), "worker");
    assert_eq!(o.send(&[a]), Some("error-bundle-not-owner"));
    for role in ["lead", "volunteer", "worker-with-role"] {
        let promoted = profile_record(&o.b_worker.clone(), role);
        assert_eq!(
            o.send(&[promoted]),
            Some("error-bundle-not-owner"),
            "{role}"
        );
    }
    let role: String = o
        .lead
        .conn()
        .query_row(
            "SELECT role FROM workers WHERE id = ?1",
            [&o.b_worker],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(role, "worker");
}

#[test]
fn a_record_of_b_that_names_another_worker_is_refused() {
    let mut o = office();
    // A contact of B's own (a new id) attributed to A's worker.
    let mut c = o.a_record("contacts");
    c.id = feldbuch_core::ids::ContactId::new().to_string();
    c.rev = 1;
    c.d.insert("worker_id".into(), o.a_worker.clone().into());
    assert_eq!(o.send(&[c.clone()]), Some("error-bundle-not-owner"));
    // The same contact as B's own goes in (it names A's site, which B may point to; not A's
    // persons, which it may not).
    c.d.insert("worker_id".into(), o.b_worker.clone().into());
    c.d.insert("contact_persons".into(), serde_json::json!([]));
    assert_eq!(o.send(&[c]), None);
}

#[test]
fn a_manifest_that_names_another_worker_is_refused_before_its_records() {
    let mut o = office();
    let mut m = o.manifest();
    m.worker_id = o.a_worker.clone();
    let cipher = o.seal(m, &[profile_record(&o.a_worker.clone(), "worker")]);
    assert_eq!(o.send_sealed(&cipher), Some("error-bundle-worker-mismatch"));
}

#[test]
fn a_bundle_that_calls_itself_an_office_bundle_is_refused() {
    // Office bundles go from the lead to the devices; a device's bundle claiming to be one
    // (to carry a team or a directory into the lead's store) is refused whole.
    let mut o = office();
    let mut m = o.manifest();
    m.kind = Some("office".into());
    let cipher = o.seal(m, &[profile_record(&o.b_worker.clone(), "worker")]);
    assert_eq!(o.send_sealed(&cipher), Some("error-bundle-malformed"));
    let mut m = o.manifest();
    m.signer_key = Some(bundle::encode_key(&o.b_key.verifying_key()));
    let cipher = o.seal(m, &[]);
    assert_eq!(o.send_sealed(&cipher), Some("error-bundle-malformed"));
    assert_eq!(
        o.send(&[]),
        None,
        "the same device's plain bundle still goes in"
    );
}

#[test]
fn every_value_is_checked_as_local_input_and_the_sequence_cannot_overflow() {
    let mut o = office();
    let good = o.new_contact_of_b();
    type Change = fn(&mut Record);
    let cases: [(&str, Change); 10] = [
        ("a date that does not exist", |r| {
            r.d.insert("date".into(), "2026-02-30".into());
        }),
        ("a kind outside the vocabulary", |r| {
            r.d.insert("kind".into(), "kaffeeklatsch".into());
        }),
        ("a duration of 0", |r| {
            r.d.insert("duration_min".into(), 0.into());
        }),
        ("a head count above the limit", |r| {
            r.d.insert("anonymous_count".into(), 100_000.into());
        }),
        ("a note above the length limit", |r| {
            r.d.insert("note".into(), "x".repeat(5000).into());
        }),
        ("a topic bit beyond the vocabulary", |r| {
            r.d.insert("topics".into(), (1i64 << 30).into());
        }),
        ("an id that is no id", |r| r.id = "../../etc".into()),
        ("a revision below 1", |r| r.rev = 0),
        ("a person id that is no id", |r| {
            r.d.insert("contact_persons".into(), serde_json::json!(["'; DROP"]));
        }),
        (
            "more persons than a contact may name (checked as the record is read)",
            |r| {
                let ids: Vec<String> = (0..1_000)
                    .map(|_| feldbuch_core::ids::PersonId::new().to_string())
                    .collect();
                r.d.insert("contact_persons".into(), serde_json::json!(ids));
            },
        ),
    ];
    for (what, change) in cases {
        let mut r = good.clone();
        change(&mut r);
        assert_eq!(o.send(&[r]), Some("error-bundle-invalid-value"), "{what}");
    }
    let mut m = o.manifest();
    m.sequence = u64::MAX;
    let cipher = o.seal(m, std::slice::from_ref(&good));
    assert_eq!(o.send_sealed(&cipher), Some("error-bundle-invalid-value"));
    // The untouched record goes in.
    assert_eq!(o.send(&[good]), None);
}

#[test]
fn the_signature_is_checked_before_any_record_is_parsed() {
    let mut o = office();
    // A head copied from a bundle B really signed, over a body that is not even JSON: refused
    // as a changed bundle (the hash), never as a malformed record.
    let real = bundle::plaintext(o.manifest(), &[], &o.b_key).unwrap().0;
    let mut forged = real.clone();
    forged.extend_from_slice(b"{{{ not a record\n");
    let cipher = bundle::encrypt(&forged, &o.identity.to_public()).unwrap();
    assert_eq!(o.send_sealed(&cipher), Some("error-bundle-hash-mismatch"));
    // Signed by nobody (a key the lead does not know), with garbage records: the signature.
    let stranger = SigningKey::generate(&mut rand::rngs::OsRng);
    let mut m = o.manifest();
    m.record_count = 1;
    let head = bundle::plaintext(m, &[], &stranger).unwrap().0;
    let mut body = head;
    body.extend_from_slice(b"{\"t\":\"contacts\",\"id\":\"x\"}\n");
    let cipher = bundle::encrypt(&body, &o.identity.to_public()).unwrap();
    assert_eq!(o.send_sealed(&cipher), Some("error-bundle-bad-signature"));
}

#[test]
fn an_enrolment_cannot_take_over_another_worker_or_this_device() {
    let mut o = office();
    let key = SigningKey::generate(&mut rand::rngs::OsRng);
    let before = o.fingerprint();
    let new_device = feldbuch_core::ids::DeviceId::new().to_string();
    let a_worker = o.a_worker.clone();
    let lead_worker = o.lead.actor().worker.to_string();
    let lead_device = o.lead.actor().device.to_string();
    let someone = feldbuch_core::ids::WorkerId::new().to_string();
    let mut enrol = |device: &str, worker: &str| {
        let e = enrolment_of(&key, device, worker);
        o.lead
            .enrol_device(&serde_json::to_vec(&e).unwrap())
            .err()
            .map(|e| e.code())
    };
    // Another device claiming A's worker.
    assert_eq!(
        enrol(&new_device, &a_worker),
        Some("error-enrolment-worker-taken")
    );
    // The lead's own worker.
    assert_eq!(
        enrol(&new_device, &lead_worker),
        Some("error-enrolment-worker-taken")
    );
    // The lead's own device id.
    assert_eq!(
        enrol(&lead_device, &someone),
        Some("error-enrolment-worker-taken")
    );
    assert_eq!(o.fingerprint(), before);
}

/// B's listing on the lead's device.
fn listing_of(o: &Office) -> feldbuch_core::exchange::DeviceListing {
    o.lead
        .enrolled_devices()
        .unwrap()
        .into_iter()
        .find(|d| d.device_id == o.b_device)
        .unwrap()
}

#[test]
fn a_revoked_devices_bundles_are_refused_and_what_it_sent_before_stays() {
    let mut o = office();
    let own = profile_record(&o.b_worker.clone(), "worker");
    assert_eq!(o.send(&[own]), None);
    let b = listing_of(&o);
    assert_eq!(b.last_sequence, Some(1));
    assert_eq!(b.revoked_at, None);
    assert_eq!(
        b.fingerprint,
        feldbuch_core::exchange::key_fingerprint(&o.b_key.verifying_key())
    );

    let log_before = audit_count(&o.lead);
    let revoked = o.lead.revoke_device(&o.b_device).unwrap();
    assert!(revoked.revoked_at.is_some());
    assert_eq!(audit_count(&o.lead), log_before + 1);
    let entry: (String, String, String) = o
        .lead
        .conn()
        .query_row(
            "SELECT action, entity, entity_id FROM audit_log ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        entry,
        ("revoke".into(), "device".into(), o.b_device.clone())
    );
    // Revoking again changes nothing, not even the log.
    assert_eq!(o.lead.revoke_device(&o.b_device).unwrap(), revoked);
    assert_eq!(audit_count(&o.lead), log_before + 1);

    // B's next bundle, correctly signed and in sequence: refused, nothing written.
    let mut c = o.a_record("contacts");
    c.id = feldbuch_core::ids::ContactId::new().to_string();
    c.rev = 1;
    c.d.insert("worker_id".into(), o.b_worker.clone().into());
    assert_eq!(o.send(&[c.clone()]), Some("error-device-revoked"));
    // Whatever it claims of itself: an earlier creation time, an earlier (already used)
    // sequence number, or a later one with the gap accepted.
    let mut m = o.manifest();
    m.created_at = "2026-01-01T00:00:00Z".into();
    let early = o.seal(m, std::slice::from_ref(&c));
    assert_eq!(o.send_sealed(&early), Some("error-device-revoked"));
    let mut m = o.manifest();
    m.sequence = 5;
    let later = o.seal(m, std::slice::from_ref(&c));
    let before = o.fingerprint();
    assert_eq!(
        o.lead
            .import_bundle(&later, &o.identity, true)
            .err()
            .map(|e| e.code()),
        Some("error-device-revoked")
    );
    assert_eq!(o.fingerprint(), before);

    // Checked before the body is read: a head B really signed over a body that is not even
    // JSON is refused as revoked, not as a changed bundle.
    let mut forged = bundle::plaintext(o.manifest(), &[], &o.b_key).unwrap().0;
    forged.extend_from_slice(b"{{{ not a record\n");
    let cipher = bundle::encrypt(&forged, &o.identity.to_public()).unwrap();
    assert_eq!(o.send_sealed(&cipher), Some("error-device-revoked"));

    // What B sent before stays: its import and its profile.
    let kept: (i64, String) = o
        .lead
        .conn()
        .query_row(
            "SELECT (SELECT count(*) FROM imports WHERE device_id = ?1),
                    (SELECT display_name FROM workers WHERE id = ?2)",
            [&o.b_device, &o.b_worker],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(kept, (1, "Bea Beispiel".to_string()));

    // A revocation is final, even written straight into the store.
    for sql in [
        "UPDATE devices SET revoked_at = NULL WHERE id = ?1",
        "UPDATE devices SET revoked_at = '2099-01-01T00:00:00Z' WHERE id = ?1",
        "UPDATE devices SET signing_public_key = zeroblob(32) WHERE id = ?1",
    ] {
        assert!(o.lead.conn().execute(sql, [&o.b_device]).is_err(), "{sql}");
    }
}

#[test]
fn a_revoked_device_cannot_be_enrolled_again() {
    let mut o = office();
    o.lead.revoke_device(&o.b_device).unwrap();
    let before = o.fingerprint();
    let again = enrolment_of(&o.b_key, &o.b_device, &o.b_worker);
    let err = o
        .lead
        .enrol_device(&serde_json::to_vec(&again).unwrap())
        .unwrap_err();
    assert_eq!(err.code(), "error-device-revoked");
    // With a new key too (the device id is what was revoked).
    let other = SigningKey::generate(&mut rand::rngs::OsRng);
    let again = enrolment_of(&other, &o.b_device, &o.b_worker);
    let err = o
        .lead
        .enrol_device(&serde_json::to_vec(&again).unwrap())
        .unwrap_err();
    assert_eq!(err.code(), "error-device-revoked");
    assert_eq!(o.fingerprint(), before);
    assert!(listing_of(&o).revoked_at.is_some());
}

#[test]
fn only_the_lead_revokes_and_only_an_enrolled_device() {
    let mut o = office();
    let before = o.fingerprint();
    let own = o.lead.actor().device.to_string();
    for device in [
        own.as_str(),
        "01a1fcf9-5c0a-70ef-8e52-e5090b7f8ad7",
        "nonsense",
    ] {
        assert_eq!(
            o.lead.revoke_device(device).unwrap_err().code(),
            "error-device-not-enrolled",
            "{device}"
        );
    }
    assert_eq!(o.fingerprint(), before);
    let tmp = tempfile::tempdir().unwrap();
    let (mut worker, _) = DataDir::new(tmp.path())
        .init(&profile(), &Passphrase::new(PASS), &OsKeyring, clock())
        .unwrap();
    assert!(matches!(
        worker.revoke_device(&o.b_device),
        Err(feldbuch_core::Error::Forbidden)
    ));
    assert!(matches!(
        worker.enrolled_devices(),
        Err(feldbuch_core::Error::Forbidden)
    ));
}

#[test]
fn a_revocation_made_while_an_import_runs_stops_the_devices_later_files() {
    let mut o = office();
    let tmp = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for seq in 1..=3u64 {
        let mut m = o.manifest();
        m.sequence = seq;
        let mut r = profile_record(&o.b_worker.clone(), "worker");
        r.rev = 1 + seq as i64;
        let path = tmp.path().join(format!("b-{seq}.age"));
        std::fs::write(&path, o.seal(m, &[r])).unwrap();
        files.push(path);
    }
    // The lead revokes B from the window (another connection) once the first file is in.
    let mut window = o.lead.open_again().unwrap();
    let device = o.b_device.clone();
    let mut revoked = false;
    let outcome = o
        .lead
        .import_files(&files, &o.identity, false, &mut |p| {
            if p.done == 1 && !revoked {
                window.revoke_device(&device).unwrap();
                revoked = true;
            }
            true
        })
        .unwrap();
    let feldbuch_core::exchange::BatchOutcome::Done(outcomes) = outcome else {
        panic!("the import was cancelled");
    };
    let codes: Vec<Option<&str>> = outcomes
        .iter()
        .map(|f| f.result.as_ref().err().map(|e| e.code()))
        .collect();
    assert_eq!(
        codes,
        vec![
            None,
            Some("error-device-revoked"),
            Some("error-device-revoked")
        ]
    );
    assert_eq!(listing_of(&o).last_sequence, Some(1));
}

#[test]
fn an_enrolment_is_previewed_with_nothing_written_and_enrolled_only_with_the_compared_key() {
    let mut o = office();
    let key = SigningKey::generate(&mut rand::rngs::OsRng);
    let device = feldbuch_core::ids::DeviceId::new().to_string();
    let worker = feldbuch_core::ids::WorkerId::new().to_string();
    let file = serde_json::to_vec(&enrolment_of(&key, &device, &worker)).unwrap();
    let before = o.fingerprint();
    let preview = o.lead.preview_enrolment(&file).unwrap();
    assert_eq!(preview.device_id, device);
    let shown = preview.fingerprint().unwrap();
    assert_eq!(
        shown,
        feldbuch_core::exchange::key_fingerprint(&key.verifying_key())
    );
    assert_eq!(o.fingerprint(), before, "a preview wrote something");
    // The preview refuses what enrolling would refuse: A's worker claimed by another device.
    let taken = serde_json::to_vec(&enrolment_of(&key, &device, &o.a_worker)).unwrap();
    assert_eq!(
        o.lead.preview_enrolment(&taken).unwrap_err().code(),
        "error-enrolment-worker-taken"
    );
    // The file swapped after the lead compared: another key, refused, nothing written.
    let other = SigningKey::generate(&mut rand::rngs::OsRng);
    let swapped = serde_json::to_vec(&enrolment_of(&other, &device, &worker)).unwrap();
    assert_eq!(
        o.lead
            .enrol_device_confirmed(&swapped, Some(&shown))
            .unwrap_err()
            .code(),
        "error-enrolment-fingerprint-changed"
    );
    assert_eq!(o.fingerprint(), before);
    // The compared one (spacing does not matter).
    let e = o
        .lead
        .enrol_device_confirmed(&file, Some(&shown.replace(' ', "")))
        .unwrap();
    assert_eq!(e.device_id, device);
    assert!(o
        .lead
        .enrolled_devices()
        .unwrap()
        .iter()
        .any(|d| d.device_id == device && d.fingerprint == shown));
}

/// A new record of B's own, made from one of A's of `entity`: a fresh id, B's worker.
fn b_own(o: &Office, entity: &str) -> Record {
    let mut r = o.a_record(entity);
    r.id = uuid::Uuid::now_v7().to_string();
    r.rev = 1;
    if r.d.contains_key("worker_id") {
        r.d.insert("worker_id".into(), o.b_worker.clone().into());
    }
    r
}

#[test]
fn b_may_name_only_its_own_persons_and_contacts() {
    let mut o = office();
    let a_person = o.a_record("persons").id;
    let a_contact = o.a_record("contacts").id;
    // B's own person, sent with the records that name it: the control case.
    let own_person = b_own(&o, "persons");
    let mut consent = b_own(&o, "consents");
    consent
        .d
        .insert("person_id".into(), own_person.id.clone().into());
    let mut contact = b_own(&o, "contacts");
    contact.d.insert(
        "contact_persons".into(),
        serde_json::json!([own_person.id.clone()]),
    );
    assert_eq!(
        o.send(&[own_person.clone(), consent, contact.clone()]),
        None
    );

    // A consent for A's person.
    let mut r = b_own(&o, "consents");
    r.d.insert("person_id".into(), a_person.clone().into());
    assert_eq!(o.send(&[r]), Some("error-bundle-not-owner"), "consent");
    // A contact that met A's person.
    let mut r = b_own(&o, "contacts");
    r.d.insert(
        "contact_persons".into(),
        serde_json::json!([a_person.clone()]),
    );
    assert_eq!(o.send(&[r]), Some("error-bundle-not-owner"), "contact");
    // A referral of A's person, and one from A's contact.
    let mut r = b_own(&o, "referrals");
    r.d.insert("person_id".into(), a_person.clone().into());
    r.d.insert("contact_id".into(), serde_json::Value::Null);
    assert_eq!(
        o.send(&[r]),
        Some("error-bundle-not-owner"),
        "referral person"
    );
    let mut r = b_own(&o, "referrals");
    r.d.insert("person_id".into(), own_person.id.clone().into());
    r.d.insert("contact_id".into(), a_contact.into());
    assert_eq!(
        o.send(&[r]),
        Some("error-bundle-not-owner"),
        "referral contact"
    );
    // The same referral and activity with B's own person and contact go in (control cases).
    let mut r = b_own(&o, "referrals");
    r.d.insert("person_id".into(), own_person.id.clone().into());
    r.d.insert("contact_id".into(), contact.id.clone().into());
    assert_eq!(o.send(&[r]), None, "own referral");
    let mut r = b_own(&o, "activities");
    r.d.insert(
        "activity_attendance".into(),
        serde_json::json!([own_person.id.clone()]),
    );
    r.d.insert("activity_facilitators".into(), serde_json::json!([]));
    assert_eq!(o.send(&[r]), None, "own attendance");
    // An activity A's person attended.
    let mut r = b_own(&o, "activities");
    r.d.insert("activity_attendance".into(), serde_json::json!([a_person]));
    r.d.insert("activity_facilitators".into(), serde_json::json!([]));
    assert_eq!(o.send(&[r]), Some("error-bundle-not-owner"), "attendance");
}

#[test]
fn restoring_a_backup_made_before_a_revocation_does_not_undo_it() {
    let mut o = office();
    let backup = o.lead.backup_now().unwrap();
    o.lead.revoke_device(&o.b_device).unwrap();
    // Restore needs the store closed: a stand-in holds its place meanwhile.
    let spare = tempfile::tempdir().unwrap();
    let (stand_in, _) = DataDir::new(spare.path())
        .init(&profile(), &Passphrase::new(PASS), &OsKeyring, clock())
        .unwrap();
    drop(std::mem::replace(&mut o.lead, stand_in));
    let dir = DataDir::new(o._tmp.path().join("lead"));
    o.lead = dir
        .restore(
            &backup.file_name,
            &Passphrase::new(PASS),
            &OsKeyring,
            clock(),
        )
        .unwrap();
    assert!(
        listing_of(&o).revoked_at.is_some(),
        "the restore undid the revocation"
    );
    let own = profile_record(&o.b_worker.clone(), "worker");
    assert_eq!(o.send(&[own]), Some("error-device-revoked"));
    // The restored store's log says so, after the restore.
    let last: Vec<(String, String)> = o
        .lead
        .conn()
        .prepare("SELECT action, entity FROM audit_log ORDER BY seq DESC LIMIT 2")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        last,
        vec![
            ("revoke".to_string(), "device".to_string()),
            ("restore".to_string(), "backup".to_string())
        ]
    );
}

#[test]
fn own_terms_the_lead_never_defined_or_that_refine_another_id_are_refused() {
    use feldbuch_core::store::vocab_ext::VocabExtension;
    let mut o = office();
    for (kind, id, parent) in [
        ("contact-kind", "aufsuchend", Some("kurzkontakt")),
        ("topic", "schulden", Some("finanzen")),
        ("outcome", "wohnplatz-gefunden", Some("vermittelt")),
        ("marker", "sprachbarriere", None),
    ] {
        o.lead
            .add_vocab(VocabExtension {
                kind: kind.into(),
                id: id.into(),
                parent: parent.map(str::to_string),
                labels: ["de", "en", "tr", "ar", "uk"]
                    .iter()
                    .map(|l| (l.to_string(), format!("{id} {l}")))
                    .collect(),
            })
            .unwrap();
    }
    let finanzen = feldbuch_core::vocab::Topic::Finanzen.bit();
    let mut good = o.new_contact_of_b();
    good.d.insert("kind".into(), "kurzkontakt".into());
    good.d.insert("kind_ext".into(), "aufsuchend".into());
    good.d.insert("topics".into(), finanzen.into());
    good.d.insert("topics_ext".into(), "schulden".into());
    good.d.insert("outcome".into(), "vermittelt".into());
    good.d
        .insert("outcome_ext".into(), "wohnplatz-gefunden".into());
    type Change = fn(&mut Record);
    let cases: [(&str, Change); 6] = [
        ("a kind the lead never defined", |r| {
            r.d.insert("kind_ext".into(), "streetwork".into());
        }),
        ("an own kind beside a kind it does not refine", |r| {
            r.d.insert("kind".into(), "beratung".into());
        }),
        ("an own topic without the topic it refines", |r| {
            r.d.insert(
                "topics".into(),
                feldbuch_core::vocab::Topic::Wohnen.bit().into(),
            );
        }),
        ("one own topic of two undefined", |r| {
            r.d.insert("topics_ext".into(), "schulden,gibts-nicht".into());
        }),
        ("an outcome the lead never defined", |r| {
            r.d.insert("outcome_ext".into(), "wohnung".into());
        }),
        ("an own outcome without an outcome", |r| {
            r.d.insert("outcome".into(), serde_json::Value::Null);
        }),
    ];
    for (what, change) in cases {
        let mut r = good.clone();
        change(&mut r);
        assert_eq!(o.send(&[r]), Some("error-bundle-invalid-value"), "{what}");
    }
    let mut person = o.a_record("persons");
    person.id = feldbuch_core::ids::PersonId::new().to_string();
    person.rev = 1;
    person
        .d
        .insert("worker_id".into(), o.b_worker.clone().into());
    person.d.remove("link_hash");
    let mut unknown = person.clone();
    unknown.d.insert(
        "person_markers".into(),
        serde_json::json!(["einsam", "sprachbarierre"]),
    );
    assert_eq!(
        o.send(&[unknown]),
        Some("error-bundle-invalid-value"),
        "a marker the lead never defined"
    );
    person.d.insert(
        "person_markers".into(),
        serde_json::json!(["einsam", "sprachbarriere"]),
    );
    assert_eq!(o.send(&[good.clone(), person]), None);
    let c = o
        .lead
        .contact(feldbuch_core::ids::ContactId::parse(&good.id).unwrap())
        .unwrap();
    assert_eq!(c.kind_ext.as_deref(), Some("aufsuchend"));
    assert_eq!(c.topics_ext, ["schulden"]);
}
