//! The programme's own terms in the report. Below each built-in id the programme refined (a site
//! kind, a contact kind, a partner kind, an activity kind), a row for each of its own terms and one for the rest
//! of that id: together they are the built-in id's row (or column) of the table they break down,
//! and they are protected with it as one problem (a line says so), so that no own term undoes a
//! suppression there. Own topics, of which a contact may have several, do not add up to their
//! topic: each has a row of its own for the rest of the topic (the topic's contacts without it),
//! and each pair adds up to the topic.

use super::sdc::Line;
use super::{Draft, Label, Period};
use crate::error::Result;
use crate::i18n::Localizer;
use crate::store::vocab_ext::VocabExtension;
use std::collections::HashMap;

/// The period's counts of the programme's own terms, by vocabulary and id.
#[derive(Default)]
pub(super) struct OwnCounts {
    /// Contacts of an own contact kind.
    pub contact_kinds: HashMap<String, u64>,
    /// Contacts at sites of an own site kind.
    pub site_kinds: HashMap<String, u64>,
    /// Contacts with an own topic.
    pub topics: HashMap<String, u64>,
    /// Referrals of the period to partners of an own kind, by status (filled in where the
    /// referrals are counted).
    pub partner_kinds: HashMap<String, Vec<u64>>,
    /// Activities of an own kind: (activities, attendance, volunteers).
    pub activity_kinds: HashMap<String, [u64; 3]>,
}

/// Count the period's records that carry own terms (of the programme's sites and activities,
/// when the report is for one).
pub(super) fn count(
    conn: &rusqlite::Connection,
    period: &Period,
    programme: Option<&str>,
) -> Result<OwnCounts> {
    let mut c = OwnCounts::default();
    let (from, to) = (period.from.to_string(), period.to.to_string());
    let params = rusqlite::params![from, to, programme];
    let mut st = conn.prepare(
        "SELECT c.kind_ext, s.kind_ext, c.topics_ext
         FROM contacts AS c JOIN sites AS s ON s.id = c.site_id
         WHERE c.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR s.programme_id = ?3)
           AND (c.kind_ext IS NOT NULL OR s.kind_ext IS NOT NULL OR c.topics_ext IS NOT NULL)",
    )?;
    let mut rows = st.query(params)?;
    while let Some(r) = rows.next()? {
        if let Some(k) = r.get::<_, Option<String>>(0)? {
            *c.contact_kinds.entry(k).or_default() += 1;
        }
        if let Some(k) = r.get::<_, Option<String>>(1)? {
            *c.site_kinds.entry(k).or_default() += 1;
        }
        if let Some(topics) = r.get::<_, Option<String>>(2)? {
            for t in topics.split(',') {
                *c.topics.entry(t.to_string()).or_default() += 1;
            }
        }
    }
    let mut st = conn.prepare(
        "SELECT a.kind_ext, a.volunteers_count,
                a.anonymous_count + (SELECT count(*) FROM activity_attendance AS t
                                      WHERE t.activity_id = a.id)
         FROM activities AS a WHERE a.date BETWEEN ?1 AND ?2
           AND (?3 IS NULL OR a.programme_id = ?3) AND a.kind_ext IS NOT NULL",
    )?;
    let mut rows = st.query(params)?;
    while let Some(r) = rows.next()? {
        let slot = c.activity_kinds.entry(r.get(0)?).or_default();
        slot[0] += 1;
        slot[1] += r.get::<_, i64>(2)?.max(0) as u64;
        slot[2] += r.get::<_, i64>(1)?.max(0) as u64;
    }
    Ok(c)
}

/// A table of own terms and, for each built-in id it breaks down, that id's index and the rows
/// that add up to it.
pub(super) struct Breakdown {
    pub draft: Draft,
    pub groups: Vec<(usize, Vec<usize>)>,
}

/// The rows for the rest of a built-in id.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Rest {
    /// One after its own terms: they and it add up to the built-in id (a record has one kind).
    OfAll,
    /// One after each own term: each with its rest adds up to the built-in id (a contact may
    /// have several own topics of one topic).
    OfEach,
}

/// What a breakdown is of: its table, the vocabulary and its built-in ids (in the report's
/// order) with their Fluent prefix, and the columns.
pub(super) struct Of<'a> {
    pub id: &'static str,
    pub vocabulary: &'a str,
    pub built_in: Vec<&'static str>,
    pub prefix: &'a str,
    pub cols: Vec<Label>,
    /// Where the rest of a built-in id goes.
    pub rest: Rest,
}

/// The own terms of a vocabulary below the built-in ids they refine, in the built-in order:
/// `own` gives an own term's counts per column, `parent` a built-in id's (by index). No own
/// terms: a table without rows. Where the own terms exceed their built-in id (which a
/// consistent store never gives), that id's rows are not tied to it.
pub(super) fn breakdown(
    l: &Localizer,
    of: Of<'_>,
    extensions: &[VocabExtension],
    own: impl Fn(&str) -> Vec<u64>,
    parent: impl Fn(usize) -> Vec<u64>,
) -> Breakdown {
    let nc = of.cols.len();
    let mut rows = Vec::new();
    let mut raw: Vec<Vec<u64>> = Vec::new();
    let mut groups = Vec::new();
    let locale = l.locale();
    for (p, built_in) in of.built_in.iter().enumerate() {
        let children: Vec<&VocabExtension> = extensions
            .iter()
            .filter(|e| e.kind == of.vocabulary && e.parent.as_deref() == Some(*built_in))
            .collect();
        if children.is_empty() {
            continue;
        }
        let parent_label = l.tr(&format!("{}-{built_in}", of.prefix), &[]);
        let first = rows.len();
        let mut sum = vec![0u64; nc];
        let whole = parent(p);
        for e in children {
            let counts = own(&e.id);
            for (s, n) in sum.iter_mut().zip(&counts) {
                *s += n;
            }
            let label = e.labels.get(locale.id()).unwrap_or(&e.id);
            rows.push(Label {
                key: e.id.clone(),
                text: l.tr("report-own-term", &[("term", label), ("of", &parent_label)]),
                month: None,
            });
            raw.push(counts.clone());
            if of.rest == Rest::OfEach && whole.iter().zip(&counts).all(|(w, n)| n <= w) {
                rows.push(Label {
                    key: format!("{}:rest", e.id),
                    text: l.tr(
                        "report-own-rest-without",
                        &[("of", &parent_label), ("term", label)],
                    ),
                    month: None,
                });
                raw.push(whole.iter().zip(&counts).map(|(w, n)| w - n).collect());
                groups.push((p, vec![rows.len() - 2, rows.len() - 1]));
            }
        }
        if of.rest == Rest::OfEach {
            continue;
        }
        if whole.iter().zip(&sum).any(|(w, s)| s > w) {
            continue;
        }
        rows.push(Label {
            key: format!("{built_in}:rest"),
            text: l.tr("report-own-rest", &[("of", &parent_label)]),
            month: None,
        });
        raw.push(whole.iter().zip(&sum).map(|(w, s)| w - s).collect());
        groups.push((p, (first..rows.len()).collect()));
    }
    Breakdown {
        draft: Draft {
            id: of.id,
            row_header: "report-head-own-term",
            rows,
            cols: of.cols,
            raw,
            row_totals: false,
            col_totals: false,
        },
        groups,
    }
}

impl Breakdown {
    /// The lines that tie it to the table it breaks down, in one joint problem: the breakdown's
    /// cells start at `at`, and `parent_cell(p, c)` is where built-in id `p`'s count of column
    /// `c` lies there.
    pub fn lines(&self, at: usize, parent_cell: impl Fn(usize, usize) -> usize) -> Vec<Line> {
        let nc = self.draft.cols.len();
        let mut out = Vec::new();
        for (p, rows) in &self.groups {
            for c in 0..nc {
                out.push(Line {
                    margin: parent_cell(*p, c),
                    cells: rows.iter().map(|r| at + r * nc + c).collect(),
                });
            }
        }
        out
    }
}
