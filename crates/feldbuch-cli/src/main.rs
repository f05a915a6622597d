//! `feldbuch`: the command-line face of feldbuch-core, for leads who script and for tests.
//! It parses arguments, obtains the passphrase, calls one core function and prints the result,
//! localized. Exit codes: 0 ok, 1 other error, 2 invalid input, 3 not initialised,
//! 4 wrong passphrase or recovery key, 5 keyring missing, 6 keyring locked, 7 not found,
//! 8 damaged store or failed verification.

mod args;
mod exchange;
mod help;
mod output;
mod report;
mod workflow;

use args::{Cli, Cmd, ConsentCmd, ContactCmd, PersonArgs, PersonCmd, SiteCmd};
use clap::{CommandFactory, FromArgMatches};
use feldbuch_core::app::{self, App};
use feldbuch_core::custody::{install_platform_keyring, OsKeyring};
use feldbuch_core::ids::{ConsentId, PersonId};
use feldbuch_core::store::contacts::{ContactInput, ContactPatch};
use feldbuch_core::store::persons::{PersonInput, PersonPatch};
use feldbuch_core::store::profile::NewProfile;
use feldbuch_core::store::sites::NewSite;
use feldbuch_core::vocab::{Locale, Role, SiteKind};
use feldbuch_core::{DataDir, Error, Localizer, Passphrase, SharedClock, Store, SystemClock};
use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;

fn main() -> ExitCode {
    let raw: Vec<String> = std::env::args().collect();
    let l10n = Localizer::new(early_locale(&raw));
    let parsed = help::localized(Cli::command(), &l10n)
        .try_get_matches_from(&raw)
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(c) => c,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
                let _ = e.print();
                return ExitCode::SUCCESS;
            }
            let detail = e.render().to_string();
            let first = detail
                .lines()
                .next()
                .unwrap_or_default()
                .trim_start_matches("error: ");
            eprintln!(
                "{}",
                l10n.tr(
                    "cli-error",
                    &[("message", &l10n.tr("error-usage", &[("detail", first)]))]
                )
            );
            return ExitCode::from(2);
        }
    };
    let data_dir = match cli
        .data_dir
        .clone()
        .map(Ok)
        .unwrap_or_else(feldbuch_core::default_data_dir)
    {
        Ok(d) => DataDir::new(d),
        Err(e) => return fail(&l10n, &e),
    };
    let locale = match cli.lang.as_deref().map(Locale::parse).transpose() {
        Ok(Some(l)) => l,
        Ok(None) => data_dir.settings().locale,
        Err(e) => return fail(&l10n, &e),
    };
    let l10n = Localizer::new(locale);
    match run(&cli, &data_dir, &l10n) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&l10n, &e),
    }
}

/// The value of option `name` in the raw arguments (`--name VALUE` or `--name=VALUE`).
fn raw_option<'a>(raw: &'a [String], name: &str) -> Option<&'a str> {
    let eq = format!("{name}=");
    raw.iter().enumerate().find_map(|(i, a)| {
        if a == name {
            raw.get(i + 1).map(String::as_str)
        } else {
            a.strip_prefix(&eq)
        }
    })
}

/// The locale for help and parse errors, known before the arguments are parsed: `--lang` if
/// given and valid, else the language setting of the data directory, else German.
fn early_locale(raw: &[String]) -> Locale {
    if let Some(l) = raw_option(raw, "--lang").and_then(|v| Locale::parse(v).ok()) {
        return l;
    }
    let dir = raw_option(raw, "--data-dir")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("FELDBUCH_DATA_DIR").map(std::path::PathBuf::from))
        .or_else(|| feldbuch_core::default_data_dir().ok());
    dir.map(|d| DataDir::new(d).settings().locale)
        .unwrap_or(Locale::De)
}

fn fail(l10n: &Localizer, e: &Error) -> ExitCode {
    eprintln!("{}", l10n.tr("cli-error", &[("message", &l10n.error(e))]));
    ExitCode::from(e.class().exit_code() as u8)
}

fn clock() -> SharedClock {
    Arc::new(SystemClock)
}

/// The passphrase from FELDBUCH_PASSPHRASE, --passphrase-file, or a terminal prompt.
fn passphrase(cli: &Cli, l10n: &Localizer, new: bool) -> Result<Passphrase, Error> {
    if let Ok(p) = std::env::var("FELDBUCH_PASSPHRASE") {
        return Ok(Passphrase::new(p));
    }
    if let Some(file) = &cli.passphrase_file {
        let text = std::fs::read_to_string(file)
            .map_err(|_| Error::invalid("error-passphrase-file", &[]))?;
        return Ok(Passphrase::new(text));
    }
    if !std::io::stdin().is_terminal() {
        return Err(Error::invalid("error-passphrase-required", &[]));
    }
    let prompt = if new {
        "cli-new-passphrase-prompt"
    } else {
        "cli-passphrase-prompt"
    };
    let first = rpassword::prompt_password(format!("{} ", l10n.tr(prompt, &[])))
        .map_err(|_| Error::invalid("error-passphrase-required", &[]))?;
    let first = Passphrase::new(first);
    if new {
        let again = rpassword::prompt_password(format!(
            "{} ",
            l10n.tr("cli-repeat-passphrase-prompt", &[])
        ))
        .map_err(|_| Error::invalid("error-passphrase-required", &[]))?;
        if !Passphrase::new(again).same_as(&first) {
            return Err(Error::invalid("error-passphrase-mismatch", &[]));
        }
    }
    Ok(first)
}

/// The app layer over the unlocked store: the actions the window calls, for the commands that
/// are the same action here (the CLI prints their answers, the same types the window receives).
pub(crate) fn open_app(cli: &Cli, dir: &DataDir, l10n: &Localizer) -> Result<App, Error> {
    let store = open(cli, dir, l10n)?;
    let app = App::new(dir.clone(), clock());
    app.set_store(store)?;
    Ok(app)
}

pub(crate) fn open(cli: &Cli, dir: &DataDir, l10n: &Localizer) -> Result<Store, Error> {
    if !dir.is_initialised() {
        return Err(Error::NotInitialised);
    }
    let pw = passphrase(cli, l10n, false)?;
    install_platform_keyring()?;
    let mut store = dir.unlock(&pw, &OsKeyring, clock())?;
    // The day's backup, before the command (a one-shot process has no background to leave it
    // to). Its failure (say, a full disk) does not keep the lead from the store: it is said.
    if let Err(e) = store.backup_if_due() {
        eprintln!(
            "{}",
            l10n.tr("cli-backup-failed", &[("message", &l10n.tr(e.code(), &[]))])
        );
    }
    Ok(store)
}

fn run(cli: &Cli, dir: &DataDir, l10n: &Localizer) -> Result<(), Error> {
    match &cli.cmd {
        Cmd::Init {
            name,
            initials,
            team,
            role,
        } => {
            let role = Role::parse(role)?;
            if dir.is_initialised() {
                return Err(Error::AlreadyInitialised);
            }
            let profile = NewProfile {
                display_name: name.clone(),
                initials: initials.clone(),
                team: team.clone(),
                role,
                locale: l10n.locale(),
            };
            let pw = passphrase(cli, l10n, true)?;
            install_platform_keyring()?;
            let (store, recovery) = dir.init(&profile, &pw, &OsKeyring, clock())?;
            let p = store.profile()?;
            println!(
                "{}",
                l10n.tr(
                    "cli-init-done",
                    &[
                        ("name", &p.display_name),
                        ("dir", &dir.path().display().to_string())
                    ]
                )
            );
            println!("{}", l10n.tr("cli-recovery-key-intro", &[]));
            println!("{}", recovery.to_display().as_str());
            Ok(())
        }
        Cmd::Site {
            cmd:
                SiteCmd::Add {
                    name,
                    kind,
                    district,
                },
        } => {
            let kind = SiteKind::parse(kind)?;
            let app = open_app(cli, dir, l10n)?;
            let site = app::sites::add_site(
                &app,
                NewSite {
                    name: name.clone(),
                    kind,
                    district: district.clone(),
                },
            )?;
            println!(
                "{}",
                l10n.tr(
                    "cli-site-added",
                    &[("name", &site.name), ("id", &site.id.to_string())]
                )
            );
            Ok(())
        }
        Cmd::Site {
            cmd: SiteCmd::List { json },
        } => {
            let app = open_app(cli, dir, l10n)?;
            output::sites(l10n, &app::sites::list_sites(&app, ())?, *json)
        }
        Cmd::Site {
            cmd: SiteCmd::Slot { cmd },
        } => workflow::slot(&mut open(cli, dir, l10n)?, l10n, cmd),
        Cmd::Partner { cmd } => workflow::partner(&mut open(cli, dir, l10n)?, l10n, cmd),
        Cmd::Referral { cmd } => workflow::referral(&mut open(cli, dir, l10n)?, l10n, cmd),
        Cmd::Activity { cmd } => workflow::activity(&mut open(cli, dir, l10n)?, l10n, cmd),
        Cmd::Followup { cmd } => workflow::followup(&mut open(cli, dir, l10n)?, l10n, cmd),
        Cmd::Search { cmd } => workflow::search(&mut open(cli, dir, l10n)?, l10n, cmd),
        Cmd::Retention { cmd } => workflow::retention(&mut open(cli, dir, l10n)?, l10n, cmd),
        Cmd::Office {
            cmd: args::OfficeCmd::Init { out },
        } => exchange::office_init(l10n, out),
        Cmd::Office { cmd } => exchange::office(&mut open(cli, dir, l10n)?, l10n, cmd),
        Cmd::Enrol { cmd } => exchange::enrol(&mut open(cli, dir, l10n)?, l10n, cmd),
        Cmd::Import {
            files,
            identity,
            accept_gap,
            json,
        } => exchange::import(
            &mut open(cli, dir, l10n)?,
            l10n,
            files,
            identity.as_deref(),
            *accept_gap,
            *json,
        ),
        Cmd::Report {
            quarter,
            from,
            to,
            out,
            k,
            json,
        } => report::run(
            &mut open(cli, dir, l10n)?,
            l10n,
            &report::Args {
                quarter: quarter.as_deref(),
                from: from.as_deref(),
                to: to.as_deref(),
                out: out.as_deref(),
                k: *k,
                json: *json,
            },
        ),
        Cmd::Conflicts { json } => exchange::conflicts(&open_app(cli, dir, l10n)?, l10n, *json),
        Cmd::Export { cmd, full, json } => {
            exchange::export(&mut open(cli, dir, l10n)?, l10n, cmd.as_ref(), *full, *json)
        }
        Cmd::Auskunft {
            person,
            out,
            format,
        } => workflow::auskunft(cli, dir, l10n, person, out, format),
        Cmd::Erase { person, yes, json } => {
            let id = PersonId::parse(person)?;
            if !*yes {
                return Err(Error::invalid("error-confirm-required", &[]));
            }
            workflow::erase(&mut open(cli, dir, l10n)?, l10n, id, *json)
        }
        Cmd::Audit {
            entity,
            id,
            action,
            limit,
            json,
        } => {
            let store = open(cli, dir, l10n)?;
            let f = feldbuch_core::store::audit::AuditFilter {
                entity: entity.clone(),
                entity_id: id.clone(),
                action: action.clone(),
                before: None,
                limit: Some(*limit),
            };
            output::audit(l10n, &store.audit_entries(&f)?, *json)
        }
        Cmd::Contact { cmd } => contact(cli, dir, l10n, cmd),
        Cmd::Person { cmd } => person(cli, dir, l10n, cmd),
        Cmd::Consent { cmd } => consent(cli, dir, l10n, cmd),
        Cmd::Verify { json } => {
            let store = open(cli, dir, l10n)?;
            let report = store.verify()?;
            output::verify(l10n, &report, *json)?;
            if report.ok() {
                Ok(())
            } else {
                Err(Error::VerifyFailed("verify".into()))
            }
        }
        Cmd::Backup { cmd } => backup(cli, dir, l10n, cmd),
        Cmd::Seed(args) => {
            // Invented records in a worker's real store would be exported and counted in the
            // funder's report, and nothing tells them apart afterwards.
            if !args.yes {
                return Err(Error::invalid("error-seed-confirm", &[]));
            }
            let mut store = open(cli, dir, l10n)?;
            let started = std::time::Instant::now();
            let stats = feldbuch_core::seed::fill(&mut store, &args.to_spec())?;
            println!(
                "{}",
                l10n.tr(
                    "cli-seed-done",
                    &[
                        ("contacts", &stats.contacts.to_string()),
                        ("sites", &stats.sites.to_string()),
                        ("persons", &stats.persons.to_string()),
                        (
                            "seconds",
                            &format!("{:.1}", started.elapsed().as_secs_f64())
                        ),
                    ]
                )
            );
            Ok(())
        }
    }
}

fn contact(cli: &Cli, dir: &DataDir, l10n: &Localizer, cmd: &ContactCmd) -> Result<(), Error> {
    match cmd {
        ContactCmd::Add(a) => {
            let input = ContactInput {
                site: a.site.clone(),
                kind: a.kind.clone(),
                date: a.date.clone(),
                start: a.start.clone(),
                duration_min: a.duration,
                anonymous_count: a.anonymous,
                anonymous_age_band: a.age_band.clone(),
                anonymous_gender: a.gender.clone(),
                topics: a.topic.clone(),
                note: a.note.clone(),
                follow_up: a.followup.clone(),
                persons: a.person.clone(),
                language: a.language.clone(),
                interpreter: a.interpreter,
                outcome: a.outcome.clone(),
            };
            let mut store = open(cli, dir, l10n)?;
            let c = store.add_contact(&input)?;
            if a.json {
                output::json(&c)
            } else {
                println!(
                    "{}",
                    l10n.tr("cli-contact-added", &[("id", &c.id.to_string())])
                );
                Ok(())
            }
        }
        ContactCmd::List { from, to, json } => {
            let from = from
                .as_deref()
                .map(feldbuch_core::validate::date)
                .transpose()?;
            let to = to
                .as_deref()
                .map(feldbuch_core::validate::date)
                .transpose()?;
            let store = open(cli, dir, l10n)?;
            output::contacts(l10n, &store.list_contacts(from, to)?, *json)
        }
        ContactCmd::Show { id, json } => {
            let id = feldbuch_core::ids::ContactId::parse(id)?;
            let store = open(cli, dir, l10n)?;
            output::contact(l10n, &store.contact(id)?, *json)
        }
        ContactCmd::Edit { id, args: a } => {
            let id = feldbuch_core::ids::ContactId::parse(id)?;
            let patch = ContactPatch {
                site: a.site.clone(),
                kind: a.kind.clone(),
                date: a.date.clone(),
                start: a.start.clone(),
                duration_min: a.duration,
                anonymous_count: a.anonymous,
                anonymous_age_band: a.age_band.clone(),
                anonymous_gender: a.gender.clone(),
                topics: (!a.topic.is_empty()).then(|| a.topic.clone()),
                note: a.note.clone(),
                follow_up: a.followup.clone(),
                persons: (!a.person.is_empty()).then(|| a.person.clone()),
                language: a.language.clone(),
                interpreter: a.interpreter,
                outcome: a.outcome.clone(),
            };
            let mut store = open(cli, dir, l10n)?;
            let c = store.edit_contact(id, &patch)?;
            if a.json {
                output::json(&c)
            } else {
                println!(
                    "{}",
                    l10n.tr(
                        "cli-contact-updated",
                        &[
                            ("id", &c.id.to_string()),
                            ("revision", &c.revision.to_string())
                        ]
                    )
                );
                Ok(())
            }
        }
        ContactCmd::Delete { id } => {
            let id = feldbuch_core::ids::ContactId::parse(id)?;
            let mut store = open(cli, dir, l10n)?;
            store.delete_contact(id)?;
            println!(
                "{}",
                l10n.tr("cli-contact-deleted", &[("id", &id.to_string())])
            );
            Ok(())
        }
    }
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
    }
}

fn person(cli: &Cli, dir: &DataDir, l10n: &Localizer, cmd: &PersonCmd) -> Result<(), Error> {
    match cmd {
        PersonCmd::Add(a) => {
            let input = person_input(a);
            let mut store = open(cli, dir, l10n)?;
            let p = store.add_person(&input)?;
            if a.json {
                return output::json(&p);
            }
            println!(
                "{}",
                l10n.tr(
                    "cli-person-added",
                    &[("pseudonym", &p.pseudonym), ("id", &p.id.to_string())]
                )
            );
            Ok(())
        }
        PersonCmd::List { json } => {
            let store = open(cli, dir, l10n)?;
            output::persons(l10n, &store.list_persons()?, *json)
        }
        PersonCmd::Show { id, json } => {
            let id = PersonId::parse(id)?;
            let mut store = open(cli, dir, l10n)?;
            let page = store.person_page(id)?;
            output::person(l10n, &page, *json)
        }
        PersonCmd::Edit {
            id,
            args: a,
            real_name,
            contact_info,
        } => {
            let id = PersonId::parse(id)?;
            let patch = PersonPatch {
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
            let mut store = open(cli, dir, l10n)?;
            let p = store.edit_person(id, &patch)?;
            if a.json {
                return output::json(&p);
            }
            println!(
                "{}",
                l10n.tr(
                    "cli-person-updated",
                    &[
                        ("id", &p.id.to_string()),
                        ("revision", &p.revision.to_string())
                    ]
                )
            );
            Ok(())
        }
        PersonCmd::Close {
            id,
            on,
            reason,
            json,
        } => {
            let id = PersonId::parse(id)?;
            let mut store = open(cli, dir, l10n)?;
            let p = store.close_person(id, on.as_deref(), reason.as_deref())?;
            workflow::person_changed(l10n, &p, *json)
        }
        PersonCmd::Reopen { id, json } => {
            let id = PersonId::parse(id)?;
            let mut store = open(cli, dir, l10n)?;
            let p = store.reopen_person(id)?;
            workflow::person_changed(l10n, &p, *json)
        }
        PersonCmd::Enrol {
            id,
            entry,
            employment,
            education,
            household,
            json,
        } => {
            let id = PersonId::parse(id)?;
            let input = feldbuch_core::store::persons::ParticipationInput {
                entry_date: entry.clone(),
                employment: employment.clone(),
                education: education.clone(),
                household: household.clone(),
            };
            let mut store = open(cli, dir, l10n)?;
            let p = store.enrol_participant(id, &input)?;
            workflow::person_changed(l10n, &p, *json)
        }
        PersonCmd::Exit { id, on, json } => {
            let id = PersonId::parse(id)?;
            let mut store = open(cli, dir, l10n)?;
            let p = store.exit_participant(id, on.as_deref())?;
            workflow::person_changed(l10n, &p, *json)
        }
    }
}

fn consent(cli: &Cli, dir: &DataDir, l10n: &Localizer, cmd: &ConsentCmd) -> Result<(), Error> {
    match cmd {
        ConsentCmd::Give {
            person,
            scope,
            form,
            on,
            partner,
            json,
        } => {
            let person = PersonId::parse(person)?;
            let mut store = open(cli, dir, l10n)?;
            let c = store.give_consent(person, scope, form, on.as_deref(), partner.as_deref())?;
            if *json {
                return output::json(&c);
            }
            println!(
                "{}",
                l10n.tr("cli-consent-given", &[("id", &c.id.to_string())])
            );
            Ok(())
        }
        ConsentCmd::Withdraw { consent, on, json } => {
            let id = ConsentId::parse(consent)?;
            let mut store = open(cli, dir, l10n)?;
            let p = store.withdraw_consent(id, on.as_deref())?;
            if *json {
                return output::json(&p);
            }
            println!(
                "{}",
                l10n.tr(
                    "cli-consent-withdrawn",
                    &[("id", &id.to_string()), ("pseudonym", &p.pseudonym)]
                )
            );
            Ok(())
        }
    }
}

fn backup(cli: &Cli, dir: &DataDir, l10n: &Localizer, cmd: &args::BackupCmd) -> Result<(), Error> {
    match cmd {
        args::BackupCmd::Now { json } => {
            let b = open(cli, dir, l10n)?.backup_now()?;
            if *json {
                return output::json(&b);
            }
            println!(
                "{}",
                l10n.tr(
                    "cli-backup-made",
                    &[("file", &b.file_name), ("size", &output::size(b.bytes))]
                )
            );
            Ok(())
        }
        args::BackupCmd::List { json } => {
            let list = open(cli, dir, l10n)?.backups()?;
            output::backups(l10n, &list, *json)
        }
        args::BackupCmd::Restore { file, yes } => {
            if !dir.is_initialised() {
                return Err(Error::NotInitialised);
            }
            if !*yes {
                return Err(Error::invalid("error-confirm-required", &[]));
            }
            let pw = passphrase(cli, l10n, false)?;
            install_platform_keyring()?;
            dir.restore(file, &pw, &OsKeyring, clock())?;
            println!("{}", l10n.tr("cli-backup-restored", &[("file", file)]));
            Ok(())
        }
    }
}
