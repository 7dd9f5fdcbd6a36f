"""The held-out set must stay sound and independent, or the accuracy it estimates means nothing."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any, Final

import pytest
import regex

HERE: Final = Path(__file__).parent
TESTS: Final = HERE.parent.parent
GOLD_PATHS: Final = sorted(HERE.glob("*.gold.json"))
# Sentences end at . ! ? or a paragraph break; long ones are distinctive enough to compare.
SENTENCE: Final = regex.compile(r"[^.!?\n]{40,}")
DASH_TURN: Final = "\N{EM DASH} "


def _checker() -> ModuleType:
    """The dev set's validator, loaded by path because tests/data is not a package."""
    spec = importlib.util.spec_from_file_location("dev_check", TESTS / "data" / "dev" / "check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _load(gold_path: Path) -> tuple[dict[str, Any], str]:
    gold: dict[str, Any] = json.loads(gold_path.read_text(encoding="utf-8"))
    return gold, (HERE / gold["document"]).read_text(encoding="utf-8")


def test_set_has_fifteen_articles() -> None:
    assert len(GOLD_PATHS) == 15
    assert all(p.with_name(p.name.removesuffix(".gold.json") + ".txt").exists() for p in GOLD_PATHS)


@pytest.mark.parametrize("gold_path", GOLD_PATHS, ids=lambda p: p.name)
def test_file_passes_the_dev_checker(gold_path: Path) -> None:
    assert _checker().check_file(gold_path) == []


@pytest.mark.parametrize("gold_path", GOLD_PATHS, ids=lambda p: p.name)
def test_every_offset_reproduces_its_content(gold_path: Path) -> None:
    gold, text = _load(gold_path)
    for claim in gold["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["content"], claim["id"]
        if claim["kind"] == "mixed":
            assert claim["quoted"] in claim["content"], claim["id"]


@pytest.mark.parametrize("gold_path", GOLD_PATHS, ids=lambda p: p.name)
def test_article_has_four_to_ten_paragraphs(gold_path: Path) -> None:
    _, text = _load(gold_path)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    assert 4 <= len(paragraphs) <= 10


def test_counts_meet_the_brief() -> None:
    """At least 80 required claims, some optional ones, at least 25 negatives."""
    golds = [_load(p)[0] for p in GOLD_PATHS]
    claims = [c for g in golds for c in g["claims"]]
    assert sum(c["required"] for c in claims) >= 80
    assert {c["kind"] for c in claims if not c["required"]} >= {"nested", "hypothetical", "stance"}
    assert sum(len(g["negatives"]) for g in golds) >= 25
    assert {c["kind"] for c in claims if c["required"]} == {
        "direct",
        "indirect",
        "mixed",
        "partial",
        "according_to",
    }


def test_every_quoting_style_occurs() -> None:
    texts = "".join(_load(p)[1] for p in GOLD_PATHS)
    for mark in (
        "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{NO-BREAK SPACE}",
        "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{NARROW NO-BREAK SPACE}",
        "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK} ",
        "\N{LEFT DOUBLE QUOTATION MARK}",
        '"',
    ):
        assert mark in texts, repr(mark)
    assert f"\n{DASH_TURN}" in texts


def test_dash_turn_answers_exclude_the_dash() -> None:
    """An interview answer starts after « — », like a quotation starts after its mark."""
    gold, text = _load(HERE / "011_entretien_cheffe.gold.json")
    answers = [c for c in gold["claims"] if c["cue"] == "\N{EM DASH}"]
    assert len(answers) == 3
    assert all(text[c["start"] - 2 : c["start"]] == DASH_TURN for c in answers)


def test_no_sentence_comes_from_the_dev_set_or_the_seed() -> None:
    """Independence: no long sentence of this set appears in the dev articles or the seed."""
    others = [p.read_text(encoding="utf-8") for p in (TESTS / "data" / "dev").glob("*.txt")]
    others += [p.read_text(encoding="utf-8") for p in (TESTS.parent / "seeds").glob("*.txt")]
    assert others, "the dev set and the seed should be there to compare against"
    for gold_path in GOLD_PATHS:
        _, text = _load(gold_path)
        for sentence in SENTENCE.findall(text):
            assert not any(sentence.strip() in other for other in others), sentence
