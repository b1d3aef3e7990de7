//! One platform started the way `serve` starts it, for the tests that drive an adapter against
//! its fake without the rest of `serve`.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use rolecall::bot::Bot;
use rolecall::knowledge::LiveStore;
use rolecall::metrics::Metrics;
use rolecall::platform::{Platform, PlatformError, Services};
use rolecall::Store;
use tokio::task::JoinSet;

/// Platforms' connections, each ending with its name: `Ok` only when asked to stop.
pub type Tasks = JoinSet<(&'static str, Result<(), PlatformError>)>;

/// Services for a bot answering from `store`, pausing `cooldown` between unprompted answers.
pub fn services(store: Store, cooldown: Duration) -> Services {
    let knowledge = Arc::new(LiveStore::fixed(store));
    Services::new(Arc::new(Bot::new(knowledge, Arc::new(Metrics::new()), cooldown)))
}

/// What `serve` does before the first request: readiness told to wait for the platform (when it
/// gates readiness), and its routes.
fn prepare(platform: &mut dyn Platform, services: &Services) -> Result<Router, PlatformError> {
    if platform.gates_readiness() {
        services.readiness.expect(platform.name());
    }
    platform.routes(services)
}

/// Starts `platform`, waiting for the start, then keeps its connection in `tasks`. For
/// platforms whose routes the test does not serve.
pub async fn start(
    mut platform: Box<dyn Platform>,
    services: &Services,
    tasks: &mut Tasks,
) -> Result<(), PlatformError> {
    let _unserved = prepare(platform.as_mut(), services)?;
    let name = platform.name();
    let running = platform.start(services.clone()).await?;
    tasks.spawn(async move { (name, running.await) });
    Ok(())
}

/// Starts `platform` and keeps its connection in one task of `tasks`, without waiting: a start
/// that fails ends the task with the error.
pub fn spawn(mut platform: Box<dyn Platform>, services: &Services, tasks: &mut Tasks) -> Result<Router, PlatformError> {
    let routes = prepare(platform.as_mut(), services)?;
    let name = platform.name();
    let starting = platform.start(services.clone());
    tasks.spawn(async move {
        let ended = match starting.await {
            Ok(running) => running.await,
            Err(err) => Err(err),
        };
        (name, ended)
    });
    Ok(routes)
}
