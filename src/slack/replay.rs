//! Requests already answered: a signed request stays valid for the whole 5-minute window, so
//! one that is sent again inside it is recognised by its signature and not answered twice.
//!
//! Memory is bounded: an entry is forgotten once its timestamp is outside the window (the
//! signature check refuses it from then on), and past [`CAPACITY`] entries the oldest goes.

use std::collections::{HashSet, VecDeque};
use std::sync::Mutex;

use super::signature::WINDOW_SECS;

/// Most signatures remembered at once: far more than the requests a workspace sends a bot in
/// five minutes, at 32 bytes and a timestamp each.
pub const CAPACITY: usize = 16_384;

/// The signatures of requests taken within the window, oldest first.
#[derive(Debug)]
pub struct Replays {
    capacity: usize,
    seen: Mutex<Seen>,
}

#[derive(Debug, Default)]
struct Seen {
    set: HashSet<[u8; 32]>,
    order: VecDeque<(i64, [u8; 32])>,
}

impl Seen {
    fn forget_oldest(&mut self) {
        if let Some((_, old)) = self.order.pop_front() {
            self.set.remove(&old);
        }
    }
}

impl Default for Replays {
    fn default() -> Replays {
        Replays::with_capacity(CAPACITY)
    }
}

impl Replays {
    /// Remembers at most `capacity` signatures.
    pub fn with_capacity(capacity: usize) -> Replays {
        Replays { capacity: capacity.max(1), seen: Mutex::new(Seen::default()) }
    }

    /// Whether the request signed `signature` at `timestamp` (Unix seconds) is new at `now`;
    /// it is remembered either way, so a second call with the same signature says no.
    pub fn first(&self, signature: [u8; 32], timestamp: i64, now: i64) -> bool {
        let mut seen = self.seen.lock().expect("no panics while holding the lock");
        // timestamps arrive nearly in order (Slack's clock, retries), so an entry behind a
        // younger one waits for it: a bound on memory, not an exact sweep
        while seen.order.front().is_some_and(|&(at, _)| now.saturating_sub(at) > WINDOW_SECS) {
            seen.forget_oldest();
        }
        if seen.set.contains(&signature) {
            return false;
        }
        while seen.order.len() >= self.capacity {
            seen.forget_oldest();
        }
        seen.set.insert(signature);
        seen.order.push_back((timestamp, signature));
        true
    }

    /// How many signatures are remembered.
    pub fn len(&self) -> usize {
        self.seen.lock().expect("no panics while holding the lock").order.len()
    }

    /// Whether no signature is remembered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_700_000_000;

    fn signature(n: u8) -> [u8; 32] {
        [n; 32]
    }

    #[test]
    fn a_request_is_taken_once_within_the_window() {
        let replays = Replays::default();
        assert!(replays.first(signature(1), NOW, NOW));
        assert!(!replays.first(signature(1), NOW, NOW + 1), "the same request again");
        assert!(!replays.first(signature(1), NOW, NOW + WINDOW_SECS), "still inside the window");
        assert!(replays.first(signature(2), NOW, NOW + 1), "another request");
    }

    #[test]
    fn signatures_outside_the_window_are_forgotten() {
        let replays = Replays::default();
        for n in 0..10 {
            assert!(replays.first(signature(n), NOW, NOW));
        }
        assert_eq!(replays.len(), 10);
        assert!(replays.first(signature(99), NOW + WINDOW_SECS + 1, NOW + WINDOW_SECS + 1));
        assert_eq!(replays.len(), 1, "only the request inside the window is remembered");
    }

    #[test]
    fn memory_is_bounded_by_the_capacity() {
        let replays = Replays::with_capacity(3);
        for n in 0..10 {
            assert!(replays.first(signature(n), NOW, NOW));
            assert!(replays.len() <= 3);
        }
        assert!(!replays.first(signature(9), NOW, NOW), "the newest are remembered");
        assert!(replays.first(signature(0), NOW, NOW), "the oldest went first");
    }
}
