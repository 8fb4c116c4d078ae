//! Arc-eager parser configuration.

/// Marker for "no token".
pub const NONE: u32 = u32::MAX;

/// A transition, encoded as a class id: 0 shift, 1 reduce,
/// `2 + 2 * label` left-arc, `3 + 2 * label` right-arc.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// Push the buffer front onto the stack.
    Shift,
    /// Pop the stack top (which has a head).
    Reduce,
    /// Buffer front becomes head of the stack top; pop.
    Left(u8),
    /// Stack top becomes head of the buffer front; push it.
    Right(u8),
}

impl Move {
    /// Class id of the move.
    pub fn class(self) -> usize {
        match self {
            Move::Shift => 0,
            Move::Reduce => 1,
            Move::Left(l) => 2 + 2 * l as usize,
            Move::Right(l) => 3 + 2 * l as usize,
        }
    }

    /// The move of class id `class`.
    pub fn from_class(class: usize) -> Move {
        match class {
            0 => Move::Shift,
            1 => Move::Reduce,
            c if c % 2 == 0 => Move::Left(((c - 2) / 2) as u8),
            c => Move::Right(((c - 3) / 2) as u8),
        }
    }

    /// Number of classes for `num_labels` labels.
    pub fn num_classes(num_labels: usize) -> usize {
        2 + 2 * num_labels
    }
}

/// Parser configuration over tokens `0..n`, token 0 being the root.
#[derive(Debug, Clone, Default)]
pub struct State {
    /// Number of tokens including the root.
    pub n: u32,
    /// The stack; the root stays at its bottom.
    pub stack: Vec<u32>,
    /// Index of the buffer front (the buffer is `buffer..n`).
    pub buffer: u32,
    /// Head of each token, [`NONE`] when unattached.
    pub heads: Vec<u32>,
    /// Label of each token's arc.
    pub labels: Vec<u8>,
    /// Leftmost and second leftmost dependents.
    pub left: Vec<[u32; 2]>,
    /// Rightmost and second rightmost dependents.
    pub right: Vec<[u32; 2]>,
    /// Number of left and right dependents.
    pub valency: Vec<[u8; 2]>,
    /// Bit sets of the labels of left and right dependents.
    pub label_sets: Vec<[u64; 2]>,
    /// The token attached to the root, if any.
    pub root_child: u32,
    /// Label id of `root`.
    pub root_label: u8,
}

impl State {
    /// Resets to the initial configuration for `words` words.
    pub fn reset(&mut self, words: usize, root_label: u8) {
        let n = words + 1;
        self.n = n as u32;
        self.stack.clear();
        self.stack.push(0);
        self.buffer = 1;
        reset_vec(&mut self.heads, n, NONE);
        reset_vec(&mut self.labels, n, u8::MAX);
        reset_vec(&mut self.left, n, [NONE; 2]);
        reset_vec(&mut self.right, n, [NONE; 2]);
        reset_vec(&mut self.valency, n, [0; 2]);
        reset_vec(&mut self.label_sets, n, [0; 2]);
        self.root_child = NONE;
        self.root_label = root_label;
    }

    /// True when the buffer is empty.
    pub fn is_terminal(&self) -> bool {
        self.buffer >= self.n
    }

    /// Stack top.
    pub fn top(&self) -> u32 {
        *self.stack.last().unwrap_or(&0)
    }

    /// Whether `m` may be applied now.
    pub fn is_valid(&self, m: Move) -> bool {
        if self.is_terminal() {
            return false;
        }
        let s = self.top();
        match m {
            Move::Shift => true,
            Move::Reduce => s != 0 && self.heads[s as usize] != NONE,
            Move::Left(l) => s != 0 && self.heads[s as usize] == NONE && l != self.root_label,
            Move::Right(l) => {
                if s == 0 {
                    l == self.root_label && self.root_child == NONE
                } else {
                    l != self.root_label
                }
            }
        }
    }

    /// Applies a valid move.
    pub fn apply(&mut self, m: Move) {
        let s = self.top();
        let b = self.buffer;
        match m {
            Move::Shift => {
                self.stack.push(b);
                self.buffer += 1;
            }
            Move::Reduce => {
                self.stack.pop();
            }
            Move::Left(l) => {
                self.attach(b, s, l);
                self.stack.pop();
            }
            Move::Right(l) => {
                self.attach(s, b, l);
                self.stack.push(b);
                self.buffer += 1;
            }
        }
    }

    fn attach(&mut self, head: u32, dependent: u32, label: u8) {
        let (h, d) = (head as usize, dependent as usize);
        self.heads[d] = head;
        self.labels[d] = label;
        if head == 0 {
            self.root_child = dependent;
        }
        let side = usize::from(dependent > head);
        self.valency[h][side] = self.valency[h][side].saturating_add(1);
        self.label_sets[h][side] |= 1u64 << (label % 64);
        if side == 0 {
            insert_outermost(&mut self.left[h], dependent, |new, old| new < old);
        } else {
            insert_outermost(&mut self.right[h], dependent, |new, old| new > old);
        }
    }
}

/// Keeps the two outermost dependents, outermost first.
fn insert_outermost(slots: &mut [u32; 2], new: u32, further: impl Fn(u32, u32) -> bool) {
    if slots[0] == NONE || further(new, slots[0]) {
        slots[1] = slots[0];
        slots[0] = new;
    } else if slots[1] == NONE || further(new, slots[1]) {
        slots[1] = new;
    }
}

fn reset_vec<T: Copy>(v: &mut Vec<T>, n: usize, value: T) {
    v.clear();
    v.resize(n, value);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_round_trip() {
        for m in [
            Move::Shift,
            Move::Reduce,
            Move::Left(0),
            Move::Right(0),
            Move::Left(7),
            Move::Right(50),
        ] {
            assert_eq!(Move::from_class(m.class()), m);
        }
    }

    #[test]
    fn builds_a_small_tree() {
        // "Talks ended ." : talks <- ended, ended <- root, . <- ended
        let mut state = State::default();
        state.reset(3, 0);
        for m in [Move::Shift, Move::Left(1), Move::Right(0), Move::Right(2)] {
            assert!(state.is_valid(m), "{m:?}");
            state.apply(m);
        }
        assert!(state.is_terminal());
        assert_eq!(state.heads, vec![NONE, 2, 0, 2]);
        assert_eq!(state.left[2], [1, NONE]);
        assert_eq!(state.right[2], [3, NONE]);
        assert_eq!(state.root_child, 2);
    }
}
