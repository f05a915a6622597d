//! Localized `--help`: clap's texts (descriptions, option help, headings) are replaced at run
//! time by Fluent messages from `locales/<lang>/cli.ftl`, so the help speaks the user's language
//! like every other message. Parsing is not affected.
//!
//! Message ids: `cli-about` (the program), `cli-about-<path>` (a sub-command, path joined by `-`,
//! e.g. `cli-about-contact-add`), `cli-arg-<path>-<arg>` or else `cli-arg-<arg>` (an option),
//! and `cli-help-usage`, `cli-help-options`, `cli-help-commands`, `cli-help-flag`,
//! `cli-version-flag`.

use clap::{Arg, ArgAction, Command};
use feldbuch_core::Localizer;

fn kebab(id: &str) -> String {
    id.replace('_', "-")
}

fn walk(mut cmd: Command, path: &str, l: &Localizer) -> Command {
    let about_id = if path.is_empty() {
        "cli-about".to_string()
    } else {
        format!("cli-about-{path}")
    };
    if l.has(&about_id) {
        cmd = cmd.about(l.tr(&about_id, &[]));
    }
    let options = l.tr("cli-help-options", &[]);
    let arg_ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().as_str().to_string())
        .collect();
    for id in arg_ids {
        let specific = format!("cli-arg-{path}-{}", kebab(&id));
        let shared = format!("cli-arg-{}", kebab(&id));
        let help = [specific, shared].into_iter().find(|m| l.has(m));
        let heading = options.clone();
        cmd = cmd.mut_arg(id.as_str(), move |a| {
            // clap's own "[default: …]" and "[env: …]" are English: show defaults neutrally.
            let defaults: Vec<String> = a
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect();
            let a = if a.get_action().takes_values() {
                a.help_heading(heading)
                    .hide_default_value(true)
                    .hide_env(true)
            } else {
                a.help_heading(heading)
            };
            match &help {
                Some(m) if defaults.is_empty() => a.help(l.tr(m, &[])),
                Some(m) => a.help(format!("{} [{}]", l.tr(m, &[]), defaults.join(", "))),
                None => a,
            }
        });
    }
    let usage = l.tr("cli-help-usage", &[]);
    cmd = cmd
        .help_template(format!(
            "{{about-with-newline}}\n{usage}: {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(l.tr("cli-help-commands", &[]))
        .disable_help_subcommand(true);
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path}-{name}")
        };
        cmd = cmd.mut_subcommand(name.as_str(), |s| walk(s, &sub_path, l));
    }
    cmd
}

/// The CLI's clap command with every help text in the language of `l`.
pub fn localized(cmd: Command, l: &Localizer) -> Command {
    let cmd = cmd
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .global(true)
                .action(ArgAction::Help),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version),
        );
    let cmd = walk(cmd, "", l);
    cmd.mut_arg("help", |a| a.help(l.tr("cli-help-flag", &[])))
        .mut_arg("version", |a| a.help(l.tr("cli-version-flag", &[])))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use clap::CommandFactory;
    use feldbuch_core::vocab::Locale;

    fn ids(cmd: &Command, path: &str, out: &mut Vec<(String, Vec<String>)>) {
        let args = cmd
            .get_arguments()
            .map(|a| a.get_id().as_str().to_string())
            .filter(|a| a != "help" && a != "version")
            .collect();
        out.push((path.to_string(), args));
        for s in cmd.get_subcommands() {
            let p = if path.is_empty() {
                s.get_name().to_string()
            } else {
                format!("{path}-{}", s.get_name())
            };
            ids(s, &p, out);
        }
    }

    /// Every command and every option has a localized description: a new option without one
    /// fails here.
    #[test]
    fn every_command_and_option_has_a_message() {
        let l = Localizer::new(Locale::De);
        let mut all = vec![];
        ids(&crate::args::Cli::command(), "", &mut all);
        assert!(all.len() > 10);
        let mut missing = vec![];
        for (path, args) in all {
            let about = if path.is_empty() {
                "cli-about".to_string()
            } else {
                format!("cli-about-{path}")
            };
            if !l.has(&about) {
                missing.push(about);
            }
            for a in args {
                let a = kebab(&a);
                if !(l.has(&format!("cli-arg-{path}-{a}")) || l.has(&format!("cli-arg-{a}"))) {
                    missing.push(format!("cli-arg-{path}-{a}"));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "no message for:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn help_is_rendered_in_the_chosen_language() {
        let de = localized(crate::args::Cli::command(), &Localizer::new(Locale::De))
            .render_help()
            .to_string();
        let ar = localized(crate::args::Cli::command(), &Localizer::new(Locale::Ar))
            .render_help()
            .to_string();
        assert!(
            de.contains(&Localizer::new(Locale::De).tr("cli-about-init", &[])),
            "{de}"
        );
        assert!(
            de.contains(&Localizer::new(Locale::De).tr("cli-help-usage", &[])),
            "{de}"
        );
        assert!(
            ar.contains(&Localizer::new(Locale::Ar).tr("cli-about-init", &[])),
            "{ar}"
        );
        assert_ne!(de, ar);
    }
}
