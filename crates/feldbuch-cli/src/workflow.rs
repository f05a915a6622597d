//! The outreach-workflow commands: visit slots, partners, referrals, activities, follow-ups,
//! search, Auskunft, erasure, retention. Each one calls one core function and prints the result,
//! localized, or as JSON with `--json`.

use crate::args::{
    ActivityCmd, Cli, FollowupCmd, PartnerCmd, ReferralCmd, RetentionCmd, SearchCmd, SlotCmd,
};
use crate::output::json;
use feldbuch_core::ids::{ActivityId, FollowUpId, PersonId, ReferralId, VisitSlotId};
use feldbuch_core::store::activities::{Activity, ActivityInput};
use feldbuch_core::store::followups::{FollowUp, FollowUpFilter};
use feldbuch_core::store::partners::PartnerInput;
use feldbuch_core::store::persons::{Person, PersonQuery};
use feldbuch_core::store::referrals::{Referral, ReferralInput};
use feldbuch_core::store::rights::AuskunftFormat;
use feldbuch_core::{validate, DataDir, Error, Localizer, Store};
use std::path::Path;

/// One localized line on standard output.
pub(crate) fn say(l: &Localizer, id: &str, args: &[(&str, &str)]) {
    println!("{}", l.tr(id, args));
}

/// A person after a change: one line, or the person as JSON.
pub fn person_changed(l: &Localizer, p: &Person, as_json: bool) -> Result<(), Error> {
    if as_json {
        return json(p);
    }
    say(
        l,
        "cli-person-updated",
        &[
            ("id", &p.id.to_string()),
            ("revision", &p.revision.to_string()),
        ],
    );
    Ok(())
}

pub fn slot(store: &mut Store, l: &Localizer, cmd: &SlotCmd) -> Result<(), Error> {
    match cmd {
        SlotCmd::Add {
            site,
            weekday,
            start,
            end,
            json: as_json,
        } => {
            let s = store.add_visit_slot(site, *weekday, start, end)?;
            if *as_json {
                return json(&s);
            }
            say(l, "cli-slot-added", &[("id", &s.id.to_string())]);
            Ok(())
        }
        SlotCmd::List { json: as_json } => {
            let slots = store.visit_slots(None)?;
            if *as_json {
                return json(&slots);
            }
            for s in &slots {
                println!(
                    "{}  {}  {}–{}  {}",
                    s.id,
                    l.tr(&format!("weekday-{}", s.weekday), &[]),
                    s.start,
                    s.end,
                    s.site_name
                );
            }
            Ok(())
        }
        SlotCmd::Remove { id } => {
            let id = VisitSlotId::parse(id)?;
            store.remove_visit_slot(id)?;
            say(l, "cli-slot-removed", &[("id", &id.to_string())]);
            Ok(())
        }
    }
}

pub fn partner(store: &mut Store, l: &Localizer, cmd: &PartnerCmd) -> Result<(), Error> {
    match cmd {
        PartnerCmd::Add {
            name,
            kind,
            district,
            address,
            contact_person,
            service,
            json: as_json,
        } => {
            let p = store.add_partner(&PartnerInput {
                name: name.clone(),
                kind: kind.clone(),
                district: district.clone(),
                address: address.clone(),
                contact_person: contact_person.clone(),
                services: service.clone(),
            })?;
            if *as_json {
                return json(&p);
            }
            say(
                l,
                "cli-partner-added",
                &[("name", &p.name), ("id", &p.id.to_string())],
            );
            Ok(())
        }
        PartnerCmd::List { json: as_json } => {
            let list = store.list_partners()?;
            if *as_json {
                return json(&list);
            }
            for p in &list {
                let services: Vec<&str> = p.services.iter().map(|s| s.name.as_str()).collect();
                println!(
                    "{}  {}  [{}]  {}",
                    p.id,
                    p.name,
                    l.tr(&p.kind.fluent_id(), &[]),
                    services.join(", ")
                );
            }
            Ok(())
        }
    }
}

fn referral_line(l: &Localizer, r: &Referral) {
    println!(
        "{}  {}  {}{}  {}  {}",
        r.id,
        r.created_at.get(..10).unwrap_or(""),
        r.partner_name,
        r.service_name
            .as_deref()
            .map(|s| format!(" / {s}"))
            .unwrap_or_default(),
        r.pseudonym.as_deref().unwrap_or("–"),
        l.tr(&r.status.fluent_id(), &[])
    );
}

pub fn referral(store: &mut Store, l: &Localizer, cmd: &ReferralCmd) -> Result<(), Error> {
    match cmd {
        ReferralCmd::Add {
            partner,
            service,
            person,
            contact,
            note,
            json: as_json,
        } => {
            let r = store.add_referral(&ReferralInput {
                partner: partner.clone(),
                service: service.clone(),
                person: person.clone(),
                contact: contact.clone(),
                note: note.clone(),
            })?;
            if *as_json {
                return json(&r);
            }
            say(l, "cli-referral-added", &[("id", &r.id.to_string())]);
            Ok(())
        }
        ReferralCmd::List {
            open,
            json: as_json,
        } => {
            let list = store.list_referrals(*open)?;
            if *as_json {
                return json(&list);
            }
            list.iter().for_each(|r| referral_line(l, r));
            Ok(())
        }
        ReferralCmd::Status {
            id,
            status,
            on,
            json: as_json,
        } => {
            let id = ReferralId::parse(id)?;
            let r = store.set_referral_status(id, status, on.as_deref())?;
            if *as_json {
                return json(&r);
            }
            referral_line(l, &r);
            Ok(())
        }
    }
}

fn activity_line(l: &Localizer, a: &Activity) {
    println!(
        "{}  {}  {}  [{}]  {}",
        a.id,
        a.date,
        a.title,
        l.tr(&a.kind.fluent_id(), &[]),
        l.tr(
            "cli-attendance",
            &[
                ("total", &a.total_attendance.to_string()),
                ("registered", &a.attendees.len().to_string()),
                ("anonymous", &a.anonymous_count.to_string())
            ]
        )
    );
}

pub fn activity(store: &mut Store, l: &Localizer, cmd: &ActivityCmd) -> Result<(), Error> {
    match cmd {
        ActivityCmd::Add {
            kind,
            title,
            date,
            start,
            duration,
            site,
            volunteers,
            anonymous,
            age_band,
            gender,
            note,
            person,
            json: as_json,
        } => {
            let a = store.add_activity(&ActivityInput {
                kind: kind.clone(),
                title: title.clone(),
                date: date.clone(),
                start: start.clone(),
                duration_min: *duration,
                site: site.clone(),
                volunteers_count: *volunteers,
                anonymous_count: *anonymous,
                anonymous_age_band: age_band.clone(),
                anonymous_gender: gender.clone(),
                note: note.clone(),
                persons: person.clone(),
            })?;
            if *as_json {
                return json(&a);
            }
            say(l, "cli-activity-added", &[("id", &a.id.to_string())]);
            Ok(())
        }
        ActivityCmd::List {
            from,
            to,
            json: as_json,
        } => {
            let from = from.as_deref().map(validate::date).transpose()?;
            let to = to.as_deref().map(validate::date).transpose()?;
            let list = store.list_activities(from, to)?;
            if *as_json {
                return json(&list);
            }
            list.iter().for_each(|a| activity_line(l, a));
            Ok(())
        }
        ActivityCmd::Show { id, json: as_json } => {
            let a = store.activity(ActivityId::parse(id)?)?;
            if *as_json {
                return json(&a);
            }
            activity_line(l, &a);
            for p in &a.attendees {
                println!("  {}  {}", p.id, p.pseudonym);
            }
            Ok(())
        }
        ActivityCmd::Attend {
            id,
            person,
            anonymous,
            json: as_json,
        } => {
            let a = store.set_attendance(ActivityId::parse(id)?, person, *anonymous)?;
            if *as_json {
                return json(&a);
            }
            activity_line(l, &a);
            Ok(())
        }
    }
}

fn followup_line(l: &Localizer, f: &FollowUp) {
    let state = match (f.done_on, f.overdue) {
        (Some(d), _) => format!("{} {d}", l.tr("label-done-on", &[])),
        (None, true) => l.tr("cli-overdue", &[]),
        (None, false) => String::new(),
    };
    println!(
        "{}  {}  {}  {}  {}",
        f.id,
        f.due_on,
        f.pseudonym.as_deref().unwrap_or("–"),
        f.what,
        state
    );
}

pub fn followup(store: &mut Store, l: &Localizer, cmd: &FollowupCmd) -> Result<(), Error> {
    match cmd {
        FollowupCmd::List {
            open,
            done,
            json: as_json,
        } => {
            let filter = match (open, done) {
                (_, true) => FollowUpFilter::Done,
                (true, false) => FollowUpFilter::Open,
                (false, false) => FollowUpFilter::Due,
            };
            let list = store.followups(filter)?;
            if *as_json {
                return json(&list);
            }
            list.iter().for_each(|f| followup_line(l, f));
            Ok(())
        }
        FollowupCmd::Add {
            due,
            what,
            person,
            contact,
            json: as_json,
        } => {
            let f = store.add_followup(due, what, person.as_deref(), contact.as_deref())?;
            if *as_json {
                return json(&f);
            }
            say(l, "cli-followup-added", &[("id", &f.id.to_string())]);
            Ok(())
        }
        FollowupCmd::Done {
            id,
            on,
            json: as_json,
        } => {
            let f = store.complete_followup(FollowUpId::parse(id)?, on.as_deref())?;
            if *as_json {
                return json(&f);
            }
            followup_line(l, &f);
            Ok(())
        }
    }
}

pub fn search(store: &mut Store, l: &Localizer, cmd: &SearchCmd) -> Result<(), Error> {
    match cmd {
        SearchCmd::Persons {
            text,
            district,
            marker,
            closed,
            json: as_json,
        } => {
            let hits = store.search_persons(&PersonQuery {
                text: text.clone(),
                district: district.clone(),
                marker: marker.clone(),
                include_closed: *closed,
            })?;
            if *as_json {
                return json(&hits);
            }
            if hits.is_empty() {
                say(l, "cli-no-hits", &[]);
            }
            for p in &hits {
                println!(
                    "{}  {}  {}  {}",
                    p.id,
                    p.pseudonym,
                    p.district.as_deref().unwrap_or("–"),
                    p.markers
                        .iter()
                        .map(|m| l.tr(&m.fluent_id(), &[]))
                        .collect::<Vec<_>>()
                        .join(", ")
                );
            }
            Ok(())
        }
        SearchCmd::Notes {
            query,
            json: as_json,
        } => {
            let hits = store.search_notes(query)?;
            if *as_json {
                return json(&hits);
            }
            if hits.is_empty() {
                say(l, "cli-no-hits", &[]);
            }
            for h in &hits {
                println!(
                    "{}  {}  {}  {}",
                    h.contact_id, h.date, h.site_name, h.excerpt
                );
            }
            Ok(())
        }
    }
}

pub fn auskunft(
    cli: &Cli,
    dir: &DataDir,
    l: &Localizer,
    person: &str,
    out: &Path,
    format: &str,
) -> Result<(), Error> {
    let id = PersonId::parse(person)?;
    let format = match format.trim() {
        "text" => AuskunftFormat::Text,
        "json" => AuskunftFormat::Json,
        other => return Err(Error::invalid("error-invalid-format", &[("value", other)])),
    };
    let mut store = crate::open(cli, dir, l)?;
    store.write_auskunft(id, out, format, l)?;
    say(
        l,
        "cli-auskunft-written",
        &[("path", &out.display().to_string())],
    );
    Ok(())
}

pub fn erase(store: &mut Store, l: &Localizer, id: PersonId, as_json: bool) -> Result<(), Error> {
    let report = store.erase_person(id)?;
    if as_json {
        return json(&report);
    }
    say(
        l,
        "cli-erased",
        &[
            ("id", &id.to_string()),
            ("contacts", &report.contacts_anonymised.to_string()),
        ],
    );
    Ok(())
}

pub fn retention(store: &mut Store, l: &Localizer, cmd: &RetentionCmd) -> Result<(), Error> {
    match cmd {
        RetentionCmd::Show { json: as_json } => {
            let rules = store.retention_rules()?;
            if *as_json {
                return json(&rules);
            }
            for r in &rules {
                let years = match r.years {
                    Some(y) => l.tr("cli-retention-years", &[("years", &y.to_string())]),
                    None => l.tr("cli-retention-unlimited", &[]),
                };
                println!("{}: {years}", l.tr(&r.category.fluent_id(), &[]));
            }
            Ok(())
        }
        RetentionCmd::Set {
            category,
            years,
            none,
        } => {
            let years = match (years, none) {
                (Some(_), true) | (None, false) => {
                    return Err(Error::invalid("error-retention-years-or-none", &[]))
                }
                (y, _) => *y,
            };
            let r = store.set_retention(category, years)?;
            say(
                l,
                "cli-retention-set",
                &[("category", &l.tr(&r.category.fluent_id(), &[]))],
            );
            Ok(())
        }
        RetentionCmd::Due { json: as_json } => {
            let due = store.retention_due()?;
            if *as_json {
                return json(&due);
            }
            for d in &due {
                println!(
                    "{}",
                    l.tr(
                        "cli-retention-due",
                        &[
                            ("category", &l.tr(&d.category.fluent_id(), &[])),
                            ("count", &d.count.to_string()),
                            ("cutoff", &d.cutoff.to_string())
                        ]
                    )
                );
            }
            Ok(())
        }
        RetentionCmd::Apply {
            category,
            yes,
            json: as_json,
        } => {
            if !*yes {
                return Err(Error::invalid("error-confirm-required", &[]));
            }
            let done = store.apply_retention(category)?;
            if *as_json {
                return json(&done);
            }
            for d in &done {
                println!(
                    "{}",
                    l.tr(
                        "cli-retention-erased",
                        &[
                            ("category", &l.tr(&d.category.fluent_id(), &[])),
                            ("count", &d.count.to_string())
                        ]
                    )
                );
            }
            Ok(())
        }
        RetentionCmd::Log { json: as_json } => {
            let log = store.deletion_log()?;
            if *as_json {
                return json(&log);
            }
            for e in &log {
                println!("{}  {}  {}  {}", e.at, e.reason, e.category, e.count);
            }
            Ok(())
        }
    }
}
