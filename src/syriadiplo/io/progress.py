"""What a run tells on stderr: a progress bar on a terminal, and one summary line at the end.

The bar has a total and an ETA when the inputs are files (the documents can be counted before
the run: one per .txt or .html file, one per non-blank line of a .jsonl file); with stdin among
the inputs it shows counts and rates only. The summary line reads
`syriadiplo: 5 documents, 13 records, 0 problems, 0.4 s`, or with problems
`..., 3 problems (1 error, 2 warnings), ...` (errors: inputs or lines that could not be read;
warnings: inputs read with a repair, or empty).
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field

from syriadiplo.io.inputs import discover, format_of


def count_documents(paths: list[str], globs: list[str] | None = None, fmt: str = "auto") -> int | None:
    """How many documents the inputs hold, or None when stdin is one of them."""
    if "-" in paths:
        return None
    total = 0
    for given, path in discover(paths, globs, fmt, []):
        if format_of(given, fmt) != "jsonl":
            total += 1
            continue
        try:
            with open(path, "rb") as f:
                total += sum(1 for line in f if line.strip())
        except OSError:
            continue  # the run itself reports it
    return total


@dataclass
class RunStats:
    """Documents and records seen so far, and the size of the text read."""

    documents: int = 0
    records: int = 0
    mb: float = 0.0
    started: float = field(default_factory=time.perf_counter)

    def add(self, text: str, n_records: int) -> None:
        self.documents += 1
        self.records += n_records
        self.mb += len(text.encode("utf-8", "surrogatepass")) / 1e6

    def seconds(self) -> float:
        return max(time.perf_counter() - self.started, 1e-9)

    def summary(self, errors: int, warnings: int) -> str:
        """The one line a run ends with."""
        n = errors + warnings
        problems = f"{n} problem{'s' if n != 1 else ''}"
        if n:
            problems += f" ({errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''})"
        docs = f"{self.documents} document{'s' if self.documents != 1 else ''}"
        recs = f"{self.records} record{'s' if self.records != 1 else ''}"
        return f"syriadiplo: {docs}, {recs}, {problems}, {self.seconds():.1f} s"


def progress_display(total: int | None):
    """A rich progress display on stderr: a bar, percentage and ETA when `total` is known.

    Its `documents` attribute is `total`, the total of the task a run adds to it.
    """
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        Progress,
        SpinnerColumn,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    counts = TextColumn("{task.completed}" + (f"/{total}" if total is not None else "") + " documents, "
                        "{task.fields[records]} records, {task.fields[mb]:.1f} MB")
    rates = TextColumn("{task.fields[rate]:.1f} docs/s, {task.fields[mbs]:.2f} MB/s")
    columns = [SpinnerColumn(), counts, rates, TimeElapsedColumn()]
    if total is not None:
        columns = [SpinnerColumn(), BarColumn(), TaskProgressColumn(), counts, rates, TimeElapsedColumn(),
                   TextColumn("ETA"), TimeRemainingColumn()]
    display = Progress(*columns, console=Console(file=sys.stderr), transient=False)
    display.documents = total  # type: ignore[attr-defined]
    return display


def update(progress, task, stats: RunStats) -> None:
    dt = stats.seconds()
    progress.update(task, completed=stats.documents, records=stats.records, mb=stats.mb,
                    rate=stats.documents / dt, mbs=stats.mb / dt)


__all__ = ["RunStats", "count_documents", "progress_display", "update"]
