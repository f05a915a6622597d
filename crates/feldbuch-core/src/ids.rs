//! Typed record ids: newtypes over UUIDv7, so a function that takes a person takes a `PersonId`.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use ts_rs::TS;
use uuid::Uuid;

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
        #[serde(transparent)]
        pub struct $name(#[ts(type = "string")] Uuid);

        impl $name {
            /// A fresh, time-ordered id.
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }
            /// The underlying UUID.
            pub fn uuid(&self) -> Uuid {
                self.0
            }
            /// Parse from user input; a malformed id is an invalid-input error.
            pub fn parse(s: &str) -> Result<Self> {
                Uuid::from_str(s.trim())
                    .map(Self)
                    .map_err(|_| Error::invalid("error-invalid-id", &[("value", s)]))
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }

        impl rusqlite::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.to_string()))
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let s = v.as_str()?;
                Uuid::from_str(s)
                    .map(Self)
                    .map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
            }
        }
    };
}

typed_id!(
    /// A device (one installation of Feldbuch).
    DeviceId
);
typed_id!(
    /// A worker profile.
    WorkerId
);
typed_id!(
    /// A site (Einsatzort).
    SiteId
);
typed_id!(
    /// A partner organisation.
    PartnerId
);
typed_id!(
    /// A person (client), pseudonymous by default.
    PersonId
);
typed_id!(
    /// A consent record.
    ConsentId
);
typed_id!(
    /// A contact (Kontakt).
    ContactId
);
typed_id!(
    /// A referral (Vermittlung).
    ReferralId
);
typed_id!(
    /// A group activity.
    ActivityId
);
typed_id!(
    /// A follow-up (Wiedervorlage).
    FollowUpId
);
typed_id!(
    /// A service a partner offers.
    ServiceId
);
typed_id!(
    /// A regular visit slot of a site.
    VisitSlotId
);
typed_id!(
    /// A store (one encrypted database and its key file).
    StoreId
);
typed_id!(
    /// A district of the programme's managed list.
    DistrictId
);
typed_id!(
    /// A funded programme (e.g. "Honjok", "Zweite Chance") a store holds.
    ProgrammeId
);
