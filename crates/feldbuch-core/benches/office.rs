//! Office bundle benchmark: a lead's directory of 10,000 entries (sites, partners, their
//! services) and a team of enrolled devices, published as one office bundle; each device takes
//! it (first: everything new), then the next one after the lead corrected 100 sites (each entry
//! checked, the changed ones written).
//!
//!     .ci/with-keyring cargo bench -p feldbuch-core --bench office
//!
//! Environment: FELDBUCH_BENCH_DIRECTORY (default 10000 entries: 60 % sites, 20 % partners, 20 %
//! their services), FELDBUCH_BENCH_DEVICES (default 5: each takes both bundles once, so each
//! timing has that many samples). Real stores (keyring + Argon2id), real age encryption to every
//! device, a real Ed25519 signature.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use feldbuch_core::custody::{install_platform_keyring, OsKeyring};
use feldbuch_core::store::partners::PartnerInput;
use feldbuch_core::store::profile::NewProfile;
use feldbuch_core::store::sites::{NewSite, SitePatch};
use feldbuch_core::vocab::{Locale, Role, SiteKind};
use feldbuch_core::{DataDir, Passphrase, Store, SystemClock};
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

const PASS: &str = "bench passphrase for office bundles";

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn store(dir: &Path, initials: &str, role: Role) -> Store {
    let profile = NewProfile {
        display_name: format!("Bench {initials}"),
        initials: initials.into(),
        team: Some("Bench".into()),
        role,
        locale: Locale::De,
    };
    DataDir::new(dir.to_path_buf())
        .init(
            &profile,
            &Passphrase::new(PASS),
            &OsKeyring,
            Arc::new(SystemClock),
        )
        .unwrap()
        .0
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

fn summary(v: &mut [f64]) -> (f64, f64) {
    v.sort_by(f64::total_cmp);
    (v[v.len() / 2], v[v.len() - 1])
}

fn main() {
    install_platform_keyring().unwrap();
    let tmp = tempfile::tempdir_in(std::env::temp_dir()).unwrap();
    let entries = env_u64("FELDBUCH_BENCH_DIRECTORY", 10_000);
    let devices = env_u64("FELDBUCH_BENCH_DEVICES", 5);
    let (sites, partners) = (entries * 6 / 10, entries * 2 / 10);

    let mut lead = store(&tmp.path().join("lead"), "LD", Role::Lead);
    let t = Instant::now();
    let mut site_ids = Vec::new();
    for i in 0..sites {
        let s = lead
            .add_site(&NewSite {
                name: format!("Einsatzort {i:05}"),
                kind: SiteKind::Quartierszentrum.id().into(),
                district: Some(format!("Bezirk {}", i % 40)),
                address: Some(format!("Musterstraße {}", i % 200 + 1)),
                contact_person: None,
                programme: None,
            })
            .unwrap();
        site_ids.push(s.id);
    }
    for i in 0..partners {
        lead.add_partner(&PartnerInput {
            name: format!("Partner {i:05}"),
            kind: "beratungsstelle".into(),
            district: Some(format!("Bezirk {}", i % 40)),
            address: None,
            contact_person: None,
            services: vec![format!("Beratung {i}")],
        })
        .unwrap();
    }
    eprintln!(
        "directory of {entries} entries made in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let mut team: Vec<Store> = Vec::new();
    for d in 0..devices {
        let initials = format!("D{}", char::from(b'A' + (d % 26) as u8));
        let mut s = store(&tmp.path().join(format!("d{d}")), &initials, Role::Worker);
        let e = s.enrolment().unwrap();
        lead.enrol_device(&serde_json::to_vec(&e).unwrap()).unwrap();
        team.push(s);
    }
    let fingerprint = lead.device_fingerprint().unwrap();

    let first = tmp.path().join("office-1.age");
    let t = Instant::now();
    let published = lead.publish_office_bundle(&first).unwrap();
    let publish_ms = ms(t);
    let records: u64 = published.counts.values().sum();
    let size = std::fs::metadata(&first).unwrap().len();
    let bytes = std::fs::read(&first).unwrap();
    let mut first_ms = Vec::new();
    for s in &mut team {
        let t = Instant::now();
        s.receive_office_bundle(&bytes, Some(&fingerprint)).unwrap();
        first_ms.push(ms(t));
    }

    // The lead corrects 100 sites; the next bundle carries the whole directory again.
    for id in site_ids.iter().take(100) {
        lead.edit_site(
            *id,
            &SitePatch {
                address: Some("Neue Straße 1".into()),
                ..Default::default()
            },
        )
        .unwrap();
    }
    let second = tmp.path().join("office-2.age");
    lead.publish_office_bundle(&second).unwrap();
    let bytes = std::fs::read(&second).unwrap();
    let mut next_ms = Vec::new();
    for s in &mut team {
        let t = Instant::now();
        s.receive_office_bundle(&bytes, None).unwrap();
        next_ms.push(ms(t));
    }
    let t = Instant::now();
    assert!(team[0].receive_office_bundle(&bytes, None).is_err());
    let replay_ms = ms(t);
    for s in &team {
        assert_eq!(s.all_sites().unwrap().len() as u64, sites);
    }

    let (first_p50, first_max) = summary(&mut first_ms);
    let (next_p50, next_max) = summary(&mut next_ms);
    println!("## Office bundle: a directory of {entries} entries, {devices} devices\n");
    println!(
        "records {records} ({sites} sites, {partners} partners, {partners} services, {} team), {:.1} MB sealed for {devices} devices\n",
        published.counts.get("team").copied().unwrap_or(0),
        size as f64 / 1e6
    );
    println!("| step | n | median ms | max ms |\n|---|---:|---:|---:|");
    println!("| publish (collect, sign, seal, write) | 1 | {publish_ms:.0} | {publish_ms:.0} |");
    println!(
        "| **a device takes it, first time (all new)** | {devices} | **{first_p50:.0}** | **{first_max:.0}** |"
    );
    println!(
        "| **a device takes the next (100 sites changed)** | {devices} | **{next_p50:.0}** | **{next_max:.0}** |"
    );
    println!("| the same bundle again, refused | 1 | {replay_ms:.0} | {replay_ms:.0} |");
}
