//! The knowledge the bot answers from: the typed [`entry`] kinds, [`parse`] for one file,
//! the checked and indexed [`store`], and the [`live`] store a running bot reloads when
//! curators edit the folder.

pub mod entry;
pub mod live;
pub mod parse;
pub mod store;

pub use entry::RoleRef;
pub use live::{LiveStore, Reload};
pub use store::{Links, LoadError, SourceFile, Store};
