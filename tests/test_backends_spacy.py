"""The spaCy component and backend: same claims as the rules, spans aligned, parse used."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import quoteattr
from quoteattr.backends.base import Parse, ParsedToken, improve, sentence_spans

spacy = pytest.importorskip("spacy")
from quoteattr.backends import spacy as backend  # noqa: E402

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_8fbd7013e4acd58c.txt"
LONG_SUBJECT = (
    "La directrice de l'hôpital, après avoir consulté les chefs des services, a estimé que "
    "la situation restait tendue."
)


def _records(claims: object) -> list[dict[str, object]]:
    return [quoteattr.to_dict(c) for c in claims]  # type: ignore[attr-defined]


def _models() -> list[str]:
    return [m for m in ("fr_core_news_sm", "fr_core_news_md") if spacy.util.is_package(m)]


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED.read_text(encoding="utf-8")


def test_add_pipe_finds_the_factory_on_a_blank_pipeline(seed: str) -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("quoteattr")
    doc = nlp(seed)
    assert not doc.has_annotation("DEP")
    assert _records(doc._.claims) == _records(quoteattr.extract(seed))


def test_claims_offsets_index_doc_text(seed: str) -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("quoteattr")
    doc = nlp(seed)
    assert doc._.claims
    for claim in doc._.claims:
        assert doc.text[claim.start : claim.end] == claim.text
        if claim.speaker is not None and claim.speaker.mention is not None:
            m = claim.speaker.mention
            assert doc.text[m.start : m.end] == m.text


def test_span_groups_cover_the_claims_on_token_boundaries(seed: str) -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("quoteattr")
    doc = nlp(seed)
    claims = doc._.claims
    quotes = list(doc.spans["quoteattr_quotes"])
    cues = list(doc.spans["quoteattr_cues"])
    speakers = list(doc.spans["quoteattr_speakers"])
    assert [s.label_ for s in quotes] == [c.kind for c in claims]
    assert [s.kb_id_ for s in cues] == [c.cue.lemma for c in claims if c.cue is not None]
    named = [c.speaker for c in claims if c.speaker is not None and c.speaker.mention]
    assert len(speakers) == len(named)
    for span, claim in zip(quotes, claims, strict=True):
        # "expand" widens to whole tokens: the span holds the claim and starts on a token
        assert span.start_char <= claim.start and claim.end <= span.end_char
        assert span[0].idx == span.start_char
    for span, speaker in zip(speakers, named, strict=True):
        assert speaker is not None and speaker.mention is not None
        assert span.start_char <= speaker.mention.start < span.end_char
        assert span.label_ == speaker.type


def test_doc_id_comes_from_user_data() -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("quoteattr")
    doc = nlp.make_doc("Selon la police, tout va bien.")
    doc.user_data[backend.DOC_ID_KEY] = "a7"
    assert [c.doc_id for c in nlp(doc)._.claims] == ["a7"]


@pytest.mark.parametrize("model", _models())
def test_pretrained_pipeline_gives_the_rules_records_on_the_seed(model: str, seed: str) -> None:
    nlp = spacy.load(model)
    nlp.add_pipe("quoteattr")
    doc = nlp(seed)
    assert doc.has_annotation("DEP")  # the parse path was taken
    assert _records(doc._.claims) == _records(quoteattr.extract(seed))


@pytest.mark.parametrize("model", _models())
def test_extract_backend_spacy_equals_the_component(model: str, seed: str) -> None:
    got = quoteattr.extract(seed, backend="spacy", model=model, doc_id="seed")
    assert _records(got) == _records(quoteattr.extract(seed, doc_id="seed"))
    assert backend.load(model) is backend.load(model)  # loaded once


@pytest.mark.skipif(not spacy.util.is_package("fr_core_news_sm"), reason="no fr_core_news_sm")
def test_parse_finds_a_subject_the_rules_miss() -> None:
    rules = quoteattr.extract(LONG_SUBJECT)
    assert len(rules) == 1 and rules[0].speaker is None
    (claim,) = quoteattr.extract(LONG_SUBJECT, backend="spacy", model="fr_core_news_sm")
    assert claim.content == rules[0].content and claim.kind == rules[0].kind
    assert claim.speaker is not None and claim.speaker.mention is not None
    assert claim.speaker.mention.text == "La directrice de l'hôpital"
    assert claim.speaker.type == "person" and claim.speaker.entity == 0
    m = claim.speaker.mention
    assert LONG_SUBJECT[m.start : m.end] == m.text


def test_parse_of_keeps_offsets_and_heads() -> None:
    doc = spacy.blank("fr")("Il a dit non.")
    parse = backend.parse_of(doc)
    assert [doc.text[t.start : t.end] for t in parse.tokens] == ["Il", "a", "dit", "non", "."]
    assert {t.head for t in parse.tokens} == {-1}  # no parser: every word is its own root


def test_missing_model_says_how_to_install_it() -> None:
    with pytest.raises(quoteattr.BackendError, match="pip install no-such-model"):
        quoteattr.extract("Il a dit non.", backend="spacy", model="no_such_model")


def test_unknown_backend_is_a_backend_error() -> None:
    with pytest.raises(quoteattr.BackendError, match="unknown backend 'nltk'"):
        quoteattr.extract("Il a dit non.", backend="nltk")


def _word(
    start: int, end: int, text: str, head: int, deprel: str, upos: str = "X", lemma: str = ""
) -> ParsedToken:
    return ParsedToken(start, end, text, lemma or text.lower(), upos, head, deprel, 0)


def test_a_passive_subject_is_no_speaker() -> None:
    """The same words as a passive subject (nsubj:pass) give no speaker; as nsubj, one."""
    claims = quoteattr.extract(LONG_SUBJECT)
    cue = claims[0].cue
    assert cue is not None
    words = [
        _word(0, 26, "La directrice de l'hôpital", 1, "nsubj:pass", "NOUN"),
        _word(cue.span.start, cue.span.end, cue.span.text, -1, "root", "VERB", "estimer"),
    ]
    assert improve(claims, Parse(LONG_SUBJECT, words)) == claims
    active = [attrs.evolve(words[0], deprel="nsubj"), words[1]]
    (better,) = improve(claims, Parse(LONG_SUBJECT, active))
    assert better.speaker is not None and better.speaker.mention is not None
    assert better.speaker.mention.text == "La directrice de l'hôpital"


def test_sentence_spans_follow_the_parse() -> None:
    text = "Il a dit non. Elle a dit oui."
    words = [
        _word(0, 2, "Il", -1, "root"),
        ParsedToken(14, 28, "Elle a dit oui", "elle", "PRON", -1, "root", 1),
    ]
    spans = sentence_spans(Parse(text, words))
    assert [s.text for s in spans] == ["Il", "Elle a dit oui"]


def test_parse_rejects_offsets_outside_the_text() -> None:
    with pytest.raises(ValueError, match=r"Parse.tokens\[0\]"):
        Parse("Non.", [_word(0, 9, "Non", -1, "root")])
