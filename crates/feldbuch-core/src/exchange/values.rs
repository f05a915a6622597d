//! Every value that arrives in a bundle passes the same checks as one typed in on this device:
//! ids, vocabulary ids, dates and times, lengths, counts. One rule per column of the export's
//! allow-list (`export::ENTITIES`); a column without a rule is refused, and a test keeps the two
//! lists in step.

use super::bundle::Record;
use crate::error::{Error, Result};
use crate::store::contacts::{MAX_ANONYMOUS, MAX_DURATION_MIN, MAX_NOTE_CHARS, MAX_PERSONS};
use crate::validate;
use crate::vocab::{
    ActivityKind, AgeBand, ConsentForm, ConsentScope, ContactKind, Education, Employment, Gender,
    Household, Locale, Marker, Outcome, PartnerKind, ReferralStatus, SiteKind, Topic,
};
use serde_json::Value;

/// What a column may hold.
#[derive(Debug, Clone, Copy)]
enum Rule {
    /// A record id (UUID, as this software writes it).
    Id {
        required: bool,
    },
    Date {
        required: bool,
    },
    Time,
    /// One line of text of at most so many characters.
    Line {
        max: usize,
        required: bool,
    },
    /// Free text (may hold line breaks).
    Text {
        max: usize,
    },
    Int {
        min: i64,
        max: i64,
        required: bool,
    },
    Bool,
    Vocab {
        parse: fn(&str) -> bool,
        required: bool,
    },
    /// A JSON array (as text) of language codes.
    Languages,
    /// The topics bit mask.
    Topics,
    /// `active` or `closed`.
    PersonStatus,
    /// A JSON array (as text) of two or more anonymous groups, or nothing.
    Groups,
    /// A person's keyed hash for the team's count (64 hex digits), or nothing.
    LinkHash,
}

use Rule::*;

const fn id() -> Rule {
    Id { required: true }
}
const fn opt_id() -> Rule {
    Id { required: false }
}
const fn date() -> Rule {
    Date { required: true }
}
const fn opt_date() -> Rule {
    Date { required: false }
}
const fn line(max: usize) -> Rule {
    Line {
        max,
        required: true,
    }
}
const fn opt_line(max: usize) -> Rule {
    Line {
        max,
        required: false,
    }
}
const fn vocab(parse: fn(&str) -> bool) -> Rule {
    Vocab {
        parse,
        required: true,
    }
}
const fn opt_vocab(parse: fn(&str) -> bool) -> Rule {
    Vocab {
        parse,
        required: false,
    }
}

/// The form of an id of the programme's own vocabulary; that the lead defined it is checked on
/// import, against the store.
fn own_id(s: &str) -> bool {
    (2..=crate::store::vocab_ext::MAX_ID).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is<T>(parse: fn(&str) -> Result<T>) -> impl Fn(&str) -> bool {
    move |s| parse(s).is_ok()
}

/// The rule of `table.column` (children too: `person_markers` and the like hold one value per
/// item). `None`: the column may not arrive at all.
fn rule(table: &str, column: &str) -> Option<Rule> {
    let r = match (table, column) {
        ("workers", "display_name") => line(80),
        ("workers", "initials") => line(4),
        ("workers", "team") => opt_line(80),
        ("workers", "locale") => vocab(|s| is(Locale::parse)(s)),

        ("sites" | "activities" | "persons", "programme_id") => opt_id(),
        ("sites", "kind") => vocab(|s| is(SiteKind::parse)(s)),
        // A programme's own kind: its id's form here; that the lead defined it, on import.
        ("sites" | "partners" | "activities" | "contacts", "kind_ext")
        | ("contacts", "outcome_ext") => opt_vocab(own_id),
        ("contacts", "topics_ext") => opt_vocab(|s| {
            s.split(',').count() <= crate::store::vocab_ext::MAX_PER_KIND
                && s.split(',').all(own_id)
        }),
        ("sites" | "partners", "name") => line(120),
        ("sites" | "partners", "district") => opt_line(80),
        ("sites" | "partners", "address") => opt_line(200),
        ("sites" | "partners", "contact_person") => opt_line(120),
        ("sites", "archived") => Bool,
        ("partners" | "partner_services" | "activities", "archived_on") => opt_date(),
        ("partners", "kind") => vocab(|s| is(PartnerKind::parse)(s)),
        ("partner_services", "partner_id") => id(),
        ("partner_services", "name") => line(120),
        ("partner_services", "description") => Text { max: 1000 },

        ("persons", "worker_id") => id(),
        ("persons", "pseudonym") => line(crate::store::persons::MAX_PSEUDONYM),
        ("persons", "birth_year") => Int {
            min: 1900,
            max: 2100,
            required: false,
        },
        ("persons", "age_band") | (_, "anonymous_age_band") => opt_vocab(|s| is(AgeBand::parse)(s)),
        ("persons", "gender") | (_, "anonymous_gender") => opt_vocab(|s| is(Gender::parse)(s)),
        ("persons", "languages") => Languages,
        ("persons", "district") => opt_line(80),
        ("persons", "status") => PersonStatus,
        ("persons", "closed_on" | "esf_entry_date" | "esf_exit_date") => opt_date(),
        ("persons", "participant") => Bool,
        (
            "persons",
            "esf_exit_job_searching"
            | "esf_exit_in_education"
            | "esf_exit_qualification"
            | "esf_exit_employed",
        ) => Int {
            min: 0,
            max: 1,
            required: false,
        },
        ("persons", "esf_employment") => opt_vocab(|s| is(Employment::parse)(s)),
        ("persons", "esf_education") => opt_vocab(|s| is(Education::parse)(s)),
        ("persons", "esf_household") => opt_vocab(|s| is(Household::parse)(s)),
        ("persons", "close_reason") => opt_line(200),
        ("persons", "link_hash") => LinkHash,
        ("person_markers", _) => vocab(|s| is(Marker::parse)(s) || own_id(s)),

        ("consents", "person_id") => id(),
        ("consents", "scope") => vocab(|s| is(ConsentScope::parse)(s)),
        ("consents", "partner_id") => opt_id(),
        ("consents", "given_on") => date(),
        ("consents", "form") => vocab(|s| is(ConsentForm::parse)(s)),
        ("consents", "withdrawn_on") => opt_date(),

        ("contacts" | "activities", "date") => date(),
        ("contacts" | "activities", "start_time") => Time,
        ("contacts", "duration_min") => Int {
            min: 1,
            max: MAX_DURATION_MIN,
            required: true,
        },
        ("activities", "duration_min") => Int {
            min: 1,
            max: 720,
            required: false,
        },
        ("contacts", "site_id") => id(),
        ("activities", "site_id") => opt_id(),
        ("contacts" | "referrals" | "activities", "worker_id") => id(),
        ("contacts", "kind") => vocab(|s| is(ContactKind::parse)(s)),
        ("contacts", "topics") => Topics,
        ("contacts", "anonymous_count") => Int {
            min: 0,
            max: MAX_ANONYMOUS,
            required: true,
        },
        ("contacts", "language") => opt_vocab(|s| validate::language(s).is_ok()),
        ("contacts", "interpreter") => Bool,
        ("contacts", "outcome") => opt_vocab(|s| is(Outcome::parse)(s)),
        ("contacts", "followup_date") => opt_date(),
        ("contacts", "anonymous_groups") => Groups,
        ("contacts" | "activities", "note") => Text {
            max: MAX_NOTE_CHARS,
        },
        ("contact_persons" | "activity_facilitators" | "activity_attendance", _) => id(),

        ("referrals", "contact_id" | "person_id" | "service_id") => opt_id(),
        ("referrals", "partner_id") => id(),
        ("referrals", "status") => vocab(|s| is(ReferralStatus::parse)(s)),
        ("referrals", "status_changed_on") => opt_date(),
        ("referrals", "note") => Text {
            max: crate::store::referrals::MAX_REFERRAL_NOTE,
        },

        ("activities", "kind") => vocab(|s| is(ActivityKind::parse)(s)),
        ("activities", "title") => line(120),
        ("activities", "volunteers_count") => Int {
            min: 0,
            max: crate::store::activities::MAX_VOLUNTEERS,
            required: true,
        },
        ("activities", "anonymous_count") => Int {
            min: 0,
            max: crate::store::activities::MAX_ANONYMOUS_ATTENDANCE,
            required: true,
        },
        ("followups", "worker_id" | "person_id" | "contact_id") => Id {
            required: column == "worker_id",
        },
        ("followups", "due_on") => date(),
        ("followups", "done_on") => opt_date(),
        // Empty for a follow-up set from a contact.
        ("followups", "what") => Text {
            max: crate::store::followups::MAX_WHAT,
        },
        _ => return None,
    };
    Some(r)
}

/// How many items a child list of a record may hold.
fn max_children(table: &str) -> usize {
    match table {
        "contact_persons" => MAX_PERSONS,
        "activity_attendance" => crate::store::activities::MAX_ATTENDEES,
        _ => 50,
    }
}

fn invalid(table: &str, column: &str) -> Error {
    Error::invalid(
        "error-bundle-invalid-value",
        &[("field", &format!("{table}.{column}"))],
    )
}

fn ok_id(s: &str) -> bool {
    uuid::Uuid::parse_str(s).is_ok_and(|u| u.hyphenated().to_string() == s)
}

fn check(table: &str, column: &str, rule: Rule, v: Option<&Value>) -> Result<()> {
    let bad = || invalid(table, column);
    let v = match v {
        None | Some(Value::Null) => {
            let required = match rule {
                Id { required }
                | Date { required }
                | Line { required, .. }
                | Int { required, .. }
                | Vocab { required, .. } => required,
                Bool | Topics | PersonStatus => true,
                Time | Text { .. } | Languages | Groups | LinkHash => false,
            };
            return if required { Err(bad()) } else { Ok(()) };
        }
        Some(v) => v,
    };
    let text = || v.as_str().ok_or_else(bad);
    let int = || v.as_i64().ok_or_else(bad);
    let fits = match rule {
        Id { .. } => ok_id(text()?),
        Date { .. } => validate::date(text()?).is_ok_and(|d| d.to_string() == text().unwrap_or("")),
        Time => validate::time(text()?).is_ok(),
        Line { max, .. } => {
            let s = text()?;
            validate::required_line("", s, max).is_ok_and(|t| t == s)
        }
        Text { max } => text()?.chars().count() <= max,
        Int { min, max, .. } => (min..=max).contains(&int()?),
        Bool => matches!(v, Value::Bool(_)) || (0..=1).contains(&int()?),
        Vocab { parse, .. } => parse(text()?),
        Languages => serde_json::from_str::<Vec<String>>(text()?).is_ok_and(|l| {
            l.len() <= 20
                && l.iter()
                    .all(|c| validate::language(c).is_ok_and(|x| x == *c))
        }),
        Topics => (0..(1i64 << Topic::ALL.len())).contains(&int()?),
        PersonStatus => matches!(text()?, "active" | "closed"),
        Groups => groups_sum(text()?).is_some(),
        LinkHash => crate::store::links::is_link_hash(text()?),
    };
    if fits {
        Ok(())
    } else {
        Err(bad())
    }
}

/// The people in a contact's anonymous groups, if the text is two or more valid groups.
fn groups_sum(text: &str) -> Option<i64> {
    use crate::store::contacts::{AnonymousGroup, MAX_ANONYMOUS};
    let groups: Vec<AnonymousGroup> = serde_json::from_str(text).ok()?;
    let fits = groups.len() >= 2
        && groups
            .iter()
            .all(|g| (1..=MAX_ANONYMOUS).contains(&g.count));
    let sum: i64 = groups.iter().map(|g| g.count).sum();
    (fits && sum <= MAX_ANONYMOUS).then_some(sum)
}

/// A record's id, revision, time and every field it carries, as local input would be checked.
pub(crate) fn check_record(entity: &super::export::Entity, r: &Record) -> Result<()> {
    check_head(r)?;
    for column in entity.columns.iter().chain(entity.notes) {
        let rule = rule(entity.table, column).ok_or_else(|| invalid(entity.table, column))?;
        check(entity.table, column, rule, r.d.get(*column))?;
    }
    // A contact's groups add up to its anonymous count (the report counts both).
    if let Some(groups) = r.d.get("anonymous_groups").and_then(|g| g.as_str()) {
        let count =
            r.d.get("anonymous_count")
                .and_then(serde_json::Value::as_i64);
        if groups_sum(groups) != count {
            return Err(invalid(entity.table, "anonymous_groups"));
        }
    }
    for (child, _, _) in entity.children {
        let Some(items) = r.d.get(*child) else {
            continue;
        };
        let items = items.as_array().ok_or_else(|| invalid(child, "items"))?;
        if items.len() > max_children(child) {
            return Err(invalid(child, "items"));
        }
        let rule = rule(child, "item").ok_or_else(|| invalid(child, "item"))?;
        for item in items {
            check(child, "item", rule, Some(item))?;
        }
    }
    Ok(())
}

/// What every record carries: a well-formed id, a revision from 1, an RFC 3339 time.
pub(crate) fn check_head(r: &Record) -> Result<()> {
    if !ok_id(&r.id) {
        return Err(invalid(&r.t, "id"));
    }
    if r.rev < 1 {
        return Err(invalid(&r.t, "rev"));
    }
    if chrono::DateTime::parse_from_rfc3339(&r.upd).is_err() {
        return Err(invalid(&r.t, "upd"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_exported_column_has_a_rule() {
        for e in super::super::export::ENTITIES {
            for c in e.columns.iter().chain(e.notes) {
                assert!(rule(e.table, c).is_some(), "{}.{c}", e.table);
            }
            for (child, _, _) in e.children {
                assert!(rule(child, "item").is_some(), "{child}");
            }
        }
    }

    #[test]
    fn values_are_held_to_local_rules() {
        let ok = |t: &str, c: &str, v: Value| check(t, c, rule(t, c).unwrap_or(Bool), Some(&v));
        assert!(ok("contacts", "date", "2026-07-01".into()).is_ok());
        assert!(ok("contacts", "date", "2026-7-1".into()).is_err());
        assert!(ok("contacts", "date", "2026-02-30".into()).is_err());
        assert!(ok("contacts", "duration_min", 0.into()).is_err());
        assert!(ok("contacts", "duration_min", 721.into()).is_err());
        assert!(ok("contacts", "kind", "beratung".into()).is_ok());
        assert!(ok("contacts", "kind", "kaffeeklatsch".into()).is_err());
        assert!(ok("contacts", "topics", (1i64 << 40).into()).is_err());
        assert!(ok("contacts", "site_id", "site-1".into()).is_err());
        assert!(ok("persons", "pseudonym", "x".repeat(41).into()).is_err());
        assert!(ok("persons", "pseudonym", " AK ".into()).is_err());
        assert!(ok("workers", "locale", "xx".into()).is_err());
        assert!(ok("persons", "languages", "[\"de\",\"tr\"]".into()).is_ok());
        assert!(ok("persons", "languages", "[\"<b>\"]".into()).is_err());
        assert!(check("contacts", "date", date(), None).is_err());
    }
}
