//! The journal (Verlauf): every contact and activity, newest first, filtered and paged. A page
//! is found by a cursor (the last entry's day, start time and id), so the next page costs the
//! same as the first however far back it reaches.

use super::activities::Activity;
use super::contacts::Contact;
use super::Store;
use crate::error::{Error, Result};
use crate::ids::{PersonId, SiteId};
use crate::validate;
use crate::vocab::Topic;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Entries on a page when the request names no limit.
pub const PAGE: u32 = 50;
/// Most entries on a page.
pub const MAX_PAGE: u32 = 200;

/// What the journal shows. Every filter is optional; a `kind` is a contact kind (then only
/// contacts) or an activity kind (then only activities); a `topic` shows contacts only
/// (activities have none).
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
pub struct JournalQuery {
    /// First day, `YYYY-MM-DD`.
    #[cfg_attr(feature = "cli", arg(long))]
    pub from: Option<String>,
    /// Last day, `YYYY-MM-DD`.
    #[cfg_attr(feature = "cli", arg(long))]
    pub to: Option<String>,
    #[cfg_attr(feature = "cli", arg(skip))]
    pub site_id: Option<SiteId>,
    #[cfg_attr(feature = "cli", arg(long))]
    pub kind: Option<String>,
    #[cfg_attr(feature = "cli", arg(long))]
    pub topic: Option<String>,
    #[cfg_attr(feature = "cli", arg(skip))]
    pub person_id: Option<PersonId>,
    /// The page after this entry (the `next` of the page before).
    #[cfg_attr(feature = "cli", arg(skip))]
    pub after: Option<JournalCursor>,
    #[cfg_attr(feature = "cli", arg(long))]
    pub limit: Option<u32>,
}

/// Where a page ends: its last entry's day, start time (empty without one) and id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
pub struct JournalCursor {
    pub date: NaiveDate,
    pub start: String,
    pub id: String,
}

/// One entry of the journal.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum JournalEntry {
    Contact(Contact),
    Activity(Activity),
}

/// A page of the journal, newest first; `next` is there when older entries follow.
#[derive(Debug, Clone, Serialize, TS)]
pub struct JournalPage {
    pub entries: Vec<JournalEntry>,
    pub next: Option<JournalCursor>,
}

/// Which records a query can show.
enum Shows {
    Both,
    /// Contacts, of a kind when given: (the column, `kind` or `kind_ext`, and the id).
    Contacts(Option<(&'static str, String)>),
    Activities(Option<(&'static str, String)>),
    Nothing,
}

/// A topic to show: a built-in one (its own refinements too), or one of the programme's own.
enum TopicFilter {
    BuiltIn(Topic),
    Own(String),
}

/// SQL text with its parameters, built from the filters that are set.
struct Filter {
    sql: Vec<String>,
    args: Vec<rusqlite::types::Value>,
}

impl Filter {
    fn new() -> Self {
        Self {
            sql: vec!["1 = 1".into()],
            args: vec![],
        }
    }

    /// A condition whose `?`s take `args` in turn (numbered after those already pushed).
    fn push(&mut self, sql: &str, args: impl IntoIterator<Item = rusqlite::types::Value>) {
        let first = self.args.len();
        self.args.extend(args);
        let mut text = String::with_capacity(sql.len() + 8);
        let mut n = first;
        for ch in sql.chars() {
            if ch == '?' {
                n += 1;
                text.push_str(&format!("?{n}"));
            } else {
                text.push(ch);
            }
        }
        debug_assert_eq!(n, self.args.len(), "one argument per placeholder");
        self.sql.push(text);
    }

    fn clause(&self) -> String {
        self.sql.join(" AND ")
    }
}

fn text(s: impl Into<String>) -> rusqlite::types::Value {
    rusqlite::types::Value::Text(s.into())
}

impl Store {
    /// A page of the journal. A volunteer sees their own records only, without notes.
    pub fn journal(&self, q: &JournalQuery) -> Result<JournalPage> {
        let day = |d: &Option<String>| d.as_deref().map(validate::date).transpose();
        let (from, to) = (day(&q.from)?, day(&q.to)?);
        if let (Some(f), Some(t)) = (from, to) {
            if f > t {
                return Err(Error::invalid(
                    "error-invalid-range",
                    &[("from", &f.to_string()), ("to", &t.to_string())],
                ));
            }
        }
        // A built-in topic or kind shows its own refinements too; an own one only itself.
        let topic = match q.topic.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(t) => Some(match self.resolve_vocab("topic", t)? {
                (id, None) => TopicFilter::BuiltIn(Topic::parse(&id)?),
                (_, Some(own)) => TopicFilter::Own(own),
            }),
        };
        let by = |(id, own): (String, Option<String>)| match own {
            None => ("kind", id),
            Some(own) => ("kind_ext", own),
        };
        let shows = match q.kind.as_deref().map(str::trim) {
            None | Some("") if topic.is_some() => Shows::Contacts(None),
            None | Some("") => Shows::Both,
            Some(k) => match (
                self.resolve_vocab("contact-kind", k),
                self.resolve_vocab("activity-kind", k),
            ) {
                (Ok(c), _) => Shows::Contacts(Some(by(c))),
                // Activities have no topics: an activity kind with a topic matches nothing.
                (_, Ok(_)) if topic.is_some() => Shows::Nothing,
                (_, Ok(a)) => Shows::Activities(Some(by(a))),
                (Err(e), Err(_)) => return Err(e),
            },
        };
        let limit = q.limit.unwrap_or(PAGE).clamp(1, MAX_PAGE) as usize;

        // Each kind of record: its newest `limit + 1` keys past the cursor; merged, the newest
        // `limit` of both are the page.
        let mut keys: Vec<(JournalCursor, bool)> = Vec::new();
        let only = self.is_volunteer().then(|| self.actor().worker.to_string());
        for contacts in [true, false] {
            let kind = match (&shows, contacts) {
                (Shows::Both, _) => None,
                (Shows::Contacts(k), true) => Some(k.clone()),
                (Shows::Activities(k), false) => Some(k.clone()),
                _ => continue,
            };
            let (table, people) = if contacts {
                (
                    "contacts",
                    "SELECT contact_id FROM contact_persons WHERE person_id = ?",
                )
            } else {
                (
                    "activities",
                    "SELECT activity_id FROM activity_attendance WHERE person_id = ?",
                )
            };
            let mut f = Filter::new();
            if let Some(d) = from {
                f.push("r.date >= ?", [text(d.to_string())]);
            }
            if let Some(d) = to {
                f.push("r.date <= ?", [text(d.to_string())]);
            }
            if let Some(s) = q.site_id {
                f.push("r.site_id = ?", [text(s.to_string())]);
            }
            if let Some(Some((column, k))) = kind {
                f.push(&format!("r.{column} = ?"), [text(k)]);
            }
            match (&topic, contacts) {
                (Some(TopicFilter::BuiltIn(t)), true) => f.push(
                    "r.topics & ? != 0",
                    [rusqlite::types::Value::Integer(Topic::mask(&[*t]))],
                ),
                (Some(TopicFilter::Own(own)), true) => f.push(
                    "',' || coalesce(r.topics_ext, '') || ',' LIKE ?",
                    [text(format!("%,{own},%"))],
                ),
                _ => {}
            }
            if let Some(p) = q.person_id {
                f.push(&format!("r.id IN ({people})"), [text(p.to_string())]);
            }
            if let Some(w) = &only {
                f.push("r.worker_id = ?", [text(w.clone())]);
            }
            if let Some(c) = &q.after {
                let (d, s, i) = (c.date.to_string(), c.start.clone(), c.id.clone());
                f.push(
                    "r.date <= ? AND (r.date < ? OR coalesce(r.start_time, '') < ?
                     OR (coalesce(r.start_time, '') = ? AND r.id < ?))",
                    [text(d.clone()), text(d), text(s.clone()), text(s), text(i)],
                );
            }
            let sql = format!(
                "SELECT r.date, coalesce(r.start_time, ''), r.id FROM {table} r WHERE {}
                 ORDER BY r.date DESC, coalesce(r.start_time, '') DESC, r.id DESC LIMIT {}",
                f.clause(),
                limit + 1
            );
            let mut stmt = self.conn().prepare_cached(&sql)?;
            let rows = stmt.query_map(rusqlite::params_from_iter(f.args.iter()), |r| {
                let date: String = r.get(0)?;
                Ok(JournalCursor {
                    date: super::row_date(&date)?,
                    start: r.get(1)?,
                    id: r.get(2)?,
                })
            })?;
            for k in rows {
                keys.push((k?, contacts));
            }
        }
        keys.sort_by(|a, b| b.0.cmp(&a.0));
        let more = keys.len() > limit;
        keys.truncate(limit);
        let next = if more {
            keys.last().map(|(k, _)| k.clone())
        } else {
            None
        };
        let mut entries = Vec::with_capacity(keys.len());
        for (k, contact) in keys {
            if contact {
                let c = self.contact(crate::ids::ContactId::parse(&k.id)?)?;
                if let Some(c) = self.shown(c) {
                    entries.push(JournalEntry::Contact(c));
                }
            } else {
                let a = self.activity(crate::ids::ActivityId::parse(&k.id)?)?;
                entries.push(JournalEntry::Activity(a));
            }
        }
        Ok(JournalPage { entries, next })
    }
}
