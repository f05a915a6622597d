//! Data-subject rights: Auskunft (DSGVO Art. 15, everything held on a person, in the user's
//! language) and erasure (Art. 17: the person and what only concerns them go, the anonymous
//! counts stay, a tombstone carries the erasure to the central office).

use super::activities::Attended;
use super::audit::{self, AuditEntry};
use super::contacts::Contact;
use super::followups::FollowUp;
use super::persons::Person;
use super::referrals::Referral;
use super::{timestamp, tombstone, Store};
use crate::error::Result;
use crate::i18n::Localizer;
use crate::ids::PersonId;
use serde::Serialize;
use std::fmt::Write as _;
use std::path::Path;
use ts_rs::TS;

/// Everything held on one person.
#[derive(Debug, Clone, Serialize)]
pub struct Auskunft {
    pub generated_at: String,
    pub person: Person,
    pub contacts: Vec<Contact>,
    pub referrals: Vec<Referral>,
    pub followups: Vec<FollowUp>,
    pub attendance: Vec<Attended>,
    /// Who read or changed the person's records, when (the audit entries about them).
    pub audit: Vec<AuditEntry>,
    /// The programme's own terms these records name (a marker, a contact's kind, outcome or
    /// topic), with their labels.
    pub vocabulary: Vec<super::vocab_ext::VocabExtension>,
}

/// File formats of an Auskunft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum AuskunftFormat {
    /// A readable text in the chosen language.
    Text,
    /// The same as JSON (machine-readable, Art. 20).
    Json,
    /// The readable text as a PDF to hand over or print.
    Pdf,
}

/// What an erasure removed or anonymised.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq, TS)]
pub struct ErasureReport {
    /// Contacts that keep their head count, with the person turned into one anonymous person.
    pub contacts_anonymised: u64,
    /// Of those, contacts whose note was erased because they concerned only this person.
    pub notes_erased: u64,
    pub referrals_anonymised: u64,
    pub followups_deleted: u64,
    pub consents_deleted: u64,
    /// Activities that keep their attendance count, the person counted anonymously.
    pub attendance_anonymised: u64,
}

impl Store {
    /// Collect everything held on a person. The export itself is audited.
    pub fn auskunft(&mut self, id: PersonId) -> Result<Auskunft> {
        self.deny_volunteer()?;
        let page = self.person_page(id)?;
        let mut ids: Vec<String> = vec![id.to_string()];
        ids.extend(page.person.consents.iter().map(|c| c.id.to_string()));
        ids.extend(page.contacts.iter().map(|c| c.id.to_string()));
        ids.extend(page.referrals.iter().map(|r| r.id.to_string()));
        ids.extend(page.followups.iter().map(|f| f.id.to_string()));
        let ids_json =
            serde_json::to_string(&ids).map_err(|e| crate::Error::Internal(format!("ids: {e}")))?;
        let now = self.clock().now();
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Export,
            "person",
            &id.to_string(),
        )?;
        let audit = audit::about(&tx, &ids_json)?;
        tx.commit()?;
        let p = &page.person;
        let named = |kind: &str, id: &str| match kind {
            "marker" => p.own_markers.iter().any(|m| m == id),
            "contact-kind" => page
                .contacts
                .iter()
                .any(|c| c.kind_ext.as_deref() == Some(id)),
            "outcome" => page
                .contacts
                .iter()
                .any(|c| c.outcome_ext.as_deref() == Some(id)),
            "topic" => page
                .contacts
                .iter()
                .any(|c| c.topics_ext.iter().any(|t| t == id)),
            "activity-kind" => page
                .attendance
                .iter()
                .any(|a| a.kind_ext.as_deref() == Some(id)),
            _ => false,
        };
        let vocabulary = self
            .vocab_extensions()?
            .into_iter()
            .filter(|e| named(&e.kind, &e.id))
            .collect();
        Ok(Auskunft {
            generated_at: timestamp(now),
            person: page.person,
            contacts: page.contacts,
            referrals: page.referrals,
            followups: page.followups,
            attendance: page.attendance,
            audit,
            vocabulary,
        })
    }

    /// Write the Auskunft of a person to `path` (atomically, owner-only), in the localizer's
    /// language. The file holds personal data by design: it is for the person it describes. An
    /// existing file is never replaced (it may be another person's Auskunft).
    pub fn write_auskunft(
        &mut self,
        id: PersonId,
        path: &Path,
        format: AuskunftFormat,
        l: &Localizer,
    ) -> Result<Auskunft> {
        let (a, bytes) = self.auskunft_document(id, format, l)?;
        crate::fsutil::write_new(path, &bytes)?;
        Ok(a)
    }

    /// The Auskunft and its document's bytes, for a caller that writes them where the session
    /// is not held (a folder that hangs must not keep the store open).
    pub fn auskunft_document(
        &mut self,
        id: PersonId,
        format: AuskunftFormat,
        l: &Localizer,
    ) -> Result<(Auskunft, zeroize::Zeroizing<Vec<u8>>)> {
        let a = self.auskunft(id)?;
        let bytes = match format {
            AuskunftFormat::Text => render_text(&a, l).into_bytes(),
            AuskunftFormat::Json => serde_json::to_vec_pretty(&a)
                .map_err(|e| crate::Error::Internal(format!("auskunft json: {e}")))?,
            AuskunftFormat::Pdf => crate::print::auskunft_pdf(&render_text(&a, l), l)?,
        };
        Ok((a, zeroize::Zeroizing::new(bytes)))
    }

    /// Erase a person: the person, their consents and follow-ups go (with tombstones); contacts
    /// and activities keep their head counts with the person counted anonymously; a contact
    /// that concerned only them loses its note; referrals lose the person and their note. The
    /// erasure is audited and written to the deletion log (category and count, never content).
    pub fn erase_person(&mut self, id: PersonId) -> Result<ErasureReport> {
        self.deny_volunteer()?;
        let person = super::persons::load_visible(self, id)?;
        super::persons::handed_away_guard(self.conn(), self.actor(), id)?;
        let now = self.clock().now();
        let ts = timestamp(now);
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        let report = erase_in(&tx, &person, &actor, &ts)?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Erase,
            "person",
            &id.to_string(),
        )?;
        super::audit::log_deletion(&tx, &actor, &ts, "erasure", "person", 1)?;
        tx.commit()?;
        Ok(report)
    }
}

/// The erasure of one person inside the caller's transaction (also used by retention).
pub(crate) fn erase_in(
    tx: &rusqlite::Transaction<'_>,
    person: &Person,
    actor: &super::Actor,
    ts: &str,
) -> Result<ErasureReport> {
    let id = person.id;
    let mut report = ErasureReport::default();
    let linked: Vec<(String, i64)> = tx
        .prepare(
            "SELECT cp.contact_id,
                (SELECT count(*) FROM contact_persons o WHERE o.contact_id = cp.contact_id)
             FROM contact_persons cp WHERE cp.person_id = ?1",
        )?
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (contact, links) in &linked {
        let only_them = *links == 1;
        super::contacts::one_more_anonymous(tx, contact, ts)?;
        if only_them {
            tx.execute("UPDATE contacts SET note = NULL WHERE id = ?1", [contact])?;
        }
        report.contacts_anonymised += 1;
        if only_them {
            report.notes_erased += 1;
            let fus: Vec<(String, i64)> = tx
                .prepare("SELECT id, revision FROM followups WHERE contact_id = ?1")?
                .query_map([contact], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            for (f, rev) in fus {
                tx.execute("DELETE FROM followups WHERE id = ?1", [&f])?;
                tombstone(tx, "followup", &f, actor, ts, rev + 1)?;
                report.followups_deleted += 1;
            }
            report.referrals_anonymised += tx.execute(
                "UPDATE referrals SET note = NULL, revision = revision + 1, updated_at = ?2
                 WHERE contact_id = ?1 AND person_id IS NULL AND note IS NOT NULL",
                rusqlite::params![contact, ts],
            )? as u64;
        }
    }
    tx.execute("DELETE FROM contact_persons WHERE person_id = ?1", [id])?;

    report.referrals_anonymised += tx.execute(
        "UPDATE referrals SET person_id = NULL, note = NULL, revision = revision + 1, updated_at = ?2
         WHERE person_id = ?1",
        rusqlite::params![id, ts],
    )? as u64;

    report.attendance_anonymised +=
        super::activities::anonymise_attendance(tx, id, ts)?.len() as u64;

    let fus: Vec<(String, i64)> = tx
        .prepare("SELECT id, revision FROM followups WHERE person_id = ?1")?
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (f, rev) in fus {
        tx.execute("DELETE FROM followups WHERE id = ?1", [&f])?;
        tombstone(tx, "followup", &f, actor, ts, rev + 1)?;
        report.followups_deleted += 1;
    }
    let consents: Vec<(String, i64)> = tx
        .prepare("SELECT id, revision FROM consents WHERE person_id = ?1")?
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (c, rev) in consents {
        tombstone(tx, "consent", &c, actor, ts, rev + 1)?;
        report.consents_deleted += 1;
    }
    tx.execute("DELETE FROM consents WHERE person_id = ?1", [id])?;
    tx.execute("DELETE FROM person_markers WHERE person_id = ?1", [id])?;
    tx.execute(
        "DELETE FROM drafts WHERE body LIKE '%' || ?1 || '%'",
        [id.to_string()],
    )?;
    tx.execute("DELETE FROM persons WHERE id = ?1", [id])?;
    tombstone(
        tx,
        "person",
        &id.to_string(),
        actor,
        ts,
        person.revision + 1,
    )?;
    Ok(report)
}

fn yes_no(l: &Localizer, b: bool) -> String {
    l.tr(if b { "label-yes" } else { "label-no" }, &[])
}

/// The Auskunft as a readable text in the localizer's language.
pub fn render_text(a: &Auskunft, l: &Localizer) -> String {
    let own = super::vocab_ext::OwnLabels::new(&a.vocabulary, l.locale());
    let mut o = String::new();
    let p = &a.person;
    let dash = "—".to_string();
    let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| dash.clone());
    let _ = writeln!(
        o,
        "{}",
        l.tr("auskunft-title", &[("pseudonym", &p.pseudonym)])
    );
    let _ = writeln!(o, "{}", l.tr("auskunft-intro", &[("at", &a.generated_at)]));
    let _ = writeln!(o);
    let _ = writeln!(o, "## {}", l.tr("auskunft-section-person", &[]));
    let line = |o: &mut String, label: &str, value: String| {
        let _ = writeln!(o, "{}: {}", l.tr(label, &[]), value);
    };
    line(&mut o, "label-pseudonym", p.pseudonym.clone());
    line(&mut o, "label-real-name", opt(&p.real_name));
    line(&mut o, "label-contact-info", opt(&p.contact_info));
    line(
        &mut o,
        "label-birth-year",
        p.birth_year.map(|y| y.to_string()).unwrap_or(dash.clone()),
    );
    line(
        &mut o,
        "label-age-band",
        p.age_band
            .map(|b| l.tr(&b.fluent_id(), &[]))
            .unwrap_or(dash.clone()),
    );
    line(
        &mut o,
        "label-gender",
        p.gender
            .map(|g| l.tr(&g.fluent_id(), &[]))
            .unwrap_or(dash.clone()),
    );
    line(&mut o, "label-languages", p.languages.join(", "));
    line(&mut o, "label-district", opt(&p.district));
    line(
        &mut o,
        "label-markers",
        p.markers
            .iter()
            .map(|m| l.tr(&m.fluent_id(), &[]))
            .chain(p.own_markers.iter().map(|m| own.name("marker", m)))
            .collect::<Vec<_>>()
            .join(", "),
    );
    line(
        &mut o,
        "label-status",
        l.tr(&format!("person-status-{}", p.status), &[]),
    );
    if let Some(part) = &p.participant {
        line(
            &mut o,
            "label-participant-entry",
            part.entry_date.to_string(),
        );
        line(
            &mut o,
            "label-participant-exit",
            part.exit_date
                .map(|d| d.to_string())
                .unwrap_or(dash.clone()),
        );
        line(
            &mut o,
            "label-employment",
            part.employment
                .map(|e| l.tr(&e.fluent_id(), &[]))
                .unwrap_or(dash.clone()),
        );
        line(
            &mut o,
            "label-education",
            part.education
                .map(|e| l.tr(&e.fluent_id(), &[]))
                .unwrap_or(dash.clone()),
        );
        line(
            &mut o,
            "label-household",
            part.household
                .map(|e| l.tr(&e.fluent_id(), &[]))
                .unwrap_or(dash.clone()),
        );
    }
    let _ = writeln!(o);
    let _ = writeln!(o, "## {}", l.tr("auskunft-section-consents", &[]));
    for c in &p.consents {
        let _ = writeln!(
            o,
            "- {} ({}), {} {}{}{}",
            l.tr(&c.scope.fluent_id(), &[]),
            l.tr(&c.form.fluent_id(), &[]),
            l.tr("label-given-on", &[]),
            c.given_on,
            c.partner_name
                .as_ref()
                .map(|n| format!(", {n}"))
                .unwrap_or_default(),
            c.withdrawn_on
                .map(|d| format!(", {} {d}", l.tr("label-withdrawn-on", &[])))
                .unwrap_or_default()
        );
    }
    let _ = writeln!(o);
    let _ = writeln!(o, "## {}", l.tr("auskunft-section-contacts", &[]));
    for c in &a.contacts {
        let topics = c
            .topics
            .iter()
            .map(|t| l.tr(&t.fluent_id(), &[]))
            .chain(c.topics_ext.iter().map(|t| own.name("topic", t)))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(
            o,
            "- {} {} · {} · {} · {} {}",
            c.date,
            c.start.clone().unwrap_or_default(),
            c.site_name,
            match &c.kind_ext {
                Some(k) => own.name("contact-kind", k),
                None => l.tr(&c.kind.fluent_id(), &[]),
            },
            c.duration_min,
            l.tr("label-minutes", &[])
        );
        if !topics.is_empty() {
            let _ = writeln!(o, "  {}: {topics}", l.tr("label-topics", &[]));
        }
        if let Some(outcome) = c.outcome {
            let _ = writeln!(
                o,
                "  {}: {}",
                l.tr("label-outcome", &[]),
                match &c.outcome_ext {
                    Some(x) => own.name("outcome", x),
                    None => l.tr(&outcome.fluent_id(), &[]),
                }
            );
        }
        if let Some(lang) = &c.language {
            let _ = writeln!(
                o,
                "  {}: {lang} · {}: {}",
                l.tr("label-language", &[]),
                l.tr("label-interpreter", &[]),
                yes_no(l, c.interpreter)
            );
        }
        if let Some(note) = &c.note {
            let _ = writeln!(
                o,
                "  {}: {}",
                l.tr("label-note", &[]),
                note.replace('\n', "\n    ")
            );
        }
    }
    let _ = writeln!(o);
    let _ = writeln!(o, "## {}", l.tr("auskunft-section-referrals", &[]));
    for r in &a.referrals {
        let _ = writeln!(
            o,
            "- {} {}{} · {} ({})",
            r.created_at.get(..10).unwrap_or(""),
            r.partner_name,
            r.service_name
                .as_ref()
                .map(|s| format!(" / {s}"))
                .unwrap_or_default(),
            l.tr(&r.status.fluent_id(), &[]),
            r.status_changed_on
        );
        if let Some(note) = &r.note {
            let _ = writeln!(o, "  {}: {note}", l.tr("label-note", &[]));
        }
    }
    let _ = writeln!(o);
    let _ = writeln!(o, "## {}", l.tr("auskunft-section-followups", &[]));
    for f in &a.followups {
        let _ = writeln!(
            o,
            "- {} {}{}",
            f.due_on,
            f.what,
            f.done_on
                .map(|d| format!(" ({} {d})", l.tr("label-done-on", &[])))
                .unwrap_or_default()
        );
    }
    let _ = writeln!(o);
    let _ = writeln!(o, "## {}", l.tr("auskunft-section-attendance", &[]));
    for t in &a.attendance {
        let _ = writeln!(
            o,
            "- {} {} ({})",
            t.date,
            t.title,
            match &t.kind_ext {
                Some(k) => own.name("activity-kind", k),
                None => l.tr(&t.kind.fluent_id(), &[]),
            }
        );
    }
    let _ = writeln!(o);
    let _ = writeln!(o, "## {}", l.tr("auskunft-section-audit", &[]));
    for e in &a.audit {
        let _ = writeln!(
            o,
            "- {} · {} · {} · {} {}",
            e.at,
            e.actor_initials.clone().unwrap_or_else(|| e.actor.clone()),
            l.tr(&format!("audit-action-{}", e.action), &[]),
            l.tr(&format!("audit-entity-{}", e.entity), &[]),
            e.entity_id
        );
    }
    o
}
