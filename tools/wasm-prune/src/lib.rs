//! Drops the async hydration code the app never runs from its wasm.
//!
//! **Why.** Leptos's type-erased view (`AnyView`, in tachys) stores, for
//! every view type made into one, a pointer to that type's `hydrate_async`:
//! the asynchronous way of hydrating, which only `hydrate_lazy` (through
//! `hydrate_from_async`) starts. This site hydrates synchronously
//! (`hydrate_body`), so none of that code ever runs. But a function whose
//! address is stored in memory is never dropped, by the compiler or by
//! wasm-opt, and with every component type-erased (`erase_components`)
//! there are about 160 such view types: 21.5 KB of brotli on every first
//! visit (measured with `scripts/size`).
//!
//! **What.** Every function that is itself a `hydrate_async` or a closure
//! inside one gets a body of one `unreachable`; wasm-opt then drops what
//! nothing else reaches any more. It needs the names section, so it runs on
//! wasm-bindgen's output, before wasm-opt (`scripts/post-build`).
//!
//! **Guards.** The compiler folds functions with identical code into one,
//! which keeps one of their names. So a function of the family is left as
//! it is when something outside the family calls it or takes its address
//! (the helpers of `hydrate` and `hydrate_async` are folded so, and live
//! code calls them under the async name); when it is short (the likeliest
//! to be identical to an unrelated live function), together with what it
//! calls; and when the name mentions `hydrate_async` only in a type
//! argument (drop glue for the async state machines, which is often
//! identical to that of other types). The run fails when the module has no
//! names, when it contains a function that starts async hydration, or when
//! it has no function of the family at all (Leptos changed: the step needs a
//! look). What the guards cannot rule out is a long function folded with a
//! live one that is reached only through a pointer; a call into a pruned
//! function traps, and the end-to-end suite, which hydrates and navigates
//! every route and widget, fails on any uncaught page error.

use std::collections::HashSet;
use std::fmt;

use walrus::ir::{Unreachable, Visitor, dfs_in_order};
use walrus::{FunctionId, FunctionKind, Module};

/// The name of the async hydration methods: a function whose own path
/// (not a type argument) holds it is in the family.
pub const FAMILY: &str = "hydrate_async";

/// The functions that start async hydration (`hydrate_lazy` calls
/// `hydrate_from_async`). Either name anywhere in the module means the
/// family is live code and must stay.
pub const ENTRY_POINTS: &[&str] = &["hydrate_lazy", "hydrate_from_async"];

/// Bodies of fewer instructions are kept, with what they call.
pub const MIN_INSTRUCTIONS: u64 = 20;

/// What a run did.
#[derive(Debug, PartialEq, Eq)]
pub struct Report {
    /// Functions whose body became `unreachable`.
    pub pruned: usize,
    /// Functions of the family kept because code outside it calls them
    /// or takes their address.
    pub kept_called: usize,
    /// Functions of the family kept because they are short.
    pub kept_small: usize,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} functions of {FAMILY} pruned; kept {} under {MIN_INSTRUCTIONS} instructions and {} used by code \
             outside the family",
            self.pruned, self.kept_small, self.kept_called
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
        if let Some(entry) = ENTRY_POINTS.iter().find(|entry| name.contains(*entry)) {
            return Err(Refusal::AsyncHydrationUsed((*entry).to_owned()));
        }
    }
    // A chunk may hold data and no code at all: then there is no name to
    // miss, and nothing of the family to prune.
    let defines_code = module.funcs.iter().any(|f| matches!(f.kind, FunctionKind::Local(_)));
    if named == 0 && defines_code {
        return Err(Refusal::NoNames);
    }

    let mut family: HashSet<FunctionId> = module
        .funcs
        .iter()
        .filter(|f| matches!(f.kind, FunctionKind::Local(_)))
        .filter(|f| f.name.as_deref().is_some_and(in_family))
        .map(|f| f.id())
        .collect();
    if family.is_empty() {
        return Err(Refusal::NoFamily);
    }

    // Short functions leave the family first, so that the loop below keeps
    // what they call as well.
    let before = family.len();
    family.retain(|id| match &module.funcs.get(*id).kind {
        FunctionKind::Local(local) => local.size() >= MIN_INSTRUCTIONS,
        _ => false,
    });
    let kept_small = before - family.len();

    // Whatever code outside the family uses is live, and so is what that
    // uses: repeat until nothing outside uses a function inside.
    let mut kept_called = 0;
    loop {
        let used = used_from_outside(module, &family);
        if used.is_empty() {
            break;
        }
        kept_called += used.len();
        family.retain(|id| !used.contains(id));
    }

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

/// Whether a demangled name is a `hydrate_async` or a closure inside one:
/// [`FAMILY`] in the function's own path, not only inside type arguments
/// (`drop_in_place<…hydrate_async…>` is not).
pub fn in_family(name: &str) -> bool {
    let mut own_path = String::with_capacity(name.len());
    let mut depth = 0usize;
    let mut previous = ' ';
    for c in name.chars() {
        match c {
            '<' => depth += 1,
            // `->` in a closure's type is not the end of an argument list.
            '>' if previous != '-' => depth = depth.saturating_sub(1),
            _ if depth == 0 => own_path.push(c),
            _ => {}
        }
        previous = c;
    }
    own_path.contains(FAMILY)
}

/// The functions of `family` that a function outside it calls (`call`,
/// `return_call`) or takes the address of (`ref.func`).
fn used_from_outside(module: &Module, family: &HashSet<FunctionId>) -> HashSet<FunctionId> {
    struct Uses<'a> {
        family: &'a HashSet<FunctionId>,
        found: HashSet<FunctionId>,
    }
    impl Visitor<'_> for Uses<'_> {
        fn visit_function_id(&mut self, function: &FunctionId) {
            if self.family.contains(function) {
                self.found.insert(*function);
            }
        }
    }
    let mut uses = Uses { family, found: HashSet::new() };
    for function in module.funcs.iter().filter(|f| !family.contains(&f.id())) {
        if let FunctionKind::Local(local) = &function.kind {
            dfs_in_order(&mut uses, local, local.entry_block());
        }
    }
    uses.found
}

#[cfg(test)]
mod tests {
    use super::*;
    use walrus::ir::{Instr, UnaryOp};
    use walrus::{FunctionBuilder, ModuleConfig, ValType};

    /// How a test function reaches the functions it uses.
    #[derive(Clone, Copy)]
    enum Reach {
        Call,
        TailCall,
        CallInBlock,
    }

    /// A function named `name` returning an i32 in `size` instructions
    /// (a constant and `size - 1` tests for zero; at least 1), after using
    /// each of `uses` the way `reach` says.
    fn function(module: &mut Module, name: &str, size: u32, uses: &[FunctionId], reach: Reach) -> FunctionId {
        let mut builder = FunctionBuilder::new(&mut module.types, &[], &[ValType::I32]);
        let mut body = builder.func_body();
        for callee in uses {
            match reach {
                Reach::Call => {
                    body.call(*callee).drop();
                }
                Reach::CallInBlock => {
                    body.block(None, |block| {
                        block.call(*callee).drop();
                    });
                }
                Reach::TailCall => {}
            }
        }
        body.i32_const(1);
        for _ in 1..size {
            body.unop(UnaryOp::I32Eqz);
        }
        if let (Reach::TailCall, Some(callee)) = (reach, uses.first()) {
            body.drop().return_call(*callee);
        }
        let id = builder.finish(vec![], &mut module.funcs);
        module.funcs.get_mut(id).name = Some(name.to_owned());
        id
    }

    /// A function of `BIG` instructions that uses nothing.
    fn leaf(module: &mut Module, name: &str) -> FunctionId {
        function(module, name, BIG, &[], Reach::Call)
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

    fn size(module: &Module, id: FunctionId) -> u64 {
        match &module.funcs.get(id).kind {
            FunctionKind::Local(local) => local.size(),
            _ => 0,
        }
    }

    const BIG: u32 = 41;

    #[test]
    fn the_test_functions_have_the_sizes_asked_for() {
        let mut module = Module::with_config(ModuleConfig::new());
        for wanted in [19, 20, 41] {
            let id = function(&mut module, "f", wanted, &[], Reach::Call);
            assert_eq!(size(&module, id), u64::from(wanted), "{wanted}");
        }
    }

    #[test]
    fn prunes_the_family_but_what_live_code_calls() {
        let mut module = Module::with_config(ModuleConfig::new());
        let shared = leaf(&mut module, "tachys::X::hydrate_async::{{closure}}::inner_1");
        let only_async = leaf(&mut module, "tachys::Y::hydrate_async::{{closure}}::prep");
        let state_machine = function(
            &mut module,
            "<T as IntoAny>::into_any::hydrate_async::{{closure}}",
            BIG,
            &[only_async, shared],
            Reach::Call,
        );
        let pointer_target = function(
            &mut module,
            "<T as IntoAny>::into_any::hydrate_async",
            BIG,
            &[state_machine],
            Reach::Call,
        );
        let live = function(
            &mut module,
            "<T as IntoAny>::into_any::hydrate_from_server",
            BIG,
            &[shared],
            Reach::Call,
        );

        assert_eq!(prune(&mut module), Ok(Report { pruned: 3, kept_called: 1, kept_small: 0 }));
        for id in [state_machine, pointer_target, only_async] {
            assert!(is_stub(&module, id), "{:?} pruned", module.funcs.get(id).name);
        }
        for id in [shared, live] {
            assert!(!is_stub(&module, id), "{:?} kept", module.funcs.get(id).name);
        }
    }

    #[test]
    fn tail_calls_and_calls_in_blocks_count_as_live_uses() {
        for reach in [Reach::TailCall, Reach::CallInBlock] {
            let mut module = Module::with_config(ModuleConfig::new());
            let helper = leaf(&mut module, "a::hydrate_async::helper");
            let live = function(&mut module, "a::hydrate", BIG, &[helper], reach);
            assert_eq!(prune(&mut module), Ok(Report { pruned: 0, kept_called: 1, kept_small: 0 }));
            assert!(!is_stub(&module, helper) && !is_stub(&module, live));
        }
    }

    #[test]
    fn what_a_kept_function_calls_is_kept_too() {
        let mut module = Module::with_config(ModuleConfig::new());
        let deep = leaf(&mut module, "a::hydrate_async::deep");
        let middle = function(&mut module, "a::hydrate_async::middle", BIG, &[deep], Reach::Call);
        let _live = function(&mut module, "a::hydrate", BIG, &[middle], Reach::Call);

        assert_eq!(prune(&mut module), Ok(Report { pruned: 0, kept_called: 2, kept_small: 0 }));
        assert!(!is_stub(&module, deep));
    }

    #[test]
    fn a_short_function_is_kept_with_what_it_calls() {
        let mut module = Module::with_config(ModuleConfig::new());
        let callee = leaf(&mut module, "a::hydrate_async::{{closure}}");
        let short = function(&mut module, "b::hydrate_async::{{closure}}", 5, &[callee], Reach::Call);
        let just_long_enough = function(&mut module, "c::hydrate_async", 20, &[], Reach::Call);
        let just_too_short = function(&mut module, "d::hydrate_async", 19, &[], Reach::Call);

        assert_eq!(prune(&mut module), Ok(Report { pruned: 1, kept_called: 1, kept_small: 2 }));
        assert!(!is_stub(&module, short) && !is_stub(&module, callee) && !is_stub(&module, just_too_short));
        assert!(is_stub(&module, just_long_enough));
    }

    #[test]
    fn the_family_is_named_in_the_functions_own_path() {
        assert!(in_family("<T as tachys::view::any_view::IntoAny>::into_any::hydrate_async::h0123"));
        assert!(in_family(
            "<tachys::html::element::HtmlElement<E,At,Ch> as tachys::view::RenderHtml>::hydrate_async::{{closure}}"
        ));
        assert!(!in_family(
            "core::ptr::drop_in_place<<T as IntoAny>::into_any::hydrate_async<X>::{{closure}}>"
        ));
        assert!(!in_family("<alloc::boxed::Box<dyn FnOnce() -> hydrate_async> as Fn>::call"));
        assert!(in_family("<F as Fn() -> T>::hydrate_async::{{closure}}"));
        assert!(!in_family("tachys::X::hydrate::h0123"));
    }

    #[test]
    fn refuses_a_module_that_hydrates_asynchronously() {
        let mut module = Module::with_config(ModuleConfig::new());
        leaf(&mut module, "x::hydrate_async");
        leaf(&mut module, "app::main::{{closure}}::hydrate_from_async::{{closure}}");
        assert_eq!(prune(&mut module), Err(Refusal::AsyncHydrationUsed("hydrate_from_async".to_owned())));
    }

    #[test]
    fn refuses_a_module_without_the_family() {
        let mut module = Module::with_config(ModuleConfig::new());
        leaf(&mut module, "x::hydrate");
        leaf(&mut module, "core::ptr::drop_in_place<x::hydrate_async::{{closure}}>");
        assert_eq!(prune(&mut module), Err(Refusal::NoFamily));
    }

    #[test]
    fn a_module_without_code_has_no_family_to_prune() {
        let mut module = Module::with_config(ModuleConfig::new());
        assert_eq!(prune(&mut module), Err(Refusal::NoFamily));
    }

    #[test]
    fn refuses_a_module_without_names() {
        let mut module = Module::with_config(ModuleConfig::new());
        let id = leaf(&mut module, "x::hydrate_async");
        module.funcs.get_mut(id).name = None;
        assert_eq!(prune(&mut module), Err(Refusal::NoNames));
        assert!(!is_stub(&module, id));
    }
}
