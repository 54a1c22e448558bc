"""syriadiplo: meetings and phone calls over Syria, extracted from Arabic news.

The library API: `extract_text(text, doc_date=...)` and `extract_paths(paths, doc_date=...)` give `Record`s
(pydantic models in the order of the record contract); `record_json(record)` writes one as its JSONL line.
Both take `language=`: a `Language` (syriadiplo.language) whose resources to read instead of the Arabic ones.
"""

__version__ = "0.1.0"

# imported on first use, so that `syriadiplo --help` and `import syriadiplo` stay fast
_API = {
    "extract_text": "syriadiplo.pipeline",
    "extract_paths": "syriadiplo.pipeline",
    "record_json": "syriadiplo.pipeline",
    "Record": "syriadiplo.models",
    "Participant": "syriadiplo.models",
    "Language": "syriadiplo.language",
}
__all__ = ["__version__", *_API]


def __getattr__(name: str):
    if name in _API:
        import importlib

        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'syriadiplo' has no attribute {name!r}")
