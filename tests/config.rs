//! Project checks on the app's security configuration: the commands the app registers, the
//! commands tauri-build generates permissions for, and the commands the window's capability grants
//! are the same set; the capability grants nothing else; the CSP stays strict.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::Path;

fn read(rel: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).unwrap()
}

/// Quoted words between `start` and the next `end` in `text`.
fn quoted_between(text: &str, start: &str, end: &str) -> Vec<String> {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("{start} not found"))
        + start.len();
    let to = from + text[from..].find(end).unwrap();
    text[from..to]
        .split('"')
        .skip(1)
        .step_by(2)
        .map(String::from)
        .collect()
}

#[test]
fn registered_manifested_and_granted_commands_agree() {
    let lib = read("src-tauri/src/lib.rs");
    let from = lib.find("generate_handler![").unwrap() + "generate_handler![".len();
    let to = from + lib[from..].find(']').unwrap();
    let registered: BTreeSet<String> = lib[from..to]
        .split(',')
        .filter_map(|p| p.trim().rsplit("::").next().map(str::to_string))
        .filter(|s| !s.is_empty())
        .collect();

    let build = read("src-tauri/build.rs");
    let manifested: BTreeSet<String> = quoted_between(&build, "let commands: &[&str] = &[", "];")
        .into_iter()
        .collect();

    let cap: serde_json::Value =
        serde_json::from_str(&read("src-tauri/capabilities/default.json")).unwrap();
    let granted: BTreeSet<String> = cap["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            p.as_str()
                .expect("permissions are plain identifiers")
                .to_string()
        })
        .collect();
    let expected_grants: BTreeSet<String> = registered
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .collect();

    assert!(registered.len() >= 15, "parsed only {registered:?}");
    assert_eq!(
        registered, manifested,
        "lib.rs and build.rs list different commands"
    );
    assert_eq!(
        granted, expected_grants,
        "the capability must grant exactly our commands"
    );
    assert!(
        granted.iter().all(|p| !p.contains(':')),
        "no core or plugin permissions"
    );
    assert_eq!(cap["windows"], serde_json::json!(["main"]));
}

#[test]
fn content_security_policy_is_strict() {
    let conf: serde_json::Value = serde_json::from_str(&read("tauri.conf.json")).unwrap();
    let security = &conf["app"]["security"];
    let csp = security["csp"].as_object().expect("csp is set");
    for (directive, value) in csp {
        let v = value.as_str().unwrap();
        assert!(
            !v.contains("unsafe-inline") && !v.contains("unsafe-eval"),
            "{directive}: {v}"
        );
        assert!(
            !v.contains("https:") && !v.contains("http:*") && !v.contains('*'),
            "{directive}: remote origin {v}"
        );
    }
    for d in [
        "default-src",
        "script-src",
        "style-src",
        "object-src",
        "base-uri",
        "frame-ancestors",
    ] {
        assert!(csp.contains_key(d), "missing {d}");
    }
    assert_eq!(csp["script-src"], "'self'");
    assert_eq!(csp["object-src"], "'none'");
    assert!(security
        .get("dangerousDisableAssetCspModification")
        .is_none());
    assert_eq!(conf["app"]["withGlobalTauri"], false);
}
