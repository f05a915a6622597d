//! Exchange with the central office: the office's key, device enrolment, export.

use crate::args::{ConflictsCmd, DeviceCmd, EnrolCmd, ExportCmd, OfficeCmd};
use crate::output::{json, say};
use feldbuch_core::app::exchange::{
    self, ConfirmEnrolment, DeviceListing, DeviceRef, ExportFolder, ExportNotes, ExportNow,
    ExportSchedule, ExportScheduleChange, FilePath, ImportBundles, OfficeKey, ReceiveOffice,
    SaveTo,
};
use feldbuch_core::app::App;
use feldbuch_core::ids::PersonId;
use feldbuch_core::{Clock, Error, Localizer};
use std::io::IsTerminal;
use std::path::Path;

/// `office init`: needs no store (it runs at the office).
pub fn office_init(l: &Localizer, out: &Path) -> Result<(), Error> {
    let recipient = feldbuch_core::exchange::office_init(out, feldbuch_core::SystemClock.now())?;
    say(
        l,
        "cli-office-created",
        &[("path", &out.display().to_string())],
    );
    println!("{recipient}");
    Ok(())
}

pub fn office(app: &App, l: &Localizer, cmd: &OfficeCmd) -> Result<(), Error> {
    match cmd {
        OfficeCmd::Init { .. } => Err(Error::Internal("office init needs no store".into())),
        OfficeCmd::Key { key } => {
            // A path to a file holding the key, or the key itself.
            let text = match std::fs::read_to_string(key) {
                Ok(t) if t.len() < 4096 => t,
                _ => key.clone(),
            };
            let recipient = exchange::set_office_key(app, OfficeKey { key: text })?;
            say(l, "cli-office-key-set", &[("key", &recipient)]);
            Ok(())
        }
        OfficeCmd::Identity { file } => {
            let path = FilePath {
                path: file.display().to_string(),
            };
            let recipient = exchange::set_office_identity(app, path)?;
            say(l, "cli-office-identity-set", &[("key", &recipient)]);
            Ok(())
        }
        OfficeCmd::Publish { out, json: as_json } => {
            let r = exchange::publish_office_bundle(
                app,
                SaveTo {
                    path: Some(out.display().to_string()),
                },
            )?;
            if *as_json {
                return json(&r);
            }
            say(
                l,
                "cli-office-published",
                &[
                    ("sequence", &r.sequence.to_string()),
                    ("path", &r.path),
                    ("devices", &r.recipients.len().to_string()),
                ],
            );
            say(
                l,
                "cli-office-fingerprint",
                &[("fingerprint", &r.fingerprint)],
            );
            for device in &r.unreachable {
                say(l, "cli-office-unreachable", &[("device", device)]);
            }
            Ok(())
        }
        OfficeCmd::Receive {
            file,
            fingerprint,
            new_lead,
            json: as_json,
        } => {
            let r = exchange::receive_office_bundle(
                app,
                ReceiveOffice {
                    path: file.display().to_string(),
                    fingerprint: fingerprint.clone(),
                    new_lead: *new_lead,
                },
            )?;
            if *as_json {
                return json(&r);
            }
            let count = |k: &str| r.counts.get(k).copied().unwrap_or(0).to_string();
            say(
                l,
                "cli-office-received",
                &[
                    ("sequence", &r.sequence.to_string()),
                    ("initials", &r.lead_initials),
                    ("team", &count("team")),
                    ("sites", &count("sites")),
                    ("partners", &count("partners")),
                ],
            );
            if r.first {
                say(
                    l,
                    "cli-office-signer-kept",
                    &[("fingerprint", &r.fingerprint)],
                );
            }
            if r.office_key_changed {
                say(l, "cli-office-key-received", &[]);
            }
            Ok(())
        }
        OfficeCmd::Show { json: as_json } => {
            let recipient = exchange::office_key(app, ())?;
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

/// `device list|revoke`: the same as `enrol list|revoke`, under the name scripts use.
pub fn device(app: &App, l: &Localizer, cmd: &DeviceCmd) -> Result<(), Error> {
    let same = match cmd {
        DeviceCmd::List { json } => EnrolCmd::List { json: *json },
        DeviceCmd::Revoke { device, yes, json } => EnrolCmd::Revoke {
            device: device.clone(),
            yes: *yes,
            json: *json,
        },
    };
    enrol(app, l, &same)
}

pub fn enrol(app: &App, l: &Localizer, cmd: &EnrolCmd) -> Result<(), Error> {
    match cmd {
        EnrolCmd::Export { out } => {
            let to = SaveTo {
                path: Some(out.display().to_string()),
            };
            let e = exchange::write_enrolment(app, to)?;
            say(
                l,
                "cli-enrolment-written",
                &[("path", &e.path), ("device", &e.device_id)],
            );
            say(
                l,
                "cli-enrolment-fingerprint",
                &[("fingerprint", &e.fingerprint)],
            );
            Ok(())
        }
        EnrolCmd::Import {
            file,
            fingerprint,
            json: as_json,
        } => {
            let req = ConfirmEnrolment {
                path: file.display().to_string(),
                fingerprint: fingerprint.clone(),
            };
            let e = exchange::enrol_device(app, req)?;
            if *as_json {
                return json(&e);
            }
            say(
                l,
                "cli-device-enrolled",
                &[
                    ("device", &e.enrolment.device_id),
                    ("name", &e.enrolment.display_name),
                    ("initials", &e.enrolment.initials),
                ],
            );
            say(
                l,
                "cli-enrolment-fingerprint",
                &[("fingerprint", &e.fingerprint)],
            );
            Ok(())
        }
        EnrolCmd::List { json: as_json } => {
            let devices = exchange::enrolled_devices(app, ())?;
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
            let d = exchange::revoke_device(
                app,
                DeviceRef {
                    device_id: device.clone(),
                },
            )?;
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
fn print_device(l: &Localizer, d: &DeviceListing) {
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

/// `export`: a bundle now, or the export settings and history.
pub fn export(
    app: &App,
    l: &Localizer,
    cmd: Option<&ExportCmd>,
    full: bool,
    as_json: bool,
) -> Result<(), Error> {
    match cmd {
        None => {
            let r = exchange::export_now(app, ExportNow { full })?;
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
            let to = ExportFolder {
                folder: folder.display().to_string(),
            };
            exchange::set_export_folder(app, to)?;
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
            exchange::set_export_notes(app, ExportNotes { on })?;
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
            let schedule = ExportSchedule::parse(schedule)?;
            exchange::set_export_schedule(app, ExportScheduleChange { schedule })?;
            say(
                l,
                "cli-export-schedule-set",
                &[("schedule", &l.tr(&schedule.fluent_id(), &[]))],
            );
            Ok(())
        }
        Some(ExportCmd::Status { json: as_json }) => {
            let overview = exchange::export_status(app, ())?;
            if *as_json {
                return json(&overview);
            }
            let s = overview.status;
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
            let h = exchange::export_history(app, ())?;
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

/// Import bundle files and folders of them as one batch, the way the window does (copied into
/// the data directory first): per device in sequence order; a refused file is reported and
/// leaves nothing behind, the others are imported. Exit code 2 when any file was refused.
pub fn import(
    app: &App,
    l: &Localizer,
    paths: &[std::path::PathBuf],
    identity: Option<&Path>,
    accept_gap: bool,
    as_json: bool,
) -> Result<(), Error> {
    let req = ImportBundles {
        paths: paths.iter().map(|p| p.display().to_string()).collect(),
        accept_gap,
        identity: identity.map(|p| p.display().to_string()),
    };
    let tty = std::io::stderr().is_terminal() && !as_json;
    let batch = exchange::import_bundles(app, req, &mut |p| {
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
    })?;
    if tty {
        eprintln!();
    }
    if batch.cancelled {
        return Err(Error::Cancelled);
    }
    let mut lines = Vec::new();
    let mut refused = 0usize;
    for item in &batch.files {
        let file = &item.file;
        match (&item.report, &item.error) {
            (Some(r), _) => {
                if as_json {
                    let mut v =
                        serde_json::to_value(r).map_err(|e| Error::Internal(e.to_string()))?;
                    v["file"] = file.as_str().into();
                    v["imported"] = true.into();
                    lines.push(v);
                } else {
                    say(
                        l,
                        "cli-imported",
                        &[
                            ("file", file),
                            ("initials", &r.worker_initials),
                            ("sequence", &r.sequence.to_string()),
                            ("records", &r.records.to_string()),
                            ("conflicts", &r.conflicts.to_string()),
                        ],
                    );
                }
            }
            (None, error) => {
                refused += 1;
                let code = error.as_ref().map_or("error-internal", |e| e.code.as_str());
                let args: Vec<(&str, &str)> = error
                    .iter()
                    .flat_map(|e| e.args.iter())
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                let message = l.tr(code, &args);
                eprintln!(
                    "{}",
                    l.tr(
                        "cli-import-refused",
                        &[("file", file), ("message", &message)]
                    )
                );
                if as_json {
                    lines.push(serde_json::json!({
                        "file": file,
                        "imported": false,
                        "error": code,
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
                ("total", &batch.files.len().to_string()),
            ],
        ));
    }
    Ok(())
}

pub fn conflicts(
    app: &App,
    l: &Localizer,
    cmd: Option<&ConflictsCmd>,
    as_json: bool,
) -> Result<(), Error> {
    if let Some(ConflictsCmd::Resolve { id, take, json: j }) = cmd {
        let r = exchange::resolve_conflict(
            app,
            exchange::ResolveConflict {
                id: id.clone(),
                device_id: take.clone(),
            },
        )?;
        if *j || as_json {
            return json(&r);
        }
        say(
            l,
            if r.travels {
                "cli-conflict-resolved-travels"
            } else {
                "cli-conflict-resolved"
            },
            &[
                ("id", &r.id),
                ("device", &r.taken),
                ("revision", &r.revision.to_string()),
            ],
        );
        return Ok(());
    }
    let c = exchange::merge_conflicts(app, ())?;
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
        for v in &x.versions {
            say(
                l,
                "cli-conflict-version",
                &[
                    ("device", &v.device_id),
                    ("revision", &v.revision.to_string()),
                ],
            );
        }
    }
    Ok(())
}

pub fn hand_over(
    app: &App,
    l: &Localizer,
    person: &str,
    to: &str,
    as_json: bool,
) -> Result<(), Error> {
    let r = exchange::hand_over(
        app,
        exchange::HandOver {
            person_id: PersonId::parse(person)?,
            device_id: to.to_string(),
        },
    )?;
    if as_json {
        return json(&r);
    }
    let n = |k: &str| r.counts.get(k).copied().unwrap_or(0).to_string();
    say(
        l,
        "cli-handed-over",
        &[
            ("person", &r.person_id),
            ("initials", &r.to_initials),
            ("device", &r.to_device),
            ("consents", &n("consents")),
            ("followups", &n("followups")),
        ],
    );
    Ok(())
}
