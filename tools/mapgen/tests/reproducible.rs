//! The committed `public/data/map.json` is exactly what the generator makes
//! from the pinned `world-atlas` package, so the geometry can always be
//! rebuilt and reviewed.

use std::path::Path;
use std::process::Command;

#[test]
fn committed_map_matches_a_fresh_run() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let input = root.join("node_modules/world-atlas/countries-50m.json");
    assert!(input.exists(), "{} is missing: run scripts/setup (npm packages) first", input.display());
    let output = std::env::temp_dir().join(format!("map-{}.json", std::process::id()));
    let status = Command::new(env!("CARGO_BIN_EXE_mapgen")).arg(&input).arg(&output).status();
    assert!(status.is_ok_and(|s| s.success()), "mapgen failed");
    let fresh = std::fs::read_to_string(&output).unwrap_or_default();
    let committed = std::fs::read_to_string(root.join("public/data/map.json")).unwrap_or_default();
    let _ = std::fs::remove_file(&output);
    assert!(!fresh.is_empty());
    assert!(fresh == committed, "public/data/map.json is stale: run `cargo run -p mapgen --release`");
}
