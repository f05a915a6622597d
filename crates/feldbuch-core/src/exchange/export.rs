//! Export: the records changed since the last export, sealed into a bundle for the office and
//! written atomically into the export folder; queued in the store when the folder cannot be
//! written, and written by the next attempt.

use super::bundle::{self, Manifest, Record};
use super::keys::parse_recipient;
use crate::error::{Error, Result};
use crate::fsutil::{remove_temp_files, write_atomic};
use crate::store::{audit, meta_get, meta_set, timestamp, Store};
use crate::vocab::ExportSchedule;
use base64::Engine;
use chrono::{Datelike, NaiveDate};
use rusqlite::types::ValueRef;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// An entity as it travels: its table, the columns that always go, the free-text columns that go
/// only with the logged "notes in exports" setting, and child rows sent with the parent.
pub(crate) struct Entity {
    pub table: &'static str,
    pub columns: &'static [&'static str],
    pub notes: &'static [&'static str],
    /// (child table, column pointing to the parent, value column)
    pub children: &'static [(&'static str, &'static str, &'static str)],
    /// The text its notes take when a bundle comes without them: `None` (NULL) unless a note
    /// column is NOT NULL.
    pub note_absent: Option<&'static str>,
}

/// What bundles carry, in dependency order (a row's references come before it). Real names and
/// contact data never travel; drafts, visit slots and the audit log stay on the device. Follow-ups
/// travel (their date, person and contact; what to do only with the notes), so that a hand-over
/// can move the open ones to the new worker.
pub(crate) const ENTITIES: &[Entity] = &[
    Entity {
        table: "workers",
        // Not the role: roles are the office's to give (enrolment), never a device's to send.
        columns: &["display_name", "initials", "team", "locale"],
        notes: &[],
        children: &[],
        note_absent: None,
    },
    Entity {
        table: "sites",
        columns: &[
            "kind",
            "name",
            "district",
            "address",
            "contact_person",
            "archived",
            "programme_id",
            "kind_ext",
        ],
        notes: &[],
        children: &[],
        note_absent: None,
    },
    Entity {
        table: "partners",
        columns: &[
            "kind",
            "name",
            "district",
            "address",
            "contact_person",
            "archived_on",
            "kind_ext",
        ],
        notes: &[],
        children: &[],
        note_absent: None,
    },
    Entity {
        table: "partner_services",
        columns: &["partner_id", "name", "description", "archived_on"],
        notes: &[],
        children: &[],
        note_absent: None,
    },
    Entity {
        table: "persons",
        columns: &[
            "worker_id",
            "pseudonym",
            "birth_year",
            "age_band",
            "gender",
            "languages",
            "district",
            "status",
            "closed_on",
            "participant",
            "esf_entry_date",
            "esf_exit_date",
            "esf_employment",
            "esf_education",
            "esf_household",
            "esf_exit_job_searching",
            "esf_exit_in_education",
            "esf_exit_qualification",
            "esf_exit_employed",
            "programme_id",
            "link_hash",
        ],
        notes: &["close_reason"],
        children: &[("person_markers", "person_id", "marker")],
        note_absent: None,
    },
    Entity {
        table: "consents",
        columns: &[
            "person_id",
            "scope",
            "partner_id",
            "given_on",
            "form",
            "withdrawn_on",
        ],
        notes: &[],
        children: &[],
        note_absent: None,
    },
    Entity {
        table: "contacts",
        columns: &[
            "date",
            "start_time",
            "duration_min",
            "site_id",
            "worker_id",
            "kind",
            "topics",
            "anonymous_count",
            "anonymous_age_band",
            "anonymous_gender",
            "language",
            "interpreter",
            "outcome",
            "followup_date",
            "anonymous_groups",
            "kind_ext",
            "outcome_ext",
            "topics_ext",
        ],
        notes: &["note"],
        children: &[("contact_persons", "contact_id", "person_id")],
        note_absent: None,
    },
    Entity {
        table: "referrals",
        columns: &[
            "contact_id",
            "person_id",
            "partner_id",
            "service_id",
            "status",
            "status_changed_on",
            "worker_id",
        ],
        notes: &["note"],
        children: &[],
        note_absent: None,
    },
    Entity {
        table: "activities",
        columns: &[
            "kind",
            "title",
            "date",
            "start_time",
            "duration_min",
            "site_id",
            "volunteers_count",
            "anonymous_count",
            "worker_id",
            "anonymous_age_band",
            "anonymous_gender",
            "archived_on",
            "programme_id",
            "kind_ext",
        ],
        notes: &["note"],
        children: &[
            ("activity_facilitators", "activity_id", "worker_id"),
            ("activity_attendance", "activity_id", "person_id"),
        ],
        note_absent: None,
    },
    Entity {
        table: "followups",
        columns: &["worker_id", "due_on", "person_id", "contact_id", "done_on"],
        notes: &["what"],
        children: &[],
        note_absent: Some(""),
    },
];

/// Re-send what changed this long before the last export, too: a clock that was set back a
/// little must not lose a change (merging is idempotent, so a record sent twice costs nothing).
const OVERLAP_HOURS: i64 = 24;

const EXPORT_FOLDER: &str = "export_folder";
const EXPORT_NOTES: &str = "export_with_notes";
const EXPORT_SCHEDULE: &str = "export_schedule";

/// The schedule a device has until someone sets another.
pub const DEFAULT_SCHEDULE: ExportSchedule = ExportSchedule::Monthly;

/// The day the next export is due, given the local date of the last one: a week later; the
/// first day of the next month; the first day of the next quarter.
pub fn next_due(schedule: ExportSchedule, last: NaiveDate) -> NaiveDate {
    let first_of = |year: i32, month: u32| {
        let (y, m) = if month > 12 {
            (year + 1, month - 12)
        } else {
            (year, month)
        };
        NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(NaiveDate::MAX)
    };
    match schedule {
        ExportSchedule::Weekly => last + chrono::Duration::days(7),
        ExportSchedule::Monthly => first_of(last.year(), last.month() + 1),
        ExportSchedule::Quarterly => first_of(last.year(), (last.month() - 1) / 3 * 3 + 4),
    }
}

/// Where a device stands with its exports: what the Austausch screen and Heute's reminder show.
#[derive(Debug, Clone, Serialize, ts_rs::TS, PartialEq, Eq)]
pub struct ExportStatus {
    pub schedule: ExportSchedule,
    /// The local date of the last export (written or queued), if any.
    pub last_export: Option<NaiveDate>,
    /// When the next export is due; `None` before the first export (it is due at once).
    pub next_due: Option<NaiveDate>,
    /// An export is due today or overdue.
    pub due: bool,
    /// Bundles waiting in the store because the folder could not be written.
    pub queued: u64,
    pub folder: Option<String>,
    /// Whether the office's public key is set (without it nothing can be exported).
    pub office_key: bool,
    pub with_notes: bool,
}

/// The result of an export attempt.
#[derive(Debug, Clone, Serialize, ts_rs::TS, PartialEq, Eq)]
pub struct ExportReport {
    pub sequence: u64,
    pub file_name: String,
    /// The folder could not be written: the bundle waits in the store.
    pub queued: bool,
    /// Written now (this export or earlier queued ones), by file name.
    pub written: Vec<String>,
    pub record_count: u64,
    pub counts: BTreeMap<String, u64>,
    pub folder: String,
}

/// One line of the export history.
#[derive(Debug, Clone, Serialize, ts_rs::TS, PartialEq, Eq)]
pub struct ExportEntry {
    pub sequence: u64,
    pub created_at: String,
    pub file_name: String,
    pub status: String,
    pub record_count: u64,
    pub full: bool,
    pub with_notes: bool,
    pub written_at: Option<String>,
}

pub(super) fn json_value(v: ValueRef<'_>) -> serde_json::Value {
    match v {
        ValueRef::Null => serde_json::Value::Null,
        ValueRef::Integer(i) => i.into(),
        ValueRef::Real(f) => f.into(),
        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned().into(),
        ValueRef::Blob(b) => base64::engine::general_purpose::STANDARD.encode(b).into(),
    }
}

/// The records of `e` that `device` created, changed at or after `since` (all when `None`). A
/// device sends only its own records: the importer refuses any other (`import::check_record`).
fn collect(
    conn: &rusqlite::Connection,
    e: &Entity,
    device: &str,
    since: Option<&str>,
    with_notes: bool,
    out: &mut Vec<Record>,
) -> Result<()> {
    select(
        conn,
        e,
        "device_id = ?2 AND (?1 IS NULL OR updated_at >= ?1)",
        rusqlite::params![since, device],
        with_notes,
        out,
    )
}

/// One record of `e` as a bundle carries it (with its notes when `with_notes`), if it is there.
pub(crate) fn record_of(
    conn: &rusqlite::Connection,
    e: &Entity,
    id: &str,
    with_notes: bool,
) -> Result<Option<Record>> {
    let mut out = Vec::new();
    select(conn, e, "id = ?1", [id], with_notes, &mut out)?;
    Ok(out.pop())
}

/// The records of `e` whose rows match `filter` (an SQL condition over `params`).
fn select<P: rusqlite::Params>(
    conn: &rusqlite::Connection,
    e: &Entity,
    filter: &str,
    params: P,
    with_notes: bool,
    out: &mut Vec<Record>,
) -> Result<()> {
    let mut cols: Vec<&str> = e.columns.to_vec();
    if with_notes {
        cols.extend_from_slice(e.notes);
    }
    let sql = format!(
        "SELECT id, revision, updated_at, {} FROM {} WHERE {filter} ORDER BY updated_at, id",
        cols.join(", "),
        e.table
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut children: Vec<rusqlite::Statement<'_>> = e
        .children
        .iter()
        .map(|(table, parent, value)| {
            conn.prepare(&format!(
                "SELECT {value} FROM {table} WHERE {parent} = ?1 ORDER BY {value}"
            ))
        })
        .collect::<rusqlite::Result<_>>()?;
    let mut rows = stmt.query(params)?;
    while let Some(row) = rows.next()? {
        let id: String = row.get(0)?;
        let mut d = serde_json::Map::new();
        for (i, c) in cols.iter().enumerate() {
            d.insert((*c).to_string(), json_value(row.get_ref(i + 3)?));
        }
        for ((table, _, _), stmt) in e.children.iter().zip(children.iter_mut()) {
            let values: Vec<String> = stmt
                .query_map([&id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            d.insert((*table).to_string(), values.into());
        }
        out.push(Record {
            t: e.table.to_string(),
            id,
            rev: row.get(1)?,
            upd: row.get(2)?,
            d,
        });
    }
    Ok(())
}

fn tombstones(
    conn: &rusqlite::Connection,
    device: &str,
    since: Option<&str>,
    out: &mut Vec<Record>,
) -> Result<()> {
    let mut stmt = conn.prepare(
        "SELECT entity, id, deleted_at, revision FROM tombstones
         WHERE device_id = ?2 AND (?1 IS NULL OR deleted_at >= ?1)
         ORDER BY deleted_at, entity, id",
    )?;
    let rows = stmt.query_map(rusqlite::params![since, device], |r| {
        let entity: String = r.get(0)?;
        let id: String = r.get(1)?;
        let deleted_at: String = r.get(2)?;
        Ok((entity, id, r.get(3)?, deleted_at))
    })?;
    for row in rows {
        let (entity, id, rev, upd) = row?;
        // The store names an erased record as its audit entry does (`contact`, `person`);
        // a bundle names its table. What never travels (a visit slot) is not sent.
        let Some(table) = travelling_table(&entity) else {
            continue;
        };
        let mut d = serde_json::Map::new();
        d.insert("entity".into(), table.into());
        out.push(Record {
            t: "tombstones".into(),
            id,
            rev,
            upd,
            d,
        });
    }
    Ok(())
}

/// The table a bundle names for a tombstone's entity, when that entity travels.
fn travelling_table(entity: &str) -> Option<&'static str> {
    ENTITIES
        .iter()
        .find(|e| e.table == entity || e.table.strip_suffix('s') == Some(entity))
        .map(|e| e.table)
}

/// A temp file of a bundle write older than this was left by a crash (a write takes seconds);
/// a younger one may be another device's write in flight in a shared folder.
const STALE_TEMP: std::time::Duration = std::time::Duration::from_secs(3600);

/// A sealed bundle waiting to be written into the export folder (it is encrypted to the office:
/// no key is needed to write it).
#[derive(Debug, Clone)]
pub struct QueuedBundle {
    pub sequence: i64,
    pub file_name: String,
    pub sealed: Vec<u8>,
}

/// Write queued bundles into `folder`, oldest first, calling `written` with each one's sequence
/// once it is whole on disk; stops at the first that cannot be written (it stays queued). Returns
/// the file names written. Needs no key: the bundles are sealed.
pub fn write_queue(
    folder: &Path,
    queued: Vec<QueuedBundle>,
    written: &mut dyn FnMut(i64) -> Result<()>,
) -> Result<Vec<String>> {
    let mut names = Vec::new();
    for q in queued {
        if write_queued(folder, &q).is_err() {
            break;
        }
        written(q.sequence)?;
        names.push(q.file_name);
    }
    Ok(names)
}

/// Write one queued bundle into `folder` (whole or not at all); the folder must exist.
fn write_queued(folder: &Path, q: &QueuedBundle) -> Result<()> {
    remove_temp_files(folder, STALE_TEMP);
    if !folder.is_dir() {
        return Err(Error::Io(std::io::ErrorKind::NotFound.into()));
    }
    write_atomic(&folder.join(&q.file_name), &q.sealed)
}

impl Store {
    /// The folder exports are written to, if set.
    pub fn export_folder(&self) -> Result<Option<PathBuf>> {
        Ok(meta_get(self.conn(), EXPORT_FOLDER)?.map(PathBuf::from))
    }

    /// Set the export folder (it may be unreachable now: exports then queue).
    pub fn set_export_folder(&mut self, folder: &Path) -> Result<()> {
        let text = folder
            .to_str()
            .filter(|s| !s.trim().is_empty())
            .ok_or_else(|| Error::invalid("error-export-folder-invalid", &[]))?;
        self.set_logged_setting(EXPORT_FOLDER, text)
    }

    /// Whether notes travel in exports (off unless set; every change is logged).
    pub fn export_with_notes(&self) -> Result<bool> {
        Ok(meta_get(self.conn(), EXPORT_NOTES)?.as_deref() == Some("1"))
    }

    /// Let notes travel in exports, or stop it. Logged in the audit log.
    pub fn set_export_with_notes(&mut self, on: bool) -> Result<()> {
        self.deny_volunteer()?;
        self.set_logged_setting(EXPORT_NOTES, if on { "1" } else { "0" })
    }

    /// How often this device is expected to export.
    pub fn export_schedule(&self) -> Result<ExportSchedule> {
        Ok(match meta_get(self.conn(), EXPORT_SCHEDULE)? {
            Some(id) => ExportSchedule::parse(&id)?,
            None => DEFAULT_SCHEDULE,
        })
    }

    /// Set the export schedule. Logged in the audit log.
    pub fn set_export_schedule(&mut self, schedule: ExportSchedule) -> Result<()> {
        self.set_logged_setting(EXPORT_SCHEDULE, schedule.id())
    }

    /// The export settings, the last export and whether the next one is due (today, by the
    /// device's clock). Volunteers do not export: nothing is due for them.
    pub fn export_status(&self) -> Result<ExportStatus> {
        let schedule = self.export_schedule()?;
        let (last_at, queued): (Option<String>, i64) = self.conn().query_row(
            "SELECT (SELECT created_at FROM exports ORDER BY seq DESC LIMIT 1),
                    (SELECT count(*) FROM exports WHERE status = 'queued')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let last_export = last_at
            .as_deref()
            .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
            .map(|t| self.clock().date_of(t.to_utc()));
        let next = last_export.map(|d| next_due(schedule, d));
        let exports = self.actor().role != crate::vocab::Role::Volunteer;
        let today = self.clock().today();
        Ok(ExportStatus {
            schedule,
            last_export,
            next_due: next,
            due: exports && next.is_none_or(|d| d <= today),
            queued: queued as u64,
            folder: self.export_folder()?.map(|p| p.display().to_string()),
            office_key: self.office_recipient()?.is_some(),
            with_notes: self.export_with_notes()?,
        })
    }

    /// A setting in `meta`, with an audit entry naming it (never its value).
    pub(crate) fn set_logged_setting(&mut self, key: &str, value: &str) -> Result<()> {
        let now = self.clock().now();
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        meta_set(&tx, key, value)?;
        audit::append(&tx, &actor, now, audit::Action::Update, "setting", key)?;
        tx.commit()?;
        Ok(())
    }

    /// Export what changed since the last export (or everything, `full`) into the export folder.
    /// Queued bundles from earlier attempts are written first, in order. When the folder cannot
    /// be written the new bundle is queued (kept sealed in the store) and the report says so.
    pub fn export(&mut self, full: bool) -> Result<ExportReport> {
        let mut report = self.export_queued(full)?;
        report.written = self.flush_export_queue()?;
        report.queued = !report.written.contains(&report.file_name);
        Ok(report)
    }

    /// Make the bundle and queue it in the store, without writing it anywhere yet (every role:
    /// a volunteer's contacts and attendance reach the office like a worker's)
    /// ([`Store::export_queue`], [`write_queued`]): `queued` is true and `written` empty.
    pub fn export_queued(&mut self, full: bool) -> Result<ExportReport> {
        let recipient = self
            .office_recipient()?
            .ok_or_else(|| Error::invalid("error-export-no-office", &[]))?;
        let recipient = parse_recipient(&recipient)?;
        let folder = self
            .export_folder()?
            .ok_or_else(|| Error::invalid("error-export-no-folder", &[]))?;
        let key = self.signing_key()?;
        // A volunteer's device never sends notes (it holds none, and may not switch them on).
        let with_notes = self.export_with_notes()? && !self.is_volunteer();
        let now = self.clock().now();
        let created_at = timestamp(now);
        let actor = self.actor().clone();
        let profile = self.profile()?;

        let tx = self.conn_mut().transaction()?;
        let (last_seq, last_at): (u64, Option<String>) = tx.query_row(
            "SELECT coalesce(max(seq), 0), (SELECT created_at FROM exports ORDER BY seq DESC LIMIT 1)
             FROM exports",
            [],
            |r| Ok((r.get::<_, i64>(0)? as u64, r.get(1)?)),
        )?;
        let since = match (&last_at, full) {
            (Some(at), false) => chrono::DateTime::parse_from_rfc3339(at)
                .ok()
                .map(|t| timestamp(t.to_utc() - chrono::Duration::hours(OVERLAP_HOURS)))
                // A clock set back behind the last export: send everything.
                .filter(|s| *s < created_at),
            _ => None,
        };
        let mut records = Vec::new();
        let device = actor.device.to_string();
        for e in ENTITIES {
            collect(&tx, e, &device, since.as_deref(), with_notes, &mut records)?;
        }
        tombstones(&tx, &device, since.as_deref(), &mut records)?;
        let period_from = records
            .iter()
            .map(|r| &r.upd)
            .min()
            .map(|s| s[..10].to_string());
        let sequence = last_seq + 1;
        let manifest = Manifest {
            format: bundle::FORMAT_VERSION,
            device_id: actor.device.to_string(),
            worker_id: actor.worker.to_string(),
            worker_initials: profile.initials.clone(),
            team: profile.team.clone(),
            sequence,
            since: since.clone(),
            created_at: created_at.clone(),
            period_from,
            period_to: created_at[..10].to_string(),
            counts: BTreeMap::new(),
            record_count: 0,
            content_hash: String::new(),
            with_notes,
            kind: None,
            signer_key: None,
        };
        let (plain, manifest) = bundle::plaintext(manifest, &records, &key)?;
        let plain = zeroize::Zeroizing::new(plain);
        let sealed = bundle::encrypt(&plain, &recipient)?;
        let Manifest {
            counts,
            content_hash,
            ..
        } = manifest;
        let short: String = actor.device.to_string().chars().rev().take(8).collect();
        let file_name = format!("feldbuch-{short}-{sequence:06}.age");
        tx.execute(
            "INSERT INTO exports (seq, created_at, since, file_name, status, folder, record_count,
                counts, content_hash, full, with_notes, sealed)
             VALUES (?1, ?2, ?3, ?4, 'queued', ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            rusqlite::params![
                sequence as i64,
                created_at,
                since,
                file_name,
                folder.display().to_string(),
                records.len() as i64,
                serde_json::to_string(&counts).map_err(|e| Error::Internal(e.to_string()))?,
                content_hash,
                full || since.is_none(),
                with_notes,
                sealed
            ],
        )?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Export,
            "bundle",
            &sequence.to_string(),
        )?;
        tx.commit()?;
        Ok(ExportReport {
            sequence,
            queued: true,
            file_name,
            written: Vec::new(),
            record_count: records.len() as u64,
            counts,
            folder: folder.display().to_string(),
        })
    }

    /// Write every queued bundle, oldest first, into the export folder; stops at the first that
    /// cannot be written (it stays queued). Returns the file names written.
    pub fn flush_export_queue(&mut self) -> Result<Vec<String>> {
        let (folder, queued) = self.export_queue()?;
        write_queue(&folder, queued, &mut |seq| {
            self.mark_export_written(seq, &folder)
        })
    }

    /// The export folder and the bundles waiting to be written into it, oldest first. The app
    /// writes them ([`write_queued`]) without holding the session (a folder that hangs must not
    /// keep the store open), then marks each written.
    pub fn export_queue(&self) -> Result<(PathBuf, Vec<QueuedBundle>)> {
        let folder = self
            .export_folder()?
            .ok_or_else(|| Error::invalid("error-export-no-folder", &[]))?;
        let mut stmt = self.conn().prepare(
            "SELECT seq, file_name, sealed FROM exports WHERE status = 'queued' ORDER BY seq",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(QueuedBundle {
                sequence: r.get(0)?,
                file_name: r.get(1)?,
                sealed: r.get(2)?,
            })
        })?;
        let queued = rows.collect::<rusqlite::Result<_>>()?;
        Ok((folder, queued))
    }

    /// Record that a queued bundle was written into `folder`.
    pub fn mark_export_written(&mut self, sequence: i64, folder: &Path) -> Result<()> {
        let now = timestamp(self.clock().now());
        self.conn().execute(
            "UPDATE exports SET status = 'written', sealed = NULL, written_at = ?2,
                folder = ?3 WHERE seq = ?1 AND status = 'queued'",
            rusqlite::params![sequence, now, folder.display().to_string()],
        )?;
        Ok(())
    }

    /// The export history, newest first.
    pub fn export_history(&self) -> Result<Vec<ExportEntry>> {
        let mut stmt = self.conn().prepare(
            "SELECT seq, created_at, file_name, status, record_count, full, with_notes, written_at
             FROM exports ORDER BY seq DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(ExportEntry {
                sequence: r.get::<_, i64>(0)? as u64,
                created_at: r.get(1)?,
                file_name: r.get(2)?,
                status: r.get(3)?,
                record_count: r.get::<_, i64>(4)? as u64,
                full: r.get(5)?,
                with_notes: r.get(6)?,
                written_at: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
