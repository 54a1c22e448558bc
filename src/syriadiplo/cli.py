"""Command line: a thin shell over syriadiplo.pipeline. stdout carries only records."""
from __future__ import annotations

import contextlib
import datetime as _dt
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
    from syriadiplo.inputs import FORMATS

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
    from syriadiplo.ner_models import ModelUnavailable, get_recognizer

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


def _progress(enabled: bool):
    """A rich progress display on stderr (documents, records, rate), or None."""
    if not enabled:
        return None
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(
        SpinnerColumn(),
        TextColumn("{task.completed} documents, {task.fields[records]} records, "
                   "{task.fields[mb]:.1f} MB"),
        TextColumn("{task.fields[rate]:.1f} docs/s, {task.fields[mbs]:.2f} MB/s"),
        TimeElapsedColumn(),
        console=Console(file=sys.stderr),
        transient=False,
    )


@app.command(help=EXTRACT_HELP)
def extract(
    paths: List[str] = typer.Argument(..., help="Article files (.txt, .jsonl with one article per line, .html), directories (read recursively, sorted), or - for stdin."),
    doc_date: Optional[str] = typer.Option(None, "--doc-date", help="Document date YYYY-MM-DD to resolve relative times against."),
    merge: bool = typer.Option(False, "--merge", help="Write clusters of the same real event across documents instead of records."),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl (default) or csv (one row per record or cluster).", callback=_check_format),
    globs: Optional[List[str]] = typer.Option(None, "--glob", help="File name pattern for directories (e.g. '*.jsonl'; repeatable). Default: .txt .html .htm (auto), or those of --input-format."),
    input_format: str = typer.Option("auto", "--input-format", help="auto (by suffix; stdin by its first character), txt, jsonl or html.", callback=_check_input_format),
    output: Optional[str] = typer.Option(None, "-o", "--output", help="Write to FILE atomically (temporary file then rename) instead of stdout (- is stdout); never an input."),
    errors: Optional[str] = typer.Option(None, "--errors", help="Also write each problem as a JSON line {path, error, level} to FILE."),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Worker processes; output is identical to --jobs 1.", callback=_check_jobs),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar (it is shown only when stderr is a terminal)."),
    max_size: float = typer.Option(20.0, "--max-size", help="Refuse an input (a JSONL line, for a JSONL batch) larger than this many MB (0: no limit)."),
    ner: str = typer.Option("rules", "--ner", help="Entity recognition: rules (default, lexicons only), stanza, camel or all (models add persons, organizations, places the lexicons miss; see `syriadiplo models`).", callback=_check_ner),
    ner_model_dir: Optional[str] = typer.Option(None, "--ner-model-dir", help="Model files for --ner stanza (a stanza resources dir) or camel (the model dir); default: the library's own."),
) -> None:
    from syriadiplo.batch import output_conflict
    from syriadiplo.inputs import discover, iter_sources

    date = _parse_date(doc_date)
    output = None if output == "-" else output
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
    run = _Run(output, errors, fmt, merge, problems)
    run.sources = iter_sources(paths, problems, fmt=input_format, max_bytes=max_bytes, files=files)
    code = run.go(jobs, date, recognizer, _progress(not quiet and sys.stderr.isatty()))
    if code:
        from syriadiplo.batch import exit_abandoning

        exit_abandoning(code)  # an interrupted -j N run: its pool's threads cannot be joined
        raise typer.Exit(code)
    if any(p.level == "error" for p in problems):
        raise typer.Exit(1)


class _Run:
    """One extract run: outputs opened before any input is read, committed together or not at all."""

    def __init__(self, output: Optional[str], errors: Optional[str], fmt: str, merge: bool, problems) -> None:
        self.output, self.errors, self.fmt, self.merge, self.problems = output, errors, fmt, merge, problems
        self.sources = iter(())

    def go(self, jobs: int, date, recognizer, progress) -> int:
        """Run and write; the exit code for an interruption or a write failure, else 0."""
        from concurrent.futures.process import BrokenProcessPool

        from syriadiplo.batch import signals_as_interrupt

        # plain JSONL: lines are made where records are (with a model, in this process: --jobs does not apply)
        self.as_json = not self.merge and self.fmt == "jsonl" and recognizer is None
        try:
            with signals_as_interrupt(), contextlib.ExitStack() as stack:
                out, err_file = self._open(stack)
                results = stack.enter_context(contextlib.closing(self._results(jobs, date, recognizer)))
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
        from syriadiplo.batch import atomic_output

        opt = "--errors"
        try:
            err_file = stack.enter_context(atomic_output(self.errors)) if self.errors else None
            opt = "-o"
            if self.output:
                return stack.enter_context(atomic_output(self.output, newline="" if self.fmt == "csv" else "\n")), err_file
        except OSError as e:
            _err(f"{opt} {self.output if opt == '-o' else self.errors}: cannot write ({e.strerror or e})")
            raise typer.Exit(2)
        return sys.stdout, err_file

    def _results(self, jobs: int, date, recognizer):
        from syriadiplo.batch import run

        if recognizer is None:
            yield from run(self.sources, jobs=jobs, doc_date=date, as_json=self.as_json)
            return
        from syriadiplo.pipeline import extract_source

        for src in self.sources:
            yield src, extract_source(src, date, recognizer)

    def _extract(self, results, out, progress, stack) -> None:
        task = None
        if progress is not None:
            stack.enter_context(progress)
            self.problems.printer = lambda line: progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
            task = progress.add_task("extract", total=None, records=0, mb=0.0, rate=0.0, mbs=0.0)
        records = _stream(results, progress, task, self.problems)
        if self.as_json:
            for line in records:
                out.write(line + "\n")
        else:
            _write(records, out, self.merge, self.fmt)
        out.flush()


def _stream(results, progress, task, problems):
    """Records of (source, records) pairs, counting documents, records and MB on the progress bar; a
    document whose extraction failed goes to `problems`."""
    import time

    from pathlib import Path

    from syriadiplo.batch import Failure
    from syriadiplo.inputs import Problem

    t0 = time.perf_counter()
    docs = nrec = 0
    chars = 0
    for src, recs in results:
        if isinstance(recs, Failure):
            where = src.path if Path(src.path).stem == src.doc_id else f"{src.path} (id {src.doc_id})"
            problems.append(Problem(where, str(recs)))
            recs = []
        yield from recs
        if progress is not None:
            docs += 1
            nrec += len(recs)
            chars += len(src.text.encode("utf-8", "surrogatepass"))
            dt = max(time.perf_counter() - t0, 1e-9)
            progress.update(task, completed=docs, records=nrec, mb=chars / 1e6, rate=docs / dt, mbs=chars / 1e6 / dt)


def _write(records, out, merge: bool, fmt: str) -> None:
    from syriadiplo.pipeline import record_json

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


models_app = typer.Typer(add_completion=False, help="List the entity-recognition backends and their model files; download models.")
app.add_typer(models_app, name="models")


@models_app.callback(invoke_without_command=True)
def models(ctx: typer.Context) -> None:
    """List each --ner backend: its package, whether it imports, where its model files are looked for, whether they are there."""
    if ctx.invoked_subcommand is not None:
        return
    from syriadiplo.ner_models import model_status

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
    from syriadiplo.ner_models import ModelUnavailable, download

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
