//! An analyst's audit of statistical disclosure control, sharing no code with the library's
//! solver: every table a reader must allow, enumerated.

use feldbuch_core::report::sdc::{Line, Mark};
use std::collections::BTreeSet;

/// Every value each cell takes over all integer solutions a reader must allow: lines hold,
/// published cells are fixed, small ones lie in 1..k−1 and protecting ones in 0..ub. A plain
/// depth-first enumeration over the hidden cells: a cell that is the last unknown of a line takes
/// the one value the line leaves, and a branch ends as soon as a line's known cells exceed its
/// known total (counts are never negative). `budget` bounds the work (the test discards cases
/// beyond it).
pub fn enumerate(
    counts: &[u64],
    marks: &[Mark],
    lines: &[Line],
    k: u64,
    budget: &mut u64,
) -> Option<Vec<BTreeSet<u64>>> {
    struct Search<'a> {
        marks: &'a [Mark],
        lines: &'a [Line],
        hidden: Vec<usize>,
        /// Where each cell stands in `hidden` (published cells: never unknown).
        order: Vec<Option<usize>>,
        k: i64,
        ub: i64,
        x: Vec<i64>,
        seen: Vec<BTreeSet<u64>>,
    }
    impl Search<'_> {
        fn known(&self, j: usize, depth: usize) -> bool {
            self.order[j].is_none_or(|p| p < depth)
        }
        /// The value `i` must take when it is the last unknown of a line, if one makes it so.
        fn forced(&self, i: usize, depth: usize) -> Option<i64> {
            for l in self.lines {
                let members: Vec<usize> = l.cells.iter().copied().chain([l.margin]).collect();
                if !members.contains(&i) || members.iter().any(|&j| j != i && !self.known(j, depth))
                {
                    continue;
                }
                let sum: i64 = l
                    .cells
                    .iter()
                    .filter(|&&j| j != i)
                    .map(|&j| self.x[j])
                    .sum();
                return Some(if l.margin == i {
                    sum
                } else {
                    self.x[l.margin] - sum
                });
            }
            None
        }
        /// No line contradicts the cells known once `depth` cells are set.
        fn consistent(&self, depth: usize) -> bool {
            self.lines.iter().all(|l| {
                let sum: i64 = l
                    .cells
                    .iter()
                    .filter(|&&j| self.known(j, depth))
                    .map(|&j| self.x[j])
                    .sum();
                let all = l.cells.iter().all(|&j| self.known(j, depth));
                match (self.known(l.margin, depth), all) {
                    (true, true) => sum == self.x[l.margin],
                    (true, false) => sum <= self.x[l.margin],
                    (false, _) => true,
                }
            })
        }
        fn go(&mut self, depth: usize, budget: &mut u64) -> bool {
            if *budget == 0 {
                return false;
            }
            *budget -= 1;
            if depth == self.hidden.len() {
                for (i, s) in self.seen.iter_mut().enumerate() {
                    s.insert(self.x[i] as u64);
                }
                return true;
            }
            let i = self.hidden[depth];
            let (lo, hi) = if self.marks[i] == Mark::Small {
                (1, self.k - 1)
            } else {
                (0, self.ub)
            };
            let values: Vec<i64> = match self.forced(i, depth) {
                Some(v) if (lo..=hi).contains(&v) => vec![v],
                Some(_) => vec![],
                None => (lo..=hi).collect(),
            };
            for v in values {
                self.x[i] = v;
                if self.consistent(depth + 1) && !self.go(depth + 1, budget) {
                    return false;
                }
            }
            true
        }
    }
    let hidden: Vec<usize> = (0..counts.len())
        .filter(|&i| marks[i] != Mark::Published)
        .collect();
    let mut order = vec![None; counts.len()];
    for (p, &i) in hidden.iter().enumerate() {
        order[i] = Some(p);
    }
    let mut search = Search {
        marks,
        lines,
        hidden,
        order,
        k: k as i64,
        ub: counts.iter().copied().max().unwrap_or(0) as i64,
        x: counts.iter().map(|&v| v as i64).collect(),
        seen: vec![BTreeSet::new(); counts.len()],
    };
    if !search.consistent(0) {
        return None;
    }
    search.go(0, budget).then_some(search.seen)
}

/// The small cells of `counts` that the published figures narrow down (some value of 1..k−1 is
/// impossible for them), or `None` when the enumeration needs more than `budget` steps.
pub fn narrowed(
    counts: &[u64],
    marks: &[Mark],
    lines: &[Line],
    k: u64,
    mut budget: u64,
) -> Option<Vec<usize>> {
    let seen = enumerate(counts, marks, lines, k, &mut budget)?;
    let want: BTreeSet<u64> = (1..k).collect();
    Some(
        (0..counts.len())
            .filter(|&i| marks[i] == Mark::Small && seen[i] != want)
            .collect(),
    )
}
