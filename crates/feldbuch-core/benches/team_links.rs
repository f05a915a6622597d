//! False matches of the team's count: how often two different people get the same keyed hash
//! (the same initials, birth year and gender), so that a worker is asked "is it the same
//! person?", and how many persons reached the count would lose if every such question were
//! answered yes. Seeded data, two distributions:
//!
//! - `seeded`: persons as the bench's generator (`seed.rs`) makes them – initials uniform over
//!   A–Z, birth year uniform over 1940–2009, gender uniform over the four values;
//! - `skewed`: initials drawn from first-letter frequencies of first names and surnames (a
//!   rough table for a German city, below), birth years concentrated on working age, gender
//!   52 / 46 / 1 / 1 %. Closer to a real caseload, and so more matches.
//!
//! Every person's hash is computed with the real `link_hash` under one team secret; a match is two
//! persons (different people by construction) with the same hash.
//!
//!     cargo bench -p feldbuch-core --bench team_links
//!
//! Environment: FELDBUCH_BENCH_SEED (default 20261204).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use feldbuch_core::store::links::link_hash;
use feldbuch_core::vocab::Gender;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::collections::HashMap;
use std::time::Instant;

/// First letters of first names and of surnames with rough shares in per mille (a German city
/// with Turkish and Arabic names among them); the rest spread over the other letters.
const FIRST: &[(char, u32)] = &[
    ('M', 110),
    ('A', 100),
    ('S', 90),
    ('K', 60),
    ('J', 60),
    ('L', 60),
    ('E', 55),
    ('H', 50),
    ('F', 45),
    ('C', 40),
    ('B', 40),
    ('N', 40),
    ('R', 40),
    ('D', 35),
    ('T', 35),
    ('I', 30),
    ('P', 25),
    ('G', 25),
    ('Y', 20),
    ('O', 15),
    ('Z', 15),
    ('W', 15),
];
const LAST: &[(char, u32)] = &[
    ('S', 110),
    ('B', 90),
    ('K', 90),
    ('H', 80),
    ('M', 70),
    ('W', 65),
    ('G', 55),
    ('A', 50),
    ('F', 45),
    ('R', 45),
    ('P', 40),
    ('L', 40),
    ('D', 40),
    ('T', 35),
    ('E', 30),
    ('Y', 25),
    ('N', 25),
    ('O', 20),
    ('Z', 20),
    ('C', 15),
];

fn letter(rng: &mut StdRng, table: &[(char, u32)]) -> char {
    let listed: u32 = table.iter().map(|(_, w)| w).sum();
    let rest: Vec<char> = ('A'..='Z')
        .filter(|c| !table.iter().any(|(t, _)| t == c))
        .collect();
    let pick = rng.gen_range(0..1000u32);
    if pick >= listed {
        return rest[rng.gen_range(0..rest.len())];
    }
    let mut acc = 0;
    for (c, w) in table {
        acc += w;
        if pick < acc {
            return *c;
        }
    }
    rest[0]
}

fn person(rng: &mut StdRng, skewed: bool) -> (String, i64, Gender) {
    if !skewed {
        let a = (b'A' + rng.gen_range(0..26u8)) as char;
        let b = (b'A' + rng.gen_range(0..26u8)) as char;
        let year = rng.gen_range(1940..2010);
        let gender = Gender::ALL[rng.gen_range(0..Gender::ALL.len())];
        return (format!("{a}{b}"), year, gender);
    }
    let initials = format!("{}{}", letter(rng, FIRST), letter(rng, LAST));
    // Working age mostly: the sum of two uniform draws peaks in the middle (1955–2007).
    let year = 1955 + rng.gen_range(0..27) + rng.gen_range(0..27);
    let gender = match rng.gen_range(0..100) {
        0..=51 => Gender::Weiblich,
        52..=97 => Gender::Maennlich,
        98 => Gender::Divers,
        _ => Gender::KeineAngabe,
    };
    (initials, year, gender)
}

fn main() {
    let seed: u64 = std::env::var("FELDBUCH_BENCH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_261_204);
    let secret = [7u8; 32];
    println!("team_links: seed {seed}");
    println!(
        "{:<8} {:>8} {:>18} {:>18} {:>12}",
        "data", "persons", "asked (matches)", "lost if all yes", "µs / hash"
    );
    for skewed in [false, true] {
        for n in [500usize, 1_000, 5_000, 20_000] {
            let mut rng = StdRng::seed_from_u64(seed ^ n as u64 ^ u64::from(skewed));
            let people: Vec<(String, i64, Gender)> =
                (0..n).map(|_| person(&mut rng, skewed)).collect();
            let start = Instant::now();
            let hashes: Vec<String> = people
                .iter()
                .map(|(i, y, g)| link_hash(&secret, i, *y, *g))
                .collect();
            let per_hash = start.elapsed().as_secs_f64() * 1e6 / n as f64;
            let mut groups: HashMap<&str, usize> = HashMap::new();
            for h in &hashes {
                *groups.entry(h.as_str()).or_default() += 1;
            }
            // Persons who share their hash with another person: a worker linking them is asked.
            let asked: usize = groups.values().filter(|c| **c > 1).sum();
            // Persons the count would lose if every question were answered "the same".
            let lost = n - groups.len();
            println!(
                "{:<8} {:>8} {:>10} {:>6.2} % {:>10} {:>6.2} % {:>12.2}",
                if skewed { "skewed" } else { "seeded" },
                n,
                asked,
                100.0 * asked as f64 / n as f64,
                lost,
                100.0 * lost as f64 / n as f64,
                per_hash
            );
        }
    }
}
