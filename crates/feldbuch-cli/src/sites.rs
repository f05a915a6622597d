//! `site …` and `partner …`: Einsatzorte, their regular visits, and the partner directory.

use crate::args::{LeadListCmd, PartnerCmd, ServiceCmd, SiteCmd, SlotCmd};
use crate::output::{self, json, say};
use crate::persons::referral_line;
use crate::today::site_named;
use feldbuch_core::app::sites::{
    self, ArchivePartner, ArchiveService, ArchiveSite, EditPartner, EditService, EditSite,
    EditVisitSlot, MergePartner, NewService, NewSite, NewVisitSlot, Partner, PartnerInput,
    PartnerPatch, PartnerRef, SitePatch, SiteRef, VisitSlot, VisitSlotRef,
};
use feldbuch_core::app::App;
use feldbuch_core::ids::{ServiceId, VisitSlotId};
use feldbuch_core::{Error, Localizer};

/// A record after a correction: one line, or the record as JSON.
pub fn changed<T: serde::Serialize>(
    l: &Localizer,
    id: &str,
    revision: i64,
    record: &T,
    as_json: bool,
) -> Result<(), Error> {
    if as_json {
        return json(record);
    }
    say(
        l,
        "cli-record-changed",
        &[("id", id), ("revision", &revision.to_string())],
    );
    Ok(())
}

/// A record archived or taken back into use: one line.
pub fn archived(l: &Localizer, id: &str, archived: bool) {
    let message = if archived {
        "cli-record-archived"
    } else {
        "cli-record-unarchived"
    };
    say(l, message, &[("id", id)]);
}

fn slot_line(l: &Localizer, s: &VisitSlot) {
    println!(
        "{}  {}  {}–{}  {}",
        s.id,
        l.tr(&format!("weekday-{}", s.weekday), &[]),
        s.start,
        s.end,
        s.site_name
    );
}

fn partner_line(n: &output::Names<'_>, p: &Partner) {
    let l = n.l;
    let services: Vec<String> = p
        .services
        .iter()
        .map(|s| {
            if s.archived {
                format!("{} ({})", s.name, l.tr("cli-archived-mark", &[]))
            } else {
                s.name.clone()
            }
        })
        .collect();
    println!(
        "{}  {}  [{}]  {}{}",
        p.id,
        p.name,
        n.term("partner-kind", &p.kind.fluent_id(), p.kind_ext.as_deref()),
        services.join(", "),
        if p.archived {
            format!("  ({})", l.tr("cli-archived-mark", &[]))
        } else {
            String::new()
        }
    );
}

pub fn site(app: &App, l: &Localizer, cmd: &SiteCmd) -> Result<(), Error> {
    match cmd {
        SiteCmd::Add {
            name,
            kind,
            district,
            address,
            contact_person,
            programme,
        } => {
            let programme = crate::programme_of(app, programme.as_deref())?;
            let site = sites::add_site(
                app,
                NewSite {
                    name: name.clone(),
                    kind: kind.clone(),
                    district: district.clone(),
                    address: address.clone(),
                    contact_person: contact_person.clone(),
                    programme,
                },
            )?;
            say(
                l,
                "cli-site-added",
                &[("name", &site.name), ("id", &site.id.to_string())],
            );
            Ok(())
        }
        SiteCmd::List { all, json } => {
            let list = if *all {
                sites::all_sites(app, ())?
            } else {
                sites::list_sites(app, ())?
            };
            output::sites(&output::Names::load(app, l)?, &list, *json)
        }
        SiteCmd::Show {
            site,
            json: as_json,
        } => {
            let id = sites::find_any_site(app, site)?.id;
            let page = sites::site_page(app, SiteRef { id })?;
            if *as_json {
                return json(&page);
            }
            output::sites(
                &output::Names::load(app, l)?,
                std::slice::from_ref(&page.site),
                false,
            )?;
            page.visit_slots.iter().for_each(|s| slot_line(l, s));
            for m in &page.months {
                println!(
                    "{}  {}",
                    m.month,
                    l.tr(
                        "cli-site-month",
                        &[
                            ("contacts", &m.contacts.to_string()),
                            ("minutes", &m.minutes.to_string())
                        ]
                    )
                );
            }
            say(
                l,
                "cli-site-total",
                &[("contacts", &page.total_contacts.to_string())],
            );
            Ok(())
        }
        SiteCmd::Edit {
            site,
            fields: f,
            json: as_json,
        } => {
            let id = sites::find_any_site(app, site)?.id;
            let changes = SitePatch {
                name: f.name.clone(),
                kind: f.kind.clone(),
                district: f.district.clone(),
                address: f.address.clone(),
                contact_person: f.contact_person.clone(),
            };
            let s = sites::edit_site(app, EditSite { id, changes })?;
            changed(l, &s.id.to_string(), s.revision, &s, *as_json)
        }
        SiteCmd::Archive { site } | SiteCmd::Unarchive { site } => {
            let id = sites::find_any_site(app, site)?.id;
            let archive = matches!(cmd, SiteCmd::Archive { .. });
            let s = sites::archive_site(
                app,
                ArchiveSite {
                    id,
                    archived: archive,
                },
            )?;
            archived(l, &s.id.to_string(), s.archived);
            Ok(())
        }
        SiteCmd::Slot { cmd } => slot(app, l, cmd),
        SiteCmd::Merge { site, into } => {
            let from = sites::find_any_site(app, site)?;
            let into = sites::find_any_site(app, into)?;
            let kept = app.with_store(|s| s.merge_site(from.id, into.id))?;
            say(
                l,
                "cli-site-merged",
                &[("name", &from.name), ("into", &kept.name)],
            );
            Ok(())
        }
    }
}

fn slot(app: &App, l: &Localizer, cmd: &SlotCmd) -> Result<(), Error> {
    match cmd {
        SlotCmd::Add {
            site,
            weekday,
            start,
            end,
            json: as_json,
        } => {
            let s = sites::add_visit_slot(
                app,
                NewVisitSlot {
                    site_id: site_named(app, site)?,
                    weekday: *weekday,
                    start: start.clone(),
                    end: end.clone(),
                },
            )?;
            if *as_json {
                return json(&s);
            }
            say(l, "cli-slot-added", &[("id", &s.id.to_string())]);
            Ok(())
        }
        SlotCmd::List { json: as_json } => {
            let slots = sites::list_visit_slots(app, ())?;
            if *as_json {
                return json(&slots);
            }
            slots.iter().for_each(|s| slot_line(l, s));
            Ok(())
        }
        SlotCmd::Edit {
            id,
            weekday,
            start,
            end,
            json: as_json,
        } => {
            let s = sites::edit_visit_slot(
                app,
                EditVisitSlot {
                    id: VisitSlotId::parse(id)?,
                    weekday: *weekday,
                    start: start.clone(),
                    end: end.clone(),
                },
            )?;
            if *as_json {
                return json(&s);
            }
            slot_line(l, &s);
            Ok(())
        }
        SlotCmd::Remove { id } => {
            let id = VisitSlotId::parse(id)?;
            sites::remove_visit_slot(app, VisitSlotRef { id })?;
            say(l, "cli-slot-removed", &[("id", &id.to_string())]);
            Ok(())
        }
    }
}

pub fn partner(app: &App, l: &Localizer, cmd: &PartnerCmd) -> Result<(), Error> {
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
            let p = sites::add_partner(
                app,
                PartnerInput {
                    name: name.clone(),
                    kind: kind.clone(),
                    district: district.clone(),
                    address: address.clone(),
                    contact_person: contact_person.clone(),
                    services: service.clone(),
                },
            )?;
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
        PartnerCmd::List { all, json: as_json } => {
            let list = if *all {
                sites::all_partners(app, ())?
            } else {
                sites::list_partners(app, ())?
            };
            if *as_json {
                return json(&list);
            }
            let names = output::Names::load(app, l)?;
            list.iter().for_each(|p| partner_line(&names, p));
            Ok(())
        }
        PartnerCmd::Show {
            partner,
            json: as_json,
        } => {
            let id = sites::find_partner(app, partner)?.id;
            let page = sites::partner_page(app, PartnerRef { id })?;
            if *as_json {
                return json(&page);
            }
            partner_line(&output::Names::load(app, l)?, &page.partner);
            page.referrals.iter().for_each(|r| referral_line(l, r));
            Ok(())
        }
        PartnerCmd::Edit {
            partner,
            fields: f,
            json: as_json,
        } => {
            let id = sites::find_partner(app, partner)?.id;
            let changes = PartnerPatch {
                name: f.name.clone(),
                kind: f.kind.clone(),
                district: f.district.clone(),
                address: f.address.clone(),
                contact_person: f.contact_person.clone(),
            };
            let p = sites::edit_partner(app, EditPartner { id, changes })?;
            changed(l, &p.id.to_string(), p.revision, &p, *as_json)
        }
        PartnerCmd::Archive { partner } | PartnerCmd::Unarchive { partner } => {
            let id = sites::find_partner(app, partner)?.id;
            let archive = matches!(cmd, PartnerCmd::Archive { .. });
            let p = sites::archive_partner(
                app,
                ArchivePartner {
                    id,
                    archived: archive,
                },
            )?;
            archived(l, &p.id.to_string(), p.archived);
            Ok(())
        }
        PartnerCmd::Service { cmd } => service(app, l, cmd),
        PartnerCmd::Merge { partner, into } => {
            let from = sites::find_partner(app, partner)?;
            let into = sites::find_partner(app, into)?;
            let kept = sites::merge_partner(
                app,
                MergePartner {
                    id: from.id,
                    into: into.id,
                },
            )?;
            say(
                l,
                "cli-partner-merged",
                &[("name", &from.name), ("into", &kept.name)],
            );
            Ok(())
        }
    }
}

fn service(app: &App, l: &Localizer, cmd: &ServiceCmd) -> Result<(), Error> {
    match cmd {
        ServiceCmd::Add { partner, name } => {
            let partner_id = sites::find_partner(app, partner)?.id;
            let p = sites::add_service(
                app,
                NewService {
                    partner_id,
                    name: name.clone(),
                },
            )?;
            partner_line(&output::Names::load(app, l)?, &p);
        }
        ServiceCmd::Rename { id, name } => {
            let p = sites::edit_service(
                app,
                EditService {
                    id: ServiceId::parse(id)?,
                    name: name.clone(),
                },
            )?;
            partner_line(&output::Names::load(app, l)?, &p);
        }
        ServiceCmd::Archive { id } | ServiceCmd::Unarchive { id } => {
            let id = ServiceId::parse(id)?;
            let archive = matches!(cmd, ServiceCmd::Archive { .. });
            sites::archive_service(
                app,
                ArchiveService {
                    id,
                    archived: archive,
                },
            )?;
            archived(l, &id.to_string(), archive);
        }
    }
    Ok(())
}

/// One entry of a list the lead keeps, as `district list` and `programme list` print it.
fn list_line(l: &Localizer, id: &str, name: &str, archived: bool) {
    if archived {
        println!("{id}  {name}  ({})", l.tr("cli-district-archived", &[]));
    } else {
        println!("{id}  {name}");
    }
}

/// `district add|list`.
pub fn district(app: &App, l: &Localizer, cmd: &LeadListCmd) -> Result<(), Error> {
    use feldbuch_core::app::sites::{add_district, NewDistrict};
    match cmd {
        LeadListCmd::Add {
            name,
            json: as_json,
        } => {
            let d = add_district(app, NewDistrict { name: name.clone() })?;
            if *as_json {
                return json(&d);
            }
            say(l, "cli-district-added", &[("name", &d.name)]);
            Ok(())
        }
        LeadListCmd::List { all, json: as_json } => {
            let list = app.with_store(|s| s.districts(*all))?;
            if *as_json {
                return json(&list);
            }
            if list.is_empty() {
                say(l, "cli-districts-none", &[]);
            }
            for d in &list {
                list_line(l, &d.id.to_string(), &d.name, d.archived);
            }
            Ok(())
        }
    }
}

/// `programme add|list`.
pub fn programme(app: &App, l: &Localizer, cmd: &LeadListCmd) -> Result<(), Error> {
    use feldbuch_core::app::sites::{add_programme, NewProgramme};
    match cmd {
        LeadListCmd::Add {
            name,
            json: as_json,
        } => {
            let p = add_programme(app, NewProgramme { name: name.clone() })?;
            if *as_json {
                return json(&p);
            }
            say(
                l,
                "cli-programme-added",
                &[("name", &p.name), ("id", &p.id.to_string())],
            );
            Ok(())
        }
        LeadListCmd::List { all, json: as_json } => {
            let list = app.with_store(|s| s.programmes(*all))?;
            if *as_json {
                return json(&list);
            }
            if list.is_empty() {
                say(l, "cli-programmes-none", &[]);
            }
            for p in &list {
                list_line(l, &p.id.to_string(), &p.name, p.archived);
            }
            Ok(())
        }
    }
}
