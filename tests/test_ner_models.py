"""Model backends for entity recognition (syriadiplo.recognize.ner_models, `extract --ner`, `syriadiplo models`).

The stanza backend is exercised for real: a tiny Arabic NER model is trained here with
stanza's own trainer (tests/tiny_stanza.py, about 10 s on one CPU thread) and loaded
through the path users take (`get_recognizer("stanza", model_dir=...)`, `--model-dir`).
CAMeLBERT cannot be built small here (camel_tools.ner needs a BERT checkpoint and, offline,
fails at import while fetching its catalogue), so its backend is tested up to the model
boundary: a stand-in NERecognizer with camel's predict() contract and tag set.
"""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import textwrap
import time
import types
from pathlib import Path

import pytest
from typer.testing import CliRunner

from syriadiplo.cli import app
from syriadiplo.recognize.ner_models import ModelUnavailable, get_recognizer, pretokenize, spans_from_tags
from syriadiplo.text.normalize import normalize_text
from syriadiplo.pipeline import extract_text

REPO = Path(__file__).resolve().parents[1]
ARTICLE = "التقى وزير الخارجية الروسي سيرغي لافروف في موسكو أمس مع زوران ميلانوفيتش.\n"
MODEL_ONLY = "زوران ميلانوفيتش"  # no title, no lexicon entry: only a model finds him
HAVE_STANZA = importlib.util.find_spec("stanza") is not None
HAVE_CAMEL = importlib.util.find_spec("camel_tools") is not None
# the backends' packages are the extras [models] and [camel]; a core install runs the rest
needs_stanza = pytest.mark.skipif(not HAVE_STANZA, reason="stanza is not installed (pip install 'syriadiplo[models]')")
needs_camel = pytest.mark.skipif(not HAVE_CAMEL, reason="camel-tools is not installed (pip install 'syriadiplo[camel]')")


@pytest.fixture(scope="module")
def tiny_stanza(tmp_path_factory):
    if not HAVE_STANZA:
        pytest.skip("stanza is not importable (pip install 'syriadiplo[models]')")
    import torch

    sys.path.insert(0, str(Path(__file__).parent))
    import tiny_stanza

    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # far faster than 2 threads fighting over a tiny LSTM
    try:
        root = tiny_stanza.build(tmp_path_factory.mktemp("stanza_resources"), steps=100)
    finally:
        torch.set_num_threads(threads)
    return root


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


# ------------------------------------------------------------------------------ span mapping
def test_spans_from_bio_and_bioes_tags():
    text = normalize_text("التقى لافروف في موسكو مع زوران ميلانوفيتش .")
    offs = pretokenize(text)
    words = [text[a:b] for a, b in offs]
    assert words[-1] == "." and len(words) == 8
    bio = ["O", "B-PERS", "O", "B-LOC", "O", "B-PERS", "I-PERS", "O"]
    bioes = ["O", "S-PER", "O", "S-LOC", "O", "B-PER", "E-PER", "O"]
    for tags in (bio, bioes):
        got = [(text[a:b], lab) for a, b, lab in spans_from_tags(offs, tags)]
        assert got == [("لافروف", "PER"), ("موسكو", "LOC"), ("زوران ميلانوفيتش", "PER")]
    assert spans_from_tags(offs, ["B-MISC"] * 8) == []
    # an I- without a B- still opens an entity; a label change closes one
    assert [(text[a:b], l) for a, b, l in spans_from_tags(offs[:3], ["I-ORG", "B-PER", "I-LOC"])] == \
        [("التقي", "ORG"), ("لافروف", "PER"), ("في", "LOC")]


# ------------------------------------------------------------------------- the tiny stanza model
def test_tiny_stanza_model_adds_a_participant(tiny_stanza):
    rec = get_recognizer("stanza", model_dir=str(tiny_stanza))
    norm = normalize_text(ARTICLE.strip())
    spans = rec.entities([norm, ""])
    assert spans[1] == []
    assert ("زوران ميلانوفيتش", "PER") in [(norm[a:b], lab) for a, b, lab in spans[0]]

    assert extract_text(ARTICLE) == []  # the rules alone see one party: no record
    records = extract_text(ARTICLE, recognizer=rec)
    assert len(records) == 1
    names = [p.name for p in records[0].participants]
    assert names == ["سيرغي لافروف", MODEL_ONLY]
    assert records[0].participants[0].role == "وزير الخارجية"  # the lexicon keeps its precedence
    assert records[0].location.name == "موسكو"


def test_tiny_stanza_model_through_the_cli(tiny_stanza, tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", "--ner", "stanza", "--model-dir", str(tiny_stanza), str(art)])
    assert res.exit_code == 0, (res.stderr, res.exception)
    assert res.stdout.count("\n") == 1 and f'"name": "{MODEL_ONLY}"' in res.stdout
    res = CliRunner().invoke(app, ["extract", "--ner", "rules", str(art)])
    assert res.exit_code == 0 and res.stdout == ""


def test_models_lists_a_present_stanza_model(tiny_stanza, tmp_path, monkeypatch):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tiny_stanza))
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path))
    res = CliRunner().invoke(app, ["models"])
    assert res.exit_code == 0, res.stderr
    lines = res.stdout.splitlines()
    assert [ln.split()[0] for ln in lines] == ["rules", "stanza", "camel"]
    assert lines[1].endswith(f"imports; models present: {tiny_stanza}")
    cam = tmp_path / "data" / "ner" / "arabert"
    assert f"models missing: {cam} (no config.json in {cam})" in lines[2]


# ------------------------------------------------------------------------------- missing models
@pytest.mark.parametrize("backend", [pytest.param("stanza", marks=needs_stanza), pytest.param("camel", marks=needs_camel),
                                     pytest.param("all", marks=[needs_stanza, needs_camel])])
def test_missing_model_is_one_line_exit_2(backend, tmp_path, monkeypatch):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "stanza"))
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path / "camel"))
    t0 = time.perf_counter()
    res = CliRunner().invoke(app, ["extract", "--ner", backend, str(REPO / "seeds")])
    assert time.perf_counter() - t0 < 5
    assert res.exit_code == 2 and res.stdout == ""
    line = _one_line(res.stderr)
    where = tmp_path / ("camel/data/ner/arabert" if backend == "camel" else "stanza")
    assert line.startswith(f"--ner {backend}: ") and str(where) in line
    assert f"`syriadiplo models download {'camel' if backend == 'camel' else 'stanza'}`" in line
    assert line.endswith("or use `--ner rules`")


@needs_stanza
def test_missing_model_in_a_fresh_process_is_fast_and_imports_no_torch(tmp_path):
    env = dict(os.environ, STANZA_RESOURCES_DIR=str(tmp_path))
    code = textwrap.dedent("""
        import sys
        from syriadiplo.cli import main
        sys.argv = ["syriadiplo", "extract", "--ner", "stanza", "seeds"]
        try:
            main()
        finally:
            heavy = sorted(m for m in ("torch", "stanza", "transformers", "camel_tools.ner") if m in sys.modules)
            sys.stderr.write(f"heavy={heavy}\\n")
        """)
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    elapsed = time.perf_counter() - t0
    assert elapsed < 5, elapsed
    assert proc.returncode == 2 and proc.stdout == ""
    err, heavy = proc.stderr.strip().splitlines()
    assert heavy == "heavy=[]"
    assert err == (f"--ner stanza: stanza Arabic NER model not found in {tmp_path} (no resources.json in {tmp_path}); "
                   "download it with `syriadiplo models download stanza` (needs internet), or use `--ner rules`")

    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "syriadiplo.cli", "extract", "--ner", "stanza", "seeds"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert time.perf_counter() - t0 < 5
    assert proc.returncode == 2 and _one_line(proc.stderr).startswith("--ner stanza: ")


def test_unknown_backend_is_a_usage_error():
    res = CliRunner().invoke(app, ["extract", "--ner", "spacy", "seeds"])
    assert res.exit_code == 2 and "choose rules, stanza, camel or all" in res.stderr
    with pytest.raises(ValueError):
        get_recognizer("spacy")
    assert get_recognizer("rules") is None


@needs_stanza
def test_download_without_network_fails_in_one_line(tmp_path):
    # a closed local port stands in for "no network" even where CI has internet
    env = dict(os.environ, STANZA_RESOURCES_URL="http://127.0.0.1:9/")
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "syriadiplo.cli", "models", "download", "stanza",
                           "--model-dir", str(tmp_path)], cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert time.perf_counter() - t0 < 10
    assert proc.returncode == 1 and proc.stdout == ""
    assert _one_line(proc.stderr).startswith("stanza download failed: cannot reach 127.0.0.1")
    assert not any(tmp_path.iterdir())
    res = CliRunner().invoke(app, ["models", "download", "spacy"])
    assert res.exit_code == 2


@needs_camel
def test_camel_download_failure_is_one_line(monkeypatch):
    import syriadiplo.recognize.ner_models as nm

    monkeypatch.setattr(nm, "_reachable", lambda url, timeout=5.0: "cannot reach raw.githubusercontent.com (test)")
    res = CliRunner().invoke(app, ["models", "download", "camel"])
    assert res.exit_code == 1
    assert _one_line(res.stderr) == ("camel-tools download failed: cannot reach raw.githubusercontent.com (test); "
                                     "no network? `--ner rules` needs no model")


# ------------------------------------------------------------ CAMeLBERT up to the model boundary
@needs_camel
def test_camel_backend_up_to_the_model_boundary(tmp_path, monkeypatch):
    seen = {}

    class StandIn:
        """camel_tools.ner.NERecognizer's contract: predict(list of token lists) -> list of BIO tag lists."""

        def __init__(self, model_path, use_gpu=True):
            seen["init"] = (model_path, use_gpu)

        def predict(self, sentences, batch_size=32):
            seen["sentences"] = sentences
            out = []
            for toks in sentences:
                tags = ["O"] * len(toks)
                for i, w in enumerate(toks):
                    if w == "زوران":
                        tags[i] = "B-PERS"
                        tags[i + 1] = "I-PERS"
                    if w == "موسكو":
                        tags[i] = "B-LOC"
                out.append(tags)
            return out

    fake = types.ModuleType("camel_tools.ner")
    fake.NERecognizer = StandIn
    monkeypatch.setitem(sys.modules, "camel_tools.ner", fake)
    model = tmp_path / "arabert"
    model.mkdir()
    (model / "config.json").write_text("{}")
    rec = get_recognizer("camel", model_dir=str(model))
    assert seen["init"] == (str(model), False)
    records = extract_text(ARTICLE, recognizer=rec)
    assert seen["sentences"][0][-3:] == ["زوران", "ميلانوفيتش", "."]
    assert [p.name for p in records[0].participants] == ["سيرغي لافروف", MODEL_ONLY]
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path))
    with pytest.raises(ModelUnavailable, match=str(tmp_path / "data" / "ner" / "arabert")):
        get_recognizer("camel")


# -------------------------------------------------------------------- the rules path is unchanged
def test_ner_rules_is_byte_identical_to_the_default():
    runner = CliRunner()
    default = runner.invoke(app, ["extract", str(REPO / "seeds")])
    rules = runner.invoke(app, ["extract", "--ner", "rules", str(REPO / "seeds")])
    assert default.exit_code == rules.exit_code == 0
    assert default.stdout.count("\n") > 10
    assert rules.stdout_bytes == default.stdout_bytes


def test_cli_and_backend_module_import_no_model_library():
    code = ("import sys, syriadiplo.cli, syriadiplo.recognize.ner_models; "
            "print(sorted(m for m in ('torch', 'stanza', 'transformers', 'camel_tools.ner') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "[]", proc.stderr
