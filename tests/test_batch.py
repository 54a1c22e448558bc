"""Batch use: every kind of bad input costs only itself, parallel output equals serial, -o is atomic.

fixtures/bad/ holds the small bad and odd inputs (committed); the big or
binary ones (a 50 MB one-line file, a PNG, a directory symlink loop) are
written at run time into a copy of it.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from contextlib import chdir
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from syriadiplo.io import batch
from syriadiplo.cli import app
from syriadiplo.io.inputs import Source, decode, iter_sources
from syriadiplo.pipeline import extract_text

REPO = Path(__file__).resolve().parents[1]
BAD = REPO / "fixtures" / "bad"
HTML = REPO / "fixtures" / "html" / "lavrov_kerry_call.html"
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
# fixtures/bad/good_*.txt: the seed each was made from (re-encoded or damaged)
GOOD = {
    "good_utf8.txt": SEEDS[0], "good_cp1256.txt": SEEDS[1], "good_utf16.txt": SEEDS[2],
    "good_crlf_bom.txt": SEEDS[3], "good_nul.txt": SEEDS[4],
}


def invoke(args: list[str], **kw):
    with chdir(REPO):
        return CliRunner().invoke(app, args, prog_name="syriadiplo", **kw)


def _signature(rec: dict) -> tuple:
    return rec["type"], rec["status"], tuple((p["name"], p["role"], p["country"]) for p in rec["participants"])


def _expected(seed: Path) -> list[tuple]:
    return [_signature(r.model_dump(mode="json")) for r in extract_text(seed.read_text(encoding="utf-8"), seed.stem)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("batch") / "corpus"
    shutil.copytree(BAD, root)
    (root / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    line = "بحث وزير الخارجية الروسي مع نظيره الأمريكي، " .encode("utf-8")
    with open(root / "huge_one_line.txt", "wb") as f:
        f.write(line * (50_000_000 // len(line) + 1))  # 50 MB, no newline
    sub = root / "sub"
    sub.mkdir()
    shutil.copy(SEEDS[0], sub / "nested.txt")
    os.symlink("..", sub / "loop")  # sub/loop -> corpus: a directory symlink loop
    return root


@pytest.fixture(scope="module")
def batch_run(corpus, tmp_path_factory):
    errors = tmp_path_factory.mktemp("errs") / "errors.jsonl"
    t0 = time.perf_counter()
    # a directory walk leaves .jsonl files out (records are written as JSONL): the batch is named
    result = invoke(["extract", "--errors", str(errors), str(corpus), str(corpus / "bad_lines.jsonl")])
    return result, errors, time.perf_counter() - t0


def test_batch_keeps_every_good_files_records(batch_run, corpus):
    result, _, _ = batch_run
    assert result.exit_code == 1, result.stderr
    recs = [json.loads(line) for line in result.stdout.splitlines()]
    by_path: dict[str, list[tuple]] = {}
    for r in recs:
        by_path.setdefault(r["source"]["path"], []).append(_signature(r))
    for name, seed in GOOD.items():
        assert by_path.get(str(corpus / name), []) == _expected(seed), name
    assert by_path[str(corpus / "sub" / "nested.txt")] == _expected(SEEDS[0])
    assert by_path[str(corpus / "bad_lines.jsonl")] == _expected(SEEDS[0])  # its one good line
    assert all(r["source"]["path"] != str(corpus / "sub" / "loop" / "good_utf8.txt") for r in recs)


def test_evidence_reproduces_the_decoded_text(batch_run, corpus):
    result, _, _ = batch_run
    for line in result.stdout.splitlines():
        r = json.loads(line)
        path = Path(r["source"]["path"])
        if path.suffix != ".txt":
            continue
        text = decode(path.read_bytes())[0]
        for ev in r["evidence"]:
            assert text[ev["start"]:ev["end"]] == ev["text"]


def test_each_problem_is_one_line(batch_run, corpus):
    result, errors, _ = batch_run
    lines = result.stderr.splitlines()
    assert lines[-1].startswith("syriadiplo: ") and lines[-1].endswith(" s")  # the summary line
    lines = lines[:-1]
    expected = [
        f"{corpus}/bad_lines.jsonl:2: bad JSONL line: Expecting value: line 1 column 1 (char 0)",
        f'{corpus}/bad_lines.jsonl:3: bad JSONL line: needs an object with a "text" string',
        f"{corpus}/empty.txt: empty file",
        f"{corpus}/good_cp1256.txt: decoded as Windows-1256",
        f"{corpus}/good_nul.txt: removed 1 NUL byte",
        f"{corpus}/huge_one_line.txt: file too large (50.0 MB > 20 MB; raise --max-size)",
        f"{corpus}/scan.txt: binary file (NUL bytes), not text",
        f"{corpus}/sub/loop: directory symlink loop, skipped",
        f"{corpus}/undecodable.txt: cannot decode: not UTF-8, UTF-16 or Windows-1256 Arabic text",
    ]
    assert sorted(lines) == sorted(expected)
    logged = [json.loads(x) for x in errors.read_text(encoding="utf-8").splitlines()]
    assert sorted(f"{x['path']}: {x['error']}" for x in logged) == sorted(expected)
    levels = {x["error"]: x["level"] for x in logged}
    assert levels["decoded as Windows-1256"] == levels["empty file"] == levels["removed 1 NUL byte"] == "warning"
    assert levels["binary file (NUL bytes), not text"] == "error"


def test_the_huge_file_is_refused_without_reading_it(batch_run):
    assert batch_run[2] < 120


def test_warnings_alone_exit_zero():
    result = invoke(["extract", "fixtures/bad/empty.txt", "fixtures/bad/good_cp1256.txt"])
    assert result.exit_code == 0
    assert result.stderr.splitlines()[:-1] == [
        "fixtures/bad/empty.txt: empty file", "fixtures/bad/good_cp1256.txt: decoded as Windows-1256"]
    assert result.stderr.splitlines()[-1].startswith("syriadiplo: 1 document, 2 records, 2 problems (0 errors, 2 warnings), ")
    assert result.stdout


def test_one_long_line_under_the_limit_is_processed_in_bounded_time(tmp_path):
    p = tmp_path / "line.txt"
    # ~300 KB, no newline, no full stop. (Not trigger words: many events in one document are
    # superlinear in events.clustering.cluster, a known limit reported separately.)
    p.write_text("وزير الخارجية الروسي سيرغي لافروف، " * 8000, encoding="utf-8")
    t0 = time.perf_counter()
    result = invoke(["extract", str(p)])
    assert result.exit_code == 0, result.stderr
    assert time.perf_counter() - t0 < 90


def test_max_size_option(tmp_path):
    p = tmp_path / "a.txt"
    shutil.copy(SEEDS[0], p)
    result = invoke(["extract", "--max-size", "0.001", str(p)])
    assert result.exit_code == 1
    assert "file too large" in result.stderr and "--max-size" in result.stderr


# --- input kinds ---------------------------------------------------------------------


def test_stdin_text_and_jsonl():
    text = SEEDS[0].read_text(encoding="utf-8")
    by_file = invoke(["extract", str(SEEDS[0].relative_to(REPO))])
    result = invoke(["extract", "-"], input=text.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    strip = lambda out: [(_signature(json.loads(x)), json.loads(x)["evidence"]) for x in out.splitlines()]  # noqa: E731
    assert strip(result.stdout) == strip(by_file.stdout)
    line = json.dumps({"id": "a1", "text": text, "date": "2016-02-27"}, ensure_ascii=False) + "\n"
    result = invoke(["extract", "-"], input=line.encode("utf-8"))
    assert result.exit_code == 0 and all(json.loads(x)["doc_id"] == "a1" for x in result.stdout.splitlines())
    result = invoke(["extract", "--input-format", "jsonl", "-"], input=line.encode("utf-8"))
    assert result.stdout and result.exit_code == 0


def test_html_page_main_text_only():
    result = invoke(["extract", str(HTML.relative_to(REPO))])
    assert result.exit_code == 0, result.stderr
    recs = [json.loads(x) for x in result.stdout.splitlines()]
    assert any(r["type"] == "phone_call" and {p["country"] for p in r["participants"]} >= {"RUS", "USA"} for r in recs)
    assert recs[0]["time"]["value"] == "2016-02-27"  # the page's date resolves اليوم
    cleaned = "\n".join(s.text for s in iter_sources([str(HTML)]))
    for boiler in ("الرئيسية", "التعليقات", "جميع الحقوق محفوظة", "أخبار ذات صلة", "عاجل"):
        assert boiler not in cleaned
    assert "ستافان دي ميستورا" in cleaned


def test_glob_and_input_format(tmp_path):
    shutil.copy(SEEDS[0], tmp_path / "a.txt")
    shutil.copy(SEEDS[1], tmp_path / "b.article")
    got = invoke(["extract", "--glob", "*.article", str(tmp_path)])
    assert {json.loads(x)["doc_id"] for x in got.stdout.splitlines()} == {"b"}
    assert invoke(["extract", "--input-format", "xml", str(tmp_path)]).exit_code == 2
    assert invoke(["extract", "--jobs", "0", str(tmp_path)]).exit_code == 2


# --- parallel, atomic ----------------------------------------------------------------


def test_jobs_2_output_is_byte_identical_to_jobs_1():
    args = ["extract", "--glob", "*.txt", "seeds", "fixtures/articles"]
    one = invoke(args)
    two = invoke(["--jobs", "2"][:0] + args[:1] + ["--jobs", "2"] + args[1:])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout and one.stdout_bytes == two.stdout_bytes


def test_batch_run_keeps_order_with_small_chunks(monkeypatch):
    monkeypatch.setattr(batch, "CHUNK_DOCS", 1)
    srcs = [Source(p.read_text(encoding="utf-8"), p.stem, str(p)) for p in SEEDS] * 3
    serial = [(s.doc_id, [r.id for r in recs]) for s, recs in batch.run(srcs, jobs=1)]
    parallel = [(s.doc_id, [r.id for r in recs]) for s, recs in batch.run(srcs, jobs=2)]
    assert serial == parallel


@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_run_as_json_gives_the_record_lines(jobs):
    from syriadiplo.pipeline import record_json

    srcs = [Source(p.read_text(encoding="utf-8"), p.stem, str(p)) for p in SEEDS]
    models = [[record_json(r) for r in recs] for _, recs in batch.run(srcs, jobs=1)]
    lines = [recs for _, recs in batch.run(srcs, jobs=jobs, as_json=True)]
    assert lines == models and sum(map(len, lines)) >= 13


def test_output_file_is_written(tmp_path):
    out = tmp_path / "events.jsonl"
    out.write_text("old\n")
    result = invoke(["extract", "-o", str(out), "seeds"])
    assert result.exit_code == 0 and result.stdout == ""
    assert out.read_text(encoding="utf-8") == invoke(["extract", "seeds"]).stdout
    assert os.listdir(tmp_path) == ["events.jsonl"]


def test_atomic_output_removes_temp_on_error(tmp_path):
    out = tmp_path / "x.txt"
    out.write_text("old")
    with pytest.raises(RuntimeError):
        with batch.atomic_output(out) as f:
            f.write("new, half")
            raise RuntimeError
    assert out.read_text() == "old" and os.listdir(tmp_path) == ["x.txt"]


def test_sigterm_leaves_old_or_complete_output(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(300):  # long enough that the signal usually lands mid-run
        shutil.copy(SEEDS[i % len(SEEDS)], corpus / f"{i:03d}.txt")
    out = tmp_path / "events.jsonl"
    out.write_text("old\n")
    exe = Path(sys.executable).with_name("syriadiplo")
    proc = subprocess.Popen([str(exe), "extract", "-o", str(out), str(corpus)], stderr=subprocess.PIPE)
    time.sleep(1.5)
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=120)
    content = out.read_text(encoding="utf-8")
    if content == "old\n":
        assert proc.returncode == 130
    else:  # it finished (or renamed the file) before the signal: then the file is complete
        assert content.count("\n") == invoke(["extract", str(corpus)]).stdout.count("\n")
    assert sorted(os.listdir(tmp_path)) == ["c", "events.jsonl"]


def _run_with_tty_stderr(args: list[str]) -> tuple[bytes, str]:
    """Run the CLI with stderr on a pseudo-terminal; (stdout bytes, what the terminal showed)."""
    import pty

    exe = Path(sys.executable).with_name("syriadiplo")
    master, slave = pty.openpty()
    proc = subprocess.Popen([str(exe), *args], stdout=subprocess.PIPE, stderr=slave, cwd=REPO,
                            env={**os.environ, "COLUMNS": "200", "TERM": "xterm"})
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal closes when the process ends
            break
        if not chunk:
            break
        shown += chunk
    out = proc.stdout.read()
    proc.wait()
    os.close(master)
    assert proc.returncode == 0
    return out, shown.decode("utf-8", "replace")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pseudo-terminals as on Linux")
def test_progress_bar_on_a_terminal_counts_documents_and_records():
    out, shown = _run_with_tty_stderr(["extract", "seeds"])
    plain = subprocess.run([str(Path(sys.executable).with_name("syriadiplo")), "extract", "seeds"],
                           capture_output=True, cwd=REPO, check=True)
    assert out == plain.stdout  # the bar goes to the terminal only; a pipe gets the summary line
    assert plain.stderr.decode().startswith(f"syriadiplo: {len(SEEDS)} documents, ") and plain.stderr.count(b"\n") == 1
    records = out.count(b"\n")
    assert f"{len(SEEDS)} documents, {records} records" in shown
    assert "MB/s" in shown


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pseudo-terminals as on Linux")
def test_quiet_hides_the_progress_bar_on_a_terminal():
    _, shown = _run_with_tty_stderr(["extract", "--quiet", "seeds"])
    assert shown == ""


def test_bench_refuses_a_repeat_below_one():
    proc = subprocess.run([sys.executable, str(REPO / "bench" / "throughput.py"), "--mb", "0.01", "--repeat", "0"],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "--repeat must be at least 1" in proc.stderr


@given(st.binary(max_size=300))
@settings(max_examples=500, deadline=None)
def test_control_byte_count_is_the_plain_one(data):
    """The binary sniffer counts control bytes with bytes.translate: the count of a plain loop."""
    from syriadiplo.io import inputs

    plain = sum(1 for b in data if b < 0x20 and b not in inputs._OK_CONTROLS)
    assert len(data) - len(data.translate(None, inputs._BAD_CONTROLS)) == plain
