//! Input validation shared by every face (IPC, CLI, files). Each failure is an invalid-input
//! error with a Fluent id and the offending value; nothing is written after a failure.

use crate::error::{Error, Result};
use chrono::{Datelike, NaiveDate, NaiveTime};

/// Field names used in `error-text-*` messages (Fluent selects the wording on `$field`).
pub mod field {
    pub const NAME: &str = "name";
    pub const INITIALS: &str = "initials";
    pub const TEAM: &str = "team";
    pub const DISTRICT: &str = "district";
    pub const NOTE: &str = "note";
    pub const SITE: &str = "site";
    pub const PSEUDONYM: &str = "pseudonym";
    pub const REAL_NAME: &str = "real-name";
    pub const CONTACT_INFO: &str = "contact-info";
    pub const TITLE: &str = "title";
    pub const SERVICE: &str = "service";
    pub const ADDRESS: &str = "address";
    pub const CONTACT_PERSON: &str = "contact-person";
    pub const WHAT: &str = "what";
    pub const REASON: &str = "reason";
    pub const QUERY: &str = "query";
}

fn check_chars(field: &'static str, s: &str, multiline: bool) -> Result<()> {
    let bad = s.chars().any(|c| {
        (c.is_control() && !(multiline && (c == '\n' || c == '\t')))
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    });
    if bad {
        return Err(Error::invalid("error-text-invalid", &[("field", field)]));
    }
    Ok(())
}

/// An optional single-line text: trimmed; empty means absent.
pub fn optional_line(field: &'static str, v: Option<&str>, max: usize) -> Result<Option<String>> {
    let Some(v) = v else { return Ok(None) };
    let t = v.trim();
    if t.is_empty() {
        return Ok(None);
    }
    check_len(field, t, max)?;
    check_chars(field, t, false)?;
    Ok(Some(t.to_string()))
}

/// A required single-line text.
pub fn required_line(field: &'static str, v: &str, max: usize) -> Result<String> {
    optional_line(field, Some(v), max)?
        .ok_or_else(|| Error::invalid("error-text-required", &[("field", field)]))
}

/// An optional multi-line text (newlines and tabs allowed), trimmed at both ends.
pub fn optional_text(field: &'static str, v: Option<&str>, max: usize) -> Result<Option<String>> {
    let Some(v) = v else { return Ok(None) };
    let t = v.trim();
    if t.is_empty() {
        return Ok(None);
    }
    check_len(field, t, max)?;
    check_chars(field, t, true)?;
    Ok(Some(t.replace("\r\n", "\n")))
}

fn check_len(field: &'static str, t: &str, max: usize) -> Result<()> {
    if t.chars().count() > max {
        return Err(Error::invalid(
            "error-text-too-long",
            &[("field", field), ("max", &max.to_string())],
        ));
    }
    Ok(())
}

/// A calendar date `YYYY-MM-DD` between 2000-01-01 and 2099-12-31.
pub fn date(s: &str) -> Result<NaiveDate> {
    let t = s.trim();
    let ok_shape = t.len() == 10 && t.as_bytes()[4] == b'-' && t.as_bytes()[7] == b'-';
    let d = if ok_shape {
        NaiveDate::parse_from_str(t, "%Y-%m-%d").ok()
    } else {
        None
    };
    match d {
        Some(d) if (2000..=2099).contains(&d.year()) => Ok(d),
        _ => Err(Error::invalid("error-invalid-date", &[("value", s)])),
    }
}

/// A date that is today or earlier; absent or empty means `today`. For when something happened
/// (a contact, a consent): a date in the future is refused.
pub fn date_up_to_today(s: Option<&str>, today: NaiveDate) -> Result<NaiveDate> {
    let d = match s.map(str::trim) {
        None | Some("") => today,
        Some(d) => date(d)?,
    };
    if d > today {
        return Err(Error::invalid(
            "error-date-in-future",
            &[("value", &d.to_string())],
        ));
    }
    Ok(d)
}

/// An optional vocabulary value: absent or empty means none, anything else must parse.
pub fn optional_vocab<T>(v: Option<&str>, parse: fn(&str) -> Result<T>) -> Result<Option<T>> {
    match v.map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => parse(s).map(Some),
    }
}

/// An optional language code (2–3 ASCII letters, stored lowercase).
pub fn optional_language(v: Option<&str>) -> Result<Option<String>> {
    match v.map(str::trim) {
        None | Some("") => Ok(None),
        Some(l) => language(l).map(Some),
    }
}

/// A language code such as `de`, `tr`, `ar`, `uk`: 2–3 ASCII letters, lowercased.
pub fn language(v: &str) -> Result<String> {
    let l = v.trim().to_lowercase();
    let ok = (2..=3).contains(&l.len()) && l.chars().all(|c| c.is_ascii_lowercase());
    if ok {
        Ok(l)
    } else {
        Err(Error::invalid("error-invalid-language", &[("value", v)]))
    }
}

/// A time of day `HH:MM` (24 h).
pub fn time(s: &str) -> Result<NaiveTime> {
    let t = s.trim();
    let ok_shape = t.len() == 5 && t.as_bytes()[2] == b':';
    ok_shape
        .then(|| NaiveTime::parse_from_str(t, "%H:%M").ok())
        .flatten()
        .ok_or_else(|| Error::invalid("error-invalid-time", &[("value", s)]))
}

/// An integer within `min..=max`, else `code` with value/min/max.
pub fn in_range(code: &'static str, value: i64, min: i64, max: i64) -> Result<i64> {
    if value < min || value > max {
        return Err(Error::invalid(
            code,
            &[
                ("value", &value.to_string()),
                ("min", &min.to_string()),
                ("max", &max.to_string()),
            ],
        ));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_strict() {
        assert!(date("2026-11-21").is_ok());
        for bad in [
            "2026-02-30",
            "21.11.2026",
            "2026-1-5",
            "1999-12-31",
            "",
            "2026-11-21x",
        ] {
            assert_eq!(
                date(bad).err().map(|e| e.code()),
                Some("error-invalid-date"),
                "{bad}"
            );
        }
    }

    #[test]
    fn times_are_strict() {
        assert!(time("08:05").is_ok());
        for bad in ["8:05", "24:00", "12:60", "12.30", "abcde"] {
            assert!(time(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn texts_are_trimmed_bounded_and_free_of_control_characters() {
        assert_eq!(
            optional_line(field::NAME, Some("  KiTa  "), 10)
                .ok()
                .flatten()
                .as_deref(),
            Some("KiTa")
        );
        assert_eq!(optional_line(field::NAME, Some("   "), 10).ok(), Some(None));
        assert_eq!(
            optional_line(field::NAME, Some("x".repeat(11).as_str()), 10)
                .err()
                .map(|e| e.code()),
            Some("error-text-too-long")
        );
        assert!(optional_line(field::NAME, Some("a\nb"), 10).is_err());
        assert!(optional_text(field::NOTE, Some("a\nb"), 10).is_ok());
        assert!(optional_text(field::NOTE, Some("a\u{202E}b"), 10).is_err());
        assert_eq!(
            required_line(field::NAME, " ", 10).err().map(|e| e.code()),
            Some("error-text-required")
        );
    }
}
