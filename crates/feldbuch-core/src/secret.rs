//! Types for sensitive plaintext. Key material is zeroized on drop, has a redacting `Debug`, and
//! implements neither `Serialize` nor `Display`, so it cannot be logged or written by accident.

use crate::error::{Error, Result};
use rand::RngCore;
use std::fmt;
use zeroize::{Zeroize, Zeroizing};

/// The 256-bit SQLCipher store key.
#[derive(Clone, Zeroize, zeroize::ZeroizeOnDrop)]
pub struct StoreKey([u8; 32]);

impl StoreKey {
    /// A fresh random key from the OS CSPRNG.
    pub fn generate() -> Self {
        let mut k = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut k);
        Self(k)
    }
    pub(crate) fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }
    pub(crate) fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
    /// The key as SQLCipher's raw-key literal `x'…'` (skips SQLCipher's own KDF).
    pub(crate) fn sqlcipher_literal(&self) -> Zeroizing<String> {
        let mut s = Zeroizing::new(String::with_capacity(70));
        s.push_str("\"x'");
        s.push_str(&hex::encode(self.0));
        s.push_str("'\"");
        s
    }
}

impl fmt::Debug for StoreKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("StoreKey(<redacted>)")
    }
}

/// The worker's passphrase (or PIN).
#[derive(Clone)]
pub struct Passphrase(Zeroizing<String>);

/// Minimum passphrase length in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 8;
/// Maximum passphrase length in characters (bounds Argon2 input and memory).
pub const MAX_PASSPHRASE_CHARS: usize = 1024;

impl Passphrase {
    /// Wrap a passphrase the user typed. Trailing newlines (from files) are removed.
    pub fn new(s: impl Into<String>) -> Self {
        let mut s: String = s.into();
        while s.ends_with('\n') || s.ends_with('\r') {
            s.pop();
        }
        Self(Zeroizing::new(s))
    }
    /// Check the rules for a *new* passphrase.
    pub fn validate_new(&self) -> Result<()> {
        let n = self.0.chars().count();
        if n < MIN_PASSPHRASE_CHARS {
            return Err(Error::invalid(
                "error-passphrase-too-short",
                &[("min", &MIN_PASSPHRASE_CHARS.to_string())],
            ));
        }
        if n > MAX_PASSPHRASE_CHARS {
            return Err(Error::invalid(
                "error-passphrase-too-long",
                &[("max", &MAX_PASSPHRASE_CHARS.to_string())],
            ));
        }
        Ok(())
    }
    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }
    /// Whether two typed passphrases are the same (for "repeat your passphrase").
    pub fn same_as(&self, other: &Passphrase) -> bool {
        self.0.as_bytes() == other.0.as_bytes()
    }
}

/// A passphrase arrives in a request as a plain string.
impl<'de> serde::Deserialize<'de> for Passphrase {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        Ok(Passphrase::new(
            Zeroizing::new(String::deserialize(d)?).as_str(),
        ))
    }
}

impl ts_rs::TS for Passphrase {
    type WithoutGenerics = Self;
    type OptionInnerType = Self;
    fn name() -> String {
        "string".into()
    }
    fn inline() -> String {
        "string".into()
    }
    fn inline_flattened() -> String {
        "string".into()
    }
    fn decl() -> String {
        "type Passphrase = string;".into()
    }
    fn decl_concrete() -> String {
        Self::decl()
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Passphrase(<redacted>)")
    }
}

/// The one-time recovery key: 256 random bits, shown once as 13 groups of 4 Base32 characters.
#[derive(Clone, Zeroize, zeroize::ZeroizeOnDrop)]
pub struct RecoveryKey([u8; 32]);

impl RecoveryKey {
    /// A fresh random recovery key.
    pub fn generate() -> Self {
        let mut k = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut k);
        Self(k)
    }
    pub(crate) fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
    /// The form to write down: `ABCD-EFGH-…` (Base32, no padding, groups of four).
    pub fn to_display(&self) -> Zeroizing<String> {
        let raw = Zeroizing::new(data_encoding::BASE32_NOPAD.encode(&self.0));
        let mut out = Zeroizing::new(String::with_capacity(raw.len() + raw.len() / 4));
        for (i, c) in raw.chars().enumerate() {
            if i > 0 && i % 4 == 0 {
                out.push('-');
            }
            out.push(c);
        }
        out
    }
    /// Parse what the user typed: case, spaces and dashes do not matter.
    pub fn parse(input: &str) -> Result<Self> {
        let cleaned: Zeroizing<String> = Zeroizing::new(
            input
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '-')
                .map(|c| c.to_ascii_uppercase())
                .collect(),
        );
        let bytes = Zeroizing::new(
            data_encoding::BASE32_NOPAD
                .decode(cleaned.as_bytes())
                .map_err(|_| Error::MalformedRecoveryKey)?,
        );
        let arr: [u8; 32] = bytes
            .as_slice()
            .try_into()
            .map_err(|_| Error::MalformedRecoveryKey)?;
        Ok(Self(arr))
    }
}

impl fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoveryKey(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_key_round_trips_through_its_written_form() {
        let k = RecoveryKey::generate();
        let shown = k.to_display();
        assert_eq!(shown.split('-').count(), 13);
        let typed = shown.to_lowercase().replace('-', " ");
        let back = RecoveryKey::parse(&typed).map(|r| *r.as_bytes()).ok();
        assert_eq!(back, Some(*k.as_bytes()));
        assert!(matches!(
            RecoveryKey::parse("ABCD-EFGH"),
            Err(Error::MalformedRecoveryKey)
        ));
    }

    #[test]
    fn debug_output_never_shows_key_material() {
        let k = StoreKey::generate();
        let hexed = hex::encode(k.as_bytes());
        let dbg = format!("{k:?} {:?}", Passphrase::new("geheim-geheim"));
        assert!(!dbg.contains(&hexed));
        assert!(!dbg.contains("geheim"));
    }

    #[test]
    fn new_passphrases_have_a_minimum_length() {
        assert!(Passphrase::new("kurz").validate_new().is_err());
        assert!(Passphrase::new("lang genug\n").validate_new().is_ok());
    }
}
