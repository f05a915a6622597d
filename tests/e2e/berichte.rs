//! The report three ways: the Berichte screen in the real window, `feldbuch report --json` and
//! the XLSX workbook (written by the CLI and by the app's "Save XLSX") show the same published
//! figures for the same store, small counts as "< k" everywhere.

use crate::flows::*;
use crate::harness::*;
use calamine::{Data, Reader, Xlsx};
use serde_json::Value;
use std::path::Path;

/// The key figures of a workbook's first sheet: label → (current, previous) as published
/// (a number, or the "< k" text as `None`).
/// A number as a face shows it: published, or the mark that hides it (`small`, `protect`).
#[derive(Debug, Clone, PartialEq)]
enum Shown {
    Value(f64),
    Hidden(String),
}

/// A number of `report --json`: a number, or `{"hidden": "small" | "protect"}`.
fn json_shown(v: &Value) -> Shown {
    match v.as_f64() {
        Some(x) => Shown::Value(x),
        None => Shown::Hidden(
            v["hidden"]
                .as_str()
                .unwrap_or_else(|| panic!("{v} is neither a number nor a mark"))
                .to_owned(),
        ),
    }
}

fn workbook_figures(path: &Path, labels: &[String]) -> Vec<(Shown, Shown)> {
    let mut wb: Xlsx<_> = calamine::open_workbook(path).expect("open the workbook");
    let first = wb.sheet_names()[0].clone();
    let range = wb.worksheet_range(&first).expect("read the first sheet");
    let (h, _) = range.get_size();
    let num = |d: Option<&Data>| match d {
        Some(Data::Float(x)) => Shown::Value(*x),
        Some(Data::Int(x)) => Shown::Value(*x as f64),
        Some(Data::String(s)) if s.starts_with('<') => Shown::Hidden("small".into()),
        Some(Data::String(s)) if s == "x" => Shown::Hidden("protect".into()),
        other => panic!("unexpected cell {other:?}"),
    };
    labels
        .iter()
        .map(|label| {
            let row = (0..h as u32)
                .find(|&r| matches!(range.get_value((r, 0)), Some(Data::String(s)) if s == label))
                .unwrap_or_else(|| panic!("{label} is not on the first sheet"));
            (
                num(range.get_value((row, 1))),
                num(range.get_value((row, 2))),
            )
        })
        .collect()
}

/// A value from the screen: `data-value`, or the mark of `data-hidden` (a small count shows
/// "< k", a cell hidden to protect one never does).
async fn screen_value(h: &Harness, css: &str) -> Shown {
    let el = h.wait_for(css, UI).await;
    let value = within(el.attr("data-value")).await.ok().flatten();
    let hidden = within(el.attr("data-hidden")).await.ok().flatten();
    match (value, hidden) {
        (Some(v), _) => Shown::Value(
            v.parse()
                .unwrap_or_else(|_| panic!("{css}: {v:?} is no number")),
        ),
        (None, Some(mark)) => {
            let text = within(el.text()).await.unwrap_or_default();
            assert_eq!(
                text.contains('<'),
                mark == "small",
                "{css}: hidden as {mark} but shows {text:?}"
            );
            Shown::Hidden(mark)
        }
        (None, None) => panic!("{css} carries neither data-value nor data-hidden"),
    }
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "end-to-end: needs Xvfb, tauri-driver and an unlocked keyring; run by .ci/test"]
async fn berichte_cli_and_workbook_agree() {
    let _serial = serial();
    let mut h = Harness::start("berichte").await;
    h.open_session().await;
    setup(&h, PASSPHRASE).await;
    h.close_session().await;

    // A quarter of work through the CLI (the app is closed): 9 contacts at the KiTa, 2 on the
    // street (a small group), 1 in the quarter before.
    feldbuch(
        &h,
        &[
            "site",
            "add",
            "--name",
            "KiTa Sonnenblume",
            "--kind",
            "kita",
            "--district",
            "Nordend",
        ],
    );
    feldbuch(
        &h,
        &[
            "site",
            "add",
            "--name",
            "Marktplatz",
            "--kind",
            "oeffentlicher-raum",
        ],
    );
    for day in 1..=9 {
        let date = format!("2026-07-{day:02}");
        feldbuch(
            &h,
            &[
                "contact",
                "add",
                "--site",
                "KiTa Sonnenblume",
                "--kind",
                "beratung",
                "--date",
                &date,
                "--anonymous",
                "2",
                "--duration",
                "45",
                "--topic",
                "einsamkeit",
            ],
        );
    }
    for date in ["2026-08-10", "2026-09-14"] {
        feldbuch(
            &h,
            &[
                "contact",
                "add",
                "--site",
                "Marktplatz",
                "--kind",
                "kurzkontakt",
                "--date",
                date,
                "--anonymous",
                "1",
                "--duration",
                "10",
                "--topic",
                "wohnen",
            ],
        );
    }
    feldbuch(
        &h,
        &[
            "contact",
            "add",
            "--site",
            "Marktplatz",
            "--kind",
            "kurzkontakt",
            "--date",
            "2026-05-04",
            "--anonymous",
            "1",
            "--duration",
            "10",
        ],
    );

    let xlsx_cli = h.home_dir.join("cli-report.xlsx");
    let json: Value = serde_json::from_str(&feldbuch(
        &h,
        &[
            "report",
            "--quarter",
            "2026-Q3",
            "--json",
            "--out",
            xlsx_cli.to_str().unwrap(),
        ],
    ))
    .expect("report --json prints JSON");
    let figures = json["key_figures"].as_array().expect("key_figures");
    let contacts = &figures[0];
    assert_eq!(contacts["id"], "contacts");
    assert_eq!(contacts["current"].as_f64(), Some(11.0));

    // The app shows the same figures.
    h.open_session().await;
    unlock_with(&h, PASSPHRASE).await;
    h.click("nav-reports").await;
    h.select_value("report-quarter", "2026-Q3").await;
    h.click("report-show").await;
    h.wait_for("[data-figure=\"contacts\"]", SLOW).await;
    for f in figures {
        let id = f["id"].as_str().unwrap();
        for cell in ["current", "previous"] {
            let css = format!("[data-figure=\"{id}\"] [data-cell=\"{cell}\"]");
            assert_eq!(
                screen_value(&h, &css).await,
                json_shown(&f[cell]),
                "key figure {id} ({cell}): screen and CLI differ"
            );
        }
    }
    // Every cell of the month × site-kind table, and the small group hidden on both.
    let table = &json["contacts_by_month"];
    let rows = table["rows"].as_array().unwrap();
    let cols = table["cols"].as_array().unwrap();
    let mut hidden = 0;
    for (r, row) in rows.iter().enumerate() {
        for (c, col) in cols.iter().enumerate() {
            let css = format!(
                "[data-table=\"report-table-contacts-month\"] [data-row=\"{}\"] [data-col=\"{}\"]",
                row["key"].as_str().unwrap(),
                col["key"].as_str().unwrap()
            );
            let want = json_shown(&table["cells"][r][c]);
            hidden += usize::from(matches!(want, Shown::Hidden(_)));
            assert_eq!(screen_value(&h, &css).await, want, "{css}");
        }
    }
    assert!(
        hidden >= 2,
        "the two street contacts must be hidden, with a second cell"
    );

    // "Save XLSX": the app's workbook holds the same key figures as the CLI's.
    h.click("report-save").await;
    let status = h
        .wait_until(SLOW, || async {
            let text = h.text_of("report-save-status").await;
            if text.contains(".xlsx") {
                Ok(text)
            } else {
                Err(format!("save status {text:?}"))
            }
        })
        .await;
    let saved = std::fs::read_dir(&h.home_dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "xlsx") && p != &xlsx_cli)
        .unwrap_or_else(|| {
            panic!(
                "no workbook next to {} (status: {status})",
                xlsx_cli.display()
            )
        });
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&saved).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the workbook is the user's alone");
    }
    let labels: Vec<String> = figures
        .iter()
        .map(|f| f["label"].as_str().unwrap().to_owned())
        .collect();
    let from_json: Vec<(Shown, Shown)> = figures
        .iter()
        .map(|f| (json_shown(&f["current"]), json_shown(&f["previous"])))
        .collect();
    assert_eq!(
        workbook_figures(&xlsx_cli, &labels),
        from_json,
        "CLI workbook vs JSON"
    );
    assert_eq!(
        workbook_figures(&saved, &labels),
        from_json,
        "app workbook vs JSON"
    );
    h.finish().await;
}
