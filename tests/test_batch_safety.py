"""Batch runs never lose data: output paths, poisoned inputs, decoding by evidence, exit codes.

Each test reproduces one way a run used to lose records or files silently (or crash with a
traceback) and checks the run now costs only the bad input, or refuses before reading anything.
"""
from __future__ import annotations

import importlib.util
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from contextlib import chdir
from pathlib import Path

import pytest
from typer.testing import CliRunner

from syriadiplo.cli import app
from syriadiplo.io.inputs import decode

REPO = Path(__file__).resolve().parents[1]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
SEED = SEEDS[2]
EXE = Path(sys.executable).with_name("syriadiplo")
CALL = "بحث وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي جون كيري في اتصال هاتفي أمس الوضع في سوريا."


def invoke(args: list[str], **kw):
    """The CLI in this process; an extract run is --quiet, so stderr holds the problems and no summary line."""
    if args and args[0] == "extract":
        args = ["extract", "--quiet", *args[1:]]
    with chdir(REPO):
        return CliRunner().invoke(app, args, prog_name="syriadiplo", **kw)


def records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def no_traceback(result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stderr


@pytest.fixture
def seed_copy(tmp_path) -> Path:
    p = tmp_path / "a.txt"
    shutil.copy(SEED, p)
    return p


# --- 1. an output path that is an input, or the other output -------------------------------


def test_output_naming_an_input_is_refused_and_the_input_kept(seed_copy):
    before = seed_copy.read_bytes()
    for opt in ("-o", "--errors"):
        result = invoke(["extract", opt, str(seed_copy), str(seed_copy)])
        assert result.exit_code == 2
        assert result.stderr.splitlines() == [f"{opt} {seed_copy}: is one of the inputs; refusing to overwrite it"]
        assert seed_copy.read_bytes() == before


def test_output_that_the_directory_walk_reads_is_refused(seed_copy):
    before = seed_copy.read_bytes()
    result = invoke(["extract", "-o", str(seed_copy), str(seed_copy.parent)])
    assert result.exit_code == 2 and "is one of the inputs" in result.stderr
    assert seed_copy.read_bytes() == before


def test_output_and_errors_naming_one_file_are_refused(seed_copy, tmp_path):
    out = tmp_path / "x.jsonl"
    out.write_text("old\n")
    result = invoke(["extract", "-o", str(out), "--errors", str(out), str(seed_copy)])
    assert result.exit_code == 2 and result.stderr.strip() == f"-o and --errors name the same file {out}"
    assert out.read_text() == "old\n"


# --- 2. one poisoned input costs only itself ------------------------------------------------


def test_lone_surrogates_and_deep_nesting_cost_only_their_line(tmp_path):
    good = json.dumps({"id": "ok", "text": CALL}, ensure_ascii=False)
    lines = [
        '{"id": "s", "title": "\\udfff", "text": "x"}',
        '{"id": "\\ud800", "text": "x"}',
        '{"id": "t", "text": "' + CALL + '\\udfff"}',
        "[" * 100_000 + "]" * 100_000,
        good,
    ]
    batch = tmp_path / "b.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, errs = tmp_path / "out.jsonl", tmp_path / "errs.jsonl"
    result = invoke(["extract", "-o", str(out), "--errors", str(errs), str(batch)])
    no_traceback(result)
    assert result.exit_code == 1
    assert [r["doc_id"] for r in records(out.read_text(encoding="utf-8"))] == ["ok"]
    logged = [json.loads(x) for x in errs.read_text(encoding="utf-8").splitlines()]
    assert [x["path"] for x in logged] == [f"{batch}:{n}" for n in (1, 2, 3, 4)]
    assert "lone surrogate" in logged[0]["error"] and "nested too deeply" in logged[3]["error"]
    assert len(result.stderr.splitlines()) == 4


@pytest.mark.skipif(sys.platform == "darwin", reason="file names must be able to hold any byte")
def test_undecodable_file_name_in_a_walk_costs_nothing(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(SEED, os.path.join(os.fsencode(corpus), b"bad\xff.txt"))
    shutil.copy(SEED, corpus / "good.txt")
    out = tmp_path / "out.jsonl"
    result = invoke(["extract", "-o", str(out), "--errors", str(tmp_path / "e.jsonl"), str(corpus)])
    no_traceback(result)
    assert result.exit_code == 0, result.stderr
    recs = records(out.read_text(encoding="utf-8"))
    assert {r["source"]["path"] for r in recs} == {f"{corpus}/bad\\xff.txt", f"{corpus}/good.txt"}
    assert {r["doc_id"] for r in recs} == {"bad\\xff", "good"}


def test_a_document_that_breaks_the_extractor_costs_only_itself(tmp_path, monkeypatch):
    import syriadiplo.pipeline as pipeline

    real = pipeline.extract_source

    def fragile(src, doc_date=None, recognizer=None):
        if src.doc_id == "001_b8da21838642536f":
            raise RecursionError("maximum recursion depth exceeded")
        return real(src, doc_date, recognizer)

    monkeypatch.setattr(pipeline, "extract_source", fragile)
    result = invoke(["extract", "seeds"])
    no_traceback(result)
    assert result.exit_code == 1
    assert result.stderr.strip() == ("seeds/001_b8da21838642536f.txt: extraction failed "
                                     "(RecursionError: maximum recursion depth exceeded)")
    assert {r["doc_id"] for r in records(result.stdout)} == {p.stem for p in SEEDS} - {"001_b8da21838642536f"}


# --- 3. decoding by evidence ----------------------------------------------------------------


def test_utf8_with_one_bad_byte_is_utf8_with_a_warning(tmp_path):
    data = SEED.read_bytes()
    cut = data.index("\u0627".encode("utf-8"), len(data) // 2)
    damaged = tmp_path / "truncated.txt"
    damaged.write_bytes(data[:cut] + data[cut:cut + 1] + data[cut + 2:])  # half of one letter lost
    text, warnings = decode(damaged.read_bytes())
    assert warnings == ["decoded as UTF-8 with 1 invalid byte sequence replaced by U+FFFD"]
    assert text.count("\ufffd") == 1 and text.replace("\ufffd", "")[:cut // 2] == data.decode()[:cut // 2]
    result = invoke(["extract", str(damaged)])
    assert result.exit_code == 0
    assert result.stderr.strip() == f"{damaged}: decoded as UTF-8 with 1 invalid byte sequence replaced by U+FFFD"
    assert len(records(result.stdout)) == len(records(invoke(["extract", str(SEED)]).stdout)) > 0


def test_windows_1256_stays_windows_1256():
    text, warnings = decode(CALL.encode("cp1256"))
    assert (text, warnings) == (CALL, ["decoded as Windows-1256"])


def test_utf16_without_bom_is_decoded():
    for codec in ("utf-16-le", "utf-16-be"):
        text, warnings = decode(("\n" + CALL + "\n").encode(codec))
        assert text == "\n" + CALL + "\n" and warnings == ["decoded as UTF-16 (no BOM)"]


# --- 4. JSONL split on \n only ----------------------------------------------------------------


@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\u0085"])
def test_jsonl_text_holding_a_unicode_line_separator_is_one_article(tmp_path, sep):
    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"id": "x", "text": CALL + sep + CALL}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = invoke(["extract", str(batch)])
    assert result.exit_code == 0 and result.stderr == ""
    assert {r["doc_id"] for r in records(result.stdout)} == {"x"}


# --- 5. -o through a symbolic link --------------------------------------------------------------


def test_output_through_a_symlink_replaces_the_target_and_keeps_the_link(tmp_path, seed_copy):
    target = tmp_path / "real.jsonl"
    target.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target.name)
    result = invoke(["extract", "-o", str(link), str(seed_copy)])
    assert result.exit_code == 0
    assert link.is_symlink() and os.readlink(link) == "real.jsonl"
    assert target.read_text(encoding="utf-8") == invoke(["extract", str(seed_copy)]).stdout != "old\n"


# --- 8, 9. output places that cannot be written; unreadable directories --------------------------


def test_output_in_a_missing_directory_or_on_a_directory_is_one_line(tmp_path, seed_copy):
    for args, line in (
        (["-o", str(tmp_path / "nodir" / "x.jsonl")], f"-o {tmp_path}/nodir/x.jsonl: no such directory"),
        (["--errors", str(tmp_path / "nodir" / "e.jsonl")], f"--errors {tmp_path}/nodir/e.jsonl: no such directory"),
        (["-o", str(tmp_path)], f"-o {tmp_path}: is a directory"),
    ):
        result = invoke(["extract", *args, str(seed_copy)])
        no_traceback(result)
        assert result.exit_code == 2 and result.stderr.splitlines() == [line]


def _limit_file_size():  # a full disk, as the output file sees it: writes past 2 KB fail (EFBIG)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))


def test_a_write_failure_during_the_run_keeps_the_old_output(tmp_path, seed_copy):
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    proc = subprocess.run([str(EXE), "extract", "--quiet", "-o", str(out), str(REPO / "seeds")], capture_output=True,
                          text=True, preexec_fn=_limit_file_size, timeout=300)
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"{out}: cannot write (File too large); {out} left as it was"
    assert out.read_text() == "old\n" and sorted(os.listdir(tmp_path)) == ["a.txt", "out.jsonl"]


def test_a_path_under_an_unreadable_directory_is_one_line(tmp_path, seed_copy, monkeypatch):
    locked = tmp_path / "locked" / "a.txt"
    real_is_dir = Path.is_dir

    def is_dir(self):  # what a directory without search permission gives (root is never refused)
        if str(self).startswith(str(locked.parent)):
            raise PermissionError(13, "Permission denied", str(self))
        return real_is_dir(self)

    def stat(self, **kw):
        if str(self).startswith(str(locked.parent)):
            raise PermissionError(13, "Permission denied", str(self))
        return os.stat(self, **kw)

    monkeypatch.setattr(Path, "is_dir", is_dir)
    monkeypatch.setattr(Path, "stat", stat)
    result = invoke(["extract", str(locked), str(seed_copy)])
    no_traceback(result)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"{locked}: Permission denied"]
    assert records(result.stdout)


# --- 11. exit codes: interruption keeps both outputs, a broken pipe is quiet ---------------------


def test_interrupted_run_leaves_both_outputs_as_they_were(tmp_path, monkeypatch):
    import syriadiplo.pipeline as pipeline

    out, errs = tmp_path / "out.jsonl", tmp_path / "errs.jsonl"
    out.write_text("old out\n")
    errs.write_text("old errs\n")
    real, calls = pipeline.extract_source, []

    def flaky(src, doc_date=None, recognizer=None):
        calls.append(src)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(src, doc_date, recognizer)

    monkeypatch.setattr(pipeline, "extract_source", flaky)
    result = invoke(["extract", "-o", str(out), "--errors", str(errs), "seeds", "missing.txt"])
    assert result.exit_code == 130
    assert out.read_text() == "old out\n" and errs.read_text() == "old errs\n"
    assert sorted(os.listdir(tmp_path)) == ["errs.jsonl", "out.jsonl"]  # no temporary file left
    assert sorted(os.listdir(tmp_path)) == ["errs.jsonl", "out.jsonl"]


def test_broken_pipe_exits_quietly_with_141():
    proc = subprocess.run(f"'{EXE}' extract seeds | head -c 10 > /dev/null; echo ${{PIPESTATUS[0]}}",
                          shell=True, executable="/bin/bash", capture_output=True, text=True, cwd=REPO, timeout=300)
    assert proc.stdout.strip() == "141" and proc.stderr == ""


# --- 12. directories give .txt and .html by default ---------------------------------------------


def test_a_directory_walk_leaves_jsonl_records_out(tmp_path, seed_copy):
    first = invoke(["extract", str(tmp_path)])
    (tmp_path / "events.jsonl").write_text(first.stdout, encoding="utf-8")
    second = invoke(["extract", str(tmp_path)])
    assert second.exit_code == 0 and second.stderr == "" and second.stdout == first.stdout
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"id": "j", "text": CALL}, ensure_ascii=False) + "\n", encoding="utf-8")
    globbed = invoke(["extract", "--glob", "batch.jsonl", str(tmp_path)])
    assert {r["doc_id"] for r in records(globbed.stdout)} == {"j"}


# --- 13. no silent skips -------------------------------------------------------------------------


def test_broken_links_in_a_walk_are_reported(tmp_path, seed_copy):
    (tmp_path / "gone.txt").symlink_to("nowhere.txt")
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    result = invoke(["extract", str(tmp_path)])
    assert result.exit_code == 0
    assert sorted(result.stderr.splitlines()) == [f"{tmp_path}/gone.txt: dangling symlink, skipped",
                                                  f"{tmp_path}/loop.txt: symlink loop, skipped"]


def test_a_newline_in_a_file_name_stays_on_one_stderr_line(tmp_path):
    bad = tmp_path / "two\nlines.txt"
    bad.write_bytes(b"\x89PNG\x00\x00\x00\x00" * 64)
    result = invoke(["extract", str(tmp_path)])
    assert result.stderr.splitlines() == [f"{tmp_path}/two\\nlines.txt: binary file (NUL bytes), not text"]


def test_jsonl_id_zero_and_a_date_that_is_a_number(tmp_path):
    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"id": 0, "text": CALL}, ensure_ascii=False) + "\n"
                     + json.dumps({"id": "d", "text": CALL, "date": 123}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = invoke(["extract", str(batch)])
    no_traceback(result)
    assert {r["doc_id"] for r in records(result.stdout)} == {"0"}
    assert result.stderr.splitlines() == [f'{batch}:2: bad JSONL line: "date" must be a YYYY-MM-DD string']


def test_output_dash_is_stdout_and_an_input_named_twice_is_read_once(tmp_path, seed_copy):
    with chdir(tmp_path):
        once = CliRunner().invoke(app, ["extract", "--quiet", "a.txt"]).stdout
        result = CliRunner().invoke(app, ["extract", "--quiet", "-o", "-", "a.txt", str(seed_copy)])
    assert result.stdout == once and not (tmp_path / "-").exists()
    assert result.exit_code == 0 and result.stderr.splitlines() == [f"{seed_copy}: named twice, read once"]


# --- 7. signals: workers die with their parent, SIGTERM and SIGHUP end like SIGINT ----------------


# the process helpers of the soak benchmark, so that the test checks what `make soak` checks
_spec = importlib.util.spec_from_file_location("soak", REPO / "bench" / "soak.py")
_soak = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_soak)
_children, _running = _soak._children, _soak._running


def _start_parallel_run(tmp_path: Path):
    """A -j 2 run with -o and --errors over a corpus long enough to be interrupted; (process, workers)."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(4000):  # about 20 MB: seconds of work for two compiled workers, more than the test waits
        shutil.copy(SEEDS[i % len(SEEDS)], corpus / f"{i:03d}.txt")
    for name in ("out.jsonl", "errs.jsonl"):
        (tmp_path / name).write_text("old\n")
    proc = subprocess.Popen([str(EXE), "extract", "-j", "2", "-o", str(tmp_path / "out.jsonl"),
                             "--errors", str(tmp_path / "errs.jsonl"), str(corpus)],
                            stderr=subprocess.PIPE, start_new_session=True)
    for _ in range(300):
        workers = _children(proc.pid)
        if len(workers) == 2:
            break
        time.sleep(0.05)
    time.sleep(1.0)  # the workers are extracting
    return proc, workers


def _gone(pids: list[int], seconds: float = 10) -> bool:
    for _ in range(int(seconds * 20)):
        if not any(_running(p) for p in pids):
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and ps --ppid as on Linux")
@pytest.mark.parametrize("sig", [signal.SIGHUP, signal.SIGTERM, signal.SIGINT], ids=lambda s: s.name)
def test_a_signal_ends_the_run_like_ctrl_c(tmp_path, sig):
    proc, workers = _start_parallel_run(tmp_path)
    assert len(workers) == 2
    os.killpg(proc.pid, sig) if sig != signal.SIGHUP else proc.send_signal(sig)  # a hang-up reaches the parent
    assert proc.wait(timeout=60) == 130
    assert proc.stderr.read().decode().strip().startswith("interrupted;")
    assert (tmp_path / "out.jsonl").read_text() == "old\n" and (tmp_path / "errs.jsonl").read_text() == "old\n"
    assert sorted(os.listdir(tmp_path)) == ["c", "errs.jsonl", "out.jsonl"]
    assert _gone(workers)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_workers_die_with_a_parent_killed_with_sigkill(tmp_path):
    proc, workers = _start_parallel_run(tmp_path)
    assert len(workers) == 2
    proc.kill()
    proc.wait(timeout=10)
    try:
        assert _gone(workers)
    finally:
        for p in workers:
            if _running(p):
                os.kill(p, signal.SIGKILL)
    assert (tmp_path / "out.jsonl").read_text() == "old\n"


# --- 14. where evidence offsets point, for every input kind ---------------------------------------


def test_offsets_are_defined_per_input_kind_and_hold(tmp_path):
    doc = (REPO / "docs" / "INPUTS.md").read_text(encoding="utf-8")
    section = doc.split("## Evidence offsets", 1)[1].split("\n## ", 1)[0]
    for kind in ("text file", "JSONL line", "HTML page", "BOM removed", "CR and CRLF kept", "NUL"):
        assert kind in section, kind
    assert "docs/INPUTS.md" in (REPO / "README.md").read_text(encoding="utf-8")
    text = SEED.read_text(encoding="utf-8")
    txt = tmp_path / "a.txt"
    txt.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").replace("\u060c", "\u060c\x00", 1).encode("utf-8"))
    batch = tmp_path / "b.jsonl"
    jtext = "\x00" + text.replace("\n", "\u2028", 1)
    batch.write_text(json.dumps({"id": "j", "text": jtext}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = invoke(["extract", str(txt), str(batch)])
    assert result.exit_code == 0
    given = {str(txt): decode(txt.read_bytes())[0], str(batch): jtext.replace("\x00", "")}
    assert given[str(txt)].startswith(text[:10]) and "\r\n" in given[str(txt)]
    recs = records(result.stdout)
    assert {r["source"]["path"] for r in recs} == set(given)
    for r in recs:
        for ev in r["evidence"]:
            assert given[r["source"]["path"]][ev["start"]:ev["end"]] == ev["text"]
