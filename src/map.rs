//! The role map as a picture: every role of the store placed by level (bottom to top) and
//! family (side by side), with arrows to the usual next roles and faint links between related
//! ones; optionally one role, or a route of moves, drawn over it. Built as SVG in code and
//! rasterised with resvg, with a font that a crate dependency embeds, so the binary needs no
//! system font.

use std::collections::{HashMap, VecDeque};
use std::fmt::Write as _;
use std::sync::{Arc, LazyLock};

use crate::knowledge::entry::{Family, Level};
use crate::knowledge::{RoleRef, Store};

/// What is drawn over the plain map.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Highlight {
    /// The map alone.
    #[default]
    None,
    /// One role stands out (what `/whatis` is about).
    Role(RoleRef),
    /// The roles of a move, in order, with the steps between them (what `/path` is about).
    Route(Vec<RoleRef>),
}

impl Highlight {
    /// What an answer's picture draws, against the store it was composed from; a role since
    /// removed is left out.
    pub fn of(store: &Store, picture: &crate::answer::Picture) -> Highlight {
        match picture {
            crate::answer::Picture::Map => Highlight::None,
            crate::answer::Picture::Route(ids) => {
                let roles: Vec<RoleRef> = ids.iter().filter_map(|id| store.find(id)).collect();
                match roles.as_slice() {
                    [] => Highlight::None,
                    [one] => Highlight::Role(*one),
                    _ => Highlight::Route(roles),
                }
            }
        }
    }
}

/// Where this server serves an answer's picture, after its base URL: `map.png`, with the
/// role or the ends of the route in its query.
pub fn address(picture: &crate::answer::Picture) -> String {
    match picture {
        crate::answer::Picture::Map => "map.png".to_owned(),
        crate::answer::Picture::Route(ids) => match ids.as_slice() {
            [] => "map.png".to_owned(),
            [one] => format!("map.png?role={one}"),
            [from, .., to] => format!("map.png?from={from}&to={to}"),
        },
    }
}

/// Pictures already drawn, for the store in use: a reload brings a new store, and the
/// pictures of the old one are dropped.
#[derive(Debug, Default)]
pub struct MapCache {
    drawn: std::sync::Mutex<Drawn>,
}

/// The store pictures were drawn for, and the pictures.
#[derive(Debug, Default)]
struct Drawn(std::sync::Weak<Store>, HashMap<Highlight, Arc<Vec<u8>>>);

impl MapCache {
    /// Most pictures kept per store: the map, and a route for each move people ask about.
    const MOST: usize = 256;

    /// The PNG of the map for `store` with `highlight` drawn over it.
    pub fn png(&self, store: &Arc<Store>, highlight: &Highlight) -> Result<Arc<Vec<u8>>, MapError> {
        {
            let mut drawn = self.drawn.lock().expect("no panics while holding the lock");
            if !std::sync::Weak::ptr_eq(&drawn.0, &Arc::downgrade(store)) {
                *drawn = Drawn(Arc::downgrade(store), HashMap::new());
            }
            if let Some(png) = drawn.1.get(highlight) {
                return Ok(png.clone());
            }
        }
        // drawn outside the lock: a slow picture holds up no other
        let png = Arc::new(png(store, highlight)?);
        let mut drawn = self.drawn.lock().expect("no panics while holding the lock");
        if std::sync::Weak::ptr_eq(&drawn.0, &Arc::downgrade(store)) {
            if drawn.1.len() >= Self::MOST {
                drawn.1.clear();
            }
            drawn.1.insert(highlight.clone(), png.clone());
        }
        Ok(png)
    }
}

/// Why a picture asked for by role ids was not drawn.
#[derive(Debug)]
pub enum Drawing {
    /// An id that names no role.
    Unknown(String),
    Failed(MapError),
}

/// A picture that could not be made.
#[derive(Debug, thiserror::Error)]
pub enum MapError {
    #[error("the map's SVG could not be read: {0}")]
    Svg(String),
    #[error("the map could not be encoded as PNG: {0}")]
    Png(String),
}

/// The columns of the map: families side by side, neighbouring disciplines grouped so the
/// picture stays narrow enough to read on a phone. Each family's roles sit at distinct levels
/// within its column, or stack where they share one.
const COLUMNS: &[(&str, &[Family])] = &[
    ("Product", &[Family::Product]),
    ("Product leadership", &[Family::Leadership, Family::Executive]),
    ("Project, delivery, analysis", &[Family::Delivery, Family::Business]),
    ("Design and engineering", &[Family::Design, Family::Engineering]),
    ("Marketing", &[Family::Marketing]),
];

const BOX_W: f32 = 196.0;
const BOX_H: f32 = 46.0;
const GAP_X: f32 = 28.0;
const GAP_Y: f32 = 12.0;
const ROW_GAP: f32 = 26.0;
const LEFT: f32 = 118.0;
const TOP: f32 = 124.0;
const BOTTOM: f32 = 24.0;
const FONT: &str = "Noto Sans";
const ACCENT: &str = "#d9480f";
const INK: &str = "#1f2933";

/// Where each role's box is, and the size of the whole picture.
struct Layout {
    boxes: HashMap<RoleRef, (f32, f32)>,
    /// Each level row's top and height, bottom row last.
    rows: Vec<(Level, f32, f32)>,
    width: f32,
    height: f32,
}

fn column_of(family: Family) -> usize {
    COLUMNS.iter().position(|(_, families)| families.contains(&family)).unwrap_or(COLUMNS.len() - 1)
}

fn layout(store: &Store) -> Layout {
    // roles in each (level, column) cell, by name
    let mut cells: HashMap<(Level, usize), Vec<RoleRef>> = HashMap::new();
    for role in store.roles() {
        let r = store.find(&role.id).expect("a role of the store");
        cells.entry((role.level, column_of(role.family))).or_default().push(r);
    }
    for roles in cells.values_mut() {
        roles.sort_by(|a, b| store[*a].name.cmp(&store[*b].name));
    }
    let levels: Vec<Level> = Level::ALL.iter().rev().copied().filter(|l| cells.keys().any(|(cl, _)| cl == l)).collect();
    let mut boxes = HashMap::new();
    let mut rows = Vec::new();
    let mut y = TOP;
    for level in levels {
        let stack = (0..COLUMNS.len()).map(|c| cells.get(&(level, c)).map_or(0, Vec::len)).max().unwrap_or(1);
        let height = stack as f32 * (BOX_H + GAP_Y) - GAP_Y;
        for column in 0..COLUMNS.len() {
            for (i, &role) in cells.get(&(level, column)).into_iter().flatten().enumerate() {
                let x = LEFT + column as f32 * (BOX_W + GAP_X);
                boxes.insert(role, (x, y + i as f32 * (BOX_H + GAP_Y)));
            }
        }
        rows.push((level, y, height));
        y += height + ROW_GAP;
    }
    let width = LEFT + COLUMNS.len() as f32 * (BOX_W + GAP_X);
    Layout { boxes, rows, width, height: y - ROW_GAP + BOTTOM }
}

/// Where a role's box is drawn, in pixels: left, top, width, height.
pub fn position(store: &Store, role: RoleRef) -> Option<(f32, f32, f32, f32)> {
    layout(store).boxes.get(&role).map(|&(x, y)| (x, y, BOX_W, BOX_H))
}

/// The shortest route of usual next roles from one role to another, both ends included; the
/// two alone when no chain of next roles leads there.
pub fn route(store: &Store, from: RoleRef, to: RoleRef) -> Vec<RoleRef> {
    let mut came_from: HashMap<RoleRef, RoleRef> = HashMap::new();
    let mut queue = VecDeque::from([from]);
    while let Some(at) = queue.pop_front() {
        if at == to {
            let mut path = vec![to];
            while let Some(&before) = came_from.get(path.last().expect("not empty")) {
                path.push(before);
            }
            path.reverse();
            return path;
        }
        for &next in &store.links(at).next_roles {
            if next != from && !came_from.contains_key(&next) {
                came_from.insert(next, at);
                queue.push_back(next);
            }
        }
    }
    vec![from, to]
}

/// Text safe inside SVG.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A role's name in at most two lines that fit its box.
fn label_lines(name: &str) -> Vec<String> {
    const FITS: usize = 19;
    if name.chars().count() <= FITS {
        return vec![name.to_owned()];
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut best = (usize::MAX, 1);
    for split in 1..words.len() {
        let (a, b) = (words[..split].join(" "), words[split..].join(" "));
        let longest = a.chars().count().max(b.chars().count());
        if longest < best.0 {
            best = (longest, split);
        }
    }
    vec![words[..best.1].join(" "), words[best.1..].join(" ")]
}

/// The map as SVG.
pub fn svg(store: &Store, highlight: &Highlight) -> String {
    let layout = layout(store);
    let (width, height) = (layout.width, layout.height);
    let mut out = String::new();
    let _ = write!(
        out,
        r###"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="{FONT}">"###
    );
    out.push_str(r###"<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#9aa5b1"/></marker>"###);
    let _ = write!(
        out,
        r###"<marker id="step" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{ACCENT}"/></marker></defs>"###
    );
    let _ = write!(out, r###"<rect width="{width}" height="{height}" fill="#ffffff"/>"###);
    let (title, subtitle) = match highlight {
        Highlight::None => {
            ("Product roles".to_owned(), "Levels rise from bottom to top; arrows point to usual next roles".to_owned())
        }
        Highlight::Role(role) => (store[*role].name.clone(), "Where this role sits among product roles".to_owned()),
        Highlight::Route(roles) => (
            match (roles.first(), roles.last()) {
                (Some(&from), Some(&to)) => format!("{} → {}", store[from].name, store[to].name),
                _ => "Product roles".to_owned(),
            },
            format!("The {} steps of this move, over the map of product roles", roles.len().saturating_sub(1)),
        ),
    };
    let _ = write!(
        out,
        r###"<text x="24" y="40" font-size="26" font-weight="bold" fill="{INK}">{}</text><text x="24" y="68" font-size="16" fill="#52606d">{}</text>"###,
        escape(&title),
        escape(&subtitle)
    );
    // level bands and column headings
    for (i, (level, top, h)) in layout.rows.iter().enumerate() {
        let fill = if i % 2 == 0 { "#f5f7fa" } else { "#ffffff" };
        let _ = write!(
            out,
            r###"<rect x="8" y="{}" width="{}" height="{}" rx="8" fill="{fill}"/>"###,
            top - ROW_GAP / 2.0 + 2.0,
            width - 16.0,
            h + ROW_GAP - 4.0
        );
        let _ = write!(
            out,
            r###"<text x="18" y="{}" font-size="14" fill="#52606d">{}</text>"###,
            top + h / 2.0 + 5.0,
            escape(level.label())
        );
    }
    for (column, (name, _)) in COLUMNS.iter().enumerate() {
        let x = LEFT + column as f32 * (BOX_W + GAP_X) + BOX_W / 2.0;
        let _ = write!(
            out,
            r###"<text x="{x}" y="{}" font-size="14" font-weight="bold" fill="#52606d" text-anchor="middle">{}</text>"###,
            TOP - 26.0,
            escape(name)
        );
    }
    let centre = |r: RoleRef| layout.boxes.get(&r).map(|&(x, y)| (x + BOX_W / 2.0, y + BOX_H / 2.0));
    // the path of a line between two boxes: straight from edge to edge, or, within one column
    // with boxes between, along the column's left side so it crosses none of them
    let line = |a: RoleRef, b: RoleRef| -> Option<String> {
        let (&(ax0, ay0), &(bx0, by0)) = (layout.boxes.get(&a)?, layout.boxes.get(&b)?);
        let ((ax, ay), (bx, by)) = (centre(a)?, centre(b)?);
        if ax0 == bx0 && (ay0 - by0).abs() > BOX_H + GAP_Y + 1.0 {
            let side = ax0 - 10.0;
            let (y1, y2) = (ay0 + BOX_H / 2.0, by0 + BOX_H / 2.0);
            return Some(format!("M{ax0},{y1} H{side} V{y2} H{}", bx0 - 1.0));
        }
        let (dx, dy) = (bx - ax, by - ay);
        let sx = if dx == 0.0 { f32::INFINITY } else { (BOX_W / 2.0) / dx.abs() };
        let sy = if dy == 0.0 { f32::INFINITY } else { (BOX_H / 2.0) / dy.abs() };
        let s = sx.min(sy).min(1.0);
        Some(format!("M{},{} L{},{}", ax + dx * s, ay + dy * s, bx - dx * s, by - dy * s))
    };
    let route: &[RoleRef] = match highlight {
        Highlight::Route(roles) => roles,
        _ => &[],
    };
    let on_route = |a: RoleRef, b: RoleRef| route.windows(2).any(|w| w[0] == a && w[1] == b);
    for role in store.roles() {
        let Some(a) = store.find(&role.id) else { continue };
        for &b in &store.links(a).related {
            // each related pair once
            if a < b && !store.links(a).next_roles.contains(&b) && !store.links(b).next_roles.contains(&a) {
                if let Some(d) = line(a, b) {
                    let _ = write!(
                        out,
                        r###"<path d="{d}" fill="none" stroke="#e1e6eb" stroke-width="1.2" stroke-dasharray="4 4"/>"###
                    );
                }
            }
        }
        for &b in &store.links(a).next_roles {
            if on_route(a, b) {
                continue;
            }
            if let Some(d) = line(a, b) {
                let _ = write!(
                    out,
                    r###"<path d="{d}" fill="none" stroke="#9aa5b1" stroke-width="1.4" marker-end="url(#arrow)"/>"###
                );
            }
        }
    }
    for step in route.windows(2) {
        if let Some(d) = line(step[0], step[1]) {
            let _ = write!(
                out,
                r###"<path d="{d}" fill="none" stroke="{ACCENT}" stroke-width="5" marker-end="url(#step)"/>"###
            );
        }
    }
    for role in store.roles() {
        let Some(r) = store.find(&role.id) else { continue };
        let Some(&(x, y)) = layout.boxes.get(&r) else { continue };
        let marked = match highlight {
            Highlight::Role(one) => *one == r,
            Highlight::Route(roles) => roles.contains(&r),
            Highlight::None => false,
        };
        let (fill, stroke, ink, weight) =
            if marked { (ACCENT, ACCENT, "#ffffff", "bold") } else { ("#ffffff", "#7b8794", INK, "normal") };
        let _ = write!(
            out,
            r###"<rect x="{x}" y="{y}" width="{BOX_W}" height="{BOX_H}" rx="9" fill="{fill}" stroke="{stroke}" stroke-width="1.6"/>"###
        );
        let lines = label_lines(&role.name);
        let first = y + BOX_H / 2.0 + 6.0 - (lines.len() as f32 - 1.0) * 9.0;
        for (i, line) in lines.iter().enumerate() {
            let _ = write!(
                out,
                r###"<text x="{}" y="{}" font-size="16" font-weight="{weight}" fill="{ink}" text-anchor="middle">{}</text>"###,
                x + BOX_W / 2.0,
                first + i as f32 * 18.0,
                escape(line)
            );
        }
    }
    out.push_str("</svg>");
    out
}

/// The fonts the picture is drawn with, from the crate that embeds them.
static OPTIONS: LazyLock<resvg::usvg::Options<'static>> = LazyLock::new(|| {
    let mut fonts = resvg::usvg::fontdb::Database::new();
    fonts.load_font_data(notosans::REGULAR_TTF.to_vec());
    fonts.load_font_data(notosans::BOLD_TTF.to_vec());
    fonts.set_sans_serif_family(FONT);
    resvg::usvg::Options { fontdb: Arc::new(fonts), font_family: FONT.to_owned(), ..Default::default() }
});

/// The map as PNG.
pub fn png(store: &Store, highlight: &Highlight) -> Result<Vec<u8>, MapError> {
    let svg = svg(store, highlight);
    let tree = resvg::usvg::Tree::from_str(&svg, &OPTIONS).map_err(|e| MapError::Svg(e.to_string()))?;
    let size = tree.size().to_int_size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| MapError::Png("the picture has no area".to_owned()))?;
    resvg::render(&tree, resvg::tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| MapError::Png(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_has_a_box_and_levels_rise_upwards() {
        let store = Store::embedded().unwrap();
        let layout = layout(&store);
        assert_eq!(layout.boxes.len(), store.roles().len());
        let y = |id: &str| layout.boxes[&store.find(id).unwrap()].1;
        assert!(y("chief-product-officer") < y("vp-of-product"), "the CPO is drawn above the VP");
        assert!(y("product-manager") < y("associate-product-manager"), "the PM is drawn above the APM");
        let x = |id: &str| layout.boxes[&store.find(id).unwrap()].0;
        assert_ne!(x("product-manager"), x("scrum-master"), "families side by side");
    }

    #[test]
    fn a_route_follows_usual_next_roles() {
        let store = Store::embedded().unwrap();
        let id = |id: &str| store.find(id).unwrap();
        let route = route(&store, id("associate-product-manager"), id("group-product-manager"));
        let ids: Vec<&str> = route.iter().map(|&r| store[r].id.as_str()).collect();
        assert_eq!(
            ids,
            ["associate-product-manager", "product-manager", "senior-product-manager", "group-product-manager"]
        );
        assert_eq!(super::route(&store, id("ceo"), id("product-designer")).len(), 2, "no chain: the two ends");
    }

    #[test]
    fn pictures_are_drawn_once_per_store_and_again_after_a_reload() {
        let first = Arc::new(Store::embedded().unwrap());
        let cache = MapCache::default();
        let a = cache.png(&first, &Highlight::None).unwrap();
        let b = cache.png(&first, &Highlight::None).unwrap();
        assert!(Arc::ptr_eq(&a, &b), "the second asks the cache");
        let reloaded = Arc::new(Store::embedded().unwrap());
        let c = cache.png(&reloaded, &Highlight::None).unwrap();
        assert!(!Arc::ptr_eq(&a, &c), "a new store is drawn anew");
        assert_eq!(a, c, "the same knowledge draws the same picture");
    }

    #[test]
    fn names_wrap_into_two_balanced_lines() {
        assert_eq!(label_lines("Scrum Master"), ["Scrum Master"]);
        let lines = label_lines("Senior Vice President of Product Operations");
        assert_eq!(lines.len(), 2);
        assert!(lines.iter().all(|l| l.chars().count() <= 24), "{lines:?}");
    }
}
