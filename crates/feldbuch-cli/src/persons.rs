//! `person …`, `consent …`, `referral …`, `followup …`, `search …`, `auskunft`, `erase`: the
//! Personen screen's actions.

use crate::args::{
    ConsentCmd, FollowupCmd, PersonArgs, PersonCmd, PrintCmd, ReferralCmd, SearchCmd,
};
use crate::output::{self, json, say};
use feldbuch_core::app::persons::{
    self, AuskunftFormat, AuskunftTo, ClosePerson, CompleteFollowUp, EditFollowUp, EditPerson,
    EditReferral, EnrolParticipant, ExitParticipant, ExitResult, FollowUp, FollowUpQuery,
    FollowUpRef, LinkInput, LinkPerson, NewConsent, NewFollowUp, NoteQuery, ParticipationInput,
    Person, PersonInput, PersonPageQuery, PersonPatch, PersonQuery, PersonRef, Referral,
    ReferralInput, ReferralPatch, ReferralQuery, ReferralRef, ReferralStatusChange,
    WithdrawConsent,
};
use feldbuch_core::app::{sites, App};
use feldbuch_core::ids::{ConsentId, ContactId, FollowUpId, PersonId, ReferralId};
use feldbuch_core::{Error, Localizer};
use std::path::Path;

/// A person after a change: one line, or the person as JSON.
fn person_changed(l: &Localizer, p: &Person, as_json: bool) -> Result<(), Error> {
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

fn person_input(a: &PersonArgs) -> PersonInput {
    PersonInput {
        pseudonym: a.pseudonym.clone().unwrap_or_default(),
        birth_year: a.birth_year,
        age_band: a.age_band.clone(),
        gender: a.gender.clone(),
        languages: a.language.clone(),
        district: a.district.clone(),
        markers: a.marker.clone(),
        real_name: None,
        contact_info: None,
        programme: None,
    }
}

pub fn person(app: &App, l: &Localizer, cmd: &PersonCmd) -> Result<(), Error> {
    match cmd {
        PersonCmd::Add(a) => {
            let programme = crate::programme_of(app, a.programme.as_deref())?;
            let input = PersonInput {
                programme,
                ..person_input(a)
            };
            let p = persons::add_person(app, input)?;
            if a.json {
                return json(&p);
            }
            say(
                l,
                "cli-person-added",
                &[("pseudonym", &p.pseudonym), ("id", &p.id.to_string())],
            );
            Ok(())
        }
        PersonCmd::List { json } => output::persons(l, &persons::list_persons(app, ())?, *json),
        PersonCmd::Show { id, json } => {
            let id = PersonId::parse(id)?;
            output::person(
                &output::Names::load(app, l)?,
                &persons::person_page(app, PersonPageQuery { id, contacts: None })?,
                *json,
            )
        }
        PersonCmd::Edit {
            id,
            args: a,
            real_name,
            contact_info,
        } => {
            let id = PersonId::parse(id)?;
            let programme = crate::programme_of(app, a.programme.as_deref())?;
            let changes = PersonPatch {
                pseudonym: a.pseudonym.clone(),
                birth_year: a.birth_year.map(Some),
                age_band: a.age_band.clone(),
                gender: a.gender.clone(),
                languages: (!a.language.is_empty()).then(|| a.language.clone()),
                district: a.district.clone(),
                markers: (!a.marker.is_empty()).then(|| a.marker.clone()),
                real_name: real_name.clone(),
                contact_info: contact_info.clone(),
            };
            let p = persons::edit_person(app, EditPerson { id, changes })?;
            if programme.is_some() {
                crate::put_in_programme(
                    app,
                    feldbuch_core::store::programmes::InProgramme::Person,
                    &id.to_string(),
                    programme,
                )?;
            }
            person_changed(l, &p, a.json)
        }
        PersonCmd::Close {
            id,
            on,
            reason,
            json,
        } => {
            let req = ClosePerson {
                id: PersonId::parse(id)?,
                reason: reason.clone(),
                on: on.clone(),
            };
            person_changed(l, &persons::close_person(app, req)?, *json)
        }
        PersonCmd::Link {
            id,
            initials,
            birth_year,
            gender,
            confirm,
            json: as_json,
        } => {
            let id = PersonId::parse(id)?;
            let initials = match initials {
                Some(i) => zeroize::Zeroizing::new(i.clone()),
                None => typed_initials(l)?,
            };
            let link = LinkInput {
                initials: initials.to_string(),
                birth_year: *birth_year,
                gender: feldbuch_core::vocab::Gender::parse(gender)?,
                confirm: *confirm,
            };
            let r = persons::link_person(app, LinkPerson { id, link })?;
            if *as_json {
                return json(&r);
            }
            if r.linked {
                say(l, "cli-person-linked", &[("id", &id.to_string())]);
                Ok(())
            } else {
                Err(Error::invalid(
                    "error-link-match",
                    &[("matches", &r.matches.to_string())],
                ))
            }
        }
        PersonCmd::Unlink { id, json } => {
            let id = PersonId::parse(id)?;
            person_changed(l, &persons::unlink_person(app, PersonRef { id })?, *json)
        }
        PersonCmd::Reopen { id, json } => {
            let id = PersonId::parse(id)?;
            person_changed(l, &persons::reopen_person(app, PersonRef { id })?, *json)
        }
        PersonCmd::Enrol {
            id,
            entry,
            employment,
            education,
            household,
            json,
        } => {
            let req = EnrolParticipant {
                id: PersonId::parse(id)?,
                participation: ParticipationInput {
                    entry_date: entry.clone(),
                    employment: employment.clone(),
                    education: education.clone(),
                    household: household.clone(),
                },
            };
            person_changed(l, &persons::enrol_participant(app, req)?, *json)
        }
        PersonCmd::Exit {
            id,
            on,
            job_searching,
            in_education,
            qualification,
            employed,
            json,
        } => {
            let req = ExitParticipant {
                id: PersonId::parse(id)?,
                on: on.clone(),
                result: Some(ExitResult {
                    job_searching: *job_searching,
                    in_education: *in_education,
                    qualification: *qualification,
                    employed: *employed,
                }),
            };
            person_changed(l, &persons::exit_participant(app, req)?, *json)
        }
    }
}

pub fn consent(app: &App, l: &Localizer, cmd: &ConsentCmd) -> Result<(), Error> {
    match cmd {
        ConsentCmd::Give {
            person,
            scope,
            form,
            on,
            partner,
            json: as_json,
        } => {
            let req = NewConsent {
                person_id: PersonId::parse(person)?,
                scope: scope.clone(),
                form: form.clone(),
                given_on: on.clone(),
                partner_id: match partner.as_deref().map(str::trim) {
                    None | Some("") => None,
                    Some(p) => Some(sites::find_partner(app, p)?.id),
                },
            };
            let p = persons::give_consent(app, req)?;
            // The consent just given: ids are time-ordered.
            let c =
                p.consents.iter().max_by_key(|c| c.id).ok_or_else(|| {
                    Error::Internal("the consent given is not on the person".into())
                })?;
            if *as_json {
                return json(c);
            }
            say(l, "cli-consent-given", &[("id", &c.id.to_string())]);
            Ok(())
        }
        ConsentCmd::Withdraw {
            consent,
            on,
            json: as_json,
        } => {
            let id = ConsentId::parse(consent)?;
            let p = persons::withdraw_consent(app, WithdrawConsent { id, on: on.clone() })?;
            if *as_json {
                return json(&p);
            }
            say(
                l,
                "cli-consent-withdrawn",
                &[("id", &id.to_string()), ("pseudonym", &p.pseudonym)],
            );
            Ok(())
        }
    }
}

pub fn referral_line(l: &Localizer, r: &Referral) {
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

/// Text typed for an optional id: empty means none.
fn optional<T>(
    typed: &Option<String>,
    parse: fn(&str) -> Result<T, Error>,
) -> Result<Option<T>, Error> {
    match typed.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) => parse(t).map(Some),
    }
}

pub fn referral(app: &App, l: &Localizer, cmd: &ReferralCmd) -> Result<(), Error> {
    match cmd {
        ReferralCmd::Add {
            partner,
            service,
            person,
            contact,
            note,
            json: as_json,
        } => {
            let partner = sites::find_partner(app, partner)?;
            let service_id = match service.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(s) => Some(sites::find_service(&partner, s)?),
            };
            let r = persons::add_referral(
                app,
                ReferralInput {
                    partner_id: partner.id,
                    service_id,
                    person_id: optional(person, PersonId::parse)?,
                    contact_id: optional(contact, ContactId::parse)?,
                    note: note.clone(),
                },
            )?;
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
            let list = persons::list_referrals(app, ReferralQuery { open_only: *open })?;
            if *as_json {
                return json(&list);
            }
            list.iter().for_each(|r| referral_line(l, r));
            Ok(())
        }
        ReferralCmd::Edit {
            id,
            partner,
            service,
            note,
            json: as_json,
        } => {
            let id = ReferralId::parse(id)?;
            // A service is looked up among the services of the partner it will have.
            let partner = partner
                .as_deref()
                .map(|p| sites::find_partner(app, p))
                .transpose()?;
            let service_id = match service.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(s) => {
                    let of = match &partner {
                        Some(p) => p.clone(),
                        None => {
                            let current = persons::show_referral(app, ReferralRef { id })?;
                            sites::find_partner(app, &current.partner_id.to_string())?
                        }
                    };
                    Some(sites::find_service(&of, s)?)
                }
            };
            let changes = ReferralPatch {
                partner_id: partner.map(|p| p.id),
                service_id,
                note: note.clone(),
            };
            let r = persons::edit_referral(app, EditReferral { id, changes })?;
            if *as_json {
                return json(&r);
            }
            referral_line(l, &r);
            Ok(())
        }
        ReferralCmd::Status {
            id,
            status,
            on,
            json: as_json,
        } => {
            let req = ReferralStatusChange {
                id: ReferralId::parse(id)?,
                status: status.clone(),
                on: on.clone(),
            };
            let r = persons::set_referral_status(app, req)?;
            if *as_json {
                return json(&r);
            }
            referral_line(l, &r);
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

pub fn followup(app: &App, l: &Localizer, cmd: &FollowupCmd) -> Result<(), Error> {
    match cmd {
        FollowupCmd::List {
            open,
            done,
            json: as_json,
        } => {
            let query = match (open, done) {
                (_, true) => FollowUpQuery {
                    open: false,
                    due_only: None,
                },
                (true, false) => FollowUpQuery {
                    open: true,
                    due_only: None,
                },
                (false, false) => FollowUpQuery {
                    open: true,
                    due_only: Some(true),
                },
            };
            let list = persons::list_followups(app, query)?;
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
            let f = persons::add_followup(
                app,
                NewFollowUp {
                    due: due.clone(),
                    what: what.clone(),
                    person_id: optional(person, PersonId::parse)?,
                    contact_id: optional(contact, ContactId::parse)?,
                },
            )?;
            if *as_json {
                return json(&f);
            }
            say(l, "cli-followup-added", &[("id", &f.id.to_string())]);
            Ok(())
        }
        FollowupCmd::Edit {
            id,
            due,
            what,
            json: as_json,
        } => {
            let req = EditFollowUp {
                id: FollowUpId::parse(id)?,
                due: due.clone(),
                what: what.clone(),
            };
            let f = persons::edit_followup(app, req)?;
            if *as_json {
                return json(&f);
            }
            followup_line(l, &f);
            Ok(())
        }
        FollowupCmd::Reopen { id, json: as_json } => {
            let f = persons::reopen_followup(
                app,
                FollowUpRef {
                    id: FollowUpId::parse(id)?,
                },
            )?;
            if *as_json {
                return json(&f);
            }
            followup_line(l, &f);
            Ok(())
        }
        FollowupCmd::Done {
            id,
            on,
            json: as_json,
        } => {
            let req = CompleteFollowUp {
                id: FollowUpId::parse(id)?,
                on: on.clone(),
            };
            let f = persons::complete_followup(app, req)?;
            if *as_json {
                return json(&f);
            }
            followup_line(l, &f);
            Ok(())
        }
    }
}

pub fn search(app: &App, l: &Localizer, cmd: &SearchCmd) -> Result<(), Error> {
    match cmd {
        SearchCmd::Persons {
            text,
            district,
            marker,
            closed,
            json: as_json,
        } => {
            let hits = persons::search_persons(
                app,
                PersonQuery {
                    text: text.clone(),
                    district: district.clone(),
                    marker: marker.clone(),
                    include_closed: *closed,
                },
            )?;
            if *as_json {
                return json(&hits);
            }
            if hits.is_empty() {
                say(l, "cli-no-hits", &[]);
            }
            let names = output::Names::load(app, l)?;
            for p in &hits {
                println!(
                    "{}  {}  {}  {}",
                    p.id,
                    p.pseudonym,
                    p.district.as_deref().unwrap_or("–"),
                    names.markers(&p.markers, &p.own_markers)
                );
            }
            Ok(())
        }
        SearchCmd::Notes {
            query,
            json: as_json,
        } => {
            let hits = persons::search_notes(
                app,
                NoteQuery {
                    text: query.clone(),
                },
            )?;
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
    app: &App,
    l: &Localizer,
    person: &str,
    out: &Path,
    format: &str,
) -> Result<(), Error> {
    let id = PersonId::parse(person)?;
    let format = match format.trim() {
        "text" => AuskunftFormat::Text,
        "json" => AuskunftFormat::Json,
        "pdf" => AuskunftFormat::Pdf,
        other => return Err(Error::invalid("error-invalid-format", &[("value", other)])),
    };
    let written = persons::write_auskunft(
        app,
        AuskunftTo {
            id,
            path: out.display().to_string(),
            format,
            locale: Some(l.locale()),
        },
    )?;
    say(l, "cli-auskunft-written", &[("path", &written.path)]);
    Ok(())
}

pub fn erase(app: &App, l: &Localizer, id: PersonId, as_json: bool) -> Result<(), Error> {
    let report = persons::erase_person(app, PersonRef { id })?;
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

/// `print …`: a document as PDF, in the language of the output (`--lang`).
pub fn print(app: &App, l: &Localizer, cmd: &PrintCmd) -> Result<(), Error> {
    use feldbuch_core::app::documents::{self, Document, Print};
    use feldbuch_core::ids::{ActivityId, ConsentId};
    let (what, out) = match cmd {
        PrintCmd::Auskunft { id, out } => {
            let written = persons::write_auskunft(
                app,
                AuskunftTo {
                    id: PersonId::parse(id)?,
                    path: out.display().to_string(),
                    format: AuskunftFormat::Pdf,
                    locale: Some(l.locale()),
                },
            )?;
            say(l, "cli-printed", &[("path", &written.path)]);
            return Ok(());
        }
        PrintCmd::Consent { id, out } => (
            Document::Consent {
                consent_id: ConsentId::parse(id)?,
            },
            out,
        ),
        PrintCmd::Attendance { id, out } => (
            Document::Attendance {
                activity_id: ActivityId::parse(id)?,
            },
            out,
        ),
        PrintCmd::Stammblatt { id, out } => (
            Document::Stammblatt {
                person_id: PersonId::parse(id)?,
            },
            out,
        ),
    };
    let written = documents::print(
        app,
        Print {
            what,
            path: out.display().to_string(),
            locale: Some(l.locale()),
        },
    )?;
    say(l, "cli-printed", &[("path", &written.path)]);
    Ok(())
}

/// The initials of `person link` when `--initials` is left out (so that they stay out of the
/// shell's history and the process list): typed at a prompt that does not show them, or the
/// first line of standard input.
fn typed_initials(l: &Localizer) -> Result<zeroize::Zeroizing<String>, Error> {
    use std::io::IsTerminal;
    let unreadable = || Error::invalid("error-link-initials", &[]);
    if std::io::stdin().is_terminal() {
        return rpassword::prompt_password(format!("{} ", l.tr("cli-initials-prompt", &[])))
            .map(zeroize::Zeroizing::new)
            .map_err(|_| unreadable());
    }
    let mut line = zeroize::Zeroizing::new(String::new());
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|_| unreadable())?;
    Ok(zeroize::Zeroizing::new(
        line.trim_end_matches(['\r', '\n']).to_string(),
    ))
}
