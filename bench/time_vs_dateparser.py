#!/usr/bin/env python3
"""Side by side: syriadiplo's time tagger and dateparser on the same table of Arabic expressions.

Reads tests/data/time_cases.tsv (expression, reference date, expected value, ...), runs
`syriadiplo.time.timex` and `dateparser` on every row and prints both accuracies.

usage: time_vs_dateparser.py [--markdown] [--cases PATH]

dateparser gets every chance: `parse` with locales=['ar-SY'], then languages=['ar'], then the
first hit of `search_dates`; RELATIVE_BASE is the reference date, DATE_ORDER is DMY and the
clause's tense becomes PREFER_DATES_FROM. Its answer (a datetime) is compared at the precision
of the expected value (`XXXX-11-25` compares month and day, `2017-W36` the ISO week,
`2017-W36-WE` a Friday to Sunday of that week, `2017` the year). syriadiplo's value must equal
the expected string. Rows whose expected value is null (no document date, or a vague or
durational expression) count for a tool only when it gives no date; they are reported apart.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CASES = REPO / "tests" / "data" / "time_cases.tsv"
SENTENCES_MARK = "===== beyond the news templates"  # the comment line that opens the table's whole-sentence rows


def load_cases(path: Path = CASES) -> list[dict]:
    """The rows of the table: expr, ref (date or None), value, rel, weekday, tense (None for -), and
    part: "templates" for the news-template expressions, "sentences" after the table's marker line."""
    rows = []
    part = "templates"
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") and SENTENCES_MARK in line:
                part = "sentences"
            if not line.strip() or line.startswith("#"):
                continue
            expr, ref, value, rel, weekday, tense = (line.rstrip("\n").split("\t") + ["-"] * 6)[:6]
            rows.append(
                {
                    "expr": expr,
                    "ref": None if ref == "-" else dt.date.fromisoformat(ref),
                    "value": None if value == "-" else value,
                    "rel": None if rel == "-" else int(rel),
                    "weekday": None if weekday == "-" else weekday,
                    "tense": None if tense == "-" else tense,
                    "part": part,
                }
            )
    return rows


def syriadiplo_resolve(expr: str, ref: dt.date | None, tense: str | None):
    """syriadiplo's time slot (a ResolvedTime) for a short expression: its widest mention, or None."""
    from syriadiplo.time import timex
    from syriadiplo.text.normalize import normalize_text

    ms = timex.tag(normalize_text(expr))
    if not ms:
        return None
    m = max(ms, key=lambda x: (x.end - x.start, -x.start))
    return timex.resolve(m, ref, tense)


def syriadiplo_value(expr: str, ref: dt.date | None, tense: str | None) -> str | None:
    r = syriadiplo_resolve(expr, ref, tense)
    return None if r is None else r.value


def dateparser_date(expr: str, ref: dt.date | None, tense: str | None) -> dt.datetime | None:
    """dateparser's best reading of an expression."""
    import dateparser
    from dateparser.search import search_dates

    settings: dict = {"DATE_ORDER": "DMY"}
    if ref is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(ref, dt.time())
    if tense in ("past", "future"):
        settings["PREFER_DATES_FROM"] = tense
    for kwargs in ({"locales": ["ar-SY"]}, {"languages": ["ar"]}):
        got = dateparser.parse(expr, settings=settings, **kwargs)
        if got is not None:
            return got
    found = search_dates(expr, languages=["ar"], settings=settings)
    return found[0][1] if found else None


def project(expected: str, d: dt.date) -> str:
    """`d` written in the shape and precision of `expected` (what dateparser is compared with)."""
    iso_year, week, wday = d.isocalendar()
    if re.fullmatch(r"\d{4}-W\d{2}-WE", expected):
        return f"{iso_year:04d}-W{week:02d}" + ("-WE" if wday >= 5 else "")
    if re.fullmatch(r"\d{4}-W\d{2}", expected):
        return f"{iso_year:04d}-W{week:02d}"
    if re.fullmatch(r"\d{4}-(SP|SU|FA|WI)", expected):
        return f"{d.year:04d}-" + ("WI", "SP", "SU", "FA")[d.month % 12 // 3]
    if expected.startswith("XXXX-XX-"):
        return f"XXXX-XX-{d.day:02d}"
    if re.fullmatch(r"XXXX-\d{2}-\d{2}", expected):
        return f"XXXX-{d.month:02d}-{d.day:02d}"
    if re.fullmatch(r"XXXX-\d{2}", expected):
        return f"XXXX-{d.month:02d}"
    if re.fullmatch(r"\d{4}-\d{2}", expected):
        return f"{d.year:04d}-{d.month:02d}"
    if re.fullmatch(r"\d{4}", expected):
        return f"{d.year:04d}"
    return d.isoformat()


def run(rows: list[dict]) -> list[dict]:
    """Both tools on every row (after one warm-up call each, so that imports are not timed)."""
    syriadiplo_value("-", None, None)
    dateparser_date("-", None, None)
    out = []
    t_s = t_d = 0.0
    for r in rows:
        t0 = time.perf_counter()
        s = syriadiplo_value(r["expr"], r["ref"], r["tense"])
        t1 = time.perf_counter()
        d = dateparser_date(r["expr"], r["ref"], r["tense"])
        t2 = time.perf_counter()
        t_s, t_d = t_s + t1 - t0, t_d + t2 - t1
        exp = r["value"]
        d_shown = None if d is None else (project(exp, d.date()) if exp else d.date().isoformat())
        out.append(
            {
                **r,
                "syriadiplo": s,
                "dateparser": d_shown,
                "s_ok": s == exp,
                "d_ok": (d is None) if exp is None else d_shown == exp,
            }
        )
    if out:
        out[0]["_seconds"] = (t_s, t_d)
    return out


def summary(res: list[dict]) -> list[tuple[str, int, int, int]]:
    """(subset, rows, syriadiplo right, dateparser right) for the valued rows, the null rows, all."""
    valued = [r for r in res if r["value"] is not None]
    null = [r for r in res if r["value"] is None]
    templates = [r for r in res if r.get("part") == "templates"]
    sentences = [r for r in res if r.get("part") == "sentences"]
    subsets = [("rows with an expected value", valued), ("rows whose value is null", null)]
    if sentences:
        subsets += [("news-template expressions", templates), ("whole sentences beyond the templates", sentences)]
    return [
        (name, len(rs), sum(r["s_ok"] for r in rs), sum(r["d_ok"] for r in rs))
        for name, rs in subsets + [("all rows", res)]
    ]


def _pct(k: int, n: int) -> str:
    return f"{100 * k / n:.1f}%" if n else "-"


def print_plain(res: list[dict]) -> None:
    w = max(len(r["expr"]) for r in res)
    print(f"{'expression':<{w}}  {'reference':<10}  {'expected':<12}  {'syriadiplo':<12}  {'dateparser':<12}")
    for r in res:
        ref = r["ref"].isoformat() if r["ref"] else "-"
        mark_s = " " if r["s_ok"] else "x"
        mark_d = " " if r["d_ok"] else "x"
        print(
            f"{r['expr']:<{w}}  {ref:<10}  {str(r['value'] or '-'):<12}  "
            f"{str(r['syriadiplo'] or '-'):<11}{mark_s}  {str(r['dateparser'] or '-'):<11}{mark_d}"
        )
    print()
    for name, n, s, d in summary(res):
        print(f"{name:<28} n={n:<4} syriadiplo {s}/{n} = {_pct(s, n):>6}   dateparser {d}/{n} = {_pct(d, n):>6}")
    t_s, t_d = res[0]["_seconds"]
    print(f"time: syriadiplo {1000 * t_s / len(res):.2f} ms/expression, dateparser {1000 * t_d / len(res):.2f} ms/expression")


def print_markdown(res: list[dict]) -> None:
    import dateparser

    print(f"Time values on the {len(res)} expressions of `tests/data/time_cases.tsv`"
          f" (syriadiplo vs dateparser {dateparser.__version__}; `python bench/time_vs_dateparser.py --markdown`):")
    print()
    print("| rows | n | syriadiplo | dateparser |")
    print("|---|---:|---:|---:|")
    for name, n, s, d in summary(res):
        print(f"| {name} | {n} | {s}/{n} ({_pct(s, n)}) | {d}/{n} ({_pct(d, n)}) |")
    print()
    print("The table was written together with the tagger, so syriadiplo's figure is in-sample (a")
    print("regression check, not a held-out score); dateparser runs with every help it accepts")
    print("(reference date, DMY order, `ar-SY` then `ar`, `search_dates`, the clause's tense) and is")
    print("compared at the precision of the expected value. Null rows are right only with no date.")
    print()
    print("<details><summary>Every expression</summary>")
    print()
    print("| expression | reference | expected | syriadiplo | dateparser |")
    print("|---|---|---|---|---|")
    for r in res:
        ref = r["ref"].isoformat() if r["ref"] else "–"
        s = f"{r['syriadiplo'] or 'null'}" + ("" if r["s_ok"] else " ✗")
        d = f"{r['dateparser'] or 'null'}" + ("" if r["d_ok"] else " ✗")
        print(f"| {r['expr']} | {ref} | {r['value'] or 'null'} | {s} | {d} |")
    print()
    print("</details>")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--markdown", action="store_true", help="print the README table (Markdown)")
    ap.add_argument("--cases", type=Path, default=CASES, help="the table of cases (default: %(default)s)")
    args = ap.parse_args(argv)
    res = run(load_cases(args.cases))
    if args.markdown:
        print_markdown(res)
    else:
        print_plain(res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
