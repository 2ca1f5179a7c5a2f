//! Drops the async hydration code the app never runs from its wasm.
//!
//! **Why.** Leptos's type-erased view (`AnyView`, in tachys) stores, for
//! every view type made into one, a pointer to that type's `hydrate_async`:
//! the asynchronous way of hydrating that `hydrate_lazy`, islands and
//! `FlatRoutes` use. This site hydrates synchronously (`hydrate_body` with
//! `Routes`), so none of that code ever runs. But a function whose address
//! is stored in memory is never dropped, by the compiler or by wasm-opt,
//! and with every component type-erased (`erase_components`) there are
//! about 160 such view types: a tenth of the app's code, about 24 KB of
//! brotli on every first visit (measured in `scripts/size`).
//!
//! **What.** Every function whose name places it in `hydrate_async` gets a
//! body of one `unreachable`; wasm-opt then drops everything only those
//! functions reached. It needs the names section, so it runs on
//! wasm-bindgen's output, before wasm-opt (`scripts/post-build`).
//!
//! **Guards.** A function of the family is left as it is when something
//! outside the family calls it (the compiler folds identical helpers of
//! `hydrate` and `hydrate_async` into one function, which may carry the
//! async name), or when it is small enough to be an identical twin of a
//! live function reached through a pointer. The run fails when the module
//! has no names, when it contains an entry point of async hydration (the
//! code is then live), or when it has no function of the family at all
//! (Leptos changed: the step needs a look). A call into a pruned function
//! would trap: the end-to-end suite hydrates and navigates every route and
//! fails on any console error.

use std::collections::HashSet;
use std::fmt;

use walrus::ir::{Call, Unreachable, Visitor, dfs_in_order};
use walrus::{FunctionId, FunctionKind, Module};

/// The part of a demangled name that places a function in the async
/// hydration path: `<T as IntoAny>::into_any::hydrate_async`, each view's
/// `RenderHtml::hydrate_async` and the closures (state machines) inside.
pub const FAMILY: &str = "hydrate_async";

/// Functions that start async hydration (Leptos's mount functions other
/// than `hydrate_body`). If a function whose name begins with one is in the
/// module, the family is live code and must stay.
pub const ENTRY_POINTS: &[&str] =
    &["leptos::mount::hydrate_lazy", "leptos::mount::hydrate_from_async", "leptos::mount::hydrate_islands"];

/// Bodies of fewer instructions are kept: short enough to have been
/// folded with an identical live function.
pub const MIN_INSTRUCTIONS: u64 = 20;

/// What a run did.
#[derive(Debug, PartialEq, Eq)]
pub struct Report {
    /// Functions whose body became `unreachable`.
    pub pruned: usize,
    /// Functions of the family kept because code outside it calls them.
    pub kept_called: usize,
    /// Functions of the family kept because they are small.
    pub kept_small: usize,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} functions of {FAMILY} pruned; kept {} called from live code and {} under {MIN_INSTRUCTIONS} instructions",
            self.pruned, self.kept_called, self.kept_small
        )
    }
}

/// Why a module cannot be pruned.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// No function has a name: this is not wasm-bindgen's output (wasm-opt
    /// drops the names).
    NoNames,
    /// The module starts async hydration itself (the named function).
    AsyncHydrationUsed(String),
    /// No function of the family at all: Leptos renamed or removed it, and
    /// this step needs a look (an update, or no longer needed).
    NoFamily,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::NoNames => write!(
                f,
                "the module has no function names; run on wasm-bindgen's output, before wasm-opt \
                 (index.html keeps data-wasm-opt=\"0\" on the app)"
            ),
            Refusal::AsyncHydrationUsed(name) => {
                write!(f, "the app uses async hydration ({name}); its code is live and cannot be pruned")
            }
            Refusal::NoFamily => write!(
                f,
                "no function named with {FAMILY}: has Leptos changed? update tools/wasm-prune, or drop \
                 the step from scripts/post-build if the code is gone"
            ),
        }
    }
}

/// Prunes the async hydration family from `module` (see the module docs).
pub fn prune(module: &mut Module) -> Result<Report, Refusal> {
    let mut named = 0;
    for function in module.funcs.iter() {
        let Some(name) = function.name.as_deref() else { continue };
        named += 1;
        if let Some(entry) = ENTRY_POINTS.iter().find(|entry| name.starts_with(*entry)) {
            return Err(Refusal::AsyncHydrationUsed((*entry).to_owned()));
        }
    }
    if named == 0 {
        return Err(Refusal::NoNames);
    }

    let mut family: HashSet<FunctionId> = module
        .funcs
        .iter()
        .filter(|f| matches!(f.kind, FunctionKind::Local(_)))
        .filter(|f| f.name.as_deref().is_some_and(|name| name.contains(FAMILY)))
        .map(|f| f.id())
        .collect();
    if family.is_empty() {
        return Err(Refusal::NoFamily);
    }

    // Whatever live code calls is live, and so is what that calls: repeat
    // until no function outside the family calls one inside.
    let mut kept_called = 0;
    loop {
        let called = called_from_outside(module, &family);
        if called.is_empty() {
            break;
        }
        kept_called += called.len();
        family.retain(|id| !called.contains(id));
    }

    let before = family.len();
    family.retain(|id| match &module.funcs.get(*id).kind {
        FunctionKind::Local(local) => local.size() >= MIN_INSTRUCTIONS,
        _ => false,
    });
    let kept_small = before - family.len();

    for id in &family {
        if let FunctionKind::Local(local) = &mut module.funcs.get_mut(*id).kind {
            let entry = local.entry_block();
            let body = local.block_mut(entry);
            body.instrs.clear();
            body.instrs.push((Unreachable {}.into(), Default::default()));
        }
    }
    Ok(Report { pruned: family.len(), kept_called, kept_small })
}

/// The functions of `family` that a function outside it calls directly.
fn called_from_outside(module: &Module, family: &HashSet<FunctionId>) -> HashSet<FunctionId> {
    struct Calls<'a> {
        family: &'a HashSet<FunctionId>,
        found: HashSet<FunctionId>,
    }
    impl Visitor<'_> for Calls<'_> {
        fn visit_call(&mut self, call: &Call) {
            if self.family.contains(&call.func) {
                self.found.insert(call.func);
            }
        }
    }
    let mut calls = Calls { family, found: HashSet::new() };
    for function in module.funcs.iter().filter(|f| !family.contains(&f.id())) {
        if let FunctionKind::Local(local) = &function.kind {
            dfs_in_order(&mut calls, local, local.entry_block());
        }
    }
    calls.found
}

#[cfg(test)]
mod tests {
    use super::*;
    use walrus::ir::{BinaryOp, Instr};
    use walrus::{FunctionBuilder, ModuleConfig, ValType};

    /// A function named `name` returning an i32 computed in `work`
    /// instructions (2 + 2 per step), calling `calls` first.
    fn function(module: &mut Module, name: &str, work: u32, calls: &[FunctionId]) -> FunctionId {
        let mut builder = FunctionBuilder::new(&mut module.types, &[], &[ValType::I32]);
        let mut body = builder.func_body();
        for callee in calls {
            body.call(*callee).drop();
        }
        body.i32_const(1);
        for step in 0..work {
            body.i32_const(i32::try_from(step).unwrap_or(0)).binop(BinaryOp::I32Add);
        }
        let id = builder.finish(vec![], &mut module.funcs);
        module.funcs.get_mut(id).name = Some(name.to_owned());
        id
    }

    fn is_stub(module: &Module, id: FunctionId) -> bool {
        match &module.funcs.get(id).kind {
            FunctionKind::Local(local) => {
                let body = &local.block(local.entry_block()).instrs;
                body.len() == 1
                    && body.first().is_some_and(|(instr, _)| matches!(instr, Instr::Unreachable(_)))
            }
            _ => false,
        }
    }

    #[test]
    fn prunes_the_family_but_what_live_code_calls() {
        let mut module = Module::with_config(ModuleConfig::new());
        let big = 20;
        let shared = function(&mut module, "tachys::X::hydrate_async::{{closure}}::inner_1", big, &[]);
        let only_async = function(&mut module, "tachys::Y::hydrate_async::{{closure}}::prep", big, &[]);
        let state_machine = function(
            &mut module,
            "<T as IntoAny>::into_any::hydrate_async::{{closure}}",
            big,
            &[only_async, shared],
        );
        let pointer_target =
            function(&mut module, "<T as IntoAny>::into_any::hydrate_async", big, &[state_machine]);
        let small = function(&mut module, "tachys::Z::hydrate_async::{{closure}}", 2, &[]);
        let live = function(&mut module, "<T as IntoAny>::into_any::hydrate_from_server", big, &[shared]);

        let report = prune(&mut module);

        assert_eq!(report, Ok(Report { pruned: 3, kept_called: 1, kept_small: 1 }));
        for id in [state_machine, pointer_target, only_async] {
            assert!(is_stub(&module, id), "{:?} pruned", module.funcs.get(id).name);
        }
        for id in [shared, small, live] {
            assert!(!is_stub(&module, id), "{:?} kept", module.funcs.get(id).name);
        }
    }

    #[test]
    fn what_a_kept_function_calls_is_kept_too() {
        let mut module = Module::with_config(ModuleConfig::new());
        let deep = function(&mut module, "a::hydrate_async::deep", 20, &[]);
        let middle = function(&mut module, "a::hydrate_async::middle", 20, &[deep]);
        let _live = function(&mut module, "a::hydrate", 20, &[middle]);

        assert_eq!(prune(&mut module), Ok(Report { pruned: 0, kept_called: 2, kept_small: 0 }));
        assert!(!is_stub(&module, deep));
    }

    #[test]
    fn refuses_a_module_that_hydrates_asynchronously() {
        let mut module = Module::with_config(ModuleConfig::new());
        function(&mut module, "x::hydrate_async", 20, &[]);
        function(&mut module, "leptos::mount::hydrate_lazy::{{closure}}", 20, &[]);
        assert_eq!(
            prune(&mut module),
            Err(Refusal::AsyncHydrationUsed("leptos::mount::hydrate_lazy".to_owned()))
        );
    }

    #[test]
    fn refuses_a_module_without_the_family() {
        let mut module = Module::with_config(ModuleConfig::new());
        function(&mut module, "x::hydrate", 20, &[]);
        assert_eq!(prune(&mut module), Err(Refusal::NoFamily));
    }

    #[test]
    fn refuses_a_module_without_names() {
        let mut module = Module::with_config(ModuleConfig::new());
        let id = function(&mut module, "x::hydrate_async", 20, &[]);
        module.funcs.get_mut(id).name = None;
        assert_eq!(prune(&mut module), Err(Refusal::NoNames));
        assert!(!is_stub(&module, id));
    }
}
