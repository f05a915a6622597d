//! Fluent localisation for the Rust side (CLI, errors, reports). The `.ftl` files under
//! `locales/<lang>/` are the single source of every user-visible string; the UI loads the very
//! same files. Rust embeds the files it needs at compile time.

use crate::error::Error;
use crate::vocab::Locale;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

macro_rules! locale_files {
    ($($lang:literal),+) => {
        &[$(
            ($lang, "common", include_str!(concat!("../../../locales/", $lang, "/common.ftl"))),
            ($lang, "errors", include_str!(concat!("../../../locales/", $lang, "/errors.ftl"))),
            ($lang, "cli", include_str!(concat!("../../../locales/", $lang, "/cli.ftl"))),
            ($lang, "report", include_str!(concat!("../../../locales/", $lang, "/report.ftl"))),
            ($lang, "print", include_str!(concat!("../../../locales/", $lang, "/print.ftl"))),
        )+]
    };
}

/// The embedded Fluent sources: (locale, file stem, text).
pub const EMBEDDED: &[(&str, &str, &str)] = locale_files!("de", "en", "tr", "ar", "uk");

/// Formats messages in one locale, falling back to German (the reference) and then to the id.
pub struct Localizer {
    locale: Locale,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
}

fn build(locale: Locale) -> FluentBundle<FluentResource> {
    let langid: unic_langid::LanguageIdentifier = locale
        .id()
        .parse()
        .unwrap_or_else(|_| unic_langid::langid!("de"));
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Terminal output and files: no Unicode isolation marks around placeables.
    bundle.set_use_isolating(false);
    for (lang, _, text) in EMBEDDED {
        if *lang == locale.id() {
            let res = match FluentResource::try_new((*text).to_string()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            let _ = bundle.add_resource(res);
        }
    }
    bundle
}

impl Localizer {
    /// A localizer for `locale`.
    pub fn new(locale: Locale) -> Self {
        Self {
            locale,
            bundle: build(locale),
            fallback: (locale != Locale::De).then(|| build(Locale::De)),
        }
    }

    /// The locale.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// Whether the message exists in this locale.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Format message `id` with string arguments; numeric-looking values become numbers so
    /// plural selectors work.
    pub fn tr(&self, id: &str, args: &[(&str, &str)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            match v.parse::<i64>() {
                Ok(n) => fargs.set(*k, FluentValue::from(n)),
                Err(_) => fargs.set(*k, FluentValue::from(v.to_string())),
            }
        }
        for bundle in std::iter::once(&self.bundle).chain(self.fallback.as_ref()) {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = vec![];
                return bundle
                    .format_pattern(pattern, Some(&fargs), &mut errors)
                    .into_owned();
            }
        }
        id.to_string()
    }

    /// The localized text of an error.
    pub fn error(&self, e: &Error) -> String {
        let args = e.args();
        let pairs: Vec<(&str, &str)> = args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        self.tr(e.code(), &pairs)
    }
}
