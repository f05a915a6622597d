//! Programmes: the lead keeps the list, office bundles carry it, sites, activities and persons
//! belong to one (their programme travels in a device's bundle), and the report is made per
//! programme or for all – against real stores and real bundles.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use feldbuch_core::custody::OsKeyring;
use feldbuch_core::ids::ProgrammeId;
use feldbuch_core::report::{Period, Report, Shown};
use feldbuch_core::store::activities::ActivityInput;
use feldbuch_core::store::persons::PersonInput;
use feldbuch_core::store::programmes::InProgramme;
use feldbuch_core::store::sites::NewSite;
use feldbuch_core::vocab::{Locale, Role, SiteKind};
use feldbuch_core::{DataDir, Localizer, Passphrase, Store};
use std::path::Path;

fn device(root: &Path, initials: &str, role: Role) -> Store {
    let mut p = profile();
    p.initials = initials.into();
    p.role = role;
    DataDir::new(root.join(initials))
        .init(&p, &Passphrase::new(PASS), &OsKeyring, clock())
        .unwrap()
        .0
}

fn site(name: &str) -> NewSite {
    NewSite {
        name: name.into(),
        kind: SiteKind::Quartierszentrum.id().into(),
        district: None,
        address: None,
        contact_person: None,
        programme: None,
    }
}

fn figure(r: &Report, id: &str) -> Shown<f64> {
    r.key_figures.iter().find(|f| f.id == id).unwrap().current
}

fn count(s: &Store, sql: &str) -> i64 {
    s.conn().query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn a_report_per_programme_counts_only_what_belongs_to_it() {
    keyring();
    let tmp = tempfile::tempdir().unwrap();
    let mut lead = device(tmp.path(), "TL", Role::Lead);
    let key_file = tmp.path().join("office-key.txt");
    feldbuch_core::exchange::office_init(&key_file, chrono::Utc::now()).unwrap();
    let identity = feldbuch_core::exchange::load_office_identity(&key_file).unwrap();
    lead.keep_office_identity(&identity).unwrap();
    let mut w = device(tmp.path(), "EM", Role::Worker);
    let e = w.enrolment().unwrap();
    lead.enrol_device(&serde_json::to_vec(&e).unwrap()).unwrap();

    // Only the lead keeps the list; a name twice (case ignored) is refused.
    assert!(matches!(
        w.add_programme("Honjok"),
        Err(feldbuch_core::Error::Forbidden)
    ));
    let honjok = lead.add_programme("Honjok").unwrap();
    let chance = lead.add_programme("Zweite Chance").unwrap();
    assert_eq!(
        lead.add_programme("honjok").err().map(|e| e.code()),
        Some("error-programme-exists")
    );
    let garden = lead.add_site(&site("Gemeinschaftsgarten")).unwrap();
    let shelter = lead.add_site(&site("Tagesaufenthalt")).unwrap();
    lead.set_programme(InProgramme::Site, &garden.id.to_string(), honjok.id)
        .unwrap();
    lead.set_programme(InProgramme::Site, &shelter.id.to_string(), chance.id)
        .unwrap();
    assert_eq!(
        lead.programme_of(InProgramme::Site, &garden.id.to_string())
            .unwrap(),
        Some(honjok.id)
    );

    // The devices receive the list with the sites.
    let bundle = tmp.path().join("office.age");
    lead.publish_office_bundle(&bundle).unwrap();
    let fp = lead.device_fingerprint().unwrap();
    let r = w
        .receive_office_bundle(&std::fs::read(&bundle).unwrap(), Some(&fp))
        .unwrap();
    assert_eq!(r.counts.get("programmes"), Some(&2));
    assert_eq!(w.programmes(false).unwrap().len(), 2);
    assert_eq!(w.resolve_programme("zweite chance").unwrap().id, chance.id);

    // The worker's week: 3 contacts in the garden, 4 at the shelter; 3 groups at the shelter;
    // 2 new persons in Honjok.
    for (site, n) in [(garden.id, 3), (shelter.id, 4)] {
        for _ in 0..n {
            let mut c = contact(&w, "");
            c.site_id = site;
            c.note = None;
            w.add_contact(&c).unwrap();
        }
    }
    for _ in 0..3 {
        let a = w
            .add_activity(&ActivityInput {
                kind: "netzwerktreffen".into(),
                title: "Frühstück".into(),
                site_id: Some(shelter.id),
                anonymous_count: 4,
                ..Default::default()
            })
            .unwrap();
        w.set_programme(InProgramme::Activity, &a.id.to_string(), chance.id)
            .unwrap();
    }
    for n in 0..3 {
        // Named in the input: written with the person, in one go.
        w.add_person(&PersonInput {
            pseudonym: format!("HJ{n}"),
            programme: Some(honjok.id),
            ..Default::default()
        })
        .unwrap();
    }
    // A programme the store does not hold, named for a new record: refused, nothing written.
    let mut s = site("Irgendwo");
    s.programme = Some(ProgrammeId::new());
    assert_eq!(
        w.add_site(&s).err().map(|e| e.code()),
        Some("error-programme-unknown")
    );
    assert!(w.resolve_site("Irgendwo").is_err());
    // A programme the store does not hold: refused, nothing written.
    let before = count(&w, "SELECT count(*) FROM audit_log");
    let p = w.list_persons().unwrap()[0].id.to_string();
    assert_eq!(
        w.set_programme(InProgramme::Person, &p, ProgrammeId::new())
            .err()
            .map(|e| e.code()),
        Some("error-programme-unknown")
    );
    assert_eq!(count(&w, "SELECT count(*) FROM audit_log"), before);

    // The worker's bundle carries the programmes of its activities and persons.
    let out = tmp.path().join("out");
    std::fs::create_dir(&out).unwrap();
    w.set_export_folder(&out).unwrap();
    let exported = w.export(false).unwrap();
    lead.import_bundle(
        &std::fs::read(out.join(&exported.file_name)).unwrap(),
        &identity,
        false,
    )
    .unwrap();
    assert_eq!(
        count(
            &lead,
            &format!(
                "SELECT count(*) FROM activities WHERE programme_id = '{}'",
                chance.id
            )
        ),
        3
    );
    assert_eq!(
        count(
            &lead,
            &format!(
                "SELECT count(*) FROM persons WHERE programme_id = '{}'",
                honjok.id
            )
        ),
        3
    );

    // The reports: all, Honjok, Zweite Chance.
    let today = chrono::Local::now().date_naive().to_string();
    let period = Period::range(&today, &today).unwrap();
    let l = Localizer::new(Locale::De);
    let all = lead.report(&period, 3, &l).unwrap();
    let h = lead.report_for(&period, Some(honjok.id), 3, &l).unwrap();
    let z = lead.report_for(&period, Some(chance.id), 3, &l).unwrap();
    assert_eq!(all.programme, None);
    assert_eq!(h.programme.as_deref(), Some("Honjok"));
    assert_eq!(figure(&all, "contacts"), Shown::Value(7.0));
    assert_eq!(figure(&h, "contacts"), Shown::Value(3.0));
    assert_eq!(figure(&z, "contacts"), Shown::Value(4.0));
    // Each contact reached 2 people anonymously: counted per programme, from its sites.
    assert_eq!(figure(&h, "anonymous-people"), Shown::Value(6.0));
    assert_eq!(figure(&z, "anonymous-people"), Shown::Value(8.0));
    assert_eq!(h.anonymous.total, Some(Shown::Value(6)));
    assert_eq!(z.anonymous.total, Some(Shown::Value(8)));
    assert_eq!(all.anonymous.total, Some(Shown::Value(14)));
    assert_eq!(figure(&z, "activities"), Shown::Value(3.0));
    assert_eq!(figure(&z, "attendance"), Shown::Value(12.0));
    assert_eq!(figure(&h, "activities"), Shown::Value(0.0));
    assert_eq!(figure(&h, "new-persons"), Shown::Value(3.0));
    assert_eq!(figure(&z, "new-persons"), Shown::Value(0.0));
    // The workbook of one programme says which.
    let xlsx = tmp.path().join("honjok.xlsx");
    feldbuch_core::report::xlsx::write(&h, &l, &xlsx).unwrap();
    assert!(xlsx.exists());
}
