"""syriadiplo: meetings and phone calls over Syria, extracted from Arabic news."""

from syriadiplo import compiled as _compiled

__version__ = "0.1.0"

_compiled.activate(__path__)  # compiled analysis modules, when a fresh build exists (syriadiplo.native builds them)
