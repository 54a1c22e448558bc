"""Command line: a thin shell over syriadiplo.pipeline. stdout carries only records."""
from __future__ import annotations

import datetime as _dt
import json
import sys
from typing import List, Optional

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Extract meetings and phone calls over Syria from Arabic news articles as JSON records.\n\n"
    "Exit codes: 0 all inputs processed; 1 some inputs could not be read (each named on stderr); 2 usage error.",
)


def _err(msg: str) -> None:
    sys.stderr.write(msg.rstrip("\n") + "\n")


def _parse_date(value: Optional[str]) -> Optional[_dt.date]:
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def _check_format(fmt: str) -> str:
    if fmt not in ("jsonl", "csv"):
        raise typer.BadParameter(f"{fmt!r}: choose jsonl or csv")
    return fmt


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., help="Article files (.txt, or .jsonl with one article per line) or directories (read recursively, sorted)."),
    doc_date: Optional[str] = typer.Option(None, "--doc-date", help="Document date YYYY-MM-DD to resolve relative times against."),
    merge: bool = typer.Option(False, "--merge", help="Write clusters of the same real event across documents instead of records."),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl (default) or csv (one row per record or cluster).", callback=_check_format),
) -> None:
    """Write one JSON record per meeting or phone call found in the articles (JSONL on stdout)."""
    from syriadiplo.pipeline import Problem, extract_paths, record_json

    date = _parse_date(doc_date)
    problems: list[Problem] = []
    out = sys.stdout
    records = extract_paths(paths, doc_date=date, problems=problems)
    if merge:
        from syriadiplo.merge import cluster_json, merge_records

        clusters = merge_records(records)
        if fmt == "csv":
            from syriadiplo.csvout import clusters_to_csv

            clusters_to_csv(clusters, out)
        else:
            for c in clusters:
                out.write(cluster_json(c) + "\n")
    elif fmt == "csv":
        from syriadiplo.csvout import records_to_csv

        records_to_csv(records, out)
    else:
        for rec in records:
            out.write(record_json(rec) + "\n")
    out.flush()
    for p in problems:
        _err(p.line())
    if problems:
        raise typer.Exit(1)


@app.command("merge")
def merge_cmd(
    path: str = typer.Argument(..., help="Records (JSONL) from `syriadiplo extract`; - reads stdin."),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl (default) or csv.", callback=_check_format),
) -> None:
    """Group records of the same real event across documents into clusters (one per line)."""
    from syriadiplo.merge import cluster_json, merge_records, read_jsonl

    try:
        if path == "-":
            clusters = merge_records(read_jsonl(sys.stdin, "-"))
        else:
            with open(path, encoding="utf-8") as f:
                clusters = merge_records(read_jsonl(f, path))
    except (OSError, ValueError) as e:
        _err(f"{path}: {e.strerror if isinstance(e, OSError) and e.strerror else e}")
        raise typer.Exit(1)
    if fmt == "csv":
        from syriadiplo.csvout import clusters_to_csv

        clusters_to_csv(clusters, sys.stdout)
    else:
        for c in clusters:
            sys.stdout.write(cluster_json(c) + "\n")


@app.command()
def clean(path: str = typer.Argument(..., help="One article file.")) -> None:
    """Print the article text after boilerplate stripping (title first, if one was found)."""
    from syriadiplo.pipeline import Problem, load_documents

    problems: list[Problem] = []
    for doc in load_documents([path], problems):
        sys.stdout.write(doc.clean_text())
    for p in problems:
        _err(p.line())
    if problems:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of a record (from the pydantic models)."""
    from syriadiplo.models import Record

    sys.stdout.write(json.dumps(Record.model_json_schema(), ensure_ascii=False, indent=2) + "\n")


@app.command()
def evaluate(
    gold: str = typer.Argument(..., help="Gold records (JSONL)."),
    pred: str = typer.Argument(..., help="Predicted records (JSONL)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List missed and extra events."),
) -> None:
    """Per-slot precision/recall table, with the pairing rules of the shared scorer."""
    from rich.console import Console
    from rich.table import Table

    from syriadiplo.evaluate import SLOTS, load_jsonl, score

    try:
        sc = score(load_jsonl(gold), load_jsonl(pred))
    except (OSError, ValueError) as e:
        _err(f"evaluate: {e}")
        raise typer.Exit(2)
    table = Table(title="syriadiplo evaluation")
    for col in ("measure", "P", "R", "F1 / acc", "n"):
        table.add_column(col)
    ep, er, ef = sc.events
    pp, pr, pf = sc.participants
    table.add_row("events", f"{ep:.3f}", f"{er:.3f}", f"{ef:.3f}", f"tp={sc.tp} fp={sc.fp} fn={sc.fn}")
    table.add_row("participants", f"{pp:.3f}", f"{pr:.3f}", f"{pf:.3f}", f"{sc.ptp}/{sc.png}")
    for k in SLOTS:
        ok, n = sc.slots[k]
        if n:
            table.add_row(f"  {k}", "", "", f"{ok / n:.3f}", f"{ok}/{n}")
    Console(file=sys.stdout, width=100).print(table)
    if verbose:
        for d, g in sc.misses:
            sys.stdout.write(f"MISS {d} {g['type']} {[x.get('name') or x.get('country') for x in g['participants']]}\n")
        for d, p in sc.extras:
            sys.stdout.write(f"EXTRA {d} {p.get('type')} {[x.get('name') or x.get('country') for x in p.get('participants') or []]}\n")


def main() -> None:
    """Console entry point."""
    try:
        app()
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)


if __name__ == "__main__":
    main()
