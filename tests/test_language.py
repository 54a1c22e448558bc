"""The resources as one Language object: loaded once into it, replaceable for a block, per language."""
from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

import syriadiplo
from syriadiplo import Language, extract_paths, extract_text
from syriadiplo.language import current, default, using
from syriadiplo.text.lexicon import lexicon

PACKAGE = Path(syriadiplo.__file__).parent
# made-up: a meeting told with a verb the resources do not list as a trigger
SENTENCE = "صافح وزير الخارجية السوري فيصل المقداد نظيره الروسي سيرغي لافروف في موسكو أمس."
NEW_TRIGGER = "صافح\tmeeting\tverb\tno\n"


def _copy_with_trigger(tmp_path: Path) -> Language:
    root = tmp_path / "ar"
    shutil.copytree(default().root, root)
    with open(root / "triggers.tsv", "a", encoding="utf-8") as f:
        f.write(NEW_TRIGGER)
    return Language("ar", root)


def test_the_default_is_arabic_from_the_package():
    assert current() is default()
    assert default().code == "ar" and default().root == PACKAGE / "resources" / "ar"


def test_what_a_loader_builds_is_kept_in_the_active_language(tmp_path):
    lang = _copy_with_trigger(tmp_path)
    assert lexicon() is lexicon()
    with using(lang):
        assert lexicon() is not lexicon.__wrapped__()  # built once: later calls give the kept one
        assert lexicon() is lexicon()
        assert lexicon.__wrapped__ in lang.built
    assert lexicon() is not lang.built[lexicon.__wrapped__]


def test_a_changed_copy_of_the_resources_changes_the_records_only_where_used(tmp_path):
    lang = _copy_with_trigger(tmp_path)
    assert extract_text(SENTENCE, doc_date="2024-01-10") == []
    (rec,) = extract_text(SENTENCE, doc_date="2024-01-10", language=lang)
    assert rec.type == "meeting" and {p.country for p in rec.participants} == {"SYR", "RUS"}
    assert current() is default() and extract_text(SENTENCE, doc_date="2024-01-10") == []


@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_workers_read_the_language_they_are_given(tmp_path, jobs):
    lang = _copy_with_trigger(tmp_path)
    for k in range(3):
        (tmp_path / f"a{k}.txt").write_text(SENTENCE + "\n", encoding="utf-8")
    paths = [str(tmp_path / f"a{k}.txt") for k in range(3)]
    assert len(list(extract_paths(paths, doc_date="2024-01-10", jobs=jobs, language=lang))) == 3
    assert list(extract_paths(paths, doc_date="2024-01-10", jobs=jobs)) == []


def test_a_language_without_its_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no resources for language 'xx'"):
        Language("xx", tmp_path / "nowhere")


def _cached_functions(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            for d in node.decorator_list:
                name = ast.unparse(d)
                if "lru_cache" in name or name in ("cache", "functools.cache"):
                    out.append(f"{path.relative_to(PACKAGE)}:{node.name}")
    return out


def test_no_module_keeps_its_own_cache_of_loaded_resources():
    """Loaders are `@resource` (kept in the Language); the one memo left computes without resources."""
    cached = [f for p in sorted(PACKAGE.rglob("*.py")) for f in _cached_functions(p)]
    assert cached == ["coding/merge.py:_partials_meet"]
