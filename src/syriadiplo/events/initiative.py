"""Who initiated an event: the caller of a phone call, the inviter of a meeting."""
from __future__ import annotations

from syriadiplo.events import arguments
from syriadiplo.events.analysis import Analysis, SentInfo, initiative_cue_words, initiative_phrases, token_words
from syriadiplo.recognize.ner import Mention
from syriadiplo.text.lexicon import Token


def initiator(an: Analysis, info: SentInfo, lo: int, hi: int, parties: list[Mention], typ: str = "phone_call") -> str | None:
    toks = info.tokens
    initiative = an.g["INITIATIVE"]
    cue_words = initiative_cue_words()
    # within the event's clause (بمبادرة of another clause is that clause's); a follow-up sentence (lo == hi) whole
    # (the sentence's words, kept for every check of it, say at once when no token of it can be a cue or a call verb)
    words = an.sentence_words(info.sent.index)
    for k in (() if words.isdisjoint(cue_words) else range(lo, hi) if hi > lo else range(len(toks))):
        w = token_words(toks[k])
        if w.isdisjoint(cue_words):
            continue  # neither a one-word cue nor the first word of a longer one
        cue = _initiative_at(toks, k)
        if cue or not w.isdisjoint(initiative):
            for mm in info.mentions:
                if k < mm.start <= k + 5 + cue and mm.kind in ("state", "person", "org", "delegation", "latter"):
                    if mm.kind == "latter":
                        got = arguments.resolve(an, info.sent.index, info, [mm])
                        if got:
                            return got[0].country or got[0].org
                    return arguments.side(an, mm)
    receive, place, call_verbs = an.g["RECEIVE_CALL"], an.g["PLACE_CALL"], an.g["CALL_VERBS"]
    if words.isdisjoint(call_verbs):
        return None
    for k in range(lo, hi):
        w = token_words(toks[k])
        if w.isdisjoint(call_verbs):
            continue  # neither receives nor places a call
        if not w.isdisjoint(receive):
            for mm in info.mentions:
                if mm.start > k and _after_from(an, toks, mm.start) and mm.kind in ("person", "state", "org", "delegation"):
                    return arguments.side(an, mm)
        if typ == "phone_call" and not w.isdisjoint(place):  # أجرى مباحثات: holding talks is no initiative
            # اتصل X بـ Y: the party after the verb is its subject, unless it is the object (لافروف اتصل بوزير)
            subj = next((p for p in parties if p.start > k and not _called(an, toks, p)), None)
            subj = subj or next((p for p in reversed(parties) if p.start < k), None)
            subj = next((p for p in parties if p.start < k), subj) if toks[k].text not in an.g["PLACE_CALL"] else subj
            aux = next((j for j in range(k - 1, max(-1, k - 8), -1) if toks[j].words & an.g["PLUPERFECT_AUX"]), None)
            if (k > 0 and toks[k - 1].text in an.g["PERFECT_PARTICLE"]) or aux is not None:
                # وكان عراقجي قد أجرى اتصالاً بصباغ، وكان الصفدي هاتف المقداد: the subject stands before the verb
                subj = next((p for p in reversed(parties) if p.start < k and (aux is None or p.start > aux)), subj)
            if subj is not None:
                return arguments.side(an, subj)
    return None


def _after_from(an: Analysis, toks: list[Token], start: int) -> bool:
    """Whether the mention at token `start` follows من, honorifics and styles of address aside (تلقى اتصالا من معالي
    السيد X: the caller)."""
    k = arguments.before_styles(an, toks, start)
    return k >= 0 and toks[k].text in an.g["FROM"]


def _called(an: Analysis, toks: list[Token], p: Mention) -> bool:
    """Whether party p is written with the object proclitic of a call verb (بوزير الخارجيه، بنظيره)."""
    tok = toks[p.start]
    return len(tok.forms) > 1 and tok.text[0] in an.g["OBJECT_PROCLITICS"] and tok.forms[-1][0] == 1


def _initiative_at(toks: list[Token], k: int) -> int:
    """The length of the longest multi-word initiative cue starting at token k (0 if none)."""
    phrases, heads = initiative_phrases()
    best = 0
    if toks[k].words.isdisjoint(heads):
        return 0
    for ph in phrases:
        if len(ph) > best and k + len(ph) <= len(toks) and all(toks[k + i].text == w or (i == 0 and w in toks[k].words) for i, w in enumerate(ph)):
            best = len(ph)
    return best
