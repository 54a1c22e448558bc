"""The stage folders import only the stages before them (docs/ARCHITECTURE.md, "The pipeline")."""
from __future__ import annotations

import ast
from pathlib import Path

import syriadiplo

PACKAGE = Path(syriadiplo.__file__).parent
ORDER = ("text", "recognize", "time", "events", "coding", "io")
SHARED = {"models", "language", "resources", "compiled"}
# io runs the pipeline over batches (io/batch.py calls pipeline.extract_source in each worker)
EXTRA = {"io": {"pipeline"}}


def _imported(path: Path) -> set[str]:
    """The first name under syriadiplo of every syriadiplo module `path` imports (at any depth of the file)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "syriadiplo":
            names = [f"{node.module}.{a.name}" for a in node.names] if node.module == "syriadiplo" else [node.module]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names if a.name.split(".")[0] == "syriadiplo"]
        else:
            continue
        out |= {n.split(".")[1] for n in names if "." in n}
    return out


def test_every_stage_imports_only_the_stages_before_it():
    wrong = {}
    for k, stage in enumerate(ORDER):
        allowed = set(ORDER[: k + 1]) | SHARED | EXTRA.get(stage, set())
        for path in sorted((PACKAGE / stage).rglob("*.py")):
            bad = _imported(path) - allowed
            if bad:
                wrong[path.relative_to(PACKAGE).as_posix()] = sorted(bad)
    assert wrong == {}


def test_the_stage_folders_are_all_there_is_beside_the_top_modules():
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert folders == set(ORDER)


def test_the_event_stage_depends_on_nothing_above_it():
    """Codes and actor ids are added by pipeline.py, after the event stage."""
    for path in (PACKAGE / "events").rglob("*.py"):
        assert not _imported(path) & {"coding", "io", "pipeline", "cli"}, path.name
