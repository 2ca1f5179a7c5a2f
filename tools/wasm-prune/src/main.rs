//! Drops the async hydration code the app never runs from its wasm.
//!
//!   wasm-prune [--chunk] <in.wasm> <out.wasm>
//!
//! Run by `scripts/post-build` on wasm-bindgen's output (which still has
//! its names section), before wasm-opt: see `lib.rs` for why and how.
//! `--chunk`: the module is one of the chunks split off the app, which
//! may hold none of the code (nothing to prune is then no error).

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let chunk = args.first().is_some_and(|a| a == "--chunk");
    if chunk {
        args.remove(0);
    }
    let [input, output] = args.as_slice() else {
        eprintln!("usage: wasm-prune [--chunk] <in.wasm> <out.wasm>");
        return ExitCode::from(2);
    };
    let mut module = match walrus::Module::from_file(input) {
        Ok(module) => module,
        Err(error) => {
            eprintln!("wasm-prune: cannot read {input}: {error:#}");
            return ExitCode::FAILURE;
        }
    };
    match wasm_prune::prune(&mut module) {
        Ok(report) => eprintln!("wasm-prune: {report}"),
        Err(wasm_prune::Refusal::NoFamily) if chunk => eprintln!("wasm-prune: {input}: nothing to prune"),
        Err(error) => {
            eprintln!("wasm-prune: {error}");
            return ExitCode::FAILURE;
        }
    }
    if let Err(error) = module.emit_wasm_file(output) {
        eprintln!("wasm-prune: cannot write {output}: {error:#}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
