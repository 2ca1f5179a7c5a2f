//! The single tab stop of a composite widget (the timeline's milestones,
//! the map's states): one item is reachable by Tab, the arrow keys move
//! between the others. The stop follows the selection, and starts on the
//! first item shown.

use leptos::prelude::*;

/// The index of the item that is the tab stop. `shown` lists the items in
/// order; `selected` is the selection, if shown.
pub fn use_roving_tab_stop(
    shown: Memo<Vec<usize>>,
    selected: Memo<Option<usize>>,
) -> RwSignal<Option<usize>> {
    let active = RwSignal::new(None::<usize>);
    Effect::new(move |_| {
        let first = shown.with(|s| s.first().copied());
        match selected.get() {
            Some(index) => active.set(Some(index)),
            None if active.get_untracked().is_none_or(|a| !shown.with_untracked(|s| s.contains(&a))) => {
                active.set(first)
            }
            None => {}
        }
    });
    active
}
