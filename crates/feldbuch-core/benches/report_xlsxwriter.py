#!/usr/bin/env python3
"""The comparison side of benches/report.rs: the same report, in Python with XlsxWriter.

Reads the CSV dump the benchmark writes (contacts.csv, sites.csv, persons.csv, referrals.csv,
activities.csv), computes the same figures with the same disclosure control (k = 3, the same
secondary suppression), and writes the same workbook: seven sheets with German labels from
locales/de/*.ftl, real numbers and dates, two native charts. Prints one JSON line with its
time and peak RSS.

    python3 report_xlsxwriter.py DUMP_DIR FROM TO OUT.xlsx
"""
import csv
import datetime as dt
import json
import os
import resource
import sys
import time

import xlsxwriter

K = 3
SITE_KINDS = ["kita", "fruehe-hilfen", "schule", "arztpraxis", "quartierszentrum",
              "beratungsstelle", "jobcenter", "oeffentlicher-raum", "sonstiges"]
CONTACT_KINDS = ["erstkontakt", "folgekontakt", "beratung", "begleitung", "kurzkontakt",
                 "telefonat", "gruppenangebot", "netzwerkkontakt"]
TOPICS = ["einsamkeit", "wohnen", "arbeit", "gesundheit", "finanzen", "familie", "sprache",
          "behoerden", "freizeit", "sonstiges"]
PARTNER_KINDS = ["quartiersmanagement", "verein", "religionsgemeinschaft", "beratungsstelle",
                 "gesundheit", "jobcenter", "behoerde", "foerderer", "sonstiges"]
STATUSES = ["vorgeschlagen", "vereinbart", "wahrgenommen", "nicht-wahrgenommen", "abgebrochen"]
ACTIVITY_KINDS = ["repair-cafe", "urban-gardening", "garten-cafe", "kompetenztraining",
                  "coaching", "netzwerktreffen", "sonstiges"]
GENDERS = ["weiblich", "maennlich", "divers", "keine-angabe"]
EMPLOYMENT = ["erwerbstaetig", "arbeitslos", "langzeitarbeitslos", "nicht-erwerbstaetig",
              "in-ausbildung"]
EDUCATION = ["isced-0-2", "isced-3-4", "isced-5-8"]
HOUSEHOLD = ["alleinlebend", "alleinerziehend", "erwerbsloser-haushalt", "sonstiger",
             "keine-angabe"]
DISADVANTAGE = ["behinderung", "drittstaatsangehoerig", "migrationshintergrund", "minderheit"]
AGE_BANDS = ["unter-18", "18-29", "30-54", "ab-55"]
FIELDS = ["entry-date", "gender", "age", "employment", "education", "household"]


def load_messages(root):
    msgs = {}
    for name in ("common.ftl", "report.ftl"):
        with open(os.path.join(root, "locales", "de", name), encoding="utf-8") as f:
            for line in f:
                if " = " in line and not line.startswith(("#", " ")):
                    k, v = line.rstrip("\n").split(" = ", 1)
                    msgs[k] = v
    return msgs


def tr(msgs, key, **args):
    s = msgs.get(key, key)
    for k, v in args.items():
        s = s.replace("{ $%s }" % k, str(v))
    return s


# --- disclosure control: the same rule as report/sdc.rs ---------------------------------------

def grid(cells, row_totals, col_totals):
    cols = len(cells[0]) if cells else 0
    out = [v for row in cells for v in row]
    if row_totals:
        out += [sum(row) for row in cells]
    if col_totals:
        out += [sum(row[c] for row in cells) for c in range(cols)]
    if row_totals and col_totals:
        out.append(sum(out[: len(cells) * cols]))
    return out


def grid_lines(rows, cols, row_totals, col_totals):
    interior = rows * cols
    rt = lambda r: interior + r
    ct = lambda c: interior + (rows if row_totals else 0) + c
    grand = interior + (rows if row_totals else 0) + (cols if col_totals else 0)
    lines = []
    if row_totals:
        lines += [(rt(r), [r * cols + c for c in range(cols)]) for r in range(rows)]
    if col_totals:
        lines += [(ct(c), [r * cols + c for r in range(rows)]) for c in range(cols)]
    if row_totals and col_totals:
        lines.append((grand, [rt(r) for r in range(rows)]))
        lines.append((grand, [ct(c) for c in range(cols)]))
    return lines


def protect(counts, lines, k):
    small = lambda v: 1 <= v < k
    hidden = [small(v) for v in counts]
    changed = True
    while changed:
        changed = False
        for margin, cells in lines:
            hid = [i for i in cells if hidden[i]]
            if hidden[margin]:
                leak = not hid and small(counts[margin])
            else:
                leak = small(sum(counts[i] for i in hid))
            if not leak:
                continue
            cand = [i for i in cells if not hidden[i] and counts[i] > 0]
            if cand:
                pick = min(cand, key=lambda i: (counts[i], i))
            elif not hidden[margin]:
                pick = margin
            else:
                continue
            hidden[pick] = True
            changed = True
    return hidden


def publish(title, head, rows, cols, raw, row_totals, col_totals):
    nr, nc = len(rows), len(cols)
    counts = grid(raw, row_totals, col_totals)
    hidden = protect(counts, grid_lines(nr, nc, row_totals, col_totals), K)
    show = lambda i: None if hidden[i] else counts[i]
    t = {"title": title, "head": head, "rows": rows, "cols": cols,
         "cells": [[show(r * nc + c) for c in range(nc)] for r in range(nr)]}
    nxt = nr * nc
    t["row_totals"] = [show(nxt + r) for r in range(nr)] if row_totals else None
    nxt += nr if row_totals else 0
    t["col_totals"] = [show(nxt + c) for c in range(nc)] if col_totals else None
    nxt += nc if col_totals else 0
    t["total"] = show(nxt) if row_totals and col_totals else None
    t["has_total"] = row_totals and col_totals
    return t


# --- the figures -----------------------------------------------------------------------------

def previous(frm, to):
    # A whole quarter compares with the quarter before, a range of whole months with as many
    # whole months before, other ranges with as many days before (as report::Period::previous).
    nxt = to + dt.timedelta(days=1)
    if frm.day == 1 and nxt.day == 1:
        n = (nxt.year * 12 + nxt.month - 1) - (frm.year * 12 + frm.month - 1)
        start = frm.year * 12 + frm.month - 1 - n
        return dt.date(start // 12, start % 12 + 1, 1), frm - dt.timedelta(days=1)
    days = (to - frm).days + 1
    return frm - dt.timedelta(days=days), frm - dt.timedelta(days=1)


def months_of(frm, to):
    out, m = [], dt.date(frm.year, frm.month, 1)
    while m <= to:
        out.append(m)
        m = dt.date(m.year + (m.month // 12), m.month % 12 + 1, 1)
    return out


def main():
    start = time.perf_counter()
    dump, frm_s, to_s, out = sys.argv[1:5]
    root = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
    msgs = load_messages(root)
    frm, to = dt.date.fromisoformat(frm_s), dt.date.fromisoformat(to_s)
    pfrom, pto = previous(frm, to)
    pfrom_s, pto_s = pfrom.isoformat(), pto.isoformat()
    months = months_of(frm, to)
    month_index = {"%04d-%02d" % (m.year, m.month): i for i, m in enumerate(months)}

    sites = {}
    districts = []
    with open(os.path.join(dump, "sites.csv"), newline="", encoding="utf-8") as f:
        for sid, kind, district in csv.reader(f):
            district = district.strip() or None
            if district not in districts:
                districts.append(district)
            kind_i = SITE_KINDS.index(kind) if kind in SITE_KINDS else len(SITE_KINDS) - 1
            sites[sid] = (kind_i, districts.index(district))

    def totals():
        return {"contacts": 0, "minutes": 0, "anon_people": 0, "anon_contacts": 0,
                "persons": set(), "new_persons": 0, "referrals": 0, "activities": 0,
                "attendance": 0}

    cur, old = totals(), totals()
    by_month = [[0] * len(SITE_KINDS) for _ in months]
    by_district = [0] * len(districts)
    by_kind = [0] * len(CONTACT_KINDS)
    by_topic = [0] * len(TOPICS)
    kind_index = {k: i for i, k in enumerate(CONTACT_KINDS)}
    with open(os.path.join(dump, "contacts.csv"), newline="", encoding="utf-8") as f:
        for cid, date, duration, kind, topics, anon, site, device, persons in csv.reader(f):
            if date < pfrom_s or date > to_s:
                continue
            current = date >= frm_s
            t = cur if current else old
            t["contacts"] += 1
            t["minutes"] += int(duration)
            t["anon_people"] += int(anon)
            if persons:
                t["persons"].update(persons.split(";"))
            else:
                t["anon_contacts"] += 1
            if not current:
                continue
            s = sites.get(site)
            if s is not None:
                m = month_index.get(date[:7])
                if m is not None:
                    by_month[m][s[0]] += 1
                by_district[s[1]] += 1
            if kind in kind_index:
                by_kind[kind_index[kind]] += 1
            mask = int(topics)
            for i in range(len(TOPICS)):
                if mask >> i & 1:
                    by_topic[i] += 1

    participants = []
    with open(os.path.join(dump, "persons.csv"), newline="", encoding="utf-8") as f:
        for row in csv.reader(f):
            pid, created, participant = row[0], row[1], row[2]
            if pfrom_s <= created <= pto_s:
                old["new_persons"] += 1
            elif frm_s <= created <= to_s:
                cur["new_persons"] += 1
            if participant == "1":
                participants.append(row)

    referrals = [[0] * len(STATUSES) for _ in PARTNER_KINDS]
    with open(os.path.join(dump, "referrals.csv"), newline="", encoding="utf-8") as f:
        for day, kind, status in csv.reader(f):
            if day < pfrom_s or day > to_s:
                continue
            if day < frm_s:
                old["referrals"] += 1
                continue
            cur["referrals"] += 1
            k = PARTNER_KINDS.index(kind) if kind in PARTNER_KINDS else len(PARTNER_KINDS) - 1
            if status in STATUSES:
                referrals[k][STATUSES.index(status)] += 1

    activities = [[0, 0, 0] for _ in ACTIVITY_KINDS]
    with open(os.path.join(dump, "activities.csv"), newline="", encoding="utf-8") as f:
        for day, kind, volunteers, attendance in csv.reader(f):
            if day < pfrom_s or day > to_s:
                continue
            t = cur if day >= frm_s else old
            t["activities"] += 1
            t["attendance"] += int(attendance)
            if day >= frm_s:
                k = ACTIVITY_KINDS.index(kind) if kind in ACTIVITY_KINDS else len(ACTIVITY_KINDS) - 1
                activities[k][0] += 1
                activities[k][1] += int(attendance)
                activities[k][2] += int(volunteers)

    label = lambda prefix, ids: [tr(msgs, "%s-%s" % (prefix, i)) for i in ids]
    not_stated = tr(msgs, "report-not-stated")
    month_rows = [tr(msgs, "report-month", month=tr(msgs, "report-month-%d" % m.month), year=m.year)
                  for m in months]
    t_month = publish(tr(msgs, "report-table-contacts-month"), tr(msgs, "report-head-month"),
                      month_rows, label("site-kind", SITE_KINDS), by_month, True, True)
    dist = sorted([(d, n) for d, n in zip(districts, by_district) if n > 0],
                  key=lambda x: (x[0] is None, (x[0] or "").lower()))
    col_contacts = [tr(msgs, "report-col-contacts")]
    t_district = publish(tr(msgs, "report-table-contacts-district"), tr(msgs, "report-head-district"),
                         [d or not_stated for d, _ in dist], col_contacts,
                         [[n] for _, n in dist], False, True)
    t_kind = publish(tr(msgs, "report-table-contacts-kind"), tr(msgs, "report-head-contact-kind"),
                     label("contact-kind", CONTACT_KINDS), col_contacts,
                     [[n] for n in by_kind], False, True)
    t_topics = publish(tr(msgs, "report-table-topics"), tr(msgs, "report-head-topic"),
                       label("topic", TOPICS), col_contacts, [[n] for n in by_topic], False, False)
    t_ref = publish(tr(msgs, "report-table-referrals"), tr(msgs, "report-head-partner-kind"),
                    label("partner-kind", PARTNER_KINDS), label("referral-status", STATUSES),
                    referrals, True, True)
    t_act = publish(tr(msgs, "report-table-activities"), tr(msgs, "report-head-activity-kind"),
                    label("activity-kind", ACTIVITY_KINDS),
                    label("report-col", ["activities", "attendance", "volunteers"]),
                    activities, False, True)

    # Participants: indicators at entry, entries and exits in the period.
    def within(d):
        return bool(d) and frm_s <= d <= to_s

    def esf_age(birth_year, band, entry):
        if birth_year:
            age = int(entry[:4]) - int(birth_year)
            return 0 if age < 18 else 1 if age < 30 else 2 if age < 55 else 3
        return {"unter-18": 0, "18-29": 1, "30-54": 2, "55-64": 3, "ab-65": 3}.get(band)

    entries_exits = [label("report-col", ["entries", "exits"])]
    dims = [
        ("gender", GENDERS, "gender", lambda p: GENDERS.index(p[3]) if p[3] in GENDERS else None),
        ("age", AGE_BANDS, "report-age",
         lambda p: esf_age(p[4], p[5], p[6]) if p[6] else None),
        ("employment", EMPLOYMENT, "employment",
         lambda p: EMPLOYMENT.index(p[8]) if p[8] in EMPLOYMENT else None),
        ("education", EDUCATION, "education",
         lambda p: EDUCATION.index(p[9]) if p[9] in EDUCATION else None),
        ("household", HOUSEHOLD, "household",
         lambda p: HOUSEHOLD.index(p[10]) if p[10] in HOUSEHOLD else None),
    ]
    t_part = []
    for name, ids, prefix, of in dims:
        raw = [[0, 0] for _ in range(len(ids) + 1)]
        for p in participants:
            r = of(p)
            r = len(ids) if r is None else r
            raw[r][0] += within(p[6])
            raw[r][1] += within(p[7])
        t_part.append(publish(tr(msgs, "report-table-participants-" + name),
                              tr(msgs, "report-head-" + name),
                              label(prefix, ids) + [not_stated], entries_exits[0], raw, False, True))
    raw = [[0, 0] for _ in DISADVANTAGE]
    for p in participants:
        markers = p[11].split(";") if p[11] else []
        for i, m in enumerate(DISADVANTAGE):
            if m in markers:
                raw[i][0] += within(p[6])
                raw[i][1] += within(p[7])
    t_part.append(publish(tr(msgs, "report-table-participants-markers"),
                          tr(msgs, "report-head-marker"), label("marker", DISADVANTAGE),
                          entries_exits[0], raw, False, False))
    missing = [[0] for _ in FIELDS]
    for p in participants:
        entry, exit_ = p[6], p[7]
        if entry and not (entry <= to_s and (not exit_ or exit_ >= frm_s)):
            continue
        flags = [not entry, not p[3], not (p[4] or (p[5] and p[5] != "unbekannt")),
                 not p[8], not p[9], not p[10]]
        for i, f in enumerate(flags):
            missing[i][0] += f
    t_complete = publish(tr(msgs, "report-table-completeness"), tr(msgs, "report-head-field"),
                         label("report-field", FIELDS), [tr(msgs, "report-col-missing")],
                         missing, False, False)

    count = lambda n: n if n == 0 or n >= K else None
    hours = lambda t: round(t["minutes"] / 6.0) / 10.0 if count(t["contacts"]) is not None else None
    figures = [
        ("contacts", t_month["total"], count(old["contacts"])),
        ("persons", count(len(cur["persons"])), count(len(old["persons"]))),
        ("anonymous-people", count(cur["anon_people"]), count(old["anon_people"])),
        ("anonymous-contacts", count(cur["anon_contacts"]), count(old["anon_contacts"])),
        ("new-persons", count(cur["new_persons"]), count(old["new_persons"])),
        ("referrals", count(cur["referrals"]), count(old["referrals"])),
        ("activities", count(cur["activities"]), count(old["activities"])),
        ("attendance", count(cur["attendance"]), count(old["attendance"])),
        ("hours", hours(cur), hours(old)),
    ]

    # --- the workbook ---
    wb = xlsxwriter.Workbook(out)
    f_title = wb.add_format({"bold": True, "font_size": 14})
    f_head = wb.add_format({"bold": True, "text_wrap": True})
    f_count = wb.add_format({"num_format": "#,##0"})
    f_sup = wb.add_format({"align": "right"})
    f_pct = wb.add_format({"num_format": "0.0%"})
    f_dec = wb.add_format({"num_format": "#,##0.0"})
    f_date = wb.add_format({"num_format": "yyyy-mm-dd", "align": "left"})
    f_month = wb.add_format({"num_format": "yyyy-mm", "align": "left"})
    f_text = wb.add_format({"text_wrap": True})
    total = tr(msgs, "report-total")
    hidden = "< %d" % K

    def cell(ws, r, c, v, fmt=f_count):
        if v is None:
            ws.write_string(r, c, hidden, f_sup)
        else:
            ws.write_number(r, c, v, fmt)

    def table(ws, row, t, month_dates=None):
        ws.write_string(row, 0, t["title"], f_head)
        row += 1
        ws.write_string(row, 0, t["head"], f_head)
        for c, col in enumerate(t["cols"]):
            ws.write_string(row, c + 1, col, f_head)
        if t["row_totals"] is not None:
            ws.write_string(row, len(t["cols"]) + 1, total, f_head)
        row += 1
        for r, lab in enumerate(t["rows"]):
            if month_dates:
                ws.write_datetime(row, 0, dt.datetime.combine(month_dates[r], dt.time()), f_month)
            else:
                ws.write_string(row, 0, lab)
            for c, v in enumerate(t["cells"][r]):
                cell(ws, row, c + 1, v)
            if t["row_totals"] is not None:
                cell(ws, row, len(t["cols"]) + 1, t["row_totals"][r])
            row += 1
        if t["col_totals"] is not None:
            ws.write_string(row, 0, total, f_head)
            for c, v in enumerate(t["col_totals"]):
                cell(ws, row, c + 1, v)
            if t["has_total"]:
                cell(ws, row, len(t["cols"]) + 1, t["total"])
            row += 1
        return row + 2

    names = [tr(msgs, "report-sheet-" + s) for s in
             ("overview", "contacts", "topics", "referrals", "activities", "participants", "method")]
    period_label = "%s – %s" % (frm_s, to_s)
    prev_label = "%s – %s" % (pfrom_s, pto_s)

    ws = wb.add_worksheet(names[0])
    ws.set_column(0, 0, 34)
    ws.set_column(1, 4, 16)
    ws.write_string(0, 0, tr(msgs, "report-title", period=period_label), f_title)
    row = 2
    for lab, a, b in (("report-period", frm, to), ("report-previous-period", pfrom, pto)):
        ws.write_string(row, 0, tr(msgs, lab), f_head)
        ws.write_datetime(row, 1, dt.datetime.combine(a, dt.time()), f_date)
        ws.write_datetime(row, 2, dt.datetime.combine(b, dt.time()), f_date)
        row += 1
    row += 1
    for c, h in enumerate([tr(msgs, "report-head-figure"), period_label, prev_label,
                           tr(msgs, "report-head-change")]):
        ws.write_string(row, c, h, f_head)
    row += 1
    for fid, c_v, p_v in figures:
        ws.write_string(row, 0, tr(msgs, "report-figure-" + fid))
        fmt = f_dec if fid == "hours" else f_count
        cell(ws, row, 1, c_v, fmt)
        cell(ws, row, 2, p_v, fmt)
        if c_v is not None and p_v:
            ws.write_number(row, 3, (c_v - p_v) / p_v, f_pct)
        row += 1
    row += 2
    month_head = row
    ws.write_string(row, 0, tr(msgs, "report-chart-months"), f_head)
    ws.write_string(row, 1, tr(msgs, "report-col-contacts"), f_head)
    row += 1
    m_first = row
    for r, m in enumerate(months):
        ws.write_datetime(row, 0, dt.datetime.combine(m, dt.time()), f_month)
        cell(ws, row, 1, t_month["row_totals"][r])
        row += 1
    m_last = row - 1
    row += 1
    ws.write_string(row, 0, tr(msgs, "report-chart-site-kinds"), f_head)
    ws.write_string(row, 1, tr(msgs, "report-col-contacts"), f_head)
    row += 1
    k_first = row
    for c, lab in enumerate(t_month["cols"]):
        ws.write_string(row, 0, lab)
        cell(ws, row, 1, t_month["col_totals"][c])
        row += 1
    k_last = row - 1
    chart = wb.add_chart({"type": "column"})
    chart.add_series({"name": tr(msgs, "report-col-contacts"),
                      "categories": [names[0], m_first, 0, m_last, 0],
                      "values": [names[0], m_first, 1, m_last, 1]})
    chart.set_title({"name": tr(msgs, "report-chart-months")})
    chart.set_legend({"none": True})
    ws.insert_chart(month_head, 5, chart)
    chart = wb.add_chart({"type": "bar"})
    chart.add_series({"name": tr(msgs, "report-col-contacts"),
                      "categories": [names[0], k_first, 0, k_last, 0],
                      "values": [names[0], k_first, 1, k_last, 1]})
    chart.set_title({"name": tr(msgs, "report-chart-site-kinds")})
    chart.set_legend({"none": True})
    ws.insert_chart(month_head + 16, 5, chart)

    ws = wb.add_worksheet(names[1])
    ws.set_column(0, 0, 28)
    ws.set_column(1, 10, 13)
    ws.write_string(0, 0, names[1], f_title)
    row = table(ws, 2, t_month, months)
    row = table(ws, row, t_district)
    table(ws, row, t_kind)

    ws = wb.add_worksheet(names[2])
    ws.set_column(0, 0, 30)
    ws.set_column(1, 2, 14)
    ws.write_string(0, 0, t_topics["title"], f_title)
    ws.write_string(2, 0, t_topics["head"], f_head)
    ws.write_string(2, 1, tr(msgs, "report-col-contacts"), f_head)
    ws.write_string(2, 2, tr(msgs, "report-col-share"), f_head)
    for r, lab in enumerate(t_topics["rows"]):
        ws.write_string(3 + r, 0, lab)
        v = t_topics["cells"][r][0]
        cell(ws, 3 + r, 1, v)
        if v is not None and t_month["total"]:
            ws.write_number(3 + r, 2, v / t_month["total"], f_pct)
    ws.write_string(4 + len(TOPICS), 0, tr(msgs, "report-topics-note"), f_text)

    for i, t in ((3, t_ref), (4, t_act)):
        ws = wb.add_worksheet(names[i])
        ws.set_column(0, 0, 30)
        ws.set_column(1, 7, 15)
        ws.write_string(0, 0, names[i], f_title)
        table(ws, 2, t)

    ws = wb.add_worksheet(names[5])
    ws.set_column(0, 0, 34)
    ws.set_column(1, 2, 14)
    ws.write_string(0, 0, names[5], f_title)
    ws.write_string(2, 0, tr(msgs, "report-participants-note"), f_text)
    row = 4
    for t in t_part:
        row = table(ws, row, t)
    row = table(ws, row, t_complete)
    ws.write_string(row, 0, tr(msgs, "report-completeness-note"), f_text)

    ws = wb.add_worksheet(names[6])
    ws.set_column(0, 0, 40)
    ws.set_column(1, 1, 90)
    ws.write_string(0, 0, names[6], f_title)
    row = 2
    for lab, a, b in (("report-period", frm, to), ("report-previous-period", pfrom, pto)):
        ws.write_string(row, 0, tr(msgs, lab), f_head)
        ws.write_datetime(row, 1, dt.datetime.combine(a, dt.time()), f_date)
        ws.write_datetime(row, 2, dt.datetime.combine(b, dt.time()), f_date)
        row += 1
    row += 1
    for mid in ("report-method-sdc", "report-method-secondary", "report-method-limits"):
        ws.write_string(row, 0, tr(msgs, mid + "-title"), f_head)
        ws.write_string(row, 1, tr(msgs, mid, k=K), f_text)
        row += 1
    row += 1
    for fid, _, _ in figures:
        ws.write_string(row, 0, tr(msgs, "report-figure-" + fid))
        ws.write_string(row, 1, tr(msgs, "report-define-" + fid), f_text)
        row += 1
    wb.close()

    elapsed = (time.perf_counter() - start) * 1000.0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"total_ms": round(elapsed, 1), "maxrss_kib": rss,
                      "contacts": figures[0][1], "persons": figures[1][1]}))


if __name__ == "__main__":
    main()
