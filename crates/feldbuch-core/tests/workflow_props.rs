//! Property tests for the workflow rules with many cases, against a real SQLCipher store:
//! - consent: whatever order consents are given and withdrawn and names, enrolments and contacts
//!   are entered in, a real name exists only under a documentation consent, participant data only
//!   under a participant-reporting consent, and every contact keeps its head count;
//! - referrals: any sequence of status requests follows the flow of PRODUCT.md and nothing else;
//! - note search: a note is found by any of its words, as a prefix, in any case and without its
//!   diacritics, and not by a word it does not contain.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use feldbuch_core::ids::{ConsentId, PersonId};
use feldbuch_core::store::partners::PartnerInput;
use feldbuch_core::store::persons::{ParticipationInput, PersonInput, PersonPatch};
use feldbuch_core::store::referrals::ReferralInput;
use feldbuch_core::Store;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::cell::{Cell, RefCell};

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        ..Config::default()
    })
}

fn count(store: &Store, sql: &str, person: PersonId) -> i64 {
    store
        .conn()
        .query_row(sql, [person.to_string()], |r| r.get(0))
        .unwrap()
}

fn new_person(store: &mut Store, n: usize) -> PersonId {
    store
        .add_person(&PersonInput {
            pseudonym: format!("PP{n:04}"),
            ..Default::default()
        })
        .unwrap()
        .id
}

// ---------------------------------------------------------------------------------------------
// Consent
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone)]
enum Op {
    GiveDocumentation,
    GiveParticipant,
    /// Withdraw the n-th (modulo) active consent of that scope, if there is one.
    WithdrawDocumentation(usize),
    WithdrawParticipant(usize),
    SetName(bool),
    Enrol,
    /// A contact naming the person, with this many anonymous people.
    LogContact(i64),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        2 => Just(Op::GiveDocumentation),
        2 => Just(Op::GiveParticipant),
        2 => (0usize..3).prop_map(Op::WithdrawDocumentation),
        2 => (0usize..3).prop_map(Op::WithdrawParticipant),
        3 => any::<bool>().prop_map(Op::SetName),
        2 => Just(Op::Enrol),
        3 => (0i64..4).prop_map(Op::LogContact),
    ]
}

/// What the test expects, kept apart from the store.
#[derive(Default)]
struct Model {
    documentation: Vec<ConsentId>,
    participant: Vec<ConsentId>,
    name: Option<String>,
    enrolled: bool,
    /// Head count over the person's contacts: anonymous people plus named persons.
    heads: i64,
}

#[test]
fn identifying_and_participant_data_exist_only_under_their_consent() {
    let (_tmp, _dir, store, _) = fresh();
    let store = RefCell::new(store);
    let n = Cell::new(0usize);
    let (accepted, refused) = (Cell::new(0u32), Cell::new(0u32));
    runner(60)
        .run(&proptest::collection::vec(op(), 1..14), |ops| {
            let mut store = store.borrow_mut();
            n.set(n.get() + 1);
            let pid = new_person(&mut store, n.get());
            let mut m = Model::default();
            let mut my_contacts: Vec<feldbuch_core::ids::ContactId> = Vec::new();
            for op in ops {
                let audit_before = audit_count(&store);
                let result: Result<(), feldbuch_core::Error> = match &op {
                    Op::GiveDocumentation => store
                        .give_consent(pid, "documentation", "written", None, None)
                        .map(|c| m.documentation.push(c.id)),
                    Op::GiveParticipant => store
                        .give_consent(pid, "participant-reporting", "verbal", None, None)
                        .map(|c| m.participant.push(c.id)),
                    Op::WithdrawDocumentation(i) | Op::WithdrawParticipant(i) => {
                        let list = if matches!(op, Op::WithdrawDocumentation(_)) {
                            &mut m.documentation
                        } else {
                            &mut m.participant
                        };
                        if list.is_empty() {
                            continue;
                        }
                        let id = list.remove(i % list.len());
                        store.withdraw_consent(id, None).map(|_| ())
                    }
                    Op::SetName(with_contact_info) => {
                        let name = format!("Name {}", n.get());
                        let r = store.edit_person(
                            pid,
                            &PersonPatch {
                                real_name: Some(name.clone()),
                                contact_info: with_contact_info.then(|| "0170 000".into()),
                                ..Default::default()
                            },
                        );
                        r.map(|_| m.name = Some(name))
                    }
                    Op::Enrol => store
                        .enrol_participant(
                            pid,
                            &ParticipationInput {
                                entry_date: None,
                                employment: Some("arbeitslos".into()),
                                education: Some("isced-3-4".into()),
                                household: None,
                            },
                        )
                        .map(|_| m.enrolled = true),
                    Op::LogContact(anonymous) => {
                        let mut c = contact(&store, "Termin");
                        c.anonymous_count = *anonymous;
                        if *anonymous == 0 {
                            c.anonymous_age_band = None;
                            c.anonymous_gender = None;
                        }
                        c.persons = vec![pid];
                        store.add_contact(&c).map(|c| {
                            my_contacts.push(c.id);
                            m.heads += anonymous + 1;
                        })
                    }
                };
                // Withdrawing the last consent of a scope clears what it covered.
                if m.documentation.is_empty() {
                    m.name = None;
                }
                if m.participant.is_empty() {
                    m.enrolled = false;
                }
                let expect_ok = match &op {
                    Op::SetName(_) | Op::LogContact(_) => !m.documentation.is_empty(),
                    Op::Enrol => !m.participant.is_empty(),
                    _ => true,
                };
                match &result {
                    Ok(()) => accepted.set(accepted.get() + 1),
                    Err(e) => {
                        refused.set(refused.get() + 1);
                        prop_assert!(e.code().starts_with("error-"), "{e:?}");
                        prop_assert_eq!(audit_count(&store), audit_before, "a refusal wrote");
                    }
                }
                prop_assert_eq!(result.is_ok(), expect_ok, "{:?} gave {:?}", op, result);

                let p = store.person(pid).unwrap();
                prop_assert_eq!(&p.real_name, &m.name, "after {:?}", op);
                if m.documentation.is_empty() {
                    prop_assert_eq!(&p.contact_info, &None, "after {:?}", op);
                    prop_assert_eq!(
                        count(
                            &store,
                            "SELECT count(*) FROM contact_persons WHERE person_id = ?1",
                            pid
                        ),
                        0,
                        "still named in a contact without consent"
                    );
                }
                prop_assert_eq!(p.participant.is_some(), m.enrolled, "after {:?}", op);
                let active = |scope: feldbuch_core::vocab::ConsentScope| {
                    p.consents
                        .iter()
                        .filter(|c| c.scope == scope && c.active())
                        .count()
                };
                prop_assert_eq!(
                    active(feldbuch_core::vocab::ConsentScope::Documentation),
                    m.documentation.len()
                );
                prop_assert_eq!(
                    active(feldbuch_core::vocab::ConsentScope::ParticipantReporting),
                    m.participant.len()
                );
                // Every contact keeps its head count, named or anonymous.
                let mut heads = 0;
                for id in &my_contacts {
                    let c = store.contact(*id).unwrap();
                    heads += c.anonymous_count + c.persons.len() as i64;
                }
                prop_assert_eq!(heads, m.heads, "head count changed after {:?}", op);
            }
            Ok(())
        })
        .unwrap();
    assert!(
        accepted.get() > 100 && refused.get() > 20,
        "accepted {}, refused {}: the generator is off",
        accepted.get(),
        refused.get()
    );
    assert!(store.borrow().verify().unwrap().ok());
}

// ---------------------------------------------------------------------------------------------
// Referrals
// ---------------------------------------------------------------------------------------------

/// The flow of PRODUCT.md, written out: vorgeschlagen → vereinbart → wahrgenommen | nicht
/// wahrgenommen | abgebrochen (a proposal can also be dropped at once).
fn allowed(from: &str, to: &str) -> bool {
    matches!(
        (from, to),
        ("vorgeschlagen", "vereinbart")
            | ("vorgeschlagen", "abgebrochen")
            | ("vereinbart", "wahrgenommen")
            | ("vereinbart", "nicht-wahrgenommen")
            | ("vereinbart", "abgebrochen")
    )
}

const STATUSES: [&str; 6] = [
    "vorgeschlagen",
    "vereinbart",
    "wahrgenommen",
    "nicht-wahrgenommen",
    "abgebrochen",
    "erledigt",
];

#[test]
fn referrals_move_only_along_their_flow() {
    let (_tmp, _dir, mut store, _) = fresh();
    store
        .add_partner(&PartnerInput {
            name: "Tafel Nord".into(),
            kind: "verein".into(),
            ..Default::default()
        })
        .unwrap();
    let pid = new_person(&mut store, 0);
    store
        .give_consent(pid, "documentation", "verbal", None, None)
        .unwrap();
    let store = RefCell::new(store);
    let moved = Cell::new(0u32);
    runner(80)
        .run(
            &proptest::collection::vec(proptest::sample::select(&STATUSES[..]), 1..8),
            |steps| {
                let mut store = store.borrow_mut();
                let partner_id = store.resolve_partner("Tafel Nord").unwrap().id;
                let r = store
                    .add_referral(&ReferralInput {
                        partner_id,
                        person_id: Some(pid),
                        ..Default::default()
                    })
                    .unwrap();
                let mut status = "vorgeschlagen".to_string();
                prop_assert_eq!(r.status.id(), status.as_str());
                for step in steps {
                    let audit_before = audit_count(&store);
                    let result = store.set_referral_status(r.id, step, None);
                    if allowed(&status, step) {
                        let r = result.unwrap();
                        prop_assert_eq!(r.status.id(), step);
                        status = step.to_string();
                        moved.set(moved.get() + 1);
                    } else {
                        let code = result.err().map(|e| e.code());
                        prop_assert!(
                            matches!(
                                code,
                                Some("error-referral-status-step")
                                    | Some("error-invalid-referral-status")
                            ),
                            "{} → {}: {:?}",
                            status,
                            step,
                            code
                        );
                        prop_assert_eq!(audit_count(&store), audit_before);
                    }
                    let now = store
                        .list_referrals(false)
                        .unwrap()
                        .into_iter()
                        .find(|x| x.id == r.id)
                        .unwrap();
                    prop_assert_eq!(now.status.id(), status.as_str());
                }
                Ok(())
            },
        )
        .unwrap();
    assert!(
        moved.get() > 20,
        "only {} moves: the generator is off",
        moved.get()
    );
}

// ---------------------------------------------------------------------------------------------
// Note search
// ---------------------------------------------------------------------------------------------

/// Words of notes; none is a prefix of another, even without diacritics.
const WORDS: [&str; 12] = [
    "Wohnung",
    "Mietschulden",
    "Behörde",
    "Kita",
    "Ärztin",
    "Jobcenter",
    "Garten",
    "Übersetzung",
    "Café",
    "Nachbarin",
    "Formular",
    "Dolmetscherin",
];

/// Lowercase without the diacritics the search ignores.
fn fold(w: &str) -> String {
    w.to_lowercase()
        .chars()
        .map(|c| match c {
            'ä' => 'a',
            'ö' => 'o',
            'ü' => 'u',
            'é' => 'e',
            other => other,
        })
        .collect()
}

#[test]
fn a_note_is_found_by_any_of_its_words_and_only_by_them() {
    let (_tmp, _dir, store, _) = fresh();
    let store = RefCell::new(store);
    let note = proptest::collection::vec(0usize..WORDS.len(), 1..6);
    // Which word to look for, how much of it, and whether to fold or upper-case it.
    let probe = (0usize..WORDS.len(), 3usize..20, 0u8..3);
    runner(120)
        .run(&(note, probe), |(words, (w, len, case))| {
            let mut store = store.borrow_mut();
            let text = words
                .iter()
                .map(|&i| WORDS[i])
                .collect::<Vec<_>>()
                .join(" ");
            let input = contact(&store, &text);
            let c = store.add_contact(&input).unwrap();
            let word: String = WORDS[w].chars().take(len).collect();
            let query = match case {
                0 => fold(&word),
                1 => word.to_uppercase(),
                _ => word.clone(),
            };
            let hits = store.search_notes(&query).unwrap();
            let found = hits.iter().any(|h| h.contact_id == c.id);
            prop_assert_eq!(
                found,
                words.contains(&w),
                "query {:?} on note {:?}",
                query,
                text
            );
            if found {
                let hit = hits.iter().find(|h| h.contact_id == c.id).unwrap();
                prop_assert!(fold(&hit.excerpt).contains(&fold(&word)));
            }
            Ok(())
        })
        .unwrap();
}
