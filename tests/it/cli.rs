//! The command-line contract from DESIGN.md, run against the real binary.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn rolecall(args: &[&str], stdin: &str) -> Output {
    rolecall_bytes(args, stdin.as_bytes())
}

/// The binary started with these arguments, every stream piped, no platform configured.
fn spawn(args: &[&str]) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_rolecall"))
        .args(args)
        .env_remove("ROLECALL_KNOWLEDGE")
        .env_remove("DISCORD_TOKEN")
        .env_remove("SLACK_BOT_TOKEN")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs")
}

fn rolecall_bytes(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = spawn(args);
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("utf-8 output")
}

fn json_lines(output: &Output) -> Vec<serde_json::Value> {
    stdout(output).lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"))).collect()
}

#[test]
fn ask_prints_a_plain_answer() {
    let out = rolecall(&["ask", "what", "is", "a", "PO?"], "");
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.starts_with("Product Owner\n"), "{text}");
    assert!(text.contains("Next, try:"), "{text}");
}

#[test]
fn ask_json_prints_one_object_with_intent_and_roles() {
    let out = rolecall(&["ask", "--json", "/compare pm project-manager"], "");
    assert!(out.status.success());
    let answers = json_lines(&out);
    assert_eq!(answers.len(), 1);
    assert_eq!(answers[0]["intent"], "compare");
    assert_eq!(answers[0]["roles"], serde_json::json!(["product-manager", "project-manager"]));
    assert!(answers[0]["key_difference"].is_string());
}

#[test]
fn ask_json_batch_answers_each_line_in_order_including_empty_ones() {
    let input = "/whatis po\n\nwho owns the roadmap?\nwhat is docker?\n/path pm product-leader\n";
    let out = rolecall(&["ask", "--json", "-"], input);
    assert!(out.status.success());
    let answers = json_lines(&out);
    let intents: Vec<&str> = answers.iter().map(|a| a["intent"].as_str().unwrap()).collect();
    assert_eq!(intents, ["define", "none", "who", "none", "transition"]);
    assert_eq!(answers[4]["roles"], serde_json::json!(["product-manager", "product-leader"]));
}

#[test]
fn a_large_batch_keeps_its_order_and_agrees_with_single_questions() {
    // two readings alike but for their confidence: each answer keeps its own
    let questions = ["/whatis po", "pm vs po?", "who runs the retro?", "lunch anyone?", "product owner pls", "hi"];
    let input: String = (0..3000).map(|i| format!("{}\n", questions[i % questions.len()])).collect();
    let out = rolecall(&["ask", "--json", "-"], &input);
    assert!(out.status.success());
    let answers = json_lines(&out);
    assert_eq!(answers.len(), 3000);
    for (i, question) in questions.iter().enumerate() {
        let alone = json_lines(&rolecall(&["ask", "--json", question], "")).remove(0);
        for answer in answers.iter().skip(i).step_by(questions.len()) {
            assert_eq!(answer, &alone, "{question}");
        }
    }
}

#[test]
fn a_line_that_is_not_utf8_gets_its_answer_and_the_batch_goes_on() {
    let out = rolecall_bytes(&["ask", "--json", "-"], b"what is a po\n\xff\xfe\nwhat is a pm\n");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let intents: Vec<String> = json_lines(&out).iter().map(|a| a["intent"].as_str().unwrap().to_owned()).collect();
    assert_eq!(intents, ["define", "none", "define"]);
}

#[test]
fn incomplete_commands_greetings_and_pay_get_a_reply_of_their_own() {
    let ask = |question: &str| json_lines(&rolecall(&["ask", "--json", question], "")).remove(0);
    let path = ask("/path");
    assert_eq!(path["title"], "Which role?");
    assert!(path["summary"].as_str().unwrap().contains("move into"), "{path}");

    // one role to compare: the answer asks for the second, offering some
    let compare = ask("/compare pm");
    assert_eq!((compare["intent"].as_str(), compare["unanswered"].as_bool()), (Some("compare"), Some(true)));
    assert!(compare["title"].as_str().unwrap().contains("with which role"), "{compare}");
    let offered: Vec<&str> =
        compare["follow_ups"].as_array().unwrap().iter().map(|f| f["command"].as_str().unwrap()).collect();
    assert!(!offered.is_empty() && offered.iter().all(|c| c.starts_with("/compare product-manager ")), "{offered:?}");

    // a command that does not exist names the ones that do
    let unknown = ask("/foo bar");
    assert_eq!(unknown["title"], "No such command");
    assert!(unknown.to_string().contains("whatis") && unknown.to_string().contains("compare"), "{unknown}");

    for (said, title) in [("thanks!", "Glad to help"), ("hi rolecall", "Hi!")] {
        let reply = ask(said);
        assert_eq!((reply["intent"].as_str(), reply["title"].as_str()), (Some("none"), Some(title)), "{said}");
    }
    let pay = ask("how much does a product owner earn?");
    assert_eq!(pay["title"], "Pay is out of my scope");
    assert!(pay["follow_ups"].to_string().contains("/whatis product-owner"), "{pay}");
}

#[test]
fn a_reader_that_stops_reading_ends_the_batch_quietly() {
    let mut child = spawn(&["ask", "--json", "-"]);
    let mut stdin = child.stdin.take().unwrap();
    std::thread::spawn(move || {
        for _ in 0..20_000 {
            if stdin.write_all(b"what is a po?\n").is_err() {
                break;
            }
        }
    });
    // like `| head -1`: one line read, then the pipe closed
    let mut first = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(child.stdout.take().unwrap()), &mut first).unwrap();
    assert!(first.contains("\"define\""), "{first}");
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{:?}: {}", out.status, String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn logs_written_to_a_file_carry_no_colour_codes() {
    let dir = scratch("no-colour");
    std::fs::create_dir_all(dir.join("roles")).unwrap();
    std::fs::write(dir.join("roles/broken.toml"), "id = = 1").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_rolecall"))
        .arg("serve")
        .env("ROLECALL_KNOWLEDGE", &dir)
        .env("ROLECALL_HTTP_ADDR", "127.0.0.1:0")
        .env("LOG_FORMAT", "text")
        .env_remove("NO_COLOR")
        .env_remove("DISCORD_TOKEN")
        .env_remove("SLACK_BOT_TOKEN")
        .output()
        .unwrap();
    let logs = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && logs.contains("broken.toml"), "{logs}");
    assert!(!logs.contains('\u{1b}'), "{logs:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn ask_markdown_renders_markdown() {
    let out = rolecall(&["ask", "--markdown", "--full", "pm vs po"], "");
    let text = stdout(&out);
    assert!(text.starts_with("**Product Manager vs Product Owner**"), "{text}");
    assert!(text.contains("| **Focus** |"), "{text}");
    let brief = stdout(&rolecall(&["ask", "--markdown", "pm vs po"], ""));
    assert!(
        !brief.contains("| **Focus** |") && brief.contains("--full`"),
        "the chat-sized one offers the rest: {brief}"
    );
}

#[test]
fn bad_arguments_exit_2_with_usage() {
    for args in [&["ask"][..], &["--no-such-flag"], &["frobnicate"], &["ask", "--json", "--markdown", "x"]] {
        let out = rolecall(args, "");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("error:") && err.contains("Usage:"), "{args:?}: {err}");
    }
}

#[test]
fn no_arguments_without_a_terminal_prints_how_to_use_it() {
    let out = rolecall(&[], "");
    assert!(out.status.success());
    assert!(stdout(&out).contains("rolecall chat"));
}

#[test]
fn chat_answers_lines_until_quit() {
    let out = rolecall(&["chat"], "/help\nwhat is a scrum master\n/quit\nwhat is a po\n");
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("What I can do") && text.contains("Scrum Master"), "{text}");
    assert!(!text.contains("Product Owner\n="), "nothing is answered after /quit: {text}");
}

#[test]
fn validate_is_clean_on_the_real_store() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/knowledge");
    let out = rolecall(&["validate", "--knowledge", dir], "");
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("26 roles"), "{}", stdout(&out));
}

#[test]
fn validate_lists_every_problem_with_file_and_field_and_exits_1() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/many-problems");
    let out = rolecall(&["validate", "--knowledge", dir], "");
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 3, "{text}");
    assert!(text.contains("roles/product-owner.toml: field \"summary\": is required"), "{text}");
}

#[test]
fn knowledge_folder_from_the_environment_is_used() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/valid");
    let out = Command::new(env!("CARGO_BIN_EXE_rolecall"))
        .args(["ask", "--json", "/roles"])
        .env("ROLECALL_KNOWLEDGE", dir)
        .output()
        .unwrap();
    let answer: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(answer["summary"].as_str().unwrap().split(' ').next(), Some("2"), "{answer}");
}

#[test]
fn a_broken_knowledge_folder_is_refused_with_its_problems() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/missing-field");
    let out = rolecall(&["--knowledge", dir, "ask", "hi"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("field \"summary\""));
}

#[test]
fn roles_lists_roles_by_family() {
    let text = stdout(&rolecall(&["roles"], ""));
    assert!(text.contains("Project and delivery") && text.contains("Scrum Master (scrum-master)"), "{text}");
}

/// A fresh, empty working directory for one test.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("rolecall-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `rolecall serve` in `dir` with `variables` set (`None`: removed), run until it exits; its
/// exit code and stderr.
fn serve_in(dir: &std::path::Path, variables: &[(&str, Option<&str>)]) -> (Option<i32>, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_rolecall"));
    command.arg("serve").current_dir(dir);
    for (name, value) in variables {
        match value {
            Some(value) => command.env(name, value),
            None => command.env_remove(name),
        };
    }
    let out = command.output().unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn serve_reads_a_dot_env_file_and_names_the_bad_variable() {
    let dir = scratch("dotenv");
    std::fs::write(dir.join(".env"), "LOG_FORMAT=yaml\nROLECALL_HTTP_ADDR=127.0.0.1:0\n").unwrap();
    let (code, err) = serve_in(&dir, &[("LOG_FORMAT", None)]);
    assert_eq!(code, Some(1));
    assert!(err.contains("LOG_FORMAT: \"yaml\" is not text or json"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn serve_refuses_a_discord_token_that_is_not_a_bot_token_before_connecting() {
    let dir = scratch("discord-token");
    let (code, err) = serve_in(
        &dir,
        &[
            ("DISCORD_TOKEN", Some("abc")),
            ("ROLECALL_HTTP_ADDR", Some("127.0.0.1:0")),
            // nothing listens here: a start that tried to connect would say so instead
            ("DISCORD_API_URL", Some("http://127.0.0.1:9")),
            ("SLACK_BOT_TOKEN", None),
            ("DISCORD_PUBLIC_KEY", None),
        ],
    );
    assert_eq!(code, Some(1));
    assert!(err.contains("DISCORD_TOKEN: is not a bot token: it has 1 dot-separated part, a bot token has 3"), "{err}");
    assert!(!err.contains("cannot reach"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn serve_without_platforms_serves_health_and_stops_on_sigterm() {
    let dir = scratch("serve");
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_rolecall"))
        .arg("serve")
        .current_dir(&dir)
        .env("ROLECALL_HTTP_ADDR", format!("127.0.0.1:{port}"))
        .env("LOG_FORMAT", "json")
        .env_remove("DISCORD_TOKEN")
        .env_remove("SLACK_BOT_TOKEN")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut health = Command::new(env!("CARGO_BIN_EXE_rolecall"));
    health.arg("healthcheck").env("ROLECALL_HTTP_ADDR", format!("127.0.0.1:{port}"));
    let mut healthy = false;
    for _ in 0..100 {
        if health.output().unwrap().status.success() {
            healthy = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(healthy, "rolecall healthcheck never succeeded");
    Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "exit on SIGTERM: {status:?}");
    let mut logs = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut logs).unwrap();
    let first = logs.lines().next().unwrap_or_default();
    assert!(serde_json::from_str::<serde_json::Value>(first).is_ok(), "LOG_FORMAT=json logs JSON lines: {first}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn eval_scores_a_labelled_file_by_intent_and_names_each_miss() {
    let dir = std::env::temp_dir().join(format!("rolecall-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("questions.jsonl");
    let lines = [
        r#"{"question": "what does a scrum master do", "intent": "define", "roles": ["scrum-master"]}"#,
        r#"{"question": "pm vs po", "intent": "compare", "roles": ["product-owner", "product-manager"]}"#,
        r#"{"question": "anyone for lunch?", "intent": "define", "roles": ["ceo"]}"#,
        r#"{"question": "what is an OKR", "intent": "term", "roles": [], "terms": ["okr"]}"#,
        r#"{"question": "okr vs kpi", "intent": "term", "roles": [], "terms": ["mvp"]}"#,
    ];
    std::fs::write(&file, lines.join("\n")).unwrap();
    let out = rolecall(&["eval", file.to_str().unwrap()], "");
    let text = stdout(&out);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("MISS \"anyone for lunch?\": want define [\"ceo\"], got none []"), "{text}");
    assert!(text.contains("compare         1/1"), "{text}");
    assert!(text.contains("MISS \"okr vs kpi\": want term [\"mvp\"], got term [\"okr\", \"kpi\"]"), "{text}");
    assert!(text.ends_with("accuracy 3/5 = 60.0%\n"), "{text}");
    std::fs::write(&file, "not json\n").unwrap();
    let out = rolecall(&["eval", file.to_str().unwrap()], "");
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("line 1"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// How many lines of one of the project's question sets `rolecall eval` answers right.
fn answered(set: &str) -> (f64, String) {
    let out = rolecall(&["eval", &format!("{}/eval/{set}", env!("CARGO_MANIFEST_DIR"))], "");
    let last = stdout(&out).lines().last().unwrap_or_default().to_owned();
    let hits = last.split_whitespace().nth(1).and_then(|s| s.split('/').next()).unwrap().parse().unwrap();
    (hits, last)
}

#[test]
fn the_projects_own_question_sets_stay_answered() {
    // written in chat voice, apart from the code; a fall below these floors is a regression
    let (hits, last) = answered("questions.jsonl");
    assert!(hits >= 288.0, "{last}");
    // duties told as situations ("who gets paged at night?") are the hardest part
    let (hits, last) = answered("more-questions.jsonl");
    assert!(hits >= 590.0, "{last}");
    // product vocabulary, and chatter that only mentions it
    let (hits, last) = answered("terms.jsonl");
    assert!(hits >= 190.0, "{last}");
    // every intent in chat voice, written by another hand without the code in view
    let (hits, last) = answered("chat-voice.jsonl");
    assert!(hits >= 240.0, "{last}");
    // owners asked for through a situation, career moves, and chatter: the hardest set
    let (hits, last) = answered("situations.jsonl");
    assert!(hits >= 172.0, "{last}");
    // colleagues at four kinds of workplace, every intent, written without the code in view
    let (hits, last) = answered("workplace.jsonl");
    assert!(hits >= 570.0, "{last}");
    // long messages: a question among two or three sentences of background and asides
    let (hits, last) = answered("long-messages.jsonl");
    assert!(hits >= 186.0, "{last}");
    // six sets of short and medium chat messages, every intent, each written without the code
    let (hits, last) = answered("chat-mix.jsonl");
    assert!(hits >= 1120.0, "{last}");
    // owners asked for in everyday words, with chatter about particular people beside them
    let (hits, last) = answered("everyday-who.jsonl");
    assert!(hits >= 160.0, "{last}");
    // newcomers from engineering and design, and people weighing moves, each set scored once
    // before it was read
    let (hits, last) = answered("newcomers.jsonl");
    assert!(hits >= 335.0, "{last}");
    // an enterprise moving to agile: PMO, BAs, release trains, heavy markup, owners in office words
    let (hits, last) = answered("enterprise.jsonl");
    assert!(hits >= 108.0, "{last}");
    // seven rooms: a fintech's Slack, a Discord of career changers, a games studio and an agency,
    // a hospital vendor and a public service, a Discord of founders, a PM community, an
    // outsourcing firm and a bootcamp
    let (hits, last) = answered("rooms.jsonl");
    assert!(hits >= 750.0, "{last}");
    // eight more voices, each scored once before it was read: an online retailer, a campus
    // careers server, a telecom and insurance IT group, a developer-tools engineering org, a
    // medical software company, a Latin American community, a sales-led SaaS company and a
    // community of product leaders
    let (hits, last) = answered("voices.jsonl");
    assert!(hits >= 910.0, "{last}");
    // eight more, each scored once before it was read: a games studio, a public digital
    // service, a Discord of career changers, a fintech writing in a second language, an agency,
    // a students' product club, an open-source community and a startup's leadership
    let (hits, last) = answered("more-voices.jsonl");
    assert!(hits >= 880.0, "{last}");
    // sixteen more, each scored once before it was read: a health-tech company, a retailer's
    // store staff on phones, a Latin American consultancy, a developers' Discord, a consulting
    // firm, a charity, an Indian IT services firm, a product community, an East Asian games and
    // electronics firm, a hardware maker, a bank, an edtech company dictating by voice, a
    // logistics company, a news publisher, a bootcamp's Discord and a scale-up's executives
    let (hits, last) = answered("field-voices.jsonl");
    assert!(hits >= 1730.0, "{last}");
    // eight more in two rounds of four, each round scored once before it was read: a public
    // digital service team, a SaaS company's recruiters, an automotive software supplier writing
    // in a second language, a fintech in Lagos and Nairobi, a campus careers Discord, a
    // manufacturer's ERP team, a fintech in Madrid and São Paulo, and a remote company's threads
    let (hits, last) = answered("later-voices.jsonl");
    assert!(hits >= 845.0, "{last}");
    // eight more in two rounds of four, each round scored once before it was read: a games
    // studio's Discord, a hospital group's digital team, an Indian IT services firm, a product
    // course's career changers, a charity, a web3 startup's Discord, an engineering company in
    // Germany writing in a second language, and a university's learning-technology team
    let (hits, last) = answered("recent-voices.jsonl");
    assert!(hits >= 885.0, "{last}");
    // twelve more in three rounds of four, each round scored once before it was read: a
    // Brazilian fintech, a digital agency, a logistics startup in Lagos, a newsroom's product
    // Discord, a Japanese manufacturer's software team, an insurer mid agile change, an
    // open-source project's Discord, a career-mentoring Discord, a Paris scale-up, a SaaS sales
    // team, a students' product club, and a remote startup in Latin America
    let (hits, last) = answered("world-voices.jsonl");
    assert!(hits >= 1300.0, "{last}");
    // five more in one round, scored once before it was read: an Indian IT services firm, a
    // German automotive supplier, a game studio's Discord, a UK government digital service, and a
    // startup in Singapore and Kuala Lumpur
    let (hits, last) = answered("wider-voices.jsonl");
    assert!(hits >= 550.0, "{last}");
    // five more in one round, scored once before it was read: a shared-services centre in
    // Manila and Cebu writing Taglish, a Polish and Ukrainian software house, a government-linked
    // enterprise in Dubai and Riyadh, people dictating to their phones, and a Dutch and
    // Scandinavian scale-up
    let (hits, last) = answered("far-voices.jsonl");
    assert!(hits >= 500.0, "{last}");
    // four more in one round, scored once before it was read: an e-commerce company in Seoul, a
    // bilingual federal digital team in Ottawa and Montreal, a US hospital system's IT
    // department, and an agritech and mobile-money startup in Nairobi
    let (hits, last) = answered("mixed-voices.jsonl");
    assert!(hits >= 395.0, "{last}");
    // four more in one round, scored once before it was read: interns at a US consumer app, a
    // London fintech, a security startup in Tel Aviv, and a retail-tech team in Johannesburg
    // and Cape Town
    let (hits, last) = answered("city-voices.jsonl");
    assert!(hits >= 395.0, "{last}");
    // six more in one round, scored once before it was read: a bootcamp's job-hunt Discord,
    // support teams in Dublin, Belfast and Glasgow, a Midwest insurer's new product teams, SaaS
    // engineers in #random, an Istanbul game studio writing Turkish, and an outsourcing company
    // in Ho Chi Minh City and Hanoi writing Vietnamese
    let (hits, last) = answered("street-voices.jsonl");
    assert!(hits >= 640.0, "{last}");
    // four more in one round, scored once before it was read: UK and Australian public-sector
    // digital teams, a remote startup's async threads, a university product club's Discord, and
    // a Texas oil-and-gas company's new product teams
    let (hits, last) = answered("team-voices.jsonl");
    assert!(hits >= 430.0, "{last}");
    // four more in one round, scored once before it was read: a founders' and execs' Slack,
    // freelancers who take BA, PM and scrum master contracts, a consumer-tech startup in
    // Bangalore and Gurgaon writing Hinglish, and a mining-technology company in Perth
    let (hits, last) = answered("desk-voices.jsonl");
    assert!(hits >= 410.0, "{last}");
    // four more in one round, scored once before it was read: a veterans' Discord for people
    // moving into tech, a fintech with teams in Lagos and Nairobi, a hospital group's digital team
    // sharing a channel with its vendor, and a design and development agency's Discord
    let (hits, last) = answered("guild-voices.jsonl");
    assert!(hits >= 440.0, "{last}");
    // four more in one round, scored once before it was read: a big-box retailer's head office,
    // PhD students and postdocs leaving academia, a B2B software company's sales and customer
    // success teams, and an airline's IT and operations teams in Dubai, Manila and Mumbai
    let (hits, last) = answered("trade-voices.jsonl");
    assert!(hits >= 440.0, "{last}");
    // four more in one round, scored once before it was read: parents returning to work after a
    // career break, a crypto exchange's Discord, a pharmaceutical company's digital and data
    // teams, and a mobile game studio in Montreal and Helsinki
    let (hits, last) = answered("hall-voices.jsonl");
    assert!(hits >= 430.0, "{last}");
    // four more in one round, scored once before it was read: a law firm's legal-tech team, an
    // open-data nonprofit's volunteers, a trucking and warehouse company's dispatchers and
    // digital team, and consultants rolling onto client product transformations
    let (hits, last) = answered("yard-voices.jsonl");
    assert!(hits >= 435.0, "{last}");
    // four more in one round, scored once before it was read: schoolteachers moving into edtech
    // and product, an insurer's IT teams in Germany and Poland, a retail bank's agile
    // transformation office, and a university computer-science club's Discord
    let (hits, last) = answered("class-voices.jsonl");
    assert!(hits >= 440.0, "{last}");
    // four more in one round, scored once before it was read: an automotive supplier's software
    // teams in Nagoya, Detroit and Stuttgart, a marketing and branding agency's Slack, a
    // newspaper's digital team, and an indie hackers' Discord
    let (hits, last) = answered("press-voices.jsonl");
    assert!(hits >= 445.0, "{last}");
    // four more in one round, scored once before it was read: a telecom operator's IT teams in
    // Johannesburg and Cape Town, a scale-up's HR and talent team, an esports organisation's
    // Discord staff, and a government digital service in Ottawa
    let (hits, last) = answered("lane-voices.jsonl");
    assert!(hits >= 445.0, "{last}");
    // four more in one round, scored once before it was read: people in their forties and
    // fifties changing careers into product, an agritech company in New Zealand and Australia,
    // a university's IT and digital learning team, and a fashion e-commerce brand in London and
    // Milan
    let (hits, last) = answered("farm-voices.jsonl");
    assert!(hits >= 440.0, "{last}");
    // four more in one round, scored once before it was read: a hospital group's digital health
    // team in the UK and Ireland, a video-game studio's production Slack in Montreal, a freight
    // and logistics company in Rotterdam and Lagos, and a charity tech volunteers' Slack
    let (hits, last) = answered("shift-voices.jsonl");
    assert!(hits >= 435.0, "{last}");
    // four more in one round, scored once before it was read: a film and TV production
    // company's Slack in Vancouver and Atlanta, a pharmacy chain's head office in Manila and Cebu
    // writing Taglish, a utility in Texas and Alberta, and a sports-betting startup in Malta and
    // Sydney
    let (hits, last) = answered("crew-voices.jsonl");
    assert!(hits >= 430.0, "{last}");
    // four more in one round, scored once before it was read: a ferry and port operator in
    // Norway and Scotland, a veterinary clinic chain in Spain and the US writing some Spanish, a
    // chemicals manufacturer's plant staff in Germany and India, and a music-streaming company's
    // Discord
    let (hits, last) = answered("port-voices.jsonl");
    assert!(hits >= 420.0, "{last}");
    // four more in one round, scored once before it was read: an airline's digital and loyalty
    // team in Dubai and Nairobi, a grocery delivery company's tech hub in Warsaw, a mining
    // company's IT group in Perth and Santiago, and a hotel chain's tech and revenue team in
    // Singapore and Bangkok writing Singlish
    let (hits, last) = answered("hub-voices.jsonl");
    assert!(hits >= 435.0, "{last}");
    // four more in one round, scored once before it was read: a retail bank's digital channels
    // team in Johannesburg and Cape Town, a mobile game publisher's live-ops Discord in Seoul and
    // Helsinki, a city council's digital services team in Manchester and Glasgow, and an agritech
    // startup in Nairobi and Kampala
    let (hits, last) = answered("gate-voices.jsonl");
    assert!(hits >= 420.0, "{last}");
    // four more in one round, scored once before it was read: a law firm's legal-tech team in
    // London and Toronto, a fashion retailer's store and e-commerce Slack in Mexico City and
    // Madrid writing some Spanish, a B2B SaaS scale-up's all-hands Slack in Berlin and Austin,
    // and an aerospace and defence contractor's engineers in Bristol and Toulouse
    let (hits, last) = answered("dock-voices.jsonl");
    assert!(hits >= 425.0, "{last}");
    // four more in one round, scored once before it was read: a university hospital's IT
    // department in Chicago and Toronto, a pharmaceutical company's clinical-data team in Basel
    // and Hyderabad, a seed-stage startup's Discord, and a telecom operator's transformation
    // programme in Lisbon and São Paulo writing some Portuguese
    let (hits, last) = answered("bay-voices.jsonl");
    assert!(hits >= 425.0, "{last}");
    // four more in one round, scored once before it was read: a school district's ed-tech team
    // in Texas and Ohio, an insurer's claims programme in Dublin and Kraków, a super-app's ops
    // Slack in Jakarta and Ho Chi Minh City writing some Indonesian, and a newspaper's digital
    // product team in Sydney and Auckland
    let (hits, last) = answered("reef-voices.jsonl");
    assert!(hits >= 435.0, "{last}");
    // four more in one round, scored once before it was read: a car maker's connected-vehicle
    // software group in Munich and Detroit, a creator-economy app's staff Discord in Los Angeles
    // and Manila, a payments fintech in Lagos and London, and a government digital service in
    // Canberra and Ottawa writing some French
    let (hits, last) = answered("cove-voices.jsonl");
    assert!(hits >= 410.0, "{last}");
    // four more in one round, scored once before it was read: a crypto exchange's Discord in
    // Singapore and Istanbul, a solar installer's ops and software team in Cape Town and Lisbon,
    // an HR-tech company's teams in Amsterdam and Dublin, and a national museum's digital team in
    // Edinburgh and Cardiff
    let (hits, last) = answered("pier-voices.jsonl");
    assert!(hits >= 415.0, "{last}");
    // four more in one round, scored once before it was read: a construction-tech company's
    // product and site-ops team in Mumbai and Pune, a fintech in São Paulo and Belo Horizonte
    // writing some Portuguese, an open-source developer tool's Discord, and a property-tech
    // platform's team in Toronto and Vancouver
    let (hits, last) = answered("quay-voices.jsonl");
    assert!(hits >= 400.0, "{last}");
    // four more in one round, scored once before it was read: a railway operator's digital
    // team in Paris and Brussels writing some French, a veterinary clinic chain's software and
    // operations team in Denver and Dublin, an e-commerce company's product team in Tokyo and
    // Osaka, and a cybersecurity vendor's engineering and product org in Tel Aviv and Boston
    let (hits, last) = answered("wharf-voices.jsonl");
    assert!(hits >= 415.0, "{last}");
    // four more in one round, scored once before it was read: an industrial manufacturer's
    // digital unit in Stuttgart and Munich writing some German, a bank's digital team in Riyadh
    // and Cairo writing some Arabic, a cross-border e-commerce team in Shenzhen and Singapore
    // writing some Chinese, and a health insurer's IT team in Nashville and Hartford
    let (hits, last) = answered("jetty-voices.jsonl");
    assert!(hits >= 410.0, "{last}");
    // four more in one round, scored once before it was read: a software outsourcing company's
    // staff in Kyiv and Wrocław, a performing-arts venue's digital team in London and
    // Manchester, a farming co-operative's software team in Iowa and Nebraska, and a
    // mobile-money company's Slack in Nairobi and Dar es Salaam writing some Swahili
    let (hits, last) = answered("sound-voices.jsonl");
    assert!(hits >= 400.0, "{last}");
    // four more in one round, scored once before it was read: a marketplace's tech team in
    // Bogotá and Medellín writing some Spanish, an outsourcing company's staff in Hanoi and Ho Chi
    // Minh City writing some Vietnamese, a game studio's Discord in Stockholm and Oslo, and a
    // fintech's team in Karachi and Lahore writing some Urdu
    let (hits, last) = answered("strand-voices.jsonl");
    assert!(hits >= 390.0, "{last}");
    // four more in one round, scored once before it was read: an e-commerce and logistics
    // startup's Slack in Lagos and Abuja writing some Pidgin, a BPO company's product team in
    // Manila and Cebu writing Taglish, a health-tech scale-up's product team in Paris and Lyon
    // writing some French, and a fintech's global team in Seoul and Singapore
    let (hits, last) = answered("shoal-voices.jsonl");
    assert!(hits >= 390.0, "{last}");
    // four more in one round, scored once before it was read: a warehouse-robotics startup's
    // Slack in Pittsburgh and Boston, a bank's IT team in Amsterdam and Utrecht writing some
    // Dutch, an e-commerce company's team in Istanbul and Ankara writing much of it in Turkish,
    // and a public broadcaster's digital team in Toronto and Montreal
    let (hits, last) = answered("tide-voices.jsonl");
    assert!(hits >= 380.0, "{last}");
    // four more in one round, scored once before it was read: a government digital-services
    // contractor's team in Washington and Baltimore, an Italian fashion e-commerce company's tech
    // team in Milan and Florence writing some Italian, a university's IT team in Edinburgh and
    // Glasgow, and a ride-hailing app's product org in Jakarta and Bandung writing some Indonesian
    let (hits, last) = answered("marina-voices.jsonl");
    assert!(hits >= 440.0, "{last}");
    // four more in one round, scored once before it was read: a freight forwarder's tech team
    // in Rotterdam and Hamburg, a mobile game studio's product team in Helsinki and Barcelona, an
    // insurer's transformation office in Chicago and Columbus, and a health nonprofit's tech
    // team in Cape Town and Johannesburg
    let (hits, last) = answered("canal-voices.jsonl");
    assert!(hits >= 445.0, "{last}");
    // four more in one round, scored once before it was read: a pharma company's clinical-systems
    // team in Basel and New Jersey, a coding bootcamp's alumni Discord of career changers, a
    // retail chain's e-commerce team in Monterrey and Guadalajara writing much of it in Spanish,
    // and a telco's product teams in Melbourne and Sydney
    let (hits, last) = answered("lagoon-voices.jsonl");
    assert!(hits >= 430.0, "{last}");
    // four more in one round, scored once before it was read: a fintech's Slack in Warsaw and
    // Kraków writing some Polish, a hospital system's digital health team in Cleveland and
    // Pittsburgh, a video-streaming company's product org in Los Angeles and London, and an
    // airline's digital team in Dubai and Dublin
    let (hits, last) = answered("delta-voices.jsonl");
    assert!(hits >= 435.0, "{last}");
    // four more in one round, scored once before it was read: a credit union's digital team in
    // Winnipeg and Halifax, an e-learning platform's product team in Bangalore and Hyderabad, a
    // design agency's Slack in Lisbon and Porto, and a defense-tech startup in Austin and Arlington
    let (hits, last) = answered("reach-voices.jsonl");
    assert!(hits >= 435.0, "{last}");
    // four more in one round, scored once before it was read: a supermarket chain's digital
    // team in Leeds and Manchester, a family-run SaaS startup in San Jose and Ho Chi Minh City, a
    // consulting firm's internal product team in Frankfurt and Zurich, and an open-source
    // foundation's contributors' Discord
    let (hits, last) = answered("mesa-voices.jsonl");
    assert!(hits >= 435.0, "{last}");
    // four more in one round, scored once before it was read: a mobile-money company's product
    // team in Nairobi and Kampala writing some Swahili, an oil and gas company's IT and digital
    // group in Houston and Calgary, a medtech scale-up in Dublin and Cork, and an agritech
    // startup in Auckland and Christchurch
    let (hits, last) = answered("isle-voices.jsonl");
    assert!(hits >= 440.0, "{last}");
    // four more in one round, scored once before it was read: a car maker's software division
    // in Munich and Stuttgart writing some German, a county government's IT department in
    // Phoenix and Tucson, an e-commerce company in Seoul and Busan writing non-native English,
    // and a housing association's digital team in Bristol and Cardiff
    let (hits, last) = answered("fjord-voices.jsonl");
    assert!(hits >= 430.0, "{last}");
    // four more in one round, scored once before it was read: a mobile-games publisher in Tokyo
    // and Osaka writing non-native English, a bank's digital channels team in Toronto and
    // Montreal, a marketplace startup in São Paulo and Lisbon writing some Portuguese, and a
    // public radio network's digital team in Minneapolis and St. Paul
    let (hits, last) = answered("cape-voices.jsonl");
    assert!(hits >= 425.0, "{last}");
    // four more in one round, scored once before it was read: a logistics scale-up in Lagos and
    // Accra writing some Pidgin, a fintech in Stockholm and Oslo, a federal agency's digital team
    // in Canberra and Sydney, and an outsourcing company's product team in Manila and Cebu
    // writing Taglish
    let (hits, last) = answered("atoll-voices.jsonl");
    assert!(hits >= 430.0, "{last}");
    // four more in one round, scored once before it was read: a health insurer's member-services
    // tooling team in Atlanta and Nashville, an all-remote SaaS startup's Slack, a news company's
    // newsroom product team in New York and Washington, and an edtech nonprofit in Boston and
    // Philadelphia
    let (hits, last) = answered("sandbar-voices.jsonl");
    assert!(hits >= 435.0, "{last}");
    // four more in one round, scored once before it was read: a supply-chain software company in
    // Singapore and Kuala Lumpur writing Singlish, a hotel chain's digital team in Las Vegas and
    // Orlando, a climate-tech startup in Berlin and Copenhagen, and a state university system's
    // central IT in Columbus and Cincinnati
    let (hits, last) = answered("shelf-voices.jsonl");
    assert!(hits >= 415.0, "{last}");
    // four more in one round, scored once before it was read: an insurance startup's product
    // team in Cape Town and Johannesburg, an airline's digital team in Dallas and Chicago, an
    // outdoor-gear retailer's e-commerce team in Vancouver and Calgary, and a software house in
    // Warsaw and Kraków writing some Polish
    let (hits, last) = answered("inlet-voices.jsonl");
    assert!(hits >= 420.0, "{last}");
    // four more in one round, scored once before it was read: a food-delivery app's product
    // team in Lima and Bogotá writing some Spanish, an IT services company's product practice in
    // Chennai and Hyderabad, a video-game studio's live-ops team in Glasgow and Dundee, and a
    // ski-resort and outdoor-booking company's digital team in Denver and Salt Lake City
    let (hits, last) = answered("bight-voices.jsonl");
    assert!(hits >= 430.0, "{last}");
    // four more in one round, scored once before it was read: a hospital network's
    // clinical-systems team in Melbourne and Brisbane, a fashion e-commerce brand in Milan and
    // Paris writing some Italian and French, a crypto exchange's all-remote product team writing
    // terse lowercase, and a public library system's digital services team in Chicago and
    // Milwaukee
    let (hits, last) = answered("cliff-voices.jsonl");
    assert!(hits >= 425.0, "{last}");
    // four more in one round, scored once before it was read: a fintech in Bengaluru and Pune
    // writing Hinglish, a property-portal company's product team in Dubai and Abu Dhabi, a
    // software outsourcing company in Lviv and Kyiv writing non-native English, and a
    // music-streaming startup in Nashville and Austin
    let (hits, last) = answered("dune-voices.jsonl");
    assert!(hits >= 430.0, "{last}");
    // four more in one round, scored once before it was read: a ride-hailing company in Jakarta
    // and Surabaya writing some Indonesian, a university spin-out building research software in
    // Edinburgh and Aberdeen, a freight-brokerage company's product team in Kansas City and
    // Omaha, and an e-commerce company in Cairo and Alexandria writing non-native English
    let (hits, last) = answered("ridge-voices.jsonl");
    assert!(hits >= 425.0, "{last}");
    // four more in one round, scored once before it was read: a cloud-infrastructure company's
    // internal-tools team in Seattle and Portland, a retail bank's digital team in Madrid and
    // Barcelona writing some Spanish, a software studio in Ho Chi Minh City and Hanoi writing
    // some Vietnamese, and a children's hospital IT and digital team in Philadelphia and
    // Pittsburgh
    let (hits, last) = answered("knoll-voices.jsonl");
    assert!(hits >= 425.0, "{last}");
    // four more in one round, scored once before it was read: a payments startup's product team
    // in Lagos and Abuja writing some Pidgin, a customer-experience software company in Manila
    // and Cebu writing some Taglish, a scooter-sharing company in Berlin and Hamburg writing some
    // German, and a government digital service team in Wellington and Auckland
    let (hits, last) = answered("strait-voices.jsonl");
    assert!(hits >= 375.0, "{last}");
    // four more in one round, scored once before it was read: an agritech startup in Nairobi
    // and Kisumu writing some Swahili and Sheng, an online marketplace in Istanbul and Ankara
    // writing some Turkish, a community server of students and career-switchers breaking into
    // product, and a health insurer's digital division in Toronto and Ottawa writing formally
    let (hits, last) = answered("firth-voices.jsonl");
    assert!(hits >= 380.0, "{last}");
    // four more in one round, scored once before it was read: a logistics and
    // warehouse-robotics company in Rotterdam and Antwerp writing some Dutch, a K-12 edtech
    // company in Atlanta and Charlotte, a gaming-peripherals and esports company in Seoul and
    // Busan writing some Korean, and a mining company's digital office in Perth and Johannesburg
    let (hits, last) = answered("loch-voices.jsonl");
    assert!(hits >= 375.0, "{last}");
    // four more in one round, scored once before it was read: a mobile-games studio in Helsinki
    // and Tampere writing some Finnish, a cybersecurity company in Tel Aviv and Haifa writing
    // some Hebrew, an e-wallet company in Kuala Lumpur and Penang writing Manglish, and an
    // international nonprofit's digital team in Washington DC and Nairobi
    let (hits, last) = answered("tarn-voices.jsonl");
    assert!(hits >= 395.0, "{last}");
    // four more in one round, scored once before it was read: a proptech startup in Buenos
    // Aires and Montevideo writing some Rioplatense Spanish, a telecom's digital team in Dhaka
    // and Chattogram writing Bengali in Latin letters (half of it answered at first look), a
    // travel-booking company in Lisbon and Porto writing some Portuguese, and a federal
    // contractor's digital services practice in Northern Virginia
    let (hits, last) = answered("dell-voices.jsonl");
    assert!(hits >= 365.0, "{last}");
    // four more in one round, scored once before it was read: a grocery-delivery startup in
    // Mumbai and Delhi writing Hinglish, a Japanese e-commerce company's global team in Tokyo
    // and Osaka, a pan-African product community writing some Pidgin and Swahili, and a UK
    // bank's transformation programme in Leeds and Edinburgh
    let (hits, last) = answered("heath-voices.jsonl");
    assert!(hits >= 375.0, "{last}");
}

#[test]
fn a_term_question_answers_intent_term_with_its_terms_and_owners() {
    let out = rolecall(&["ask", "--json", "what's a PRD?"], "");
    let answer = &json_lines(&out)[0];
    assert_eq!(answer["intent"], "term");
    assert_eq!(answer["terms"], serde_json::json!(["prd"]));
    assert_eq!(answer["roles"][0], "product-manager", "the owning roles, best first");
    let batch = rolecall(&["ask", "--json", "-"], "roadmap vs backlog?\nwhat is docker?\nwho runs the retro?\n");
    let intents: Vec<_> = json_lines(&batch).iter().map(|a| a["intent"].as_str().unwrap().to_owned()).collect();
    assert_eq!(intents, ["term", "none", "who"], "other technology stays silent; an owner asked for is who");
}

#[test]
fn explain_shows_how_a_message_was_read() {
    let out = rolecall(&["ask", "--explain", "<@U1> :wave: what does a prodct owner do?"], "");
    let text = stdout(&out);
    assert!(text.contains("cleaned text:    what does a prodct owner do?"), "{text}");
    assert!(text.contains("role:            product-owner, named by \"prodct owner\" (typo corrected)"), "{text}");
    assert!(text.contains("reading:         define product-owner"), "{text}");
}

#[test]
fn map_draws_png_or_svg_and_names_what_it_cannot_draw() {
    let dir = std::env::temp_dir().join(format!("rolecall-map-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let png = dir.join("map.png");
    let out = rolecall(&["map", "--path", "apm", "group pm", "--out", png.to_str().unwrap()], "");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(std::fs::read(&png).unwrap().starts_with(b"\x89PNG"));
    let svg = dir.join("map.svg");
    let out = rolecall(&["map", "--role", "product owner", "--out", svg.to_str().unwrap()], "");
    assert!(out.status.success());
    assert!(std::fs::read_to_string(&svg).unwrap().starts_with("<svg"));
    let unknown = rolecall(&["map", "--role", "unicorn wrangler", "--out", png.to_str().unwrap()], "");
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("\"unicorn wrangler\" is not a role"));
    let gif = rolecall(&["map", "--out", dir.join("map.gif").to_str().unwrap()], "");
    assert!(!gif.status.success() && String::from_utf8_lossy(&gif.stderr).contains(".png or .svg"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn validate_reads_each_example_question_and_names_the_ones_its_entry_does_not_answer() {
    let dir = format!("{}/tests/fixtures/example-missed", env!("CARGO_MANIFEST_DIR"));
    let out = rolecall(&["validate", "--knowledge", &dir], "");
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("roles/product-owner.toml: field \"examples[1]\": \"anyone up for lunch?\" is read as none"),
        "{text}"
    );
    assert!(!text.contains("examples[0]"), "the first example is answered: {text}");
}

#[test]
fn gaps_names_a_missing_database_and_a_bad_period() {
    let dir = scratch("gaps");
    let missing = Command::new(env!("CARGO_BIN_EXE_rolecall"))
        .arg("gaps")
        .current_dir(&dir)
        .env_remove("ROLECALL_DATABASE_URL")
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1));
    let err = String::from_utf8_lossy(&missing.stderr);
    assert!(err.contains("no database at data/rolecall.sqlite") && err.contains("--database"), "{err}");
    assert!(!dir.join("data").exists(), "nothing is created by looking");
    let bad = Command::new(env!("CARGO_BIN_EXE_rolecall")).args(["gaps", "--since", "3x"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("not a period like 7d"));
    let _ = std::fs::remove_dir_all(&dir);
}
