//! Slack's request signature: `v0=` and the hex HMAC-SHA256 of `v0:{timestamp}:{body}` under the
//! app's signing secret, sent with a timestamp that must be within five minutes of now.
//!
//! The clock is a parameter, so Slack's documented example (signed in 2018) is a test.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use crate::config::Secret;

/// How far a request's timestamp may be from now, either way, in seconds: Slack's replay window.
pub const WINDOW_SECS: i64 = 5 * 60;

/// Why a request's signature was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    #[error("the X-Slack-Signature or X-Slack-Request-Timestamp header is missing")]
    Missing,
    #[error("the request timestamp {0:?} is not a number of seconds")]
    BadTimestamp(String),
    #[error("the request timestamp is {0} s from now, outside the 5-minute window")]
    Stale(i64),
    #[error("the signature does not match the body")]
    Mismatch,
}

/// A request whose signature was accepted: when it was signed, and the signature's digest,
/// the same however its hex was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Signed {
    /// The request's timestamp, in Unix seconds.
    pub timestamp: i64,
    /// The HMAC-SHA256 the request was signed with.
    pub digest: [u8; 32],
}

/// Checks request signatures with the app's signing secret.
#[derive(Debug, Clone)]
pub struct Verifier {
    secret: Secret,
}

impl Verifier {
    pub fn new(secret: Secret) -> Verifier {
        Verifier { secret }
    }

    /// Checks that `signature` signs `body` at `timestamp` (both header values, if present), and
    /// that the timestamp is within the window around `now` (Unix seconds). What it gives back
    /// names the request: the same request sent again carries the same one.
    pub fn verify(
        &self,
        timestamp: Option<&str>,
        signature: Option<&str>,
        body: &[u8],
        now: i64,
    ) -> Result<Signed, SignatureError> {
        let (Some(timestamp), Some(signature)) = (timestamp, signature) else {
            return Err(SignatureError::Missing);
        };
        let at: i64 = timestamp.trim().parse().map_err(|_| SignatureError::BadTimestamp(timestamp.to_owned()))?;
        let skew = now.saturating_sub(at);
        if skew.abs() > WINDOW_SECS {
            return Err(SignatureError::Stale(skew));
        }
        let expected =
            signature.strip_prefix("v0=").and_then(crate::text::decode_hex).ok_or(SignatureError::Mismatch)?;
        // verify_slice compares in constant time
        self.mac(timestamp, body).verify_slice(&expected).map_err(|_| SignatureError::Mismatch)?;
        let digest = expected.try_into().map_err(|_| SignatureError::Mismatch)?;
        Ok(Signed { timestamp: at, digest })
    }

    /// The `X-Slack-Signature` value Slack would send for `body` at `timestamp`.
    pub fn sign(&self, timestamp: &str, body: &[u8]) -> String {
        let digest = self.mac(timestamp, body).finalize().into_bytes();
        let mut out = String::with_capacity(3 + digest.len() * 2);
        out.push_str("v0=");
        for byte in digest {
            out.push_str(&format!("{byte:02x}"));
        }
        out
    }

    fn mac(&self, timestamp: &str, body: &[u8]) -> Hmac<Sha256> {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(self.secret.expose().as_bytes())
            .expect("HMAC takes keys of any length");
        mac.update(b"v0:");
        mac.update(timestamp.as_bytes());
        mac.update(b":");
        mac.update(body);
        mac
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Slack's documented example, from "Verifying requests from Slack".
    const SECRET: &str = "8f742231b10e8888abcd99yyyzzz85a5";
    const TIMESTAMP: &str = "1531420618";
    const SIGNATURE: &str = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    const BODY: &str = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    fn verifier() -> Verifier {
        Verifier::new(Secret::new(SECRET))
    }

    #[test]
    fn slacks_documented_example_verifies() {
        let now = 1531420618 + 12;
        let signed = verifier().verify(Some(TIMESTAMP), Some(SIGNATURE), BODY.as_bytes(), now).expect("verifies");
        assert_eq!(signed.timestamp, 1531420618);
        assert_eq!(verifier().sign(TIMESTAMP, BODY.as_bytes()), SIGNATURE);
        let upper = format!("v0={}", SIGNATURE[3..].to_uppercase());
        assert_eq!(
            verifier().verify(Some(TIMESTAMP), Some(&upper), BODY.as_bytes(), now),
            Ok(signed),
            "the same request however its hex is written"
        );
    }

    /// Timestamp header, signature header, body, clock, and the refusal expected.
    type Case<'a> = (Option<&'a str>, Option<&'a str>, &'a str, i64, SignatureError);

    #[test]
    fn anything_else_is_refused_with_the_reason() {
        let now = 1531420618;
        let v = verifier();
        let tampered = BODY.replace("text=", "text=rm");
        let table: &[Case] = &[
            (Some(TIMESTAMP), Some(SIGNATURE), &tampered, now, SignatureError::Mismatch),
            (Some("1531420619"), Some(SIGNATURE), BODY, now, SignatureError::Mismatch),
            (Some(TIMESTAMP), Some("v0=a2114d57"), BODY, now, SignatureError::Mismatch),
            (Some(TIMESTAMP), Some(&SIGNATURE[3..]), BODY, now, SignatureError::Mismatch),
            (Some(TIMESTAMP), Some("v0=zz"), BODY, now, SignatureError::Mismatch),
            (Some(TIMESTAMP), Some(SIGNATURE), BODY, now + WINDOW_SECS + 1, SignatureError::Stale(WINDOW_SECS + 1)),
            (Some(TIMESTAMP), Some(SIGNATURE), BODY, now - WINDOW_SECS - 1, SignatureError::Stale(-WINDOW_SECS - 1)),
            (Some("soon"), Some(SIGNATURE), BODY, now, SignatureError::BadTimestamp("soon".to_owned())),
            (None, Some(SIGNATURE), BODY, now, SignatureError::Missing),
            (Some(TIMESTAMP), None, BODY, now, SignatureError::Missing),
        ];
        for (timestamp, signature, body, now, error) in table {
            assert_eq!(
                v.verify(*timestamp, *signature, body.as_bytes(), *now),
                Err(error.clone()),
                "{timestamp:?} {now}"
            );
        }
        let edge = now + WINDOW_SECS;
        assert_eq!(
            v.verify(Some(TIMESTAMP), Some(SIGNATURE), BODY.as_bytes(), edge).map(|_| ()),
            Ok(()),
            "the window includes 5 minutes"
        );
    }
}
