"""The default path never imports torch (STYLE.md 8): model backends load only when used.

Each check runs in a fresh interpreter, so modules imported by other tests do
not hide an import.
"""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
HEAVY = ("torch", "stanza", "transformers")


def _run(body: str) -> subprocess.CompletedProcess:
    code = textwrap.dedent(
        """
        import sys
        from typer.testing import CliRunner
        from syriadiplo.cli import app
        """
    ) + textwrap.dedent(body) + textwrap.dedent(
        f"""
        heavy = sorted(m for m in {HEAVY!r} if m in sys.modules)
        assert not heavy, heavy
        print("ok")
        """
    )
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    "args",
    [["--help"], ["extract", "--help"], ["extract", "seeds"], ["clean", "seeds/000_c367f06002257a27.txt"], ["schema"]],
    ids=" ".join,
)
def test_cli_does_not_import_torch(args):
    proc = _run(
        f"""
        result = CliRunner().invoke(app, {args!r})
        assert result.exit_code == 0, (result.exit_code, result.stderr, result.exception)
        """
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().endswith("ok")


def test_library_import_does_not_import_torch():
    proc = _run(
        """
        import syriadiplo.pipeline, syriadiplo.events.steps, syriadiplo.evaluate, syriadiplo.models
        from syriadiplo.pipeline import extract_text
        extract_text("بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الأمريكي جون كيري في اتصال هاتفي اليوم.")
        """
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
