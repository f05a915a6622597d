//! Statistical disclosure control, by property: for any table of counts with its row and
//! column totals, and any k, after protection no published cell holds a count in 1..k−1, and
//! no line (a row or column with its total) lets a reader recompute one: the published total
//! minus the published cells never leaves a sum in 1..k−1, and a hidden total is never the
//! plain sum of published cells when it is small. Published cells keep their true values.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use feldbuch_core::report::sdc::{grid, grid_lines, protect, Line};
use proptest::prelude::*;

/// Counts skewed towards small values, so suppression has work to do.
fn count() -> impl Strategy<Value = u64> {
    prop_oneof![
        3 => Just(0u64),
        4 => 1u64..3,
        2 => 3u64..6,
        2 => 6u64..40,
    ]
}

fn table() -> impl Strategy<Value = (Vec<Vec<u64>>, bool, bool, u64)> {
    (1usize..7, 1usize..7, any::<bool>(), any::<bool>(), 2u64..6).prop_flat_map(
        |(rows, cols, rt, ct, k)| {
            (
                prop::collection::vec(prop::collection::vec(count(), cols), rows),
                Just(rt),
                Just(ct),
                Just(k),
            )
        },
    )
}

/// What a reader learns from one line, checked from scratch (not with the library's own test).
fn line_reveals_small(counts: &[u64], hidden: &[bool], line: &Line, k: u64) -> Option<u64> {
    let small = |v: u64| (1..k).contains(&v);
    let published_sum: u64 = line
        .cells
        .iter()
        .filter(|&&i| !hidden[i])
        .map(|&i| counts[i])
        .sum();
    let all_published = line.cells.iter().all(|&i| !hidden[i]);
    if !hidden[line.margin] {
        let difference = counts[line.margin] - published_sum;
        if small(difference) {
            return Some(difference);
        }
    } else if all_published && small(published_sum) {
        return Some(published_sum);
    }
    None
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn no_published_cell_or_line_difference_reveals_a_small_count((cells, rt, ct, k) in table()) {
        let counts = grid(&cells, rt, ct);
        let lines = grid_lines(cells.len(), cells[0].len(), rt, ct);
        let hidden = protect(&counts, &lines, k);
        for (i, &v) in counts.iter().enumerate() {
            prop_assert!(hidden[i] || !(1..k).contains(&v), "cell {i} = {v} published with k = {k}");
        }
        for line in &lines {
            prop_assert_eq!(line_reveals_small(&counts, &hidden, line, k), None, "line {:?}", line);
        }
        // Totals really are the sums of their cells (the layout the faces rely on).
        for line in &lines {
            let sum: u64 = line.cells.iter().map(|&i| counts[i]).sum();
            prop_assert_eq!(sum, counts[line.margin]);
        }
    }

    #[test]
    fn suppression_is_minimal_where_nothing_is_small((cells, rt, ct, k) in table()) {
        // Tables without any count in 1..k−1 are published whole.
        let cells: Vec<Vec<u64>> = cells
            .into_iter()
            .map(|r| r.into_iter().map(|v| if (1..k).contains(&v) { v + k } else { v }).collect())
            .collect();
        let counts = grid(&cells, rt, ct);
        let hidden = protect(&counts, &grid_lines(cells.len(), cells[0].len(), rt, ct), k);
        prop_assert!(hidden.iter().all(|h| !h));
    }
}
