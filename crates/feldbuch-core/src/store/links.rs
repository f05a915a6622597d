//! Counting a person once for the team. The same client met by two workers is two records, on two
//! devices; a worker may link a person on purpose: a keyed hash (HMAC-SHA-256) over the fields the
//! team agreed on (the initials of the name, the birth year, the gender), under the secret of the
//! person's programme (the team's for a person of none). The lead's report counts the persons of
//! one hash once. The fields typed for it are not stored, and no name leaves a device; the hash
//! travels in the bundle like the birth year does.
//!
//! The secrets are made on the lead's device and handed to the devices in office bundles
//! (encrypted to each device's own key). With them the lead also lists the hashes it knows, so a
//! device asks its worker before it links a person whose hash the team knows already: the same
//! initials, year and gender may be two people, and only the worker can tell.

use super::{audit, timestamp, Store};
use crate::error::{Error, Result};
use crate::ids::PersonId;
use crate::vocab::{Gender, Role};
use hmac::{Hmac, Mac};
use rand::RngCore;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use ts_rs::TS;

/// What the hash is computed over, and in which version of the rule.
const RULE: &str = "feldbuch-link/1";

/// The fields a person is linked on, as the worker types them.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct LinkInput {
    /// The initials of the first and last name (letters only, 2 or 3).
    pub initials: String,
    pub birth_year: i64,
    pub gender: Gender,
    /// The worker confirmed that the person the team knows with these fields is this one.
    #[serde(default)]
    pub confirm: bool,
}

/// What linking did.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct LinkOutcome {
    /// Whether the person is linked now (not when a match waits for the worker's answer).
    pub linked: bool,
    /// Other persons with the same fields: on this device, and known to the team (as the last
    /// office bundle listed them).
    pub matches: u32,
}

/// The initials as the hash takes them: letters only, upper case, two or three of them.
pub fn initials(text: &str) -> Result<String> {
    let letters: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.' && *c != '-')
        .flat_map(char::to_uppercase)
        .collect();
    let count = letters.chars().count();
    if !(2..=3).contains(&count) || !letters.chars().all(char::is_alphabetic) {
        return Err(Error::invalid("error-link-initials", &[]));
    }
    Ok(letters)
}

/// The keyed hash of a person's fields under `secret` (hex).
pub fn link_hash(secret: &[u8], initials: &str, birth_year: i64, gender: Gender) -> String {
    // An HMAC takes a key of any length: this cannot fail.
    let mut mac = match <Hmac<Sha256> as Mac>::new_from_slice(secret) {
        Ok(m) => m,
        Err(_) => unreachable!("HMAC accepts every key length"),
    };
    mac.update(format!("{RULE}\n{initials}\n{birth_year}\n{}", gender.id()).as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// Whether `s` looks like a link hash (64 lower-case hex digits).
pub fn is_link_hash(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The secret of a scope (a programme's id, or '' for the team), if this store has it.
pub(crate) fn secret(conn: &rusqlite::Connection, scope: &str) -> Result<Option<Vec<u8>>> {
    Ok(conn
        .query_row(
            "SELECT secret FROM link_secrets WHERE scope = ?1",
            [scope],
            |r| r.get(0),
        )
        .optional()?)
}

/// Make the secrets the lead's store lacks: the team's and every programme's.
pub(crate) fn ensure_secrets(conn: &rusqlite::Connection) -> Result<()> {
    let mut scopes: Vec<String> = vec![String::new()];
    let mut stmt = conn.prepare("SELECT id FROM programmes ORDER BY id")?;
    scopes.extend(
        stmt.query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?,
    );
    for scope in scopes {
        let mut secret = zeroize::Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(secret.as_mut());
        conn.execute(
            "INSERT OR IGNORE INTO link_secrets (scope, secret) VALUES (?1, ?2)",
            rusqlite::params![scope, secret.as_slice()],
        )?;
    }
    Ok(())
}

impl Store {
    /// Link a person for the team's count (not a volunteer's to do). When other persons have the
    /// same fields (here, or known to the team) the person is linked only with `confirm`; without
    /// it the outcome names the matches and nothing changes. Audited.
    pub fn link_person(&mut self, person: PersonId, input: &LinkInput) -> Result<LinkOutcome> {
        self.deny_volunteer()?;
        let initials = initials(&input.initials)?;
        if !(1900..=2100).contains(&input.birth_year) {
            return Err(Error::invalid(
                "error-invalid-birth-year",
                &[
                    ("min", "1900"),
                    ("max", "2100"),
                    ("value", &input.birth_year.to_string()),
                ],
            ));
        }
        super::persons::handed_away_guard(self.conn(), self.actor(), person)?;
        let actor = self.actor().clone();
        let now = self.clock().now();
        let tx = self.conn_mut().transaction()?;
        let (programme, current): (Option<String>, Option<String>) = tx
            .query_row(
                "SELECT programme_id, link_hash FROM persons WHERE id = ?1",
                [person],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or_else(|| {
                Error::not_found("error-person-not-found", &[("id", &person.to_string())])
            })?;
        if actor.role == Role::Lead {
            ensure_secrets(&tx)?;
        }
        let secret = secret(&tx, programme.as_deref().unwrap_or(""))?
            .map(zeroize::Zeroizing::new)
            .ok_or_else(|| Error::invalid("error-link-no-secret", &[]))?;
        let hash = link_hash(&secret, &initials, input.birth_year, input.gender);
        if current.as_deref() == Some(hash.as_str()) {
            return Ok(LinkOutcome {
                linked: true,
                matches: 0,
            });
        }
        let matches: i64 = tx.query_row(
            "SELECT (SELECT count(*) FROM persons WHERE link_hash = ?1 AND id <> ?2)
                  + (EXISTS (SELECT 1 FROM team_links WHERE hash = ?1)
                     AND NOT EXISTS (SELECT 1 FROM persons WHERE link_hash = ?1 AND id <> ?2))",
            rusqlite::params![hash, person],
            |r| r.get(0),
        )?;
        let matches = u32::try_from(matches).unwrap_or(u32::MAX);
        if matches > 0 && !input.confirm {
            return Ok(LinkOutcome {
                linked: false,
                matches,
            });
        }
        tx.execute(
            "UPDATE persons SET link_hash = ?2, revision = revision + 1, updated_at = ?3
             WHERE id = ?1",
            rusqlite::params![person, hash, timestamp(now)],
        )?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Update,
            "person",
            &person.to_string(),
        )?;
        tx.commit()?;
        Ok(LinkOutcome {
            linked: true,
            matches,
        })
    }

    /// Take a person out of the team's count again (counted as a person of its own). Audited.
    pub fn unlink_person(&mut self, person: PersonId) -> Result<()> {
        self.deny_volunteer()?;
        super::persons::handed_away_guard(self.conn(), self.actor(), person)?;
        let actor = self.actor().clone();
        let now = self.clock().now();
        let tx = self.conn_mut().transaction()?;
        let changed = tx.execute(
            "UPDATE persons SET link_hash = NULL, revision = revision + 1, updated_at = ?2
             WHERE id = ?1 AND link_hash IS NOT NULL",
            rusqlite::params![person, timestamp(now)],
        )?;
        if changed > 0 {
            audit::append(
                &tx,
                &actor,
                now,
                audit::Action::Update,
                "person",
                &person.to_string(),
            )?;
        }
        tx.commit()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_are_letters_only_in_upper_case() {
        assert_eq!(initials("a. k.").ok().as_deref(), Some("AK"));
        assert_eq!(initials("Ş-Ö").ok().as_deref(), Some("ŞÖ"));
        assert!(initials("A").is_err());
        assert!(initials("ABCD").is_err());
        assert!(initials("A1").is_err());
    }

    #[test]
    fn the_hash_depends_on_every_field_and_on_the_secret() {
        let h = link_hash(b"secret", "AK", 1990, Gender::Weiblich);
        assert!(is_link_hash(&h));
        assert_eq!(h, link_hash(b"secret", "AK", 1990, Gender::Weiblich));
        for other in [
            link_hash(b"secret", "AB", 1990, Gender::Weiblich),
            link_hash(b"secret", "AK", 1991, Gender::Weiblich),
            link_hash(b"secret", "AK", 1990, Gender::Maennlich),
            link_hash(b"other", "AK", 1990, Gender::Weiblich),
        ] {
            assert_ne!(h, other);
        }
    }
}
