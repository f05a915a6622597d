//! Seeded synthetic data: realistic-looking sites, persons and years of contacts, for the
//! benchmarks and for demos. Deterministic for a given seed. Never real data.

use crate::error::Result;
use crate::ids::{ContactId, PersonId, SiteId};
use crate::store::contacts::{self, ValidContact};
use crate::store::persons::{self, ValidPerson};
use crate::store::{activities, partners, referrals, sites};
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
        let district = DISTRICTS[rng.gen_range(0..DISTRICTS.len())];
        sites::insert(&tx, id, kind, &name, Some(district), &actor, &ts)?;
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
        let gender = Gender::ALL[rng.gen_range(0..Gender::ALL.len())];
        let district = DISTRICTS[rng.gen_range(0..DISTRICTS.len())];
        // Markers from a generator of their own, so the rest of the data stays as before.
        let mut markers = Vec::new();
        for _ in 0..marker_rng.gen_range(0..3) {
            let m = Marker::ALL[marker_rng.gen_range(0..Marker::ALL.len())];
            if !markers.contains(&m) {
                markers.push(m);
            }
        }
        let person = ValidPerson {
            pseudonym: format!("{a}{b}{year}"),
            birth_year: Some(i64::from(year)),
            gender: Some(gender),
            district: Some(district.to_string()),
            markers,
            ..ValidPerson::default()
        };
        persons::insert(&tx, id, &person, &actor, &ts)?;
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
                // Written through the store's own insert path; the fields are drawn in the order
                // the seed always drew them, so a seed gives the same store as before.
                let contact = ValidContact {
                    date: day,
                    start: Some(format!(
                        "{:02}:{:02}",
                        rng.gen_range(8..18),
                        rng.gen_range(0..4) * 15
                    )),
                    // Drawn as an i32, as it always was (an i64 draws other bits).
                    duration_min: i64::from(rng.gen_range(1..12i32) * 10),
                    site: sites[rng.gen_range(0..sites.len())],
                    site_name: String::new(),
                    kind: ContactKind::ALL[rng.gen_range(0..ContactKind::ALL.len())],
                    anonymous_count: anonymous,
                    anonymous_age_band: (anonymous > 0)
                        .then(|| AgeBand::ALL[rng.gen_range(0..AgeBand::ALL.len())]),
                    anonymous_gender: (anonymous > 0)
                        .then(|| Gender::ALL[rng.gen_range(0..Gender::ALL.len())]),
                    anonymous_groups: vec![],
                    topics: chosen,
                    note,
                    follow_up: None,
                    persons: if anonymous == 0 && !persons.is_empty() {
                        vec![persons[rng.gen_range(0..persons.len())]]
                    } else {
                        Vec::new()
                    },
                    language: None,
                    interpreter: false,
                    outcome: None,
                    own: Default::default(),
                };
                contacts::insert(&tx, id, &contact, &actor, &ts)?;
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

/// How much programme data to add beside the contacts: partners, referrals, group activities
/// and programme participants.
#[derive(Debug, Clone)]
pub struct ProgrammeSpec {
    pub partners: u32,
    pub referrals: u32,
    pub activities: u32,
    /// Share of persons enrolled as programme participants (0.0..=1.0).
    pub participant_share: f64,
    pub years: u32,
    pub seed: u64,
}

/// Add programme data to a store that [`fill`] has seeded, from a generator of its own (the
/// contacts stay as they were). Dates spread over `years` up to today.
pub fn fill_programme(store: &mut Store, spec: &ProgrammeSpec) -> Result<()> {
    use crate::ids::{ActivityId, PartnerId, ReferralId};
    use crate::vocab::{
        ActivityKind, ConsentForm, ConsentScope, Education, Employment, Household, PartnerKind,
        ReferralStatus,
    };
    let mut rng = StdRng::seed_from_u64(spec.seed ^ 0x7072_6f67);
    let actor = store.actor().clone();
    let now = store.clock().now();
    let today = store.clock().today();
    let span_days = i64::from(spec.years.max(1)) * 365;
    let day = |rng: &mut StdRng| today - Duration::days(rng.gen_range(0..=span_days));
    let stamp = |d: NaiveDate| format!("{d}T10:00:00.000000Z");
    let tx = store.conn_mut().transaction()?;
    let persons: Vec<PersonId> = {
        let mut st = tx.prepare("SELECT id FROM persons ORDER BY id")?;
        let ids = st
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids
    };
    let sites: Vec<SiteId> = {
        let mut st = tx.prepare("SELECT id FROM sites ORDER BY id")?;
        let ids = st
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids
    };
    let mut partners = Vec::new();
    for i in 0..spec.partners {
        let id = PartnerId::new();
        let kind = PartnerKind::ALL[rng.gen_range(0..PartnerKind::ALL.len())];
        let partner = partners::ValidPartner {
            kind_ext: None,
            name: format!("Partner {}", i + 1),
            kind,
            district: None,
            address: None,
            contact_person: None,
            services: Vec::new(),
        };
        partners::insert(&tx, id, &partner, &actor, &timestamp(now))?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Create,
            "partner",
            &id.to_string(),
        )?;
        partners.push(id);
    }
    if !partners.is_empty() && !persons.is_empty() {
        for _ in 0..spec.referrals {
            let id = ReferralId::new();
            let d = day(&mut rng);
            let status = ReferralStatus::ALL[rng.gen_range(0..ReferralStatus::ALL.len())];
            let referral = referrals::ValidReferral {
                contact: None,
                person: Some(persons[rng.gen_range(0..persons.len())]),
                partner: partners[rng.gen_range(0..partners.len())],
                service: None,
                status,
                status_changed_on: d,
                note: None,
            };
            referrals::insert(&tx, id, &referral, &actor, &stamp(d))?;
            audit::append(
                &tx,
                &actor,
                now,
                audit::Action::Create,
                "referral",
                &id.to_string(),
            )?;
        }
    }
    for i in 0..spec.activities {
        let id = ActivityId::new();
        let kind = ActivityKind::ALL[rng.gen_range(0..ActivityKind::ALL.len())];
        let d = day(&mut rng);
        let site = (!sites.is_empty()).then(|| sites[rng.gen_range(0..sites.len())]);
        let volunteers_count = rng.gen_range(0..5);
        let anonymous_count = rng.gen_range(0..20);
        let mut attendees = Vec::new();
        if !persons.is_empty() {
            for _ in 0..rng.gen_range(0..8) {
                let p = persons[rng.gen_range(0..persons.len())];
                if !attendees.contains(&p) {
                    attendees.push(p);
                }
            }
        }
        let activity = activities::Valid {
            kind_ext: None,
            kind,
            title: format!("{} {}", kind.id(), i + 1),
            date: d,
            start: None,
            duration_min: None,
            site,
            volunteers_count,
            anonymous_count,
            anonymous_age_band: None,
            anonymous_gender: None,
            note: None,
            persons: attendees,
            co_facilitators: Vec::new(),
        };
        activities::insert(&tx, id, &activity, &actor, &stamp(d))?;
        audit::append(
            &tx,
            &actor,
            now,
            audit::Action::Create,
            "activity",
            &id.to_string(),
        )?;
    }
    // Participants, some with fields missing (the completeness check has work to do).
    for p in &persons {
        if !rng.gen_bool(spec.participant_share.clamp(0.0, 1.0)) {
            continue;
        }
        let entry = day(&mut rng);
        let exit = rng
            .gen_bool(0.4)
            .then(|| (entry + Duration::days(rng.gen_range(30..400))).min(today));
        let pick = |rng: &mut StdRng, ids: Vec<&'static str>| {
            rng.gen_bool(0.95).then(|| ids[rng.gen_range(0..ids.len())])
        };
        let employment = pick(&mut rng, Employment::ids());
        let education = pick(&mut rng, Education::ids());
        let household = pick(&mut rng, Household::ids());
        persons::insert_consent(
            &tx,
            crate::ids::ConsentId::new(),
            *p,
            ConsentScope::ParticipantReporting,
            ConsentForm::Written,
            entry,
            None,
            &actor,
            &timestamp(now),
        )?;
        tx.execute(
            "UPDATE persons SET participant = 1, esf_entry_date = ?2, esf_exit_date = ?3,
                esf_employment = ?4, esf_education = ?5, esf_household = ?6 WHERE id = ?1",
            rusqlite::params![
                p,
                entry.to_string(),
                exit.map(|d| d.to_string()),
                employment,
                education,
                household
            ],
        )?;
    }
    tx.commit()?;
    Ok(())
}
