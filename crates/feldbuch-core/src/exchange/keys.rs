//! Keys of the exchange: the central office's `age` key pair, each device's Ed25519 signing key,
//! and the enrolment file by which a lead's device learns a worker device's public key.

use super::bundle::{decode_key, encode_key};
use crate::error::{Error, Result};
use crate::store::{meta_get, meta_set, timestamp, Store};
use age::secrecy::ExposeSecret;
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier};
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use std::path::Path;
use std::str::FromStr;
use zeroize::Zeroizing;

/// Create the central office's key pair: the identity goes to `path` (owner-only, in the format
/// of `age-keygen`, so the `age` tool can use it); returns the public key (`age1…`) that the
/// workers import. Refuses to overwrite an existing file.
pub fn office_init(path: &Path, now: chrono::DateTime<chrono::Utc>) -> Result<String> {
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();
    let text = Zeroizing::new(format!(
        "# created: {}\n# public key: {recipient}\n{}\n",
        now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        identity.to_string().expose_secret()
    ));
    crate::fsutil::write_new(path, text.as_bytes())?;
    Ok(recipient)
}

/// The office's identity from a key file made by [`office_init`] or `age-keygen`.
pub fn load_office_identity(path: &Path) -> Result<age::x25519::Identity> {
    let text = Zeroizing::new(std::fs::read_to_string(path).map_err(|_| {
        Error::invalid(
            "error-office-key-unreadable",
            &[("path", &path.display().to_string())],
        )
    })?);
    text.lines()
        .map(str::trim)
        .find(|l| l.starts_with("AGE-SECRET-KEY-"))
        .and_then(|l| age::x25519::Identity::from_str(l).ok())
        .ok_or_else(|| {
            Error::invalid(
                "error-office-key-unreadable",
                &[("path", &path.display().to_string())],
            )
        })
}

/// The office's public key from what a worker pastes or imports: the `age1…` string itself, or
/// a file's text holding it (a recipients file, or the `# public key:` line of an identity file).
pub fn parse_recipient(text: &str) -> Result<age::x25519::Recipient> {
    text.lines()
        .map(|l| l.trim().trim_start_matches("# public key:").trim())
        .find(|l| l.starts_with("age1"))
        .and_then(|l| age::x25519::Recipient::from_str(l).ok())
        .ok_or_else(|| Error::invalid("error-office-recipient-invalid", &[]))
}

/// What a worker's device hands to the lead: who it is and its public signing key, signed with
/// that key (so a damaged or edited file is noticed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Enrolment {
    pub format: String,
    pub device_id: String,
    pub worker_id: String,
    pub display_name: String,
    pub initials: String,
    pub team: Option<String>,
    pub public_key: String,
    pub created_at: String,
    pub signature: String,
    /// The device's own `age` public key (`age1…`): office bundles are encrypted to it. Only in
    /// files of format 2; a device enrolled with format 1 enrols again to receive them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_recipient: Option<String>,
    /// `worker` or `volunteer` (format 2): a volunteer's device is enrolled as a volunteer's, so
    /// the lead's report can show the volunteers' share. Format 1 files enrol a worker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// The `format` of the enrolment files this version writes: with the device's `age` key and
/// its role.
pub const ENROLMENT_FORMAT: &str = "feldbuch-enrolment/2";
/// The format before office bundles (no `age` key, no role), still read.
pub const ENROLMENT_FORMAT_1: &str = "feldbuch-enrolment/1";
/// Largest enrolment file read.
const MAX_ENROLMENT_BYTES: usize = 16 * 1024;

impl Enrolment {
    /// What the enrolment's signature covers: every field but the signature, one per line (in
    /// format 2 the `age` key and the role last).
    pub fn signed_text(&self) -> String {
        let text = format!(
            "{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}",
            self.format,
            self.device_id,
            self.worker_id,
            self.display_name,
            self.initials,
            self.team.as_deref().unwrap_or(""),
            self.public_key,
            self.created_at
        );
        if self.format == ENROLMENT_FORMAT_1 {
            return text;
        }
        format!(
            "{text}\n{}\n{}",
            self.age_recipient.as_deref().unwrap_or(""),
            self.role.as_deref().unwrap_or("")
        )
    }

    /// The fingerprint of the device key this enrolment carries ([`key_fingerprint`]).
    pub fn fingerprint(&self) -> Result<String> {
        Ok(key_fingerprint(&decode_key(&self.public_key)?))
    }

    /// Parse and check an enrolment file's text (format, key, self-signature).
    pub fn parse(bytes: &[u8]) -> Result<Enrolment> {
        let bad = || Error::invalid("error-enrolment-malformed", &[]);
        if bytes.len() > MAX_ENROLMENT_BYTES {
            return Err(bad());
        }
        let e: Enrolment = serde_json::from_slice(bytes).map_err(|_| bad())?;
        match e.format.as_str() {
            ENROLMENT_FORMAT_1 if e.age_recipient.is_none() && e.role.is_none() => {}
            ENROLMENT_FORMAT
                if e.age_recipient.is_some()
                    && matches!(e.role.as_deref(), Some("worker" | "volunteer")) => {}
            _ => return Err(bad()),
        }
        crate::ids::DeviceId::parse(&e.device_id).map_err(|_| bad())?;
        crate::ids::WorkerId::parse(&e.worker_id).map_err(|_| bad())?;
        let key = decode_key(&e.public_key)?;
        if let Some(r) = &e.age_recipient {
            age::x25519::Recipient::from_str(r).map_err(|_| bad())?;
        }
        let sig = base64_decode(&e.signature).ok_or_else(bad)?;
        let sig: [u8; 64] = sig.try_into().map_err(|_| bad())?;
        key.verify(e.signed_text().as_bytes(), &Signature::from_bytes(&sig))
            .map_err(|_| Error::invalid("error-enrolment-bad-signature", &[]))?;
        Ok(e)
    }
}

fn base64_decode(text: &str) -> Option<Vec<u8>> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .ok()
}

/// The fingerprint of a device's signing key, in a form two people can read aloud and compare
/// (at enrolment, the worker's device and the lead's both show it): six groups of five digits from
/// SHA-256 of the public key, about 99 bits. Digits read the same in every language.
pub fn key_fingerprint(key: &ed25519_dalek::VerifyingKey) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(key.to_bytes());
    digest
        .chunks_exact(4)
        .take(6)
        .map(|c| {
            let n = u32::from_be_bytes([c[0], c[1], c[2], c[3]]) % 100_000;
            format!("{n:05}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// What a lead's store knows of an enrolled device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnrolledDevice {
    pub key: ed25519_dalek::VerifyingKey,
    pub worker_id: Option<String>,
    /// When the lead revoked the device; from then on none of its bundles is imported.
    pub revoked_at: Option<String>,
}

/// An enrolled device as the lead's list shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct DeviceListing {
    pub device_id: String,
    pub worker_id: Option<String>,
    pub display_name: Option<String>,
    pub initials: Option<String>,
    pub team: Option<String>,
    /// The fingerprint of the enrolled key, as both devices showed it at enrolment.
    pub fingerprint: String,
    pub enrolled_at: String,
    pub revoked_at: Option<String>,
    /// The highest sequence number imported from the device, and when the last bundle came.
    pub last_sequence: Option<u64>,
    pub last_import_at: Option<String>,
    /// Whether the device handed over its own `age` key (enrolment format 2), so office bundles
    /// can reach it; one enrolled before enrols again.
    pub receives_office_bundles: bool,
    /// The role it was enrolled with (`worker`, `volunteer`, `lead`).
    pub role: Option<String>,
}

impl EnrolledDevice {
    /// The key a bundle claiming this device must be signed with, if the manifest's worker is
    /// the one the device was enrolled for.
    pub fn signer_for(
        enrolled: Option<&EnrolledDevice>,
        m: &super::Manifest,
    ) -> Result<ed25519_dalek::VerifyingKey> {
        // An office bundle goes from the lead to the devices, never into a lead's import.
        if m.kind.is_some() || m.signer_key.is_some() {
            return Err(Error::invalid(
                "error-bundle-malformed",
                &[("detail", "manifest.kind")],
            ));
        }
        let e = enrolled.ok_or_else(|| {
            Error::invalid(
                "error-bundle-unknown-device",
                &[("initials", &m.worker_initials)],
            )
        })?;
        if let Some(at) = &e.revoked_at {
            return Err(revoked_error(&m.worker_initials, at));
        }
        if e.worker_id.as_deref() != Some(m.worker_id.as_str()) {
            return Err(Error::invalid(
                "error-bundle-worker-mismatch",
                &[("initials", &m.worker_initials)],
            ));
        }
        Ok(e.key)
    }
}

/// The refusal of anything from a revoked device.
pub(crate) fn revoked_error(initials: &str, revoked_at: &str) -> Error {
    let date = revoked_at.get(..10).unwrap_or(revoked_at);
    Error::invalid(
        "error-device-revoked",
        &[("initials", initials), ("date", date)],
    )
}

/// The revocation time of a device, read inside the transaction that would write its bundle
/// (a revocation made while an import runs stops the import's later files too).
pub(crate) fn revoked_at(conn: &rusqlite::Connection, device: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT revoked_at FROM devices WHERE id = ?1",
            [device],
            |r| r.get::<_, Option<String>>(0),
        )
        .optional()?
        .flatten())
}

/// Every check of an enrolment file before it is written (lead only): its form and signature,
/// that it names neither this device nor a worker another device holds, that the device is not
/// revoked and keeps its key. Returns the enrolment, its key, and whether the device is already
/// enrolled with that key (then enrolling changes nothing).
fn check_enrolment(
    conn: &rusqlite::Connection,
    actor: &crate::store::Actor,
    bytes: &[u8],
) -> Result<(Enrolment, Vec<u8>, bool)> {
    if actor.role != crate::vocab::Role::Lead {
        return Err(Error::Forbidden);
    }
    let e = Enrolment::parse(bytes)?;
    let key = decode_key(&e.public_key)?.to_bytes().to_vec();
    let known: Option<(Option<Vec<u8>>, Option<String>)> = conn
        .query_row(
            "SELECT signing_public_key, revoked_at FROM devices WHERE id = ?1",
            [&e.device_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    // An enrolment names its own device and its own worker: never this device, nor a worker
    // (the lead, a colleague) that another device holds.
    let holder: Option<String> = conn
        .query_row(
            "SELECT device_id FROM workers WHERE id = ?1",
            [&e.worker_id],
            |r| r.get(0),
        )
        .optional()?;
    if e.device_id == actor.device.to_string() || holder.is_some_and(|d| d != e.device_id) {
        return Err(Error::invalid("error-enrolment-worker-taken", &[]));
    }
    let same = match known {
        // A revoked device never comes back, not even with its old key.
        Some((_, Some(at))) => return Err(revoked_error(&e.initials, &at)),
        Some((Some(k), None)) if k == key => true,
        Some((Some(_), None)) => return Err(Error::invalid("error-enrolment-key-changed", &[])),
        _ => false,
    };
    Ok((e, key, same))
}

const SIGNING_KEY: &str = "device_signing_key";
const AGE_IDENTITY: &str = "device_age_identity";
const OFFICE_IDENTITY: &str = "office_identity";
const OFFICE_RECIPIENT: &str = "office_recipient";

impl Store {
    /// This device's signing key, created on first use (for stores set up before schema v3) and
    /// kept in the encrypted store; its public half is recorded on this device's row.
    pub(crate) fn signing_key(&mut self) -> Result<SigningKey> {
        if let Some(hex_seed) = meta_get(self.conn(), SIGNING_KEY)? {
            let seed = Zeroizing::new(
                hex::decode(&hex_seed).map_err(|e| Error::KeyFileDamaged(e.to_string()))?,
            );
            let seed: [u8; 32] = seed
                .as_slice()
                .try_into()
                .map_err(|_| Error::KeyFileDamaged("device signing key".into()))?;
            return Ok(SigningKey::from_bytes(&seed));
        }
        let key = SigningKey::generate(&mut rand::rngs::OsRng);
        let seed = Zeroizing::new(hex::encode(key.to_bytes()));
        let device = self.actor().device;
        let tx = self.conn_mut().transaction()?;
        meta_set(&tx, SIGNING_KEY, &seed)?;
        tx.execute(
            "UPDATE devices SET signing_public_key = ?2 WHERE id = ?1",
            rusqlite::params![device, key.verifying_key().to_bytes().to_vec()],
        )?;
        tx.commit()?;
        Ok(key)
    }

    /// This device's own `age` key, created on first use and kept in the encrypted store: office
    /// bundles are encrypted to its public half, which the device's enrolment carries.
    pub(crate) fn age_identity(&mut self) -> Result<age::x25519::Identity> {
        if let Some(text) = meta_get(self.conn(), AGE_IDENTITY)?.map(Zeroizing::new) {
            return age::x25519::Identity::from_str(text.trim())
                .map_err(|_| Error::KeyFileDamaged("device age key".into()));
        }
        let identity = age::x25519::Identity::generate();
        let tx = self.conn_mut().transaction()?;
        meta_set(&tx, AGE_IDENTITY, identity.to_string().expose_secret())?;
        tx.commit()?;
        Ok(identity)
    }

    /// The fingerprint of this device's signing key, as the lead's device shows it at enrolment.
    pub fn device_fingerprint(&mut self) -> Result<String> {
        Ok(key_fingerprint(&self.signing_key()?.verifying_key()))
    }

    /// This device's enrolment, for the lead's device.
    pub fn enrolment(&mut self) -> Result<Enrolment> {
        let key = self.signing_key()?;
        let profile = self.profile()?;
        let mut e = Enrolment {
            format: ENROLMENT_FORMAT.into(),
            device_id: self.actor().device.to_string(),
            worker_id: self.actor().worker.to_string(),
            display_name: profile.display_name,
            initials: profile.initials,
            team: profile.team,
            public_key: encode_key(&key.verifying_key()),
            created_at: timestamp(self.clock().now()),
            signature: String::new(),
            age_recipient: Some(self.age_identity()?.to_public().to_string()),
            // A lead's device enrolled at another lead's sends as a worker's.
            role: Some(
                if self.is_volunteer() {
                    "volunteer"
                } else {
                    "worker"
                }
                .into(),
            ),
        };
        use base64::Engine;
        e.signature = base64::engine::general_purpose::STANDARD
            .encode(key.sign(e.signed_text().as_bytes()).to_bytes());
        Ok(e)
    }

    /// Write this device's enrolment file (no secrets in it; refuses to overwrite).
    pub fn write_enrolment(&mut self, path: &Path) -> Result<Enrolment> {
        let e = self.enrolment()?;
        let text = serde_json::to_vec_pretty(&e).map_err(|e| Error::Internal(e.to_string()))?;
        crate::fsutil::write_new(path, &text)?;
        Ok(e)
    }

    /// Write this device's enrolment file into `folder` under a name of its own
    /// (`Feldbuch-Anmeldung-<initials>-<date-time>.json`), so a second one never meets the
    /// first. Returns the path.
    pub fn write_enrolment_in(&mut self, folder: &Path) -> Result<std::path::PathBuf> {
        let (name, bytes) = self.enrolment_file()?;
        let path = folder.join(name);
        crate::fsutil::write_new(&path, &bytes)?;
        Ok(path)
    }

    /// This device's enrolment file, its name and content, for a caller that writes it where
    /// the session is not held (a folder that hangs must not keep the store open).
    pub fn enrolment_file(&mut self) -> Result<(String, Vec<u8>)> {
        let initials: String = self
            .profile()?
            .initials
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        let stamp = self.clock().now().format("%Y-%m-%d-%H%M%S");
        let e = self.enrolment()?;
        let bytes = serde_json::to_vec_pretty(&e).map_err(|e| Error::Internal(e.to_string()))?;
        Ok((format!("Feldbuch-Anmeldung-{initials}-{stamp}.json"), bytes))
    }

    /// What enrolling this file would do, checked exactly as [`Store::enrol_device`] checks it,
    /// with nothing written (lead only): the device, its worker and its key's fingerprint, for
    /// the lead to compare aloud with the worker's screen before confirming.
    pub fn preview_enrolment(&self, bytes: &[u8]) -> Result<Enrolment> {
        Ok(check_enrolment(self.conn(), self.actor(), bytes)?.0)
    }

    /// Register a worker's device from its enrolment file (lead only): its public signing key,
    /// its worker and team. Enrolling the same device again with the same key changes nothing; a
    /// different key for a known device is refused (a replaced device enrols under a new id).
    pub fn enrol_device(&mut self, bytes: &[u8]) -> Result<Enrolment> {
        self.enrol_device_confirmed(bytes, None)
    }

    /// [`Store::enrol_device`], but only if the file's key still has the fingerprint the lead
    /// confirmed from [`Store::preview_enrolment`] (the file may have been swapped meanwhile).
    pub fn enrol_device_confirmed(
        &mut self,
        bytes: &[u8],
        fingerprint: Option<&str>,
    ) -> Result<Enrolment> {
        let actor = self.actor().clone();
        let now = self.clock().now();
        let ts = timestamp(now);
        let tx = self.conn_mut().transaction()?;
        let (e, key, known) = check_enrolment(&tx, &actor, bytes)?;
        if let Some(expected) = fingerprint {
            let digits = |t: &str| t.chars().filter(char::is_ascii_digit).collect::<String>();
            if digits(expected) != digits(&e.fingerprint()?) {
                return Err(Error::invalid("error-enrolment-fingerprint-changed", &[]));
            }
        }
        if known {
            // The same device and key: only an `age` key it did not hand over before is new
            // (a device enrolled before office bundles enrols again to receive them).
            let had: Option<String> = tx.query_row(
                "SELECT age_recipient FROM devices WHERE id = ?1",
                [&e.device_id],
                |r| r.get(0),
            )?;
            if e.age_recipient.is_some() && had != e.age_recipient {
                tx.execute(
                    "UPDATE devices SET age_recipient = ?2, updated_at = ?3 WHERE id = ?1",
                    rusqlite::params![e.device_id, e.age_recipient, ts],
                )?;
                crate::store::audit::append(
                    &tx,
                    &actor,
                    now,
                    crate::store::audit::Action::Update,
                    "device",
                    &e.device_id,
                )?;
                tx.commit()?;
            }
            return Ok(e);
        }
        tx.execute(
            "INSERT INTO workers (id, device_id, created_at, updated_at, display_name, initials, team,
                role, locale)
             VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, 'de')
             ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name,
                initials = excluded.initials, team = excluded.team, updated_at = excluded.updated_at",
            rusqlite::params![
                e.worker_id,
                e.device_id,
                ts,
                e.display_name,
                e.initials,
                e.team,
                e.role.as_deref().unwrap_or("worker")
            ],
        )?;
        tx.execute(
            "INSERT INTO devices (id, device_id, created_at, updated_at, label, worker_id, team,
                signing_public_key, enrolled_at, age_recipient)
             VALUES (?1, ?1, ?2, ?2, ?3, ?4, ?5, ?6, ?2, ?7)
             ON CONFLICT (id) DO UPDATE SET signing_public_key = excluded.signing_public_key,
                worker_id = excluded.worker_id, team = excluded.team,
                enrolled_at = excluded.enrolled_at, updated_at = excluded.updated_at,
                age_recipient = excluded.age_recipient",
            rusqlite::params![
                e.device_id,
                ts,
                format!("{} device", e.initials),
                e.worker_id,
                e.team,
                key,
                e.age_recipient
            ],
        )?;
        crate::store::audit::append(
            &tx,
            &actor,
            now,
            crate::store::audit::Action::Create,
            "device",
            &e.device_id,
        )?;
        tx.commit()?;
        Ok(e)
    }

    /// An enrolled device: the key its bundles must be signed with and the worker it was
    /// enrolled for; `None` when the device is not enrolled.
    pub fn enrolled_device(&self, device: &str) -> Result<Option<EnrolledDevice>> {
        let row: Option<(Option<String>, Option<String>)> = self
            .conn()
            .query_row(
                "SELECT worker_id, revoked_at FROM devices
                 WHERE id = ?1 AND enrolled_at IS NOT NULL",
                [device],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        Ok(match (self.device_key(device)?, row) {
            (Some(key), Some((worker_id, revoked_at))) => Some(EnrolledDevice {
                key,
                worker_id,
                revoked_at,
            }),
            _ => None,
        })
    }

    /// The devices enrolled here (lead only), with their keys' fingerprints, whether they are
    /// revoked, and the last bundle imported from each; by initials, then device id.
    pub fn enrolled_devices(&self) -> Result<Vec<DeviceListing>> {
        if self.actor().role != crate::vocab::Role::Lead {
            return Err(Error::Forbidden);
        }
        let own = self.actor().device.to_string();
        let mut stmt = self.conn().prepare(
            "SELECT d.id, d.worker_id, w.display_name, w.initials, d.team, d.signing_public_key,
                    d.enrolled_at, d.revoked_at,
                    (SELECT max(seq) FROM imports i WHERE i.device_id = d.id),
                    (SELECT max(imported_at) FROM imports i WHERE i.device_id = d.id),
                    d.age_recipient IS NOT NULL, w.role
             FROM devices d LEFT JOIN workers w ON w.id = d.worker_id
             WHERE d.enrolled_at IS NOT NULL AND d.signing_public_key IS NOT NULL AND d.id <> ?1
             ORDER BY w.initials, d.id",
        )?;
        let rows = stmt.query_map([&own], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, Option<String>>(4)?,
                r.get::<_, Vec<u8>>(5)?,
                r.get::<_, String>(6)?,
                r.get::<_, Option<String>>(7)?,
                r.get::<_, Option<i64>>(8)?,
                r.get::<_, Option<String>>(9)?,
                r.get::<_, bool>(10)?,
                r.get::<_, Option<String>>(11)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (
                device_id,
                worker_id,
                display_name,
                initials,
                team,
                key,
                enrolled_at,
                revoked_at,
                seq,
                last,
                receives,
                role,
            ) = row?;
            let key: [u8; 32] = key
                .try_into()
                .map_err(|_| Error::KeyFileDamaged("device key".into()))?;
            let key = ed25519_dalek::VerifyingKey::from_bytes(&key)
                .map_err(|_| Error::KeyFileDamaged("device key".into()))?;
            out.push(DeviceListing {
                device_id,
                worker_id,
                display_name,
                initials,
                team,
                fingerprint: key_fingerprint(&key),
                enrolled_at,
                revoked_at,
                last_sequence: seq.and_then(|s| u64::try_from(s).ok()),
                last_import_at: last,
                receives_office_bundles: receives,
                role,
            });
        }
        Ok(out)
    }

    /// Revoke an enrolled device (lead only; audited): from now on none of its bundles is
    /// imported, whatever creation time or sequence number it claims; what it sent before stays.
    /// Final: the device cannot be enrolled again. Revoking it a second time changes nothing.
    pub fn revoke_device(&mut self, device: &str) -> Result<DeviceListing> {
        if self.actor().role != crate::vocab::Role::Lead {
            return Err(Error::Forbidden);
        }
        let find = |s: &Self| -> Result<DeviceListing> {
            s.enrolled_devices()?
                .into_iter()
                .find(|d| d.device_id == device)
                .ok_or_else(|| Error::invalid("error-device-not-enrolled", &[]))
        };
        let listing = find(self)?;
        if listing.revoked_at.is_some() {
            return Ok(listing);
        }
        let now = self.clock().now();
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        let changed = tx.execute(
            "UPDATE devices SET revoked_at = ?2, updated_at = ?2
             WHERE id = ?1 AND revoked_at IS NULL",
            rusqlite::params![device, timestamp(now)],
        )?;
        // Another connection (the CLI beside the window) may have revoked it meanwhile: then
        // there is nothing to log.
        if changed == 1 {
            crate::store::audit::append(
                &tx,
                &actor,
                now,
                crate::store::audit::Action::Revoke,
                "device",
                device,
            )?;
        }
        tx.commit()?;
        find(self)
    }

    /// The enrolled key of a device, if it is enrolled.
    pub fn device_key(&self, device: &str) -> Result<Option<ed25519_dalek::VerifyingKey>> {
        let key: Option<Option<Vec<u8>>> = self
            .conn()
            .query_row(
                "SELECT signing_public_key FROM devices WHERE id = ?1 AND enrolled_at IS NOT NULL",
                [device],
                |r| r.get(0),
            )
            .optional()?;
        match key.flatten() {
            None => Ok(None),
            Some(bytes) => {
                let bytes: [u8; 32] = bytes
                    .try_into()
                    .map_err(|_| Error::KeyFileDamaged("device key".into()))?;
                Ok(Some(
                    ed25519_dalek::VerifyingKey::from_bytes(&bytes)
                        .map_err(|_| Error::KeyFileDamaged("device key".into()))?,
                ))
            }
        }
    }

    /// The office's public key that exports are encrypted to, if set.
    pub fn office_recipient(&self) -> Result<Option<String>> {
        meta_get(self.conn(), OFFICE_RECIPIENT)
    }

    /// Set the office's public key (from the string or a file's text); logged.
    pub fn set_office_recipient(&mut self, text: &str) -> Result<String> {
        let recipient = parse_recipient(text)?.to_string();
        self.set_logged_setting(OFFICE_RECIPIENT, &recipient)?;
        Ok(recipient)
    }

    /// Keep the office's identity (from its key file) inside this store, so a lead imports
    /// without the key file lying on the disk (lead only; logged). Also sets the office's public
    /// key for this device's own exports. Returns that public key.
    pub fn set_office_identity(&mut self, path: &Path) -> Result<String> {
        if self.actor().role != crate::vocab::Role::Lead {
            return Err(Error::Forbidden);
        }
        let identity = load_office_identity(path)?;
        self.keep_office_identity(&identity)
    }

    /// Keep the office's secret key (already read from its file) inside the store (lead only).
    /// Returns the public key.
    pub fn keep_office_identity(&mut self, identity: &age::x25519::Identity) -> Result<String> {
        if self.actor().role != crate::vocab::Role::Lead {
            return Err(Error::Forbidden);
        }
        let recipient = identity.to_public().to_string();
        let secret = identity.to_string();
        self.set_logged_setting(OFFICE_IDENTITY, secret.expose_secret())?;
        self.set_logged_setting(OFFICE_RECIPIENT, &recipient)?;
        Ok(recipient)
    }

    /// The office's identity kept in this store, if any.
    pub fn office_identity(&self) -> Result<Option<age::x25519::Identity>> {
        let Some(text) = meta_get(self.conn(), OFFICE_IDENTITY)?.map(Zeroizing::new) else {
            return Ok(None);
        };
        age::x25519::Identity::from_str(text.trim())
            .map(Some)
            .map_err(|_| Error::KeyFileDamaged("office identity".into()))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_fingerprint_is_six_groups_of_five_digits_and_tells_keys_apart() {
        let a = SigningKey::generate(&mut rand::rngs::OsRng).verifying_key();
        let b = SigningKey::generate(&mut rand::rngs::OsRng).verifying_key();
        let fa = key_fingerprint(&a);
        assert_eq!(
            fa,
            key_fingerprint(&a),
            "the same key, the same fingerprint"
        );
        assert_ne!(fa, key_fingerprint(&b));
        let groups: Vec<&str> = fa.split(' ').collect();
        assert_eq!(groups.len(), 6, "{fa}");
        assert!(groups
            .iter()
            .all(|g| g.len() == 5 && g.chars().all(|c| c.is_ascii_digit())));
    }
}
