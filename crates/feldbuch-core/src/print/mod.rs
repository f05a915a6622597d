//! Documents a person is handed, as PDF: the Auskunft (Art. 15 DSGVO) in the client's language,
//! a consent receipt in German and the client's language, an activity's attendance list to
//! sign, and the ESF participant sheet (Stammblatt). Each is made from the store's records,
//! audited as an export, and written only where the user chose.

pub mod pdf;

use crate::error::{Error, Result};
use crate::i18n::Localizer;
use crate::ids::{ActivityId, ConsentId, PersonId};
use crate::store::persons::{Consent, Person};
use crate::store::{audit, Store};
use crate::vocab::{ConsentScope, Locale};
use pdf::Layout;

/// Rows of an attendance list at the least (registered persons first, then empty lines).
const ATTENDANCE_ROWS: usize = 20;

fn lang_tag(locale: Locale) -> &'static str {
    locale.id()
}

fn rtl(locale: Locale) -> bool {
    locale == Locale::Ar
}

fn dash() -> String {
    "—".to_string()
}

/// The Auskunft's text laid out: its first line the title, `## ` lines headings.
pub fn auskunft_pdf(text: &str, l: &Localizer) -> Result<Vec<u8>> {
    let mut lines = text.lines();
    let title = lines.next().unwrap_or_default();
    let mut doc = Layout::new(title, lang_tag(l.locale()), rtl(l.locale()))?;
    doc.title(title);
    for line in lines {
        if let Some(h) = line.strip_prefix("## ") {
            doc.heading(h);
        } else if !line.trim().is_empty() {
            doc.para(line);
        }
    }
    doc.finish()
}

impl Store {
    /// Audit a document about a record as an export.
    fn log_print(&mut self, entity: &str, id: &str) -> Result<()> {
        let now = self.clock().now();
        let actor = self.actor().clone();
        let tx = self.conn_mut().transaction()?;
        audit::append(&tx, &actor, now, audit::Action::Export, entity, id)?;
        tx.commit()?;
        Ok(())
    }

    /// The consent receipt: in German and, when the client reads another language, again in
    /// theirs. States what was agreed to, when and how, and how to withdraw.
    pub fn consent_receipt(&mut self, id: ConsentId, client: Locale) -> Result<Vec<u8>> {
        self.deny_volunteer()?;
        let person_id: PersonId = self
            .conn()
            .query_row("SELECT person_id FROM consents WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .map_err(|_| Error::not_found("error-consent-not-found", &[("id", &id.to_string())]))?;
        let person = crate::store::persons::load_visible(self, person_id)?;
        let consent = person
            .consents
            .iter()
            .find(|c| c.id == id)
            .cloned()
            .ok_or_else(|| {
                Error::not_found("error-consent-not-found", &[("id", &id.to_string())])
            })?;
        let profile = self.profile()?;
        let worker = match &profile.team {
            Some(team) => format!("{} ({team})", profile.display_name),
            None => profile.display_name.clone(),
        };
        let today = self.clock().today().to_string();
        let de = Localizer::new(Locale::De);
        let mut doc = Layout::new(&de.tr("print-consent-title", &[]), "de", false)?;
        consent_section(&mut doc, &de, &person, &consent, &worker, &today);
        if client != Locale::De {
            let l = Localizer::new(client);
            doc.page_break();
            doc.set_rtl(rtl(client));
            consent_section(&mut doc, &l, &person, &consent, &worker, &today);
        }
        let bytes = doc.finish()?;
        self.log_print("consent", &id.to_string())?;
        Ok(bytes)
    }

    /// An activity's attendance list to sign: the registered persons by pseudonym, then empty
    /// lines for everyone else.
    pub fn attendance_list(&mut self, id: ActivityId, l: &Localizer) -> Result<Vec<u8>> {
        let a = self.activity(id)?;
        let title = l.tr("print-attendance-title", &[]);
        let mut doc = Layout::new(&title, lang_tag(l.locale()), rtl(l.locale()))?;
        doc.title(&format!("{title}: {}", a.title));
        // The programme's own kind by its label, else the built-in kind.
        let kind = match &a.kind_ext {
            Some(own) => {
                crate::store::vocab_ext::OwnLabels::new(&self.vocab_extensions()?, l.locale())
                    .name("activity-kind", own)
            }
            None => l.tr(&a.kind.fluent_id(), &[]),
        };
        doc.field(&l.tr("label-kind", &[]), &kind);
        doc.field(&l.tr("print-label-date", &[]), &a.date.to_string());
        doc.field(
            &l.tr("print-label-site", &[]),
            &a.site_name.clone().unwrap_or_else(dash),
        );
        doc.field(
            &l.tr("print-label-facilitators", &[]),
            &a.facilitators
                .iter()
                .map(|f| f.initials.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        );
        doc.gap(6.0);
        doc.para(&l.tr("print-attendance-note", &[]));
        let shares = [0.08, 0.46, 0.46];
        let head = [
            l.tr("print-col-number", &[]),
            l.tr("print-col-name", &[]),
            l.tr("print-col-signature", &[]),
        ];
        doc.row(
            &[&head[0], &head[1], &head[2]],
            &shares,
            &[true, true, true],
            true,
        );
        let rows = ATTENDANCE_ROWS.max(a.attendees.len() + 5);
        for i in 0..rows {
            let name = a
                .attendees
                .get(i)
                .map(|p| p.pseudonym.clone())
                .unwrap_or_default();
            let n = (i + 1).to_string();
            doc.row(&[&n, &name, ""], &shares, &[false, false, false], true);
        }
        doc.gap(8.0);
        doc.para(&l.tr("print-made", &[("date", &self.clock().today().to_string())]));
        let bytes = doc.finish()?;
        self.log_print("activity", &id.to_string())?;
        Ok(bytes)
    }

    /// The ESF participant sheet: the funder's fields at entry and at exit, to check and sign.
    pub fn stammblatt(&mut self, id: PersonId, l: &Localizer) -> Result<Vec<u8>> {
        self.deny_volunteer()?;
        let person = crate::store::persons::load_visible(self, id)?;
        let Some(part) = &person.participant else {
            return Err(Error::invalid(
                "error-not-a-participant",
                &[("pseudonym", &person.pseudonym)],
            ));
        };
        let title = l.tr("print-stammblatt-title", &[]);
        let mut doc = Layout::new(&title, lang_tag(l.locale()), rtl(l.locale()))?;
        doc.title(&title);
        doc.para(&l.tr("print-stammblatt-intro", &[]));
        let vocab = |id: Option<String>| id.map(|f| l.tr(&f, &[])).unwrap_or_else(dash);
        doc.field(&l.tr("print-label-pseudonym", &[]), &person.pseudonym);
        doc.field(
            &l.tr("label-gender", &[]),
            &vocab(person.gender.map(|g| g.fluent_id())),
        );
        doc.field(
            &l.tr("label-birth-year", &[]),
            &person
                .birth_year
                .map(|y| y.to_string())
                .unwrap_or_else(|| vocab(person.age_band.map(|b| b.fluent_id()))),
        );
        doc.heading(&l.tr("print-section-entry", &[]));
        doc.field(
            &l.tr("label-participant-entry", &[]),
            &part.entry_date.to_string(),
        );
        doc.field(
            &l.tr("label-employment", &[]),
            &vocab(part.employment.map(|e| e.fluent_id())),
        );
        doc.field(
            &l.tr("label-education", &[]),
            &vocab(part.education.map(|e| e.fluent_id())),
        );
        doc.field(
            &l.tr("label-household", &[]),
            &vocab(part.household.map(|e| e.fluent_id())),
        );
        let markers: Vec<String> = person
            .markers
            .iter()
            .filter(|m| m.is_disadvantage())
            .map(|m| l.tr(&m.fluent_id(), &[]))
            .collect();
        doc.field(
            &l.tr("label-markers", &[]),
            &if markers.is_empty() {
                dash()
            } else {
                markers.join(", ")
            },
        );
        doc.heading(&l.tr("print-section-exit", &[]));
        doc.field(
            &l.tr("label-participant-exit", &[]),
            &part.exit_date.map(|d| d.to_string()).unwrap_or_else(dash),
        );
        let r = part.exit_result;
        for (key, value) in [
            ("job-searching", r.job_searching),
            ("in-education", r.in_education),
            ("qualification", r.qualification),
            ("employed", r.employed),
        ] {
            let shown = match value {
                Some(true) => l.tr("label-yes", &[]),
                Some(false) => l.tr("label-no", &[]),
                None => l.tr("print-not-recorded", &[]),
            };
            doc.field(&l.tr(&format!("report-result-{key}"), &[]), &shown);
        }
        doc.signature(&l.tr("print-signature-place-date", &[]));
        doc.signature(&l.tr("print-signature-client", &[]));
        doc.signature(&l.tr("print-signature-worker", &[]));
        doc.para(&l.tr("print-made", &[("date", &self.clock().today().to_string())]));
        let bytes = doc.finish()?;
        self.log_print("person", &id.to_string())?;
        Ok(bytes)
    }
}

fn consent_section(
    doc: &mut Layout,
    l: &Localizer,
    person: &Person,
    consent: &Consent,
    worker: &str,
    today: &str,
) {
    doc.title(&l.tr("print-consent-title", &[]));
    doc.para(&l.tr("print-consent-intro", &[]));
    doc.field(&l.tr("print-label-pseudonym", &[]), &person.pseudonym);
    doc.field(
        &l.tr("print-label-scope", &[]),
        &l.tr(&consent.scope.fluent_id(), &[]),
    );
    doc.field(
        &l.tr("print-label-given-on", &[]),
        &consent.given_on.to_string(),
    );
    doc.field(
        &l.tr("print-label-form", &[]),
        &l.tr(&consent.form.fluent_id(), &[]),
    );
    doc.field(&l.tr("print-label-worker", &[]), worker);
    doc.gap(6.0);
    let partner = consent.partner_name.clone().unwrap_or_else(dash);
    let what = match consent.scope {
        ConsentScope::Documentation => l.tr("print-consent-what-documentation", &[]),
        ConsentScope::Forwarding => l.tr("print-consent-what-forwarding", &[("partner", &partner)]),
        ConsentScope::ParticipantReporting => l.tr("print-consent-what-participant-reporting", &[]),
    };
    doc.para(&what);
    doc.para(&l.tr("print-consent-withdraw", &[("worker", worker)]));
    if let Some(w) = consent.withdrawn_on {
        doc.para(&l.tr("print-consent-withdrawn", &[("date", &w.to_string())]));
    }
    doc.signature(&l.tr("print-signature-place-date", &[]));
    doc.signature(&l.tr("print-signature-client", &[]));
    doc.signature(&l.tr("print-signature-worker", &[]));
    doc.para(&l.tr("print-made", &[("date", today)]));
}
