//! Wire types of the commands not yet moved to the core's app layer, generated into
//! `ui/src/lib/bindings-legacy.ts` (see the `bindings_are_current` test).

pub(crate) fn small(v: i64) -> i32 {
    i32::try_from(v).unwrap_or(i32::MAX)
}

/// The TypeScript declarations of every wire type, as checked into `ui/src/lib/bindings.ts`.
pub fn typescript_bindings() -> String {
    let decls = crate::dto_workflow::decls()
        .into_iter()
        .chain(crate::dto_report::decls())
        .chain(crate::dto_exchange::decls());
    let mut out = String::from(
        "// Generated from src-tauri/src/dto.rs by ts-rs. Do not edit: run\n\
         // `UPDATE_BINDINGS=1 cargo test -p feldbuch-app bindings` after changing a DTO.\n\n\
         import type { IpcError } from './bindings';\n\n",
    );
    for d in decls {
        out.push_str("export ");
        out.push_str(&d);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    #[test]
    fn bindings_are_current() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/bindings-legacy.ts");
        let want = super::typescript_bindings();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &want).unwrap();
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(
            have, want,
            "ui/src/lib/bindings-legacy.ts is stale: run UPDATE_BINDINGS=1 cargo test -p feldbuch-app bindings"
        );
    }

    /// docs/IPC.md shows the same declarations, between its "DTOs" heading and the end of
    /// that code block.
    #[test]
    fn bindings_in_the_ipc_document_are_current() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/IPC.md");
        let text = std::fs::read_to_string(&path).unwrap();
        let start = text.find("```ts\n").expect("a ts block in docs/IPC.md") + "```ts\n".len();
        let end = start + text[start..].find("```").expect("the end of the ts block");
        let want: String = feldbuch_core::app::typescript::bindings()
            .lines()
            .chain(super::typescript_bindings().lines())
            .filter(|l| l.starts_with("export type "))
            .map(|l| format!("{l}\n"))
            .collect();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            let updated = format!("{}{want}{}", &text[..start], &text[end..]);
            std::fs::write(&path, updated).unwrap();
            return;
        }
        assert_eq!(
            &text[start..end],
            want,
            "docs/IPC.md's types are stale: run UPDATE_BINDINGS=1 cargo test -p feldbuch-app bindings"
        );
    }
}
