//! The export bundle: format, sealing and opening. Pure functions over bytes; the store side is in
//! `export.rs` and `import.rs`.
//!
//! On disk a bundle is an ordinary `age` file (X25519 recipient: the central office), so the
//! office can open it with the `age` tool. Its plaintext is UTF-8 text, one item per line:
//!
//! ```text
//! feldbuch-bundle/1
//! {manifest as JSON}
//! {Ed25519 signature of the manifest line, base64}
//! {record as JSON}        ← `record_count` lines
//! ```
//!
//! The manifest carries the SHA-256 of the record lines (each with its `\n`), so the signature
//! covers every record. Reading is bounded everywhere: file size, plaintext size, line length
//! and record count; anything outside is refused before it is parsed.

use crate::error::{Error, Result};
use base64::Engine;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::{Read, Write};
use zeroize::Zeroizing;

/// First line of every bundle's plaintext.
pub const MAGIC: &str = "feldbuch-bundle/1";
/// The manifest's `format`.
pub const FORMAT_VERSION: u32 = 1;

/// Bounds of what a reader accepts.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Size of the encrypted file.
    pub max_file_bytes: u64,
    /// Size of the plaintext.
    pub max_plain_bytes: u64,
    /// Length of one line (manifest or record).
    pub max_line_bytes: usize,
    /// Records in one bundle.
    pub max_records: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 512 * 1024 * 1024,
            max_plain_bytes: 512 * 1024 * 1024,
            max_line_bytes: 256 * 1024,
            max_records: 2_000_000,
        }
    }
}

/// What a bundle says about itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: u32,
    pub device_id: String,
    pub worker_id: String,
    pub worker_initials: String,
    pub team: Option<String>,
    /// Per device, from 1, without gaps.
    pub sequence: u64,
    /// Records changed at or after this time (UTC, RFC 3339); `None`: everything.
    pub since: Option<String>,
    /// When the bundle was made (UTC, RFC 3339).
    pub created_at: String,
    /// Dates the records' changes fall in (`YYYY-MM-DD`).
    pub period_from: Option<String>,
    pub period_to: String,
    /// Records per entity.
    pub counts: BTreeMap<String, u64>,
    pub record_count: u64,
    /// SHA-256 of the record lines, hex.
    pub content_hash: String,
    /// Whether notes (free text) are included: only by an explicit, logged setting.
    pub with_notes: bool,
    /// `office` for an office bundle (lead → devices); absent in a device's bundle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// An office bundle's signing key (the lead's device key, base64), which a device keeps from
    /// the first office bundle it receives; later ones must be signed with the same key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signer_key: Option<String>,
}

/// One record: an entity's row (or a tombstone) as JSON fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// Entity: `contacts`, `persons`, …, or `tombstones`.
    pub t: String,
    pub id: String,
    pub rev: i64,
    /// `updated_at` of the row.
    pub upd: String,
    /// The fields.
    pub d: serde_json::Map<String, serde_json::Value>,
}

/// A bundle opened and checked against its own content hash (the signature is checked against
/// the enrolled device by [`Opened::verify`]).
#[derive(Debug, Clone)]
pub struct Opened {
    pub manifest: Manifest,
    pub manifest_line: String,
    pub signature: Signature,
    pub records: Vec<Record>,
}

impl Opened {
    /// Check the manifest's signature with the device's enrolled key.
    pub fn verify(&self, key: &VerifyingKey) -> Result<()> {
        key.verify_strict(self.manifest_line.as_bytes(), &self.signature)
            .map_err(|_| Error::invalid("error-bundle-bad-signature", &[]))
    }
}

fn malformed(what: &str) -> Error {
    Error::invalid("error-bundle-malformed", &[("detail", what)])
}

/// The record lines and their hash.
pub fn record_lines(records: &[Record]) -> Result<(Vec<u8>, String)> {
    let mut body = Vec::with_capacity(records.len() * 256);
    for r in records {
        serde_json::to_writer(&mut body, r).map_err(|e| Error::Internal(e.to_string()))?;
        body.push(b'\n');
    }
    let hash = hex::encode(Sha256::digest(&body));
    Ok((body, hash))
}

/// The plaintext of a bundle: magic, manifest, signature, records. `manifest.content_hash`,
/// `record_count` and `counts` are filled in here; the manifest as signed is returned with it.
pub fn plaintext(
    mut manifest: Manifest,
    records: &[Record],
    key: &SigningKey,
) -> Result<(Vec<u8>, Manifest)> {
    let (body, hash) = record_lines(records)?;
    manifest.content_hash = hash;
    manifest.record_count = records.len() as u64;
    let mut counts = BTreeMap::new();
    for r in records {
        *counts.entry(r.t.clone()).or_insert(0u64) += 1;
    }
    manifest.counts = counts;
    let manifest_line =
        serde_json::to_string(&manifest).map_err(|e| Error::Internal(e.to_string()))?;
    let signature = key.sign(manifest_line.as_bytes());
    let mut out = Vec::with_capacity(body.len() + manifest_line.len() + 200);
    out.extend_from_slice(MAGIC.as_bytes());
    out.push(b'\n');
    out.extend_from_slice(manifest_line.as_bytes());
    out.push(b'\n');
    out.extend_from_slice(
        base64::engine::general_purpose::STANDARD
            .encode(signature.to_bytes())
            .as_bytes(),
    );
    out.push(b'\n');
    out.extend_from_slice(&body);
    Ok((out, manifest))
}

/// Encrypt a plaintext to the office's recipient (`age`, X25519).
pub fn encrypt(plain: &[u8], recipient: &age::x25519::Recipient) -> Result<Vec<u8>> {
    encrypt_to(plain, std::slice::from_ref(recipient))
}

/// Encrypt a plaintext to several recipients at once (an office bundle: every enrolled device);
/// each of them alone can open it.
pub fn encrypt_to(plain: &[u8], recipients: &[age::x25519::Recipient]) -> Result<Vec<u8>> {
    let encryptor =
        age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
            .map_err(|e| Error::Internal(e.to_string()))?;
    let mut out = Vec::with_capacity(plain.len() + 512);
    let mut writer = encryptor.wrap_output(&mut out)?;
    writer.write_all(plain)?;
    writer.finish()?;
    Ok(out)
}

/// Decrypt with the office's identity, within the limits. The plaintext is wiped when dropped.
pub fn decrypt(
    cipher: &[u8],
    identity: &age::x25519::Identity,
    limits: &Limits,
) -> Result<Zeroizing<Vec<u8>>> {
    let mut reader = decrypting(cipher, cipher.len() as u64, identity, limits)?;
    // age's plaintext is shorter than its ciphertext: with that much room up front the buffer
    // never moves while it fills, so no unwiped copy is left behind in freed memory.
    let room = (cipher.len() as u64).min(limits.max_plain_bytes + 1);
    let mut plain = Zeroizing::new(Vec::with_capacity(usize::try_from(room).unwrap_or(0)));
    (&mut reader)
        .take(limits.max_plain_bytes + 1)
        .read_to_end(&mut plain)
        // A truncated or altered file fails its authentication here.
        .map_err(|_| Error::invalid("error-bundle-damaged", &[]))?;
    if plain.len() as u64 > limits.max_plain_bytes {
        return Err(Error::invalid("error-bundle-too-large", &[]));
    }
    Ok(plain)
}

/// What a manifest must say before anything after it is read: a format this version knows and
/// a record count within the limit.
fn check_manifest(manifest: &Manifest, limits: &Limits) -> Result<()> {
    if manifest.format != FORMAT_VERSION {
        return Err(Error::invalid(
            "error-bundle-version",
            &[("version", &manifest.format.to_string())],
        ));
    }
    if manifest.record_count > limits.max_records {
        return Err(Error::invalid("error-bundle-too-large", &[]));
    }
    Ok(())
}

/// Parse and check a plaintext: its structure, bounds, and the records against the manifest's
/// hash and counts.
pub fn parse(plain: &[u8], limits: &Limits) -> Result<Opened> {
    let mut lines = plain.split(|b| *b == b'\n');
    let mut next = |what: &str| -> Result<&[u8]> {
        let line = lines.next().ok_or_else(|| malformed(what))?;
        if line.len() > limits.max_line_bytes {
            return Err(Error::invalid("error-bundle-too-large", &[]));
        }
        Ok(line)
    };
    if next("magic")? != MAGIC.as_bytes() {
        return Err(malformed("magic"));
    }
    let manifest_line = std::str::from_utf8(next("manifest")?)
        .map_err(|_| malformed("manifest"))?
        .to_owned();
    let manifest: Manifest =
        serde_json::from_str(&manifest_line).map_err(|_| malformed("manifest"))?;
    check_manifest(&manifest, limits)?;
    let sig = base64::engine::general_purpose::STANDARD
        .decode(next("signature")?)
        .map_err(|_| malformed("signature"))?;
    let sig: [u8; 64] = sig.try_into().map_err(|_| malformed("signature"))?;
    let signature = Signature::from_bytes(&sig);

    // The rest is the record lines, exactly as hashed.
    let header_len = MAGIC.len() + 1 + manifest_line.len() + 1;
    let sig_line_len = plain[header_len..]
        .iter()
        .position(|b| *b == b'\n')
        .ok_or_else(|| malformed("signature"))?;
    let body = &plain[header_len + sig_line_len + 1..];
    if hex::encode(Sha256::digest(body)) != manifest.content_hash {
        return Err(Error::invalid("error-bundle-hash-mismatch", &[]));
    }
    let mut records = Vec::with_capacity(manifest.record_count.min(100_000) as usize);
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    for line in body.split(|b| *b == b'\n') {
        if line.is_empty() {
            continue;
        }
        if line.len() > limits.max_line_bytes {
            return Err(Error::invalid("error-bundle-too-large", &[]));
        }
        if records.len() as u64 >= manifest.record_count {
            return Err(malformed("record count"));
        }
        let r: Record = serde_json::from_slice(line).map_err(|_| malformed("record"))?;
        *counts.entry(r.t.clone()).or_insert(0) += 1;
        records.push(r);
    }
    if records.len() as u64 != manifest.record_count || counts != manifest.counts {
        return Err(malformed("record count"));
    }
    Ok(Opened {
        manifest,
        manifest_line,
        signature,
        records,
    })
}

/// Decrypt and parse: what an importer does first (then [`Opened::verify`]).
pub fn open(cipher: &[u8], identity: &age::x25519::Identity, limits: &Limits) -> Result<Opened> {
    parse(&decrypt(cipher, identity, limits)?, limits)
}

/// The decrypting reader over a bundle of `len` bytes, after its size and header are checked.
fn decrypting<R: Read>(
    cipher: R,
    len: u64,
    identity: &age::x25519::Identity,
    limits: &Limits,
) -> Result<impl Read> {
    if len > limits.max_file_bytes {
        return Err(Error::invalid("error-bundle-too-large", &[]));
    }
    let decryptor = age::Decryptor::new(cipher)
        .map_err(|_| Error::invalid("error-bundle-not-a-bundle", &[]))?;
    decryptor
        .decrypt(std::iter::once(identity as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::NoMatchingKeys => Error::invalid("error-bundle-foreign", &[]),
            _ => Error::invalid("error-bundle-not-a-bundle", &[]),
        })
}

/// Lines of a decrypting reader, each at most `max_line` long, through one buffer that is
/// wiped when dropped; counts the plaintext against its limit.
struct Lines<R> {
    inner: R,
    buf: Zeroizing<Vec<u8>>,
    /// Bytes of `buf` not yet handed out start here.
    start: usize,
    end: usize,
    max_line: usize,
    max_plain: u64,
    read: u64,
}

const CHUNK: usize = 64 * 1024;

impl<R: Read> Lines<R> {
    fn new(inner: R, limits: &Limits) -> Self {
        Lines {
            inner,
            // Room for the longest line and one chunk: it never grows, so no unwiped copy is
            // left behind in freed memory.
            buf: Zeroizing::new(vec![0u8; limits.max_line_bytes + 1 + CHUNK]),
            start: 0,
            end: 0,
            max_line: limits.max_line_bytes,
            max_plain: limits.max_plain_bytes,
            read: 0,
        }
    }

    /// Read more plaintext after what is held; `false` at the end.
    fn fill(&mut self) -> Result<bool> {
        if self.start > 0 {
            self.buf.copy_within(self.start..self.end, 0);
            self.end -= self.start;
            self.start = 0;
        }
        let room = (self.buf.len() - self.end).min(CHUNK);
        let n = self
            .inner
            .read(&mut self.buf[self.end..self.end + room])
            // A truncated or altered file fails its authentication here.
            .map_err(|_| Error::invalid("error-bundle-damaged", &[]))?;
        self.read += n as u64;
        if self.read > self.max_plain {
            return Err(Error::invalid("error-bundle-too-large", &[]));
        }
        self.end += n;
        Ok(n > 0)
    }

    /// The next line without its `\n` (handed to `f`, then wiped with the buffer), `Ok(None)`
    /// at the end. A last line without `\n` is handed out as it is.
    fn next<T>(&mut self, f: impl FnOnce(&[u8]) -> Result<T>) -> Result<Option<T>> {
        loop {
            if let Some(p) = self.buf[self.start..self.end]
                .iter()
                .position(|b| *b == b'\n')
            {
                if p > self.max_line {
                    return Err(Error::invalid("error-bundle-too-large", &[]));
                }
                let line = self.start..self.start + p;
                self.start += p + 1;
                return f(&self.buf[line]).map(Some);
            }
            if self.end - self.start > self.max_line {
                return Err(Error::invalid("error-bundle-too-large", &[]));
            }
            if !self.fill()? {
                if self.start == self.end {
                    return Ok(None);
                }
                let line = self.start..self.end;
                self.start = self.end;
                return f(&self.buf[line]).map(Some);
            }
        }
    }

    /// Everything after what was handed out, in chunks, to `f` (for hashing without keeping).
    fn rest(&mut self, mut f: impl FnMut(&[u8])) -> Result<()> {
        f(&self.buf[self.start..self.end]);
        self.start = self.end;
        while self.fill()? {
            f(&self.buf[self.start..self.end]);
            self.start = self.end;
        }
        Ok(())
    }
}

/// The first three lines of a bundle: what is checked before any record is read.
#[derive(Debug, Clone)]
pub struct Head {
    pub manifest: Manifest,
    pub manifest_line: String,
    pub signature: Signature,
}

impl Head {
    /// Check the manifest's signature with the device's enrolled key.
    pub fn verify(&self, key: &VerifyingKey) -> Result<()> {
        key.verify_strict(self.manifest_line.as_bytes(), &self.signature)
            .map_err(|_| Error::invalid("error-bundle-bad-signature", &[]))
    }
}

fn read_head<R: Read>(lines: &mut Lines<R>, limits: &Limits) -> Result<Head> {
    let magic = lines.next(|l| Ok(l == MAGIC.as_bytes()))?;
    if magic != Some(true) {
        return Err(malformed("magic"));
    }
    let (manifest, manifest_line) = lines
        .next(|l| {
            let text = std::str::from_utf8(l).map_err(|_| malformed("manifest"))?;
            let m: Manifest = serde_json::from_str(text).map_err(|_| malformed("manifest"))?;
            Ok((m, text.to_owned()))
        })?
        .ok_or_else(|| malformed("manifest"))?;
    check_manifest(&manifest, limits)?;
    let signature = lines
        .next(|l| {
            let sig = base64::engine::general_purpose::STANDARD
                .decode(l)
                .map_err(|_| malformed("signature"))?;
            let sig: [u8; 64] = sig.try_into().map_err(|_| malformed("signature"))?;
            Ok(Signature::from_bytes(&sig))
        })?
        .ok_or_else(|| malformed("signature"))?;
    Ok(Head {
        manifest,
        manifest_line,
        signature,
    })
}

/// A bundle read the way an importer must: signed by the device it names, whole and unchanged.
#[derive(Debug)]
pub struct Verified {
    pub manifest: Manifest,
    pub records: Vec<Record>,
    /// SHA-256 of the encrypted file, hex.
    pub file_hash: String,
}

/// A reader that hashes what passes through it.
struct Hashing<R> {
    inner: R,
    hasher: std::rc::Rc<std::cell::RefCell<Sha256>>,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.borrow_mut().update(&buf[..n]);
        Ok(n)
    }
}

/// Open a bundle in the order that lets nothing unsigned in: the header lines first, then
/// `signer` names the key of the device the manifest claims (or refuses it: unknown, not
/// enrolled, worker fields that do not match), and the signature is checked – all before a
/// single record is decrypted. Then the body streams through SHA-256 without being kept, and
/// only when it matches the signed hash is the file read a second time and its records parsed
/// (hashed again as they stream, so a file changed in between is refused too). Memory stays at
/// two buffers of a line and a chunk until the signature holds; after that each record is held
/// to `shape` as it is parsed, so a signed bundle cannot fill memory with what no record may
/// hold (a list of ten million person ids). `source` opens the encrypted file afresh and says
/// its length.
pub fn open_verified<R: Read>(
    source: &mut dyn FnMut() -> Result<(R, u64)>,
    identity: &age::x25519::Identity,
    limits: &Limits,
    signer: &dyn Fn(&Manifest) -> Result<VerifyingKey>,
    shape: &dyn Fn(&Record) -> Result<()>,
) -> Result<Verified> {
    // First pass: head, signer, signature; then the body's hash.
    let (cipher, len) = source()?;
    let mut lines = Lines::new(decrypting(cipher, len, identity, limits)?, limits);
    let head = read_head(&mut lines, limits)?;
    head.verify(&signer(&head.manifest)?)?;
    let mut hasher = Sha256::new();
    lines.rest(|chunk| hasher.update(chunk))?;
    if hex::encode(hasher.finalize()) != head.manifest.content_hash {
        return Err(Error::invalid("error-bundle-hash-mismatch", &[]));
    }
    drop(lines);

    // Second pass: the same head, the records parsed, the body hashed again.
    let (cipher, len) = source()?;
    let file_hasher = std::rc::Rc::new(std::cell::RefCell::new(Sha256::new()));
    let hashing = Hashing {
        inner: cipher,
        hasher: file_hasher.clone(),
    };
    let mut lines = Lines::new(decrypting(hashing, len, identity, limits)?, limits);
    let again = read_head(&mut lines, limits)?;
    if again.manifest_line != head.manifest_line || again.signature != head.signature {
        return Err(Error::invalid("error-bundle-hash-mismatch", &[]));
    }
    let manifest = head.manifest;
    let mut body = Sha256::new();
    let mut records = Vec::with_capacity(manifest.record_count.min(100_000) as usize);
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    while let Some(record) = lines.next(|line| {
        body.update(line);
        body.update(b"\n");
        if line.is_empty() {
            return Ok(None);
        }
        serde_json::from_slice::<Record>(line)
            .map(Some)
            .map_err(|_| malformed("record"))
    })? {
        let Some(r) = record else { continue };
        if records.len() as u64 >= manifest.record_count {
            return Err(malformed("record count"));
        }
        shape(&r)?;
        *counts.entry(r.t.clone()).or_insert(0) += 1;
        records.push(r);
    }
    if hex::encode(body.finalize()) != manifest.content_hash {
        return Err(Error::invalid("error-bundle-hash-mismatch", &[]));
    }
    if records.len() as u64 != manifest.record_count || counts != manifest.counts {
        return Err(malformed("record count"));
    }
    drop(lines);
    let file_hash = hex::encode(file_hasher.borrow().clone().finalize());
    Ok(Verified {
        manifest,
        records,
        file_hash,
    })
}

/// The manifest of a bundle, read from the start of its plaintext alone: for putting files in
/// order before they are imported. Neither its signature nor the records are checked here.
pub fn peek<R: Read>(
    cipher: R,
    len: u64,
    identity: &age::x25519::Identity,
    limits: &Limits,
) -> Result<Manifest> {
    let mut lines = Lines::new(decrypting(cipher, len, identity, limits)?, limits);
    Ok(read_head(&mut lines, limits)?.manifest)
}

/// A bundle file opened for reading, with its length; a file above the size limit is refused
/// before a byte of it is read.
pub fn open_file(path: &std::path::Path, limits: &Limits) -> Result<(std::fs::File, u64)> {
    let unreadable = || {
        Error::invalid(
            "error-file-unreadable",
            &[("file", &path.display().to_string())],
        )
    };
    let f = std::fs::File::open(path).map_err(|_| unreadable())?;
    let len = f.metadata().map_err(|_| unreadable())?.len();
    if len > limits.max_file_bytes {
        return Err(Error::invalid("error-bundle-too-large", &[]));
    }
    Ok((f, len))
}

/// Public key as stored and shown (base64).
pub fn encode_key(key: &VerifyingKey) -> String {
    base64::engine::general_purpose::STANDARD.encode(key.to_bytes())
}

/// Parse a public key written by [`encode_key`].
pub fn decode_key(text: &str) -> Result<VerifyingKey> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .map_err(|_| Error::invalid("error-enrolment-malformed", &[]))?;
    let bytes: [u8; 32] = bytes
        .try_into()
        .map_err(|_| Error::invalid("error-enrolment-malformed", &[]))?;
    VerifyingKey::from_bytes(&bytes).map_err(|_| Error::invalid("error-enrolment-malformed", &[]))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    fn sample() -> (Manifest, Vec<Record>) {
        let mut d = serde_json::Map::new();
        d.insert("kind".into(), "beratung".into());
        d.insert("anonymous_count".into(), 2.into());
        let records = vec![
            Record {
                t: "contacts".into(),
                id: "c1".into(),
                rev: 1,
                upd: "2026-11-20T10:00:00.000000Z".into(),
                d: d.clone(),
            },
            Record {
                t: "tombstones".into(),
                id: "p9".into(),
                rev: 3,
                upd: "2026-11-20T11:00:00.000000Z".into(),
                d,
            },
        ];
        let m = Manifest {
            format: FORMAT_VERSION,
            device_id: "dev".into(),
            worker_id: "w".into(),
            worker_initials: "AK".into(),
            team: None,
            sequence: 1,
            since: None,
            created_at: "2026-11-20T12:00:00Z".into(),
            period_from: Some("2026-11-20".into()),
            period_to: "2026-11-20".into(),
            counts: BTreeMap::new(),
            record_count: 0,
            content_hash: String::new(),
            with_notes: false,
            kind: None,
            signer_key: None,
        };
        (m, records)
    }

    #[test]
    fn a_sealed_bundle_opens_with_the_office_key_and_verifies_with_the_device_key() {
        let key = SigningKey::generate(&mut rand::rngs::OsRng);
        let office = age::x25519::Identity::generate();
        let (m, records) = sample();
        let cipher = encrypt(
            &plaintext(m, &records, &key).unwrap().0,
            &office.to_public(),
        )
        .unwrap();
        let opened = open(&cipher, &office, &Limits::default()).unwrap();
        assert_eq!(opened.records, records);
        assert_eq!(opened.manifest.record_count, 2);
        assert_eq!(opened.manifest.counts.get("contacts"), Some(&1));
        opened.verify(&key.verifying_key()).unwrap();
        let other = SigningKey::generate(&mut rand::rngs::OsRng);
        assert_eq!(
            opened
                .verify(&other.verifying_key())
                .err()
                .map(|e| e.code()),
            Some("error-bundle-bad-signature")
        );
    }

    #[test]
    fn foreign_truncated_tampered_and_oversized_bundles_are_refused() {
        let key = SigningKey::generate(&mut rand::rngs::OsRng);
        let office = age::x25519::Identity::generate();
        let (m, records) = sample();
        let (plain, _) = plaintext(m, &records, &key).unwrap();
        let cipher = encrypt(&plain, &office.to_public()).unwrap();
        let code = |r: Result<Opened>| r.err().map(|e| e.code());
        let limits = Limits::default();

        let stranger = age::x25519::Identity::generate();
        assert_eq!(
            code(open(&cipher, &stranger, &limits)),
            Some("error-bundle-foreign")
        );
        assert_eq!(
            code(open(&cipher[..cipher.len() - 7], &office, &limits)),
            Some("error-bundle-damaged")
        );
        let mut flipped = cipher.clone();
        let last = flipped.len() - 20;
        flipped[last] ^= 1;
        assert_eq!(
            code(open(&flipped, &office, &limits)),
            Some("error-bundle-damaged")
        );
        assert_eq!(
            code(open(b"not an age file", &office, &limits)),
            Some("error-bundle-not-a-bundle")
        );
        let small = Limits {
            max_plain_bytes: 100,
            ..limits
        };
        assert_eq!(
            code(open(&cipher, &office, &small)),
            Some("error-bundle-too-large")
        );

        // A record changed after signing (re-encrypted by someone with the office's public key):
        // the content hash no longer matches.
        let text = String::from_utf8(plain.clone()).unwrap();
        let forged = text.replacen("\"anonymous_count\":2", "\"anonymous_count\":9", 1);
        let forged = encrypt(forged.as_bytes(), &office.to_public()).unwrap();
        assert_eq!(
            code(open(&forged, &office, &limits)),
            Some("error-bundle-hash-mismatch")
        );
        // A record dropped together with a manifest edited to match: the signature fails.
        let mut lines: Vec<&str> = text.split('\n').collect();
        let mut manifest: Manifest = serde_json::from_str(lines[1]).unwrap();
        lines.remove(4);
        let (_, hash) = record_lines(&records[..1]).unwrap();
        manifest.content_hash = hash;
        manifest.record_count = 1;
        manifest.counts.remove("tombstones");
        let edited = serde_json::to_string(&manifest).unwrap();
        lines[1] = &edited;
        let forged = encrypt(lines.join("\n").as_bytes(), &office.to_public()).unwrap();
        let opened = open(&forged, &office, &limits).unwrap();
        assert_eq!(
            opened.verify(&key.verifying_key()).err().map(|e| e.code()),
            Some("error-bundle-bad-signature")
        );
    }
}
