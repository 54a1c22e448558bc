"""The command line as a user meets it: --version, python -m, choices in --help, CSV by suffix,
--bom, the participants table, merge -o, clean on several files, evaluate's exit code, the
progress total and the summary line."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from contextlib import chdir
from pathlib import Path

import pytest
from typer.testing import CliRunner

from syriadiplo import __version__
from syriadiplo.cli import app
from syriadiplo.io.progress import count_documents, progress_display

REPO = Path(__file__).resolve().parents[1]
SEED_000, SEED_001 = "seeds/000_c367f06002257a27.txt", "seeds/001_b8da21838642536f.txt"


def invoke(args: list[str]):
    with chdir(REPO):
        return CliRunner().invoke(app, args, prog_name="syriadiplo")


@pytest.fixture(scope="module")
def seed_records() -> list[dict]:
    res = invoke(["extract", "-q", "seeds/"])
    assert res.exit_code == 0 and res.stderr == ""
    return [json.loads(line) for line in res.stdout.splitlines()]


def test_version_and_python_dash_m():
    assert invoke(["--version"]).stdout == f"syriadiplo {__version__}\n"
    proc = subprocess.run([sys.executable, "-m", "syriadiplo", "--version"], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert proc.returncode == 0 and proc.stdout == f"syriadiplo {__version__}\n"


def test_help_shows_the_choices():
    with chdir(REPO):
        out = " ".join(CliRunner().invoke(app, ["extract", "--help"], env={"COLUMNS": "200"}).stdout.split())
    for choices in ("[jsonl|csv|dyads|dyads-csv|participants-csv]", "[rules|stanza|camel|all]", "[auto|txt|jsonl|html]"):
        assert choices in out
    assert "--model-dir" in out and "--ner-model-dir" not in out


def test_output_suffix_csv_means_csv_and_cameo_stays_text(tmp_path, seed_records):
    import pandas as pd

    out = tmp_path / "events.csv"
    assert invoke(["extract", "-q", "-o", str(out), "seeds/"]).exit_code == 0
    df = pd.read_csv(out)
    assert len(df) == len(seed_records)
    assert pd.api.types.is_string_dtype(df["cameo"]) and df["cameo"].str[:3].tolist() == [r["cameo"] for r in seed_records]
    assert df["actor_ids"][0] == " | ".join(p["actor_id"] for p in seed_records[0]["participants"])


def test_bom_and_participants_long_table(tmp_path, seed_records):
    res = invoke(["extract", "-q", "--format", "participants-csv", "--bom", "seeds/"])
    assert res.exit_code == 0 and res.stdout.startswith("\ufeffrecord_id,doc_id,position,actor_id,")
    rows = list(csv.DictReader(io.StringIO(res.stdout.lstrip("\ufeff"))))
    want = [(r["id"], str(n), p["actor_id"], p["kind"]) for r in seed_records for n, p in enumerate(r["participants"], 1)]
    assert [(x["record_id"], x["position"], x["actor_id"], x["kind"]) for x in rows] == want
    inits = {(x["record_id"], x["country"] or x["organization"]) for x in rows if x["is_initiator"] == "true"}
    assert inits == {(r["id"], r["initiator"]) for r in seed_records if r["initiator"]}


def test_merge_writes_to_a_file_and_reads_several(tmp_path, seed_records):
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in seed_records]
    first.write_text("\n".join(lines[:6]) + "\n", encoding="utf-8")
    second.write_text("\n".join(lines[6:]) + "\n", encoding="utf-8")
    out = tmp_path / "clusters.jsonl"
    res = invoke(["merge", str(first), str(second), "-o", str(out)])
    assert res.exit_code == 0 and res.stdout == ""
    clusters = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(m for c in clusters for m in c["members"]) == sorted(r["id"] for r in seed_records)
    assert invoke(["merge", str(first), str(second), "-o", str(tmp_path / "c.csv")]).exit_code == 0
    assert (tmp_path / "c.csv").read_text(encoding="utf-8").startswith("cluster_id,type,members,")
    bad = invoke(["merge", str(first), str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "d.jsonl")])
    assert bad.exit_code == 1 and bad.stderr.strip().endswith("missing.jsonl: No such file or directory")
    assert not (tmp_path / "d.jsonl").exists()


def test_clean_separates_several_documents():
    one = invoke(["clean", SEED_000])
    both = invoke(["clean", SEED_000, SEED_001])
    assert one.exit_code == both.exit_code == 0
    assert not one.stdout.startswith("==>")
    assert both.stdout.startswith(f"==> {SEED_000} <==\n" + one.stdout)
    assert f"\n\n==> {SEED_001} <==\n" in both.stdout


def test_clean_names_each_line_of_a_jsonl_file(tmp_path):
    f = tmp_path / "two.jsonl"
    f.write_text('{"id": "a", "text": "نص أول."}\n{"id": "b", "text": "نص ثان."}\n', encoding="utf-8")
    res = invoke(["clean", str(f)])
    assert [ln for ln in res.stdout.splitlines() if ln.startswith("==>")] == [f"==> {f} [a] <==", f"==> {f} [b] <=="]


def test_evaluate_missing_file_exits_1_with_one_line():
    res = invoke(["evaluate", "nope.jsonl", "fixtures/merge/10_seeds_gold.jsonl"])
    assert res.exit_code == 1 and res.stdout == ""
    assert res.stderr == "evaluate: nope.jsonl: No such file or directory\n"


def test_summary_line_and_quiet(tmp_path):
    res = invoke(["extract", SEED_000, "nope.txt"])
    assert res.exit_code == 1
    lines = res.stderr.splitlines()
    assert lines[0] == "nope.txt: no such file or directory"
    assert lines[1].startswith("syriadiplo: 1 document, 2 records, 1 problem (1 error, 0 warnings), ") and len(lines) == 2
    assert invoke(["extract", "-q", SEED_000, "nope.txt"]).stderr == "nope.txt: no such file or directory\n"


def test_document_count_for_the_progress_total(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text('{"id": "a", "text": "x"}\n\n{"id": "b", "text": "y"}\n', encoding="utf-8")
    with chdir(REPO):
        assert count_documents(["seeds"]) == 5
        assert count_documents(["seeds", str(f)]) == 7
        assert count_documents(["seeds", "-"]) is None


def test_progress_display_has_a_total_and_an_eta():
    bar = progress_display(10)
    task_id = bar.add_task("extract", total=10, records=2, mb=0.0, rate=0.0, mbs=0.0)
    bar.update(task_id, completed=1)
    task = bar.tasks[0]
    shown = " ".join(str(c.render(task)) for c in bar.columns if type(c).__name__ == "TextColumn")
    assert "1/10 documents, 2 records" in shown and "ETA" in shown
    assert any(type(c).__name__ == "TimeRemainingColumn" for c in bar.columns)
    assert not any(type(c).__name__ == "TimeRemainingColumn" for c in progress_display(None).columns)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pseudo-terminals as on Linux")
def test_progress_bar_on_a_terminal_shows_the_total():
    import os
    import pty

    master, slave = pty.openpty()
    proc = subprocess.Popen([str(Path(sys.executable).with_name("syriadiplo")), "extract", "seeds"], stdout=subprocess.PIPE,
                            stderr=slave, cwd=REPO, env={**os.environ, "COLUMNS": "200", "TERM": "xterm"})
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    proc.stdout.read()
    assert proc.wait(timeout=120) == 0
    text = shown.decode("utf-8", "replace")
    assert "5/5 documents, 14 records" in text and "100%" in text and "ETA" in text
    assert "syriadiplo: 5 documents, 14 records, 0 problems, " in text.rstrip().splitlines()[-1]  # after the bar
