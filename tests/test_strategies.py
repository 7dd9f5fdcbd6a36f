"""quoteattr.strategies: the generated claims are true to the text they come with."""

from __future__ import annotations

import importlib
import json
import sys

import pytest
import regex
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr.lexicon import non_attributive, normalize_key
from quoteattr.model import CLAIM_KINDS, Claim, Span
from quoteattr.roles import role_label
from quoteattr.strategies import (
    DISTRACTOR_PATTERNS,
    SENTENCE_PATTERNS,
    AnnotatedArticle,
    Fragment,
    SpeakerPhrase,
    annotated_articles,
    cues,
    distractors,
    pronoun_for,
    quotation_marks,
    sentences,
    speakers,
)
from quoteattr.verbs import form_index, load_verbs

WORD_SPLIT = str.maketrans(dict.fromkeys('.,:;!?«»“”"\xa0', " "))


def spans_of(claim: Claim) -> list[Span]:
    spans = [claim.content]
    if claim.quoted is not None:
        spans.append(claim.quoted)
    if claim.cue is not None:
        spans.append(claim.cue.span)
    if claim.speaker is not None and claim.speaker.mention is not None:
        spans.append(claim.speaker.mention)
    return spans


@given(annotated_articles())
def test_every_span_reproduces_the_article_text(article: AnnotatedArticle) -> None:
    """Content, quoted part, cue and mention of every claim are exact slices of the text."""
    for claim in article.claims:
        for span in spans_of(claim):
            assert 0 <= span.start <= span.end <= len(article.text)
            assert article.text[span.start : span.end] == span.text


@given(annotated_articles())
def test_generated_claims_are_complete_and_ordered(article: AnnotatedArticle) -> None:
    """Every claim has a kind, a speaker with an entity, a cue (except a continued paragraph),
    belongs to the article, and claims come in document order."""
    starts = [c.start for c in article.claims]
    assert starts == sorted(starts)
    for claim in article.claims:
        assert claim.kind in CLAIM_KINDS
        assert claim.doc_id == article.doc_id
        assert claim.text.strip() == claim.text and claim.text
        assert claim.speaker is not None and claim.speaker.entity is not None
        assert claim.speaker.name or claim.speaker.description
        if claim.cue is None:  # a quoted paragraph continuing the previous one
            assert claim.kind == "direct" and claim.speaker.mention is None
        else:
            assert (
                claim.cue.span.end <= claim.start
                or claim.cue.span.start >= claim.end
                or (
                    claim.content.contains(claim.cue.span)  # an incise inside the quotation
                )
            )
        if claim.kind == "mixed":
            assert claim.quoted is not None and claim.content.contains(claim.quoted)


@given(annotated_articles())
def test_json_round_trip_of_generated_claims(article: AnnotatedArticle) -> None:
    """from_dict(to_dict(c)) == c, through real JSON text."""
    for claim in article.claims:
        record = json.loads(json.dumps(quoteattr.to_dict(claim)))
        assert quoteattr.from_dict(record) == claim


@given(annotated_articles())
def test_one_source_one_entity(article: AnnotatedArticle) -> None:
    """Claims of the same name share an entity, and different names never do."""
    by_name: dict[str, int] = {}
    for claim in article.claims:
        assert claim.speaker is not None
        name = claim.speaker.name
        if name is not None:
            assert by_name.setdefault(name, claim.speaker.entity or 0) == claim.speaker.entity
    assert len(set(by_name.values())) == len(by_name)


QUOTED = regex.compile(r"[«“\"][^«»“”\"]*[»”\"]")


@given(distractors(["plain", "title", "scare"]))
def test_distractors_carry_no_claim_and_no_reporting_verb(fragment: Fragment) -> None:
    """A distractor has no claim, and outside its quotation marks no word that is a form of a
    verbs.tsv verb (a work's title may look like speech: that is the point)."""
    assert fragment.claims == ()
    assert fragment.last_speaker is None
    verbs = form_index()
    outside = QUOTED.sub(" ", fragment.text)
    words = normalize_key(outside.translate(WORD_SPLIT)).split()
    assert [w for w in words if w in verbs] == []


@given(distractors(["non_attributive"]))
def test_non_attributive_distractors_use_the_lexicon(fragment: Fragment) -> None:
    """Each « selon » distractor holds a phrase of non_attributive.tsv."""
    phrases = [row.phrase for row in non_attributive().values()]
    assert fragment.claims == ()
    assert any(phrase in normalize_key(fragment.text) for phrase in phrases)


@given(annotated_articles(distractors_only=True))
def test_distractor_only_articles_have_no_claim(article: AnnotatedArticle) -> None:
    assert article.claims == ()
    assert article.text.strip()


@pytest.mark.parametrize("pattern", SENTENCE_PATTERNS)
def test_each_sentence_pattern_yields_claims(pattern: str) -> None:
    """Every pattern can be drawn on its own and gives at least one claim with a speaker."""

    @settings(max_examples=20, database=None, suppress_health_check=list(HealthCheck))
    @given(sentences(patterns=[pattern]))
    def check(fragment: Fragment) -> None:
        assert fragment.claims
        for claim in fragment.claims:
            for span in spans_of(claim):
                assert fragment.text[span.start : span.end] == span.text

    check()


def test_pattern_kinds() -> None:
    """The que, mixed, partial and selon patterns give the kinds docs/kinds.md describes."""
    expected = {
        "que": {"indirect", "stance"},
        "mixed": {"mixed"},
        "partial": {"partial"},
        "selon_start": {"according_to"},
        "selon_end": {"according_to"},
        "selon_quote": {"direct"},
        "split": {"direct"},
    }
    for pattern, kinds in expected.items():
        fragment = find(
            sentences(patterns=[pattern]), lambda f: True, settings=settings(database=None)
        )
        assert {c.kind for c in fragment.claims} <= kinds, pattern


def test_a_failure_shrinks_to_one_short_sentence() -> None:
    """The simplest article with a claim is one short sentence, readable French."""
    article = find(
        annotated_articles(),
        lambda a: len(a.claims) >= 1,
        settings=settings(database=None, max_examples=200, derandomize=True),
    )
    assert "\n\n" not in article.text
    assert len(article.text) < 80
    assert len(article.claims) == 1


def test_pronoun_refers_to_the_previous_speaker() -> None:
    """« Il » / « elle » carries its antecedent's name, title and role."""
    minister = SpeakerPhrase(
        "la ministre de la Santé",
        "f",
        "sg",
        "person",
        title="ministre",
        organization="Santé",
        role=role_label("ministre", "Santé"),
    )
    fragment = find(
        sentences(minister, patterns=["pronoun"]),
        lambda f: any(c.speaker and c.speaker.mention for c in f.claims),
        settings=settings(database=None),
    )
    speaker = fragment.claims[0].speaker
    assert speaker is not None and speaker.mention is not None
    assert speaker.mention.text.casefold() == "elle"
    assert speaker.description == "la ministre de la Santé"
    assert speaker.role == role_label("ministre", "Santé")
    assert pronoun_for(minister, stressed=False).text == "elle"


@given(speakers())
def test_speaker_roles_come_from_role_label(speaker: SpeakerPhrase) -> None:
    """The gold role is what quoteattr.roles composes from the title and organisation."""
    assert speaker.role == role_label(speaker.title, speaker.organization)
    if speaker.name is not None:
        assert speaker.name in speaker.text
    assert speaker.gender in ("m", "f") and speaker.number in ("sg", "pl")


@given(st.data())
def test_cues_follow_the_lexicon_and_agree(data: st.DataObject) -> None:
    """A cue's lemma is a verbs.tsv lemma; with a pronoun subject, it is inverted
    (« a-t-elle dit »); with être, the participle agrees with a feminine subject."""
    subject = data.draw(speakers(["titled"]))
    pronoun = data.draw(st.booleans())
    if pronoun:
        subject = pronoun_for(subject)
    cue = data.draw(cues(subject, "quote", adverbs=False))
    lemmas = {("se " + v.lemma if v.pronominal else v.lemma) for v in load_verbs()}
    plain = cue.lemma.replace("s'", "se ", 1) if cue.lemma.startswith("s'") else cue.lemma
    assert plain in lemmas
    if pronoun:
        assert cue.pronoun is not None
        assert cue.text[cue.pronoun[0] : cue.pronoun[1]] == subject.text
        assert cue.text[cue.pronoun[0] - 1] == "-"
    else:
        assert cue.pronoun is None
    if subject.gender == "f" and (cue.text.startswith(("s'est", "se ", "s'était"))):
        assert cue.text.split()[-1].endswith(("e", "es")) or cue.tense in (
            "present",
            "imperfect",
            "simple_past",
        )


@given(quotation_marks())
def test_quotation_marks_are_typographic_pairs(marks: object) -> None:
    from quoteattr.strategies import QuoteMarks

    assert isinstance(marks, QuoteMarks)
    assert marks.padding in ("", " ", "\N{NO-BREAK SPACE}", "\N{NARROW NO-BREAK SPACE}")
    assert marks.inner.style != marks.style


def test_bad_pattern_names_are_refused() -> None:
    with pytest.raises(ValueError, match="patterns"):
        sentences(patterns=["nope"])
    with pytest.raises(ValueError, match="patterns"):
        distractors(["nope"])
    with pytest.raises(ValueError, match="kinds"):
        speakers(["nope"])
    assert set(DISTRACTOR_PATTERNS) == {"plain", "title", "scare", "non_attributive"}


def test_importing_without_hypothesis_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without hypothesis the import fails with a message naming the `hypothesis` extra."""
    monkeypatch.setitem(sys.modules, "hypothesis", None)
    monkeypatch.delitem(sys.modules, "quoteattr.strategies")
    with pytest.raises(ImportError, match=r"quoteattr\[hypothesis\]"):
        importlib.import_module("quoteattr.strategies")
