"""Per-slot precision/recall of predicted records against a gold file.

Pairing follows shared/tools/score.py exactly: events pair within a document
and type when at least half the parties match (persons by surname, other
parties by country or organization); optional gold events neither reward
nor penalize; slot scores are over paired required events where gold fills
the slot.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field

from syriadiplo.language import resource
from syriadiplo.resources import grammar, read_table

_DIAC = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_NONW = re.compile(r"[^\w\s]")
SLOTS = ("country", "role", "status", "location", "time", "initiator", "topic", "topics")


@resource
def _folding() -> dict[int, str]:
    """Code point -> the letter it folds to, as the shared scorer folds (resources/ar/scorer_folding.tsv)."""
    return {int(cp, 16): chr(int(row[1], 16)) for row in read_table("scorer_folding.tsv") for cp in row[0].split()}


def _norm(s: str | None) -> str:
    if not s:
        return ""
    s = _DIAC.sub("", s).translate(_folding())
    return " ".join(_NONW.sub(" ", s).split())


def _toks(s: str | None) -> list[str]:
    article = grammar("DEF_ARTICLE")[0]
    return [t[len(article):] if t.startswith(article) and len(t) > 4 else t for t in _norm(s).split()]


def _surname(name: str | None) -> str:
    t = _toks(name)
    return t[-1] if t else ""


def overlap(a: str | None, b: str | None) -> float:
    ta, tb = set(_toks(a)), set(_toks(b))
    if not ta or not tb:
        return 0.0
    return 2 * len(ta & tb) / (len(ta) + len(tb))


def party_match(g: dict, p: dict) -> bool:
    if g.get("name"):
        if not p.get("name"):
            return False
        return _surname(g["name"]) in set(_toks(p["name"])) or _surname(p["name"]) in set(_toks(g["name"]))
    if p.get("name"):
        return False
    if g.get("organization"):
        go, po = _norm(g["organization"]), _norm(p.get("organization") or "")
        return bool(po) and (go == po or go in po or po in go)
    if g.get("country"):
        return g.get("country") == p.get("country")
    return bool(g.get("role")) and overlap(g["role"], p.get("role") or "") >= 0.5


def match_parties(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    used, pairs = set(), []
    for g in gold:
        for pi, p in enumerate(pred):
            if pi not in used and party_match(g, p):
                used.add(pi)
                pairs.append((g, p))
                break
    return pairs


def _f1(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def time_ok(g: dict, p: dict | None) -> bool:
    if not p:
        return False
    gt, pt = _norm(g.get("text")), _norm(p.get("text"))
    text = bool(pt) and (gt in pt or pt in gt)
    for k in ("relative_days", "weekday", "value"):
        if g.get(k) is not None and p.get(k) != g.get(k):
            if k == "value" and p.get(k) and str(p[k]).endswith(str(g[k])[4:]) and str(g[k]).startswith("XXXX"):
                continue
            return False
    return text


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    ptp: int = 0
    pnp: int = 0
    png: int = 0
    slots: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    misses: list = field(default_factory=list)
    extras: list = field(default_factory=list)

    @property
    def events(self) -> tuple[float, float, float]:
        return _f1(self.tp, self.tp + self.fp, self.tp + self.fn)

    @property
    def participants(self) -> tuple[float, float, float]:
        return _f1(self.ptp, self.pnp, self.png)


def _pair_events(gs: list[dict], ps: list[dict]) -> dict[int, int]:
    """Gold index -> predicted index: same type and enough shared parties, best party F1 first, each once."""
    cand = []
    for gi, g in enumerate(gs):
        for pi, p in enumerate(ps):
            if p.get("type") != g["type"]:
                continue
            pairs = match_parties(g["participants"], p.get("participants") or [])
            need = max(1, (len(g["participants"]) + 1) // 2)
            if len(pairs) >= min(need, 2) or (len(g["participants"]) == 1 and pairs):
                cand.append((_f1(len(pairs), len(p.get("participants") or []), len(g["participants"]))[2], gi, pi))
    cand.sort(key=lambda c: -c[0])
    gu: dict[int, int] = {}
    pu: set[int] = set()
    for _, gi, pi in cand:
        if gi in gu or pi in pu:
            continue
        gu[gi] = pi
        pu.add(pi)
    return gu


def _score_pair(sc: Scores, g: dict, p: dict) -> None:
    """Adds one paired event's parties and slots to the scores."""
    pp = p.get("participants") or []
    pairs = match_parties(g["participants"], pp)
    sc.ptp, sc.pnp, sc.png = sc.ptp + len(pairs), sc.pnp + len(pp), sc.png + len(g["participants"])
    for gp, qp in pairs:
        if gp.get("country"):
            sc.slots["country"][1] += 1
            sc.slots["country"][0] += gp["country"] == qp.get("country")
        if gp.get("role"):
            sc.slots["role"][1] += 1
            sc.slots["role"][0] += overlap(gp["role"], qp.get("role") or "") >= 0.5
    sc.slots["status"][1] += 1
    sc.slots["status"][0] += p.get("status") == g["status"]
    if g.get("location"):
        pl = p.get("location") or {}
        sc.slots["location"][1] += 1
        sc.slots["location"][0] += bool(pl.get("name")) and _surname(pl.get("name")) == _surname(g["location"]["name"])
    if g.get("time"):
        sc.slots["time"][1] += 1
        sc.slots["time"][0] += time_ok(g["time"], p.get("time"))
    if g.get("initiator"):
        sc.slots["initiator"][1] += 1
        sc.slots["initiator"][0] += p.get("initiator") == g["initiator"]
    if g.get("topic"):
        sc.slots["topic"][1] += 1
        sc.slots["topic"][0] += overlap(g["topic"], p.get("topic") or "") >= 0.5
    if g.get("topics"):
        sc.slots["topics"][1] += 1
        sc.slots["topics"][0] += bool(set(g["topics"]) & set(p.get("topics") or []))


def score(gold: list[dict], pred: list[dict]) -> Scores:
    """Score predicted records against gold records (both as dicts)."""
    docs = {g["doc_id"] for g in gold} | {p.get("doc_id") for p in pred}
    G, P = defaultdict(list), defaultdict(list)
    for g in gold:
        G[g["doc_id"]].append(g)
    for p in pred:
        P[p.get("doc_id")].append(p)
    sc = Scores()
    for d in sorted(x for x in docs if x is not None):
        gs, ps = G.get(d, []), P.get(d, [])
        gu = _pair_events(gs, ps)
        for gi, g in enumerate(gs):
            if gi not in gu:
                if not g.get("optional"):
                    sc.fn += 1
                    sc.misses.append((d, g))
                continue
            if g.get("optional"):
                continue
            sc.tp += 1
            _score_pair(sc, g, ps[gu[gi]])
        paired = set(gu.values())
        for pi, p in enumerate(ps):
            if pi not in paired:
                sc.fp += 1
                sc.extras.append((d, p))
    return sc


def load_jsonl(path: str) -> list[dict]:
    """Records of a JSONL file; a bad line raises ValueError naming the file and line."""
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if line:
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise ValueError(f"{path}:{n}: not JSON: {e.msg}") from None
    return out
