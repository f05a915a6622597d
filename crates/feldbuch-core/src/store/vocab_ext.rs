//! A programme's own vocabulary: ids the lead adds to the built-in vocabularies (a site kind
//! "notunterkunft", a partner kind "migrantenorganisation", an activity kind "sprachcafe"), each
//! labelled in every language the app ships, carried to the devices in office bundles. An
//! extension refines a built-in id, its parent ("sonstiges" where the vocabulary has one), so
//! the funder's categories stay comparable: a record keeps the parent where a built-in id goes
//! and the extension beside it. Built-in ids stay and cannot be removed; an extension neither.

use super::{audit, timestamp, Store};
use crate::error::{Error, Result};
use crate::vocab::{
    ActivityKind, ContactKind, Locale, Marker, Outcome, PartnerKind, Role, SiteKind, Topic,
};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use ts_rs::TS;

/// Longest extension id and label.
pub const MAX_ID: usize = 40;
pub const MAX_LABEL: usize = 80;
/// Most extensions of one vocabulary.
pub const MAX_PER_KIND: usize = 100;

/// The built-in ids of a vocabulary that may be extended.
pub fn built_in(kind: &str) -> Option<Vec<&'static str>> {
    Some(match kind {
        "site-kind" => SiteKind::ids(),
        "contact-kind" => ContactKind::ids(),
        "topic" => Topic::ids(),
        "activity-kind" => ActivityKind::ids(),
        "partner-kind" => PartnerKind::ids(),
        "outcome" => Outcome::ids(),
        "marker" => Marker::ids(),
        _ => return None,
    })
}

/// The built-in id an extension refines unless another is given (none for markers, which are
/// flags, and for contact kinds, which have no catch-all).
fn default_parent(kind: &str) -> Option<&'static str> {
    match kind {
        "site-kind" | "topic" | "activity-kind" | "partner-kind" | "outcome" => Some("sonstiges"),
        _ => None,
    }
}

/// An extension of a vocabulary.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
pub struct VocabExtension {
    /// `site-kind`, `contact-kind`, `topic`, `activity-kind`, `partner-kind`, `outcome`, `marker`.
    pub kind: String,
    pub id: String,
    /// The built-in id it refines (none for a marker).
    pub parent: Option<String>,
    /// Its label in every language the app ships, by language code.
    pub labels: BTreeMap<String, String>,
}

fn invalid(code: &'static str, args: &[(&'static str, &str)]) -> Error {
    Error::invalid(code, args)
}

/// The labels of the programme's own terms in one language, by vocabulary and id: how a record's
/// own kind, outcome, topic or marker is named where the built-in ones come from the locale files.
#[derive(Debug, Default, Clone)]
pub struct OwnLabels(HashMap<(String, String), (String, Option<String>)>);

impl OwnLabels {
    pub fn new(extensions: &[VocabExtension], locale: Locale) -> Self {
        OwnLabels(
            extensions
                .iter()
                .map(|e| {
                    let label = e.labels.get(locale.id()).unwrap_or(&e.id).clone();
                    ((e.kind.clone(), e.id.clone()), (label, e.parent.clone()))
                })
                .collect(),
        )
    }

    /// The label of an own term of vocabulary `kind`; its id where the store does not know it.
    pub fn name(&self, kind: &str, id: &str) -> String {
        self.0
            .get(&(kind.to_string(), id.to_string()))
            .map_or_else(|| id.to_string(), |(label, _)| label.clone())
    }

    /// The built-in id an own term refines, where it refines one.
    pub fn parent(&self, kind: &str, id: &str) -> Option<&str> {
        self.0
            .get(&(kind.to_string(), id.to_string()))
            .and_then(|(_, parent)| parent.as_deref())
    }
}

/// Check an extension as typed (or as an office bundle brings it): a known vocabulary, an id of
/// lower-case letters, digits and hyphens that is not built in, a built-in parent where the
/// vocabulary has them, and one label of one line for every shipped language.
pub fn check(ext: &VocabExtension) -> Result<()> {
    let Some(ids) = built_in(&ext.kind) else {
        return Err(invalid("error-vocab-kind", &[("kind", &ext.kind)]));
    };
    let id = ext.id.as_str();
    let well_formed = (2..=MAX_ID).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-');
    if !well_formed {
        return Err(invalid("error-vocab-id", &[("id", id)]));
    }
    if ids.contains(&id) {
        return Err(invalid("error-vocab-built-in", &[("id", id)]));
    }
    match (&ext.parent, ext.kind.as_str()) {
        (Some(_), "marker") => return Err(invalid("error-vocab-parent", &[("id", id)])),
        (None, "marker") => {}
        (Some(p), _) if ids.contains(&p.as_str()) => {}
        _ => return Err(invalid("error-vocab-parent", &[("id", id)])),
    }
    for locale in Locale::ALL {
        let label = ext
            .labels
            .get(locale.id())
            .map(String::as_str)
            .unwrap_or("");
        let fits = crate::validate::required_line("", label, MAX_LABEL).is_ok_and(|l| l == label);
        if !fits {
            return Err(invalid("error-vocab-label", &[("locale", locale.id())]));
        }
    }
    if ext.labels.len() != Locale::ALL.len() {
        return Err(invalid("error-vocab-label", &[("locale", "?")]));
    }
    Ok(())
}

/// Every extension of the store, by vocabulary and id.
pub(crate) fn all(
    conn: &rusqlite::Connection,
) -> Result<Vec<(VocabExtension, String, i64, String)>> {
    let mut stmt = conn.prepare(
        "SELECT kind, id, parent, labels, device_id, revision, updated_at FROM vocab_extensions
         ORDER BY kind, id",
    )?;
    let rows = stmt.query_map([], |r| {
        let labels: String = r.get(3)?;
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?,
            labels,
            r.get::<_, String>(4)?,
            r.get::<_, i64>(5)?,
            r.get::<_, String>(6)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (kind, id, parent, labels, device, revision, updated) = row?;
        let labels: BTreeMap<String, String> = serde_json::from_str(&labels)
            .map_err(|e| Error::Internal(format!("vocabulary labels: {e}")))?;
        out.push((
            VocabExtension {
                kind,
                id,
                parent,
                labels,
            },
            device,
            revision,
            updated,
        ));
    }
    Ok(out)
}

/// Keep an extension (as the lead adds it, or as an office bundle brings it).
pub(crate) fn upsert(
    conn: &rusqlite::Connection,
    ext: &VocabExtension,
    device: &str,
    revision: i64,
    ts: &str,
) -> Result<()> {
    let labels = serde_json::to_string(&ext.labels).map_err(|e| Error::Internal(e.to_string()))?;
    conn.execute(
        "INSERT INTO vocab_extensions (kind, id, parent, labels, device_id, created_at,
            updated_at, revision)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7)
         ON CONFLICT (kind, id) DO UPDATE SET labels = excluded.labels,
            updated_at = excluded.updated_at, revision = excluded.revision
         WHERE vocab_extensions.revision < excluded.revision
           AND vocab_extensions.parent IS excluded.parent",
        rusqlite::params![ext.kind, ext.id, ext.parent, labels, device, ts, revision],
    )?;
    Ok(())
}

/// The error of an id a vocabulary does not know: the vocabulary's own message.
fn unknown(kind: &str, id: &str) -> Error {
    let own = match kind {
        "site-kind" => SiteKind::parse(id).err(),
        "contact-kind" => ContactKind::parse(id).err(),
        "topic" => Topic::parse(id).err(),
        "activity-kind" => ActivityKind::parse(id).err(),
        "partner-kind" => PartnerKind::parse(id).err(),
        "outcome" => Outcome::parse(id).err(),
        "marker" => Marker::parse(id).err(),
        _ => None,
    };
    own.unwrap_or_else(|| invalid("error-vocab-unknown", &[("kind", kind), ("id", id)]))
}

/// Markers as a record names them: the built-in ones (in vocabulary order) and the programme's
/// own (by id), each once. An id of neither is refused with the markers' own message.
pub(crate) fn split_markers(
    conn: &rusqlite::Connection,
    ids: &[String],
) -> Result<(Vec<Marker>, Vec<String>)> {
    let mut built_in = Vec::new();
    let mut own = Vec::new();
    for id in ids {
        let id = id.trim();
        if let Ok(m) = Marker::parse(id) {
            built_in.push(m);
            continue;
        }
        let defined: Option<i64> = rusqlite::OptionalExtension::optional(conn.query_row(
            "SELECT 1 FROM vocab_extensions WHERE kind = 'marker' AND id = ?1",
            [id],
            |r| r.get(0),
        ))?;
        if defined.is_none() {
            return Err(unknown("marker", id));
        }
        own.push(id.to_string());
    }
    built_in.sort();
    built_in.dedup();
    own.sort();
    own.dedup();
    Ok((built_in, own))
}

impl Store {
    /// Add an id to a vocabulary (lead only; audited). Without a parent it refines the
    /// vocabulary's catch-all ("sonstiges"); a contact kind needs one named, a marker takes none.
    /// The devices receive it with the next office bundle.
    pub fn add_vocab(&mut self, mut ext: VocabExtension) -> Result<VocabExtension> {
        if self.actor().role != Role::Lead {
            return Err(Error::Forbidden);
        }
        ext.id = ext.id.trim().to_string();
        for label in ext.labels.values_mut() {
            *label = label.trim().to_string();
        }
        if ext.parent.is_none() {
            ext.parent = default_parent(&ext.kind).map(str::to_string);
        }
        check(&ext)?;
        let known = self.vocab_extensions()?;
        if known.iter().any(|k| k.kind == ext.kind && k.id == ext.id) {
            return Err(invalid("error-vocab-exists", &[("id", &ext.id)]));
        }
        if known.iter().filter(|k| k.kind == ext.kind).count() >= MAX_PER_KIND {
            return Err(invalid(
                "error-vocab-too-many",
                &[("max", &MAX_PER_KIND.to_string())],
            ));
        }
        let actor = self.actor().clone();
        let now = self.clock().now();
        let tx = self.conn_mut().transaction()?;
        upsert(&tx, &ext, &actor.device.to_string(), 1, &timestamp(now))?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Create,
            "vocabulary",
            &format!("{}:{}", ext.kind, ext.id),
        )?;
        tx.commit()?;
        Ok(ext)
    }

    /// The programme's own vocabulary, by vocabulary and id.
    pub fn vocab_extensions(&self) -> Result<Vec<VocabExtension>> {
        Ok(all(self.conn())?.into_iter().map(|(e, ..)| e).collect())
    }

    /// An id of a vocabulary as a record stores it: a built-in id as itself, an extension as
    /// (its parent, itself). Anything else is refused with the vocabulary's own message.
    pub fn resolve_vocab(&self, kind: &str, id: &str) -> Result<(String, Option<String>)> {
        let id = id.trim();
        let ids = built_in(kind).ok_or_else(|| invalid("error-vocab-kind", &[("kind", kind)]))?;
        if ids.contains(&id) {
            return Ok((id.to_string(), None));
        }
        let found: Option<Option<String>> =
            rusqlite::OptionalExtension::optional(self.conn().query_row(
                "SELECT parent FROM vocab_extensions WHERE kind = ?1 AND id = ?2",
                [kind, id],
                |r| r.get(0),
            ))?;
        match found {
            Some(Some(parent)) => Ok((parent, Some(id.to_string()))),
            // The vocabulary's own message, as before there were extensions.
            _ => Err(unknown(kind, id)),
        }
    }
}
