"""Command line: a thin shell over syriadiplo.pipeline. stdout carries only records."""
from __future__ import annotations

import contextlib
import datetime as _dt
import gc
import json
import os
import sys
from typing import List, Optional

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Extract meetings and phone calls over Syria from Arabic news articles as JSON records.\n\n"
    "Exit codes: 0 all inputs processed; 1 some inputs could not be read (each named on stderr); 2 usage error; "
    "130 interrupted; 141 stdout closed.",
)


GC_YOUNG_THRESHOLD = 20_000  # container allocations between young-generation collections during a run


def tune_gc() -> None:
    """Garbage-collector settings for a run over many documents, in this process and in each worker.

    What is loaded so far (the tables, after `batch.warm_up`) is frozen out of the collector's reach: full
    collections stop rescanning it, and forked workers stop touching (and so copying) its pages. A document
    allocates thousands of short-lived tuples and sets, none in a cycle that outlives it: collecting the
    young generation every 700 allocations (the default) mostly rescans live ones. The library leaves these
    settings alone; the command line is a process of its own.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, 10, 10)


def _err(msg: str) -> None:
    sys.stderr.write(msg.rstrip("\n") + "\n")


def _parse_date(value: Optional[str]) -> Optional[_dt.date]:
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


FORMATS = ("jsonl", "csv", "dyads", "dyads-csv", "participants-csv")
FORMAT_HELP = ("jsonl: one record per line (default; -o FILE.csv: csv); csv: one row per record or cluster; "
               "dyads: one row per directed pair of parties, JSONL (dyads-csv, or dyads with -o FILE.csv: CSV); "
               "participants-csv: one row per record and participant. See docs/CODES.md.")


def _check_format(fmt: Optional[str]) -> Optional[str]:
    if fmt is not None and fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r}: choose one of {', '.join(FORMATS)}")
    return fmt


def _output_format(fmt: Optional[str], output: Optional[str], merge: bool = False) -> str:
    """The format asked for, else the one `-o FILE`'s suffix names (.csv), else jsonl."""
    to_csv = bool(output) and output.lower().endswith(".csv")
    if fmt is None:
        fmt = "csv" if to_csv else "jsonl"
    elif fmt == "dyads" and to_csv:
        fmt = "dyads-csv"
    if merge and fmt not in ("jsonl", "csv"):
        raise typer.BadParameter(f"{fmt} is a table of records: with --merge choose jsonl or csv", param_hint="--format")
    return fmt


def _version(value: bool) -> None:
    if value:
        from syriadiplo import __version__

        sys.stdout.write(f"syriadiplo {__version__}\n")
        raise typer.Exit()


@app.callback()
def _main(version: bool = typer.Option(False, "--version", help="Print the version and exit.", callback=_version,
                                       is_eager=True)) -> None:
    """Extract meetings and phone calls over Syria from Arabic news articles as JSON records."""


EXTRACT_HELP = """Write one JSON record per meeting or phone call found in the articles (JSONL on stdout or -o FILE).

Inputs: files, directories (recursive, sorted; .txt .html .htm, or --glob), `-` for stdin; a .jsonl
batch is read when named, a line at a time. Each bad input costs only itself: one line
`PATH: what went wrong` on stderr (and in --errors FILE). See docs/INPUTS.md.

Exit codes: 0 every input processed (warnings such as an empty file, NUL bytes removed or a
Windows-1256 file allowed); 1 some inputs could not be read (missing, binary, undecodable,
larger than --max-size, bad JSONL line) or an output failed during the run; 2 usage error or a
refused output path (an input, a directory, no such directory); 130 interrupted by SIGINT, SIGTERM
or SIGHUP (-o and --errors left as they were); 141 stdout closed by its reader.
"""


def _check_input_format(fmt: str) -> str:
    from syriadiplo.io.inputs import FORMATS

    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r}: choose one of {', '.join(FORMATS)}")
    return fmt


def _check_ner(name: str) -> str:
    if name not in ("rules", "stanza", "camel", "all"):
        raise typer.BadParameter(f"{name!r}: choose rules, stanza, camel or all")
    return name


def _recognizer(name: str, model_dir: Optional[str]):
    """The model backend for --ner (None for rules); a missing model is a usage error: one line, exit 2."""
    if name == "rules":
        return None
    from syriadiplo.recognize.ner_models import ModelUnavailable, get_recognizer

    try:
        return get_recognizer(name, model_dir)
    except ModelUnavailable as e:
        _err(f"--ner {name}: {e}")
        raise typer.Exit(2)


def _check_jobs(n: int) -> int:
    if n < 1:
        raise typer.BadParameter("must be at least 1")
    return n


class _ProblemLog(list):
    """Problems as they occur: each printed on stderr at once (above the progress bar, if any)."""

    def __init__(self) -> None:
        super().__init__()
        self.printer = _err

    def append(self, p) -> None:  # type: ignore[override]
        super().append(p)
        self.printer(p.line())


def _progress(enabled: bool, paths: List[str], globs: Optional[List[str]], input_format: str):
    """A rich progress display on stderr (with a total and an ETA when the inputs are files), or None."""
    if not enabled:
        return None
    from syriadiplo.io.progress import count_documents, progress_display

    return progress_display(count_documents(paths, globs or None, input_format))


@app.command(help=EXTRACT_HELP)
def extract(
    paths: List[str] = typer.Argument(..., help="Article files (.txt, .jsonl with one article per line, .html), directories (read recursively, sorted), or - for stdin."),
    doc_date: Optional[str] = typer.Option(None, "--doc-date", help="Document date YYYY-MM-DD to resolve relative times against."),
    merge: bool = typer.Option(False, "--merge", help="Write clusters of the same real event across documents instead of records."),
    fmt: Optional[str] = typer.Option(None, "--format", metavar="[" + "|".join(FORMATS) + "]", help=FORMAT_HELP, callback=_check_format),
    bom: bool = typer.Option(False, "--bom", help="Start CSV output with a byte order mark (for spreadsheet programs)."),
    globs: Optional[List[str]] = typer.Option(None, "--glob", help="File name pattern for directories (e.g. '*.jsonl'; repeatable). Default: .txt .html .htm (auto), or those of --input-format."),
    input_format: str = typer.Option("auto", "--input-format", metavar="[auto|txt|jsonl|html]", help="auto (by suffix; stdin by its first character), txt, jsonl or html.", callback=_check_input_format),
    output: Optional[str] = typer.Option(None, "-o", "--output", help="Write to FILE atomically (temporary file then rename) instead of stdout (- is stdout); never an input."),
    errors: Optional[str] = typer.Option(None, "--errors", help="Also write each problem as a JSON line {path, error, level} to FILE."),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Worker processes; output is identical to --jobs 1.", callback=_check_jobs),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar (shown only when stderr is a terminal) and no summary line."),
    max_size: float = typer.Option(20.0, "--max-size", help="Refuse an input (a JSONL line, for a JSONL batch) larger than this many MB (0: no limit)."),
    ner: str = typer.Option("rules", "--ner", metavar="[rules|stanza|camel|all]", help="Entity recognition: rules (default, lexicons only), stanza, camel or all (models add persons, organizations, places the lexicons miss; see `syriadiplo models`).", callback=_check_ner),
    ner_model_dir: Optional[str] = typer.Option(None, "--model-dir", help="Model files for --ner stanza (a stanza resources dir) or camel (the model dir); default: the library's own."),
    explain: bool = typer.Option(False, "--explain", help="End each record with \"why\": the ids of the data entries that made it (docs/RECORDS.md); JSONL records only."),
) -> None:
    from syriadiplo.io.batch import output_conflict
    from syriadiplo.io.inputs import discover, iter_sources

    date = _parse_date(doc_date)
    output = None if output == "-" else output
    fmt = _output_format(fmt, output, merge)
    if explain and (merge or fmt != "jsonl"):
        _err("--explain: only for JSONL records (not with --merge or --format " + fmt + ")")
        raise typer.Exit(2)
    found: list = []
    files = discover(paths, globs or None, input_format, found)
    conflict = output_conflict({k: v for k, v in (("-o", output), ("--errors", errors)) if v}, files)
    if conflict:
        _err(conflict)
        raise typer.Exit(2)
    recognizer = _recognizer(ner, ner_model_dir)
    problems = _ProblemLog()
    for p in found:
        problems.append(p)
    max_bytes = int(max_size * 1e6) if max_size > 0 else None
    run = _Run(output, errors, fmt, merge, problems, bom)
    run.explain = explain
    run.sources = iter_sources(paths, problems, fmt=input_format, max_bytes=max_bytes, files=files)
    code = run.go(jobs, date, recognizer, _progress(not quiet and sys.stderr.isatty(), paths, globs, input_format))
    if not quiet and code != 141:  # a reader that went away (| head) gets no last word, as with cat
        errs = sum(p.level == "error" for p in problems)
        _err(run.stats.summary(errs, len(problems) - errs))
    if code:
        from syriadiplo.io.batch import exit_abandoning

        exit_abandoning(code)  # an interrupted -j N run: its pool's threads cannot be joined
        raise typer.Exit(code)
    if any(p.level == "error" for p in problems):
        raise typer.Exit(1)


class _Run:
    """One extract run: outputs opened before any input is read, committed together or not at all."""

    def __init__(self, output: Optional[str], errors: Optional[str], fmt: str, merge: bool, problems,
                 bom: bool = False) -> None:
        from syriadiplo.io.progress import RunStats

        self.output, self.errors, self.fmt, self.merge, self.problems = output, errors, fmt, merge, problems
        self.bom = bom
        self.explain = False  # records carry their "why" (--explain)
        self.sources = iter(())
        self.stats = RunStats()

    def go(self, jobs: int, date, recognizer, progress) -> int:
        """Run and write; the exit code for an interruption or a write failure, else 0."""
        from concurrent.futures.process import BrokenProcessPool

        from syriadiplo.io.batch import signals_as_interrupt, warm_up
        from syriadiplo.pipeline import extract_sources

        # plain JSONL: lines are made where records are (in the workers, with --jobs)
        self.as_json = not self.merge and self.fmt == "jsonl"
        try:
            with signals_as_interrupt(), contextlib.ExitStack() as stack:
                out, err_file = self._open(stack)
                warm_up()
                tune_gc()
                results = extract_sources(self.sources, date, recognizer, jobs, self.as_json, worker_setup=tune_gc,
                                          explain=self.explain)
                results = stack.enter_context(contextlib.closing(results))
                self._extract(results, out, progress, stack)
                if err_file is not None:
                    for p in self.problems:
                        err_file.write(json.dumps(p.as_json(), ensure_ascii=False) + "\n")
        except KeyboardInterrupt:
            kept = " and ".join(x for x in (self.output, self.errors) if x)
            _err("interrupted" + (f"; {kept} left as {'they were' if self.output and self.errors else 'it was'}" if kept else ""))
            return 130
        except BrokenPipeError:  # the reader went away (`| head`): end quietly, as cat does
            with contextlib.suppress(OSError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 141
        except BrokenProcessPool:
            _err("a worker process died (out of memory?); " + ("no output written" if self.output else "output incomplete"))
            return 1
        except OSError as e:
            _err(f"{self.output or 'stdout'}: cannot write ({e.strerror or e})"
                 + (f"; {self.output} left as it was" if self.output else ""))
            return 1
        return 0

    def _open(self, stack):
        """The record and error files (temporary files until the end); a place that cannot be written is a
        usage error, found before any input is read."""
        from syriadiplo.io.batch import atomic_output

        opt = "--errors"
        try:
            err_file = stack.enter_context(atomic_output(self.errors)) if self.errors else None
            opt = "-o"
            if self.output:
                return stack.enter_context(atomic_output(self.output, newline="" if self.fmt.endswith("csv") else "\n")), err_file
        except OSError as e:
            _err(f"{opt} {self.output if opt == '-o' else self.errors}: cannot write ({e.strerror or e})")
            raise typer.Exit(2)
        return sys.stdout, err_file

    def _extract(self, results, out, progress, stack) -> None:
        task = None
        if progress is not None:
            stack.enter_context(progress)
            self.problems.printer = lambda line: progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
            task = progress.add_task("extract", total=progress.documents, records=0, mb=0.0, rate=0.0, mbs=0.0)
        records = _stream(results, progress, task, self.problems, self.stats)
        if self.as_json:
            for line in records:
                out.write(line + "\n")
        else:
            _write(records, out, self.merge, self.fmt, self.bom)
        out.flush()


def _stream(results, progress, task, problems, stats):
    """Records of (source, records) pairs, counting documents, records and MB (and showing them on the bar);
    a document whose extraction failed goes to `problems`."""
    from syriadiplo.io.batch import Failure
    from syriadiplo.io.progress import update
    from syriadiplo.pipeline import failure_problem

    for src, recs in results:
        if isinstance(recs, Failure):
            problems.append(failure_problem(src, recs))
            recs = []
        yield from recs
        stats.add(src.text, len(recs))
        if progress is not None:
            update(progress, task, stats)


def _write(records, out, merge: bool, fmt: str, bom: bool = False) -> None:
    from syriadiplo.io import csvout
    from syriadiplo.pipeline import record_json

    if merge:
        from syriadiplo.coding.merge import merge_records

        _write_clusters(merge_records(records), out, fmt, bom)
    elif fmt == "csv":
        csvout.records_to_csv(records, out, bom)
    elif fmt == "dyads-csv":
        csvout.dyads_to_csv(records, out, bom)
    elif fmt == "participants-csv":
        csvout.participants_to_csv(records, out, bom)
    elif fmt == "dyads":
        from syriadiplo.coding.codes import dyads

        for rec in records:
            for d in dyads(rec):
                out.write(json.dumps(d, ensure_ascii=False, separators=(", ", ": ")) + "\n")
    else:
        for rec in records:
            out.write(record_json(rec) + "\n")


def _write_clusters(clusters, out, fmt: str, bom: bool) -> None:
    from syriadiplo.coding.merge import cluster_json

    if fmt == "csv":
        from syriadiplo.io.csvout import clusters_to_csv

        clusters_to_csv(clusters, out, bom)
    else:
        for c in clusters:
            out.write(cluster_json(c) + "\n")


def _read_records(paths: List[str], check=None) -> list:
    """The objects of JSONL files (- is stdin), each file's passed to `check(objects, path)` if given;
    an unreadable file or a bad line: one line on stderr, exit 1."""
    from syriadiplo.coding.merge import read_jsonl

    records: list = []
    for path in paths:
        try:
            if path == "-":
                got = list(read_jsonl(sys.stdin, "-"))
            else:
                with open(path, encoding="utf-8") as f:
                    got = list(read_jsonl(f, path))
            if check is not None:
                check(got, path)
        except UnicodeDecodeError:
            _err(f"{path}: not UTF-8 text")
            raise typer.Exit(1)
        except (OSError, ValueError) as e:  # a ValueError of read_jsonl or check names the path and line
            _err(f"{path}: {e.strerror}" if isinstance(e, OSError) and e.strerror else str(e))
            raise typer.Exit(1)
        records.extend(got)
    return records


def _check_cluster_format(fmt: Optional[str]) -> Optional[str]:
    if fmt is not None and fmt not in ("jsonl", "csv"):
        raise typer.BadParameter(f"{fmt!r}: choose jsonl or csv")
    return fmt


@app.command("merge")
def merge_cmd(
    paths: List[str] = typer.Argument(..., help="Records (JSONL) from `syriadiplo extract`; - reads stdin."),
    fmt: Optional[str] = typer.Option(None, "--format", metavar="[jsonl|csv]", help="jsonl (default; -o FILE.csv: csv) or csv.", callback=_check_cluster_format),
    output: Optional[str] = typer.Option(None, "-o", "--output", help="Write to FILE atomically instead of stdout."),
    bom: bool = typer.Option(False, "--bom", help="Start CSV output with a byte order mark (for spreadsheet programs)."),
) -> None:
    """Group records of the same real event across documents into clusters (one per line)."""
    from syriadiplo.coding.merge import merge_records
    from syriadiplo.io.batch import atomic_output

    fmt = _output_format(fmt, output, merge=True)
    clusters = merge_records(_read_records(paths))
    if output:
        with atomic_output(output, newline="" if fmt == "csv" else "\n") as out:
            _write_clusters(clusters, out, fmt, bom)
    else:
        _write_clusters(clusters, sys.stdout, fmt, bom)


@app.command()
def report(
    paths: List[str] = typer.Argument(..., help="Records (JSONL) from `syriadiplo extract`; - reads stdin."),
    output: str = typer.Option("report.html", "-o", "--output", help="The HTML file to write."),
    title: str = typer.Option("syriadiplo report", "--title", help="The page's title."),
) -> None:
    """Write one self-contained HTML page (no network) summarizing the records: events per month, who met
    whom, state pairs, topics, and a searchable table with the evidence sentences."""
    from syriadiplo.io.batch import atomic_output
    from syriadiplo.io.report import check_records, write_report

    records = _read_records(paths, check_records)
    with atomic_output(output) as out:
        write_report(records, out, title)
    _err(f"{output}: {len(records)} records")


@app.command()
def clean(paths: List[str] = typer.Argument(..., help="Article files or directories (as for extract).")) -> None:
    """Print the article text after boilerplate stripping (title first, if one was found).

    With several documents, each starts with a line `==> PATH <==` (`==> PATH [ID] <==` for a line
    of a JSONL file), and a blank line separates them.
    """
    from pathlib import Path

    from syriadiplo.pipeline import load_documents

    problems = _ProblemLog()
    many = len(paths) > 1 or any(p != "-" and (Path(p).is_dir() or p.lower().endswith(".jsonl")) for p in paths)
    for n, doc in enumerate(load_documents(paths, problems)):
        if many:
            same = Path(doc.path).stem == doc.doc_id
            sys.stdout.write(("\n" if n else "") + f"==> {doc.path}{'' if same else f' [{doc.doc_id}]'} <==\n")
        sys.stdout.write(doc.clean_text())
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
    except (OSError, ValueError) as e:  # one line, exit 1, as for the other commands' unreadable inputs
        _err(f"evaluate: {e.filename}: {e.strerror}" if isinstance(e, OSError) and e.strerror else f"evaluate: {e}")
        raise typer.Exit(1)
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


models_app = typer.Typer(add_completion=False, help="List the entity-recognition backends and their model files; download models.")
app.add_typer(models_app, name="models")


@models_app.callback(invoke_without_command=True)
def models(ctx: typer.Context) -> None:
    """List each --ner backend: its package, whether it imports, where its model files are looked for, whether they are there."""
    if ctx.invoked_subcommand is not None:
        return
    from syriadiplo.recognize.ner_models import model_status

    for row in model_status():
        imports = "imports" if row["imports"] else f"does not import ({row['error']})"
        present = "present" if row["present"] else "missing"
        sys.stdout.write(f"{row['backend']:<7} {row['package']:<18} {imports}; models {present}: {row['model_dir']}"
                         + ("" if row["present"] else f" ({row['detail']})") + "\n")


@models_app.command("download")
def models_download(
    backend: str = typer.Argument(..., help="stanza (stanza.download('ar'): tokenize, ner) or camel (camel_data -i ner-arabert)."),
    model_dir: Optional[str] = typer.Option(None, "--model-dir", help="Where to put them (default: the library's own directory)."),
) -> None:
    """Download a backend's models with the library's own downloader (needs internet; fails within seconds without)."""
    if backend not in ("stanza", "camel"):
        _err(f"{backend!r}: choose stanza or camel")
        raise typer.Exit(2)
    from syriadiplo.recognize.ner_models import ModelUnavailable, download

    try:
        where = download(backend, model_dir)
    except ModelUnavailable as e:
        _err(str(e))
        raise typer.Exit(1)
    _err(f"{backend}: models in {where}")


def _interrupted_early(signum, frame) -> None:
    # before a command has opened anything: nothing to clean up, only the documented code to give
    raise SystemExit(130)


def main() -> None:
    """Console entry point. SIGINT, SIGTERM and SIGHUP end any command with 130 (extract handles them
    itself while it runs, to clean up)."""
    import signal

    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _interrupted_early)
    try:
        app()
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)


if __name__ == "__main__":
    main()
