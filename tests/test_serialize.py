"""The JSON contract: exact round trips and clear errors on malformed records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given

import quoteattr
from quoteattr import from_dict, to_dict
from quoteattr.errors import RecordError
from quoteattr.model import Claim, Cue, Span, Speaker
from quoteattr.serialize import dumps, iter_jsonl

from .strategies import claims

CONTRACT_KEYS = {"doc_id", "kind", "text", "start", "end", "quoted", "cue", "speaker", "confidence"}
SPEAKER_KEYS = {
    "mention",
    "name",
    "description",
    "entity",
    "type",
    "anonymous",
    "title",
    "organization",
    "role",
}


def _sample() -> Claim:
    return Claim(
        doc_id="doc",
        kind="mixed",
        content=Span(10, 20, "a « b » cd"),
        quoted=Span(14, 15, "b"),
        cue=Cue(Span(0, 9, "a déclaré"), "déclarer", "verb"),
        speaker=Speaker(
            Span(30, 35, "Horne"),
            "Emily Horne",
            "la porte-parole",
            0,
            "person",
            False,
            "porte-parole",
            "Maison Blanche",
            "White House spokesperson",
        ),
        confidence=0.75,
    )


def test_record_has_exactly_the_contract_keys() -> None:
    record = to_dict(_sample())
    assert set(record) == CONTRACT_KEYS
    assert set(record["speaker"]) == SPEAKER_KEYS
    assert set(record["cue"]) == {"text", "start", "end", "lemma", "type"}
    assert record["quoted"] == {"text": "b", "start": 14, "end": 15}
    assert record["speaker"]["mention"] == {"text": "Horne", "start": 30, "end": 35}


@given(claims())
def test_round_trip(claim: Claim) -> None:
    """Every claim survives to_dict, JSON text and from_dict unchanged."""
    assert from_dict(json.loads(json.dumps(to_dict(claim)))) == claim


@given(claims())
def test_record_spans_reproduce_their_text(claim: Claim) -> None:
    """In every record, each span's text has the length its offsets say."""
    record = to_dict(claim)
    assert record["end"] - record["start"] == len(record["text"])
    for key in ("quoted", "cue"):
        if record[key] is not None:
            assert record[key]["end"] - record[key]["start"] == len(record[key]["text"])


def test_missing_field_is_named() -> None:
    record = to_dict(_sample())
    del record["speaker"]["anonymous"]
    with pytest.raises(RecordError, match="no field 'speaker.anonymous'"):
        from_dict(record)


def test_wrong_type_is_named() -> None:
    record = to_dict(_sample())
    record["cue"]["start"] = "0"
    with pytest.raises(RecordError, match="field 'cue.start' must be int"):
        from_dict(record)


def test_bool_is_not_an_int() -> None:
    record = to_dict(_sample())
    record["start"] = True
    with pytest.raises(RecordError, match="field 'start' must be int"):
        from_dict(record)


def test_impossible_value_is_reported() -> None:
    record = to_dict(_sample())
    record["kind"] = "gossip"
    with pytest.raises(RecordError, match="Claim.kind must be one of"):
        from_dict(record)


def test_not_an_object() -> None:
    with pytest.raises(RecordError, match="must be a JSON object"):
        from_dict([1, 2])  # type: ignore[arg-type]


def test_integer_confidence_accepted() -> None:
    record = to_dict(_sample())
    record["confidence"] = 1
    assert from_dict(record).confidence == 1.0


def test_jsonl_error_names_line() -> None:
    lines = [dumps(_sample()), "", "{not json"]
    with pytest.raises(RecordError, match=r"pred.jsonl, line 3: not valid JSON"):
        list(iter_jsonl(lines, source="pred.jsonl"))


def test_jsonl_reads_claims() -> None:
    assert list(iter_jsonl([dumps(_sample())])) == [_sample()]


def test_the_real_record_in_the_json_docs_is_the_seeds_first_claim() -> None:
    """docs/json.md shows « a real record »; it must stay what the engine writes for the seed,
    so the documented contract and the output cannot drift apart."""
    root = Path(__file__).resolve().parent.parent
    docs = (root / "docs" / "json.md").read_text(encoding="utf-8")
    block = docs.split("## A real record", 1)[1].split("```json\n", 1)[1].split("```", 1)[0]
    text = (root / "seeds" / "000_8fbd7013e4acd58c.txt").read_text(encoding="utf-8")
    first = quoteattr.extract(text, doc_id="000_8fbd7013e4acd58c")[0]
    assert json.loads(block) == to_dict(first)
