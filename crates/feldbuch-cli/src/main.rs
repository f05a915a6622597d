//! `feldbuch`: the command-line face of feldbuch-core, for leads who script and for tests.
//! It parses arguments, obtains the passphrase, calls one action of the app layer (the same the
//! window calls; its modules are named like the app layer's areas) and prints the answer,
//! localized or as JSON. What only a terminal does (init, verify, seed, backups in a one-shot
//! process, the office's key pair) calls the core directly. Exit codes: 0 ok, 1 other error, 2 invalid input, 3 not initialised,
//! 4 wrong passphrase or recovery key, 5 keyring missing, 6 keyring locked, 7 not found,
//! 8 damaged store or failed verification.

mod activities;
mod args;
mod exchange;
mod help;
mod output;
mod persons;
mod reports;
mod settings;
mod sites;
mod today;

use args::{Cli, Cmd};
use clap::{CommandFactory, FromArgMatches};
use feldbuch_core::app::App;
use feldbuch_core::custody::{install_platform_keyring, OsKeyring};
use feldbuch_core::ids::PersonId;
use feldbuch_core::store::profile::NewProfile;
use feldbuch_core::vocab::{Locale, Role};
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
            // A value our own types refused (e.g. `--group`): their localized message.
            if let Some(ours) =
                std::error::Error::source(&e).and_then(|s| s.downcast_ref::<Error>())
            {
                let _ = fail(&l10n, ours);
                return ExitCode::from(2);
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
    if new {
        return prompt_new(l10n);
    }
    let typed = rpassword::prompt_password(format!("{} ", l10n.tr("cli-passphrase-prompt", &[])))
        .map_err(|_| Error::invalid("error-passphrase-required", &[]))?;
    Ok(Passphrase::new(typed))
}

/// The new passphrase of `passphrase change`: FELDBUCH_NEW_PASSPHRASE, the file, or typed twice.
fn new_passphrase(file: Option<&std::path::Path>, l10n: &Localizer) -> Result<Passphrase, Error> {
    if let Ok(p) = std::env::var("FELDBUCH_NEW_PASSPHRASE") {
        return Ok(Passphrase::new(p));
    }
    if let Some(file) = file {
        let text = std::fs::read_to_string(file)
            .map_err(|_| Error::invalid("error-passphrase-file", &[]))?;
        return Ok(Passphrase::new(text));
    }
    if !std::io::stdin().is_terminal() {
        return Err(Error::invalid("error-passphrase-required", &[]));
    }
    prompt_new(l10n)
}

/// The recovery key of `recovery-key use`: FELDBUCH_RECOVERY_KEY, the file, or typed.
fn recovery_key_text(
    file: Option<&std::path::Path>,
    l10n: &Localizer,
) -> Result<zeroize::Zeroizing<String>, Error> {
    if let Ok(k) = std::env::var("FELDBUCH_RECOVERY_KEY") {
        return Ok(zeroize::Zeroizing::new(k));
    }
    if let Some(file) = file {
        return std::fs::read_to_string(file)
            .map(zeroize::Zeroizing::new)
            .map_err(|_| {
                Error::invalid(
                    "error-file-unreadable",
                    &[("file", &file.display().to_string())],
                )
            });
    }
    if !std::io::stdin().is_terminal() {
        return Err(Error::invalid("error-recovery-key-required", &[]));
    }
    rpassword::prompt_password(format!("{} ", l10n.tr("cli-recovery-key-prompt", &[])))
        .map(zeroize::Zeroizing::new)
        .map_err(|_| Error::invalid("error-recovery-key-required", &[]))
}

/// A new passphrase typed twice at the terminal.
fn prompt_new(l10n: &Localizer) -> Result<Passphrase, Error> {
    let first =
        rpassword::prompt_password(format!("{} ", l10n.tr("cli-new-passphrase-prompt", &[])))
            .map_err(|_| Error::invalid("error-passphrase-required", &[]))?;
    let first = Passphrase::new(first);
    let again =
        rpassword::prompt_password(format!("{} ", l10n.tr("cli-repeat-passphrase-prompt", &[])))
            .map_err(|_| Error::invalid("error-passphrase-required", &[]))?;
    if !Passphrase::new(again).same_as(&first) {
        return Err(Error::invalid("error-passphrase-mismatch", &[]));
    }
    Ok(first)
}

/// `passphrase change` and `recovery-key new`: actions on the keys, each proving the passphrase.
fn keys(cli: &Cli, dir: &DataDir, l10n: &Localizer) -> Result<(), Error> {
    use feldbuch_core::app::settings;
    match &cli.cmd {
        Cmd::Passphrase {
            cmd: args::PassphraseCmd::Change {
                new_passphrase_file,
            },
        } => {
            let new = new_passphrase(new_passphrase_file.as_deref(), l10n)?;
            let current = passphrase(cli, l10n, false)?;
            let app = open_app_with(dir, l10n, &current)?;
            settings::change_passphrase(&app, settings::ChangePassphrase { current, new })?;
            output::say(l10n, "cli-passphrase-changed", &[]);
            Ok(())
        }
        Cmd::RecoveryKey {
            cmd: args::RecoveryKeyCmd::New { yes },
        } => {
            if !*yes {
                return Err(Error::invalid("error-confirm-required", &[]));
            }
            let pw = passphrase(cli, l10n, false)?;
            let app = open_app_with(dir, l10n, &pw)?;
            let shown =
                settings::new_recovery_key(&app, settings::ConfirmPassphrase { passphrase: pw })?;
            output::say(l10n, "cli-recovery-key-intro", &[]);
            println!("{}", shown.recovery_key);
            Ok(())
        }
        Cmd::RecoveryKey {
            cmd:
                args::RecoveryKeyCmd::Use {
                    key_file,
                    new_passphrase_file,
                },
        } => {
            if !dir.is_initialised() {
                return Err(Error::NotInitialised);
            }
            let key = recovery_key_text(key_file.as_deref(), l10n)?;
            let new = new_passphrase(new_passphrase_file.as_deref(), l10n)?;
            install_platform_keyring()?;
            let (mut store, next) = dir.recover(&key, &new, &OsKeyring, clock())?;
            output::say(l10n, "cli-recovered", &[]);
            output::say(l10n, "cli-recovery-key-intro", &[]);
            println!("{}", next.to_display().as_str());
            day_backup(&mut store, l10n);
            Ok(())
        }
        _ => Err(Error::Internal("not an action on the keys".into())),
    }
}

/// The app layer over the unlocked store: the actions the window calls (the CLI prints their
/// answers, the same types the window receives).
pub(crate) fn open_app(cli: &Cli, dir: &DataDir, l10n: &Localizer) -> Result<App, Error> {
    let pw = passphrase(cli, l10n, false)?;
    open_app_with(dir, l10n, &pw)
}

/// [`open_app`] with the passphrase already read.
fn open_app_with(dir: &DataDir, l10n: &Localizer, pw: &Passphrase) -> Result<App, Error> {
    let store = open_with(dir, l10n, pw)?;
    let app = App::new(dir.clone(), clock());
    app.set_store(store)?;
    Ok(app)
}

pub(crate) fn open(cli: &Cli, dir: &DataDir, l10n: &Localizer) -> Result<Store, Error> {
    if !dir.is_initialised() {
        return Err(Error::NotInitialised);
    }
    let pw = passphrase(cli, l10n, false)?;
    open_with(dir, l10n, &pw)
}

/// [`open`] with the passphrase already read.
fn open_with(dir: &DataDir, l10n: &Localizer, pw: &Passphrase) -> Result<Store, Error> {
    if !dir.is_initialised() {
        return Err(Error::NotInitialised);
    }
    install_platform_keyring()?;
    let mut store = dir.unlock(pw, &OsKeyring, clock())?;
    day_backup(&mut store, l10n);
    Ok(store)
}

/// The day's backup, before the command (a one-shot process has no background to leave it
/// to). Its failure (say, a full disk) does not keep the user from the store: it is said.
fn day_backup(store: &mut Store, l10n: &Localizer) {
    if let Err(e) = store.backup_if_due() {
        eprintln!(
            "{}",
            l10n.tr("cli-backup-failed", &[("message", &l10n.tr(e.code(), &[]))])
        );
    }
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
        Cmd::Office {
            cmd: args::OfficeCmd::Init { out },
        } => exchange::office_init(l10n, out),
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
        Cmd::Seed(args) => seed(cli, dir, l10n, args),
        Cmd::Erase { yes: false, .. } => Err(Error::invalid("error-confirm-required", &[])),
        Cmd::Passphrase { .. } | Cmd::RecoveryKey { .. } => keys(cli, dir, l10n),
        _ => action(&open_app(cli, dir, l10n)?, l10n, &cli.cmd),
    }
}

/// A command that is an action of the app layer.
fn action(app: &App, l: &Localizer, cmd: &Cmd) -> Result<(), Error> {
    match cmd {
        Cmd::Site { cmd } => sites::site(app, l, cmd),
        Cmd::District { cmd } => sites::district(app, l, cmd),
        Cmd::Programme { cmd } => sites::programme(app, l, cmd),
        Cmd::Vocab { cmd } => settings::vocab(app, l, cmd),
        Cmd::Partner { cmd } => sites::partner(app, l, cmd),
        Cmd::Contact { cmd } => today::contact(app, l, cmd),
        Cmd::Journal(a) => today::journal(app, l, a),
        Cmd::Person { cmd } => persons::person(app, l, cmd),
        Cmd::Consent { cmd } => persons::consent(app, l, cmd),
        Cmd::Referral { cmd } => persons::referral(app, l, cmd),
        Cmd::Followup { cmd } => persons::followup(app, l, cmd),
        Cmd::Search { cmd } => persons::search(app, l, cmd),
        Cmd::Auskunft {
            person,
            out,
            format,
        } => persons::auskunft(app, l, person, out, format),
        Cmd::Erase { person, json, .. } => persons::erase(app, l, PersonId::parse(person)?, *json),
        Cmd::Activity { cmd } => activities::activity(app, l, cmd),
        Cmd::Profile { cmd } => settings::profile(app, l, cmd),
        Cmd::Print { cmd } => persons::print(app, l, cmd),
        Cmd::Retention { cmd } => settings::retention(app, l, cmd),
        Cmd::Audit {
            entity,
            id,
            action,
            limit,
            json,
        } => {
            let query = feldbuch_core::app::settings::AuditQuery {
                entity: entity.clone(),
                entity_id: id.clone(),
                action: action.clone(),
                before: None,
                limit: Some(*limit),
            };
            settings::audit(app, l, query, *json)
        }
        Cmd::Office { cmd } => exchange::office(app, l, cmd),
        Cmd::Enrol { cmd } => exchange::enrol(app, l, cmd),
        Cmd::Device { cmd } => exchange::device(app, l, cmd),
        Cmd::Export { cmd, full, json } => exchange::export(app, l, cmd.as_ref(), *full, *json),
        Cmd::Import {
            files,
            identity,
            accept_gap,
            json,
        } => exchange::import(app, l, files, identity.as_deref(), *accept_gap, *json),
        Cmd::Conflicts { cmd, json } => exchange::conflicts(app, l, cmd.as_ref(), *json),
        Cmd::Handover { person, to, json } => exchange::hand_over(app, l, person, to, *json),
        Cmd::Report {
            quarter,
            from,
            to,
            out,
            k,
            programme,
            json,
        } => reports::run(
            app,
            l,
            &reports::Args {
                quarter: quarter.as_deref(),
                from: from.as_deref(),
                to: to.as_deref(),
                out: out.as_deref(),
                k: *k,
                json: *json,
                programme: programme.as_deref(),
            },
        ),
        Cmd::Init { .. }
        | Cmd::Verify { .. }
        | Cmd::Backup { .. }
        | Cmd::Seed(_)
        | Cmd::Passphrase { .. }
        | Cmd::RecoveryKey { .. } => Err(Error::Internal("not an action of the app layer".into())),
    }
}

fn seed(cli: &Cli, dir: &DataDir, l10n: &Localizer, args: &args::SeedArgs) -> Result<(), Error> {
    // Invented records in a worker's real store would be exported and counted in the funder's
    // report, and nothing tells them apart afterwards.
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

/// The programme a record is to be put into (`--programme`), checked before the record is
/// written, so that a name no programme has writes nothing: resolved by name or id, and only
/// where this device may assign programmes (not a volunteer's).
pub(crate) fn programme_of(
    app: &feldbuch_core::app::App,
    name: Option<&str>,
) -> Result<Option<feldbuch_core::ids::ProgrammeId>, Error> {
    let Some(name) = name else {
        return Ok(None);
    };
    app.with_store(|s| {
        if s.is_volunteer() {
            return Err(Error::Forbidden);
        }
        Ok(Some(s.resolve_programme(name)?.id))
    })
}

/// Put a record just written into the programme checked by [`programme_of`].
pub(crate) fn put_in_programme(
    app: &feldbuch_core::app::App,
    what: feldbuch_core::store::programmes::InProgramme,
    id: &str,
    programme: Option<feldbuch_core::ids::ProgrammeId>,
) -> Result<(), Error> {
    match programme {
        Some(p) => app.with_store(|s| s.set_programme(what, id, p)),
        None => Ok(()),
    }
}
