//! The `rolecall` binary: a thin edge over the library's pure core.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};
use rolecall::config::{Config, LogFormat};
use rolecall::knowledge::LiveStore;
use rolecall::serve::{self, Settings};
use rolecall::{render, Store};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Answers questions about product-management and product-leadership roles.
#[derive(Parser, Debug)]
#[command(name = "rolecall", version, about)]
struct Cli {
    /// Read the knowledge store from this folder instead of the one built in.
    #[arg(long, global = true, value_name = "DIR", env = "ROLECALL_KNOWLEDGE")]
    knowledge: Option<PathBuf>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Answer one question, or one per line from stdin when the question is "-".
    Ask {
        /// Print one JSON object per answer.
        #[arg(long, conflicts_with = "markdown")]
        json: bool,
        /// Print Markdown.
        #[arg(long)]
        markdown: bool,
        /// Print the whole answer, not the chat-sized one.
        #[arg(long)]
        full: bool,
        /// Show how the question was read instead of answering it.
        #[arg(long, conflicts_with_all = ["json", "markdown"])]
        explain: bool,
        /// The question; "-" reads questions from stdin, one per line.
        #[arg(required = true, num_args = 1.., value_name = "QUESTION")]
        question: Vec<String>,
    },
    /// Try the bot in a local console.
    Chat,
    /// Score a labelled question file (one JSON object a line: question, intent, roles):
    /// accuracy by intent and each miss.
    Eval {
        /// The labelled file, e.g. eval/questions.jsonl.
        file: PathBuf,
    },
    /// Check a knowledge folder and print every problem (default: ./knowledge when present).
    Validate,
    /// List the roles, grouped by family.
    Roles,
    /// Draw the role map: every role by level and family, optionally with one role or the
    /// route of a move drawn over it.
    Map {
        /// Highlight this role (an id, name or alias).
        #[arg(long, value_name = "ROLE", conflicts_with = "path")]
        role: Option<String>,
        /// Draw the route from one role to another.
        #[arg(long, num_args = 2, value_names = ["FROM", "TO"])]
        path: Option<Vec<String>>,
        /// Where to write the picture: a .png or .svg file.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// For curators: the questions the bot could not answer, grouped, with how it reads them
    /// now; the answers voted not helpful most; the roles and terms asked about most.
    Gaps {
        /// How far back to look: 7d, 24h, 2w (a bare number is days).
        #[arg(long, default_value = "7d", value_parser = period)]
        since: std::time::Duration,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// The database to read.
        #[arg(long, value_name = "URL", env = "ROLECALL_DATABASE_URL", default_value = rolecall::db::DEFAULT_URL)]
        database: String,
    },
    /// Connect to every configured chat platform and serve HTTP (health, metrics, platform routes).
    Serve,
    /// Exit 0 when the HTTP server at ROLECALL_HTTP_ADDR answers /healthz, 1 otherwise.
    Healthcheck,
}

/// A period such as `7d`, `24h`, `2w` or `30m`; a bare number is days.
fn period(text: &str) -> Result<std::time::Duration, String> {
    let text = text.trim();
    let split = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let n: u64 = number.parse().map_err(|_| format!("{text:?} is not a period like 7d, 24h or 2w"))?;
    let seconds = match unit {
        "" | "d" => 86_400,
        "h" => 3_600,
        "m" => 60,
        "w" => 7 * 86_400,
        _ => return Err(format!("{text:?} is not a period like 7d, 24h or 2w")),
    };
    Ok(std::time::Duration::from_secs(n.saturating_mul(seconds)))
}

/// Writes a line to stdout; a reader that stopped reading (`| head -1`) ends the program
/// quietly, with success.
macro_rules! say {
    ($($arg:tt)*) => { write_out(&format!("{}\n", format_args!($($arg)*))) };
}

/// [`say!`] without the line break.
macro_rules! say_raw {
    ($($arg:tt)*) => { write_out(&format!($($arg)*)) };
}

fn write_out(text: &str) {
    let mut out = std::io::stdout().lock();
    if let Err(err) = out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        if err.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
    }
}

fn main() -> ExitCode {
    // a .env file, when present, fills in variables the environment does not set
    let dotenv = dotenvy::dotenv().ok();
    let mut cli = Cli::parse();
    if cli.command.is_none() && Config::platform_in_env() {
        cli.command = Some(Command::Serve);
    }
    // serve sets up its own logs, in the configured format
    if !matches!(cli.command, Some(Command::Serve)) {
        init_logs(LogFormat::Text, "warn");
    }
    match run(cli, dotenv) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("rolecall: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// `rolecall serve`: configuration first (its errors on stderr, one per variable), then logs in
/// the configured format, then the bot until a signal.
fn serve_from_env(dotenv: Option<PathBuf>) -> ExitCode {
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(errors) => {
            for error in &errors.0 {
                eprintln!("rolecall: configuration: {error}");
            }
            return ExitCode::FAILURE;
        }
    };
    init_logs(config.log_format, "info");
    if let Some(path) = dotenv {
        tracing::info!(path = %path.display(), "read variables from a .env file");
    }
    match serve(config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!("{err:#}");
            ExitCode::FAILURE
        }
    }
}

/// Logs to stderr: text or JSON, filtered by `RUST_LOG`, else at `default`.
fn init_logs(format: LogFormat, default: &str) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| default.into());
    // colour only for a person at a terminal, and never when NO_COLOR is set
    let colour = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let logs = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).with_ansi(colour);
    // only the first call installs a subscriber; tests may call it more than once
    let _ = match format {
        LogFormat::Text => logs.try_init(),
        LogFormat::Json => logs.json().try_init(),
    };
}

/// Runs the bot until SIGTERM or Ctrl-C: loads the knowledge (logging every problem), binds the
/// HTTP addresses, and hands them to `serve::run` with the configured platforms.
fn serve(config: Config) -> anyhow::Result<()> {
    let knowledge = LiveStore::load(config.knowledge.clone()).map_err(|err| {
        for problem in &err.problems {
            tracing::error!(%problem, "knowledge problem");
        }
        anyhow::anyhow!("the knowledge store has {} problem(s)", err.problems.len())
    })?;
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    let served = runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(config.http_addr)
            .await
            .with_context(|| format!("cannot listen on {} (ROLECALL_HTTP_ADDR)", config.http_addr))?;
        let metrics = match config.metrics_addr {
            None => None,
            Some(addr) => Some(
                tokio::net::TcpListener::bind(addr)
                    .await
                    .with_context(|| format!("cannot listen on {addr} (ROLECALL_METRICS_ADDR)"))?,
            ),
        };
        let listeners = serve::Listeners { http: listener, metrics };
        let platforms = serve::platforms(&config);
        serve::run(listeners, Arc::new(knowledge), platforms, Settings::from(&config), shutdown_signal()).await?;
        Ok(())
    });
    // work still blocked (a file read that hangs) does not hold the process after it stopped
    runtime.shutdown_timeout(std::time::Duration::from_secs(2));
    served
}

/// Resolves on the first SIGTERM or Ctrl-C.
async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = term => {}
    }
}

/// Asks the local HTTP server for /healthz.
fn healthcheck() -> anyhow::Result<ExitCode> {
    use std::io::Read;
    let config = Config::from_env().map_err(|e| anyhow::anyhow!("configuration: {e}"))?;
    let mut addr = config.http_addr;
    if addr.ip().is_unspecified() {
        addr.set_ip(std::net::Ipv4Addr::LOCALHOST.into());
    }
    let timeout = std::time::Duration::from_secs(3);
    let mut stream =
        std::net::TcpStream::connect_timeout(&addr, timeout).with_context(|| format!("connecting to {addr}"))?;
    stream.set_read_timeout(Some(timeout))?;
    stream.write_all(format!("GET /healthz HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes())?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    let healthy = response.starts_with("HTTP/1.1 200") || response.starts_with("HTTP/1.0 200");
    say!("{}", if healthy { "healthy" } else { "unhealthy" });
    Ok(if healthy { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

fn run(cli: Cli, dotenv: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    match cli.command {
        Some(Command::Serve) => Ok(serve_from_env(dotenv)),
        Some(Command::Healthcheck) => healthcheck(),
        Some(Command::Validate) => Ok(validate(cli.knowledge)),
        Some(Command::Ask { explain: true, question, .. }) => {
            let store = load(cli.knowledge.as_deref())?;
            say_raw!("{}", rolecall::understand::explain::explain(&store, &question.join(" ")));
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Ask { json, markdown, full, question, .. }) => {
            let store = load(cli.knowledge.as_deref())?;
            let format = if json {
                Format::Json
            } else if markdown {
                Format::Markdown
            } else {
                Format::Plain
            };
            ask(&store, &question.join(" "), format, full)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Eval { file }) => {
            let store = load(cli.knowledge.as_deref())?;
            let text = std::fs::read_to_string(&file).with_context(|| format!("reading {}", file.display()))?;
            let cases = rolecall::eval::parse(&text).with_context(|| file.display().to_string())?;
            say_raw!("{}", rolecall::eval::run(&store, cases).text());
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Chat) => {
            let store = load(cli.knowledge.as_deref())?;
            chat(store)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Map { role, path, out }) => {
            let store = load(cli.knowledge.as_deref())?;
            let find = |text: &str| {
                rolecall::understand::arguments::role(&store, text)
                    .map(|found| found.role)
                    .map_err(|unknown| anyhow::anyhow!("{:?} is not a role the store knows", unknown.text))
            };
            let highlight = match (role, path) {
                (Some(role), _) => rolecall::map::Highlight::Role(find(&role)?),
                (None, Some(ends)) => {
                    rolecall::map::Highlight::Route(rolecall::map::route(&store, find(&ends[0])?, find(&ends[1])?))
                }
                (None, None) => rolecall::map::Highlight::None,
            };
            let bytes = match out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
                Some("svg") => rolecall::map::svg(&store, &highlight).into_bytes(),
                Some("png") => rolecall::map::png(&store, &highlight)?,
                _ => anyhow::bail!("--out must name a .png or .svg file, not {}", out.display()),
            };
            std::fs::write(&out, bytes).with_context(|| format!("cannot write {}", out.display()))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Gaps { since, json, database }) => {
            let store = load(cli.knowledge.as_deref())?;
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
            if let Some(file) = rolecall::db::sqlite_file(&database).filter(|f| !f.exists()) {
                anyhow::bail!(
                    "no database at {}: run gaps where serve runs, or name it with --database or ROLECALL_DATABASE_URL",
                    file.display()
                );
            }
            let report = runtime.block_on(async {
                let shown = rolecall::db::redacted(&database);
                let db = rolecall::db::Database::open(&database)?;
                db.migrate().await.with_context(|| format!("cannot open the database {shown}"))?;
                let from = rolecall::db::unix_now() - since.as_secs() as i64;
                let report = rolecall::db::report::Report::read(&db, &store, from)
                    .await
                    .with_context(|| format!("cannot read the database {shown}"))?;
                db.close().await;
                anyhow::Ok(report)
            })?;
            if json {
                say!("{}", serde_json::to_string_pretty(&report)?);
            } else {
                say_raw!("{report}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Roles) => {
            let store = load(cli.knowledge.as_deref())?;
            say_raw!("{}", render::plain(&rolecall::ask(&store, "/roles"), width()));
            Ok(ExitCode::SUCCESS)
        }
        None if std::io::stdin().is_terminal() => {
            let store = load(cli.knowledge.as_deref())?;
            chat(store)?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            say!("rolecall answers questions about product roles. Try:");
            say!("  rolecall chat                 a local console");
            say!("  rolecall ask \"what is a PO?\"  one answer");
            say!("  rolecall --help               every command");
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The store to answer from: the folder given, else the one built in.
fn load(dir: Option<&std::path::Path>) -> anyhow::Result<Store> {
    let result = match dir {
        Some(dir) => Store::from_dir(dir),
        None => Store::embedded(),
    };
    result.map_err(|err| {
        for problem in &err.problems {
            eprintln!("{problem}");
        }
        anyhow::anyhow!("the knowledge store has {} problem(s); run `rolecall validate`", err.problems.len())
    })
}

fn validate(dir: Option<PathBuf>) -> ExitCode {
    let dir = dir.or_else(|| Some(PathBuf::from("knowledge")).filter(|d| d.is_dir()));
    let (name, result) = match &dir {
        Some(dir) => (dir.display().to_string(), Store::from_dir(dir)),
        None => ("the built-in store".to_owned(), Store::embedded()),
    };
    // the store loads; each example question must then be answered by its entry
    let root = dir.as_ref().map_or_else(|| "knowledge".to_owned(), |d| d.display().to_string());
    let result = result.and_then(|store| {
        let problems = rolecall::understand::examples::problems(&store, root.trim_end_matches('/'));
        if problems.is_empty() {
            Ok(store)
        } else {
            Err(rolecall::knowledge::LoadError { problems })
        }
    });
    match result {
        Ok(store) => {
            say!("{name}: ok: {}", store.summary());
            ExitCode::SUCCESS
        }
        Err(err) => {
            for problem in &err.problems {
                say!("{problem}");
            }
            eprintln!("{name}: {} problem(s)", err.problems.len());
            ExitCode::FAILURE
        }
    }
}

#[derive(Clone, Copy)]
enum Format {
    Plain,
    Markdown,
    Json,
}

fn show(answer: &rolecall::Answer, format: Format) -> String {
    match format {
        Format::Plain => render::plain(answer, width()),
        Format::Markdown => render::markdown(answer),
        Format::Json => render::json(answer) + "\n",
    }
}

fn ask(store: &Store, question: &str, format: Format, full: bool) -> anyhow::Result<()> {
    let answer = |memo: &mut rolecall::Memo, question: &str| {
        let understood = memo.read_once(question, || rolecall::understand(store, question));
        let understood = rolecall::Understood { full: full || understood.full, ..understood };
        let mut shown = memo.shown(store, &understood, |answer| show(answer, format));
        if !matches!(format, Format::Json) {
            shown.push('\n');
        }
        shown
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = if question == "-" {
        batch(answer, &mut out)
    } else {
        out.write_all(answer(&mut rolecall::Memo::default(), question).as_bytes()).and_then(|()| out.flush())
    };
    match written {
        // a reader that stops reading (`| head -1`) is not an error
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("writing answers"),
    }
}

/// Answers one question per line of stdin, in order, each line as soon as it can: questions
/// waiting together are answered on every core, each core composing a reading once, and the
/// answers flushed when none is waiting. While one batch is answered, the batch before is
/// written.
/// A line that is not UTF-8 is read with its bad bytes replaced, so it still gets its answer.
fn batch(answer: impl Fn(&mut rolecall::Memo, &str) -> String + Sync, out: &mut impl Write) -> std::io::Result<()> {
    const MOST_WAITING: usize = 4096;
    let (lines, waiting) = std::sync::mpsc::sync_channel::<std::io::Result<String>>(4 * MOST_WAITING);
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().split(b'\n') {
            let line = line.map(|bytes| {
                // (a line that is UTF-8 already, as nearly all are, is kept without a copy)
                let mut text =
                    String::from_utf8(bytes).unwrap_or_else(|bad| String::from_utf8_lossy(bad.as_bytes()).into_owned());
                if text.ends_with('\r') {
                    text.pop();
                }
                text
            });
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|scope| {
        let answer = &answer;
        let workers: Vec<Worker> = (0..cores).map(|_| Worker::start(scope, answer)).collect();
        // how many workers were given a part of the batch not yet written
        let mut given = 0;
        let mut next = None;
        loop {
            let first = match next.take() {
                Some(line) => line,
                None => {
                    // nothing is waiting: show what is answered before waiting for more
                    write_answers(&workers[..given], out)?;
                    given = 0;
                    out.flush()?;
                    match waiting.recv() {
                        Ok(line) => line,
                        Err(_) => break,
                    }
                }
            };
            let mut questions = Vec::with_capacity(MOST_WAITING);
            questions.push(first?);
            while questions.len() < MOST_WAITING {
                match waiting.try_recv() {
                    Ok(line) => questions.push(line?),
                    Err(_) => break,
                }
            }
            let share = questions.len().div_ceil(cores).max(256);
            let mut parts = Vec::new();
            while !questions.is_empty() {
                let rest = questions.split_off(share.min(questions.len()));
                parts.push(std::mem::replace(&mut questions, rest));
            }
            let before = given;
            given = parts.len();
            for (part, worker) in parts.into_iter().zip(&workers) {
                // (a worker gone has panicked: the scope says so when it ends)
                let _ = worker.give.send(part);
            }
            write_answers(&workers[..before], out)?;
            next = waiting.try_recv().ok();
        }
        Ok(())
    })
}

/// A thread that answers the parts of batches it is given, in order, with a memo of its own.
struct Worker {
    give: std::sync::mpsc::Sender<Vec<String>>,
    answered: std::sync::mpsc::Receiver<Vec<String>>,
}

impl Worker {
    fn start<'scope, 'env>(
        scope: &'scope std::thread::Scope<'scope, 'env>,
        answer: &'env (impl Fn(&mut rolecall::Memo, &str) -> String + Sync),
    ) -> Worker {
        let (give, parts) = std::sync::mpsc::channel::<Vec<String>>();
        let (done, answered) = std::sync::mpsc::channel();
        scope.spawn(move || {
            let mut memo = rolecall::Memo::default();
            for part in parts {
                let answers: Vec<String> = part.iter().map(|q| answer(&mut memo, q)).collect();
                if done.send(answers).is_err() {
                    break;
                }
            }
        });
        Worker { give, answered }
    }
}

/// Writes the answers to the parts these workers were given, in order.
fn write_answers(workers: &[Worker], out: &mut impl Write) -> std::io::Result<()> {
    for worker in workers {
        // (none comes from a worker that panicked: the scope says so when it ends)
        let Ok(answers) = worker.answered.recv() else { break };
        for shown in &answers {
            out.write_all(shown.as_bytes())?;
        }
    }
    Ok(())
}

/// The width to wrap answers at: `COLUMNS` when set, else the terminal's own width, else 80.
fn width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .or_else(|| terminal_size::terminal_size().map(|(terminal_size::Width(w), _)| usize::from(w)))
        .unwrap_or(80)
}

/// The local console: a prompt with line editing and history when stdin is a terminal, plain
/// lines otherwise.
fn chat(store: Store) -> anyhow::Result<()> {
    let knowledge = Arc::new(LiveStore::fixed(store));
    let bot = rolecall::bot::Bot::new(knowledge, Default::default(), std::time::Duration::ZERO);
    let answer = |line: &str| render::plain(&bot.ask(rolecall::bot::Origin::new("console", line)), width());
    const GREETING: &str = "rolecall console. Ask about product roles, or type /help. Ctrl-D or /quit leaves.";
    if !std::io::stdin().is_terminal() {
        for line in std::io::stdin().lock().lines() {
            let line = line?;
            if is_quit(&line) {
                break;
            }
            say!("{}", answer(&line));
        }
        return Ok(());
    }
    say!("{GREETING}");
    let mut editor = rustyline::DefaultEditor::new().context("starting the console")?;
    loop {
        match editor.readline("rolecall> ") {
            Ok(line) => {
                if line.trim().is_empty() {
                    continue;
                }
                let _ = editor.add_history_entry(line.as_str());
                if is_quit(&line) {
                    break;
                }
                say!("{}", answer(&line));
            }
            Err(rustyline::error::ReadlineError::Interrupted) => continue,
            Err(rustyline::error::ReadlineError::Eof) => break,
            Err(err) => return Err(err).context("reading the console"),
        }
    }
    Ok(())
}

fn is_quit(line: &str) -> bool {
    matches!(line.trim(), "/quit" | "/exit" | "quit" | "exit")
}
