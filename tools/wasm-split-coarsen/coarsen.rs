//! Fewer, larger shared files: added to wasm-split-cli by scripts/setup
//! (see this folder's README).
//!
//! wasm-split-cli gives every combination of split points that shares code
//! a file of its own: with six split points, 37 files, half of them under
//! 1 KB, and a page of the map needs 23 of them. Each one costs a request
//! (about 400 bytes of headers over HTTP/1.1), a compression of its own and
//! an instantiation on the main thread.
//!
//! A shared file is loaded whenever any split point of its set is. So code
//! may move from the file of set S to the file of any set T that contains
//! S: every split point that needs it still loads it, as T's file; split
//! points of T outside S load it without running it. Nothing else changes:
//! the files import only the core's memory and table, and call one another
//! through the table, so none depends on another being present to start.
//!
//! The files under `WASM_SPLIT_MERGE_BELOW` bytes of code (6,000 unless
//! set), smallest first, each move into the containing set's file that adds
//! the fewest bytes to pages that do not need them (size times the split
//! points it is new to), or a file for every split point if none contains
//! it.

use std::collections::{BTreeSet, HashMap};

use crate::dep_graph::DepNode;
use crate::read::InputModule;
use crate::split_point::{OutputModuleInfo, SplitModuleIdentifier};

const DEFAULT_MERGE_BELOW: u64 = 6_000;

pub(crate) fn coarsen<V>(
    module: &InputModule,
    contents: &mut HashMap<SplitModuleIdentifier, OutputModuleInfo>,
    split_points: &HashMap<String, V>,
) {
    let below = std::env::var("WASM_SPLIT_MERGE_BELOW")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(DEFAULT_MERGE_BELOW);
    let every: BTreeSet<String> = split_points.keys().cloned().collect();
    if below == 0 || every.len() < 2 {
        return;
    }
    // Chunks that get no code they do not use (`WASM_SPLIT_KEEP_APART`, a
    // comma-separated list): one a page may load on its own, such as the
    // one that reads a catalogue, would otherwise collect everyone's code.
    let apart: BTreeSet<String> = std::env::var("WASM_SPLIT_KEEP_APART")
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect();
    let allowed = |target: &BTreeSet<String>, small: &BTreeSet<String>| {
        target.iter().all(|chunk| !apart.contains(chunk) || small.contains(chunk))
    };
    let code_size = |info: &OutputModuleInfo| -> u64 {
        info.included_symbols
            .iter()
            .filter_map(|node| match node {
                DepNode::Function(id) => id
                    .checked_sub(module.imported_funcs.len())
                    .and_then(|defined| module.defined_funcs.get(defined))
                    .map(|func| {
                        let range = func.body.range();
                        range.end - range.start
                    }),
                _ => None,
            })
            .sum()
    };
    let mut keep: BTreeSet<BTreeSet<String>> = BTreeSet::new();
    loop {
        let mut sets: Vec<(BTreeSet<String>, u64)> = contents
            .iter()
            .filter_map(|(id, info)| match id {
                SplitModuleIdentifier::Chunk(set) => Some((set.clone(), code_size(info))),
                _ => None,
            })
            .collect();
        // Smallest first; ties by the set itself, so the result never
        // depends on the map's order.
        sets.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
        let Some((small, size)) =
            sets.iter().find(|(set, size)| *size < below && *set != every && !keep.contains(set)).cloned()
        else {
            return;
        };
        let target = sets
            .iter()
            .filter(|(set, _)| set.len() > small.len() && set.is_superset(&small) && allowed(set, &small))
            .min_by(|a, b| {
                let cost = |set: &BTreeSet<String>| size * (set.len() - small.len()) as u64;
                cost(&a.0).cmp(&cost(&b.0)).then_with(|| a.1.cmp(&b.1)).then_with(|| a.0.cmp(&b.0))
            })
            .map(|(set, _)| set.clone())
            .unwrap_or_else(|| {
                every.iter().filter(|c| allowed(&BTreeSet::from([(*c).clone()]), &small)).cloned().collect()
            });
        if target == small {
            // Nowhere to go without giving a chunk kept apart code it does
            // not use.
            keep.insert(small);
            continue;
        }
        let Some(moved) = contents.remove(&SplitModuleIdentifier::Chunk(small)) else {
            return;
        };
        let into = contents.entry(SplitModuleIdentifier::Chunk(target)).or_default();
        into.included_symbols.extend(moved.included_symbols);
    }
}
