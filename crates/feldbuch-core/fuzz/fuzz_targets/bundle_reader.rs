//! The bundle reader on arbitrary input: the plaintext parser (what an importer reads after
//! decryption), the age layer with a fixed office identity, and the enrolment file parser. None
//! may panic, hang or allocate beyond the limits, whatever the bytes.
#![no_main]

use feldbuch_core::exchange::{bundle, Enrolment, Limits};
use libfuzzer_sys::fuzz_target;
use std::str::FromStr;
use std::sync::OnceLock;

/// A throw-away identity, only for fuzzing.
const IDENTITY: &str = "AGE-SECRET-KEY-13JXZNPJCWZJ2N33M2KVV64PY3H2L29W5LYVJDS7JT9FN4Z4WZT5S9Y44W4";

fn identity() -> &'static age::x25519::Identity {
    static ID: OnceLock<age::x25519::Identity> = OnceLock::new();
    ID.get_or_init(|| age::x25519::Identity::from_str(IDENTITY).expect("a valid identity"))
}

fuzz_target!(|data: &[u8]| {
    let limits = Limits {
        max_file_bytes: 1 << 20,
        max_plain_bytes: 1 << 20,
        max_line_bytes: 64 * 1024,
        max_records: 10_000,
    };
    if let Ok(opened) = bundle::parse(data, &limits) {
        // Whatever parsed must agree with its own manifest.
        assert_eq!(opened.records.len() as u64, opened.manifest.record_count);
    }
    let _ = bundle::open(data, identity(), &limits);
    let _ = Enrolment::parse(data);
});
