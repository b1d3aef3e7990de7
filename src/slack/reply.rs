//! A reply on its way to Slack: where it goes, and delivering it, waiting out rate limits.
//! A `response_url` comes from the request itself, so only Slack's own hosts are posted to.

use std::time::Duration;

use serde::Serialize;
use slack_morphism::errors::SlackClientError;
use slack_morphism::prelude::{
    SlackApiChatPostMessageRequest, SlackApiToken, SlackChannelId, SlackClientApiCallContext, SlackClientHttpConnector,
    SlackHyperClient, SlackMessageContent, SlackResponseUrl, SlackTs,
};
use url::Url;

/// Most attempts at a rate-limited `chat.postMessage` before the reply is given up.
const MAX_ATTEMPTS: u32 = 10;

/// The wait after a 429 that does not say how long to wait.
const DEFAULT_RETRY_AFTER: Duration = Duration::from_secs(1);

/// The host Slack's response URLs point at; each is posted to over HTTPS only.
const SLACK_HOOKS: &str = "hooks.slack.com";

/// Where a `response_url` may point: Slack's hooks host over HTTPS, and the origin of a
/// `SLACK_API_URL` other than Slack's own (a proxy, or a test's fake). A response URL arrives in
/// the request it answers, so without this check a button press could make the bot post
/// anywhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseUrls {
    /// The configured API URL's scheme, host and port, when it is not Slack's own.
    configured: Option<(String, String, u16)>,
}

impl ResponseUrls {
    /// The policy for a client configured with `api_url`.
    pub fn new(api_url: &str) -> ResponseUrls {
        let configured = Url::parse(api_url)
            .ok()
            .filter(|url| url.host_str() != Some("slack.com"))
            .and_then(|url| Some((url.scheme().to_owned(), url.host_str()?.to_owned(), url.port_or_known_default()?)));
        ResponseUrls { configured }
    }

    /// Whether a reply may be posted to `url`.
    pub fn allows(&self, url: &Url) -> bool {
        let (scheme, host, port) = (url.scheme(), url.host_str(), url.port_or_known_default());
        let slack = scheme == "https" && host == Some(SLACK_HOOKS) && port == Some(443);
        let configured = self
            .configured
            .as_ref()
            .is_some_and(|(s, h, p)| scheme == s && host == Some(h.as_str()) && port == Some(*p));
        slack || configured
    }
}

/// Where a reply goes.
#[derive(Debug, Clone, PartialEq)]
pub enum Destination {
    /// A thread, through `chat.postMessage`, as the bot itself.
    Thread { channel: SlackChannelId, thread_ts: SlackTs },
    /// The `response_url` Slack gave with a command or a button press; it works in channels the
    /// bot has not joined.
    ResponseUrl { url: SlackResponseUrl, visibility: Visibility },
}

/// Who sees a reply sent to a `response_url`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    /// Everyone in the channel, as a new message.
    InChannel,
    /// Only the user who asked.
    Ephemeral,
    /// Whoever saw the message the button was on, which it replaces.
    ReplaceOriginal,
}

/// A rendered reply and where it goes.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub destination: Destination,
    pub content: SlackMessageContent,
}

/// Why a reply did not reach Slack.
#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    #[error("Slack did not take the reply: {0}")]
    Slack(#[from] SlackClientError),
    #[error("Slack still rate-limited the reply after {MAX_ATTEMPTS} attempts")]
    RateLimited,
}

/// The body of a `response_url` post: the message, and how to show it (slack-morphism's own
/// request for it has no `response_type`, so its replies are always ephemeral).
#[derive(Serialize)]
struct ResponseUrlBody<'a> {
    #[serde(flatten)]
    content: &'a SlackMessageContent,
    response_type: &'static str,
    replace_original: bool,
}

impl Reply {
    /// Sends the reply. A `chat.postMessage` that Slack answers with 429 is sent again after
    /// the `Retry-After` wait, so a burst of questions delays replies instead of losing them.
    pub async fn deliver(&self, client: &SlackHyperClient, token: &SlackApiToken) -> Result<(), DeliveryError> {
        match &self.destination {
            Destination::Thread { channel, thread_ts } => {
                let request = SlackApiChatPostMessageRequest::new(channel.clone(), self.content.clone())
                    .with_thread_ts(thread_ts.clone())
                    .with_link_names(false)
                    .with_unfurl_links(false)
                    .with_unfurl_media(false);
                let session = client.open_session(token);
                for attempt in 1..=MAX_ATTEMPTS {
                    match session.chat_post_message(&request).await {
                        Ok(_) => return Ok(()),
                        Err(SlackClientError::RateLimitError(limit)) => {
                            let wait = limit.retry_after.unwrap_or(DEFAULT_RETRY_AFTER);
                            tracing::warn!(
                                attempt,
                                wait_ms = wait.as_millis() as u64,
                                "Slack rate-limited a reply; waiting as asked"
                            );
                            tokio::time::sleep(wait).await;
                        }
                        Err(err) => return Err(err.into()),
                    }
                }
                Err(DeliveryError::RateLimited)
            }
            Destination::ResponseUrl { url, visibility } => {
                let body = ResponseUrlBody {
                    content: &self.content,
                    response_type: match visibility {
                        Visibility::InChannel => "in_channel",
                        Visibility::Ephemeral | Visibility::ReplaceOriginal => "ephemeral",
                    },
                    replace_original: *visibility == Visibility::ReplaceOriginal,
                };
                let span = tracing::Span::current();
                // response URLs carry their own authority, and are secrets in logs
                let context = SlackClientApiCallContext {
                    rate_control_params: None,
                    token: None,
                    tracing_span: &span,
                    is_sensitive_url: true,
                };
                client.http_api.connector.http_post_uri::<_, serde_json::Value>(url.0.clone(), &body, context).await?;
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replies_go_only_to_slacks_hooks_or_the_configured_api() {
        let slack = ResponseUrls::new("https://slack.com/api");
        let proxied = ResponseUrls::new("http://127.0.0.1:9/api");
        let table: &[(&ResponseUrls, &str, bool)] = &[
            (&slack, "https://hooks.slack.com/actions/T1/123/abc", true),
            (&slack, "https://hooks.slack.com:443/commands/T1/123/abc", true),
            (&slack, "http://hooks.slack.com/actions/T1/123/abc", false),
            (&slack, "https://hooks.slack.com:8443/actions/T1/123/abc", false),
            (&slack, "https://hooks.slack.com.example.com/actions", false),
            (&slack, "https://example.com/hooks.slack.com/actions", false),
            (&slack, "https://slack.com/api/chat.postMessage", false),
            (&slack, "http://127.0.0.1:9/response/1", false),
            (&slack, "http://169.254.169.254/latest/meta-data", false),
            (&proxied, "http://127.0.0.1:9/response/1", true),
            (&proxied, "https://hooks.slack.com/actions/T1/123/abc", true),
            (&proxied, "http://127.0.0.1:10/response/1", false),
            (&proxied, "https://127.0.0.1:9/response/1", false),
            (&proxied, "http://localhost:9/response/1", false),
        ];
        for (policy, url, allowed) in table {
            assert_eq!(policy.allows(&Url::parse(url).unwrap()), *allowed, "{url} under {policy:?}");
        }
    }
}
