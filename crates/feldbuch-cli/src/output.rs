//! Human-readable (localized) and JSON output of the CLI.

use feldbuch_core::store::audit::AuditEntry;
use feldbuch_core::store::backup::Backup;
use feldbuch_core::store::contacts::Contact;
use feldbuch_core::store::persons::{PersonName, PersonPage};
use feldbuch_core::store::sites::Site;
use feldbuch_core::store::vocab_ext::OwnLabels;
use feldbuch_core::store::VerifyReport;
use feldbuch_core::vocab::Marker;
use feldbuch_core::{Error, Localizer};
use serde::Serialize;

/// How the output names a record's terms: the built-in ones from the locale files, the
/// programme's own from the labels the lead gave them.
pub struct Names<'a> {
    pub l: &'a Localizer,
    own: OwnLabels,
}

impl<'a> Names<'a> {
    pub fn load(app: &feldbuch_core::app::App, l: &'a Localizer) -> Result<Self, Error> {
        let extensions = feldbuch_core::app::sites::vocab_extensions(app, ())?;
        Ok(Names {
            l,
            own: OwnLabels::new(&extensions, l.locale()),
        })
    }

    /// A record's kind or outcome: its own term where it has one, else the built-in id's label.
    pub fn term(&self, vocabulary: &str, built_in: &str, own: Option<&str>) -> String {
        match own {
            Some(id) => self.own.name(vocabulary, id),
            None => self.l.tr(built_in, &[]),
        }
    }

    /// A contact's topics as the window shows them: the built-in ones but those an own topic
    /// refines, then the programme's own.
    pub fn topics(&self, c: &Contact) -> String {
        let refined: Vec<&str> = c
            .topics_ext
            .iter()
            .filter_map(|t| self.own.parent("topic", t))
            .collect();
        c.topics
            .iter()
            .filter(|t| !refined.contains(&t.id()))
            .map(|t| self.l.tr(&t.fluent_id(), &[]))
            .chain(c.topics_ext.iter().map(|t| self.own.name("topic", t)))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// A person's markers: the built-in ones, then the programme's own.
    pub fn markers(&self, markers: &[Marker], own: &[String]) -> String {
        markers
            .iter()
            .map(|m| self.l.tr(&m.fluent_id(), &[]))
            .chain(own.iter().map(|m| self.own.name("marker", m)))
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn contact_kind(&self, c: &Contact) -> String {
        self.term("contact-kind", &c.kind.fluent_id(), c.kind_ext.as_deref())
    }
}

/// One localized line on standard output.
pub fn say(l: &Localizer, id: &str, args: &[(&str, &str)]) {
    println!("{}", l.tr(id, args));
}

pub fn json<T: Serialize>(v: &T) -> Result<(), Error> {
    let s = serde_json::to_string_pretty(v).map_err(|e| Error::Internal(e.to_string()))?;
    println!("{s}");
    Ok(())
}

pub fn sites(n: &Names<'_>, sites: &[Site], as_json: bool) -> Result<(), Error> {
    let l = n.l;
    if as_json {
        return json(&sites);
    }
    if sites.is_empty() {
        println!("{}", l.tr("cli-no-sites", &[]));
        return Ok(());
    }
    for s in sites {
        println!(
            "{}  {}  [{}]  {}",
            s.id,
            s.name,
            n.term("site-kind", &s.kind.fluent_id(), s.kind_ext.as_deref()),
            s.district.as_deref().unwrap_or("–")
        );
    }
    Ok(())
}

pub fn contacts(n: &Names<'_>, list: &[Contact], as_json: bool) -> Result<(), Error> {
    let l = n.l;
    if as_json {
        return json(&list);
    }
    if list.is_empty() {
        println!("{}", l.tr("cli-no-contacts", &[]));
        return Ok(());
    }
    for c in list {
        println!(
            "{}  {} {:5}  {}  {}  {}′  {}  {}",
            c.id,
            c.date,
            c.start.as_deref().unwrap_or(""),
            c.site_name,
            n.contact_kind(c),
            c.duration_min,
            l.tr(
                "anonymous-people",
                &[("count", &c.anonymous_count.to_string())]
            ),
            n.topics(c)
        );
    }
    println!(
        "{}",
        l.tr("cli-contacts-count", &[("count", &list.len().to_string())])
    );
    Ok(())
}

pub fn contact(n: &Names<'_>, c: &Contact, as_json: bool) -> Result<(), Error> {
    let l = n.l;
    if as_json {
        return json(c);
    }
    let none = "–".to_string();
    let rows = [
        ("label-id", c.id.to_string()),
        ("label-date", c.date.to_string()),
        (
            "label-start",
            c.start.clone().unwrap_or_else(|| none.clone()),
        ),
        ("label-duration", c.duration_min.to_string()),
        ("label-site", c.site_name.clone()),
        ("label-kind", n.contact_kind(c)),
        ("label-anonymous", c.anonymous_count.to_string()),
        (
            "label-age-band",
            c.anonymous_age_band
                .map(|a| l.tr(&a.fluent_id(), &[]))
                .unwrap_or_else(|| none.clone()),
        ),
        (
            "label-gender",
            c.anonymous_gender
                .map(|g| l.tr(&g.fluent_id(), &[]))
                .unwrap_or_else(|| none.clone()),
        ),
        ("label-topics", n.topics(c)),
        ("label-note", c.note.clone().unwrap_or_else(|| none.clone())),
        (
            "label-follow-up",
            c.follow_up
                .map(|d| d.to_string())
                .unwrap_or_else(|| none.clone()),
        ),
        ("label-revision", c.revision.to_string()),
    ];
    for (label, value) in rows {
        println!("{}: {}", l.tr(label, &[]), value);
    }
    Ok(())
}

pub fn verify(l: &Localizer, r: &VerifyReport, as_json: bool) -> Result<(), Error> {
    if as_json {
        return json(r);
    }
    if r.ok() {
        println!(
            "{}",
            l.tr(
                "cli-verify-ok",
                &[("entries", &r.audit_entries.to_string())]
            )
        );
    } else {
        let word = |ok: bool| {
            l.tr(
                if ok {
                    "cli-check-ok"
                } else {
                    "cli-check-failed"
                },
                &[],
            )
        };
        println!(
            "{}",
            l.tr(
                "cli-verify-problem",
                &[
                    ("integrity", &word(r.integrity_ok)),
                    ("cipher", &word(r.cipher_ok)),
                    ("fk", &word(r.foreign_keys_ok)),
                    ("chain", &word(r.audit_chain_ok)),
                ]
            )
        );
    }
    Ok(())
}

pub fn persons(l: &Localizer, list: &[PersonName], as_json: bool) -> Result<(), Error> {
    if as_json {
        return json(&list);
    }
    if list.is_empty() {
        println!("{}", l.tr("cli-no-persons", &[]));
    }
    for p in list {
        println!("{}  {}", p.id, p.pseudonym);
    }
    Ok(())
}

pub fn person(n: &Names<'_>, page: &PersonPage, as_json: bool) -> Result<(), Error> {
    let l = n.l;
    if as_json {
        return json(page);
    }
    let p = &page.person;
    let timeline = &page.contacts;
    let none = "–".to_string();
    let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| none.clone());
    let markers = n.markers(&p.markers, &p.own_markers);
    let rows = [
        ("label-id", p.id.to_string()),
        ("label-pseudonym", p.pseudonym.clone()),
        (
            "label-birth-year",
            p.birth_year
                .map(|y| y.to_string())
                .unwrap_or_else(|| none.clone()),
        ),
        (
            "label-age-band",
            p.age_band
                .map(|a| l.tr(&a.fluent_id(), &[]))
                .unwrap_or_else(|| none.clone()),
        ),
        (
            "label-gender",
            p.gender
                .map(|g| l.tr(&g.fluent_id(), &[]))
                .unwrap_or_else(|| none.clone()),
        ),
        ("label-languages", p.languages.join(", ")),
        ("label-district", opt(&p.district)),
        ("label-markers", markers),
        ("label-real-name", opt(&p.real_name)),
        ("label-contact-info", opt(&p.contact_info)),
        (
            "label-status",
            l.tr(&format!("person-status-{}", p.status), &[]),
        ),
        ("label-revision", p.revision.to_string()),
    ];
    for (label, value) in rows {
        println!("{}: {}", l.tr(label, &[]), value);
    }
    println!("{}:", l.tr("label-consents", &[]));
    for c in &p.consents {
        let scope = l.tr(&c.scope.fluent_id(), &[]);
        let form = l.tr(&c.form.fluent_id(), &[]);
        let line = match c.withdrawn_on {
            None => l.tr(
                "cli-consent-line",
                &[
                    ("scope", &scope),
                    ("form", &form),
                    ("given", &c.given_on.to_string()),
                ],
            ),
            Some(w) => l.tr(
                "cli-consent-line-withdrawn",
                &[
                    ("scope", &scope),
                    ("form", &form),
                    ("given", &c.given_on.to_string()),
                    ("withdrawn", &w.to_string()),
                ],
            ),
        };
        println!("  {}  {line}", c.id);
    }
    println!("{}:", l.tr("label-contacts", &[]));
    for c in timeline {
        println!(
            "  {}  {}  {}  {}",
            c.date,
            c.site_name,
            n.contact_kind(c),
            n.topics(c)
        );
    }
    println!("{}:", l.tr("auskunft-section-referrals", &[]));
    for r in &page.referrals {
        println!(
            "  {}  {}  {}",
            r.id,
            r.partner_name,
            l.tr(&r.status.fluent_id(), &[])
        );
    }
    println!("{}:", l.tr("auskunft-section-followups", &[]));
    for f in &page.followups {
        println!("  {}  {}  {}", f.id, f.due_on, f.what);
    }
    println!("{}:", l.tr("auskunft-section-attendance", &[]));
    for a in &page.attendance {
        println!("  {}  {}", a.date, a.title);
    }
    Ok(())
}

pub fn audit(l: &Localizer, list: &[AuditEntry], as_json: bool) -> Result<(), Error> {
    if as_json {
        return json(&list);
    }
    for e in list {
        println!(
            "{:>6}  {}  {}  {}  {}  {}",
            e.seq,
            e.at,
            e.actor_initials.as_deref().unwrap_or(&e.actor),
            l.tr(&format!("audit-action-{}", e.action), &[]),
            l.tr(&format!("audit-entity-{}", e.entity), &[]),
            e.entity_id
        );
    }
    Ok(())
}

/// A file size for people: kB or MB.
pub fn size(bytes: u64) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1e6)
    } else {
        format!("{} kB", bytes.div_ceil(1000))
    }
}

pub fn backups(l: &Localizer, list: &[Backup], as_json: bool) -> Result<(), Error> {
    if as_json {
        return json(&list);
    }
    if list.is_empty() {
        println!("{}", l.tr("cli-backup-none", &[]));
        return Ok(());
    }
    for b in list {
        let kind = format!("backup-kind-{}", b.kind.id());
        println!(
            "{}  {}  {}  {}",
            b.created_at,
            l.tr(&kind, &[]),
            b.file_name,
            size(b.bytes)
        );
    }
    Ok(())
}
