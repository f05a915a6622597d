//! Statistical disclosure control for the report's tables.
//!
//! A *problem* is a list of counts plus the *lines* a reader can add up: each line says that
//! one cell (a row or column total, or a total another table shares) is the sum of others.
//! Counts from 1 to k−1 are hidden and marked "< k" ([`Mark::Small`], primary suppression).
//! Then the whole problem is checked at once, as an analyst with an integer-programming solver
//! would attack it: with every small cell bounded only by its mark (1..k−1), every cell hidden to
//! protect another bounded only by its own mark (0..the largest count of the problem), and every
//! published cell and total fixed, each small cell must still be able to take every value from 1
//! to k−1. Where a value cannot be reached, an integer program finds the cheapest published cells
//! whose change would reach it (cost: the cell's count plus one, so totals are hidden last), and
//! those are hidden and marked [`Mark::Protect`] (secondary suppression). Hiding only ever widens
//! what a reader must allow, so a value reached once stays reachable; the loop ends when every
//! small cell reaches every value.
//!
//! Where no published cell can help (a line of small counts only: 1 + 1 = 2 with k = 3 allows only
//! 1 and 1 whatever else is shown), the cheapest small counts that must leave 1..k−1 for the
//! value to be reached are marked as protecting instead: "x" is true of them too, and promises no
//! more than 0..the total.
//!
//! The solver finds the solutions; it is not trusted to be right. Every value of every small cell
//! is backed by a whole integer solution (a *witness*), and each witness is checked against the
//! final marks in exact integer arithmetic before the marks are returned. Should the solver fail
//! (an error, a time limit, a panic, no solution) or a witness not hold, every cell of the problem
//! is hidden as protecting.

use good_lp::{
    constraint, microlp, variable, Expression, ProblemVariables, Solution, SolverModel, Variable,
    WithTimeLimit,
};
use serde::Serialize;
use std::collections::BTreeSet;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// How a cell is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mark {
    Published,
    /// A count from 1 to k−1, shown as "< k".
    Small,
    /// Hidden to protect a small count; shown with its own mark ("x"), which says nothing about
    /// its size beyond 0..the table's total. Usually a count of 0 or k and more; a small count
    /// only where its own "< k" could not be protected (see [`protect`]).
    Protect,
}

impl Mark {
    pub fn hidden(self) -> bool {
        self != Mark::Published
    }
}

/// A margin cell and the interior cells it is the sum of (indices into the cell list). A line
/// with one cell says that two cells are equal (a total shared by two tables).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub margin: usize,
    pub cells: Vec<usize>,
}

/// The longest one integer program may run before the problem is hidden whole (seconds).
const SOLVE_LIMIT_S: f64 = 5.0;

/// The marks that protect every count in 1..k−1 of `counts` against every line at once. `k`
/// below 2 hides nothing. The lines must hold for `counts` (every margin the sum of its cells).
pub fn protect(counts: &[u64], lines: &[Line], k: u64) -> Vec<Mark> {
    debug_assert!(
        lines
            .iter()
            .all(|l| counts[l.margin] == l.cells.iter().map(|&c| counts[c]).sum::<u64>()),
        "every line holds for the true counts"
    );
    let small = |v: u64| v >= 1 && v < k;
    let mut marks: Vec<Mark> = counts
        .iter()
        .map(|&v| {
            if small(v) {
                Mark::Small
            } else {
                Mark::Published
            }
        })
        .collect();
    if k < 2 || lines.is_empty() || !marks.contains(&Mark::Small) {
        return marks;
    }
    let truth: Vec<i64> = counts.iter().map(|&v| clamp(v)).collect();
    let ub = truth.iter().copied().max().unwrap_or(0);
    let k = clamp(k);
    match protect_all(&truth, lines, k, ub, &mut marks) {
        Some(witnesses)
            if witnesses
                .iter()
                .all(|w| satisfies(w, &truth, &marks, lines, k, ub)) =>
        {
            marks
        }
        _ => hide_all(&marks, lines),
    }
}

/// Counts far above any table's size are bounded to what the solver takes (i32).
fn clamp(v: u64) -> i64 {
    v.min(i32::MAX as u64) as i64
}

/// Every cell that any line mentions marked as protecting: the answer when the solver's work
/// cannot be trusted. It promises nothing but 0..the total for any of them.
fn hide_all(marks: &[Mark], lines: &[Line]) -> Vec<Mark> {
    let mut out = marks.to_vec();
    for line in lines {
        for &i in line.cells.iter().chain([&line.margin]) {
            out[i] = Mark::Protect;
        }
    }
    out
}

/// Find a witness for every value of every small cell, hiding more where needed. Returns the
/// witnesses, or `None` when the solver failed.
fn protect_all(
    truth: &[i64],
    lines: &[Line],
    k: i64,
    ub: i64,
    marks: &mut [Mark],
) -> Option<Vec<Vec<i64>>> {
    let in_line = in_some_line(truth.len(), lines);
    let smalls: Vec<usize> = (0..truth.len())
        .filter(|&i| marks[i] == Mark::Small && in_line[i])
        .collect();
    // Which values each small cell is known to reach; the true counts reach their own.
    let mut reached: Vec<BTreeSet<i64>> = truth.iter().map(|&v| BTreeSet::from([v])).collect();
    let mut witnesses = vec![truth.to_vec()];
    for &c in &smalls {
        for v in 1..k {
            if marks[c] != Mark::Small || reached[c].contains(&v) {
                continue;
            }
            // No witness (the solver failed, or no integer solution exists at all): the whole
            // problem is hidden, never just this cell.
            let x = witness_or_widen(truth, lines, marks, k, ub, c, v)?;
            for &s in &smalls {
                reached[s].insert(x[s]);
            }
            witnesses.push(x);
        }
    }
    Some(witnesses)
}

/// A witness for `x[c] = v`, with the marks it needs applied; `None` when none was found.
fn witness_or_widen(
    truth: &[i64],
    lines: &[Line],
    marks: &mut [Mark],
    k: i64,
    ub: i64,
    c: usize,
    v: i64,
) -> Option<Vec<i64>> {
    let x = cheapest_witness(truth, lines, marks, k, ub, c, v)?;
    widen_for(&x, truth, marks, k);
    Some(x)
}

/// The marks under which `x` is a solution a reader must allow: every published cell it moves
/// is hidden, and every small cell it takes out of 1..k−1 is marked as protecting.
fn widen_for(x: &[i64], truth: &[i64], marks: &mut [Mark], k: i64) {
    for (i, m) in marks.iter_mut().enumerate() {
        let moved = match m {
            Mark::Published => x[i] != truth[i],
            Mark::Small => !(1..k).contains(&x[i]),
            Mark::Protect => false,
        };
        if moved {
            *m = Mark::Protect;
        }
    }
}

fn in_some_line(n: usize, lines: &[Line]) -> Vec<bool> {
    let mut out = vec![false; n];
    for line in lines {
        out[line.margin] = true;
        for &i in &line.cells {
            out[i] = true;
        }
    }
    out
}

/// The integer solution with `x[c] = v` that changes the fewest (cheapest) published cells: all
/// lines hold, hidden cells stay within their marks' bounds, published cells within 0..ub.
/// Where no change of published cells is enough (a line of small counts only: 1 + 1 = 2 with
/// k = 3 allows only 1 and 1 whatever else is shown), other small cells may leave 1..k−1, at a
/// cost above that of every published cell together: those are then marked as protecting,
/// which is true of them too ("x" promises no more than 0..the total).
fn cheapest_witness(
    truth: &[i64],
    lines: &[Line],
    marks: &[Mark],
    k: i64,
    ub: i64,
    c: usize,
    v: i64,
) -> Option<Vec<i64>> {
    let solve = || -> Option<Vec<i64>> {
        let mut vars = ProblemVariables::new();
        let x: Vec<Variable> = (0..truth.len())
            .map(|i| {
                // A small cell may stand at k−1 even where that is above every count.
                let (lo, hi) = if i == c { (v, v) } else { (0, ub.max(k - 1)) };
                vars.add(variable().integer().min(lo as f64).max(hi as f64))
            })
            .collect();
        // How far each published cell moves, and what that costs.
        let mut cost = Expression::from(0.0);
        let mut moves = Vec::new();
        let mut leaves = Vec::new();
        let relabel = truth.iter().map(|&t| t as f64 + 1.0).sum::<f64>() + 1.0;
        for i in (0..truth.len()).filter(|&i| i != c) {
            match marks[i] {
                Mark::Published => {
                    let d = vars.add(variable().min(0.0));
                    cost += (truth[i] as f64 + 1.0) * d;
                    moves.push((i, d));
                }
                Mark::Small => {
                    let d = vars.add(variable().min(0.0));
                    cost += relabel * d;
                    leaves.push((i, d));
                }
                Mark::Protect => {}
            }
        }
        let mut model = vars
            .minimise(cost)
            .using(microlp)
            .with_time_limit(SOLVE_LIMIT_S);
        for &(i, d) in &moves {
            model.add_constraint(constraint!(d >= x[i] - truth[i] as f64));
            model.add_constraint(constraint!(d >= truth[i] as f64 - x[i]));
        }
        for &(i, d) in &leaves {
            model.add_constraint(constraint!(d >= 1.0 - x[i]));
            model.add_constraint(constraint!(d >= x[i] - (k - 1) as f64));
        }
        for line in lines {
            let sum: Expression = line.cells.iter().map(|&i| x[i]).sum();
            model.add_constraint(constraint!(sum == x[line.margin]));
        }
        let solution = model.solve().ok()?;
        Some(
            x.iter()
                .map(|&xi| solution.value(xi).round() as i64)
                .collect(),
        )
    };
    let x = catch_unwind(AssertUnwindSafe(solve)).ok().flatten()?;
    // The solver's answer is taken only if it is exact under the marks it needs.
    let mut marks_after = marks.to_vec();
    widen_for(&x, truth, &mut marks_after, k);
    (x[c] == v && marks_after[c] == Mark::Small && satisfies(&x, truth, &marks_after, lines, k, ub))
        .then_some(x)
}

/// Whether `x` is a solution a reader must allow, given the marks: every line holds, published
/// cells hold their true counts, small cells lie in 1..k−1 and protecting cells in 0..ub.
pub fn satisfies(
    x: &[i64],
    truth: &[i64],
    marks: &[Mark],
    lines: &[Line],
    k: i64,
    ub: i64,
) -> bool {
    x.len() == truth.len()
        && x.iter()
            .zip(truth)
            .zip(marks)
            .all(|((&xi, &ti), m)| match m {
                Mark::Published => xi == ti,
                Mark::Small => (1..k).contains(&xi),
                Mark::Protect => (0..=ub).contains(&xi),
            })
        && lines
            .iter()
            .all(|l| l.cells.iter().map(|&i| x[i]).sum::<i64>() == x[l.margin])
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

/// Several tables (and single figures) protected as one problem, where some of them share a
/// total: each part's cells are laid out after the previous part's, and [`Joint::same`] says
/// that two cells are one number.
#[derive(Debug, Default)]
pub struct Joint {
    counts: Vec<u64>,
    lines: Vec<Line>,
}

impl Joint {
    /// Add a part; returns the offset of its first cell.
    pub fn add(&mut self, counts: Vec<u64>, lines: Vec<Line>) -> usize {
        let at = self.counts.len();
        self.counts.extend(counts);
        self.lines.extend(lines.into_iter().map(|l| Line {
            margin: l.margin + at,
            cells: l.cells.into_iter().map(|i| i + at).collect(),
        }));
        at
    }

    /// Cells `a` and `b` (offsets into the joint list) hold the same number.
    pub fn same(&mut self, a: usize, b: usize) {
        self.lines.push(Line {
            margin: a,
            cells: vec![b],
        });
    }

    /// A line between cells of any parts (offsets into the joint list).
    pub fn line(&mut self, line: Line) {
        self.lines.push(line);
    }

    pub fn protect(&self, k: u64) -> Vec<Mark> {
        protect(&self.counts, &self.lines, k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Mark::{Protect as X, Published as P, Small as S};

    fn one_column(values: &[u64], k: u64) -> Vec<Mark> {
        let cells: Vec<Vec<u64>> = values.iter().map(|&v| vec![v]).collect();
        let counts = grid(&cells, false, true);
        protect(&counts, &grid_lines(values.len(), 1, false, true), k)
    }

    #[test]
    fn small_counts_are_hidden_and_zeros_are_not() {
        assert_eq!(one_column(&[0, 5, 7, 9], 3), vec![P, P, P, P, P]);
        // 2 is hidden, and one more cell of the column, or the total would give 2 away; the
        // cheapest is 0 (hidden, it might be anything up to the total).
        let h = one_column(&[0, 2, 7, 9], 3);
        assert_eq!(h[1], S);
        assert_eq!(h[0], X);
        assert_eq!(h[2..], [P, P, P]);
    }

    #[test]
    fn two_small_cells_that_add_up_to_four_take_a_third() {
        // 2 + 2 = 4: "< 3" twice beside a published total allows only 2 and 2.
        let h = one_column(&[2, 2, 5, 10], 3);
        assert_eq!(&h[..2], &[S, S]);
        assert!(h[2..].contains(&X), "{h:?}");
    }

    #[test]
    fn a_small_total_is_hidden_itself() {
        let h = one_column(&[0, 2, 0], 3);
        assert_eq!(h[1], S);
        assert_eq!(h[3], S);
    }

    #[test]
    fn k_below_two_hides_nothing() {
        assert!(one_column(&[1, 1, 4], 1).iter().all(|m| *m == P));
    }

    #[test]
    fn witnesses_are_checked_exactly() {
        let lines = grid_lines(2, 1, false, true);
        let truth = [2, 2, 4];
        let marks = [S, S, P];
        assert!(satisfies(&[2, 2, 4], &truth, &marks, &lines, 3, 4));
        // 1 + 3 would make the total, but 3 is not "< 3".
        assert!(!satisfies(&[1, 3, 4], &truth, &marks, &lines, 3, 4));
        assert!(!satisfies(&[1, 2, 3], &truth, &marks, &lines, 3, 4));
    }
}
