//! Dynamic oracle for the arc-eager system (Goldberg & Nivre 2012): the
//! number of gold arcs each move makes unreachable.

use super::state::{Move, State, NONE};

/// A gold tree: head and label id per token (index 0 unused).
#[derive(Debug, Clone)]
pub struct GoldTree {
    /// Gold head of each token.
    pub heads: Vec<u32>,
    /// Gold label of each token.
    pub labels: Vec<u8>,
}

/// Writes the cost of every class into `costs` (`u32::MAX` if invalid).
pub fn move_costs(state: &State, gold: &GoldTree, costs: &mut [u32]) {
    costs.fill(u32::MAX);
    if state.is_terminal() {
        return;
    }
    let s = state.top();
    let b = state.buffer;
    let n = state.n;
    let gold_head = |t: u32| gold.heads[t as usize];
    let on_stack = |t: u32| t != NONE && state.stack.contains(&t);
    let deps_of_s_in_buffer = (b..n).filter(|&d| gold_head(d) == s).count() as u32;
    let stack_children_of_b = state
        .stack
        .iter()
        .filter(|&&k| k != 0 && state.heads[k as usize] == NONE && gold_head(k) == b)
        .count() as u32;
    let head_of_b = gold_head(b);

    if state.is_valid(Move::Shift) {
        costs[Move::Shift.class()] = stack_children_of_b + on_stack(head_of_b) as u32;
    }
    if state.is_valid(Move::Reduce) {
        costs[Move::Reduce.class()] = deps_of_s_in_buffer;
    }
    let num_labels = (costs.len() - 2) / 2;
    if s != 0 && state.heads[s as usize] == NONE {
        let head_of_s = gold_head(s);
        let base = (head_of_s > b && head_of_s != NONE) as u32 + deps_of_s_in_buffer;
        for label in 0..num_labels as u8 {
            let m = Move::Left(label);
            if state.is_valid(m) {
                let wrong_label = head_of_s == b && gold.labels[s as usize] != label;
                costs[m.class()] = base + wrong_label as u32;
            }
        }
    }
    let head_elsewhere =
        (head_of_b != s && on_stack(head_of_b)) as u32 + (head_of_b > b && head_of_b != NONE) as u32;
    let base = head_elsewhere + stack_children_of_b;
    for label in 0..num_labels as u8 {
        let m = Move::Right(label);
        if state.is_valid(m) {
            let wrong_label = head_of_b == s && gold.labels[b as usize] != label;
            costs[m.class()] = base + wrong_label as u32;
        }
    }
}

/// Lifts non-projective arcs (head := grandparent) until the tree is
/// projective. `heads[0]` is ignored.
pub fn projectivize(heads: &mut [u32]) {
    while let Some(dependent) = first_nonprojective(heads) {
        let head = heads[dependent] as usize;
        heads[dependent] = heads[head];
    }
}

fn dominates(heads: &[u32], ancestor: u32, mut node: u32) -> bool {
    let mut steps = 0;
    while node != 0 && node != NONE && steps <= heads.len() {
        if node == ancestor {
            return true;
        }
        node = heads[node as usize];
        steps += 1;
    }
    ancestor == 0
}

/// The dependent of the shortest non-projective arc, if any.
fn first_nonprojective(heads: &[u32]) -> Option<usize> {
    let mut best: Option<(u32, usize)> = None;
    for d in 1..heads.len() {
        let h = heads[d];
        if h == 0 || h == NONE {
            continue;
        }
        let (lo, hi) = if h < d as u32 {
            (h, d as u32)
        } else {
            (d as u32, h)
        };
        let crossing = (lo + 1..hi).any(|k| !dominates(heads, h, k));
        let length = hi - lo;
        if crossing && best.is_none_or(|(l, _)| length < l) {
            best = Some((length, d));
        }
    }
    best.map(|(_, d)| d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn following_zero_cost_moves_rebuilds_the_gold_tree() {
        // root -> 2; 2 -> 1, 2 -> 4, 4 -> 3, 2 -> 5
        let gold = GoldTree {
            heads: vec![NONE, 2, 0, 4, 2, 2],
            labels: vec![0, 1, 0, 2, 3, 4],
        };
        let mut state = State::default();
        state.reset(5, 0);
        let mut costs = vec![0u32; 2 + 2 * 5];
        while !state.is_terminal() {
            move_costs(&state, &gold, &mut costs);
            let best = (0..costs.len())
                .find(|&c| costs[c] == 0)
                .expect("a zero-cost move");
            state.apply(Move::from_class(best));
        }
        assert_eq!(&state.heads[1..], &gold.heads[1..]);
        assert_eq!(&state.labels[1..], &gold.labels[1..]);
    }

    #[test]
    fn lifts_crossing_arcs() {
        // 1 -> 3 crosses 2 -> 4 (root 2)
        let mut heads = vec![NONE, 3, 0, 2, 1];
        projectivize(&mut heads);
        assert!(first_nonprojective(&heads).is_none());
    }
}
