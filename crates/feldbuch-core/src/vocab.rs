//! Closed vocabularies (kinds, topics, bands). Their kebab-case ids are the same in the CLI, in
//! the store and in Fluent message ids (`<prefix>-<id>`).

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident, $prefix:literal, $code:literal, { $($variant:ident => $id:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, TS)]
        pub enum $name { $(#[ts(rename = $id)] $variant),+ }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.id())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                $name::parse(&s).map_err(|_| serde::de::Error::custom(format!("unknown id {s}")))
            }
        }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Prefix of the Fluent ids of this vocabulary.
            pub const FLUENT_PREFIX: &'static str = $prefix;

            /// The stable kebab-case id.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            /// The Fluent message id that names this value.
            pub fn fluent_id(self) -> String {
                format!("{}-{}", $prefix, self.id())
            }

            /// Parse an id; anything else is an invalid-input error naming the value.
            pub fn parse(s: &str) -> Result<Self> {
                let t = s.trim();
                match t {
                    $($id => Ok($name::$variant),)+
                    _ => Err(Error::invalid($code, &[("value", s)])),
                }
            }

            /// All ids, in display order.
            pub fn ids() -> Vec<&'static str> {
                Self::ALL.iter().map(|v| v.id()).collect()
            }
        }

        impl rusqlite::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.id()))
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let s = v.as_str()?;
                $name::parse(s).map_err(|_| rusqlite::types::FromSqlError::InvalidType)
            }
        }
    };
}

vocabulary!(
    /// Kind of site (Einsatzort).
    SiteKind, "site-kind", "error-invalid-site-kind", {
    Kita => "kita",
    FrueheHilfen => "fruehe-hilfen",
    Schule => "schule",
    Arztpraxis => "arztpraxis",
    Quartierszentrum => "quartierszentrum",
    Beratungsstelle => "beratungsstelle",
    Jobcenter => "jobcenter",
    OeffentlicherRaum => "oeffentlicher-raum",
    Sonstiges => "sonstiges",
});

vocabulary!(
    /// Kind of contact.
    ContactKind, "contact-kind", "error-invalid-contact-kind", {
    Erstkontakt => "erstkontakt",
    Folgekontakt => "folgekontakt",
    Beratung => "beratung",
    Begleitung => "begleitung",
    Kurzkontakt => "kurzkontakt",
    Telefonat => "telefonat",
    Gruppenangebot => "gruppenangebot",
    Netzwerkkontakt => "netzwerkkontakt",
});

vocabulary!(
    /// Topic of a contact.
    Topic, "topic", "error-invalid-topic", {
    Einsamkeit => "einsamkeit",
    Wohnen => "wohnen",
    Arbeit => "arbeit",
    Gesundheit => "gesundheit",
    Finanzen => "finanzen",
    Familie => "familie",
    Sprache => "sprache",
    Behoerden => "behoerden",
    Freizeit => "freizeit",
    Sonstiges => "sonstiges",
});

vocabulary!(
    /// Rough age band, used for anonymous counts and reporting.
    AgeBand, "age-band", "error-invalid-age-band", {
    Unter18 => "unter-18",
    From18To29 => "18-29",
    From30To54 => "30-54",
    From55To64 => "55-64",
    Ab65 => "ab-65",
    Unbekannt => "unbekannt",
});

vocabulary!(
    /// Gender as recorded for reporting.
    Gender, "gender", "error-invalid-gender", {
    Weiblich => "weiblich",
    Maennlich => "maennlich",
    Divers => "divers",
    KeineAngabe => "keine-angabe",
});

vocabulary!(
    /// Role of the worker on this device.
    Role, "role", "error-invalid-role", {
    Worker => "worker",
    Lead => "lead",
    Volunteer => "volunteer",
});

vocabulary!(
    /// Life-situation and funder disadvantage markers of a person.
    Marker, "marker", "error-invalid-marker", {
    Wohnungslos => "wohnungslos",
    Grundsicherung => "grundsicherung",
    Alleinerziehend => "alleinerziehend",
    Fluchterfahrung => "fluchterfahrung",
    Behinderung => "behinderung",
    Einsam => "einsam",
    Drittstaatsangehoerig => "drittstaatsangehoerig",
    Migrationshintergrund => "migrationshintergrund",
    Minderheit => "minderheit",
});

vocabulary!(
    /// What a consent covers.
    ConsentScope, "consent-scope", "error-invalid-consent-scope", {
    Documentation => "documentation",
    Forwarding => "forwarding",
    ParticipantReporting => "participant-reporting",
});

vocabulary!(
    /// How a consent was given.
    ConsentForm, "consent-form", "error-invalid-consent-form", {
    Written => "written",
    Verbal => "verbal",
});

vocabulary!(
    /// UI and report locales that ship.
    Locale, "locale-name", "error-invalid-locale", {
    De => "de",
    En => "en",
    Tr => "tr",
    Ar => "ar",
    Uk => "uk",
});

vocabulary!(
    /// Kind of network partner (Netzwerkpartner).
    PartnerKind, "partner-kind", "error-invalid-partner-kind", {
    Quartiersmanagement => "quartiersmanagement",
    Verein => "verein",
    Religionsgemeinschaft => "religionsgemeinschaft",
    Beratungsstelle => "beratungsstelle",
    Gesundheit => "gesundheit",
    Jobcenter => "jobcenter",
    Behoerde => "behoerde",
    Foerderer => "foerderer",
    Sonstiges => "sonstiges",
});

vocabulary!(
    /// Status of a referral (Vermittlung): vorgeschlagen → vereinbart → wahrgenommen |
    /// nicht wahrgenommen | abgebrochen.
    ReferralStatus, "referral-status", "error-invalid-referral-status", {
    Vorgeschlagen => "vorgeschlagen",
    Vereinbart => "vereinbart",
    Wahrgenommen => "wahrgenommen",
    NichtWahrgenommen => "nicht-wahrgenommen",
    Abgebrochen => "abgebrochen",
});

vocabulary!(
    /// Kind of group activity (Gruppenangebot).
    ActivityKind, "activity-kind", "error-invalid-activity-kind", {
    RepairCafe => "repair-cafe",
    UrbanGardening => "urban-gardening",
    GartenCafe => "garten-cafe",
    Kompetenztraining => "kompetenztraining",
    Coaching => "coaching",
    Netzwerktreffen => "netzwerktreffen",
    Sonstiges => "sonstiges",
});

vocabulary!(
    /// What came of a contact.
    Outcome, "outcome", "error-invalid-outcome", {
    Informiert => "informiert",
    Beraten => "beraten",
    Vermittelt => "vermittelt",
    Begleitet => "begleitet",
    TerminVereinbart => "termin-vereinbart",
    KeinBedarf => "kein-bedarf",
    Sonstiges => "sonstiges",
});

vocabulary!(
    /// Employment status of a programme participant at entry (ESF Plus).
    Employment, "employment", "error-invalid-employment", {
    Erwerbstaetig => "erwerbstaetig",
    Arbeitslos => "arbeitslos",
    Langzeitarbeitslos => "langzeitarbeitslos",
    NichtErwerbstaetig => "nicht-erwerbstaetig",
    InAusbildung => "in-ausbildung",
});

vocabulary!(
    /// Highest education of a participant as an ISCED band (ESF Plus).
    Education, "education", "error-invalid-education", {
    Isced0To2 => "isced-0-2",
    Isced3To4 => "isced-3-4",
    Isced5To8 => "isced-5-8",
});

vocabulary!(
    /// Household situation of a participant (ESF Plus).
    Household, "household", "error-invalid-household", {
    Alleinlebend => "alleinlebend",
    Alleinerziehend => "alleinerziehend",
    ErwerbsloserHaushalt => "erwerbsloser-haushalt",
    Sonstiger => "sonstiger",
    KeineAngabe => "keine-angabe",
});

vocabulary!(
    /// What a retention period applies to.
    RetentionCategory, "retention-category", "error-invalid-retention-category", {
    ClosedPersons => "closed-persons",
    Notes => "notes",
    DoneFollowups => "done-followups",
    ClosedReferrals => "closed-referrals",
});

vocabulary!(
    /// How often a device is expected to export to the central office.
    ExportSchedule, "export-schedule", "error-invalid-export-schedule", {
    Weekly => "weekly",
    Monthly => "monthly",
    Quarterly => "quarterly",
});

impl ReferralStatus {
    /// Whether the flow allows going from `self` to `next`.
    pub fn can_move_to(self, next: ReferralStatus) -> bool {
        use ReferralStatus::*;
        matches!(
            (self, next),
            (Vorgeschlagen, Vereinbart)
                | (Vorgeschlagen, Abgebrochen)
                | (Vereinbart, Wahrgenommen)
                | (Vereinbart, NichtWahrgenommen)
                | (Vereinbart, Abgebrochen)
        )
    }

    /// Whether nothing follows this status.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            ReferralStatus::Wahrgenommen
                | ReferralStatus::NichtWahrgenommen
                | ReferralStatus::Abgebrochen
        )
    }
}

impl Marker {
    /// The funder's disadvantage markers (ESF Plus), as opposed to life-situation markers.
    pub fn is_disadvantage(self) -> bool {
        matches!(
            self,
            Marker::Behinderung
                | Marker::Drittstaatsangehoerig
                | Marker::Migrationshintergrund
                | Marker::Minderheit
                | Marker::Wohnungslos
        )
    }
}

impl Topic {
    /// The bit of this topic in a contact's `topics` column. Fixed forever: stored data depends
    /// on it (new topics take new bits, never a reused one).
    pub fn bit(self) -> i64 {
        1 << match self {
            Topic::Einsamkeit => 0,
            Topic::Wohnen => 1,
            Topic::Arbeit => 2,
            Topic::Gesundheit => 3,
            Topic::Finanzen => 4,
            Topic::Familie => 5,
            Topic::Sprache => 6,
            Topic::Behoerden => 7,
            Topic::Freizeit => 8,
            Topic::Sonstiges => 9,
        }
    }

    /// The bitmask of a set of topics.
    pub fn mask(topics: &[Topic]) -> i64 {
        topics.iter().fold(0, |m, t| m | t.bit())
    }

    /// The topics in a bitmask, in display order.
    pub fn from_mask(mask: i64) -> Vec<Topic> {
        Topic::ALL
            .iter()
            .copied()
            .filter(|t| mask & t.bit() != 0)
            .collect()
    }
}

impl Locale {
    /// Whether this locale is written right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, Locale::Ar)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_unknown_ids_are_refused() {
        for k in SiteKind::ALL {
            assert_eq!(SiteKind::parse(k.id()).ok(), Some(*k));
        }
        for k in Topic::ALL {
            assert_eq!(Topic::parse(k.id()).ok(), Some(*k));
        }
        let err = ContactKind::parse("kaffeeklatsch").err().map(|e| e.code());
        assert_eq!(err, Some("error-invalid-contact-kind"));
        assert!(AgeBand::parse("18-29").is_ok());
        assert!(Gender::parse("Weiblich").is_err(), "ids are case-sensitive");
    }

    #[test]
    fn topic_bits_are_pinned_and_round_trip() {
        // Stored data depends on these positions: this test changes only with a migration.
        let bits: Vec<i64> = Topic::ALL.iter().map(|t| t.bit()).collect();
        assert_eq!(bits, vec![1, 2, 4, 8, 16, 32, 64, 128, 256, 512]);
        let some = [Topic::Wohnen, Topic::Sonstiges];
        assert_eq!(Topic::mask(&some), 2 | 512);
        assert_eq!(Topic::from_mask(Topic::mask(&some)), some.to_vec());
        assert_eq!(
            Topic::from_mask(Topic::mask(Topic::ALL)),
            Topic::ALL.to_vec()
        );
    }
}
