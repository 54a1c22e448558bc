"""Why a record exists (`extract --explain`, syriadiplo.events.explain): every id names one entry a user can open.

The ids of the seeds' and fixtures' records are each opened where `locate` says, and the entry must be
there; the records with their "why" taken off are the records without the flag; -j 2 gives the bytes of
-j 1; without the flag no record has the key.
"""
from __future__ import annotations

import json
import re
from contextlib import chdir
from functools import lru_cache
from pathlib import Path

import pytest
from typer.testing import CliRunner

from syriadiplo.events import explain
from syriadiplo.cli import app
from syriadiplo.events.explain import explanation, locate
from syriadiplo.pipeline import extract_paths, extract_text, record_json
from syriadiplo.resources import alternatives

REPO = Path(__file__).resolve().parents[1]
INPUTS = [str(REPO / "seeds"), str(REPO / "fixtures" / "articles")]
PACKAGE = REPO / "src" / "syriadiplo"


@lru_cache(maxsize=1)
def _explained() -> tuple:
    return tuple(extract_paths(INPUTS, explain=True))


def _all_ids() -> list[str]:
    return sorted({i for r in _explained() for i in explanation(r)})


def invoke(args: list[str]):
    with chdir(REPO):
        return CliRunner().invoke(app, args)


def test_every_record_explained_starts_with_its_trigger():
    recs = _explained()
    assert len(recs) > 100
    for r in recs:
        why = explanation(r)
        assert why and why[0].startswith("triggers:"), (r.id, why)
        assert len(why) == len(set(why))


def test_every_id_opens_on_its_entry():
    ids = _all_ids()
    spaces = {i.split(":", 1)[0] for i in ids}
    assert {"triggers", "grammar", "scope", "titles", "persons", "rule"} <= spaces
    for ident in ids:
        space, key = ident.split(":", 1)
        path, line = locate(ident)
        text = path.read_text(encoding="utf-8").splitlines()[line - 1]
        if space == "rule":
            assert f'"{key}"' in text or f'"rule:{key}"' in text, (ident, path, line)
            continue
        assert path.name == explain.FILES[space]
        first = text.split("\t")[0].strip()
        assert (alternatives(first)[0] if space == "persons" else first) == key, (ident, text)


def test_an_id_of_no_entry_is_refused():
    for ident in ("triggers:no-such-form", "grammar:NO_SUCH_KEY", "scope:no.such", "rule:no.such-rule", "nowhere:x"):
        with pytest.raises(KeyError):
            locate(ident)


def test_every_rule_is_documented():
    """Each rule a module can write (a `rule:` id, a scope verdict or party class) has its line in RECORDS.md."""
    doc = (REPO / "docs" / "RECORDS.md").read_text(encoding="utf-8")
    rules = set()
    for name in explain.RULE_MODULES + ("events/explain.py",):
        src = (PACKAGE / name).read_text(encoding="utf-8")
        rules |= set(re.findall(r'"rule:([a-z][a-z.-]+)"', src))
        rules |= set(re.findall(r'"((?:party|scope)\.(?!tsv"|py")[a-z-]+)"', src))
    assert len(rules) >= 15
    assert {r for r in rules if f"`rule:{r}`" not in doc} == set()


def test_the_why_is_the_only_difference():
    plain = [record_json(r) for r in extract_paths(INPUTS)]
    explained = [json.loads(record_json(r)) for r in _explained()]
    assert all(list(d)[-1] == "why" for d in explained)
    for d in explained:
        del d["why"]
    assert [json.dumps(d, ensure_ascii=False, separators=(", ", ": ")) for d in explained] == plain
    assert not any('"why"' in line for line in plain)


def test_cli_explain_jobs_2_is_jobs_1_and_no_key_without_the_flag():
    args = ["extract", "--quiet", "--glob", "*.txt"] + INPUTS
    one = invoke(args[:1] + ["--explain"] + args[1:])
    two = invoke(args[:1] + ["--explain", "-j", "2"] + args[1:])
    plain = invoke(args)
    assert one.exit_code == two.exit_code == plain.exit_code == 0
    assert one.stdout and one.stdout_bytes == two.stdout_bytes
    lines = one.stdout.splitlines()
    assert all(json.loads(ln)["why"] for ln in lines)
    assert len(plain.stdout.splitlines()) == len(lines) and '"why"' not in plain.stdout


@pytest.mark.parametrize("extra", [["--format", "csv"], ["--merge"], ["--format", "dyads"]])
def test_explain_is_for_jsonl_records_only(extra):
    result = invoke(["extract", "--explain", *extra, "seeds"])
    assert result.exit_code == 2 and "--explain" in result.output


# made-up sentences: what each decision of the extractor names
CASES = [
    ("سيلتقي وزير الخارجية الروسي سيرغي لافروف نظيره التركي مولود جاويش أوغلو في أنقرة.",
     ["triggers:يلتقي", "grammar:COUNTERPART", "grammar:FUTURE_PROCLITIC", "titles:وزير الخارجيه",
      "persons:سيرغي لافروف", "persons:مولود جاويش اوغلو", "scope:pol.minister", "rule:scope.two-sides"]),
    ("وصل وزير الخارجية الإيراني محمد جواد ظريف إلى دمشق للقاء الرئيس السوري بشار الأسد.",
     ["grammar:PURPOSE_PROCLITIC", "persons:بشار الاسد", "scope:pol.head"]),
    ("بحث الرئيس الروسي فلاديمير بوتين مع نظيره الفرنسي إيمانويل ماكرون هاتفيا الأوضاع في سوريا.",
     ["triggers:بحث", "triggers:هاتفيا"]),
    ("قد يلتقي وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرغي لافروف في جنيف.",
     ["grammar:UNCERTAIN_CUES"]),
    ("لم يستبعد المتحدث عقد لقاء بين وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي جون كيري.",
     ["grammar:RULE_OUT_VERBS"]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_decisions_name_their_entries(text, expected):
    recs = extract_text(text, explain=True)
    assert len(recs) == 1
    why = explanation(recs[0])
    assert [i for i in why if i in expected] == expected, why
    assert explanation(extract_text(text)[0]) is None


def test_the_entry_a_proclitic_trigger_comes_from():
    """للقاء is ل + a row of triggers.tsv: the id names that row, whatever the proclitic."""
    why = explanation(extract_text(CASES[1][0], explain=True)[0])
    form = why[0].split(":", 1)[1]
    assert why[0].startswith("triggers:") and form in {"لقاء", "اللقاء"}
    locate(why[0])


def test_locating_from_the_command_line(capsys):
    assert explain.main(["triggers:التقي", "rule:scope.two-sides"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split(":")[0].endswith("triggers.tsv")
    assert "التقي" in out[0] and "scope.py" in out[1] and '"scope.two-sides"' in out[1]
    assert explain.main(["grammar:NO_SUCH_KEY"]) == 1
    assert "no such entry" in capsys.readouterr().err


def test_review_page_shows_the_why():
    import importlib.util

    spec = importlib.util.spec_from_file_location("review", REPO / "bench" / "review.py")
    review = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(review)
    line = record_json(extract_text(CASES[0][0], explain=True)[0])
    rec = review.parse(line)
    assert explanation(rec) == json.loads(line)["why"]
    assert "why: triggers:يلتقي, grammar:COUNTERPART" in review.page([rec], 1, 1)
    plain = review.parse(record_json(extract_text(CASES[0][0])[0]))
    assert explanation(plain) is None
    assert "why: scope:pol.minister, rule:scope.two-sides" in review.page([plain], 1, 1)
