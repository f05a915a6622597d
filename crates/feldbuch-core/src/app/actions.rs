// The list of actions. Read by the core (`mod actions`) and by the app's build script
// (`include!`): nothing but the macro belongs here.

/// Every action of the app, once. `for_each_action!(then)` calls `then!` with the whole list,
/// one entry per action:
///
/// ```text
/// area::name(Request) -> Response;
/// area::name(Request, progress Progress) -> Response;   // reports progress while it runs
/// ```
///
/// `area` is a module of [`crate::app`]; `name` is the function in it, called as
/// `name(&App, Request) -> Result<Response>` (with a `&mut dyn FnMut(Progress)` after the
/// request for the second form); the types are named as that module sees them. `()` is the
/// request of an action that needs none.
///
/// This file is also read by the app's build script (`include!`), which only takes the names:
/// keep it free of anything but the macro.
#[macro_export]
macro_rules! for_each_action {
    ($then:ident) => {
        $then! {
            session::app_status(()) -> AppStatus;
            session::vocabulary(()) -> Vocabulary;
            session::setup(Setup) -> RecoveryKeyShown;
            session::unlock(Unlock) -> ();
            session::unlock_with_recovery(Recover) -> RecoveryKeyShown;
            session::lock(()) -> ();
            session::activity(()) -> ();
            settings::set_locale(SetLocale) -> ();
            settings::set_auto_lock(SetAutoLock) -> ();
            settings::profile(()) -> Profile;
            settings::edit_profile(ProfilePatch) -> Profile;
            settings::show_in_folder(FilePath) -> ();
            settings::change_passphrase(ChangePassphrase) -> ();
            settings::new_recovery_key(ConfirmPassphrase) -> RecoveryKeyShown;
            settings::save_draft(Draft) -> ();
            settings::load_draft(DraftRef) -> Option<String>;
            settings::clear_draft(DraftRef) -> ();
            settings::retention(()) -> Vec<RetentionPeriod>;
            settings::set_retention(SetRetention) -> Vec<RetentionPeriod>;
            settings::apply_retention(ApplyRetention) -> RetentionApplied;
            settings::retention_due(()) -> Vec<RetentionDue>;
            settings::deletion_log(()) -> Vec<DeletionLogEntry>;
            settings::audit_log(AuditQuery) -> Vec<AuditEntry>;
            sites::list_sites(()) -> Vec<Site>;
            sites::all_sites(()) -> Vec<Site>;
            sites::add_site(NewSite) -> Site;
            sites::edit_site(EditSite) -> Site;
            sites::archive_site(ArchiveSite) -> Site;
            sites::site_page(SiteRef) -> SitePage;
            sites::list_partners(()) -> Vec<Partner>;
            sites::all_partners(()) -> Vec<Partner>;
            sites::add_partner(PartnerInput) -> Partner;
            sites::edit_partner(EditPartner) -> Partner;
            sites::archive_partner(ArchivePartner) -> Partner;
            sites::partner_page(PartnerRef) -> PartnerPage;
            sites::add_service(NewService) -> Partner;
            sites::edit_service(EditService) -> Partner;
            sites::archive_service(ArchiveService) -> Partner;
            sites::districts(()) -> Vec<District>;
            sites::add_district(NewDistrict) -> District;
            sites::programmes(()) -> Vec<Programme>;
            sites::add_programme(NewProgramme) -> Programme;
            sites::vocab_extensions(()) -> Vec<VocabExtension>;
            sites::add_vocab(VocabExtension) -> VocabExtension;
            sites::merge_site(MergeSite) -> Site;
            sites::merge_partner(MergePartner) -> Partner;
            sites::list_visit_slots(()) -> Vec<VisitSlot>;
            sites::add_visit_slot(NewVisitSlot) -> VisitSlot;
            sites::edit_visit_slot(EditVisitSlot) -> VisitSlot;
            sites::remove_visit_slot(VisitSlotRef) -> ();
            today::add_contact(ContactInput) -> Contact;
            today::today(TodayQuery) -> Today;
            today::list_contacts(DateRange) -> Vec<Contact>;
            today::contact(ContactRef) -> Contact;
            today::edit_contact(EditContact) -> Contact;
            today::delete_contact(ContactRef) -> ();
            journal::journal(JournalQuery) -> JournalPage;
            persons::search_persons(PersonQuery) -> Vec<PersonSummary>;
            persons::pick_persons(PickQuery) -> Vec<PersonPick>;
            persons::list_persons(()) -> Vec<PersonName>;
            persons::add_person(PersonInput) -> Person;
            persons::edit_person(EditPerson) -> Person;
            persons::person_page(PersonPageQuery) -> PersonPage;
            persons::give_consent(NewConsent) -> Person;
            persons::withdraw_consent(WithdrawConsent) -> Person;
            persons::enrol_participant(EnrolParticipant) -> Person;
            persons::close_person(ClosePerson) -> Person;
            persons::reopen_person(PersonRef) -> Person;
            persons::exit_participant(ExitParticipant) -> Person;
            persons::search_notes(NoteQuery) -> Vec<NoteHit>;
            persons::export_auskunft(PersonRef) -> FileWritten;
            persons::write_auskunft(AuskunftTo) -> FileWritten;
            persons::erase_person(PersonRef) -> ErasureReport;
            persons::link_person(LinkPerson) -> LinkOutcome;
            persons::unlink_person(PersonRef) -> Person;
            persons::add_referral(ReferralInput) -> Referral;
            persons::set_referral_status(ReferralStatusChange) -> Referral;
            persons::show_referral(ReferralRef) -> Referral;
            persons::edit_referral(EditReferral) -> Referral;
            persons::list_referrals(ReferralQuery) -> Vec<Referral>;
            persons::list_followups(FollowUpQuery) -> Vec<FollowUp>;
            persons::add_followup(NewFollowUp) -> FollowUp;
            persons::complete_followup(CompleteFollowUp) -> FollowUp;
            persons::edit_followup(EditFollowUp) -> FollowUp;
            persons::reopen_followup(FollowUpRef) -> FollowUp;
            activities::add_activity(ActivityInput) -> Activity;
            activities::list_activities(DateRange) -> Vec<Activity>;
            activities::show_activity(ActivityRef) -> Activity;
            activities::set_attendance(Attendance) -> Activity;
            activities::edit_activity(EditActivity) -> Activity;
            activities::archive_activity(ArchiveActivity) -> Activity;
            activities::team(()) -> Vec<TeamMember>;
            documents::print(Print) -> FileWritten;
            reports::report(ReportRequest) -> Report;
            reports::write_report(ReportRequest) -> ReportFile;
            exchange::export_status(()) -> ExportOverview;
            exchange::export_now(ExportNow) -> ExportReport;
            exchange::export_history(()) -> Vec<ExportEntry>;
            exchange::set_export_folder(ExportFolder) -> ();
            exchange::set_export_schedule(ExportScheduleChange) -> ();
            exchange::set_export_notes(ExportNotes) -> ();
            exchange::set_office_key(OfficeKey) -> String;
            exchange::write_enrolment(SaveTo) -> EnrolmentWritten;
            exchange::preview_enrolment(FilePath) -> EnrolmentPreview;
            exchange::enrol_device(ConfirmEnrolment) -> EnrolmentPreview;
            exchange::enrolled_devices(()) -> Vec<DeviceListing>;
            exchange::revoke_device(DeviceRef) -> DeviceListing;
            exchange::set_office_identity(FilePath) -> String;
            exchange::import_bundles(ImportBundles, progress Progress) -> ImportBatch;
            exchange::cancel_import(()) -> ();
            exchange::office_key(()) -> Option<String>;
            exchange::publish_office_bundle(SaveTo) -> PublishReport;
            exchange::receive_office_bundle(ReceiveOffice) -> ReceiveReport;
            exchange::merge_conflicts(()) -> Vec<Conflict>;
            exchange::resolve_conflict(ResolveConflict) -> Resolution;
            exchange::hand_over(HandOver) -> HandoverReport;
            backups::backup_status(()) -> BackupStatus;
            backups::backup_now(()) -> ();
            backups::cancel_backup(()) -> ();
            backups::restore_backup(Restore) -> ();
        }
    };
}
