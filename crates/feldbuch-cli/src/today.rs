//! `contact …`: the contacts of Heute. The options of `contact add` and `contact edit` are the
//! app layer's own request types (`ContactInput`, `ContactPatch`, derived with the `cli`
//! feature); only the references are read here, because a person may type a site's name.

use crate::args::{ContactCmd, JournalArgs};
use crate::output::{self, json, say};
use feldbuch_core::app::journal::{self, JournalEntry};
use feldbuch_core::app::{self, today, App, DateRange};
use feldbuch_core::ids::{ContactId, PersonId, SiteId};
use feldbuch_core::{Error, Localizer};

/// A site named by id or by its exact name.
pub(crate) fn site_named(app: &App, name_or_id: &str) -> Result<SiteId, Error> {
    Ok(app::sites::find_site(app, name_or_id)?.id)
}

/// Person ids as typed (`--person`, repeatable).
pub(crate) fn person_ids(typed: &[String]) -> Result<Vec<PersonId>, Error> {
    typed.iter().map(|p| PersonId::parse(p)).collect()
}

/// `journal`: one page, newest first (`--limit`, 50 by default).
pub fn journal(app: &App, l: &Localizer, a: &JournalArgs) -> Result<(), Error> {
    let mut query = a.query.clone();
    query.site_id = a.site.as_deref().map(|s| site_named(app, s)).transpose()?;
    query.person_id = a.person.as_deref().map(PersonId::parse).transpose()?;
    let page = journal::journal(app, query)?;
    if a.json {
        return json(&page);
    }
    if page.entries.is_empty() {
        say(l, "cli-journal-empty", &[]);
    }
    let names = output::Names::load(app, l)?;
    for e in &page.entries {
        match e {
            JournalEntry::Contact(c) => println!(
                "{}  {} {}  {}  {}  {}",
                c.id,
                c.date,
                c.start.as_deref().unwrap_or("     "),
                c.site_name,
                names.contact_kind(c),
                names.topics(c)
            ),
            JournalEntry::Activity(x) => println!(
                "{}  {} {}  {}  {}  [{}]",
                x.id,
                x.date,
                x.start.as_deref().unwrap_or("     "),
                x.site_name.as_deref().unwrap_or("–"),
                x.title,
                names.term("activity-kind", &x.kind.fluent_id(), x.kind_ext.as_deref())
            ),
        }
    }
    if page.next.is_some() {
        say(l, "cli-journal-more", &[]);
    }
    Ok(())
}

pub fn contact(app: &App, l: &Localizer, cmd: &ContactCmd) -> Result<(), Error> {
    match cmd {
        ContactCmd::Add(a) => {
            let mut input = a.contact.clone();
            input.site_id = site_named(app, &a.site)?;
            input.persons = person_ids(&a.person)?;
            let c = today::add_contact(app, input)?;
            if a.json {
                return json(&c);
            }
            say(l, "cli-contact-added", &[("id", &c.id.to_string())]);
            Ok(())
        }
        ContactCmd::List { from, to, json } => {
            let range = DateRange {
                from: from.clone(),
                to: to.clone(),
            };
            output::contacts(
                &output::Names::load(app, l)?,
                &today::list_contacts(app, range)?,
                *json,
            )
        }
        ContactCmd::Show { id, json } => {
            let id = ContactId::parse(id)?;
            output::contact(
                &output::Names::load(app, l)?,
                &today::contact(app, today::ContactRef { id })?,
                *json,
            )
        }
        ContactCmd::Edit { id, args: a } => {
            let id = ContactId::parse(id)?;
            let mut changes = a.changes.clone();
            changes.site_id = a.site.as_deref().map(|s| site_named(app, s)).transpose()?;
            if !a.person.is_empty() {
                changes.persons = Some(person_ids(&a.person)?);
            }
            let c = today::edit_contact(app, today::EditContact { id, changes })?;
            if a.json {
                return json(&c);
            }
            say(
                l,
                "cli-contact-updated",
                &[
                    ("id", &c.id.to_string()),
                    ("revision", &c.revision.to_string()),
                ],
            );
            Ok(())
        }
        ContactCmd::Delete { id } => {
            let id = ContactId::parse(id)?;
            today::delete_contact(app, today::ContactRef { id })?;
            say(l, "cli-contact-deleted", &[("id", &id.to_string())]);
            Ok(())
        }
    }
}
