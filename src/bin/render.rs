//! Pre-renders every page of the built site (see `prerender`).
//!
//! ```text
//! render [--dist dist] [--data public/data] [--strict] [--today YYYY-MM-DD] [--no-compress]
//! ```
//!
//! Lists every entry the tolerant readers skipped or repaired (file, where
//! in it, and why); `--strict` fails if there is any.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use budapest_process_site::model::date::Date;
use budapest_process_site::prerender::{Options, run};

fn main() -> ExitCode {
    let options = match parse(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("render: {message}");
            eprintln!(
                "usage: render [--dist DIR] [--data DIR] [--strict] [--today YYYY-MM-DD] [--no-compress]"
            );
            return ExitCode::from(2);
        }
    };
    let started = Instant::now();
    let result = run(&options);
    let summary = match result {
        Ok(summary) => summary,
        Err(message) => {
            eprintln!("render: {message}");
            return ExitCode::FAILURE;
        }
    };
    for skipped in &summary.skipped {
        println!("skipped: {}: {}", skipped.file, skipped.note);
    }
    println!(
        "render: {} pages ({:.1} MB of HTML and XML) from {} into {} in {:.1} s; {} entries skipped",
        summary.pages,
        summary.bytes as f64 / 1e6,
        options.data.display(),
        options.dist.display(),
        started.elapsed().as_secs_f64(),
        summary.skipped.len()
    );
    ExitCode::SUCCESS
}

fn parse(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut options = Options {
        dist: PathBuf::from("dist"),
        data: PathBuf::from("public/data"),
        strict: false,
        today: today(),
        compress: true,
    };
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--dist" => options.dist = value("--dist")?.into(),
            "--data" => options.data = value("--data")?.into(),
            "--strict" => options.strict = true,
            "--no-compress" => options.compress = false,
            "--today" => {
                let text = value("--today")?;
                options.today =
                    Date::parse_iso(&text).ok_or_else(|| format!("--today {text:?} is not YYYY-MM-DD"))?;
            }
            other => return Err(format!("unknown option {other:?}")),
        }
    }
    Ok(options)
}

/// Today in UTC: pages are rendered once for everyone; the app moves to
/// each visitor's own date when it starts.
fn today() -> Date {
    let seconds =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    Date::from_days_since_epoch(seconds / 86_400)
}
