"""No function or method of the package is longer than 80 lines (docs/ARCHITECTURE.md: short enough to
read at once)."""
from __future__ import annotations

import ast
from pathlib import Path

import syriadiplo

PACKAGE = Path(syriadiplo.__file__).parent
LIMIT = 80


def test_no_function_is_longer_than_the_limit():
    long = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > LIMIT:
                    long.append(f"{path.name}:{node.lineno} {node.name} ({lines} lines)")
    assert not long, long
