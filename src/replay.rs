//! Things already taken, remembered for a window: Slack's signed requests (a request stays
//! valid for the whole 5-minute signature window, so one sent again inside it is recognised by
//! its signature and not answered twice), and events the bot answered, when no database can
//! say so for every replica.
//!
//! Memory is bounded: an entry is forgotten once its timestamp is outside the window, and past
//! [`CAPACITY`] entries the oldest goes.

use std::collections::{HashSet, VecDeque};
use std::sync::Mutex;

/// Most signatures remembered at once: far more than the requests a workspace sends a bot in
/// five minutes, at 32 bytes and a timestamp each.
pub const CAPACITY: usize = 16_384;

/// The digests of things taken within the window, oldest first.
#[derive(Debug)]
pub struct Replays {
    capacity: usize,
    /// How long, in seconds, a digest is remembered after its timestamp.
    window: i64,
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

impl Replays {
    /// Remembers digests for `window` seconds after their timestamp, at most [`CAPACITY`].
    pub fn new(window: i64) -> Replays {
        Replays::with_capacity(window, CAPACITY)
    }

    /// Remembers digests for `window` seconds, at most `capacity` of them.
    pub fn with_capacity(window: i64, capacity: usize) -> Replays {
        Replays { capacity: capacity.max(1), window, seen: Mutex::new(Seen::default()) }
    }

    /// Whether the request signed `signature` at `timestamp` (Unix seconds) is new at `now`;
    /// it is remembered either way, so a second call with the same signature says no.
    pub fn first(&self, signature: [u8; 32], timestamp: i64, now: i64) -> bool {
        let mut seen = self.seen.lock().expect("no panics while holding the lock");
        // timestamps arrive nearly in order (Slack's clock, retries), so an entry behind a
        // younger one waits for it: a bound on memory, not an exact sweep
        while seen.order.front().is_some_and(|&(at, _)| now.saturating_sub(at) > self.window) {
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

    const WINDOW_SECS: i64 = 300;
    const NOW: i64 = 1_700_000_000;

    fn signature(n: u8) -> [u8; 32] {
        [n; 32]
    }

    #[test]
    fn a_request_is_taken_once_within_the_window() {
        let replays = Replays::new(WINDOW_SECS);
        assert!(replays.first(signature(1), NOW, NOW));
        assert!(!replays.first(signature(1), NOW, NOW + 1), "the same request again");
        assert!(!replays.first(signature(1), NOW, NOW + WINDOW_SECS), "still inside the window");
        assert!(replays.first(signature(2), NOW, NOW + 1), "another request");
    }

    #[test]
    fn signatures_outside_the_window_are_forgotten() {
        let replays = Replays::new(WINDOW_SECS);
        for n in 0..10 {
            assert!(replays.first(signature(n), NOW, NOW));
        }
        assert_eq!(replays.len(), 10);
        assert!(replays.first(signature(99), NOW + WINDOW_SECS + 1, NOW + WINDOW_SECS + 1));
        assert_eq!(replays.len(), 1, "only the request inside the window is remembered");
    }

    #[test]
    fn memory_is_bounded_by_the_capacity() {
        let replays = Replays::with_capacity(WINDOW_SECS, 3);
        for n in 0..10 {
            assert!(replays.first(signature(n), NOW, NOW));
            assert!(replays.len() <= 3);
        }
        assert!(!replays.first(signature(9), NOW, NOW), "the newest are remembered");
        assert!(replays.first(signature(0), NOW, NOW), "the oldest went first");
    }
}
