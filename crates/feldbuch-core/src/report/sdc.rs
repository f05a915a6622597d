//! Statistical disclosure control for the report's tables.
//!
//! A table is a list of counts plus the *lines* a reader can add up: each line is a margin
//! cell (a row or column total) and the interior cells it sums. Counts from 1 to k−1 are
//! suppressed (primary suppression). Then, as long as some line lets a reader recompute a
//! small count — a published margin minus its published interior cells leaves a sum of
//! suppressed cells between 1 and k−1, or a suppressed small margin equals the sum of its all
//! published cells — one more cell of that line is suppressed (secondary suppression): the
//! smallest published non-zero interior cell, or else the margin itself. Zeros are published:
//! they reveal no small group and hiding them protects nothing.
//!
//! What this does not defend against: combining several lines at once (a linear-programming
//! attack on a whole table) and differencing between tables. Both are stated on the Methodik
//! sheet.

/// A margin cell and the interior cells it is the sum of (indices into the cell list).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub margin: usize,
    pub cells: Vec<usize>,
}

/// Which cells must be hidden so that no published cell and no published line difference
/// reveals a count in 1..k−1. `k` below 2 suppresses nothing.
pub fn protect(counts: &[u64], lines: &[Line], k: u64) -> Vec<bool> {
    let small = |v: u64| v >= 1 && v < k;
    let mut hidden: Vec<bool> = counts.iter().map(|&v| small(v)).collect();
    if k < 2 {
        return hidden;
    }
    loop {
        let mut changed = false;
        for line in lines {
            if !leaks(counts, &hidden, line, k) {
                continue;
            }
            // The smallest published non-zero interior cell, else the margin.
            let pick = line
                .cells
                .iter()
                .copied()
                .filter(|&i| !hidden[i] && counts[i] > 0)
                .min_by_key(|&i| (counts[i], i))
                .or((!hidden[line.margin]).then_some(line.margin));
            match pick {
                Some(i) => {
                    hidden[i] = true;
                    changed = true;
                }
                // Everything that could hide the small sum is hidden already; cannot happen
                // for consistent counts (a margin equal to a small sum is itself small).
                None => continue,
            }
        }
        if !changed {
            return hidden;
        }
    }
}

/// Whether `line` lets a reader recompute a count in 1..k−1 from published cells.
pub fn leaks(counts: &[u64], hidden: &[bool], line: &Line, k: u64) -> bool {
    let small = |v: u64| v >= 1 && v < k;
    let hidden_interior: Vec<usize> = line.cells.iter().copied().filter(|&i| hidden[i]).collect();
    if hidden[line.margin] {
        // The margin is unknown: only when every interior cell is published does the line give
        // it away.
        hidden_interior.is_empty() && small(counts[line.margin])
    } else {
        // Margin minus the published cells = the sum of the hidden ones.
        let sum: u64 = hidden_interior.iter().map(|&i| counts[i]).sum();
        small(sum)
    }
}

/// The lines of a rows × cols table stored row-major, followed by its row totals (one per
/// row), its column totals (one per column) and the grand total, in that order — the layout
/// [`grid`] builds.
pub fn grid_lines(rows: usize, cols: usize, row_totals: bool, col_totals: bool) -> Vec<Line> {
    let interior = rows * cols;
    let rt = |r: usize| interior + r;
    let ct = |c: usize| interior + if row_totals { rows } else { 0 } + c;
    let grand = interior + if row_totals { rows } else { 0 } + if col_totals { cols } else { 0 };
    let mut lines = Vec::new();
    if row_totals {
        for r in 0..rows {
            lines.push(Line {
                margin: rt(r),
                cells: (0..cols).map(|c| r * cols + c).collect(),
            });
        }
    }
    if col_totals {
        for c in 0..cols {
            lines.push(Line {
                margin: ct(c),
                cells: (0..rows).map(|r| r * cols + c).collect(),
            });
        }
    }
    if row_totals && col_totals {
        // The grand total sums the row totals and the column totals.
        lines.push(Line {
            margin: grand,
            cells: (0..rows).map(rt).collect(),
        });
        lines.push(Line {
            margin: grand,
            cells: (0..cols).map(ct).collect(),
        });
    }
    lines
}

/// Lay out a table's counts (row-major) with its margins as [`grid_lines`] expects.
pub fn grid(cells: &[Vec<u64>], row_totals: bool, col_totals: bool) -> Vec<u64> {
    let cols = cells.first().map_or(0, Vec::len);
    let mut out: Vec<u64> = cells.iter().flatten().copied().collect();
    if row_totals {
        out.extend(cells.iter().map(|r| r.iter().sum::<u64>()));
    }
    if col_totals {
        out.extend((0..cols).map(|c| cells.iter().map(|r| r[c]).sum::<u64>()));
    }
    if row_totals && col_totals {
        out.push(cells.iter().flatten().sum());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_column(values: &[u64], k: u64) -> Vec<bool> {
        let cells: Vec<Vec<u64>> = values.iter().map(|&v| vec![v]).collect();
        let counts = grid(&cells, false, true);
        protect(&counts, &grid_lines(values.len(), 1, false, true), k)
    }

    #[test]
    fn small_counts_are_hidden_and_zeros_are_not() {
        assert_eq!(
            one_column(&[0, 5, 7, 9], 3),
            vec![false, false, false, false, false]
        );
        let h = one_column(&[0, 2, 7, 9], 3);
        // 2 is hidden, and so is 7 (the smallest other), or the total would give 2 away.
        assert_eq!(h, vec![false, true, true, false, false]);
    }

    #[test]
    fn two_small_cells_that_add_up_to_a_small_sum_take_a_third() {
        // 1 + 1 = 2 < 3: the total would reveal that the two hidden cells hold 2 people.
        let h = one_column(&[1, 1, 4, 10], 3);
        assert_eq!(h, vec![true, true, true, false, false]);
    }

    #[test]
    fn a_small_total_is_hidden_itself() {
        let h = one_column(&[0, 2, 0], 3);
        assert_eq!(h, vec![false, true, false, true]);
    }

    #[test]
    fn k_below_two_hides_nothing() {
        assert!(one_column(&[1, 1, 4], 1).iter().all(|h| !h));
    }
}
