//! Counting: the running counts of contacts (migration 0004) for the period and the one before
//! it, small queries
//! for the rest, then protection and publication through [`Draft`]s.

use super::sdc::Joint;
use super::{
    Cell, Draft, Incomplete, KeyFigure, Label, Period, PeriodInfo, Report, Shown, Source, Table,
};
use crate::error::Result;
use crate::i18n::Localizer;
use crate::store::{timestamp, Store};
use crate::vocab::{
    ActivityKind, AgeBand, ContactKind, Education, Employment, Gender, Household, Marker,
    PartnerKind, ReferralStatus, SiteKind, Topic,
};
use chrono::{Datelike, NaiveDate};
use rusqlite::OptionalExtension;
use std::collections::HashMap;

/// Key used for "not stated" rows.
const NONE_KEY: &str = "none";

/// Counts of one period for the Überblick.
#[derive(Default)]
struct Totals {
    contacts: u64,
    /// Contacts logged on volunteers' devices (their share of `contacts`).
    volunteer_contacts: u64,
    minutes: u64,
    anonymous_people: u64,
    anonymous_contacts: u64,
    persons: u64,
    new_persons: u64,
    referrals: u64,
    activities: u64,
    attendance: u64,
}

/// Position of a vocabulary id in `all`, by its id.
fn index_of<T: Copy>(all: &[T], id: &str, name: impl Fn(T) -> &'static str) -> Option<usize> {
    all.iter().position(|v| name(*v) == id)
}

/// `YYYY-MM-DD` → (year, month), without allocating.
fn year_month(date: &str) -> Option<(i32, u32)> {
    let y = date.get(0..4)?.parse().ok()?;
    let m = date.get(5..7)?.parse().ok()?;
    Some((y, m))
}

/// A period as the roll-ups serve it: its whole months (`YYYY-MM` to `YYYY-MM`), and the days
/// of the partial months at either end (`YYYY-MM-DD` ranges).
struct Parts {
    months: Option<(String, String)>,
    days: Vec<(String, String)>,
}

impl Parts {
    fn of(from: NaiveDate, to: NaiveDate) -> Parts {
        let first_of_next = |d: NaiveDate| {
            let (y, m) = if d.month() == 12 {
                (d.year() + 1, 1)
            } else {
                (d.year(), d.month() + 1)
            };
            NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(NaiveDate::MAX)
        };
        // The first day of the first whole month, the last day of the last whole month.
        let start = if from.day() == 1 {
            from
        } else {
            first_of_next(from)
        };
        let end = if first_of_next(to).pred_opt() == Some(to) {
            to
        } else {
            to.with_day(1)
                .and_then(|d| d.pred_opt())
                .unwrap_or(NaiveDate::MIN)
        };
        if start > end {
            return Parts {
                months: None,
                days: vec![(from.to_string(), to.to_string())],
            };
        }
        let ym = |d: NaiveDate| format!("{:04}-{:02}", d.year(), d.month());
        let mut days = Vec::new();
        if from < start {
            if let Some(last) = start.pred_opt() {
                days.push((from.to_string(), last.to_string()));
            }
        }
        if end < to {
            if let Some(first) = end.succ_opt() {
                days.push((first.to_string(), to.to_string()));
            }
        }
        Parts {
            months: Some((ym(start), ym(end))),
            days,
        }
    }
}

/// The month bits of `year` (bit 0 = January) that fall in `from..=to`.
fn month_mask(year: i32, from: NaiveDate, to: NaiveDate) -> i64 {
    (1..=12u32)
        .filter(|&m| {
            (year, m) >= (from.year(), from.month()) && (year, m) <= (to.year(), to.month())
        })
        .fold(0, |mask, m| mask | (1 << (m - 1)))
}

/// Persons reached in two periods made of whole months, from `person_contact_years`.
fn persons_by_months(
    conn: &rusqlite::Connection,
    period: &Period,
    prev: &Period,
) -> Result<(u64, u64)> {
    let lo = period.from.min(prev.from).year();
    let hi = period.to.max(prev.to).year();
    // A person linked for the team's count is counted by its hash: the same client met by two
    // workers is one person. Joined only when some person is linked.
    let linked: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM persons WHERE link_hash IS NOT NULL)",
        [],
        |r| r.get(0),
    )?;
    let mut st = conn.prepare(if linked {
        "SELECT y.year, coalesce(p.link_hash, y.person_id), y.months
         FROM person_contact_years AS y LEFT JOIN persons AS p ON p.id = y.person_id
         WHERE y.year BETWEEN ?1 AND ?2"
    } else {
        "SELECT year, person_id, months FROM person_contact_years WHERE year BETWEEN ?1 AND ?2"
    })?;
    let mut rows = st.query([lo, hi])?;
    let mut here: std::collections::HashSet<String> = Default::default();
    let mut before: std::collections::HashSet<String> = Default::default();
    let mut masks: HashMap<i32, (i64, i64)> = HashMap::new();
    while let Some(r) = rows.next()? {
        let year: i32 = r.get(0)?;
        let months: i64 = r.get(2)?;
        let (m_here, m_before) = *masks.entry(year).or_insert_with(|| {
            (
                month_mask(year, period.from, period.to),
                month_mask(year, prev.from, prev.to),
            )
        });
        let person = r.get_ref(1)?.as_str()?;
        if months & m_here != 0 && !here.contains(person) {
            here.insert(person.to_string());
        }
        if months & m_before != 0 && !before.contains(person) {
            before.insert(person.to_string());
        }
    }
    Ok((here.len() as u64, before.len() as u64))
}

/// The raw counts of a period and of the one before it, before anything is published.
struct Counts {
    /// Months × site kinds.
    by_month: Vec<Vec<u64>>,
    /// Sites' districts as written (trimmed), and the contacts of each.
    district_names: Vec<Option<String>>,
    by_district: Vec<u64>,
    by_kind: Vec<u64>,
    by_topic: Vec<u64>,
    per_device: HashMap<String, u64>,
    /// Partner kind × current status.
    referrals: Vec<Vec<u64>>,
    /// Activity kind × (activities, attendance, volunteers).
    activities: Vec<Vec<u64>>,
    own: Own,
    cur: Totals,
    old: Totals,
}

/// Site id → (kind index, district index).
type SiteIndex = HashMap<String, (usize, usize)>;

/// The report: the counts, then what of them may be published.
pub(super) fn build(
    store: &Store,
    period: &Period,
    programme: Option<&str>,
    k: u64,
    l: &Localizer,
) -> Result<Report> {
    let prev = period.previous();
    let counts = count(store.conn(), period, &prev, programme)?;
    let participants = participants(store, period, programme, k, l)?;
    publish(store, period, programme, k, l, counts, participants)
}

/// The programme's own terms and the period's counts of them.
struct Own {
    counts: super::own::OwnCounts,
    extensions: Vec<crate::store::vocab_ext::VocabExtension>,
}

/// Every raw count the report needs, for the period and the one before.
fn count(
    conn: &rusqlite::Connection,
    period: &Period,
    prev: &Period,
    programme: Option<&str>,
) -> Result<Counts> {
    let months = period.months();
    let (sites, district_names) = site_index(conn, programme)?;
    let mut c = Counts {
        by_month: vec![vec![0u64; SiteKind::ALL.len()]; months.len()],
        by_district: vec![0u64; district_names.len()],
        district_names,
        by_kind: vec![0u64; ContactKind::ALL.len()],
        by_topic: vec![0u64; Topic::ALL.len()],
        per_device: HashMap::new(),
        referrals: vec![vec![0u64; ReferralStatus::ALL.len()]; PartnerKind::ALL.len()],
        activities: vec![vec![0u64; 3]; ActivityKind::ALL.len()],
        own: Own {
            counts: super::own::count(conn, period, programme)?,
            extensions: crate::store::vocab_ext::all(conn)?
                .into_iter()
                .map(|(e, ..)| e)
                .collect(),
        },
        cur: Totals::default(),
        old: Totals::default(),
    };
    count_contacts(conn, period, prev, &months, &sites, &mut c)?;
    count_persons(conn, period, prev, programme, &mut c)?;
    count_referrals(conn, period, prev, programme, &mut c)?;
    count_activities(conn, period, prev, programme, &mut c)?;
    Ok(c)
}

/// The sites (of the programme, when the report is for one), and their districts as written
/// (trimmed), in the order first met. A contact at a site outside it counts nowhere.
fn site_index(
    conn: &rusqlite::Connection,
    programme: Option<&str>,
) -> Result<(SiteIndex, Vec<Option<String>>)> {
    let mut sites = SiteIndex::new();
    let mut district_names: Vec<Option<String>> = Vec::new();
    let mut st =
        conn.prepare("SELECT id, kind, district FROM sites WHERE ?1 IS NULL OR programme_id = ?1")?;
    let mut rows = st.query([programme])?;
    while let Some(r) = rows.next()? {
        let kind: String = r.get(1)?;
        let kind = index_of(SiteKind::ALL, &kind, SiteKind::id).unwrap_or(SiteKind::ALL.len() - 1);
        let district: Option<String> = r.get(2)?;
        let district = district
            .map(|d| d.trim().to_string())
            .filter(|d| !d.is_empty());
        let d = match district_names.iter().position(|x| *x == district) {
            Some(i) => i,
            None => {
                district_names.push(district);
                district_names.len() - 1
            }
        };
        sites.insert(r.get(0)?, (kind, d));
    }
    Ok((sites, district_names))
}

/// Contacts of both periods from the running counts: the monthly roll-ups (migration 0005) for
/// whole months, the daily counts (migration 0004) only for partial months at the ends.
fn count_contacts(
    conn: &rusqlite::Connection,
    period: &Period,
    prev: &Period,
    months: &[NaiveDate],
    sites: &SiteIndex,
    c: &mut Counts,
) -> Result<()> {
    let month_index = |date: &str| -> Option<usize> {
        let (y, m) = year_month(date)?;
        months.iter().position(|d| d.year() == y && d.month() == m)
    };
    let here = Parts::of(period.from, period.to);
    let before = Parts::of(prev.from, prev.to);
    // The devices of volunteers (enrolled as such at the lead's; this device, if it is one).
    let volunteers: std::collections::HashSet<String> = conn
        .prepare("SELECT DISTINCT device_id FROM workers WHERE role = 'volunteer'")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for (parts, current) in [(&here, true), (&before, false)] {
        let ranges = parts
            .months
            .iter()
            .map(|r| (true, r))
            .chain(parts.days.iter().map(|r| (false, r)));
        for (monthly, (lo, hi)) in ranges {
            let sql = if monthly {
                "SELECT month, site_id, kind, device_id, contacts, minutes, anonymous_people,
                        linked_contacts, t0, t1, t2, t3, t4, t5, t6, t7, t8, t9
                 FROM contact_month_counts WHERE month BETWEEN ?1 AND ?2"
            } else {
                "SELECT date, site_id, kind, device_id, contacts, minutes, anonymous_people,
                        linked_contacts, t0, t1, t2, t3, t4, t5, t6, t7, t8, t9
                 FROM contact_counts WHERE date BETWEEN ?1 AND ?2"
            };
            let mut st = conn.prepare(sql)?;
            let mut rows = st.query([lo, hi])?;
            while let Some(r) = rows.next()? {
                // Every contact has a site (foreign key); one outside the index is another
                // programme's.
                let Some(&(site_kind, district)) = sites.get(r.get_ref(1)?.as_str()?) else {
                    continue;
                };
                let t = if current { &mut c.cur } else { &mut c.old };
                let n = count_at(r, 4)?;
                t.contacts += n;
                if volunteers.contains(r.get_ref(3)?.as_str()?) {
                    t.volunteer_contacts += n;
                }
                t.minutes += count_at(r, 5)?;
                t.anonymous_people += count_at(r, 6)?;
                t.anonymous_contacts += n.saturating_sub(count_at(r, 7)?);
                if !current {
                    continue;
                }
                // A month (`YYYY-MM`) or a day (`YYYY-MM-DD`): both start with the month.
                if let Some(m) = month_index(r.get_ref(0)?.as_str()?) {
                    c.by_month[m][site_kind] += n;
                }
                c.by_district[district] += n;
                if let Some(i) =
                    index_of(ContactKind::ALL, r.get_ref(2)?.as_str()?, ContactKind::id)
                {
                    c.by_kind[i] += n;
                }
                // Topic columns t0..t9 follow the bit order of Topic::ALL (vocab.rs).
                for (i, slot) in c.by_topic.iter_mut().enumerate() {
                    *slot += count_at(r, 8 + i)?;
                }
                let device = r.get_ref(3)?.as_str()?;
                match c.per_device.get_mut(device) {
                    Some(c) => *c += n,
                    None => {
                        c.per_device.insert(device.to_string(), n);
                    }
                }
            }
        }
    }
    Ok(())
}

/// Persons reached (a contact day in the period) and new persons (records created in it).
fn count_persons(
    conn: &rusqlite::Connection,
    period: &Period,
    prev: &Period,
    programme: Option<&str>,
    c: &mut Counts,
) -> Result<()> {
    let (from, to) = (period.from.to_string(), period.to.to_string());
    let (pfrom, pto) = (prev.from.to_string(), prev.to.to_string());
    let whole_months = Parts::of(period.from, period.to).days.is_empty()
        && Parts::of(prev.from, prev.to).days.is_empty();
    // Persons reached: those with a contact day in the period.
    let (reached, reached_before) = if whole_months && programme.is_none() {
        // Both periods are whole months: one row per person and year, its months as bits.
        persons_by_months(conn, period, prev)?
    } else {
        // One seek per person for both periods: the second lands on the leaf pages the first
        // has just read.
        // Linked persons once per hash (see persons_by_months).
        let (a, b): (i64, i64) = conn.query_row(
            "SELECT count(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM person_contact_days AS d
                        WHERE d.person_id = p.id AND d.date BETWEEN ?1 AND ?2)
                        THEN coalesce(p.link_hash, p.id) END),
                    count(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM person_contact_days AS d
                        WHERE d.person_id = p.id AND d.date BETWEEN ?3 AND ?4)
                        THEN coalesce(p.link_hash, p.id) END)
             FROM persons AS p WHERE ?5 IS NULL OR p.programme_id = ?5",
            rusqlite::params![&from, &to, &pfrom, &pto, programme],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        (a.max(0) as u64, b.max(0) as u64)
    };
    c.cur.persons = reached;
    c.old.persons = reached_before;

    // New persons: records created in either period, in one pass.
    let (new_cur, new_old): (i64, i64) = conn.query_row(
        "SELECT coalesce(sum(d BETWEEN ?1 AND ?2), 0), coalesce(sum(d BETWEEN ?3 AND ?4), 0)
         FROM (SELECT substr(created_at, 1, 10) AS d FROM persons
               WHERE ?5 IS NULL OR programme_id = ?5)",
        rusqlite::params![&from, &to, &pfrom, &pto, programme],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    c.cur.new_persons = new_cur.max(0) as u64;
    c.old.new_persons = new_old.max(0) as u64;
    Ok(())
}

/// Referrals made in the period: partner kind × current status.
fn count_referrals(
    conn: &rusqlite::Connection,
    period: &Period,
    prev: &Period,
    programme: Option<&str>,
    c: &mut Counts,
) -> Result<()> {
    let (from, to) = (period.from.to_string(), period.to.to_string());
    let pfrom = prev.from.to_string();
    {
        let mut st = conn.prepare(
            "SELECT substr(r.created_at, 1, 10), p.kind, r.status, p.kind_ext
             FROM referrals AS r JOIN partners AS p ON p.id = r.partner_id
             WHERE substr(r.created_at, 1, 10) BETWEEN ?1 AND ?2
               AND (?3 IS NULL OR coalesce(
                    (SELECT programme_id FROM persons WHERE id = r.person_id),
                    (SELECT s.programme_id FROM contacts AS c JOIN sites AS s ON s.id = c.site_id
                     WHERE c.id = r.contact_id)) = ?3)",
        )?;
        // A referral belongs to its person's programme, or else to its contact's site's.
        let mut rows = st.query(rusqlite::params![&pfrom, &to, programme])?;
        while let Some(r) = rows.next()? {
            let day = r.get_ref(0)?.as_str()?;
            if day < from.as_str() {
                c.old.referrals += 1;
                continue;
            }
            c.cur.referrals += 1;
            let kind = index_of(PartnerKind::ALL, r.get_ref(1)?.as_str()?, PartnerKind::id)
                .unwrap_or(PartnerKind::ALL.len() - 1);
            if let Some(s) = index_of(
                ReferralStatus::ALL,
                r.get_ref(2)?.as_str()?,
                ReferralStatus::id,
            ) {
                c.referrals[kind][s] += 1;
                if let Some(own) = r.get::<_, Option<String>>(3)? {
                    c.own
                        .counts
                        .partner_kinds
                        .entry(own)
                        .or_insert_with(|| vec![0; ReferralStatus::ALL.len()])[s] += 1;
                }
            }
        }
    }
    Ok(())
}

/// Group activities: kind × (activities, attendance, volunteers).
fn count_activities(
    conn: &rusqlite::Connection,
    period: &Period,
    prev: &Period,
    programme: Option<&str>,
    c: &mut Counts,
) -> Result<()> {
    let (from, to) = (period.from.to_string(), period.to.to_string());
    let pfrom = prev.from.to_string();
    {
        let mut st = conn.prepare(
            "SELECT a.date, a.kind, a.volunteers_count,
                    a.anonymous_count + (SELECT count(*) FROM activity_attendance AS t
                                          WHERE t.activity_id = a.id)
             FROM activities AS a WHERE a.date BETWEEN ?1 AND ?2
               AND (?3 IS NULL OR a.programme_id = ?3)",
        )?;
        let mut rows = st.query(rusqlite::params![&pfrom, &to, programme])?;
        while let Some(r) = rows.next()? {
            let current = r.get_ref(0)?.as_str()? >= from.as_str();
            let attendance = count_at(r, 3)?;
            let t = if current { &mut c.cur } else { &mut c.old };
            t.activities += 1;
            t.attendance += attendance;
            if current {
                let kind = index_of(ActivityKind::ALL, r.get_ref(1)?.as_str()?, ActivityKind::id)
                    .unwrap_or(ActivityKind::ALL.len() - 1);
                c.activities[kind][0] += 1;
                c.activities[kind][1] += attendance;
                c.activities[kind][2] += count_at(r, 2)?;
            }
        }
    }
    Ok(())
}

/// What of the counts may be published: the tables protected, the key figures taken from them.
fn publish(
    store: &Store,
    period: &Period,
    programme: Option<&str>,
    k: u64,
    l: &Localizer,
    counts: Counts,
    (participant_tables, completeness, incomplete): (Vec<Table>, Table, Vec<Incomplete>),
) -> Result<Report> {
    let prev = period.previous();
    let Counts {
        by_month,
        district_names,
        by_district,
        by_kind,
        by_topic,
        per_device,
        referrals,
        activities,
        own,
        cur,
        old,
    } = counts;
    let ContactTables {
        by_month: contacts_by_month,
        by_district: contacts_by_district,
        by_kind: contacts_by_kind,
        sources,
        own: own_contacts,
    } = contact_tables(
        store,
        period,
        k,
        l,
        ContactCounts {
            by_month,
            district_names,
            by_district,
            by_kind,
            per_device: &per_device,
            own: &own,
        },
    )?;
    // Each own topic with the rest of its topic adds up to the topic's row.
    let own_topics = own_contacts_below(
        l,
        ("report-table-own-topics", "topic"),
        (Topic::ids(), Topic::FLUENT_PREFIX),
        super::own::Rest::OfEach,
        (&own.extensions, &own.counts.topics),
        |p| by_topic[p],
    );
    let topic_draft = Draft {
        id: "report-table-topics",
        row_header: "report-head-topic",
        rows: vocab_labels(l, Topic::ids(), Topic::FLUENT_PREFIX),
        cols: contacts_col(l),
        raw: by_topic.iter().map(|n| vec![*n]).collect(),
        row_totals: false,
        col_totals: false,
    };
    let topic_lines = |at: &[usize; 2]| own_topics.lines(at[1], |p, c| at[0] + p + c);
    let [topics, own_topics] = joint_with(
        l,
        k,
        [topic_draft, own_topics.draft.clone()],
        |_| Vec::new(),
        topic_lines,
    );
    // The contacts figure is the month table's total as published, so the sheets agree.
    let contacts_published = contacts_by_month.total.unwrap_or(Shown::PROTECT);
    let topic_shares = topics
        .cells
        .iter()
        .map(|row| match (row[0], contacts_published) {
            (Shown::Value(n), Shown::Value(total)) if total > 0 => Some(n as f64 / total as f64),
            _ => None,
        })
        .collect();
    let anonymous = anonymous_table(store, period, programme, l)?.protect(l, k);
    // The programme's own partner kinds add up to the rows of the kinds they refine.
    let statuses = vocab_labels(l, ReferralStatus::ids(), ReferralStatus::FLUENT_PREFIX);
    let own_partners = super::own::breakdown(
        l,
        super::own::Of {
            id: "report-table-own-partner-kinds",
            vocabulary: "partner-kind",
            built_in: PartnerKind::ids(),
            prefix: PartnerKind::FLUENT_PREFIX,
            cols: statuses.clone(),
            rest: super::own::Rest::OfAll,
        },
        &own.extensions,
        |id| {
            own.counts
                .partner_kinds
                .get(id)
                .cloned()
                .unwrap_or_else(|| vec![0; ReferralStatus::ALL.len()])
        },
        |p| referrals[p].clone(),
    );
    let referral_draft = Draft {
        id: "report-table-referrals",
        row_header: "report-head-partner-kind",
        rows: vocab_labels(l, PartnerKind::ids(), PartnerKind::FLUENT_PREFIX),
        cols: statuses,
        raw: referrals,
        row_totals: true,
        col_totals: true,
    };
    let n_status = ReferralStatus::ALL.len();
    let partner_lines =
        |at: &[usize; 2]| own_partners.lines(at[1], |p, c| at[0] + p * n_status + c);
    let [referrals, own_partners] = joint_with(
        l,
        k,
        [referral_draft, own_partners.draft.clone()],
        |_| Vec::new(),
        partner_lines,
    );
    let activity_cols = vocab_labels(
        l,
        vec!["activities", "attendance", "volunteers"],
        "report-col",
    );
    // The programme's own activity kinds add up to the rows of the kinds they refine.
    let own_activities = super::own::breakdown(
        l,
        super::own::Of {
            id: "report-table-own-activity-kinds",
            vocabulary: "activity-kind",
            built_in: ActivityKind::ids(),
            prefix: ActivityKind::FLUENT_PREFIX,
            cols: activity_cols.clone(),
            rest: super::own::Rest::OfAll,
        },
        &own.extensions,
        |id| {
            own.counts
                .activity_kinds
                .get(id)
                .map_or_else(|| vec![0; 3], |a| a.to_vec())
        },
        |p| activities[p].clone(),
    );
    let activity_draft = Draft {
        id: "report-table-activities",
        row_header: "report-head-activity-kind",
        rows: vocab_labels(l, ActivityKind::ids(), ActivityKind::FLUENT_PREFIX),
        cols: activity_cols,
        raw: activities,
        row_totals: false,
        col_totals: true,
    };
    let own_lines = |at: &[usize; 2]| own_activities.lines(at[1], |p, c| at[0] + p * 3 + c);
    let [activities, own_activities] = joint_with(
        l,
        k,
        [activity_draft, own_activities.draft.clone()],
        |_| Vec::new(),
        own_lines,
    );
    let key_figures = key_figures(
        k,
        l,
        (&cur, &old),
        contacts_published,
        &referrals,
        &activities,
    );

    Ok(Report {
        programme: None,
        locale: l.locale().id(),
        period: period.into(),
        previous: PeriodInfo::from(&prev),
        k,
        generated_at: timestamp(store.clock().now()),
        key_figures,
        contacts_by_month,
        contacts_by_district,
        contacts_by_kind,
        anonymous,
        topics,
        topic_shares,
        referrals,
        activities,
        participants: participant_tables,
        own_terms: own_contacts
            .into_iter()
            .chain([own_topics, own_partners, own_activities])
            .filter(|t| !t.rows.is_empty())
            .collect(),
        completeness,
        incomplete,
        sources,
    })
}
/// Contacts by the programme's own terms of a vocabulary (table id and vocabulary; its built-in
/// ids and their Fluent prefix), below the built-in id's count of contacts `parent`.
fn own_contacts_below(
    l: &Localizer,
    (id, vocabulary): (&'static str, &str),
    (built_in, prefix): (Vec<&'static str>, &str),
    rest: super::own::Rest,
    (extensions, counts): (
        &[crate::store::vocab_ext::VocabExtension],
        &HashMap<String, u64>,
    ),
    parent: impl Fn(usize) -> u64,
) -> super::own::Breakdown {
    super::own::breakdown(
        l,
        super::own::Of {
            id,
            vocabulary,
            built_in,
            prefix,
            cols: contacts_col(l),
            rest,
        },
        extensions,
        |term| vec![counts.get(term).copied().unwrap_or(0)],
        |p| vec![parent(p)],
    )
}

/// The contact tables as published, each device's share, and the programme's own site and
/// contact kinds below them.
struct ContactTables {
    by_month: Table,
    by_district: Table,
    by_kind: Table,
    sources: Vec<Source>,
    own: Vec<Table>,
}

/// The contact counts the contact tables and the sources' shares are made of.
struct ContactCounts<'a> {
    by_month: Vec<Vec<u64>>,
    district_names: Vec<Option<String>>,
    by_district: Vec<u64>,
    by_kind: Vec<u64>,
    per_device: &'a HashMap<String, u64>,
    own: &'a Own,
}

/// The contacts by month, district and kind, and each device's share: they add up to one number,
/// the contacts of the period, and are protected as one problem.
fn contact_tables(
    store: &Store,
    period: &Period,
    k: u64,
    l: &Localizer,
    c: ContactCounts<'_>,
) -> Result<ContactTables> {
    let months = period.months();
    let ContactCounts {
        by_month,
        district_names,
        by_district,
        by_kind,
        per_device,
        own,
    } = c;
    // The programme's own site kinds add up to the contacts at the kinds they refine (the month
    // table's column totals), its own contact kinds to the rows of the kind table.
    let own_sites = own_contacts_below(
        l,
        ("report-table-own-site-kinds", "site-kind"),
        (SiteKind::ids(), SiteKind::FLUENT_PREFIX),
        super::own::Rest::OfAll,
        (&own.extensions, &own.counts.site_kinds),
        |p| by_month.iter().map(|m| m[p]).sum(),
    );
    let own_kinds = own_contacts_below(
        l,
        ("report-table-own-contact-kinds", "contact-kind"),
        (ContactKind::ids(), ContactKind::FLUENT_PREFIX),
        super::own::Rest::OfAll,
        (&own.extensions, &own.counts.contact_kinds),
        |p| by_kind[p],
    );
    let month_labels: Vec<Label> = months
        .iter()
        .map(|m| Label {
            key: format!("{:04}-{:02}", m.year(), m.month()),
            text: l.tr(
                "report-month",
                &[
                    ("month", &l.tr(&format!("report-month-{}", m.month()), &[])),
                    ("year", &m.year().to_string()),
                ],
            ),
            month: Some(*m),
        })
        .collect();
    let month_draft = Draft {
        id: "report-table-contacts-month",
        row_header: "report-head-month",
        rows: month_labels,
        cols: vocab_labels(l, SiteKind::ids(), SiteKind::FLUENT_PREFIX),
        raw: by_month,
        row_totals: true,
        col_totals: true,
    };
    let contacts_col = contacts_col(l);
    // Districts with contacts in the period, by name, "not stated" last.
    let mut districts: Vec<(Option<String>, u64)> = district_names
        .into_iter()
        .zip(by_district)
        .filter(|(_, n)| *n > 0)
        .collect();
    districts.sort_by(|a, b| match (&a.0, &b.0) {
        (None, None) => std::cmp::Ordering::Equal,
        (None, _) => std::cmp::Ordering::Greater,
        (_, None) => std::cmp::Ordering::Less,
        (Some(x), Some(y)) => x.to_lowercase().cmp(&y.to_lowercase()),
    });
    let district_draft = Draft {
        id: "report-table-contacts-district",
        row_header: "report-head-district",
        rows: districts
            .iter()
            .map(|(d, _)| match d {
                Some(d) => Label {
                    key: d.clone(),
                    text: d.clone(),
                    month: None,
                },
                None => none_label(l),
            })
            .collect(),
        cols: contacts_col.clone(),
        raw: districts.iter().map(|(_, n)| vec![*n]).collect(),
        row_totals: false,
        col_totals: true,
    };
    let kind_draft = Draft {
        id: "report-table-contacts-kind",
        row_header: "report-head-contact-kind",
        rows: vocab_labels(l, ContactKind::ids(), ContactKind::FLUENT_PREFIX),
        cols: contacts_col.clone(),
        raw: by_kind.iter().map(|n| vec![*n]).collect(),
        row_totals: false,
        col_totals: true,
    };
    // Each device's share of the contacts (the Methodik sheet's sources) adds up to the same
    // total: protected with the tables, though published only beside the sources.
    let mut sources = sources(store, per_device)?;
    let device_draft = Draft {
        id: "report-source-contacts",
        row_header: "report-source-device",
        rows: sources
            .iter()
            .map(|s| Label {
                key: s.device_id.clone(),
                text: s.device_id.clone(),
                month: None,
            })
            .collect(),
        cols: contacts_col.clone(),
        raw: sources
            .iter()
            .map(|s| vec![per_device.get(&s.device_id).copied().unwrap_or(0)])
            .collect(),
        row_totals: false,
        col_totals: true,
    };
    // The contact tables and the devices' shares add up to one number, the contacts of the
    // period: protected as one problem, so that no table's total undoes another's suppression.
    let month_totals: Vec<usize> = (0..month_draft.cols.len())
        .filter_map(|c| month_draft.col_total_at(c))
        .collect();
    let own_lines = |at: &[usize; 6]| {
        let mut lines = own_sites.lines(at[4], |p, _| at[0] + month_totals[p]);
        lines.extend(own_kinds.lines(at[5], |p, c| at[2] + p + c));
        lines
    };
    let [contacts_by_month, contacts_by_district, contacts_by_kind, by_device, own_site_table, own_kind_table] =
        joint_with(
            l,
            k,
            [
                month_draft,
                district_draft,
                kind_draft,
                device_draft,
                own_sites.draft.clone(),
                own_kinds.draft.clone(),
            ],
            |d| {
                d.total_at()
                    .or_else(|| d.col_total_at(0))
                    .into_iter()
                    .collect()
            },
            own_lines,
        );
    for (s, row) in sources.iter_mut().zip(&by_device.cells) {
        s.contacts_in_period = row[0];
    }
    Ok(ContactTables {
        by_month: contacts_by_month,
        by_district: contacts_by_district,
        by_kind: contacts_by_kind,
        sources,
        own: vec![own_site_table, own_kind_table],
    })
}

/// People reached anonymously in the period, by age band and gender, from the running counts
/// (a day has at most 24 rows there, however many contacts it has).
fn anonymous_table(
    store: &Store,
    period: &Period,
    programme: Option<&str>,
    l: &Localizer,
) -> Result<Draft> {
    let bands = AgeBand::ids();
    let genders = Gender::ids();
    let mut raw = vec![vec![0u64; genders.len()]; bands.len()];
    // For all programmes, the running counts; for one, its sites' contacts counted again (one
    // group in the contact's columns, two or more in its groups), as the running counts do.
    let sql = if programme.is_none() {
        "SELECT age_band, gender, sum(people) FROM anonymous_counts
         WHERE date BETWEEN ?1 AND ?2 AND ?3 IS NULL GROUP BY age_band, gender"
    } else {
        "SELECT band, gender, sum(people) FROM (
            SELECT coalesce(c.anonymous_age_band, 'unbekannt') AS band,
                   coalesce(c.anonymous_gender, 'keine-angabe') AS gender,
                   c.anonymous_count AS people
            FROM contacts AS c JOIN sites AS s ON s.id = c.site_id
            WHERE c.date BETWEEN ?1 AND ?2 AND s.programme_id = ?3 AND c.anonymous_count > 0
              AND c.anonymous_groups IS NULL
            UNION ALL
            SELECT coalesce(json_extract(g.value, '$.age_band'), 'unbekannt'),
                   coalesce(json_extract(g.value, '$.gender'), 'keine-angabe'),
                   json_extract(g.value, '$.count')
            FROM contacts AS c JOIN sites AS s ON s.id = c.site_id,
                 json_each(c.anonymous_groups) AS g
            WHERE c.date BETWEEN ?1 AND ?2 AND s.programme_id = ?3
              AND c.anonymous_groups IS NOT NULL)
         GROUP BY band, gender"
    };
    let mut st = store.conn().prepare_cached(sql)?;
    let mut rows = st.query(rusqlite::params![
        period.from.to_string(),
        period.to.to_string(),
        programme
    ])?;
    while let Some(r) = rows.next()? {
        let band: String = r.get(0)?;
        let gender: String = r.get(1)?;
        let n: i64 = r.get(2)?;
        if let (Some(b), Some(g)) = (
            bands.iter().position(|x| *x == band),
            genders.iter().position(|x| *x == gender),
        ) {
            raw[b][g] += u64::try_from(n).unwrap_or(0);
        }
    }
    Ok(Draft {
        id: "report-table-anonymous",
        row_header: "report-head-age",
        rows: vocab_labels(l, bands, AgeBand::FLUENT_PREFIX),
        cols: vocab_labels(l, genders, Gender::FLUENT_PREFIX),
        raw,
        row_totals: true,
        col_totals: true,
    })
}

/// Row or column headings for the ids of a vocabulary, in its display order.
fn vocab_labels(l: &Localizer, ids: Vec<&'static str>, prefix: &str) -> Vec<Label> {
    ids.into_iter()
        .map(|id| Label {
            key: id.to_string(),
            text: l.tr(&format!("{prefix}-{id}"), &[]),
            month: None,
        })
        .collect()
}

/// The one column of a table of contacts.
fn contacts_col(l: &Localizer) -> Vec<Label> {
    vec![Label {
        key: "contacts".into(),
        text: l.tr("report-col-contacts", &[]),
        month: None,
    }]
}

/// Key figures: a figure that is also a table's total is that total as published (so a total
/// hidden to protect a cell is not printed beside it); the others are counts of their own (hidden
/// when small). Hours are hidden with the contacts they sum.
fn key_figures(
    k: u64,
    l: &Localizer,
    (cur, old): (&Totals, &Totals),
    contacts_published: Cell,
    referrals: &Table,
    activities: &Table,
) -> Vec<KeyFigure> {
    let count = |n: u64| Cell::alone(n, k).map(|v| v as f64);
    let total_of = |published: Option<Cell>, n: u64| match published {
        Some(cell) => cell.map(|v| v as f64),
        None => count(n),
    };
    let hours = |t: &Totals, contacts: Shown<f64>| match contacts {
        Shown::Value(_) => Shown::Value((t.minutes as f64 / 6.0).round() / 10.0),
        Shown::Hidden { .. } => Shown::PROTECT,
    };
    let figure = |id: &'static str, current: Shown<f64>, previous: Shown<f64>| KeyFigure {
        id,
        label: l.tr(&format!("report-figure-{id}"), &[]),
        current,
        previous,
        change: KeyFigure::change_of(current, previous),
    };
    let contacts_now = total_of(Some(contacts_published), cur.contacts);
    let col_total = |t: &Table, c: usize| t.col_totals.as_ref().and_then(|ct| ct.get(c).copied());
    vec![
        figure("contacts", contacts_now, count(old.contacts)),
        figure(
            "volunteer-contacts",
            count(cur.volunteer_contacts),
            count(old.volunteer_contacts),
        ),
        figure("persons", count(cur.persons), count(old.persons)),
        figure(
            "anonymous-people",
            count(cur.anonymous_people),
            count(old.anonymous_people),
        ),
        figure(
            "anonymous-contacts",
            count(cur.anonymous_contacts),
            count(old.anonymous_contacts),
        ),
        figure(
            "new-persons",
            count(cur.new_persons),
            count(old.new_persons),
        ),
        figure(
            "referrals",
            total_of(referrals.total, cur.referrals),
            count(old.referrals),
        ),
        figure(
            "activities",
            total_of(col_total(activities, 0), cur.activities),
            count(old.activities),
        ),
        figure(
            "attendance",
            total_of(col_total(activities, 1), cur.attendance),
            count(old.attendance),
        ),
        figure(
            "hours",
            hours(cur, contacts_now),
            hours(old, count(old.contacts)),
        ),
    ]
}

/// Tables that break one population down in different ways, protected as one problem: `shared`
/// names the cells of each that hold the numbers they all share (a total, or the totals of the
/// same columns), which a reader could otherwise set side by side. A shared cell that differs
/// from the first table's (which a consistent store never gives) is not linked.
fn joint<const N: usize>(
    l: &Localizer,
    k: u64,
    drafts: [Draft; N],
    shared: impl Fn(&Draft) -> Vec<usize>,
) -> [Table; N] {
    joint_with(l, k, drafts, shared, |_| Vec::new())
}

/// [`joint`], with more lines a reader can add up across the tables (`extra` gets where each
/// table's cells start).
fn joint_with<const N: usize>(
    l: &Localizer,
    k: u64,
    drafts: [Draft; N],
    shared: impl Fn(&Draft) -> Vec<usize>,
    extra: impl Fn(&[usize; N]) -> Vec<super::sdc::Line>,
) -> [Table; N] {
    let mut problem = Joint::default();
    let mut first_shared: Vec<(usize, u64)> = Vec::new();
    let mut offsets = [0usize; N];
    for (n, d) in drafts.iter().enumerate() {
        let counts = d.counts();
        let at = problem.add(counts.clone(), d.lines());
        offsets[n] = at;
        for (j, i) in shared(d).into_iter().enumerate() {
            match first_shared.get(j) {
                None => first_shared.push((at + i, counts[i])),
                Some(&(cell, value)) if value == counts[i] => problem.same(cell, at + i),
                Some(_) => {}
            }
        }
    }
    for line in extra(&offsets) {
        problem.line(line);
    }
    let marks = problem.protect(k);
    let mut n = 0;
    drafts.map(|d| {
        let at = offsets[n];
        n += 1;
        let len = d.counts().len();
        d.publish(l, &marks[at..at + len])
    })
}

/// A non-negative integer column.
fn count_at(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<u64> {
    Ok(r.get::<_, i64>(i)?.max(0) as u64)
}

fn none_label(l: &Localizer) -> Label {
    Label {
        key: NONE_KEY.into(),
        text: l.tr("report-not-stated", &[]),
        month: None,
    }
}

/// ESF Plus age band at entry: under 18, 18–29, 30–54, 55 and over.
const AGE_BANDS: [&str; 4] = ["unter-18", "18-29", "30-54", "ab-55"];

fn esf_age(birth_year: Option<i32>, band: Option<&str>, entry: NaiveDate) -> Option<usize> {
    if let Some(y) = birth_year {
        // Only the year of birth is held: the age reached in the year of entry.
        let age = entry.year() - y;
        return Some(match age {
            i32::MIN..=17 => 0,
            18..=29 => 1,
            30..=54 => 2,
            _ => 3,
        });
    }
    match band? {
        "unter-18" => Some(0),
        "18-29" => Some(1),
        "30-54" => Some(2),
        "55-64" | "ab-65" => Some(3),
        _ => None,
    }
}

struct Participant {
    id: String,
    pseudonym: String,
    gender: Option<String>,
    birth_year: Option<i32>,
    age_band: Option<String>,
    entry: Option<NaiveDate>,
    exit: Option<NaiveDate>,
    employment: Option<String>,
    education: Option<String>,
    household: Option<String>,
    markers: Vec<String>,
    /// The result indicators at leaving: job searching, in education, qualification, employed.
    results: [Option<bool>; 4],
}

/// The ESF Plus common result indicators at leaving, in the order of [`Participant::results`].
const RESULTS: [&str; 4] = ["job-searching", "in-education", "qualification", "employed"];

type ParticipantTables = (Vec<Table>, Table, Vec<Incomplete>);

fn participants(
    store: &Store,
    period: &Period,
    programme: Option<&str>,
    k: u64,
    l: &Localizer,
) -> Result<ParticipantTables> {
    let conn = store.conn();
    let date = |s: Option<String>| s.and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok());
    let mut list: Vec<Participant> = Vec::new();
    {
        let mut st = conn.prepare(
            "SELECT id, pseudonym, gender, birth_year, age_band, esf_entry_date, esf_exit_date,
                    esf_employment, esf_education, esf_household, esf_exit_job_searching,
                    esf_exit_in_education, esf_exit_qualification, esf_exit_employed
             FROM persons WHERE participant = 1 AND (?1 IS NULL OR programme_id = ?1)
             ORDER BY pseudonym COLLATE NOCASE, id",
        )?;
        let mut rows = st.query([programme])?;
        while let Some(r) = rows.next()? {
            list.push(Participant {
                id: r.get(0)?,
                pseudonym: r.get(1)?,
                gender: r.get(2)?,
                birth_year: r.get(3)?,
                age_band: r.get(4)?,
                entry: date(r.get(5)?),
                exit: date(r.get(6)?),
                employment: r.get(7)?,
                education: r.get(8)?,
                household: r.get(9)?,
                markers: Vec::new(),
                results: [r.get(10)?, r.get(11)?, r.get(12)?, r.get(13)?],
            });
        }
        // Markers of all participants in one query.
        let mut st = conn.prepare(
            "SELECT m.person_id, m.marker FROM person_markers AS m
             JOIN persons AS p ON p.id = m.person_id WHERE p.participant = 1",
        )?;
        let mut markers: HashMap<String, Vec<String>> = HashMap::new();
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            markers.entry(r.get(0)?).or_default().push(r.get(1)?);
        }
        for p in &mut list {
            p.markers = markers.remove(&p.id).unwrap_or_default();
        }
    }
    let within = |d: Option<NaiveDate>| d.is_some_and(|d| d >= period.from && d <= period.to);
    let cols = |l: &Localizer| {
        ["entries", "exits"]
            .into_iter()
            .map(|c| Label {
                key: c.into(),
                text: l.tr(&format!("report-col-{c}"), &[]),
                month: None,
            })
            .collect::<Vec<_>>()
    };
    // A dimension: its categories (ids under a Fluent prefix) plus "not stated".
    let dimension = |id: &'static str,
                     head: &'static str,
                     ids: &[&'static str],
                     prefix: &str,
                     of: &dyn Fn(&Participant) -> Option<usize>|
     -> Draft {
        let mut raw = vec![vec![0u64; 2]; ids.len() + 1];
        for p in &list {
            let row = of(p).unwrap_or(ids.len());
            if within(p.entry) {
                raw[row][0] += 1;
            }
            if within(p.exit) {
                raw[row][1] += 1;
            }
        }
        let mut rows: Vec<Label> = ids
            .iter()
            .map(|i| Label {
                key: (*i).to_string(),
                text: l.tr(&format!("{prefix}-{i}"), &[]),
                month: None,
            })
            .collect();
        rows.push(none_label(l));
        Draft {
            id,
            row_header: head,
            rows,
            cols: cols(l),
            raw,
            row_totals: false,
            col_totals: true,
        }
    };
    let pos = |all: Vec<&'static str>, v: &Option<String>| -> Option<usize> {
        v.as_deref().and_then(|v| all.iter().position(|i| *i == v))
    };
    let dimensions = [
        dimension(
            "report-table-participants-gender",
            "report-head-gender",
            &Gender::ids(),
            Gender::FLUENT_PREFIX,
            &|p| pos(Gender::ids(), &p.gender),
        ),
        dimension(
            "report-table-participants-age",
            "report-head-age",
            &AGE_BANDS,
            "report-age",
            &|p| esf_age(p.birth_year, p.age_band.as_deref(), p.entry?),
        ),
        dimension(
            "report-table-participants-employment",
            "report-head-employment",
            &Employment::ids(),
            Employment::FLUENT_PREFIX,
            &|p| pos(Employment::ids(), &p.employment),
        ),
        dimension(
            "report-table-participants-education",
            "report-head-education",
            &Education::ids(),
            Education::FLUENT_PREFIX,
            &|p| pos(Education::ids(), &p.education),
        ),
        dimension(
            "report-table-participants-household",
            "report-head-household",
            &Household::ids(),
            Household::FLUENT_PREFIX,
            &|p| pos(Household::ids(), &p.household),
        ),
    ];
    // Every participant counts once in each dimension: all share the entries and exits totals.
    let mut tables = Vec::from(joint(l, k, dimensions, |d| {
        (0..2).filter_map(|c| d.col_total_at(c)).collect()
    }));
    // Participants with each marker, entering and leaving: a person may have several, so no
    // totals. The funder's disadvantage markers, then the programme's own where it has any.
    let marker_table = |id: &'static str, markers: Vec<(String, String)>| {
        let mut raw = vec![vec![0u64; 2]; markers.len()];
        for p in &list {
            for (i, (m, _)) in markers.iter().enumerate() {
                if p.markers.contains(m) {
                    raw[i][0] += u64::from(within(p.entry));
                    raw[i][1] += u64::from(within(p.exit));
                }
            }
        }
        Draft {
            id,
            row_header: "report-head-marker",
            rows: markers
                .into_iter()
                .map(|(key, text)| Label {
                    key,
                    text,
                    month: None,
                })
                .collect(),
            cols: cols(l),
            raw,
            row_totals: false,
            col_totals: false,
        }
        .protect(l, k)
    };
    tables.push(marker_table(
        "report-table-participants-markers",
        Marker::ALL
            .iter()
            .filter(|m| m.is_disadvantage())
            .map(|m| (m.id().to_string(), l.tr(&m.fluent_id(), &[])))
            .collect(),
    ));
    let locale = l.locale();
    let own: Vec<(String, String)> = store
        .vocab_extensions()?
        .into_iter()
        .filter(|e| e.kind == "marker")
        .map(|e| {
            let label = e.labels.get(locale.id()).unwrap_or(&e.id).clone();
            (e.id, label)
        })
        .collect();
    if !own.is_empty() {
        tables.push(marker_table("report-table-own-markers", own));
    }

    // Results at leaving: of the exits in the period, how many met each indicator, and how many
    // left with no result recorded. Several can hold for one person, so no totals.
    let mut raw = vec![vec![0u64; 1]; RESULTS.len() + 1];
    for p in list.iter().filter(|p| within(p.exit)) {
        for (i, r) in p.results.iter().enumerate() {
            raw[i][0] += u64::from(*r == Some(true));
        }
        raw[RESULTS.len()][0] += u64::from(p.results.iter().all(Option::is_none));
    }
    let mut rows: Vec<Label> = RESULTS
        .iter()
        .map(|r| Label {
            key: (*r).into(),
            text: l.tr(&format!("report-result-{r}"), &[]),
            month: None,
        })
        .collect();
    rows.push(Label {
        key: "not-recorded".into(),
        text: l.tr("report-result-not-recorded", &[]),
        month: None,
    });
    tables.push(
        Draft {
            id: "report-table-participants-results",
            row_header: "report-head-result",
            rows,
            cols: vec![Label {
                key: "exits".into(),
                text: l.tr("report-col-exits", &[]),
                month: None,
            }],
            raw,
            row_totals: false,
            col_totals: false,
        }
        .protect(l, k),
    );

    // Completeness: participants taking part in the period (or with no entry date at all).
    const FIELDS: [&str; 6] = [
        "entry-date",
        "gender",
        "age",
        "employment",
        "education",
        "household",
    ];
    let mut incomplete = Vec::new();
    let mut missing_counts = vec![vec![0u64]; FIELDS.len()];
    for p in &list {
        let active = match p.entry {
            None => true,
            Some(e) => e <= period.to && p.exit.is_none_or(|x| x >= period.from),
        };
        if !active {
            continue;
        }
        let age_known =
            p.birth_year.is_some() || p.age_band.as_deref().is_some_and(|b| b != "unbekannt");
        let flags = [
            p.entry.is_none(),
            p.gender.is_none(),
            !age_known,
            p.employment.is_none(),
            p.education.is_none(),
            p.household.is_none(),
        ];
        let missing: Vec<&'static str> = FIELDS
            .iter()
            .zip(flags)
            .filter(|(_, f)| *f)
            .map(|(name, _)| *name)
            .collect();
        for (i, f) in flags.iter().enumerate() {
            missing_counts[i][0] += u64::from(*f);
        }
        if !missing.is_empty() {
            incomplete.push(Incomplete {
                person_id: p.id.clone(),
                pseudonym: p.pseudonym.clone(),
                missing,
            });
        }
    }
    let completeness = Draft {
        id: "report-table-completeness",
        row_header: "report-head-field",
        rows: FIELDS
            .iter()
            .map(|f| Label {
                key: (*f).into(),
                text: l.tr(&format!("report-field-{f}"), &[]),
                month: None,
            })
            .collect(),
        cols: vec![Label {
            key: "missing".into(),
            text: l.tr("report-col-missing", &[]),
            month: None,
        }],
        raw: missing_counts,
        row_totals: false,
        col_totals: false,
    }
    .protect(l, k);
    Ok((tables, completeness, incomplete))
}

/// The devices whose records are in the store; `contacts_in_period` is the raw count here, and
/// published only as the protection of the contact tables allows ([`build`]).
fn sources(store: &Store, per_device: &HashMap<String, u64>) -> Result<Vec<Source>> {
    let conn = store.conn();
    let me = store.actor().device.to_string();
    let mut ids: Vec<String> = per_device.keys().cloned().collect();
    {
        let mut st = conn.prepare("SELECT DISTINCT device_id FROM imports")?;
        for id in st.query_map([], |r| r.get::<_, String>(0))? {
            let id = id?;
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    if !ids.contains(&me) {
        ids.push(me.clone());
    }
    ids.sort();
    let mut out = Vec::new();
    for id in ids {
        let team: Option<String> = conn
            .query_row("SELECT team FROM devices WHERE id = ?1", [&id], |r| {
                r.get(0)
            })
            .optional()?
            .flatten();
        let (bundles, last_seq, last_at): (u64, Option<i64>, Option<String>) = conn.query_row(
            "SELECT count(*), max(seq), max(imported_at) FROM imports WHERE device_id = ?1",
            [&id],
            |r| Ok((count_at(r, 0)?, r.get(1)?, r.get(2)?)),
        )?;
        let last_seq = last_seq.map(|s| s.max(0) as u64);
        out.push(Source {
            this_device: id == me,
            contacts_in_period: Cell::Value(per_device.get(&id).copied().unwrap_or(0)),
            device_id: id,
            team,
            bundles_imported: bundles,
            last_bundle_seq: last_seq,
            last_import: last_at,
        });
    }
    Ok(out)
}
