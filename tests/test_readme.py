"""The README as a user reads it: short, every command shown runs, the sample record is real.

Every line of the README's ```sh blocks runs in bash (with `set -o pipefail`) in a fresh
directory holding links to `seeds/` and `fixtures/`, in order, so that later lines read what
earlier ones wrote; every ```python block runs there too. The ```text blocks are the set-up
commands (`make run`, `make test`, `pipx install .`): CI itself runs them (.ci/run).
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from contextlib import chdir
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
SUMMARY = re.compile(r"syriadiplo: \d+ documents?, \d+ records?, \d+ problems?( \(.*\))?, \d+\.\d s")


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", README, re.S)


def test_readme_is_short_and_points_to_the_docs():
    assert len(README.splitlines()) < 200
    for doc in re.findall(r"`(docs/[A-Z]+\.md)`", README):
        assert (REPO / doc).exists(), doc
    for image in re.findall(r"\]\((docs/[^)]+\.png)\)", README):
        assert (REPO / image).stat().st_size < 300_000, image
    assert "shared/spec" not in README


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("readme")
    for name in ("seeds", "fixtures"):
        (work / name).symlink_to(REPO / name)
    return work


def _env() -> dict[str, str]:
    bindir = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": bindir + os.pathsep + os.environ.get("PATH", ""),
            "PYTHONPATH": str(REPO / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}


def test_every_shell_line_runs(workdir):
    if shutil.which("jq") is None:
        pytest.skip("jq is not installed (Debian package jq); the README's recipes use it")
    lines = [ln for block in _blocks("sh") for ln in block.splitlines() if ln.strip()]
    assert len(lines) >= 20 and any(ln.startswith("syriadiplo report") for ln in lines)
    for line in lines:
        proc = subprocess.run(["bash", "-c", "set -o pipefail; " + line], cwd=workdir, env=_env(),
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, (line, proc.stderr)
        noise = [ln for ln in proc.stderr.splitlines() if not SUMMARY.fullmatch(ln) and not ln.endswith(" records")]
        assert noise == [], (line, proc.stderr)
        if "jq" in line or line.startswith(("syriadiplo extract seeds/002", "syriadiplo clean", "python -m")):
            assert proc.stdout.strip(), line
    assert (workdir / "report.html").stat().st_size > 10_000
    assert (workdir / "dyads.csv").read_text(encoding="utf-8").startswith("event_date,source_actor,")


def test_every_python_block_runs(workdir):
    test_every_shell_line_runs(workdir)  # the recipes read the files the shell lines wrote
    for block in _blocks("python"):
        proc = subprocess.run([sys.executable, "-c", block], cwd=workdir, env=_env(), capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, (block, proc.stderr)
        assert proc.stdout.strip()


def test_sample_record_is_what_the_extractor_writes():
    from syriadiplo.pipeline import extract_paths

    (block,) = _blocks("json")
    shown = json.loads(block)
    with chdir(REPO):
        real = [r.model_dump(mode="json") for r in extract_paths(["seeds/002_10efc35c20210809.txt"])]
    (rec,) = [r for r in real if r["id"] == shown["id"]]

    def same(a, b) -> bool:
        if isinstance(a, str) and a.endswith("\u2026"):
            return isinstance(b, str) and b.startswith(a[:-1])  # a shortened evidence text
        if isinstance(a, dict):
            return isinstance(b, dict) and list(a) == list(b) and all(same(a[k], b[k]) for k in a)
        if isinstance(a, list):
            return isinstance(b, list) and len(a) == len(b) and all(map(same, a, b))
        return a == b

    assert same(shown, rec)
