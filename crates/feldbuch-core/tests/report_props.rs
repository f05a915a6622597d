//! Statistical disclosure control, by property, checked by an audit of its own: for random
//! tables with several small cells sharing rows and columns (and for two tables sharing their
//! total), after protection every hidden small count can still take every value from 1 to k−1
//! when an analyst enumerates *every* table that agrees with what is published — every published
//! cell and total fixed, every "< k" cell anywhere in 1..k−1, every cell hidden to protect one
//! anywhere in 0..the largest count. The enumeration is exhaustive (tables are small) and shares
//! no code with the library's solver. Published cells keep their true values, and a cell hidden
//! to protect another is never marked as small.
//!
//! A small count may itself be marked as protecting ("x", 0..the total) where no published cell
//! can save its "< k" (a line of small counts only): the audit then holds it to that mark.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::sdc_audit::enumerate;
use feldbuch_core::report::sdc::{grid, grid_lines, protect, Joint, Line, Mark};
use proptest::prelude::*;
use std::collections::BTreeSet;

/// Counts skewed towards small values, so suppression has work to do.
fn count() -> impl Strategy<Value = u64> {
    prop_oneof![
        3 => Just(0u64),
        5 => 1u64..3,
        2 => 3u64..6,
        1 => 6u64..9,
    ]
}

fn table(max_rows: usize, max_cols: usize) -> impl Strategy<Value = Vec<Vec<u64>>> {
    (1..=max_rows, 1..=max_cols).prop_flat_map(|(rows, cols)| {
        prop::collection::vec(prop::collection::vec(count(), cols), rows)
    })
}

/// The audit: what the marks promise, checked by enumeration.
fn audit(counts: &[u64], marks: &[Mark], lines: &[Line], k: u64) -> Result<(), TestCaseError> {
    for (i, (&v, m)) in counts.iter().zip(marks).enumerate() {
        let small = (1..k).contains(&v);
        // A small count is never published, and "< k" never stands over anything else.
        prop_assert!(
            !small || *m != Mark::Published,
            "cell {} = {} published",
            i,
            v
        );
        prop_assert!(
            small || *m != Mark::Small,
            "cell {} = {} marked small",
            i,
            v
        );
    }
    let mut budget = 3_000_000;
    let Some(seen) = enumerate(counts, marks, lines, k, &mut budget) else {
        // Too many tables to enumerate: this case proves nothing either way.
        return Err(TestCaseError::reject("beyond the enumeration budget"));
    };
    for (i, m) in marks.iter().enumerate() {
        if *m == Mark::Small {
            let want: BTreeSet<u64> = (1..k).collect();
            prop_assert_eq!(
                &seen[i],
                &want,
                "small cell {} (= {}) can be narrowed down from the published figures; marks {:?}",
                i,
                counts[i],
                marks
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, max_global_rejects: 3000, ..ProptestConfig::default() })]

    #[test]
    fn every_small_cell_keeps_every_value_from_1_to_k_minus_1(
        cells in table(3, 3), rt in any::<bool>(), ct in any::<bool>(), k in 2u64..5,
    ) {
        let counts = grid(&cells, rt, ct);
        let lines = grid_lines(cells.len(), cells[0].len(), rt, ct);
        let marks = protect(&counts, &lines, k);
        audit(&counts, &marks, &lines, k)?;
    }

    #[test]
    fn two_tables_that_share_their_total_are_protected_together(
        a in table(2, 3), b in prop::collection::vec(count(), 1..4), k in 2u64..4,
    ) {
        // A months × kinds table with both totals, and a one-column table of the same total
        // broken down otherwise (like contacts by district): its cells are adjusted to add up.
        let total: u64 = a.iter().flatten().sum();
        let mut b = b;
        let rest = total.saturating_sub(b.iter().skip(1).sum::<u64>());
        b[0] = rest;
        prop_assume!(b.iter().sum::<u64>() == total);
        let mut joint = Joint::default();
        let ga = grid(&a, true, true);
        let at_a = joint.add(ga.clone(), grid_lines(a.len(), a[0].len(), true, true));
        let col: Vec<Vec<u64>> = b.iter().map(|&v| vec![v]).collect();
        let gb = grid(&col, false, true);
        let at_b = joint.add(gb.clone(), grid_lines(b.len(), 1, false, true));
        joint.same(at_a + ga.len() - 1, at_b + gb.len() - 1);
        let marks = joint.protect(k);
        let counts: Vec<u64> = ga.iter().chain(&gb).copied().collect();
        let mut lines: Vec<Line> = grid_lines(a.len(), a[0].len(), true, true);
        lines.extend(grid_lines(b.len(), 1, false, true).into_iter().map(|l| Line {
            margin: l.margin + at_b,
            cells: l.cells.into_iter().map(|i| i + at_b).collect(),
        }));
        lines.push(Line { margin: at_a + ga.len() - 1, cells: vec![at_b + gb.len() - 1] });
        audit(&counts, &marks, &lines, k)?;
    }

    #[test]
    fn tables_without_a_small_count_are_published_whole(
        cells in table(5, 5), rt in any::<bool>(), ct in any::<bool>(), k in 2u64..6,
    ) {
        let cells: Vec<Vec<u64>> = cells
            .into_iter()
            .map(|r| r.into_iter().map(|v| if (1..k).contains(&v) { v + k } else { v }).collect())
            .collect();
        let counts = grid(&cells, rt, ct);
        let marks = protect(&counts, &grid_lines(cells.len(), cells[0].len(), rt, ct), k);
        prop_assert!(marks.iter().all(|m| *m == Mark::Published));
    }
}

/// The case found in review: two small cells in the same two rows and the same two columns of
/// a months × site kinds table. Hidden as four "< 3" beside published margins, the margins
/// allowed exactly one value for each.
#[test]
fn four_small_cells_in_two_rows_and_two_columns_are_not_given_away_by_the_margins() {
    let cells = vec![vec![2, 2, 30, 12], vec![2, 1, 25, 14], vec![20, 18, 40, 9]];
    let (rows, cols) = (3, 4);
    let counts = grid(&cells, true, true);
    let lines = grid_lines(rows, cols, true, true);
    // Hiding only the four small cells is what the old, line-by-line rule did: the margins then
    // pin them: row 0 leaves 4 for its two "< 3", which can only be 2 and 2.
    let naive: Vec<Mark> = counts
        .iter()
        .map(|&v| {
            if (1..3).contains(&v) {
                Mark::Small
            } else {
                Mark::Published
            }
        })
        .collect();
    let mut budget = 1_000_000;
    let seen = enumerate(&counts, &naive, &lines, 3, &mut budget).unwrap();
    assert_eq!(
        seen[0],
        BTreeSet::from([2]),
        "the margins give the cell away"
    );
    // Protected as a whole table, each small cell can be 1 or 2 again.
    let marks = protect(&counts, &lines, 3);
    assert!(marks.contains(&Mark::Protect), "{marks:?}");
    audit(&counts, &marks, &lines, 3).unwrap();
    // The cells hidden to protect them are marked as such, never as "< 3".
    for (i, m) in marks.iter().enumerate() {
        if *m == Mark::Protect {
            assert!(!(1..3).contains(&counts[i]));
        }
    }
}

/// A line of small counts only cannot be helped by hiding anything: 1 + 1 = 2 with k = 3 pins
/// both cells. One of them is marked as protecting instead, and the other keeps 1..2.
#[test]
fn a_line_of_small_counts_only_marks_one_as_protecting() {
    let counts = grid(&[vec![1], vec![1]], false, true);
    let lines = grid_lines(2, 1, false, true);
    let marks = protect(&counts, &lines, 3);
    assert!(marks.contains(&Mark::Protect), "{marks:?}");
    assert!(marks.contains(&Mark::Small), "{marks:?}");
    audit(&counts, &marks, &lines, 3).unwrap();
}

/// A single line is enough: two "< 3" that add up to 4 can only be 2 and 2.
#[test]
fn two_small_cells_adding_up_to_four_in_one_line_are_protected() {
    let cells = vec![vec![2], vec![2], vec![11]];
    let counts = grid(&cells, false, true);
    let lines = grid_lines(3, 1, false, true);
    let marks = protect(&counts, &lines, 3);
    assert_eq!(marks[2], Mark::Protect, "{marks:?}");
    audit(&counts, &marks, &lines, 3).unwrap();
}
