//! Shows how a "who ..." question is matched against role responsibilities, for curators
//! tuning duty phrases: `cargo run --example rank -- "who owns the roadmap?"`.

fn main() {
    let store = rolecall::Store::embedded().unwrap();
    for q in std::env::args().skip(1) {
        let mut buffer = String::new();
        let ws = rolecall::text::split_words(&q, &mut buffer);
        println!("{q}: stems {:?}", rolecall::duties::stems(&ws));
        for m in store.duties().rank(&ws) {
            let r = &store[m.role];
            println!("  {:.2} {} : {}", m.score, r.id, r.responsibilities[m.responsibility]);
        }
    }
}
