//! The role map as a picture: rendered from the store, decoded back, and checked for size and
//! for the highlighted role or route standing out from the plain map.

use resvg::tiny_skia::Pixmap;
use rolecall::map::{self, Highlight};
use rolecall::Store;

fn decode(png: &[u8]) -> Pixmap {
    Pixmap::decode_png(png).expect("a PNG the decoder reads")
}

/// The colour at the middle of a role's box.
fn colour_at(picture: &Pixmap, store: &Store, id: &str) -> [u8; 4] {
    let (x, y, w, h) = map::position(store, store.find(id).unwrap()).expect("every role has a box");
    let pixel = picture
        .pixel((x + 6.0) as u32, (y + h / 2.0) as u32)
        .unwrap_or_else(|| panic!("{id} is inside the picture ({w} wide)"));
    [pixel.red(), pixel.green(), pixel.blue(), pixel.alpha()]
}

#[test]
fn the_full_map_reads_on_a_phone_and_shows_every_role() {
    let store = Store::embedded().unwrap();
    let svg = map::svg(&store, &Highlight::None);
    for role in store.roles() {
        let first_word = role.name.split_whitespace().next().unwrap();
        assert!(svg.contains(first_word), "{} is labelled", role.name);
    }
    let picture = decode(&map::png(&store, &Highlight::None).unwrap());
    // wide enough for labels at a readable size, narrow enough for a phone to show whole
    assert!((900..=1600).contains(&picture.width()), "{} wide", picture.width());
    assert!((700..=1800).contains(&picture.height()), "{} high", picture.height());
    assert_eq!(colour_at(&picture, &store, "product-manager"), [255, 255, 255, 255], "plain boxes are white");
}

#[test]
fn a_highlighted_role_stands_out_from_the_plain_map() {
    let store = Store::embedded().unwrap();
    let plain = decode(&map::png(&store, &Highlight::None).unwrap());
    let po = store.find("product-owner").unwrap();
    let marked = decode(&map::png(&store, &Highlight::Role(po)).unwrap());
    assert_eq!((plain.width(), plain.height()), (marked.width(), marked.height()));
    assert_ne!(colour_at(&marked, &store, "product-owner"), colour_at(&plain, &store, "product-owner"));
    assert_eq!(colour_at(&marked, &store, "scrum-master"), colour_at(&plain, &store, "scrum-master"), "only that role");
}

#[test]
fn a_path_is_drawn_over_the_map_step_by_step() {
    let store = Store::embedded().unwrap();
    let from = store.find("associate-product-manager").unwrap();
    let to = store.find("group-product-manager").unwrap();
    let route = map::route(&store, from, to);
    assert!(route.len() >= 3, "the route passes through the roles between");
    let plain = decode(&map::png(&store, &Highlight::None).unwrap());
    let drawn = decode(&map::png(&store, &Highlight::Route(route.clone())).unwrap());
    for &step in &route {
        let id = &store[step].id;
        assert_ne!(colour_at(&drawn, &store, id), colour_at(&plain, &store, id), "{id} is on the route");
    }
    assert_eq!(colour_at(&drawn, &store, "scrum-master"), colour_at(&plain, &store, "scrum-master"));
    assert!(map::svg(&store, &Highlight::Route(route)).contains("Associate Product Manager → Group Product Manager"));
}
