//! The `rolecall` binary: a thin edge over the library's pure core.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use rolecall::{render, Store};

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
        /// The question; "-" reads questions from stdin, one per line.
        #[arg(required = true, num_args = 1.., value_name = "QUESTION")]
        question: Vec<String>,
    },
    /// Try the bot in a local console.
    Chat,
    /// Check a knowledge folder and print every problem (default: ./knowledge when present).
    Validate,
    /// List the roles, grouped by family.
    Roles,
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into()))
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("rolecall: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Some(Command::Validate) => Ok(validate(cli.knowledge)),
        Some(Command::Ask { json, markdown, question }) => {
            let store = load(cli.knowledge.as_deref())?;
            let format = if json {
                Format::Json
            } else if markdown {
                Format::Markdown
            } else {
                Format::Plain
            };
            ask(&store, &question.join(" "), format)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Chat) => {
            let store = load(cli.knowledge.as_deref())?;
            chat(&store)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Roles) => {
            let store = load(cli.knowledge.as_deref())?;
            print!("{}", render::plain(&rolecall::ask(&store, "/roles"), width()));
            Ok(ExitCode::SUCCESS)
        }
        None if std::io::stdin().is_terminal() => {
            let store = load(cli.knowledge.as_deref())?;
            chat(&store)?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            println!("rolecall answers questions about product roles. Try:");
            println!("  rolecall chat                 a local console");
            println!("  rolecall ask \"what is a PO?\"  one answer");
            println!("  rolecall --help               every command");
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
    match result {
        Ok(store) => {
            println!("{name}: ok: {}", store.summary());
            ExitCode::SUCCESS
        }
        Err(err) => {
            for problem in &err.problems {
                println!("{problem}");
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

fn ask(store: &Store, question: &str, format: Format) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if question == "-" {
        for line in std::io::stdin().lock().lines() {
            let line = line.context("reading questions from stdin")?;
            out.write_all(show(&rolecall::ask(store, &line), format).as_bytes())?;
            if !matches!(format, Format::Json) {
                out.write_all(b"\n")?;
            }
        }
    } else {
        out.write_all(show(&rolecall::ask(store, question), format).as_bytes())?;
    }
    out.flush()?;
    Ok(())
}

/// The terminal width, from `COLUMNS`, else 80.
fn width() -> usize {
    std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()).unwrap_or(80)
}

/// The local console: a prompt with line editing and history when stdin is a terminal, plain
/// lines otherwise.
fn chat(store: &Store) -> anyhow::Result<()> {
    const GREETING: &str = "rolecall console. Ask about product roles, or type /help. Ctrl-D or /quit leaves.";
    if !std::io::stdin().is_terminal() {
        for line in std::io::stdin().lock().lines() {
            let line = line?;
            if is_quit(&line) {
                break;
            }
            println!("{}", render::plain(&rolecall::ask(store, &line), width()));
        }
        return Ok(());
    }
    println!("{GREETING}");
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
                println!("{}", render::plain(&rolecall::ask(store, &line), width()));
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
