"""Build a tiny stanza Arabic NER model in a directory laid out like stanza's own resources dir.

Used by tests/test_ner_models.py and by docs/MODELS.md's measurements: a few dozen
template sentences (normalized the way syriadiplo feeds the recognizer), a tiny
word-vector file turned into a stanza pretrain with `stanza.models.common.pretrain.Pretrain`,
and a few hundred steps of stanza's own NER trainer (`stanza.models.ner_tagger.main`) on the CPU.
The result is `DIR/resources.json`, `DIR/ar/ner/tiny.pt`, `DIR/ar/pretrain/tiny.pt`:
what `stanza.download('ar')` leaves behind, in miniature, so the recognizer loads it
through the same code path as the real model.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

from syriadiplo.text.normalize import normalize_text

PERSONS = ["سيرغي لافروف", "لافروف", "زوران ميلانوفيتش", "جون كيري", "وليد المعلم", "ستافان دي ميستورا",
           "محمد جواد ظريف", "مولود جاويش أوغلو", "أنطونيو غوتيريش", "ميلانوفيتش", "بيدرو سانشيز", "كيري"]
PLACES = ["موسكو", "دمشق", "جنيف", "أستانا", "طهران", "أنقرة", "زغرب", "مدريد", "بيروت", "عمان"]
ORGS = ["الأمم المتحدة", "جامعة الدول العربية", "الاتحاد الأوروبي", "منظمة حظر الأسلحة الكيميائية",
        "حلف شمال الأطلسي", "مجلس الأمن"]
TEMPLATES = [
    "التقى {PER} في {LOC} مع {PER2} .",
    "بحث {PER} مع {PER2} في اتصال هاتفي الوضع في سورية .",
    "استقبل {PER} في {LOC} اليوم {PER2} .",
    "أجرى {PER} محادثات مع {PER2} في {LOC} .",
    "وصل {PER} إلى {LOC} للقاء {PER2} .",
    "التقى {PER} ممثل {ORG} في {LOC} .",
    "دعت {ORG} إلى وقف إطلاق النار في سورية .",
    "قال {PER} إن {ORG} تدعم الحل السياسي .",
    "وبحث الجانبان في {LOC} العلاقات الثنائية .",
    "أكد {PER} خلال لقائه {PER2} أهمية التعاون .",
]


def sentences(n: int = 60, seed: int = 7) -> list[list[tuple[str, str]]]:
    """`n` tagged sentences (word, BIO tag), in the normalized form the recognizer sees."""
    rnd = random.Random(seed)
    out = []
    for k in range(n):
        tpl = TEMPLATES[k % len(TEMPLATES)]
        per, per2 = rnd.sample(PERSONS, 2)
        fill = {"{PER}": (per, "PER"), "{PER2}": (per2, "PER"), "{LOC}": (rnd.choice(PLACES), "LOC"),
                "{ORG}": (rnd.choice(ORGS), "ORG")}
        sent: list[tuple[str, str]] = []
        for w in tpl.split():
            if w in fill:
                text, label = fill[w]
                for i, part in enumerate(text.split()):
                    sent.append((normalize_text(part), ("B-" if i == 0 else "I-") + label))
            else:
                sent.append((normalize_text(w), "O"))
        out.append(sent)
    return out


def build(root: Path, steps: int = 300, seed: int = 1234) -> Path:
    """Train the tiny model into `root` (stanza resources layout) and return `root`."""
    from stanza.models import ner_tagger
    from stanza.models.common.pretrain import Pretrain

    root = Path(root)
    work = root / "work"
    for d in (work, root / "ar" / "ner", root / "ar" / "pretrain"):
        d.mkdir(parents=True, exist_ok=True)
    data = sentences()
    train = [[{"text": w, "ner": t} for w, t in s] for s in data]
    (work / "train.json").write_text(json.dumps(train, ensure_ascii=False), encoding="utf-8")
    (work / "dev.json").write_text(json.dumps(train[:20], ensure_ascii=False), encoding="utf-8")

    # A tiny word-vector file over the training vocabulary (random but fixed vectors).
    vocab = sorted({w for s in data for w, _ in s})
    rnd = random.Random(seed)
    dim = 16
    lines = [f"{len(vocab)} {dim}"] + [w + " " + " ".join(f"{rnd.uniform(-1, 1):.4f}" for _ in range(dim)) for w in vocab]
    vec = work / "vectors.txt"
    vec.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pretrain_pt = root / "ar" / "pretrain" / "tiny.pt"
    Pretrain(filename=str(pretrain_pt), vec_filename=str(vec)).load()

    ner_tagger.main([
        "--mode", "train", "--shorthand", "ar_tiny", "--cpu",
        "--train_file", str(work / "train.json"), "--eval_file", str(work / "dev.json"),
        "--wordvec_pretrain_file", str(pretrain_pt),
        "--save_dir", str(root / "ar" / "ner"), "--save_name", "tiny.pt",
        "--hidden_dim", "32", "--char_hidden_dim", "16", "--char_emb_dim", "16",
        "--word_emb_dim", str(dim), "--batch_size", "16", "--optim", "adam", "--lr", "0.01",
        "--dropout", "0.1", "--word_dropout", "0.0",
        "--max_steps", str(steps), "--eval_interval", str(max(steps // 3, 1)), "--log_step", "1000",
        "--seed", str(seed),
    ])
    resources = {"ar": {
        "lang_name": "Arabic",
        "tokenize": {"tiny": {}},
        "pretrain": {"tiny": {}},
        "ner": {"tiny": {"dependencies": [{"model": "pretrain", "package": "tiny"}]}},
        "default_processors": {"tokenize": "tiny", "ner": "tiny"},
        "default_dependencies": {},
        "packages": {"default": {"tokenize": "tiny", "ner": "tiny"}},
    }}
    (root / "resources.json").write_text(json.dumps(resources), encoding="utf-8")
    return root


if __name__ == "__main__":
    import sys
    import time

    t0 = time.perf_counter()
    build(Path(sys.argv[1]), steps=int(sys.argv[2]) if len(sys.argv) > 2 else 300)
    print(f"built in {time.perf_counter() - t0:.1f} s")
