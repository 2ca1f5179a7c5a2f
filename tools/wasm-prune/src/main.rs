//! Drops the async hydration code the app never runs from its wasm.
//!
//!   wasm-prune <in.wasm> <out.wasm>
//!
//! Run by `scripts/post-build` on wasm-bindgen's output (which still has
//! its names section), before wasm-opt: see `lib.rs` for why and how.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: wasm-prune <in.wasm> <out.wasm>");
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
