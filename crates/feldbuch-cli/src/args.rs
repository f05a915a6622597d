//! The command-line contract. Scripts outside this repository rely on it: change it only by
//! adding. Global options may stand before or after the sub-command.

use clap::{Args, Parser, Subcommand};
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
        /// worker or lead
        #[arg(long, default_value = "worker")]
        role: String,
    },
    /// Sites (Einsatzorte)
    Site {
        #[command(subcommand)]
        cmd: SiteCmd,
    },
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
    /// Check database integrity, encryption and the audit hash chain
    Verify {
        #[arg(long)]
        json: bool,
    },
    /// Fill the store with seeded synthetic data (for benchmarks and demos)
    Seed(SeedArgs),
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
    },
    /// List sites
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct ContactAddArgs {
    /// Site name or id
    #[arg(long)]
    pub site: String,
    /// erstkontakt, folgekontakt, beratung, begleitung, kurzkontakt, telefonat, gruppenangebot, netzwerkkontakt
    #[arg(long)]
    pub kind: String,
    /// YYYY-MM-DD (default: today)
    #[arg(long)]
    pub date: Option<String>,
    /// HH:MM
    #[arg(long)]
    pub start: Option<String>,
    /// Minutes
    #[arg(long, default_value_t = 15, allow_negative_numbers = true)]
    pub duration: i64,
    /// Number of people reached anonymously
    #[arg(long, default_value_t = 0, allow_negative_numbers = true)]
    pub anonymous: i64,
    /// Age band of the anonymous people: unter-18, 18-29, 30-54, 55-64, ab-65, unbekannt
    #[arg(long)]
    pub age_band: Option<String>,
    /// Gender of the anonymous people: weiblich, maennlich, divers, keine-angabe
    #[arg(long)]
    pub gender: Option<String>,
    /// Topic (repeatable): einsamkeit, wohnen, arbeit, gesundheit, finanzen, familie, sprache, behoerden, freizeit, sonstiges
    #[arg(long)]
    pub topic: Vec<String>,
    /// Confidential note
    #[arg(long)]
    pub note: Option<String>,
    /// Follow-up date YYYY-MM-DD
    #[arg(long)]
    pub followup: Option<String>,
    /// Person reached (id; repeatable)
    #[arg(long)]
    pub person: Vec<String>,
    /// Print the saved contact as JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ContactEditArgs {
    #[arg(long)]
    pub site: Option<String>,
    #[arg(long)]
    pub kind: Option<String>,
    #[arg(long)]
    pub date: Option<String>,
    #[arg(long)]
    pub start: Option<String>,
    #[arg(long, allow_negative_numbers = true)]
    pub duration: Option<i64>,
    #[arg(long, allow_negative_numbers = true)]
    pub anonymous: Option<i64>,
    #[arg(long)]
    pub age_band: Option<String>,
    #[arg(long)]
    pub gender: Option<String>,
    /// Replaces all topics when given
    #[arg(long)]
    pub topic: Vec<String>,
    /// An empty note clears it
    #[arg(long)]
    pub note: Option<String>,
    #[arg(long)]
    pub followup: Option<String>,
    /// Replaces all linked persons when given
    #[arg(long)]
    pub person: Vec<String>,
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
