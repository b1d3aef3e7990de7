//! Why something failed, said by the innermost error (`Connection refused`, a DNS failure),
//! not by the wrappers around it: for start-up errors, logs and `/readyz`.

/// The innermost error's message.
pub fn innermost(err: &(dyn std::error::Error + 'static)) -> String {
    let mut cause = err;
    while let Some(source) = cause.source() {
        cause = source;
    }
    cause.to_string()
}
