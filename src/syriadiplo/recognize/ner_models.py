"""Model-based entity recognizers (stanza, CAMeLBERT) behind the lexicon recognizer's interface.

A recognizer has one method, `entities(texts) -> list[list[(start, end, label)]]`: for each
normalized sentence text of a document, character spans labelled PER, ORG or LOC.
the event stage's tag step (`events.tagging`) merges them into the rule mentions, the lexicons
keeping precedence (STYLE.md 8). stanza, camel_tools and torch are imported only inside
the recognizers, and only after the model files were found on disk, so a missing model
costs a one-line `ModelUnavailable` and no network access.
"""
from __future__ import annotations

import importlib.util
import json
import os
import re
from pathlib import Path

BACKENDS = ("stanza", "camel")
CHOICES = ("rules", "stanza", "camel", "all")

# Pre-tokenization for the models: runs of word characters, or one other non-space character.
_TOKEN = re.compile(r"\w+|[^\w\s]")

# Model label -> syriadiplo label; anything else (MISC, dates...) is dropped.
LABELS = {
    "PER": "PER", "PERS": "PER", "PERSON": "PER",
    "ORG": "ORG", "ORGANIZATION": "ORG",
    "LOC": "LOC", "LOCATION": "LOC", "GPE": "LOC", "FAC": "LOC",
}

CAMEL_PACKAGE = "ner-arabert"


class ModelUnavailable(Exception):
    """A model backend cannot be used: its package does not import or its model files are missing."""


def _ways_out(backend: str) -> str:
    return (f"download it with `syriadiplo models download {backend}` (needs internet), "
            "or use `--ner rules`")


def pretokenize(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the tokens fed to a model."""
    return [m.span() for m in _TOKEN.finditer(text)]


def spans_from_tags(offsets: list[tuple[int, int]], tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) character spans from per-token BIO or BIOES tags (labels mapped by LABELS)."""
    out: list[tuple[int, int, str]] = []
    cur: list | None = None  # [start, end, label]
    for (a, b), tag in zip(offsets, tags):
        prefix, _, raw = (tag or "O").partition("-")
        label = LABELS.get(raw.upper()) if raw else None
        if prefix in ("B", "S") or label is None or cur is None or cur[2] != label or prefix == "O":
            if cur is not None:
                out.append(tuple(cur))
                cur = None
            if label is not None and prefix in ("B", "S", "I", "E"):
                cur = [a, b, label]
        else:  # I- or E- continuing the current entity
            cur[1] = b
        if prefix in ("S", "E") and cur is not None:
            out.append(tuple(cur))
            cur = None
    if cur is not None:
        out.append(tuple(cur))
    return out


def _package_version(dist: str) -> str | None:
    try:
        from importlib.metadata import version

        return version(dist)
    except Exception:
        return None


# ---------------------------------------------------------------------------------------- stanza
def stanza_dir(model_dir: str | None = None) -> Path:
    """Where stanza's models are looked for: `model_dir`, $STANZA_RESOURCES_DIR, or stanza's default cache."""
    if model_dir:
        return Path(model_dir).expanduser()
    if os.environ.get("STANZA_RESOURCES_DIR"):
        return Path(os.environ["STANZA_RESOURCES_DIR"]).expanduser()
    # stanza's DEFAULT_MODEL_DIR, computed without importing stanza (which imports torch)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("stanza", "StanfordNLP", _stanza_resources_version()), "resources")


def _stanza_resources_version() -> str:
    spec = importlib.util.find_spec("stanza")
    if spec and spec.submodule_search_locations:
        vf = Path(list(spec.submodule_search_locations)[0], "_version.py")
        m = re.search(r"__resources_version__\s*=\s*['\"]([^'\"]+)", vf.read_text(encoding="utf-8")) if vf.exists() else None
        if m:
            return m.group(1)
    return _package_version("stanza") or ""


def stanza_model_files(root: Path) -> tuple[list[Path], str | None]:
    """The Arabic NER model files stanza's resources.json names under `root`, and what is missing (or None)."""
    res = root / "resources.json"
    if not res.exists():
        return [], f"no resources.json in {root}"
    try:
        ar = json.loads(res.read_text(encoding="utf-8")).get("ar", {})
    except ValueError:
        return [], f"{res} is not valid JSON"
    pkgs = ar.get("default_processors", {}).get("ner")
    if not pkgs:
        return [], f"{res} names no Arabic NER model"
    files = []
    for pkg in [pkgs] if isinstance(pkgs, str) else pkgs:
        files.append(root / "ar" / "ner" / f"{pkg}.pt")
        for dep in (ar.get("ner", {}).get(pkg, {}) or {}).get("dependencies", []) or []:
            files.append(root / "ar" / dep["model"] / f"{dep['package']}.pt")
    missing = [str(f) for f in files if not f.exists()]
    return files, (f"missing {', '.join(missing)}" if missing else None)


class StanzaRecognizer:
    """stanza's Arabic NER (AQMAR by default) over pre-tokenized sentences, on the CPU, never downloading."""

    name = "stanza"

    def __init__(self, model_dir: str | None = None) -> None:
        self.dir = stanza_dir(model_dir)
        if importlib.util.find_spec("stanza") is None:
            raise ModelUnavailable("stanza is not installed (pip install 'syriadiplo[models]'), or use `--ner rules`")
        _, missing = stanza_model_files(self.dir)
        if missing:
            raise ModelUnavailable(f"stanza Arabic NER model not found in {self.dir} ({missing}); {_ways_out('stanza')}")
        try:
            import stanza

            self.nlp = stanza.Pipeline("ar", dir=str(self.dir), processors="tokenize,ner", tokenize_pretokenized=True,
                                       download_method=None, use_gpu=False, logging_level="WARN")
        except Exception as e:  # a corrupt or incompatible model file
            msg = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            raise ModelUnavailable(f"stanza could not load its model from {self.dir}: {msg}; {_ways_out('stanza')}") from None

    def entities(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        """Per text, (start, end, label) spans with label PER, ORG or LOC."""
        return tagged_spans(texts, lambda sents: [[tok.ner for tok in s.tokens] for s in self.nlp(sents).sentences])


def tagged_spans(texts: list[str], tag_sentences) -> list[list[tuple[int, int, str]]]:
    """Pre-tokenize `texts`, tag the non-empty ones with `tag_sentences(list of token lists) -> list of tag lists`,
    and map the tags back to (start, end, label) character spans per text."""
    offsets = [pretokenize(t) for t in texts]
    keep = [i for i, o in enumerate(offsets) if o]
    out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    if keep:
        tags = tag_sentences([[texts[i][a:b] for a, b in offsets[i]] for i in keep])
        for i, t in zip(keep, tags):
            out[i] = spans_from_tags(offsets[i], t)
    return out


# ------------------------------------------------------------------------------------- CAMeLBERT
def camel_data_dir() -> Path:
    """camel-tools' data directory: $CAMELTOOLS_DATA or ~/.camel_tools."""
    env = os.environ.get("CAMELTOOLS_DATA")
    return Path(env).expanduser() if env else Path.home() / ".camel_tools"


def camel_model_dir(model_dir: str | None = None) -> Path:
    """The CAMeLBERT NER model directory: `model_dir` itself, or DATA/data/ner/arabert."""
    return Path(model_dir).expanduser() if model_dir else camel_data_dir() / "data" / "ner" / "arabert"


class CamelRecognizer:
    """CAMeLBERT NER (camel_tools.ner.NERecognizer, fine-tuned on ANERcorp) on the CPU."""

    name = "camel"

    def __init__(self, model_dir: str | None = None) -> None:
        self.dir = camel_model_dir(model_dir)
        if importlib.util.find_spec("camel_tools") is None:
            raise ModelUnavailable("camel-tools is not installed, or use `--ner rules`")
        if not (self.dir / "config.json").exists():
            raise ModelUnavailable(f"CAMeLBERT NER model not found in {self.dir} (no config.json); {_ways_out('camel')}")
        try:
            from camel_tools.ner import NERecognizer

            self.model = NERecognizer(str(self.dir), use_gpu=False)
        except Exception as e:
            msg = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            raise ModelUnavailable(f"camel-tools could not load its NER model from {self.dir}: {msg}; {_ways_out('camel')}") from None

    def entities(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        """Per text, (start, end, label) spans with label PER, ORG or LOC (camel's B-PERS/I-LOC... mapped)."""
        return tagged_spans(texts, self.model.predict)


class UnionRecognizer:
    """Spans of several recognizers, the first one's first (the merge drops later overlapping spans)."""

    name = "all"

    def __init__(self, parts: list) -> None:
        self.parts = parts

    def entities(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        results = [p.entities(texts) for p in self.parts]
        return [[sp for r in results for sp in r[k]] for k in range(len(texts))]


def get_recognizer(name: str, model_dir: str | None = None):
    """The recognizer for `--ner NAME` ("rules" gives None: the lexicons alone).

    Args:
        name: rules, stanza, camel or all (stanza and camel together).
        model_dir: where the model files are (stanza: a resources dir; camel: the model directory);
            None for the libraries' defaults ($STANZA_RESOURCES_DIR, $CAMELTOOLS_DATA).

    Raises:
        ModelUnavailable: with a one-line message naming the directory and the ways out.
        ValueError: for an unknown name.
    """
    if name == "rules":
        return None
    if name == "stanza":
        return StanzaRecognizer(model_dir)
    if name == "camel":
        return CamelRecognizer(model_dir)
    if name == "all":
        if model_dir:
            raise ModelUnavailable("--ner all takes the default model locations; give --model-dir with stanza or camel alone")
        return UnionRecognizer([StanzaRecognizer(), CamelRecognizer()])
    raise ValueError(f"{name!r}: choose one of {', '.join(CHOICES)}")


def _imports(module: str) -> tuple[bool, str | None]:
    try:
        importlib.import_module(module)
        return True, None
    except BaseException as e:  # camel_tools.data fetches its catalogue at import time and fails offline
        msg = str(e).strip().splitlines()[0] if str(e).strip() else ""
        return False, f"{type(e).__name__}: {msg}"[:160]


def model_status(check_imports: bool = True) -> list[dict]:
    """One dict per backend: name, package (with version), imports, error, model_dir, present, detail."""
    rows = [{"backend": "rules", "package": "syriadiplo", "imports": True, "error": None,
             "model_dir": "embedded lexicons", "present": True, "detail": "always available"}]
    sdir = stanza_dir() if importlib.util.find_spec("platformdirs") else Path("?")
    _, missing = stanza_model_files(sdir)
    ok, err = (_imports("stanza") if check_imports else (importlib.util.find_spec("stanza") is not None, None)) \
        if importlib.util.find_spec("stanza") else (False, "not installed")
    rows.append({"backend": "stanza", "package": f"stanza {_package_version('stanza') or '-'}", "imports": ok,
                 "error": err, "model_dir": str(sdir), "present": missing is None,
                 "detail": missing or "Arabic NER model present"})
    cdir = camel_model_dir()
    present = (cdir / "config.json").exists()
    if importlib.util.find_spec("camel_tools") is None:
        ok, err = False, "not installed"
    elif not check_imports:
        ok, err = True, None
    else:
        ok, err = _imports("camel_tools.ner")
    rows.append({"backend": "camel", "package": f"camel-tools {_package_version('camel-tools') or '-'}", "imports": ok,
                 "error": err, "model_dir": str(cdir), "present": present,
                 "detail": "CAMeLBERT NER model present" if present else f"no config.json in {cdir}"})
    return rows


def _reachable(url: str, timeout: float = 5.0) -> str | None:
    """None if `url`'s host accepts a TCP connection within `timeout` seconds, else why not."""
    import socket
    from urllib.parse import urlparse

    u = urlparse(url)
    try:
        socket.create_connection((u.hostname, u.port or (443 if u.scheme == "https" else 80)), timeout=timeout).close()
        return None
    except OSError as e:
        return f"cannot reach {u.hostname} ({e.strerror or type(e).__name__})"


def download(backend: str, model_dir: str | None = None, timeout: float = 5.0) -> str:
    """Fetch a backend's models with the library's own downloader; returns where they went.

    Raises:
        ModelUnavailable: one line, within about `timeout` seconds when no network is reachable.
    """
    import socket

    if backend == "stanza":
        if importlib.util.find_spec("stanza") is None:
            raise ModelUnavailable("stanza is not installed (pip install 'syriadiplo[models]')")
        from_url = "https://raw.githubusercontent.com/stanfordnlp/stanza-resources/main/"
        why = _reachable(os.environ.get("STANZA_RESOURCES_URL", from_url), timeout)
        if why:
            raise ModelUnavailable(f"stanza download failed: {why}; no network? `--ner rules` needs no model")
        target = stanza_dir(model_dir)
        old = socket.getdefaulttimeout()
        socket.setdefaulttimeout(max(timeout, 30.0))  # stanza's requests calls have no timeout of their own
        try:
            import stanza

            stanza.download("ar", model_dir=str(target), processors="tokenize,ner", logging_level="WARN")
        except Exception as e:
            raise ModelUnavailable(f"stanza download failed: {type(e).__name__}: {str(e).strip().splitlines()[0] if str(e).strip() else ''}") from None
        finally:
            socket.setdefaulttimeout(old)
        return str(target)
    if backend == "camel":
        if importlib.util.find_spec("camel_tools") is None:
            raise ModelUnavailable("camel-tools is not installed")
        if model_dir:
            os.environ["CAMELTOOLS_DATA"] = str(Path(model_dir).expanduser())
        why = _reachable("https://raw.githubusercontent.com/", timeout)
        if why:
            raise ModelUnavailable(f"camel-tools download failed: {why}; no network? `--ner rules` needs no model")
        old = socket.getdefaulttimeout()
        socket.setdefaulttimeout(max(timeout, 30.0))
        try:
            from camel_tools.data import CATALOGUE

            CATALOGUE.download_package(CAMEL_PACKAGE, print_status=False)
        except BaseException as e:
            if isinstance(e, KeyboardInterrupt):
                raise
            raise ModelUnavailable(f"camel-tools download failed: {type(e).__name__}: {str(e).strip().splitlines()[0] if str(e).strip() else ''}") from None
        finally:
            socket.setdefaulttimeout(old)
        return str(camel_model_dir())
    raise ModelUnavailable(f"{backend!r}: choose stanza or camel")
