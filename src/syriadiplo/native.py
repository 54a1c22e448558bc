"""Say whether this install runs the compiled analysis modules.

The package build compiles them (setup.py, through mypyc's setuptools hook): `pip install .` or a
wheel carries them, and `make` installs such a build apart from the sources, in .venv/built/. An
editable install and the source tree run pure Python. `syriadiplo.compiled` lists the modules.

usage: python -m syriadiplo.native [status]
"""
from __future__ import annotations

import sys

from syriadiplo.compiled import describe


def main(argv: list[str] | None = None) -> int:
    """status: one line, where the package is imported from and whether its modules are compiled."""
    args = sys.argv[1:] if argv is None else argv
    if args in ([], ["status"]):
        print(describe())
        return 0
    print("usage: python -m syriadiplo.native [status]\n"
          "(the package build compiles the modules: pip install . , or make)", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
