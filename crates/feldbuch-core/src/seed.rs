//! Seeded synthetic data: realistic-looking sites, persons and years of contacts, for the
//! benchmarks and for demos. Deterministic for a given seed. Never real data.

use crate::error::Result;
use crate::ids::{ContactId, PersonId, SiteId};
use crate::store::{audit, timestamp, Store};
use crate::vocab::{AgeBand, ContactKind, Gender, Marker, SiteKind, Topic};
use chrono::{Duration, NaiveDate};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// How much to generate.
#[derive(Debug, Clone)]
pub struct SeedSpec {
    pub contacts: u64,
    pub sites: u32,
    pub persons: u32,
    pub years: u32,
    pub seed: u64,
}

/// What was generated.
#[derive(Debug, Clone, Default)]
pub struct SeedStats {
    pub contacts: u64,
    pub sites: u32,
    pub persons: u32,
}

const DISTRICTS: &[&str] = &[
    "Nordend",
    "Lauterborn",
    "Senefelderquartier",
    "Mathildenviertel",
    "Bieber",
    "Bürgel",
    "Tempelsee",
    "Waldheim",
    "Rumpenheim",
    "Kaiserlei",
];
const SITE_WORDS: &[&str] = &[
    "Sonnenblume",
    "Regenbogen",
    "Am Park",
    "Mitte",
    "Lindenhof",
    "Mainufer",
    "Löwenzahn",
    "Bahnhof",
    "Marktplatz",
    "Kleeblatt",
    "Sternschnuppe",
    "Ahornweg",
];
const NOTE_WORDS: &[&str] = &[
    "Gespräch",
    "über",
    "Wohnungssuche",
    "Nachbarschaft",
    "Termin",
    "Jobcenter",
    "vereinbart",
    "Kinder",
    "Kita-Platz",
    "Schulden",
    "Beratung",
    "empfohlen",
    "Sprachkurs",
    "Garten-Café",
    "Einsamkeit",
    "Arzt",
    "Antrag",
    "begleitet",
    "nächste",
    "Woche",
    "wieder",
    "fragen",
];

/// Fill `store` with synthetic data as its own worker/device.
pub fn fill(store: &mut Store, spec: &SeedSpec) -> Result<SeedStats> {
    let mut rng = StdRng::seed_from_u64(spec.seed);
    let actor = store.actor().clone();
    let now = store.clock().now();
    let today = store.clock().today();
    let ts = timestamp(now);
    let mut stats = SeedStats::default();

    let tx = store.conn_mut().transaction()?;
    let mut sites: Vec<SiteId> = Vec::new();
    for i in 0..spec.sites {
        let kind = SiteKind::ALL[rng.gen_range(0..SiteKind::ALL.len())];
        let id = SiteId::new();
        let name = format!(
            "{} {} {}",
            kind.id(),
            SITE_WORDS[rng.gen_range(0..SITE_WORDS.len())],
            i + 1
        );
        tx.execute(
            "INSERT INTO sites (id, device_id, created_at, updated_at, kind, name, district)
             VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6)",
            rusqlite::params![
                id,
                actor.device,
                ts,
                kind,
                name,
                DISTRICTS[rng.gen_range(0..DISTRICTS.len())]
            ],
        )?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Create,
            "site",
            &id.to_string(),
        )?;
        sites.push(id);
    }
    let mut persons: Vec<PersonId> = Vec::new();
    let mut marker_rng = StdRng::seed_from_u64(spec.seed ^ 0x6d61_726b);
    for _ in 0..spec.persons {
        let id = PersonId::new();
        let a = (b'A' + rng.gen_range(0..26u8)) as char;
        let b = (b'A' + rng.gen_range(0..26u8)) as char;
        let year: i32 = rng.gen_range(1940..2010);
        tx.execute(
            "INSERT INTO persons (id, device_id, created_at, updated_at, worker_id, pseudonym, birth_year, gender, district)
             VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8)",
            rusqlite::params![
                id, actor.device, ts, actor.worker, format!("{a}{b}{year}"), year,
                Gender::ALL[rng.gen_range(0..Gender::ALL.len())],
                DISTRICTS[rng.gen_range(0..DISTRICTS.len())]
            ],
        )?;
        // Markers from a generator of their own, so the rest of the data stays as before.
        for _ in 0..marker_rng.gen_range(0..3) {
            tx.execute(
                "INSERT OR IGNORE INTO person_markers (person_id, marker) VALUES (?1, ?2)",
                rusqlite::params![id, Marker::ALL[marker_rng.gen_range(0..Marker::ALL.len())]],
            )?;
        }
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Create,
            "person",
            &id.to_string(),
        )?;
        persons.push(id);
    }
    tx.commit()?;
    stats.sites = spec.sites;
    stats.persons = spec.persons;
    if sites.is_empty() {
        return Ok(stats);
    }

    let span_days = i64::from(spec.years.max(1)) * 365;
    let start = today - Duration::days(span_days);
    let batch = 20_000u64;
    let mut done = 0u64;
    while done < spec.contacts {
        let n = batch.min(spec.contacts - done);
        let tx = store.conn_mut().transaction()?;
        {
            let mut ins = tx.prepare_cached(
                "INSERT INTO contacts (id, device_id, created_at, updated_at, date, start_time, duration_min,
                    site_id, worker_id, kind, anonymous_count, anonymous_age_band, anonymous_gender, note, topics)
                 VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            )?;
            let mut link = tx.prepare_cached(
                "INSERT INTO contact_persons (contact_id, person_id) VALUES (?1, ?2)",
            )?;
            for k in 0..n {
                // Spread contacts evenly over the span up to and including today, in date order,
                // so ids stay time-ordered.
                let day = start
                    + Duration::days(
                        ((done + k) as i64 * (span_days + 1)) / spec.contacts.max(1) as i64,
                    );
                let day: NaiveDate = day.min(today);
                let id = ContactId::new();
                let anonymous: i64 = if rng.gen_bool(0.4) {
                    rng.gen_range(1..6)
                } else {
                    0
                };
                let note = rng.gen_bool(0.5).then(|| {
                    (0..rng.gen_range(4..14))
                        .map(|_| NOTE_WORDS[rng.gen_range(0..NOTE_WORDS.len())])
                        .collect::<Vec<_>>()
                        .join(" ")
                });
                let chosen: Vec<Topic> = (0..rng.gen_range(1..4))
                    .map(|_| Topic::ALL[rng.gen_range(0..Topic::ALL.len())])
                    .collect();
                ins.execute(rusqlite::params![
                    id,
                    actor.device,
                    ts,
                    day.to_string(),
                    format!(
                        "{:02}:{:02}",
                        rng.gen_range(8..18),
                        rng.gen_range(0..4) * 15
                    ),
                    rng.gen_range(1..12) * 10,
                    sites[rng.gen_range(0..sites.len())],
                    actor.worker,
                    ContactKind::ALL[rng.gen_range(0..ContactKind::ALL.len())],
                    anonymous,
                    (anonymous > 0).then(|| AgeBand::ALL[rng.gen_range(0..AgeBand::ALL.len())]),
                    (anonymous > 0).then(|| Gender::ALL[rng.gen_range(0..Gender::ALL.len())]),
                    note,
                    Topic::mask(&chosen),
                ])?;
                if anonymous == 0 && !persons.is_empty() {
                    link.execute(rusqlite::params![
                        id,
                        persons[rng.gen_range(0..persons.len())]
                    ])?;
                }
                audit::append(
                    &tx,
                    &actor,
                    now,
                    audit::Action::Create,
                    "contact",
                    &id.to_string(),
                )?;
            }
        }
        tx.commit()?;
        done += n;
    }
    stats.contacts = done;
    Ok(stats)
}
