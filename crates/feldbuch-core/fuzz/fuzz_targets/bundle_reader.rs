//! The bundle reader on arbitrary input: the plaintext parser (what an importer reads after
//! decryption), the age layer with a fixed office identity, and the enrolment file parser. None
//! may panic, hang or allocate beyond the limits, whatever the bytes. The checks are
//! `feldbuch_core::exchange::fuzz::reader_input`, which the regression test replays too.
#![no_main]

use feldbuch_core::exchange::fuzz;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static ID: OnceLock<age::x25519::Identity> = OnceLock::new();
    fuzz::reader_input(data, ID.get_or_init(fuzz::identity));
});
