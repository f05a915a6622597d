//! Office bundles: what the lead's device hands the team's devices, in the format of a device's
//! bundle (`bundle.rs`): the team (who may be named as a co-facilitator, whose device is revoked),
//! the programmes, the directory (districts, sites, partners and their services, the lead's visit
//! slots) and the office's public key. Encrypted to the own `age` key of every enrolled, unrevoked device and
//! signed with the lead's device key, which a device keeps from the first office bundle it
//! receives (right after its enrolment, its fingerprint compared aloud as at enrolment).
//!
//! An office bundle is a whole snapshot, not a change set: a device that missed one loses nothing
//! by taking the next. A device takes office bundles in sequence order only (an older one would
//! bring back what the office has changed since) and each once; it refuses a bundle as a whole
//! when anything in it is wrong. What a device wrote itself is never overwritten by one.

use super::bundle::{self, decode_key, encode_key, Limits, Manifest, Record};
use super::export::{json_value, ENTITIES};
use super::keys::{key_fingerprint, parse_recipient};
use crate::error::{Error, Result};
use crate::store::{audit, meta_get, meta_set, timestamp, Store};
use crate::vocab::Role;
use base64::Engine;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;
use ts_rs::TS;

/// The manifest's `kind` of an office bundle.
pub const KIND: &str = "office";

/// The last office bundle this (lead's) device published.
const SENT: &str = "office_sent_sequence";
/// The lead's device whose office bundles this device takes: `{device_id, key}`.
const SIGNER: &str = "office_signer";
/// The last office bundle this device took: `{sequence, content_hash}`.
const RECEIVED: &str = "office_received";

/// The directory's entities, in the order they are applied (a service names its partner).
const DIRECTORY: [&str; 3] = ["sites", "partners", "partner_services"];
/// Records of the team, of the lead's visit slots and of the office's key.
const TEAM: &str = "team";
const SLOTS: &str = "site_visit_slots";
const DISTRICTS: &str = "districts";
const PROGRAMMES: &str = "programmes";
const SITE_MERGES: &str = "site_merges";
const PARTNER_MERGES: &str = "partner_merges";
const OFFICE_KEY: &str = "office_key";
/// The secrets a person's keyed hash is made under (the team's and each programme's), and the
/// hashes the lead's store knows (see `store::links`).
const LINK_SECRETS: &str = "link_secrets";
const TEAM_LINKS: &str = "team_links";
/// The programme's own vocabulary (see `store::vocab_ext`).
const VOCABULARY: &str = "vocabulary";
/// The most hashes a bundle lists.
const MAX_TEAM_LINKS: usize = 1_000_000;

/// What publishing an office bundle did.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct PublishReport {
    pub sequence: u64,
    pub path: String,
    /// The fingerprint of the lead's key, for the devices to compare on their first bundle.
    pub fingerprint: String,
    /// The devices that can open it.
    pub recipients: Vec<String>,
    /// Enrolled devices that cannot: enrolled before office bundles, they enrol again.
    pub unreachable: Vec<String>,
    /// Records per kind.
    pub counts: BTreeMap<String, u64>,
}

/// What receiving an office bundle did.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct ReceiveReport {
    pub sequence: u64,
    /// The lead's device that signed it, and its key's fingerprint.
    pub lead_device: String,
    pub lead_initials: String,
    pub fingerprint: String,
    /// Whether this was the first office bundle here (its key is kept from now on).
    pub first: bool,
    pub counts: BTreeMap<String, u64>,
    /// Whether it brought a new office public key for this device's exports.
    pub office_key_changed: bool,
}

#[derive(Serialize, Deserialize)]
struct Signer {
    device_id: String,
    key: String,
}

#[derive(Serialize, Deserialize)]
struct Received {
    sequence: u64,
    content_hash: String,
}

fn bad(detail: &str) -> Error {
    Error::invalid("error-bundle-malformed", &[("detail", detail)])
}

fn entity(table: &str) -> Result<&'static super::export::Entity> {
    ENTITIES
        .iter()
        .find(|e| e.table == table)
        .ok_or_else(|| bad(table))
}

/// The device a record comes from (its `device_id` field), checked.
fn origin(r: &Record) -> Result<String> {
    let d =
        r.d.get("device_id")
            .and_then(|v| v.as_str())
            .ok_or_else(|| bad(&format!("{}.device_id", r.t)))?;
    crate::ids::DeviceId::parse(d).map_err(|_| bad(&format!("{}.device_id", r.t)))?;
    Ok(d.to_string())
}

/// A record without its `device_id`, as the entity's own checks read it.
fn without_origin(r: &Record, keep: &[&str]) -> Result<Record> {
    let mut d = serde_json::Map::new();
    for (k, v) in &r.d {
        if k == "device_id" {
            continue;
        }
        if !keep.contains(&k.as_str()) {
            return Err(bad(&format!("{}.{k}", r.t)));
        }
        d.insert(k.clone(), v.clone());
    }
    Ok(Record { d, ..r.clone() })
}

fn text<'a>(r: &'a Record, field: &str) -> Option<&'a str> {
    r.d.get(field).and_then(serde_json::Value::as_str)
}

/// What an office bundle's record may hold, needing no store: checked as each record is parsed,
/// every value by the rules of local input.
fn check_shape(r: &Record) -> Result<()> {
    match r.t.as_str() {
        TEAM => {
            origin(r)?;
            let role = text(r, "role").ok_or_else(|| bad("team.role"))?;
            Role::parse(role).map_err(|_| bad("team.role"))?;
            if let Some(at) = r.d.get("revoked_at").filter(|v| !v.is_null()) {
                at.as_str()
                    .filter(|t| chrono::DateTime::parse_from_rfc3339(t).is_ok())
                    .ok_or_else(|| bad("team.revoked_at"))?;
            }
            // The profile's fields, as a device's own profile record is checked.
            let mut profile = without_origin(
                r,
                &["display_name", "initials", "team", "role", "revoked_at"],
            )?;
            profile.t = "workers".into();
            profile.d.remove("role");
            profile.d.remove("revoked_at");
            profile.d.insert("locale".into(), "de".into());
            super::values::check_record(entity("workers")?, &profile)
        }
        SLOTS => {
            origin(r)?;
            super::values::check_head(r)?;
            let r = without_origin(r, &["site_id", "weekday", "start", "end"])?;
            let site = text(&r, "site_id").ok_or_else(|| bad("site_visit_slots.site_id"))?;
            crate::ids::SiteId::parse(site).map_err(|_| bad("site_visit_slots.site_id"))?;
            let weekday =
                r.d.get("weekday")
                    .and_then(serde_json::Value::as_i64)
                    .ok_or_else(|| bad("site_visit_slots.weekday"))?;
            crate::store::sites::valid_slot(
                weekday,
                text(&r, "start").unwrap_or(""),
                text(&r, "end").unwrap_or(""),
            )
            .map(|_| ())
            .map_err(|_| bad("site_visit_slots"))
        }
        DISTRICTS | PROGRAMMES => {
            origin(r)?;
            super::values::check_head(r)?;
            let r = without_origin(r, &["name", "archived_on"])?;
            let name = text(&r, "name").unwrap_or("");
            crate::validate::required_line(
                crate::validate::field::NAME,
                name,
                crate::store::districts::MAX_DISTRICT,
            )
            .ok()
            .filter(|n| n == name)
            .ok_or_else(|| bad(&format!("{}.name", r.t)))?;
            match r.d.get("archived_on") {
                None | Some(serde_json::Value::Null) => Ok(()),
                Some(v) => v
                    .as_str()
                    .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                    .map(|_| ())
                    .ok_or_else(|| bad(&format!("{}.archived_on", r.t))),
            }
        }
        SITE_MERGES | PARTNER_MERGES => {
            origin(r)?;
            super::values::check_head(r)?;
            let r = without_origin(r, &["into_id"])?;
            let into = text(&r, "into_id").unwrap_or("");
            crate::ids::SiteId::parse(into)
                .ok()
                .filter(|i| i.to_string() == into && into != r.id)
                .map(|_| ())
                .ok_or_else(|| bad(&format!("{}.into_id", r.t)))
        }
        super::handover::KIND => super::handover::check_shape(r),
        LINK_SECRETS => {
            super::values::check_head(r)?;
            let r = without_origin(r, &["scope", "secret"])?;
            let scope = text(&r, "scope").ok_or_else(|| bad("link_secrets.scope"))?;
            if !(scope.is_empty() || scope == r.id) {
                return Err(bad("link_secrets.scope"));
            }
            let secret = base64::engine::general_purpose::STANDARD
                .decode(text(&r, "secret").unwrap_or(""))
                .map_err(|_| bad("link_secrets.secret"))?;
            if secret.len() != 32 {
                return Err(bad("link_secrets.secret"));
            }
            Ok(())
        }
        VOCABULARY => {
            super::values::check_head(r)?;
            let r = without_origin(r, &["kind", "id", "parent", "labels"])?;
            let ext: crate::store::vocab_ext::VocabExtension =
                serde_json::from_value(serde_json::Value::Object(r.d.clone()))
                    .map_err(|_| bad("vocabulary"))?;
            crate::store::vocab_ext::check(&ext).map_err(|_| bad("vocabulary"))
        }
        TEAM_LINKS => {
            super::values::check_head(r)?;
            let r = without_origin(r, &["hashes"])?;
            let hashes =
                r.d.get("hashes")
                    .and_then(serde_json::Value::as_array)
                    .ok_or_else(|| bad("team_links.hashes"))?;
            if hashes.len() > MAX_TEAM_LINKS
                || !hashes
                    .iter()
                    .all(|h| h.as_str().is_some_and(crate::store::links::is_link_hash))
            {
                return Err(bad("team_links.hashes"));
            }
            Ok(())
        }
        OFFICE_KEY => {
            super::values::check_head(r)?;
            let r = without_origin(r, &["recipient"])?;
            parse_recipient(text(&r, "recipient").unwrap_or("")).map(|_| ())
        }
        t if DIRECTORY.contains(&t) => {
            origin(r)?;
            let e = entity(t)?;
            let r = without_origin(r, e.columns)?;
            super::values::check_record(e, &r)
        }
        other => Err(bad(other)),
    }
}

/// The rows of `sql` as office records of type `t`: its first three columns are the id, the
/// revision and the time, the others the `fields` named (one in `optional` is left out when
/// NULL).
fn records<P: rusqlite::Params>(
    conn: &rusqlite::Connection,
    t: &str,
    sql: &str,
    params: P,
    fields: &[&str],
    optional: &[&str],
    out: &mut Vec<Record>,
) -> Result<()> {
    let mut stmt = conn.prepare(sql)?;
    let mut rows = stmt.query(params)?;
    while let Some(row) = rows.next()? {
        let mut d = serde_json::Map::new();
        for (i, c) in fields.iter().enumerate() {
            let v = json_value(row.get_ref(i + 3)?);
            if !(v.is_null() && optional.contains(c)) {
                d.insert((*c).to_string(), v);
            }
        }
        out.push(Record {
            t: t.to_string(),
            id: row.get(0)?,
            rev: row.get(1)?,
            upd: row.get(2)?,
            d,
        });
    }
    Ok(())
}

/// The rows of a directory table, whoever made them, as office records (with their device).
fn directory(conn: &rusqlite::Connection, table: &str, out: &mut Vec<Record>) -> Result<()> {
    let e = entity(table)?;
    let mut fields = vec!["device_id"];
    fields.extend(e.columns.iter().copied());
    let sql = format!(
        "SELECT id, revision, updated_at, {} FROM {} ORDER BY id",
        fields.join(", "),
        e.table
    );
    records(conn, table, &sql, [], &fields, &[], out)
}

/// The team as the lead's device knows it: the lead and every enrolled device's worker (with
/// the revocation, if any).
fn team(conn: &rusqlite::Connection, me: &str, out: &mut Vec<Record>) -> Result<()> {
    records(
        conn,
        TEAM,
        "SELECT w.id, w.revision, w.updated_at, w.device_id, w.display_name, w.initials, w.team,
                w.role, d.revoked_at
         FROM workers w LEFT JOIN devices d ON d.id = w.device_id
         WHERE w.id = ?1 OR d.enrolled_at IS NOT NULL ORDER BY w.id",
        [me],
        &[
            "device_id",
            "display_name",
            "initials",
            "team",
            "role",
            "revoked_at",
        ],
        &["revoked_at"],
        out,
    )
}

/// A list the lead keeps (the districts, the programmes): names and whether archived.
fn names(conn: &rusqlite::Connection, table: &str, out: &mut Vec<Record>) -> Result<()> {
    let sql = format!(
        "SELECT id, revision, updated_at, device_id, name, archived_on FROM {table} ORDER BY id"
    );
    records(
        conn,
        table,
        &sql,
        [],
        &["device_id", "name", "archived_on"],
        &[],
        out,
    )
}

/// The sites and the partners the lead merged into others.
fn merges(conn: &rusqlite::Connection, out: &mut Vec<Record>) -> Result<()> {
    for table in [SITE_MERGES, PARTNER_MERGES] {
        records(
            conn,
            table,
            &format!("SELECT from_id, 1, merged_at, into_id, device_id FROM {table} ORDER BY 1"),
            [],
            &["into_id", "device_id"],
            &[],
            out,
        )?;
    }
    Ok(())
}

/// The lead's own visit slots: the programme's regular visits.
fn slots(conn: &rusqlite::Connection, device: &str, out: &mut Vec<Record>) -> Result<()> {
    records(
        conn,
        SLOTS,
        "SELECT id, revision, updated_at, device_id, site_id, weekday, \"start\", \"end\"
         FROM site_visit_slots WHERE device_id = ?1 ORDER BY id",
        [device],
        &["device_id", "site_id", "weekday", "start", "end"],
        &[],
        out,
    )
}

/// The programme's own vocabulary, every extension in every bundle.
fn vocabulary(conn: &rusqlite::Connection, me: &str, out: &mut Vec<Record>) -> Result<()> {
    for (ext, _, revision, updated) in crate::store::vocab_ext::all(conn)? {
        let d = match serde_json::to_value(&ext).map_err(|e| Error::Internal(e.to_string()))? {
            serde_json::Value::Object(d) => d,
            _ => return Err(Error::Internal("vocabulary record".into())),
        };
        out.push(Record {
            t: VOCABULARY.into(),
            id: me.to_string(),
            rev: revision,
            upd: updated,
            d,
        });
    }
    Ok(())
}

/// The secrets of the team's count, and the hashes the lead's store knows.
fn links(conn: &rusqlite::Connection, me: &str, at: &str, out: &mut Vec<Record>) -> Result<()> {
    let mut stmt = conn.prepare("SELECT scope, secret FROM link_secrets ORDER BY scope")?;
    let rows: Vec<(String, zeroize::Zeroizing<Vec<u8>>)> = stmt
        .query_map([], |r| Ok((r.get(0)?, zeroize::Zeroizing::new(r.get(1)?))))?
        .collect::<rusqlite::Result<_>>()?;
    for (scope, secret) in rows {
        let mut d = serde_json::Map::new();
        d.insert("scope".into(), scope.clone().into());
        d.insert(
            "secret".into(),
            base64::engine::general_purpose::STANDARD
                .encode(secret.as_slice())
                .into(),
        );
        out.push(Record {
            t: LINK_SECRETS.into(),
            id: if scope.is_empty() {
                me.to_string()
            } else {
                scope
            },
            rev: 1,
            upd: at.to_string(),
            d,
        });
    }
    let mut stmt = conn
        .prepare("SELECT DISTINCT link_hash FROM persons WHERE link_hash IS NOT NULL ORDER BY 1")?;
    let hashes: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut d = serde_json::Map::new();
    d.insert("hashes".into(), hashes.into());
    out.push(Record {
        t: TEAM_LINKS.into(),
        id: me.to_string(),
        rev: 1,
        upd: at.to_string(),
        d,
    });
    Ok(())
}

impl Store {
    /// Publish an office bundle (lead only) to `path`, written atomically: see
    /// [`Store::office_bundle`].
    pub fn publish_office_bundle(&mut self, path: &Path) -> Result<PublishReport> {
        let (mut report, sealed) = self.office_bundle()?;
        crate::fsutil::write_atomic(path, &sealed)?;
        report.path = path.display().to_string();
        Ok(report)
    }

    /// The next office bundle, sealed (lead only): the team, the directory, the lead's visit
    /// slots and the office's public key, for every enrolled device that has handed over its
    /// own `age` key and is not revoked. Its number is taken and the publication audited here;
    /// the caller writes the file (a number whose file was never written is simply skipped:
    /// devices take any newer bundle). The report's `path` is left empty.
    pub fn office_bundle(&mut self) -> Result<(PublishReport, Vec<u8>)> {
        if self.actor().role != Role::Lead {
            return Err(Error::Forbidden);
        }
        let key = self.signing_key()?;
        let profile = self.profile()?;
        let actor = self.actor().clone();
        let me = actor.device.to_string();
        let now = self.clock().now();
        let created_at = timestamp(now);
        let (mut recipients, mut ids, mut unreachable) = (Vec::new(), Vec::new(), Vec::new());
        let mut by_device = BTreeMap::new();
        {
            let mut stmt = self.conn().prepare(
                "SELECT id, age_recipient FROM devices
                 WHERE enrolled_at IS NOT NULL AND revoked_at IS NULL AND id <> ?1 ORDER BY id",
            )?;
            let rows = stmt.query_map([&me], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
            })?;
            for row in rows {
                let (device, recipient) = row?;
                match recipient.and_then(|r| parse_recipient(&r).ok()) {
                    Some(r) => {
                        by_device.insert(device.clone(), r.clone());
                        recipients.push(r);
                        ids.push(device);
                    }
                    None => unreachable.push(device),
                }
            }
        }
        if recipients.is_empty() {
            return Err(Error::invalid("error-office-no-recipients", &[]));
        }
        {
            let tx = self.conn_mut().transaction()?;
            crate::store::links::ensure_secrets(&tx)?;
            tx.commit()?;
        }
        let mut records = Vec::new();
        team(self.conn(), &actor.worker.to_string(), &mut records)?;
        names(self.conn(), PROGRAMMES, &mut records)?;
        names(self.conn(), DISTRICTS, &mut records)?;
        for table in DIRECTORY {
            directory(self.conn(), table, &mut records)?;
        }
        slots(self.conn(), &me, &mut records)?;
        merges(self.conn(), &mut records)?;
        super::handover::office_records(self.conn(), &me, &by_device, &mut records)?;
        links(self.conn(), &me, &created_at, &mut records)?;
        vocabulary(self.conn(), &me, &mut records)?;
        if let Some(recipient) = self.office_recipient()? {
            let mut d = serde_json::Map::new();
            d.insert("recipient".into(), recipient.into());
            records.push(Record {
                t: OFFICE_KEY.into(),
                id: me.clone(),
                rev: 1,
                upd: created_at.clone(),
                d,
            });
        }
        let sequence = meta_get(self.conn(), SENT)?
            .and_then(|s| s.parse::<u64>().ok())
            .unwrap_or(0)
            + 1;
        let manifest = Manifest {
            format: bundle::FORMAT_VERSION,
            device_id: me.clone(),
            worker_id: actor.worker.to_string(),
            worker_initials: profile.initials,
            team: profile.team,
            sequence,
            since: None,
            created_at: created_at.clone(),
            period_from: None,
            period_to: created_at[..10].to_string(),
            counts: BTreeMap::new(),
            record_count: 0,
            content_hash: String::new(),
            with_notes: false,
            kind: Some(KIND.into()),
            signer_key: Some(encode_key(&key.verifying_key())),
        };
        let (plain, manifest) = bundle::plaintext(manifest, &records, &key)?;
        let plain = zeroize::Zeroizing::new(plain);
        let sealed = bundle::encrypt_to(&plain, &recipients)?;
        let tx = self.conn_mut().transaction()?;
        meta_set(&tx, SENT, &sequence.to_string())?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Export,
            "office-bundle",
            &sequence.to_string(),
        )?;
        tx.commit()?;
        let report = PublishReport {
            sequence,
            path: String::new(),
            fingerprint: key_fingerprint(&key.verifying_key()),
            recipients: ids,
            unreachable,
            counts: manifest.counts,
        };
        Ok((report, sealed))
    }

    /// The fingerprint of the lead's key this device takes office bundles from, once it has
    /// received one.
    pub fn office_signer_fingerprint(&self) -> Result<Option<String>> {
        let Some(text) = meta_get(self.conn(), SIGNER)? else {
            return Ok(None);
        };
        let s: Signer =
            serde_json::from_str(&text).map_err(|e| Error::KeyFileDamaged(e.to_string()))?;
        Ok(Some(key_fingerprint(&decode_key(&s.key)?)))
    }

    /// Receive an office bundle (any device but the one that published it). The first one
    /// fixes the lead's key, and only with the `fingerprint` the lead read aloud; later ones
    /// must be signed with that key (a fingerprint given is checked again), come in order and
    /// be new. Refused as a whole, with the
    /// store untouched, when anything is wrong.
    pub fn receive_office_bundle(
        &mut self,
        cipher: &[u8],
        fingerprint: Option<&str>,
    ) -> Result<ReceiveReport> {
        self.receive_office(cipher, fingerprint, false)
    }

    /// Take an office bundle from a new lead device (the lead's laptop was replaced, or another
    /// lead took over): as for the first one, only with the `fingerprint` the new lead reads
    /// aloud; its key is kept from now on instead of the old one, whose packages are refused
    /// from then on, and its numbers start anew. Audited.
    pub fn receive_office_bundle_from_new_lead(
        &mut self,
        cipher: &[u8],
        fingerprint: &str,
    ) -> Result<ReceiveReport> {
        self.receive_office(cipher, Some(fingerprint), true)
    }

    fn receive_office(
        &mut self,
        cipher: &[u8],
        fingerprint: Option<&str>,
        new_lead: bool,
    ) -> Result<ReceiveReport> {
        let identity = self.age_identity()?;
        let kept: Option<Signer> = meta_get(self.conn(), SIGNER)?
            .map(|t| serde_json::from_str(&t).map_err(|e| Error::KeyFileDamaged(e.to_string())))
            .transpose()?;
        // A new lead is taken like the first one: the key kept so far does not decide.
        let replaced = new_lead && kept.is_some();
        let pinned = if new_lead { None } else { kept };
        let me = self.actor().device.to_string();
        let signer = |m: &Manifest| -> Result<ed25519_dalek::VerifyingKey> {
            if m.kind.as_deref() != Some(KIND) {
                return Err(Error::invalid("error-office-not-office", &[]));
            }
            if m.device_id == me {
                return Err(Error::invalid("error-office-bundle-own", &[]));
            }
            let offered = decode_key(m.signer_key.as_deref().unwrap_or(""))
                .map_err(|_| bad("manifest.signer_key"))?;
            let key = match &pinned {
                Some(p) => {
                    let kept = decode_key(&p.key)?;
                    if p.device_id != m.device_id || kept != offered {
                        return Err(Error::invalid("error-office-signer-changed", &[]));
                    }
                    kept
                }
                None => offered,
            };
            // The first bundle is taken only with the fingerprint the lead read aloud (as the
            // lead enrols a device only with the one its screen shows).
            if pinned.is_none() && fingerprint.is_none() {
                return Err(Error::invalid("error-office-fingerprint-required", &[]));
            }
            if let Some(expected) = fingerprint {
                let digits = |t: &str| t.chars().filter(char::is_ascii_digit).collect::<String>();
                if digits(expected) != digits(&key_fingerprint(&key)) {
                    return Err(Error::invalid(
                        "error-office-fingerprint-mismatch",
                        &[("fingerprint", &key_fingerprint(&key))],
                    ));
                }
            }
            Ok(key)
        };
        let opened = bundle::open_verified(
            &mut || Ok((cipher, cipher.len() as u64)),
            &identity,
            &Limits::default(),
            &signer,
            &check_shape,
        )?;
        let m = &opened.manifest;
        let key = decode_key(m.signer_key.as_deref().unwrap_or(""))?;
        let actor = self.actor().clone();
        let now = self.clock().now();
        let current_key = self.office_recipient()?;
        let tx = self.conn_mut().transaction()?;
        // In order and once, checked under the write lock (the CLI beside the window may be
        // taking the same bundle).
        let received: Option<Received> = meta_get(&tx, RECEIVED)?
            .map(|t| serde_json::from_str(&t).map_err(|e| Error::KeyFileDamaged(e.to_string())))
            .transpose()?
            // A new lead's packages are numbered anew.
            .filter(|_| !new_lead);
        if let Some(last) = &received {
            if m.sequence == last.sequence && m.content_hash == last.content_hash {
                return Err(Error::invalid(
                    "error-office-already-received",
                    &[("sequence", &m.sequence.to_string())],
                ));
            }
            if m.sequence <= last.sequence {
                return Err(Error::invalid(
                    "error-office-bundle-old",
                    &[
                        ("sequence", &m.sequence.to_string()),
                        ("last", &last.sequence.to_string()),
                    ],
                ));
            }
        }
        // The lead's visit slots come whole in every office bundle: the ones it no longer
        // lists go.
        tx.execute(
            "DELETE FROM site_visit_slots WHERE device_id = ?1",
            [&m.device_id],
        )?;
        let mut office_key_changed = false;
        for r in &opened.records {
            if r.t == super::handover::KIND {
                super::handover::apply(&tx, &actor, &identity, r, now)?;
                continue;
            }
            office_key_changed |= apply(&tx, &actor, &m.device_id, r, current_key.as_deref(), now)?;
        }
        if replaced {
            audit::append(
                &tx,
                &actor,
                now,
                audit::Action::Update,
                "setting",
                "office_signer",
            )?;
        }
        if office_key_changed {
            audit::append(
                &tx,
                &actor,
                now,
                audit::Action::Update,
                "setting",
                "office_recipient",
            )?;
        }
        let signer = Signer {
            device_id: m.device_id.clone(),
            key: encode_key(&key),
        };
        meta_set(&tx, SIGNER, &to_json(&signer)?)?;
        meta_set(
            &tx,
            RECEIVED,
            &to_json(&Received {
                sequence: m.sequence,
                content_hash: m.content_hash.clone(),
            })?,
        )?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Import,
            "office-bundle",
            &format!("{}:{}", m.device_id, m.sequence),
        )?;
        tx.commit()?;
        Ok(ReceiveReport {
            sequence: m.sequence,
            lead_device: m.device_id.clone(),
            lead_initials: m.worker_initials.clone(),
            fingerprint: key_fingerprint(&key),
            first: pinned.is_none(),
            counts: m.counts.clone(),
            office_key_changed,
        })
    }
}

/// One of the small state records kept in `meta`, as JSON.
fn to_json<T: Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| Error::Internal(e.to_string()))
}

/// Write one checked record of an office bundle from `lead`'s device. Never a row this device
/// made, never this device's own worker; a row only when the office's revision is not older.
/// Returns whether it set a new office public key.
fn apply(
    tx: &rusqlite::Connection,
    actor: &crate::store::Actor,
    lead: &str,
    r: &Record,
    office_key: Option<&str>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<bool> {
    let me = actor.device.to_string();
    let db = |e: rusqlite::Error| match e {
        rusqlite::Error::SqliteFailure(f, msg)
            if f.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            bad(msg.as_deref().unwrap_or("constraint"))
        }
        other => Error::Db(other),
    };
    match r.t.as_str() {
        VOCABULARY => {
            let ext: crate::store::vocab_ext::VocabExtension =
                serde_json::from_value(serde_json::Value::Object(r.d.clone()))
                    .map_err(|_| bad("vocabulary"))?;
            crate::store::vocab_ext::upsert(tx, &ext, lead, r.rev, &r.upd)?;
            Ok(false)
        }
        LINK_SECRETS => {
            let secret = zeroize::Zeroizing::new(
                base64::engine::general_purpose::STANDARD
                    .decode(text(r, "secret").unwrap_or(""))
                    .map_err(|_| bad("link_secrets.secret"))?,
            );
            tx.execute(
                "INSERT INTO link_secrets (scope, secret) VALUES (?1, ?2)
                 ON CONFLICT (scope) DO UPDATE SET secret = excluded.secret",
                rusqlite::params![text(r, "scope").unwrap_or(""), secret.as_slice()],
            )?;
            Ok(false)
        }
        TEAM_LINKS => {
            // The lead's list comes whole in every bundle.
            tx.execute("DELETE FROM team_links", [])?;
            let mut ins =
                tx.prepare_cached("INSERT OR IGNORE INTO team_links (hash) VALUES (?1)")?;
            for h in
                r.d.get("hashes")
                    .and_then(serde_json::Value::as_array)
                    .into_iter()
                    .flatten()
            {
                ins.execute([h.as_str().unwrap_or("")])?;
            }
            Ok(false)
        }
        OFFICE_KEY => {
            let recipient = parse_recipient(text(r, "recipient").unwrap_or(""))?.to_string();
            if office_key == Some(recipient.as_str()) {
                return Ok(false);
            }
            meta_set(tx, "office_recipient", &recipient)?;
            Ok(true)
        }
        TEAM => {
            let device = origin(r)?;
            if device == me || r.id == actor.worker.to_string() {
                return Ok(false);
            }
            tx.execute(
                "INSERT INTO workers (id, device_id, created_at, updated_at, revision, display_name,
                    initials, team, role, locale)
                 VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8, 'de')
                 ON CONFLICT (id) DO UPDATE SET device_id = excluded.device_id,
                    updated_at = excluded.updated_at, revision = excluded.revision,
                    display_name = excluded.display_name, initials = excluded.initials,
                    team = excluded.team, role = excluded.role
                 WHERE workers.device_id <> ?9 AND workers.revision <= excluded.revision",
                rusqlite::params![
                    r.id,
                    device,
                    r.upd,
                    r.rev,
                    text(r, "display_name"),
                    text(r, "initials"),
                    text(r, "team"),
                    text(r, "role"),
                    me
                ],
            )
            .map_err(db)?;
            // A revocation is final: kept once known, whatever a later bundle says.
            tx.execute(
                "INSERT INTO devices (id, device_id, created_at, updated_at, label, worker_id, team,
                    revoked_at)
                 VALUES (?1, ?1, ?2, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (id) DO UPDATE SET worker_id = excluded.worker_id,
                    team = excluded.team,
                    revoked_at = coalesce(devices.revoked_at, excluded.revoked_at)
                 WHERE devices.id <> ?7",
                rusqlite::params![
                    device,
                    r.upd,
                    format!("{} device", text(r, "initials").unwrap_or("")),
                    r.id,
                    text(r, "team"),
                    text(r, "revoked_at"),
                    me
                ],
            )
            .map_err(db)?;
            Ok(false)
        }
        DISTRICTS | PROGRAMMES => {
            if origin(r)? == me {
                return Ok(false);
            }
            tx.execute(
                &format!(
                    "INSERT INTO {t} (id, device_id, created_at, updated_at, revision, name,
                        archived_on)
                     VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6)
                     ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at,
                        revision = excluded.revision, name = excluded.name,
                        archived_on = excluded.archived_on
                     WHERE {t}.device_id = excluded.device_id
                        AND {t}.revision <= excluded.revision",
                    t = r.t
                ),
                rusqlite::params![
                    r.id,
                    origin(r)?,
                    r.upd,
                    r.rev,
                    text(r, "name"),
                    text(r, "archived_on")
                ],
            )
            .map_err(db)?;
            Ok(false)
        }
        SITE_MERGES | PARTNER_MERGES => {
            let site = r.t == SITE_MERGES;
            let (table, entity) = if site {
                ("sites", "site")
            } else {
                ("partners", "partner")
            };
            let into = text(r, "into_id").unwrap_or("");
            let inserted = tx.execute(
                &format!(
                    "INSERT OR IGNORE INTO {} (from_id, into_id, device_id, merged_at)
                     VALUES (?1, ?2, ?3, ?4)",
                    r.t
                ),
                rusqlite::params![r.id, into, origin(r)?, r.upd],
            )?;
            if inserted == 0 {
                return Ok(false);
            }
            // Both are here (the directory came before in this bundle), or the merge cannot be
            // applied: refused whole.
            let known: i64 = tx.query_row(
                &format!("SELECT count(*) FROM {table} WHERE id IN (?1, ?2)"),
                [&r.id, into],
                |row| row.get(0),
            )?;
            if known != 2 {
                return Err(bad(&r.t));
            }
            let ts = timestamp(now);
            // This device's own records move as its corrections; the merged entry is archived
            // here whoever made it.
            if site {
                crate::store::sites::move_own_records(tx, &me, &r.id, into, &ts)?;
                tx.execute(
                    "UPDATE sites SET archived = 1 WHERE id = ?1 AND device_id <> ?2",
                    [&r.id, &me],
                )?;
            } else {
                crate::store::partners::move_partner_records(tx, Some(&me), &r.id, into, &ts)?;
                tx.execute(
                    "UPDATE partners SET archived_on = coalesce(archived_on, ?2)
                     WHERE id = ?1 AND device_id <> ?3",
                    rusqlite::params![r.id, &ts[..10], me],
                )?;
            }
            audit::append(tx, actor, now, audit::Action::Update, entity, &r.id)?;
            Ok(false)
        }
        SLOTS => {
            let weekday = r.d.get("weekday").and_then(serde_json::Value::as_i64);
            tx.execute(
                "INSERT INTO site_visit_slots (id, device_id, created_at, updated_at, revision,
                    site_id, weekday, \"start\", \"end\")
                 VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8)",
                rusqlite::params![
                    r.id,
                    lead,
                    r.upd,
                    r.rev,
                    text(r, "site_id"),
                    weekday,
                    text(r, "start"),
                    text(r, "end")
                ],
            )
            .map_err(db)?;
            Ok(false)
        }
        table => {
            let device = origin(r)?;
            if device == me {
                return Ok(false);
            }
            let e = entity(table)?;
            let mut cols = vec!["id", "device_id", "created_at", "updated_at", "revision"];
            cols.extend(e.columns.iter().copied());
            let mut params: Vec<rusqlite::types::Value> = vec![
                r.id.clone().into(),
                device.into(),
                r.upd.clone().into(),
                r.upd.clone().into(),
                r.rev.into(),
            ];
            for c in e.columns {
                params.push(match r.d.get(*c) {
                    Some(serde_json::Value::String(s)) => s.clone().into(),
                    Some(serde_json::Value::Bool(b)) => i64::from(*b).into(),
                    Some(serde_json::Value::Number(n)) => n.as_i64().ok_or_else(|| bad(c))?.into(),
                    _ => rusqlite::types::Value::Null,
                });
            }
            let placeholders: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
            let updates: Vec<String> = cols
                .iter()
                .filter(|c| !matches!(**c, "id" | "device_id" | "created_at"))
                .map(|c| format!("{c} = excluded.{c}"))
                .collect();
            tx.execute(
                &format!(
                    "INSERT INTO {t} ({}) VALUES ({}) ON CONFLICT (id) DO UPDATE SET {}
                     WHERE {t}.device_id = excluded.device_id AND {t}.revision <= excluded.revision",
                    cols.join(", "),
                    placeholders.join(", "),
                    updates.join(", "),
                    t = e.table
                ),
                rusqlite::params_from_iter(params),
            )
            .map_err(db)?;
            Ok(false)
        }
    }
}
