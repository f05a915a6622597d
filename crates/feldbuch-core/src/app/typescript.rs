//! The window's TypeScript, generated from the action list: `ui/src/lib/bindings.ts` declares
//! every type a request or a response uses (found by walking the types, no list of them kept),
//! `ui/src/lib/api.ts` holds one typed function per action. A test fails when either file in the
//! repository differs from what this module makes (`UPDATE_BINDINGS=1` rewrites them).

use super::*;
use std::any::TypeId;
use std::collections::{BTreeMap, HashSet};
use ts_rs::TypeVisitor;

/// Collects the declaration of every named type reachable from the types it is shown.
#[derive(Default)]
struct Declarations {
    seen: HashSet<TypeId>,
    decls: BTreeMap<String, String>,
}

impl TypeVisitor for Declarations {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        if !self.seen.insert(TypeId::of::<T>()) {
            return;
        }
        if T::output_path().is_some() {
            self.decls.insert(T::ident(), numbers(&T::decl()));
        }
        T::visit_dependencies(self);
        T::visit_generics(self);
    }
}

/// ts-rs declares 64-bit integers as `bigint`; JSON carries every integer as a number, and ours
/// (counts, minutes, years, sequence numbers) stay far below 2^53, so the window reads numbers.
fn numbers(ts: &str) -> String {
    ts.replace("bigint", "number")
}

/// One action as the client sees it.
struct Action {
    area: &'static str,
    name: &'static str,
    request: Option<String>,
    response: Option<String>,
    progress: Option<String>,
}

fn ts_name<T: TS + 'static + ?Sized>() -> Option<String> {
    (TypeId::of::<T>() != TypeId::of::<()>()).then(|| numbers(&T::name()))
}

/// Every action, and the declarations of the types they use.
fn walk() -> (Vec<Action>, Declarations) {
    let mut decls = Declarations::default();
    decls.visit::<ErrorReply>();
    let mut actions = Vec::new();
    macro_rules! each {
        ($($area:ident :: $name:ident ( $req:ty $(, progress $prog:ty)? ) -> $resp:ty ;)*) => {$({
            #[allow(unused_imports)]
            use super::$area::*;
            decls.visit::<$req>();
            decls.visit::<$resp>();
            $(decls.visit::<$prog>();)?
            actions.push(Action {
                area: stringify!($area),
                name: stringify!($name),
                request: ts_name::<$req>(),
                response: ts_name::<$resp>(),
                progress: None $(.or(Some(<$prog as TS>::name())))?,
            });
        })*};
    }
    crate::for_each_action!(each);
    (actions, decls)
}

const HEADER: &str =
    "// Generated from the action list of feldbuch-core (src/app/) by ts-rs. Do not edit: run\n\
// `UPDATE_BINDINGS=1 cargo test -p feldbuch-core --lib typescript` after changing an action.\n";

/// `ui/src/lib/bindings.ts`: every type of every request and response.
pub fn bindings() -> String {
    let (_, decls) = walk();
    let mut out = format!("{HEADER}\n");
    for d in decls.decls.values() {
        out.push_str("export ");
        out.push_str(d);
        out.push('\n');
    }
    out
}

fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut up = false;
    for c in snake.chars() {
        if c == '_' {
            up = true;
        } else if up {
            out.extend(c.to_uppercase());
            up = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// `ui/src/lib/api.ts`: one function per action, each sending its request as `req`.
pub fn client() -> String {
    let (actions, decls) = walk();
    let mut out = format!(
        "{HEADER}// The only place in the UI that talks to Rust: one typed function per action. Every\n\
         // rejection is an IpcError whose `code` is a Fluent message id (see ./ipc.ts).\n\
         import {{ Channel }} from '@tauri-apps/api/core';\n\
         import {{ call }} from './ipc';\n\
         import type * as T from './bindings';\n\n\
         export * from './ipc';\n\n"
    );
    for a in &actions {
        let response = a
            .response
            .as_deref()
            .map_or_else(|| "void".to_string(), |r| qualify(r, &decls));
        let param = a
            .request
            .as_deref()
            .map(|r| format!("req: {}", qualify(r, &decls)))
            .unwrap_or_default();
        let req = if a.request.is_some() {
            "req"
        } else {
            "req: null"
        };
        let fname = camel(a.name);
        match &a.progress {
            None => out.push_str(&format!(
                "export const {fname} = ({param}): Promise<{response}> => call('{}', {{ {req} }});\n",
                a.name
            )),
            Some(p) => {
                let p = qualify(p, &decls);
                let sep = if param.is_empty() { "" } else { ", " };
                out.push_str(&format!(
                    "export const {fname} = ({param}{sep}onProgress: (p: {p}) => void): Promise<{response}> => {{\n\
                     \x20 const channel = new Channel<{p}>();\n\
                     \x20 channel.onmessage = onProgress;\n\
                     \x20 return call('{}', {{ {req}, onProgress: channel }});\n\
                     }};\n",
                    a.name
                ));
            }
        }
    }
    out
}

/// The table of every action for docs/IPC.md: command, area, request and response types (as
/// bindings.ts declares them).
pub fn action_table() -> String {
    let (actions, _) = walk();
    let mut out =
        String::from("| Command | Area | Request (`req`) | Response |\n|---|---|---|---|\n");
    for a in &actions {
        let mut response = a.response.clone().unwrap_or_else(|| "null".into());
        if let Some(p) = &a.progress {
            response.push_str(&format!(" (progress: `{p}` on `onProgress`)"));
        }
        out.push_str(&format!(
            "| `{}` | {} | `{}` | `{}` |\n",
            a.name,
            a.area,
            a.request.as_deref().unwrap_or("null"),
            response
        ));
    }
    out.replace("` (progress: `", " (progress: `")
        .replace("`)` |", "`) |")
}

/// A TypeScript type name with every declared type in it prefixed `T.` (the bindings' module).
fn qualify(ts: &str, decls: &Declarations) -> String {
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if decls.decls.contains_key(word.as_str()) {
            out.push_str("T.");
        }
        out.push_str(word);
        word.clear();
    };
    for c in ts.chars() {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use std::path::Path;

    fn check(rel: &str, want: &str) {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(rel);
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, want).unwrap();
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "{rel} is stale: run UPDATE_BINDINGS=1 cargo test -p feldbuch-core --lib typescript"
        );
    }

    #[test]
    fn the_window_s_types_are_current() {
        check("ui/src/lib/bindings.ts", &super::bindings());
    }

    #[test]
    fn the_window_s_client_is_current() {
        check("ui/src/lib/api.ts", &super::client());
    }

    /// docs/IPC.md lists every action, between its two `<!-- actions -->` marks.
    #[test]
    fn the_ipc_document_lists_every_action() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/IPC.md");
        let text = std::fs::read_to_string(&path).unwrap();
        let mark = "<!-- actions -->\n";
        let start = text.find(mark).expect("a first actions mark") + mark.len();
        let end = start + text[start..].find(mark).expect("a second actions mark");
        let want = super::action_table();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, format!("{}{want}{}", &text[..start], &text[end..])).unwrap();
            return;
        }
        assert!(
            text[start..end] == want,
            "docs/IPC.md's action table is stale: run UPDATE_BINDINGS=1 cargo test -p feldbuch-core --lib typescript"
        );
    }

    #[test]
    fn each_action_is_one_function_of_the_client() {
        let client = super::client();
        for name in super::action_names() {
            let line = format!("export const {} = (", super::camel(name));
            assert_eq!(client.matches(&line).count(), 1, "{name}");
            assert!(client.contains(&format!("call('{name}', {{ req")), "{name}");
        }
    }
}
