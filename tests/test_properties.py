"""Invariants of the whole pipeline on arbitrary and adversarial text."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import quoteattr
from quoteattr import Span, from_dict, to_dict

# Pieces of French news with every mark and space the parsers care about, glued at random.
_PIECES = [
    "« ",
    " »",
    "«",
    "»",
    "\u201c",
    "\u201d",
    '"',
    "'",
    "\u2019",
    "\u00a0",
    "\u202f",
    ", ",
    ". ",
    " : ",
    "\n",
    "\n\n",
    "\u2014 ",
    "a déclaré",
    "a-t-il dit",
    "déclare-t-elle",
    " que ",
    "qu'",
    "selon",
    " Selon ",
    "d'après",
    "Pour ",
    " le ministre",
    " la Maison Blanche",
    " Emily Horne",
    " Il",
    " Elle",
    " Ils",
    " M. ",
    " Mme ",
    "un responsable",
    " (OMS)",
    "?",
    "s'est plaint",
    "n'a pas caché",
    "a tenu à rappeler",
    "e\u0301",
    "\r\n",
    "\ufeff",
    "\u00ad",
    " Nous irons",
    " jusqu'au bout",
    "Le film ",
    " qui ",
    " pour qui ",
    " selon laquelle ",
    "Ces mots sont ceux de",
    "C'est en ces termes que",
    "Dans un communiqué",
    " accuse ",
    " les ",
    " nous ",
    " (",
    ")",
    " le mot ",
    "Et d'ajouter",
    "Comme l'a dit",
]
french_soup = st.lists(st.sampled_from(_PIECES) | st.text(max_size=5), min_size=0, max_size=40).map(
    "".join
)


def _check(text: str) -> None:
    for claim in quoteattr.extract(text, doc_id="d"):
        spans: list[Span | None] = [claim.content, claim.quoted]
        spans.append(None if claim.cue is None else claim.cue.span)
        spans.append(None if claim.speaker is None else claim.speaker.mention)
        for span in spans:
            if span is not None:
                assert text[span.start : span.end] == span.text
        assert from_dict(to_dict(claim)) == claim


@given(french_soup)
@example("Pour ")  # a clause-head « pour » ending the text (found by the test below)
@example("Le projet est mort, a confirmé")  # a verb ending the text after a comma
def test_french_soup_never_crashes_and_spans_hold(text: str) -> None:
    """Any mix of quotation marks, cues, names, spaces and line ends: extract() returns, every
    span reproduces the caller's text, and every claim survives the JSON round trip."""
    _check(text)


@given(st.text())
def test_arbitrary_unicode_never_crashes(text: str) -> None:
    """Arbitrary Unicode never makes extract() raise, and spans index the caller's text."""
    _check(text)


@given(french_soup)
def test_extraction_is_deterministic(text: str) -> None:
    """The same text gives the same claims, in the same order, every time."""
    assert quoteattr.extract(text) == quoteattr.extract(text)


@given(st.text())
def test_find_quotations_spans_hold(text: str) -> None:
    """Every quotation's span, content and parts reproduce the caller's text."""
    for q in quoteattr.find_quotations(text):
        for span in (q.span, q.content, *q.parts):
            assert text[span.start : span.end] == span.text
