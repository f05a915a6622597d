//! `site …` and `partner …`: Einsatzorte, their regular visits, and the partner directory.

use crate::args::{PartnerCmd, SiteCmd, SlotCmd};
use crate::output::{self, json, say};
use crate::today::site_named;
use feldbuch_core::app::sites::{self, NewSite, NewVisitSlot, PartnerInput, VisitSlotRef};
use feldbuch_core::app::App;
use feldbuch_core::ids::VisitSlotId;
use feldbuch_core::vocab::SiteKind;
use feldbuch_core::{Error, Localizer};

pub fn site(app: &App, l: &Localizer, cmd: &SiteCmd) -> Result<(), Error> {
    match cmd {
        SiteCmd::Add {
            name,
            kind,
            district,
        } => {
            let site = sites::add_site(
                app,
                NewSite {
                    name: name.clone(),
                    kind: SiteKind::parse(kind)?,
                    district: district.clone(),
                    address: None,
                    contact_person: None,
                },
            )?;
            say(
                l,
                "cli-site-added",
                &[("name", &site.name), ("id", &site.id.to_string())],
            );
            Ok(())
        }
        SiteCmd::List { json } => output::sites(l, &sites::list_sites(app, ())?, *json),
        SiteCmd::Slot { cmd } => slot(app, l, cmd),
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
        PartnerCmd::List { json: as_json } => {
            let list = sites::list_partners(app, ())?;
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
