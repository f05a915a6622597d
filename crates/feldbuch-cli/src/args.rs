//! The command-line contract. Scripts outside this repository rely on it: change it only by
//! adding. Global options may stand before or after the sub-command.

use clap::{Args, Parser, Subcommand};
use feldbuch_core::app::journal::JournalQuery;
use feldbuch_core::app::today::{ContactInput, ContactPatch};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "feldbuch",
    version,
    about = "Feldbuch – offline case notes for outreach work"
)]
pub struct Cli {
    /// Data directory (default: the platform's data directory, e.g. ~/.local/share/feldbuch)
    #[arg(long, global = true, value_name = "DIR", env = "FELDBUCH_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// Language of messages: de, en, tr, ar, uk (default: the app's setting)
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    /// Read the passphrase from this file (or set FELDBUCH_PASSPHRASE)
    #[arg(long, global = true, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,
    #[command(subcommand)]
    pub cmd: Cmd,
}

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Set up Feldbuch: worker profile, keys, encrypted store; prints the recovery key once
    Init {
        #[arg(long)]
        name: String,
        #[arg(long)]
        initials: String,
        #[arg(long)]
        team: Option<String>,
        /// worker, lead or volunteer
        #[arg(long, default_value = "worker")]
        role: String,
    },
    /// Sites (Einsatzorte)
    Site {
        #[command(subcommand)]
        cmd: SiteCmd,
    },
    /// Every contact and activity, newest first (Verlauf)
    Journal(JournalArgs),
    /// Contacts (Kontakte)
    Contact {
        #[command(subcommand)]
        cmd: ContactCmd,
    },
    /// Persons (pseudonymous by default)
    Person {
        #[command(subcommand)]
        cmd: PersonCmd,
    },
    /// Consents of a person
    Consent {
        #[command(subcommand)]
        cmd: ConsentCmd,
    },
    /// The vocabularies: every id with its labels in the five languages
    Vocab {
        #[command(subcommand)]
        cmd: VocabCmd,
    },
    /// The programmes this store holds: add one (lead), list them
    Programme {
        #[command(subcommand)]
        cmd: LeadListCmd,
    },
    /// The programme's list of districts: add one (lead), list them
    District {
        #[command(subcommand)]
        cmd: LeadListCmd,
    },
    /// Network partners and their services
    Partner {
        #[command(subcommand)]
        cmd: PartnerCmd,
    },
    /// Referrals to a partner's service
    Referral {
        #[command(subcommand)]
        cmd: ReferralCmd,
    },
    /// Group activities and attendance
    Activity {
        #[command(subcommand)]
        cmd: ActivityCmd,
    },
    /// Follow-ups (Wiedervorlagen)
    Followup {
        #[command(subcommand)]
        cmd: FollowupCmd,
    },
    /// Search persons or notes
    Search {
        #[command(subcommand)]
        cmd: SearchCmd,
    },
    /// Export everything held on a person (DSGVO Art. 15) to a file
    Auskunft {
        /// Person id
        person: String,
        /// File to write
        #[arg(long)]
        out: PathBuf,
        /// text or json
        #[arg(long, default_value = "text")]
        format: String,
    },
    /// Erase a person (DSGVO Art. 17), leaving a tombstone
    Erase {
        /// Person id
        person: String,
        /// Confirm the erasure
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        json: bool,
    },
    /// Retention periods, what is due, and erasing it
    Retention {
        #[command(subcommand)]
        cmd: RetentionCmd,
    },
    /// The access log: who read or changed what
    Audit {
        /// Only entries about this kind of record (person, contact, …)
        #[arg(long)]
        entity: Option<String>,
        /// Only entries about this record id
        #[arg(long)]
        id: Option<String>,
        /// Only this action (view, create, update, erase, …)
        #[arg(long)]
        action: Option<String>,
        #[arg(long, default_value_t = 100)]
        limit: u32,
        #[arg(long)]
        json: bool,
    },
    /// The central office's key: create it (office side), or import its public key (workers)
    Office {
        #[command(subcommand)]
        cmd: OfficeCmd,
    },
    /// Device enrolment: write this device's file, or register a worker's device (lead)
    Enrol {
        #[command(subcommand)]
        cmd: EnrolCmd,
    },
    /// The team's devices: list them, revoke one (lead)
    Device {
        #[command(subcommand)]
        cmd: DeviceCmd,
    },
    /// Export what changed since the last export, encrypted for the office; settings and history
    Export {
        #[command(subcommand)]
        cmd: Option<ExportCmd>,
        /// Everything, not only what changed since the last export
        #[arg(long)]
        full: bool,
        #[arg(long)]
        json: bool,
    },
    /// Import export bundles of enrolled devices (lead): verify, merge, report gaps and conflicts
    Import {
        /// Bundle files, or folders of them (their *.age files); each device's bundles are
        /// imported in sequence order, all of them as one batch
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The office's key file (from `office init`); without it, the key kept by `office identity`
        #[arg(long)]
        identity: Option<PathBuf>,
        /// Import even when earlier bundles of a device are missing
        #[arg(long)]
        accept_gap: bool,
        #[arg(long)]
        json: bool,
    },
    /// The report for a quarter or any date range: an XLSX workbook, the figures as JSON, or a
    /// summary. Without a period: the last complete quarter
    Report {
        /// A calendar quarter, e.g. 2026-Q3
        #[arg(long, conflicts_with_all = ["from", "to"])]
        quarter: Option<String>,
        /// First day of the period (YYYY-MM-DD)
        #[arg(long, requires = "to")]
        from: Option<String>,
        /// Last day of the period (YYYY-MM-DD)
        #[arg(long, requires = "from")]
        to: Option<String>,
        /// Write the XLSX workbook to this file
        #[arg(long)]
        out: Option<PathBuf>,
        /// Smallest count published as it is (smaller ones show as "< k")
        #[arg(long, default_value_t = feldbuch_core::report::DEFAULT_K)]
        k: u64,
        /// One programme (name or id); all when absent
        #[arg(long)]
        programme: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Records two devices sent with different content; resolve one (lead)
    Conflicts {
        #[command(subcommand)]
        cmd: Option<ConflictsCmd>,
        #[arg(long)]
        json: bool,
    },
    /// Hand a person, with consents and open follow-ups, over to another device (lead)
    Handover {
        /// Person id
        person: String,
        /// Device id of the worker who takes the person over
        #[arg(long)]
        to: String,
        #[arg(long)]
        json: bool,
    },
    /// Check database integrity, encryption and the audit hash chain
    Verify {
        #[arg(long)]
        json: bool,
    },
    /// Encrypted backups of the store: make one, list them, restore one
    Backup {
        #[command(subcommand)]
        cmd: BackupCmd,
    },
    /// Fill the store with seeded synthetic data (for benchmarks and demos)
    Seed(SeedArgs),
    /// Print a document as PDF (in the language of --lang)
    Print {
        #[command(subcommand)]
        cmd: PrintCmd,
    },
    /// This device's worker profile
    Profile {
        #[command(subcommand)]
        cmd: ProfileCmd,
    },
    /// The passphrase: change it
    Passphrase {
        #[command(subcommand)]
        cmd: PassphraseCmd,
    },
    /// The recovery key: a new one (the old one stops working)
    #[command(name = "recovery-key")]
    RecoveryKey {
        #[command(subcommand)]
        cmd: RecoveryKeyCmd,
    },
}

#[derive(Debug, Subcommand)]
pub enum PrintCmd {
    /// The Auskunft (Art. 15 DSGVO) of a person
    Auskunft {
        id: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// A consent receipt, in German and the language of --lang
    Consent {
        id: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// An activity's attendance list to sign
    Attendance {
        id: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// The ESF participant sheet (Stammblatt)
    Stammblatt {
        id: String,
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum ProfileCmd {
    /// Show the profile
    Show {
        #[arg(long)]
        json: bool,
    },
    /// The workers this device knows (who may co-facilitate an activity)
    Team {
        #[arg(long)]
        json: bool,
    },
    /// Correct the name, initials or team (an empty team clears it)
    Edit {
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        initials: Option<String>,
        #[arg(long)]
        team: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum PassphraseCmd {
    /// Change the passphrase: the current one as always (FELDBUCH_PASSPHRASE, --passphrase-file
    /// or a prompt), the new one from FELDBUCH_NEW_PASSPHRASE, --new-passphrase-file or a prompt
    Change {
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum RecoveryKeyCmd {
    /// Make a new recovery key and print it once; the old one stops working
    New {
        /// Confirm: the recovery key written down so far will no longer open the store
        #[arg(long)]
        yes: bool,
    },
    /// Open the store with the recovery key (the keyring lost, or the data folder moved to
    /// another computer) and set a new passphrase; prints the next recovery key once
    Use {
        /// Read the recovery key from this file (or set FELDBUCH_RECOVERY_KEY, or type it)
        #[arg(long, value_name = "FILE")]
        key_file: Option<PathBuf>,
        /// Read the new passphrase from this file (or set FELDBUCH_NEW_PASSPHRASE, or type it twice)
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum BackupCmd {
    /// Make a backup now (one is made by itself once a day at unlock)
    Now {
        #[arg(long)]
        json: bool,
    },
    /// The backups, newest first
    List {
        #[arg(long)]
        json: bool,
    },
    /// Replace the store with a backup (the current store is kept as a backup)
    Restore {
        /// The backup's file name, as `backup list` shows it
        file: String,
        /// Confirm the restore
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum SiteCmd {
    /// Add a site
    Add {
        #[arg(long)]
        name: String,
        /// kita, fruehe-hilfen, schule, arztpraxis, quartierszentrum, beratungsstelle, jobcenter, oeffentlicher-raum, sonstiges
        #[arg(long)]
        kind: String,
        #[arg(long)]
        district: Option<String>,
        #[arg(long)]
        address: Option<String>,
        #[arg(long)]
        contact_person: Option<String>,
        /// The programme it belongs to (name or id)
        #[arg(long)]
        programme: Option<String>,
    },
    /// List sites
    List {
        /// The archived ones too
        #[arg(long)]
        all: bool,
        #[arg(long)]
        json: bool,
    },
    /// Show a site: its visits and contacts per month
    Show {
        /// Site name or id
        site: String,
        #[arg(long)]
        json: bool,
    },
    /// Correct a site (only the options given change; an empty text clears)
    Edit {
        /// Site name or id
        site: String,
        #[command(flatten)]
        fields: DirectoryFields,
        #[arg(long)]
        json: bool,
    },
    /// Archive a site: it leaves the pickers, stays in history and reports
    Archive {
        /// Site name or id
        site: String,
    },
    /// Merge a site into another, e.g. one a device made before it had the directory into the
    /// directory's entry (lead); the devices move their records with the next office bundle
    Merge {
        /// Site name or id
        site: String,
        /// The site it is merged into (name or id)
        #[arg(long)]
        into: String,
    },
    /// Take an archived site back into use
    Unarchive {
        /// Site name or id
        site: String,
    },
    /// Regular visit slots of sites
    Slot {
        #[command(subcommand)]
        cmd: SlotCmd,
    },
}

/// A correction of a site or a partner: only the options given change; an empty text clears.
#[derive(Debug, Args)]
pub struct DirectoryFields {
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub kind: Option<String>,
    #[arg(long)]
    pub district: Option<String>,
    #[arg(long)]
    pub address: Option<String>,
    #[arg(long)]
    pub contact_person: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum SlotCmd {
    /// Add a regular visit slot
    Add {
        /// Site name or id
        site: String,
        /// 1 = Monday … 7 = Sunday
        #[arg(long, allow_negative_numbers = true)]
        weekday: i64,
        #[arg(long)]
        start: String,
        #[arg(long)]
        end: String,
        #[arg(long)]
        json: bool,
    },
    /// List visit slots
    List {
        #[arg(long)]
        json: bool,
    },
    /// Move a visit slot to another weekday or other times
    Edit {
        id: String,
        /// 1 = Monday … 7 = Sunday
        #[arg(long, allow_negative_numbers = true)]
        weekday: i64,
        #[arg(long)]
        start: String,
        #[arg(long)]
        end: String,
        #[arg(long)]
        json: bool,
    },
    /// Remove a visit slot
    Remove { id: String },
}

#[derive(Debug, Subcommand)]
pub enum PartnerCmd {
    /// Add a partner
    Add {
        #[arg(long)]
        name: String,
        #[arg(long)]
        kind: String,
        #[arg(long)]
        district: Option<String>,
        #[arg(long)]
        address: Option<String>,
        #[arg(long)]
        contact_person: Option<String>,
        /// Service offered (repeatable)
        #[arg(long)]
        service: Vec<String>,
        #[arg(long)]
        json: bool,
    },
    /// List partners
    List {
        /// The archived ones too
        #[arg(long)]
        all: bool,
        #[arg(long)]
        json: bool,
    },
    /// Show a partner: its services and the referrals to it
    Show {
        /// Partner name or id
        partner: String,
        #[arg(long)]
        json: bool,
    },
    /// Correct a partner (only the options given change; an empty text clears)
    Edit {
        /// Partner name or id
        partner: String,
        #[command(flatten)]
        fields: DirectoryFields,
        #[arg(long)]
        json: bool,
    },
    /// Archive a partner: no new referrals to it; old ones keep it
    Archive {
        /// Partner name or id
        partner: String,
    },
    /// Take an archived partner back into use
    Unarchive {
        /// Partner name or id
        partner: String,
    },
    /// A partner's services
    Service {
        #[command(subcommand)]
        cmd: ServiceCmd,
    },
    /// Merge a partner into another, e.g. one a device made before it had the directory into
    /// the directory's entry (lead); the devices move their records with the next office bundle
    Merge {
        /// Partner name or id
        partner: String,
        /// The partner it is merged into (name or id)
        #[arg(long)]
        into: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ServiceCmd {
    /// Add a service to a partner
    Add {
        /// Partner name or id
        partner: String,
        name: String,
    },
    /// Rename a service
    Rename { id: String, name: String },
    /// Archive a service: no new referrals to it
    Archive { id: String },
    /// Take an archived service back into use
    Unarchive { id: String },
}

#[derive(Debug, Subcommand)]
pub enum ReferralCmd {
    /// Refer a person or a contact to a partner
    Add {
        #[arg(long)]
        partner: String,
        #[arg(long)]
        service: Option<String>,
        #[arg(long)]
        person: Option<String>,
        #[arg(long)]
        contact: Option<String>,
        #[arg(long)]
        note: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// List referrals
    List {
        /// Only open ones
        #[arg(long)]
        open: bool,
        #[arg(long)]
        json: bool,
    },
    /// Correct a referral: another partner or service, another note
    Edit {
        id: String,
        /// Partner name or id
        #[arg(long)]
        partner: Option<String>,
        /// Service name or id (of the partner)
        #[arg(long)]
        service: Option<String>,
        #[arg(long)]
        note: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Move a referral to its next status
    Status {
        id: String,
        status: String,
        #[arg(long)]
        on: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ActivityCmd {
    /// Record a group activity
    Add {
        #[arg(long)]
        kind: String,
        #[arg(long)]
        title: String,
        #[arg(long)]
        date: Option<String>,
        #[arg(long)]
        start: Option<String>,
        #[arg(long, allow_negative_numbers = true)]
        duration: Option<i64>,
        #[arg(long)]
        site: Option<String>,
        #[arg(long, default_value_t = 0, allow_negative_numbers = true)]
        volunteers: i64,
        #[arg(long, default_value_t = 0, allow_negative_numbers = true)]
        anonymous: i64,
        #[arg(long)]
        age_band: Option<String>,
        #[arg(long)]
        gender: Option<String>,
        #[arg(long)]
        note: Option<String>,
        #[arg(long)]
        person: Vec<String>,
        /// A colleague who ran it too (a worker id from `profile team`; repeatable)
        #[arg(long)]
        facilitator: Vec<String>,
        /// The programme it belongs to (name or id)
        #[arg(long)]
        programme: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// List activities
    List {
        #[arg(long)]
        from: Option<String>,
        #[arg(long)]
        to: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Show an activity
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Correct an activity (only the options given change; an empty text clears)
    Edit {
        id: String,
        #[arg(long)]
        kind: Option<String>,
        #[arg(long)]
        title: Option<String>,
        #[arg(long)]
        date: Option<String>,
        #[arg(long)]
        start: Option<String>,
        #[arg(long, allow_negative_numbers = true)]
        duration: Option<i64>,
        #[arg(long)]
        site: Option<String>,
        #[arg(long, allow_negative_numbers = true)]
        volunteers: Option<i64>,
        #[arg(long, allow_negative_numbers = true)]
        anonymous: Option<i64>,
        #[arg(long)]
        age_band: Option<String>,
        #[arg(long)]
        gender: Option<String>,
        #[arg(long)]
        note: Option<String>,
        /// Replaces the registered attendance when given
        #[arg(long)]
        person: Vec<String>,
        /// Replaces the co-facilitators when given (worker ids from `profile team`)
        #[arg(long, conflicts_with = "no_facilitators")]
        facilitator: Vec<String>,
        /// Name no co-facilitators any more (the recording worker stays)
        #[arg(long)]
        no_facilitators: bool,
        #[arg(long)]
        json: bool,
    },
    /// Archive an activity (it stays in history and reports)
    Archive { id: String },
    /// Take an archived activity back into use
    Unarchive { id: String },
    /// Set the attendance (replaces the former)
    Attend {
        id: String,
        #[arg(long)]
        person: Vec<String>,
        #[arg(long, default_value_t = 0, allow_negative_numbers = true)]
        anonymous: i64,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum FollowupCmd {
    /// List follow-ups (due ones unless --open or --done)
    List {
        #[arg(long)]
        open: bool,
        #[arg(long)]
        done: bool,
        #[arg(long)]
        json: bool,
    },
    /// Add a follow-up
    Add {
        #[arg(long)]
        due: String,
        #[arg(long)]
        what: String,
        #[arg(long)]
        person: Option<String>,
        #[arg(long)]
        contact: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Reschedule a follow-up or change what it is about
    Edit {
        id: String,
        #[arg(long)]
        due: Option<String>,
        #[arg(long)]
        what: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Open a done follow-up again
    Reopen {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Mark a follow-up done
    Done {
        id: String,
        #[arg(long)]
        on: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum SearchCmd {
    /// Search persons by pseudonym, district, marker
    Persons {
        #[arg(long)]
        text: Option<String>,
        #[arg(long)]
        district: Option<String>,
        #[arg(long)]
        marker: Option<String>,
        /// Include closed person records
        #[arg(long)]
        closed: bool,
        #[arg(long)]
        json: bool,
    },
    /// Full-text search over contact notes
    Notes {
        query: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum OfficeCmd {
    /// Create the office's key pair: the secret key goes to FILE, the public key is printed
    Init {
        #[arg(long)]
        out: PathBuf,
    },
    /// Set the office's public key (the age1… string, or a file holding it)
    Key { key: String },
    /// Keep the office's secret key (its key file) inside this store, for imports (lead)
    Identity { file: PathBuf },
    /// Show the office's public key that exports are encrypted to
    Show {
        #[arg(long)]
        json: bool,
    },
    /// Publish an office bundle for the team's devices: the team, the directory, the office's
    /// key (lead)
    Publish {
        #[arg(long)]
        out: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Take an office bundle from the lead (any device)
    Receive {
        file: PathBuf,
        /// On the first one: the fingerprint of the lead's key, as the lead reads it aloud
        #[arg(long)]
        fingerprint: Option<String>,
        /// From a new lead device: its key replaces the one kept (needs --fingerprint)
        #[arg(long)]
        new_lead: bool,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConflictsCmd {
    /// Take one device's version of a record under conflict (lead); it travels to the device
    /// that holds the record with the next office bundle
    Resolve {
        /// Record id
        id: String,
        /// Device id whose version is taken
        #[arg(long)]
        take: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum DeviceCmd {
    /// The devices enrolled here, revoked ones marked (lead)
    List {
        #[arg(long)]
        json: bool,
    },
    /// Revoke an enrolled device: none of its bundles is imported any more, and it leaves the
    /// team with the next office bundle (lead)
    Revoke {
        /// Device id
        device: String,
        /// Confirm the revocation
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum EnrolCmd {
    /// Write this device's enrolment file for the lead
    Export {
        #[arg(long)]
        out: PathBuf,
    },
    /// Register a worker's device from its enrolment file (lead)
    Import {
        file: PathBuf,
        /// The fingerprint the worker's device shows: enrolled only if the file's key has it
        #[arg(long)]
        fingerprint: String,
        #[arg(long)]
        json: bool,
    },
    /// The devices enrolled here, revoked ones marked (lead)
    List {
        #[arg(long)]
        json: bool,
    },
    /// Revoke an enrolled device: none of its bundles is imported any more (lead)
    Revoke {
        /// Device id
        device: String,
        /// Confirm the revocation
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ExportCmd {
    /// Set the folder exports are written to
    Folder { folder: PathBuf },
    /// Let notes travel in exports (on) or not (off, the default); the change is logged
    Notes { setting: String },
    /// How often an export is due: weekly, monthly (the default) or quarterly
    Schedule { schedule: String },
    /// The schedule, the last export, when the next is due, and queued bundles
    Status {
        #[arg(long)]
        json: bool,
    },
    /// The export history
    History {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum RetentionCmd {
    /// Show the retention periods
    Show {
        #[arg(long)]
        json: bool,
    },
    /// Set a category's period in years (or remove it with --none)
    Set {
        category: String,
        #[arg(long, allow_negative_numbers = true)]
        years: Option<i64>,
        #[arg(long)]
        none: bool,
    },
    /// List what is past its period
    Due {
        #[arg(long)]
        json: bool,
    },
    /// Erase what is past its period
    Apply {
        /// Only these categories (repeatable)
        #[arg(long)]
        category: Vec<String>,
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        json: bool,
    },
    /// The deletion log
    Log {
        #[arg(long)]
        json: bool,
    },
}

/// `journal`: the filters are the app layer's `JournalQuery`; a site may be named.
#[derive(Debug, Args)]
pub struct JournalArgs {
    /// Only at this site (name or id)
    #[arg(long)]
    pub site: Option<String>,
    /// Only with this person (id)
    #[arg(long)]
    pub person: Option<String>,
    #[command(flatten)]
    pub query: JournalQuery,
    #[arg(long)]
    pub json: bool,
}

/// `contact add`: the contact's own options are the app layer's `ContactInput`.
#[derive(Debug, Args)]
pub struct ContactAddArgs {
    /// Site name or id
    #[arg(long)]
    pub site: String,
    /// Person reached (id; repeatable)
    #[arg(long)]
    pub person: Vec<String>,
    #[command(flatten)]
    pub contact: ContactInput,
    /// Print the saved contact as JSON
    #[arg(long)]
    pub json: bool,
}

/// `contact edit`: the changes are the app layer's `ContactPatch`.
#[derive(Debug, Args)]
pub struct ContactEditArgs {
    #[arg(long)]
    pub site: Option<String>,
    /// Replaces all linked persons when given
    #[arg(long)]
    pub person: Vec<String>,
    #[command(flatten)]
    pub changes: ContactPatch,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum ContactCmd {
    /// Log a contact
    Add(ContactAddArgs),
    /// List contacts, optionally in a date range
    List {
        #[arg(long)]
        from: Option<String>,
        #[arg(long)]
        to: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Show one contact
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Change a contact (same options as add; only those given change)
    Edit {
        id: String,
        #[command(flatten)]
        args: ContactEditArgs,
    },
    /// Delete a contact (leaves a tombstone)
    Delete { id: String },
}

#[derive(Debug, Args)]
pub struct SeedArgs {
    #[arg(long, default_value_t = 10_000)]
    pub contacts: u64,
    #[arg(long, default_value_t = 40)]
    pub sites: u32,
    #[arg(long, default_value_t = 2_000)]
    pub persons: u32,
    #[arg(long, default_value_t = 3)]
    pub years: u32,
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Confirm: the data are invented, but once in a store they are exported and counted
    #[arg(long)]
    pub yes: bool,
}

impl SeedArgs {
    pub fn to_spec(&self) -> feldbuch_core::seed::SeedSpec {
        feldbuch_core::seed::SeedSpec {
            contacts: self.contacts,
            sites: self.sites,
            persons: self.persons,
            years: self.years,
            seed: self.seed,
        }
    }
}

#[derive(Debug, Args)]
pub struct PersonArgs {
    /// Pseudonym, e.g. initials and year of birth
    #[arg(long)]
    pub pseudonym: Option<String>,
    #[arg(long, allow_negative_numbers = true)]
    pub birth_year: Option<i64>,
    #[arg(long)]
    pub age_band: Option<String>,
    #[arg(long)]
    pub gender: Option<String>,
    /// Language code (repeatable)
    #[arg(long)]
    pub language: Vec<String>,
    #[arg(long)]
    pub district: Option<String>,
    /// Marker (repeatable)
    #[arg(long)]
    pub marker: Vec<String>,
    /// The programme the person belongs to (name or id)
    #[arg(long)]
    pub programme: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum PersonCmd {
    /// Add a person
    Add(PersonArgs),
    /// List persons (pseudonyms)
    List {
        #[arg(long)]
        json: bool,
    },
    /// Show a person (the read is logged)
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Change a person
    Edit {
        id: String,
        #[command(flatten)]
        args: PersonArgs,
        /// Real name (needs a documentation consent)
        #[arg(long)]
        real_name: Option<String>,
        /// Contact details (need a documentation consent)
        #[arg(long)]
        contact_info: Option<String>,
    },
    /// Close a person record
    Close {
        id: String,
        #[arg(long)]
        on: Option<String>,
        #[arg(long)]
        reason: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Reopen a closed person record
    Reopen {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Link a person for the team's count (a keyed hash of initials, birth year and gender;
    /// the initials are not stored)
    Link {
        id: String,
        /// Left out: typed at a prompt (not shown) or read from standard input
        #[arg(long)]
        initials: Option<String>,
        #[arg(long)]
        birth_year: i64,
        #[arg(long)]
        gender: String,
        /// The person the team knows with these fields is this one
        #[arg(long)]
        confirm: bool,
        #[arg(long)]
        json: bool,
    },
    /// Take a person out of the team's count again
    Unlink {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Enrol a person as programme participant (ESF Plus fields)
    Enrol {
        id: String,
        #[arg(long)]
        entry: Option<String>,
        #[arg(long)]
        employment: Option<String>,
        #[arg(long)]
        education: Option<String>,
        #[arg(long)]
        household: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Record a participant's exit with the results at leaving
    Exit {
        id: String,
        #[arg(long)]
        on: Option<String>,
        /// Engaged in job searching upon leaving (true/false)
        #[arg(long)]
        job_searching: Option<bool>,
        /// In education or training upon leaving (true/false)
        #[arg(long)]
        in_education: Option<bool>,
        /// Gained a qualification upon leaving (true/false)
        #[arg(long)]
        qualification: Option<bool>,
        /// In employment, including self-employment, upon leaving (true/false)
        #[arg(long)]
        employed: Option<bool>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConsentCmd {
    /// Record a consent
    Give {
        /// Person id
        person: String,
        /// documentation, forwarding, participant-reporting
        #[arg(long)]
        scope: String,
        /// written or verbal
        #[arg(long)]
        form: String,
        /// Date given (default: today)
        #[arg(long)]
        on: Option<String>,
        /// Partner (for a forwarding consent)
        #[arg(long)]
        partner: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Withdraw a consent; the data it covered is cleared
    Withdraw {
        /// Consent id
        consent: String,
        /// Date of withdrawal (default: today)
        #[arg(long)]
        on: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum LeadListCmd {
    /// Add an entry (lead); the devices receive it with the next office bundle
    Add {
        name: String,
        #[arg(long)]
        json: bool,
    },
    /// The entries
    List {
        /// Archived ones too
        #[arg(long)]
        all: bool,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum VocabCmd {
    /// Every vocabulary (site kinds, contact kinds, topics, activity kinds, partner kinds,
    /// outcomes, markers): ids and labels, the programme's own among them
    List {
        #[arg(long)]
        json: bool,
    },
    /// Add an id to a vocabulary (lead), labelled in every language: --label de=… --label en=…
    /// --label tr=… --label ar=… --label uk=…
    Add {
        /// site-kind, activity-kind or partner-kind
        kind: String,
        /// The new id (lower-case letters, digits, hyphens)
        id: String,
        /// A label, as LANG=TEXT (repeatable; one for each of de, en, tr, ar, uk)
        #[arg(long = "label")]
        labels: Vec<String>,
        /// The built-in id it refines (default: "sonstiges" where the vocabulary has it)
        #[arg(long)]
        parent: Option<String>,
        #[arg(long)]
        json: bool,
    },
}
