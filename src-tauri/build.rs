// Tauri build script. Capabilities live under src-tauri/ while the package root is the repo root.
// The app manifest lists our commands, so tauri-build generates one `allow-<command>` permission
// each and the capability can grant exactly those (no core or plugin permissions).
fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    println!("cargo:rerun-if-changed=tauri.conf.json");
    println!("cargo:rerun-if-changed=ui/dist");
    let commands: &[&str] = &[
        "app_status",
        "vocabulary",
        "setup",
        "unlock",
        "unlock_with_recovery",
        "lock",
        "set_locale",
        "set_auto_lock",
        "activity",
        "profile",
        "list_sites",
        "add_site",
        "add_contact",
        "today",
        "delete_contact",
        "search_persons",
        "pick_persons",
        "add_person",
        "edit_person",
        "person_page",
        "give_consent",
        "withdraw_consent",
        "enrol_participant",
        "close_person",
        "search_notes",
        "export_auskunft",
        "erase_person",
        "list_partners",
        "add_partner",
        "list_visit_slots",
        "add_visit_slot",
        "add_referral",
        "set_referral_status",
        "list_referrals",
        "add_activity",
        "list_activities",
        "set_attendance",
        "list_followups",
        "add_followup",
        "complete_followup",
        "save_draft",
        "load_draft",
        "clear_draft",
        "retention",
        "set_retention",
        "apply_retention",
        "audit_log",
        "report",
        "write_report",
        "export_status",
        "export_now",
        "export_history",
        "set_export_folder",
        "set_export_schedule",
        "set_export_notes",
        "set_office_key",
        "write_enrolment",
        "preview_enrolment",
        "enrol_device",
        "enrolled_devices",
        "revoke_device",
        "set_office_identity",
        "import_bundles",
        "cancel_import",
        "merge_conflicts",
        "backup_status",
        "backup_now",
        "cancel_backup",
        "restore_backup",
    ];
    let attrs = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(commands));
    if let Err(e) = tauri_build::try_build(attrs) {
        println!("cargo:warning=tauri-build failed: {e:#}");
        std::process::exit(1);
    }
}
