//! Compile the provider and check that its copy of `struct sqlcipher_provider` is the one of the
//! SQLCipher that libsqlite3-sys bundles: a different layout would call the wrong functions.
#![allow(clippy::expect_used)]

use std::path::PathBuf;

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn main() {
    println!("cargo:rerun-if-changed=src/provider.c");
    let ours = std::fs::read_to_string("src/provider.c").expect("src/provider.c");
    let begin = ours
        .find("/* feldbuch:provider-struct:begin */")
        .expect("begin marker");
    let end = ours
        .find("/* feldbuch:provider-struct:end */")
        .expect("end marker");
    let ours = &ours[begin..end];
    let ours = &ours[ours
        .find("struct sqlcipher_provider {")
        .expect("our struct")..];

    let include = PathBuf::from(
        std::env::var_os("DEP_SQLITE3_INCLUDE").expect("libsqlite3-sys names its include dir"),
    );
    let amalgamation = std::fs::read_to_string(include.join("sqlite3.c"))
        .expect("the bundled SQLCipher amalgamation (bundled-sqlcipher)");
    let start = amalgamation
        .find("struct sqlcipher_provider {")
        .expect("struct sqlcipher_provider in the amalgamation");
    let theirs = &amalgamation[start..];
    let theirs = &theirs[..theirs.find("};").expect("end of the struct") + 2];
    let ours = &ours[..ours.find("};").expect("end of our struct") + 2];
    if normalise(ours) != normalise(theirs) {
        panic!(
            "struct sqlcipher_provider of the bundled SQLCipher changed; update src/provider.c \
             to match it:\n{theirs}"
        );
    }
    for marker in [
        "CIPHER_VERSION_NUMBER 4.",
        "#define SQLCIPHER_ENCRYPT 1",
        "#define SQLCIPHER_HMAC_SHA512 2",
    ] {
        if !amalgamation.contains(marker) {
            panic!("the bundled SQLCipher no longer has `{marker}`; check src/provider.c");
        }
    }

    cc::Build::new()
        .file("src/provider.c")
        .warnings(true)
        .extra_warnings(true)
        .flag_if_supported("-Werror")
        .compile("feldbuch_cipher_provider");
    println!("cargo:rustc-link-lib=crypto");
}
