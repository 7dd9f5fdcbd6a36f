"""The data model rejects impossible values with a message naming the field."""

from __future__ import annotations

import attrs
import pytest

from quoteattr.model import Claim, Cue, Quotation, Span, Speaker


def test_span_of_slices_the_text() -> None:
    assert Span.of("Il a dit non", 5, 8) == Span(5, 8, "dit")


def test_span_rejects_negative_start() -> None:
    with pytest.raises(ValueError, match="Span.start"):
        Span(-1, 2, "abc")


def test_span_rejects_end_before_start() -> None:
    with pytest.raises(ValueError, match="Span.end 1 is before Span.start 3"):
        Span(3, 1, "")


def test_span_rejects_text_of_wrong_length() -> None:
    with pytest.raises(ValueError, match="Span.text has 2 characters"):
        Span(0, 5, "ab")


def test_span_of_rejects_out_of_range() -> None:
    with pytest.raises(ValueError, match="outside a text of 3 characters"):
        Span.of("abc", 1, 9)


def test_span_relations() -> None:
    outer, inner, other = Span(0, 10, "x" * 10), Span(2, 4, "xx"), Span(10, 12, "yy")
    assert outer.contains(inner) and not inner.contains(outer)
    assert outer.overlaps(inner) and not outer.overlaps(other)


def test_cue_type_is_checked() -> None:
    with pytest.raises(ValueError, match=r"Cue.type must be one of verb, selon, noun, colon"):
        Cue(Span(0, 1, "a"), "dire", "adverb")  # type: ignore[arg-type]


def test_cue_lemma_must_not_be_empty() -> None:
    with pytest.raises(ValueError, match="Cue.lemma must not be empty"):
        Cue(Span(0, 1, "a"), " ", "verb")


def test_speaker_entity_must_be_non_negative() -> None:
    with pytest.raises(ValueError, match="Speaker.entity"):
        Speaker(entity=-1)


def test_speaker_type_is_checked() -> None:
    with pytest.raises(ValueError, match="Speaker.type must be one of"):
        Speaker(type="robot")  # type: ignore[arg-type]


def test_speaker_empty_name_rejected() -> None:
    with pytest.raises(ValueError, match="Speaker.name must be None or a non-empty string"):
        Speaker(name="")


def test_claim_kind_is_checked() -> None:
    with pytest.raises(ValueError, match="Claim.kind must be one of direct, indirect"):
        Claim("d", "rumour", Span(0, 1, "a"))  # type: ignore[arg-type]


def test_claim_confidence_in_unit_interval() -> None:
    with pytest.raises(ValueError, match=r"Claim.confidence must lie in \[0, 1\]"):
        Claim("d", "direct", Span(0, 1, "a"), confidence=1.5)


def test_claim_quoted_must_lie_in_content() -> None:
    with pytest.raises(ValueError, match="Claim.quoted 5:7 lies outside Claim.content 0:3"):
        Claim("d", "mixed", Span(0, 3, "abc"), quoted=Span(5, 7, "xy"))


def test_claim_is_frozen_and_slotted() -> None:
    claim = Claim("d", "direct", Span(0, 3, "Oui"))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        claim.kind = "indirect"  # type: ignore[misc]
    assert not hasattr(claim, "__dict__")
    assert (claim.text, claim.start, claim.end) == ("Oui", 0, 3)


def test_quotation_content_inside_span() -> None:
    with pytest.raises(ValueError, match="Quotation.content"):
        Quotation(Span(0, 3, "«a»"), Span(5, 6, "b"), "guillemets")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("0", 1, "a"), "Span.start must be an int"),
        ((0, 1.0, "a"), "Span.end must be an int"),
        ((True, 1, "a"), "Span.start must be an int"),
        ((0, 1, b"a"), "Span.text must be a str"),
    ],
)
def test_span_field_types_are_checked(args: tuple[object, object, object], message: str) -> None:
    with pytest.raises(TypeError, match=message):
        Span(*args)  # type: ignore[arg-type]
