"""The text layer: normalisation, the offset map back to the caller's string, segmentation."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.text import Segment, Text, sentences, tokenize

# Characters the normaliser rewrites, mixed with ordinary French letters.
_AWKWARD = list(
    "\r\n\ufeff\u00ad\u200b\u200c\u200d\u2060\u00a0\u202f\u2009\u2019\u2018\u02bc\u0301\u0300"
    "\u0327\u0302e a c E «»'\".,"
)
awkward_text = st.text(st.sampled_from(_AWKWARD) | st.characters(codec="utf-8"), max_size=80)


def _expected_norm(s: str) -> str:
    """What the normalised copy of a span should read, computed independently."""
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    for ch in "\ufeff\u00ad\u200b\u200c\u200d\u2060\u200e\u200f":
        s = s.replace(ch, "")
    return s


def test_crlf_bom_and_nfd() -> None:
    original = "\ufeffIl a de\u0301cide\u0301\r\nl\u2019\u00e9t\u00e9\u00a0»"
    doc = Text.of(original)
    assert doc.norm == "Il a décidé\nl'été »"
    assert "\ufeff" not in doc.norm and "\r" not in doc.norm


def test_decomposed_accent_maps_to_both_code_points() -> None:
    original = "de\u0301clare\u0301"
    doc = Text.of(original)
    assert doc.norm == "déclaré"
    span = doc.span(0, len(doc.norm))
    assert span.text == original and (span.start, span.end) == (0, len(original))
    assert doc.span(1, 2).text == "e\u0301"


def test_apostrophes_and_spaces_keep_length() -> None:
    original = "l\u2019UE\u202f: \u00ab\u00a0non\u00a0\u00bb"
    doc = Text.of(original)
    assert doc.norm == "l'UE : « non »"
    assert len(doc.norm) == len(original)


@given(awkward_text, st.data())
def test_every_span_reproduces_the_original(original: str, data: st.DataObject) -> None:
    """Any normalised slice maps to an original span whose text is exactly text[start:end]."""
    doc = Text.of(original)
    a = data.draw(st.integers(0, len(doc.norm)))
    b = data.draw(st.integers(a, len(doc.norm)))
    span = doc.span(a, b)
    assert original[span.start : span.end] == span.text
    assert 0 <= span.start <= span.end <= len(original)


@given(awkward_text)
def test_map_is_monotonic_and_covers_the_text(original: str) -> None:
    """Mapped offsets never go backwards, and the whole normalised text maps to the whole
    original minus only the characters the normaliser deletes."""
    doc = Text.of(original)
    starts = [doc.span(i, i).start for i in range(len(doc.norm))]
    assert starts == sorted(starts)
    whole = doc.span(0, len(doc.norm))
    assert _expected_norm(original[: whole.start]) == ""
    assert _expected_norm(original[whole.end :]) == ""


@given(awkward_text)
def test_single_characters_normalise_to_themselves(original: str) -> None:
    """Each normalised character comes from an original span that normalises to it."""
    doc = Text.of(original)
    for i, ch in enumerate(doc.norm):
        span = doc.span(i, i + 1)
        piece = _expected_norm(span.text)
        assert piece, (i, ch, span)
        composed = unicodedata.normalize("NFC", piece)
        assert ch in (composed[0], piece[0], "'", " ", "\n")


def test_paragraphs_skip_blank_lines() -> None:
    doc = Text.of("Un.\r\n\r\n  Deux.\n\nTrois.")
    assert [doc.norm[p.start : p.end] for p in doc.paragraphs()] == ["Un.", "Deux.", "Trois."]


def test_sentences_keep_abbreviations() -> None:
    text = "M. Dupont et Mme Durand sont venus. Le Dr. Martin a parlé ! Fin."
    got = [text[s.start : s.end] for s in sentences(text, Segment(0, len(text)))]
    assert got == ["M. Dupont et Mme Durand sont venus.", "Le Dr. Martin a parlé !", "Fin."]


def test_sentence_after_closing_guillemet() -> None:
    text = "Il a dit : « Non. » Elle a ri."
    got = [text[s.start : s.end] for s in sentences(text, Segment(0, len(text)))]
    assert got == ["Il a dit : « Non. »", "Elle a ri."]


def test_tokens_split_elision_and_keep_inversion() -> None:
    got = [t.text for t in tokenize("L'UE a-t-elle dit qu'aujourd'hui « non » ?")]
    assert got == ["L'", "UE", "a-t-elle", "dit", "qu'", "aujourd'hui", "«", "non", "»", "?"]


@pytest.mark.parametrize("mark", ["«", '"', "“", "‹"])
def test_an_elision_before_any_opening_mark_is_one_token(mark: str) -> None:
    """« qualifie d'“amnistie” »: the elided « d' » is a word whatever quotation mark
    follows it, so that the verb's object is found."""
    got = [t.text for t in tokenize(f"qualifie d'{mark}amnistie")]
    assert got == ["qualifie", "d'", mark, "amnistie"]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("des professeur(e)s à temps partiel", ["des", "professeur(e)s", "à", "temps", "partiel"]),
        ("les élu\N{MIDDLE DOT}e\N{MIDDLE DOT}s locaux", ["les", "élu·e·s", "locaux"]),
        ("le maire (EELV) de Lyon", ["le", "maire", "(", "EELV", ")", "de", "Lyon"]),
        ("Paris (75)", ["Paris", "(", "75", ")"]),
    ],
)
def test_an_inclusive_ending_stays_in_its_word(text: str, tokens: list[str]) -> None:
    """« professeur(e)s », « élu·e·s »: one word, so that a body's name is not cut at its
    bracket; a party or a number in brackets stays apart."""
    assert [t.text for t in tokenize(text)] == tokens


@given(st.text(max_size=200))
def test_tokens_are_slices(text: str) -> None:
    """Every token's text is the slice its offsets name, and tokens come in order."""
    tokens = tokenize(text)
    last = 0
    for t in tokens:
        assert text[t.start : t.end] == t.text and t.start >= last
        last = t.end
