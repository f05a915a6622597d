//! Exchange with the central office: the office's key, device enrolment, export.

use crate::args::{EnrolCmd, ExportCmd, OfficeCmd};
use crate::output::json;
use crate::workflow::say;
use feldbuch_core::exchange;
use feldbuch_core::{Clock, Error, Localizer, Store};
use std::io::IsTerminal;
use std::path::Path;

/// `office init`: needs no store (it runs at the office).
pub fn office_init(l: &Localizer, out: &Path) -> Result<(), Error> {
    let recipient = exchange::office_init(out, feldbuch_core::SystemClock.now())?;
    say(
        l,
        "cli-office-created",
        &[("path", &out.display().to_string())],
    );
    println!("{recipient}");
    Ok(())
}

pub fn office(store: &mut Store, l: &Localizer, cmd: &OfficeCmd) -> Result<(), Error> {
    match cmd {
        OfficeCmd::Init { .. } => Err(Error::Internal("office init needs no store".into())),
        OfficeCmd::Key { key } => {
            // A path to a file holding the key, or the key itself.
            let text = match std::fs::read_to_string(key) {
                Ok(t) if t.len() < 64 * 1024 => t,
                _ => key.clone(),
            };
            let recipient = store.set_office_recipient(&text)?;
            say(l, "cli-office-key-set", &[("key", &recipient)]);
            Ok(())
        }
        OfficeCmd::Identity { file } => {
            let recipient = store.set_office_identity(file)?;
            say(l, "cli-office-identity-set", &[("key", &recipient)]);
            Ok(())
        }
        OfficeCmd::Show { json: as_json } => {
            let recipient = store.office_recipient()?;
            if *as_json {
                return json(&serde_json::json!({ "recipient": recipient }));
            }
            match recipient {
                Some(r) => println!("{r}"),
                None => say(l, "cli-office-key-none", &[]),
            }
            Ok(())
        }
    }
}

pub fn enrol(store: &mut Store, l: &Localizer, cmd: &EnrolCmd) -> Result<(), Error> {
    match cmd {
        EnrolCmd::Export { out } => {
            let e = store.write_enrolment(out)?;
            say(
                l,
                "cli-enrolment-written",
                &[
                    ("path", &out.display().to_string()),
                    ("device", &e.device_id),
                ],
            );
            say(
                l,
                "cli-enrolment-fingerprint",
                &[("fingerprint", &e.fingerprint()?)],
            );
            Ok(())
        }
        EnrolCmd::Import {
            file,
            fingerprint,
            json: as_json,
        } => {
            let bytes = feldbuch_core::app::exchange::read_enrolment_file(file)?;
            let e = store.enrol_device_confirmed(&bytes, Some(fingerprint))?;
            let fingerprint = e.fingerprint()?;
            if *as_json {
                let mut v = serde_json::to_value(&e)
                    .map_err(|err| Error::Internal(format!("json: {err}")))?;
                v["fingerprint"] = fingerprint.into();
                return json(&v);
            }
            say(
                l,
                "cli-device-enrolled",
                &[
                    ("device", &e.device_id),
                    ("name", &e.display_name),
                    ("initials", &e.initials),
                ],
            );
            say(
                l,
                "cli-enrolment-fingerprint",
                &[("fingerprint", &fingerprint)],
            );
            Ok(())
        }
        EnrolCmd::List { json: as_json } => {
            let devices = store.enrolled_devices()?;
            if *as_json {
                return json(&devices);
            }
            if devices.is_empty() {
                say(l, "cli-devices-none", &[]);
            }
            for d in &devices {
                print_device(l, d);
            }
            Ok(())
        }
        EnrolCmd::Revoke {
            device,
            yes,
            json: as_json,
        } => {
            if !*yes {
                return Err(Error::invalid("error-revoke-confirm-required", &[]));
            }
            let d = store.revoke_device(device)?;
            if *as_json {
                return json(&d);
            }
            say(
                l,
                "cli-device-revoked",
                &[
                    ("device", &d.device_id),
                    ("initials", d.initials.as_deref().unwrap_or("")),
                ],
            );
            Ok(())
        }
    }
}

/// One enrolled device: who, its fingerprint, its last bundle, whether it is revoked.
fn print_device(l: &Localizer, d: &exchange::DeviceListing) {
    let date = |t: &str| t.get(..10).unwrap_or(t).to_string();
    let name = d.display_name.as_deref().unwrap_or("");
    let initials = d.initials.as_deref().unwrap_or("");
    let last = match (d.last_sequence, &d.last_import_at) {
        (Some(seq), Some(at)) => l.tr(
            "cli-device-last-bundle",
            &[("sequence", &seq.to_string()), ("date", &date(at))],
        ),
        _ => l.tr("cli-device-no-bundle", &[]),
    };
    let state = match &d.revoked_at {
        Some(at) => l.tr("cli-device-state-revoked", &[("date", &date(at))]),
        None => l.tr(
            "cli-device-state-enrolled",
            &[("date", &date(&d.enrolled_at))],
        ),
    };
    println!("{}  {name} ({initials})  {state}  {last}", d.device_id);
    println!("    {}", d.fingerprint);
}

/// Read a file the user named, refusing one larger than `max` bytes.
pub fn export(
    store: &mut Store,
    l: &Localizer,
    cmd: Option<&ExportCmd>,
    full: bool,
    as_json: bool,
) -> Result<(), Error> {
    match cmd {
        None => {
            let r = store.export(full)?;
            if as_json {
                return json(&r);
            }
            let id = if r.queued {
                "cli-export-queued"
            } else {
                "cli-export-written"
            };
            say(
                l,
                id,
                &[
                    ("sequence", &r.sequence.to_string()),
                    ("file", &r.file_name),
                    ("folder", &r.folder),
                    ("records", &r.record_count.to_string()),
                ],
            );
            Ok(())
        }
        Some(ExportCmd::Folder { folder }) => {
            store.set_export_folder(folder)?;
            say(
                l,
                "cli-export-folder-set",
                &[("folder", &folder.display().to_string())],
            );
            Ok(())
        }
        Some(ExportCmd::Notes { setting }) => {
            let on = match setting.as_str() {
                "on" => true,
                "off" => false,
                other => return Err(Error::invalid("error-on-or-off", &[("value", other)])),
            };
            store.set_export_with_notes(on)?;
            say(
                l,
                if on {
                    "cli-export-notes-on"
                } else {
                    "cli-export-notes-off"
                },
                &[],
            );
            Ok(())
        }
        Some(ExportCmd::Schedule { schedule }) => {
            let schedule = feldbuch_core::vocab::ExportSchedule::parse(schedule)?;
            store.set_export_schedule(schedule)?;
            say(
                l,
                "cli-export-schedule-set",
                &[("schedule", &l.tr(&schedule.fluent_id(), &[]))],
            );
            Ok(())
        }
        Some(ExportCmd::Status { json: as_json }) => {
            let s = store.export_status()?;
            if *as_json {
                return json(&s);
            }
            let date = |d: Option<String>| d.unwrap_or_else(|| "–".into());
            say(
                l,
                if s.due {
                    "cli-export-status-due"
                } else {
                    "cli-export-status-not-due"
                },
                &[
                    ("schedule", &l.tr(&s.schedule.fluent_id(), &[])),
                    ("last", &date(s.last_export.map(|d| d.to_string()))),
                    ("next", &date(s.next_due.map(|d| d.to_string()))),
                    ("queued", &s.queued.to_string()),
                ],
            );
            Ok(())
        }
        Some(ExportCmd::History { json: as_json }) => {
            let h = store.export_history()?;
            if *as_json {
                return json(&h);
            }
            for e in &h {
                say(
                    l,
                    if e.status == "queued" {
                        "cli-export-history-queued"
                    } else {
                        "cli-export-history-written"
                    },
                    &[
                        ("sequence", &e.sequence.to_string()),
                        ("date", &e.created_at[..10]),
                        ("file", &e.file_name),
                        ("records", &e.record_count.to_string()),
                    ],
                );
            }
            Ok(())
        }
    }
}

/// Import bundle files and folders of them as one batch: per device in sequence order; a refused
/// file is reported and leaves nothing behind, the others are imported; interrupted (Ctrl+C),
/// nothing of the batch is kept. Exit code 2 when any file was refused.
pub fn import(
    store: &mut Store,
    l: &Localizer,
    paths: &[std::path::PathBuf],
    identity: Option<&Path>,
    accept_gap: bool,
    as_json: bool,
) -> Result<(), Error> {
    let identity = match identity {
        Some(p) => exchange::load_office_identity(p)?,
        None => store
            .office_identity()?
            .ok_or_else(|| Error::invalid("error-office-identity-missing", &[]))?,
    };
    let files = exchange::bundle_files_of(paths)?;
    let tty = std::io::stderr().is_terminal() && !as_json;
    let outcome = store.import_files(&files, &identity, accept_gap, &mut |p| {
        if tty {
            eprint!(
                "\r{}",
                l.tr(
                    "cli-import-progress",
                    &[
                        ("done", &p.done.to_string()),
                        ("total", &p.total.to_string())
                    ]
                )
            );
        }
        true
    })?;
    if tty {
        eprintln!();
    }
    let exchange::BatchOutcome::Done(items) = outcome else {
        return Err(Error::Cancelled);
    };
    let mut lines = Vec::new();
    let mut refused = 0usize;
    for item in &items {
        let file = item.file.display().to_string();
        match &item.result {
            Ok(r) => {
                if as_json {
                    let mut v =
                        serde_json::to_value(r).map_err(|e| Error::Internal(e.to_string()))?;
                    v["file"] = file.into();
                    v["imported"] = true.into();
                    lines.push(v);
                } else {
                    say(
                        l,
                        "cli-imported",
                        &[
                            ("file", &file),
                            ("initials", &r.worker_initials),
                            ("sequence", &r.sequence.to_string()),
                            ("records", &r.records.to_string()),
                            ("conflicts", &r.conflicts.to_string()),
                        ],
                    );
                }
            }
            Err(e) => {
                refused += 1;
                let message = l.error(e);
                eprintln!(
                    "{}",
                    l.tr(
                        "cli-import-refused",
                        &[("file", &file), ("message", &message)]
                    )
                );
                if as_json {
                    lines.push(serde_json::json!({
                        "file": file,
                        "imported": false,
                        "error": e.code(),
                        "message": message,
                    }));
                }
            }
        }
    }
    if as_json {
        json(&lines)?;
    }
    if refused > 0 {
        return Err(Error::invalid(
            "error-import-some-refused",
            &[
                ("refused", &refused.to_string()),
                ("total", &items.len().to_string()),
            ],
        ));
    }
    Ok(())
}

pub fn conflicts(app: &feldbuch_core::app::App, l: &Localizer, as_json: bool) -> Result<(), Error> {
    let c = feldbuch_core::app::exchange::merge_conflicts(app, ())?;
    if as_json {
        return json(&c);
    }
    for x in &c {
        say(
            l,
            "cli-conflict",
            &[
                ("entity", &x.entity),
                ("id", &x.id),
                ("versions", &x.versions.len().to_string()),
            ],
        );
    }
    Ok(())
}
