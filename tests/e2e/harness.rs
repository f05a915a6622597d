//! The harness: tauri-driver and the app under it, WebDriver helpers, diagnostics.

use std::future::Future;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

/// The app binary built by cargo for this test.
pub(crate) const APP: &str = env!("CARGO_BIN_EXE_feldbuch-app");

/// The app under test: the workspace's build, or `FELDBUCH_E2E_APP` (the installed .deb's
/// binary, in `.ci/deb`).
pub(crate) fn app() -> String {
    std::env::var("FELDBUCH_E2E_APP").unwrap_or_else(|_| APP.to_string())
}

/// Upper bound for one WebDriver command.
pub(crate) const CMD_TIMEOUT: Duration = Duration::from_secs(30);
/// Ordinary UI reactions.
pub(crate) const UI: Duration = Duration::from_secs(20);
/// App start, key derivation (setup, unlock, recovery).
pub(crate) const SLOW: Duration = Duration::from_secs(90);
/// Focus moves and other synchronous reactions.
pub(crate) const QUICK: Duration = Duration::from_secs(5);
/// Pause between two probes of a wait loop.
pub(crate) const POLL: Duration = Duration::from_millis(150);

pub(crate) const PASSPHRASE: &str = "korrekt pferd batterie";
pub(crate) const SITE: &str = "KiTa Sonnenblume";

// ---------------------------------------------------------------------------------------------
// Small pure helpers
// ---------------------------------------------------------------------------------------------

/// Only one end-to-end test at a time (shared keyring, 2 cores, one X display).
pub(crate) static SERIAL: Mutex<()> = Mutex::new(());

pub(crate) fn serial() -> MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(PoisonError::into_inner)
}

/// CSS selector for a `data-testid`.
pub(crate) fn by_testid(id: &str) -> String {
    format!(r#"[data-testid="{id}"]"#)
}

/// A key sequence as WebDriver expects it (each key is one private-use character).
pub(crate) fn keys(ks: &[Key]) -> String {
    ks.iter().map(|k| char::from(*k)).collect()
}

/// Ctrl+Enter, with the modifier released again.
pub(crate) fn ctrl_enter() -> String {
    keys(&[Key::Control, Key::Enter, Key::Null])
}

pub(crate) fn tab() -> String {
    keys(&[Key::Tab])
}

pub(crate) fn enter() -> String {
    keys(&[Key::Enter])
}

/// The first `max_chars` characters of `s`.
pub(crate) fn head(s: &str, max_chars: usize) -> String {
    if s.chars().count() <= max_chars {
        s.to_owned()
    } else {
        let start: String = s.chars().take(max_chars).collect();
        format!("{start}…")
    }
}

/// The last `max_chars` characters of `s`.
pub(crate) fn truncate(s: &str, max_chars: usize) -> String {
    let count = s.chars().count();
    if count <= max_chars {
        s.to_owned()
    } else {
        let tail: String = s.chars().skip(count - max_chars).collect();
        format!("…{tail}")
    }
}

/// Run one WebDriver command with a time limit, turning every failure into a message.
pub(crate) async fn within<T, E: std::fmt::Display>(
    fut: impl Future<Output = Result<T, E>>,
) -> Result<T, String> {
    match tokio::time::timeout(CMD_TIMEOUT, fut).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err(format!(
            "WebDriver command did not answer within {CMD_TIMEOUT:?}"
        )),
    }
}

/// WebDriver key actions equivalent to a send-keys string (fallback when element send-keys fails).
pub(crate) fn key_actions(text: &str) -> KeyActions {
    let modifiers = [
        char::from(Key::Control),
        char::from(Key::Shift),
        char::from(Key::Alt),
        char::from(Key::Meta),
    ];
    let null = char::from(Key::Null);
    let mut held: Vec<char> = Vec::new();
    let mut seq = KeyActions::new("feldbuch-e2e-keyboard".to_owned());
    for ch in text.chars() {
        if ch == null {
            while let Some(m) = held.pop() {
                seq = seq.then(KeyAction::Up { value: m });
            }
        } else if modifiers.contains(&ch) {
            if !held.contains(&ch) {
                held.push(ch);
                seq = seq.then(KeyAction::Down { value: ch });
            }
        } else {
            seq = seq
                .then(KeyAction::Down { value: ch })
                .then(KeyAction::Up { value: ch });
        }
    }
    while let Some(m) = held.pop() {
        seq = seq.then(KeyAction::Up { value: m });
    }
    seq
}

// ---------------------------------------------------------------------------------------------
// Processes: tauri-driver, ports, the app
// ---------------------------------------------------------------------------------------------

pub(crate) fn tauri_driver_path() -> PathBuf {
    if let Some(p) = std::env::var_os("TAURI_DRIVER") {
        return PathBuf::from(p);
    }
    if let Some(paths) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&paths) {
            let candidate = dir.join("tauri-driver");
            if candidate.is_file() {
                return candidate;
            }
        }
    }
    if let Some(home) = std::env::var_os("HOME") {
        let candidate = PathBuf::from(home).join(".cargo/bin/tauri-driver");
        if candidate.is_file() {
            return candidate;
        }
    }
    panic!("tauri-driver not found on PATH nor in $HOME/.cargo/bin (install with `cargo install tauri-driver --locked`)");
}

/// A port `p` such that `p` and `p + 1` are both free on 127.0.0.1 right now.
pub(crate) fn free_port_pair() -> u16 {
    for _ in 0..200 {
        let first =
            TcpListener::bind(("127.0.0.1", 0)).expect("bind an ephemeral port on 127.0.0.1");
        let port = first
            .local_addr()
            .expect("local address of the ephemeral listener")
            .port();
        if port == u16::MAX {
            continue;
        }
        if let Ok(second) = TcpListener::bind(("127.0.0.1", port + 1)) {
            drop(second);
            drop(first);
            return port;
        }
    }
    panic!("found no free pair of adjacent ports on 127.0.0.1");
}

/// Does `GET /status` on the port answer with HTTP 200 (i.e. tauri-driver and the native
/// WebDriver behind it are both up)?
pub(crate) fn status_ok(port: u16) -> bool {
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let Ok(mut stream) = TcpStream::connect_timeout(&addr, Duration::from_secs(1)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(3)));
    let _ = stream.set_write_timeout(Some(Duration::from_secs(3)));
    let request =
        format!("GET /status HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
    if stream.write_all(request.as_bytes()).is_err() {
        return false;
    }
    let mut got = Vec::new();
    let mut buf = [0_u8; 256];
    while got.len() < 12 {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => got.extend_from_slice(&buf[..n]),
        }
    }
    got.starts_with(b"HTTP/1.1 200") || got.starts_with(b"HTTP/1.0 200")
}

/// Best-effort `DELETE /session/<id>` without a runtime (used from `Drop`).
pub(crate) fn delete_session_blocking(port: u16, session_id: &str) {
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let Ok(mut stream) = TcpStream::connect_timeout(&addr, Duration::from_secs(2)) else {
        return;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(20)));
    let _ = stream.set_write_timeout(Some(Duration::from_secs(5)));
    let request = format!(
        "DELETE /session/{session_id} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    );
    if stream.write_all(request.as_bytes()).is_ok() {
        let mut sink = Vec::new();
        let _ = stream.read_to_end(&mut sink);
    }
}

/// Send SIGTERM to one process by id. Never SIGKILL: a killed tauri-driver leaves
/// WebKitWebDriver (and the app) behind.
pub(crate) fn sigterm(pid: u32) {
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(pid.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

pub(crate) fn wait_child(child: &mut Child, timeout: Duration) -> bool {
    let deadline = Instant::now() + timeout;
    loop {
        match child.try_wait() {
            Ok(Some(_)) | Err(_) => return true,
            Ok(None) if Instant::now() >= deadline => return false,
            Ok(None) => std::thread::sleep(Duration::from_millis(100)),
        }
    }
}

/// Every process id in /proc.
pub(crate) fn all_pids() -> Vec<u32> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|e| e.file_name().to_str().and_then(|s| s.parse().ok()))
        .collect()
}

/// Ids of app processes started for this test: same executable, and our data dir in their
/// environment.
pub(crate) fn app_pids(data_dir: &Path) -> Vec<u32> {
    let app = std::fs::canonicalize(app()).unwrap_or_else(|_| PathBuf::from(app()));
    let app = app.to_string_lossy().into_owned();
    let marker = format!("FELDBUCH_DATA_DIR={}", data_dir.display()).into_bytes();
    let mut pids = Vec::new();
    for pid in all_pids() {
        let proc_dir = PathBuf::from(format!("/proc/{pid}"));
        let Ok(exe) = std::fs::read_link(proc_dir.join("exe")) else {
            continue;
        };
        let exe = exe.to_string_lossy().into_owned();
        if exe.trim_end_matches(" (deleted)") != app {
            continue;
        }
        let Ok(environ) = std::fs::read(proc_dir.join("environ")) else {
            continue;
        };
        if environ.split(|b| *b == 0).any(|kv| kv == marker.as_slice()) {
            pids.push(pid);
        }
    }
    pids
}

pub(crate) fn wait_no_app(data_dir: &Path, timeout: Duration) -> bool {
    let deadline = Instant::now() + timeout;
    loop {
        if app_pids(data_dir).is_empty() {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

pub(crate) fn log_tail(path: &Path, max_chars: usize) -> String {
    match std::fs::read(path) {
        Ok(bytes) => truncate(&String::from_utf8_lossy(&bytes), max_chars),
        Err(e) => format!("(cannot read {}: {e})", path.display()),
    }
}

// ---------------------------------------------------------------------------------------------
// The harness: one tauri-driver, one data dir, at most one WebDriver session (= one app run)
// ---------------------------------------------------------------------------------------------

pub(crate) struct Harness {
    name: &'static str,
    port: u16,
    driver: Option<Child>,
    client: Option<Client>,
    session_id: Option<String>,
    data_dir: PathBuf,
    pub(crate) home_dir: PathBuf,
    artifacts: PathBuf,
    log_path: PathBuf,
    shots: AtomicU32,
    // Dropped last (after `Drop::drop` has stopped every process).
    _tmp: tempfile::TempDir,
}

impl Harness {
    /// Start tauri-driver with fresh directories and wait until it answers.
    pub(crate) async fn start(name: &'static str) -> Harness {
        let tmp = tempfile::Builder::new()
            .prefix(&format!("feldbuch-e2e-{name}-"))
            .tempdir()
            .expect("create a temporary directory");
        let data_dir = tmp.path().join("data");
        let cache_dir = tmp.path().join("cache");
        let config_dir = tmp.path().join("config");
        let home_dir = tmp.path().join("home");
        let tmp_dir = tmp.path().join("tmp");
        for dir in [&data_dir, &cache_dir, &config_dir, &home_dir, &tmp_dir] {
            std::fs::create_dir_all(dir).expect("create a temporary sub-directory");
        }
        let artifacts = Path::new(env!("CARGO_TARGET_TMPDIR")).join("feldbuch-e2e");
        std::fs::create_dir_all(&artifacts).expect("create target/tmp/feldbuch-e2e");
        let log_path = artifacts.join(format!("{name}-tauri-driver.log"));
        let log = std::fs::File::create(&log_path).expect("create the tauri-driver log file");
        let log_err = log.try_clone().expect("clone the log file handle");

        let port = free_port_pair();
        let driver = tauri_driver_path();
        let child = Command::new(&driver)
            .arg("--port")
            .arg(port.to_string())
            .arg("--native-port")
            .arg((port + 1).to_string())
            // Only these; XDG_DATA_HOME stays as it is (the keyring daemon lives there). HOME is
            // where the app writes an Auskunft (there is no XDG documents folder configured).
            .env("FELDBUCH_DATA_DIR", &data_dir)
            .env("HOME", &home_dir)
            .env("XDG_CACHE_HOME", &cache_dir)
            .env("XDG_CONFIG_HOME", &config_dir)
            .env("TMPDIR", &tmp_dir)
            .stdin(Stdio::null())
            .stdout(Stdio::from(log))
            .stderr(Stdio::from(log_err))
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", driver.display()));

        let mut harness = Harness {
            name,
            port,
            driver: Some(child),
            client: None,
            session_id: None,
            data_dir,
            home_dir,
            artifacts,
            log_path,
            shots: AtomicU32::new(0),
            _tmp: tmp,
        };
        harness.wait_driver_ready().await;
        harness
    }

    pub(crate) async fn wait_driver_ready(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(child) = self.driver.as_mut() {
                if let Ok(Some(status)) = child.try_wait() {
                    self.driver = None;
                    panic!(
                        "tauri-driver exited early with {status}; log {}:\n{}",
                        self.log_path.display(),
                        log_tail(&self.log_path, 4000)
                    );
                }
            }
            let port = self.port;
            let ready = tokio::task::spawn_blocking(move || status_ok(port))
                .await
                .unwrap_or(false);
            if ready {
                return;
            }
            if Instant::now() >= deadline {
                panic!(
                    "tauri-driver did not answer GET /status on port {port} within 30 s; log {}:\n{}",
                    self.log_path.display(),
                    log_tail(&self.log_path, 4000)
                );
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
    }

    /// New WebDriver session = start the app.
    pub(crate) async fn open_session(&mut self) {
        assert!(self.client.is_none(), "a WebDriver session is already open");
        let url = format!("http://127.0.0.1:{}", self.port);
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".to_owned(), json!("wry"));
        caps.insert("tauri:options".to_owned(), json!({ "application": app() }));
        let mut builder = ClientBuilder::rustls()
            .expect("build the rustls connector for fantoccini (native root certificates)");
        builder.capabilities(caps);
        let client = match tokio::time::timeout(SLOW, builder.connect(&url)).await {
            Ok(Ok(client)) => client,
            Ok(Err(e)) => panic!(
                "cannot open a WebDriver session (start {}) via {url}: {e}; log {}:\n{}",
                app(),
                self.log_path.display(),
                log_tail(&self.log_path, 4000)
            ),
            Err(_) => panic!(
                "opening a WebDriver session via {url} took longer than {SLOW:?}; log {}:\n{}",
                self.log_path.display(),
                log_tail(&self.log_path, 4000)
            ),
        };
        self.session_id = within(client.session_id()).await.ok().flatten();
        self.client = Some(client);
    }

    /// Close the WebDriver session (= quit the app) and wait until the app process is gone.
    pub(crate) async fn close_session(&mut self) {
        if let Some(client) = self.client.take() {
            if let Err(e) = within(client.close()).await {
                panic!(
                    "closing the WebDriver session failed: {e}; log {}:\n{}",
                    self.log_path.display(),
                    log_tail(&self.log_path, 4000)
                );
            }
        }
        self.session_id = None;
        let data_dir = self.data_dir.clone();
        let gone =
            tokio::task::spawn_blocking(move || wait_no_app(&data_dir, Duration::from_secs(30)))
                .await
                .unwrap_or(false);
        if !gone {
            eprintln!(
                "[{}] warning: the app process was still running 30 s after the session was closed",
                self.name
            );
        }
    }

    /// Quit the app and start it again on the same data.
    pub(crate) async fn restart_app(&mut self) {
        self.close_session().await;
        self.open_session().await;
    }

    /// Normal end of a test: quit the app; `Drop` stops tauri-driver.
    pub(crate) async fn finish(mut self) {
        self.close_session().await;
    }

    /// The app's data directory (FELDBUCH_DATA_DIR), for the CLI to work on the same store.
    pub(crate) fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The folder holding this run's data, cache, config, home and temp folders.
    pub(crate) fn root(&self) -> &Path {
        self._tmp.path()
    }

    /// Where tauri-driver, and so the app, writes its output.
    pub(crate) fn log_path(&self) -> &Path {
        &self.log_path
    }

    pub(crate) fn c(&self) -> &Client {
        self.client.as_ref().expect("no WebDriver session is open")
    }

    // ----- diagnostics ---------------------------------------------------------------------

    pub(crate) async fn page_text(&self) -> String {
        let script =
            "return document.body ? document.body.innerText : document.documentElement.outerHTML;";
        match within(self.c().execute(script, vec![])).await {
            Ok(Value::String(s)) => s,
            Ok(other) => other.to_string(),
            Err(e) => format!("(page text unavailable: {e})"),
        }
    }

    pub(crate) async fn active_testid(&self) -> Option<String> {
        let el = within(self.c().active_element()).await.ok()?;
        within(el.attr("data-testid")).await.ok().flatten()
    }

    pub(crate) async fn active_description(&self) -> String {
        let script = "const e = document.activeElement; if (!e) return '(none)'; \
                      return e.tagName.toLowerCase() + (e.getAttribute('data-testid') ? \
                      '[data-testid=' + e.getAttribute('data-testid') + ']' : '') + \
                      (e.id ? '#' + e.id : '');";
        match within(self.c().execute(script, vec![])).await {
            Ok(Value::String(s)) => s,
            Ok(other) => other.to_string(),
            Err(e) => format!("(unknown: {e})"),
        }
    }

    /// A failure message with everything that helps to understand what the UI showed.
    pub(crate) async fn diagnose(&self, what: &str) -> String {
        let n = self.shots.fetch_add(1, Ordering::Relaxed);
        let shot_path = self.artifacts.join(format!("{}-{n}.png", self.name));
        let shot = match self.client.as_ref() {
            None => "(no session)".to_owned(),
            Some(client) => match within(client.screenshot()).await {
                Ok(png) => match std::fs::write(&shot_path, png) {
                    Ok(()) => shot_path.display().to_string(),
                    Err(e) => format!("(cannot write {}: {e})", shot_path.display()),
                },
                Err(e) => format!("(screenshot failed: {e})"),
            },
        };
        let (text, active) = if self.client.is_some() {
            (self.page_text().await, self.active_description().await)
        } else {
            ("(no session)".to_owned(), "(no session)".to_owned())
        };
        format!(
            "[{}] {what}\n  focused element: {active}\n  screenshot: {shot}\n  tauri-driver/app log: {}\n  page text:\n{}\n  log tail:\n{}",
            self.name,
            self.log_path.display(),
            head(&text, 4000),
            log_tail(&self.log_path, 2000),
        )
    }

    // ----- finding and waiting -------------------------------------------------------------

    /// The first element matching `css` that is displayed, if any (one probe).
    pub(crate) async fn find_visible(&self, css: &str) -> Option<Element> {
        let elements = within(self.c().find_all(Locator::Css(css))).await.ok()?;
        for el in elements {
            if let Ok(true) = within(el.is_displayed()).await {
                return Some(el);
            }
        }
        None
    }

    /// Poll `probe` until it gives `Ok`; when `timeout` has passed, fail with its last `Err` (and
    /// the page text, focus, screenshot and log tail).
    pub(crate) async fn wait_until<T, F, Fut>(&self, timeout: Duration, mut probe: F) -> T
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, String>>,
    {
        let deadline = Instant::now() + timeout;
        loop {
            let last = match probe().await {
                Ok(v) => return v,
                Err(e) => e,
            };
            if Instant::now() >= deadline {
                let msg = self.diagnose(&format!("{last} (waited {timeout:?})")).await;
                panic!("{msg}");
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Poll until an element matching `css` is displayed.
    pub(crate) async fn wait_for(&self, css: &str, timeout: Duration) -> Element {
        self.wait_until(timeout, || async {
            self.find_visible(css)
                .await
                .ok_or_else(|| format!("no visible `{css}`"))
        })
        .await
    }

    pub(crate) async fn wait_testid(&self, testid: &str, timeout: Duration) -> Element {
        self.wait_for(&by_testid(testid), timeout).await
    }

    /// Like [`Self::wait_testid`], but fail at once (with its text) if `error_testid` shows up.
    pub(crate) async fn wait_testid_or_error(
        &self,
        testid: &str,
        error_testid: &str,
        timeout: Duration,
    ) -> Element {
        let found = self
            .wait_until(timeout, || async {
                if let Some(el) = self.find_visible(&by_testid(testid)).await {
                    return Ok(Ok(el));
                }
                if let Some(err) = self.find_visible(&by_testid(error_testid)).await {
                    return Ok(Err(within(err.text()).await.unwrap_or_default()));
                }
                Err(format!("no visible `{testid}`"))
            })
            .await;
        match found {
            Ok(el) => el,
            Err(text) => {
                let msg = self
                    .diagnose(&format!(
                        "waiting for `{testid}`, but `{error_testid}` appeared instead: {text:?}"
                    ))
                    .await;
                panic!("{msg}");
            }
        }
    }

    pub(crate) async fn is_visible(&self, testid: &str) -> bool {
        self.find_visible(&by_testid(testid)).await.is_some()
    }

    /// `None` when the page fits the window's width; otherwise how far it scrolls sideways and
    /// the element that sticks out furthest (WCAG 1.4.10: no scrolling in two directions). A
    /// long key or path that does not wrap does this; see `click` for what it did to WebDriver.
    pub(crate) async fn sideways_overflow(&self) -> Option<String> {
        let script = "const d = document.documentElement;
             const over = d.scrollWidth - d.clientWidth;
             if (over <= 0) return '';
             const rtl = getComputedStyle(d).direction === 'rtl';
             let worst = null, most = 0;
             for (const e of document.body.querySelectorAll('*')) {
               // Its box or its content (text that does not wrap); the deepest one wins a tie.
               const r = e.getBoundingClientRect();
               const out = rtl ? -Math.min(r.left, r.right - e.scrollWidth)
                               : Math.max(r.right, r.left + e.scrollWidth) - d.clientWidth;
               if (out > 0 && out >= most) { most = out; worst = e; }
             }
             return 'the page scrolls sideways by ' + over + ' px; furthest out: '
               + (worst ? worst.outerHTML.slice(0, 160) : '(none found)');";
        match within(self.c().execute(script, vec![])).await {
            Ok(Value::String(s)) if s.is_empty() => None,
            Ok(Value::String(s)) => Some(s),
            Ok(other) => Some(format!("unexpected answer {other}")),
            Err(e) => Some(format!("cannot measure the page's width: {e}")),
        }
    }

    /// Fail (with diagnostics) when the page scrolls sideways; `when` names the state.
    pub(crate) async fn assert_fits_width(&self, when: &str) {
        if let Some(what) = self.sideways_overflow().await {
            let msg = self.diagnose(&format!("{when}: {what}")).await;
            panic!("{msg}");
        }
    }

    pub(crate) async fn text_of(&self, testid: &str) -> String {
        let el = self.wait_testid(testid, UI).await;
        match within(el.text()).await {
            Ok(text) => text,
            Err(e) => {
                let msg = self
                    .diagnose(&format!("cannot read the text of `{testid}`: {e}"))
                    .await;
                panic!("{msg}");
            }
        }
    }

    pub(crate) async fn click(&self, testid: &str) {
        let el = self.wait_testid(testid, UI).await;
        // With the page 30 px wider than the window, a click on a button that WebDriver had
        // scrolled to the window's bottom edge did nothing and WebKitWebDriver stopped answering
        // (most likely the click hit the sideways scrollbar there). Say so instead of hanging.
        self.assert_fits_width(&format!("before clicking `{testid}`"))
            .await;
        if let Err(e) = within(el.click()).await {
            let msg = self
                .diagnose(&format!("clicking `{testid}` failed: {e}"))
                .await;
            panic!("{msg}");
        }
    }

    /// Current `value` property of the (visible) element with this test id, if readable.
    pub(crate) async fn value_of(&self, testid: &str) -> Option<String> {
        let el = self.find_visible(&by_testid(testid)).await?;
        within(el.prop("value")).await.ok().flatten()
    }

    /// Poll until the `value` of `testid` satisfies `ok`; returns the value.
    pub(crate) async fn wait_value(
        &self,
        testid: &str,
        expected: &str,
        ok: impl Fn(&str) -> bool,
        timeout: Duration,
    ) -> String {
        self.wait_until(timeout, || async {
            match self.value_of(testid).await {
                Some(v) if ok(&v) => Ok(v),
                other => Err(format!(
                    "the value of `{testid}` should be {expected}, but is {other:?}"
                )),
            }
        })
        .await
    }

    /// Poll until a script returns exactly `expected`.
    pub(crate) async fn wait_js(&self, script: &str, expected: &Value, timeout: Duration) {
        self.wait_until(timeout, || async {
            match within(self.c().execute(script, vec![])).await {
                Ok(v) if v == *expected => Ok(()),
                other => Err(format!(
                    "`{script}` should give {expected}, but gave {other:?}"
                )),
            }
        })
        .await
    }

    pub(crate) async fn wait_attr(
        &self,
        testid: &str,
        attr: &str,
        expected: &str,
        timeout: Duration,
    ) {
        self.wait_until(timeout, || async {
            let mut got = None;
            if let Some(el) = self.find_visible(&by_testid(testid)).await {
                got = within(el.attr(attr)).await.ok().flatten();
            }
            if got.as_deref() == Some(expected) {
                Ok(())
            } else {
                Err(format!(
                    "attribute `{attr}` of `{testid}` should be {expected:?}, but is {got:?}"
                ))
            }
        })
        .await
    }

    pub(crate) async fn wait_enabled(&self, testid: &str, timeout: Duration) -> Element {
        self.wait_until(timeout, || async {
            if let Some(el) = self.find_visible(&by_testid(testid)).await {
                if let Ok(true) = within(el.is_enabled()).await {
                    return Ok(el);
                }
            }
            Err(format!("`{testid}` did not become visible and enabled"))
        })
        .await
    }

    /// Texts of all `contact-row`s inside `today-contacts` (present in the DOM, visible or not).
    pub(crate) async fn contact_rows(&self) -> Result<Vec<String>, String> {
        self.texts(&format!(
            "{} {}",
            by_testid("today-contacts"),
            by_testid("contact-row")
        ))
        .await
    }

    /// The rendered text of every element matching `css` (shown or not).
    pub(crate) async fn texts(&self, css: &str) -> Result<Vec<String>, String> {
        let script = "return Array.from(document.querySelectorAll(arguments[0]))
                        .map(r => r.innerText || r.textContent || '');";
        match within(self.c().execute(script, vec![json!(css)])).await? {
            Value::Array(items) => Ok(items
                .into_iter()
                .map(|v| {
                    v.as_str()
                        .map(str::to_owned)
                        .unwrap_or_else(|| v.to_string())
                })
                .collect()),
            other => Err(format!("unexpected script result {other}")),
        }
    }

    /// Poll until a contact row contains all `needles`; returns its text.
    pub(crate) async fn wait_contact_row(&self, needles: &[&str], timeout: Duration) -> String {
        let css = format!(
            "{} {}",
            by_testid("today-contacts"),
            by_testid("contact-row")
        );
        self.wait_row(&css, needles, timeout).await
    }

    /// Poll until an element matching `css` contains all `needles`; returns its text.
    pub(crate) async fn wait_row(&self, css: &str, needles: &[&str], timeout: Duration) -> String {
        self.wait_until(timeout, || async {
            let rows = self.texts(css).await?;
            rows.iter()
                .find(|r| needles.iter().all(|n| r.contains(n)))
                .cloned()
                .ok_or_else(|| format!("no `{css}` contains all of {needles:?}; rows: {rows:?}"))
        })
        .await
    }

    pub(crate) async fn assert_no_contact_rows(&self, context: &str) {
        // The container itself must be there, otherwise "no rows" proves nothing.
        self.wait_present(&by_testid("today-contacts"), UI).await;
        match self.contact_rows().await {
            Ok(rows) if rows.is_empty() => {}
            other => {
                let msg = self
                    .diagnose(&format!(
                        "{context}: expected no `contact-row` in `today-contacts`, got {other:?}"
                    ))
                    .await;
                panic!("{msg}");
            }
        }
    }

    /// Poll until an element matching `css` exists (displayed or not; an empty list may have no size).
    pub(crate) async fn wait_present(&self, css: &str, timeout: Duration) {
        self.wait_until(timeout, || async {
            match within(self.c().find_all(Locator::Css(css))).await {
                Ok(found) if !found.is_empty() => Ok(()),
                _ => Err(format!("no `{css}` exists")),
            }
        })
        .await
    }

    // ----- keyboard ------------------------------------------------------------------------

    /// Poll until the focused element has this test id.
    pub(crate) async fn expect_focus(&self, testid: &str) {
        self.wait_until(QUICK, || async {
            if self.active_testid().await.as_deref() == Some(testid) {
                Ok(())
            } else {
                Err(format!("keyboard focus should be on `{testid}`"))
            }
        })
        .await
    }

    /// Send keys to whatever element has the focus (falls back to WebDriver key actions).
    pub(crate) async fn press(&self, text: &str) {
        let el = match within(self.c().active_element()).await {
            Ok(el) => el,
            Err(e) => {
                let msg = self
                    .diagnose(&format!("no focused element to type into: {e}"))
                    .await;
                panic!("{msg}");
            }
        };
        if let Err(e) = within(el.send_keys(text)).await {
            eprintln!(
                "[{}] send-keys to the focused element failed ({e}); using WebDriver key actions",
                self.name
            );
            if let Err(e2) = within(self.c().perform_actions(key_actions(text))).await {
                let msg = self
                    .diagnose(&format!(
                        "typing {text:?} failed: send-keys: {e}; key actions: {e2}"
                    ))
                    .await;
                panic!("{msg}");
            }
            let _ = within(self.c().release_actions()).await;
        }
    }

    /// Press Tab and check where the focus went.
    pub(crate) async fn tab_to(&self, testid: &str) {
        self.press(&tab()).await;
        self.expect_focus(testid).await;
    }

    pub(crate) async fn focused_value(&self) -> Option<String> {
        let el = within(self.c().active_element()).await.ok()?;
        within(el.prop("value")).await.ok().flatten()
    }

    /// Replace the value of the focused text/number field using keys only, then check it.
    pub(crate) async fn replace_focused(&self, text: &str) {
        // Select all and delete; then, should select-all not have worked, delete from the end.
        self.press(&format!("{}a{}{}", Key::Control, Key::Null, Key::Backspace))
            .await;
        for _ in 0..3 {
            let current = self.focused_value().await.unwrap_or_default();
            if current.is_empty() {
                break;
            }
            let n = current.chars().count() + 1;
            let mut wipe = keys(&[Key::End]);
            wipe.push_str(&keys(&[Key::Backspace]).repeat(n));
            self.press(&wipe).await;
        }
        if !text.is_empty() {
            self.press(text).await;
        }
        self.wait_until(QUICK, || async {
            match self.focused_value().await {
                Some(v) if v == text => Ok(()),
                value => Err(format!(
                    "after typing {text:?} into the focused field its value is {value:?} \
                     (if non-ASCII characters are missing, key synthesis lost them)"
                )),
            }
        })
        .await
    }

    /// Click `button`, which opens the system's own file dialog (GTK under Xvfb), and choose
    /// `path` in it as a person does: real key presses from the X server (xdotool), Ctrl+L and
    /// the path into the location field (a save dialog: over the suggested name), then Enter.
    /// `title` is the dialog's window title (its Fluent text). Waits until the dialog is gone.
    pub(crate) async fn choose_in_dialog(&self, button: &str, title: &str, path: &str, save: bool) {
        self.click(button).await;
        let xdotool = |args: &[&str]| {
            Command::new("xdotool")
                .args(args)
                .output()
                .expect("run xdotool (installed by .ci/setup)")
        };
        let deadline = Instant::now() + UI;
        let window = loop {
            let found = xdotool(&["search", "--onlyvisible", "--name", title]);
            let id = String::from_utf8_lossy(&found.stdout)
                .lines()
                .next()
                .map(str::to_owned);
            if let Some(id) = id {
                break id;
            }
            if Instant::now() > deadline {
                let msg = self
                    .diagnose(&format!("no dialog {title:?} opened by `{button}`"))
                    .await;
                panic!("{msg}");
            }
            tokio::time::sleep(POLL).await;
        };
        // The dialog draws its widgets a moment after it maps.
        tokio::time::sleep(Duration::from_millis(700)).await;
        xdotool(&["windowfocus", "--sync", &window]);
        if save {
            xdotool(&["key", "--clearmodifiers", "ctrl+a"]);
        } else {
            xdotool(&["key", "--clearmodifiers", "ctrl+l"]);
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
        // A folder is typed with its trailing slash: Enter opens it, the next Enter (nothing typed
        // in the location field) takes the folder shown.
        let typed = if !save && Path::new(path).is_dir() && !path.ends_with('/') {
            format!("{path}/")
        } else {
            path.to_string()
        };
        xdotool(&["type", "--delay", "15", &typed]);
        tokio::time::sleep(Duration::from_millis(300)).await;
        // Enter takes a file; in a folder dialog it opens the typed folder instead, and the
        // dialog's accept button (Alt+S "Select", Alt+O "Open") takes the folder shown.
        for keys in ["Return", "Return", "alt+s", "alt+o"] {
            xdotool(&["key", "--clearmodifiers", keys]);
            tokio::time::sleep(Duration::from_millis(800)).await;
            let open = xdotool(&["search", "--onlyvisible", "--name", title]);
            if String::from_utf8_lossy(&open.stdout).trim().is_empty() {
                return;
            }
        }
        // The dialog is no part of the page: a picture of the whole screen, where xwd is there.
        let shot = self
            .artifacts
            .join(format!("{}-dialog-screen.png", self.name));
        let _ = Command::new("sh")
            .arg("-c")
            .arg(format!(
                "xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > '{}'",
                shot.display()
            ))
            .status();
        let msg = self
            .diagnose(&format!(
                "the dialog {title:?} did not take {path:?} (screen: {})",
                shot.display()
            ))
            .await;
        panic!("{msg}");
    }

    /// Click a text field, check it has the focus, and replace its value by typing.
    pub(crate) async fn fill(&self, testid: &str, text: &str) {
        self.click(testid).await;
        self.expect_focus(testid).await;
        self.replace_focused(text).await;
    }

    /// Choose an `<option value=…>` of a `<select>`.
    pub(crate) async fn select_value(&self, testid: &str, value: &str) {
        let el = self.wait_testid(testid, UI).await;
        let clicked = within(el.select_by_value(value)).await;
        let deadline = Instant::now() + Duration::from_secs(3);
        loop {
            if self.value_of(testid).await.as_deref() == Some(value) {
                return;
            }
            if Instant::now() >= deadline {
                break;
            }
            tokio::time::sleep(POLL).await;
        }
        // The WebDriver option click did not take; set it the way a user's choice arrives
        // (native setter + input/change events, which Svelte's bind:value listens to).
        eprintln!(
            "[{}] selecting {value:?} in `{testid}` by option click did not take ({clicked:?}); setting it by script",
            self.name
        );
        let el = self.wait_testid(testid, UI).await;
        let script = "const [el, v] = arguments; \
                      const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set; \
                      setter.call(el, v); \
                      el.dispatchEvent(new Event('input', { bubbles: true })); \
                      el.dispatchEvent(new Event('change', { bubbles: true })); \
                      return el.value;";
        let arg = serde_json::to_value(&el).expect("serialise a WebDriver element reference");
        let _ = within(self.c().execute(script, vec![arg, json!(value)])).await;
        self.wait_value(
            testid,
            &format!("{value:?} (does the option exist?)"),
            |v| v == value,
            QUICK,
        )
        .await;
    }
}

impl Drop for Harness {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!(
                "[{}] test failed; tauri-driver/app log: {}; screenshots in {}",
                self.name,
                self.log_path.display(),
                self.artifacts.display()
            );
        }
        // Quit the app if a session is still open (a failed test).
        if let Some(session_id) = self.session_id.take() {
            delete_session_blocking(self.port, &session_id);
        }
        // Stop tauri-driver (it stops WebKitWebDriver). SIGTERM only, never SIGKILL.
        if let Some(mut child) = self.driver.take() {
            sigterm(child.id());
            if !wait_child(&mut child, Duration::from_secs(20)) {
                eprintln!(
                    "[{}] warning: tauri-driver (pid {}) still runs 20 s after SIGTERM",
                    self.name,
                    child.id()
                );
            }
        }
        // An app process of this test that outlived its driver gets a SIGTERM too.
        if !wait_no_app(&self.data_dir, Duration::from_secs(5)) {
            for pid in app_pids(&self.data_dir) {
                sigterm(pid);
            }
            if !wait_no_app(&self.data_dir, Duration::from_secs(10)) {
                eprintln!("[{}] warning: an app process is still running", self.name);
            }
        }
    }
}
