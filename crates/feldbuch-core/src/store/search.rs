//! Full-text search over contact notes (SQLite FTS5 inside the encrypted store). The index is
//! contentless: the text stays in `contacts`; triggers keep the index in step (schema v2).

use super::{audit, row_date, Store};
use crate::error::{Error, Result};
use crate::ids::{ContactId, PersonId, SiteId};
use crate::validate::{self, field};
use crate::vocab::ContactKind;
use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

/// Most hits one search returns (newest entered first).
pub const MAX_NOTE_HITS: u32 = 100;
/// Most words a query may have.
pub const MAX_QUERY_WORDS: usize = 8;

/// One contact whose note matched.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, TS)]
pub struct NoteHit {
    pub contact_id: ContactId,
    pub date: NaiveDate,
    pub site_id: SiteId,
    pub site_name: String,
    pub kind: ContactKind,
    /// The programme's own kind, refining `kind`.
    pub kind_ext: Option<String>,
    pub persons: Vec<PersonId>,
    /// The part of the note around the first match (at most ~160 characters).
    pub excerpt: String,
}

/// The FTS5 query for what the user typed: every word must occur, as a word or a word prefix.
/// Words are quoted, so FTS5 syntax in the input (`OR`, `NEAR`, `*`, `"`) is plain text.
pub fn fts_query(input: &str) -> Result<(String, Vec<String>)> {
    let q = validate::required_line(field::QUERY, input, 200)?;
    let words: Vec<String> = q
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        return Err(Error::invalid("error-search-no-words", &[]));
    }
    if words.len() > MAX_QUERY_WORDS {
        return Err(Error::invalid(
            "error-search-too-many-words",
            &[("max", &MAX_QUERY_WORDS.to_string())],
        ));
    }
    let fts = words
        .iter()
        .map(|w| format!("\"{w}\"*"))
        .collect::<Vec<_>>()
        .join(" AND ");
    Ok((fts, words))
}

/// A window of the note around the first word that matches, on character boundaries.
fn excerpt(note: &str, words: &[String]) -> String {
    const WINDOW: usize = 160;
    let lower: Vec<char> = note.to_lowercase().chars().collect();
    let chars: Vec<char> = note.chars().collect();
    // Lowercasing can change the length of a few characters; then fall back to the start.
    let first = if lower.len() == chars.len() {
        let hay: String = lower.iter().collect();
        words
            .iter()
            .filter_map(|w| hay.find(w.as_str()).map(|b| hay[..b].chars().count()))
            .min()
            .unwrap_or(0)
    } else {
        0
    };
    let start = first.saturating_sub(40);
    let end = (start + WINDOW).min(chars.len());
    let mut out: String = chars[start..end].iter().collect();
    if start > 0 {
        out.insert(0, '…');
    }
    if end < chars.len() {
        out.push('…');
    }
    out.replace('\n', " ")
}

impl Store {
    /// Contacts whose note contains every word of `query` (as a word or word prefix), newest
    /// entered first. Volunteers never see notes, so they cannot search them. The search is
    /// audited (how many contacts it listed, never the query).
    pub fn search_notes(&mut self, query: &str) -> Result<Vec<NoteHit>> {
        self.deny_volunteer()?;
        let (fts, words) = fts_query(query)?;
        let hits = {
            let mut stmt = self.conn().prepare_cached(
                "SELECT c.id, c.date, c.site_id, s.name, c.kind, c.note,
                    (SELECT group_concat(p.person_id, ',') FROM contact_persons p
                     WHERE p.contact_id = c.id), c.kind_ext
                 FROM (SELECT contact_id FROM notes_fts WHERE notes_fts MATCH ?1
                       ORDER BY rowid DESC LIMIT ?2) h
                 JOIN contacts c ON c.id = h.contact_id
                 JOIN sites s ON s.id = c.site_id",
            )?;
            let rows = stmt.query_map(rusqlite::params![fts, MAX_NOTE_HITS], |r| {
                let note: Option<String> = r.get(5)?;
                let persons: Option<String> = r.get(6)?;
                let mut persons: Vec<PersonId> = persons
                    .unwrap_or_default()
                    .split(',')
                    .filter_map(|s| PersonId::parse(s).ok())
                    .collect();
                persons.sort();
                Ok(NoteHit {
                    contact_id: r.get(0)?,
                    date: row_date(&r.get::<_, String>(1)?)?,
                    site_id: r.get(2)?,
                    site_name: r.get(3)?,
                    kind: r.get(4)?,
                    kind_ext: r.get(7)?,
                    persons,
                    excerpt: excerpt(note.as_deref().unwrap_or(""), &words),
                })
            })?;
            rows.collect::<rusqlite::Result<Vec<_>>>()?
        };
        audit::record_search(self, "note", hits.len())?;
        Ok(hits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_quote_every_word_so_fts_syntax_is_text() {
        let (q, words) = fts_query("Wohnung OR \"NEAR\" jobcenter*").unwrap_or_default();
        assert_eq!(
            q,
            "\"wohnung\"* AND \"or\"* AND \"near\"* AND \"jobcenter\"*"
        );
        assert_eq!(words.len(), 4);
        assert_eq!(
            fts_query(" ** ").err().map(|e| e.code()),
            Some("error-search-no-words")
        );
        assert_eq!(
            fts_query("").err().map(|e| e.code()),
            Some("error-text-required")
        );
    }

    #[test]
    fn excerpts_centre_on_the_first_match_and_respect_characters() {
        let note = format!(
            "{}Termin beim Jobcenter{}",
            "ä".repeat(100),
            "ö".repeat(300)
        );
        let e = excerpt(&note, &["jobcenter".to_string()]);
        assert!(e.contains("Jobcenter"), "{e}");
        assert!(e.starts_with('…') && e.ends_with('…'));
        assert!(e.chars().count() <= 162);
    }
}
