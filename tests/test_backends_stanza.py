"""The stanza adapter on Documents read from the project's CoNLL-U files (no model needed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import quoteattr
from quoteattr.backends.stanza import parse_of, rebuilt_text

pytest.importorskip("stanza")
from stanza.utils.conll import CoNLL

CONLLU = Path(__file__).resolve().parent / "data" / "conllu"
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_8fbd7013e4acd58c.txt"
LQ = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
RQ = "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"


def _doc(name: str, **options: Any) -> Any:
    return CoNLL.conll2doc(str(CONLLU / f"{name}.conllu"), **options)


def _records(claims: object) -> list[dict[str, object]]:
    return [quoteattr.to_dict(c) for c in claims]  # type: ignore[attr-defined]


def test_text_is_rebuilt_from_space_after_without_offsets() -> None:
    doc = _doc("prefete")
    assert doc.sentences[0].tokens[0].start_char is None
    assert rebuilt_text(doc) == (
        f"{LQ} Le pont sera rouvert lundi {RQ}, a annoncé la préfète.\n"
        f"{LQ} Les travaux sont finis. {RQ}"
    )


def test_offsets_in_misc_give_the_same_text_and_claims() -> None:
    with_offsets, without = _doc("prefete_offsets"), _doc("prefete")
    assert with_offsets.sentences[0].tokens[0].start_char == 0
    assert rebuilt_text(with_offsets) == rebuilt_text(without)
    got = quoteattr.from_stanza(with_offsets, doc_id="p")
    assert _records(got) == _records(quoteattr.from_stanza(without, doc_id="p"))
    # the paragraph break survived: the quotation-only paragraph continues the speaker
    assert [c.kind for c in got] == ["direct", "direct"]
    assert got[0].speaker is not None and got[1].speaker is not None
    assert got[1].speaker.entity == got[0].speaker.entity


@pytest.mark.parametrize("name", ["inversion", "selon", "prefete", "hopital"])
def test_claims_index_the_rebuilt_text(name: str) -> None:
    doc = _doc(name)
    text = rebuilt_text(doc)
    claims = quoteattr.from_stanza(doc)
    assert claims
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        if claim.speaker is not None and claim.speaker.mention is not None:
            m = claim.speaker.mention
            assert text[m.start : m.end] == m.text


def test_multiword_tokens_give_their_words_the_token_offsets() -> None:
    parse = parse_of(_doc("selon"))
    words = [(t.text, parse.text[t.start : t.end]) for t in parse.tokens]
    assert ("à", "au") in words and ("le", "au") in words
    police = next(t for t in parse.tokens if t.text == "police")
    assert police.entity == "ORG"
    root = next(i for i, t in enumerate(parse.tokens) if t.deprel == "root")
    assert parse.tokens[root].text == "revenu"
    assert parse.tokens[police.head].text == "revenu"


def test_inverted_subject_parsed_as_object_keeps_the_rules_speaker() -> None:
    doc = _doc("inversion")
    text = rebuilt_text(doc)
    obj = next(t for t in parse_of(doc).tokens if t.text == "maire")
    assert obj.deprel == "obj"  # the parser's known mistake
    (claim,) = quoteattr.from_stanza(doc)
    assert claim.speaker is not None and claim.speaker.mention is not None
    assert claim.speaker.mention.text == "le maire du village"
    assert _records([claim]) == _records(quoteattr.extract(text))


def test_selon_keeps_the_rules_source() -> None:
    doc = _doc("selon")
    (claim,) = quoteattr.from_stanza(doc)
    assert claim.kind == "according_to"
    assert claim.speaker is not None and claim.speaker.mention is not None
    assert claim.speaker.mention.text == "la police"


def test_the_parse_finds_a_subject_the_rules_miss() -> None:
    doc = _doc("hopital")
    text = rebuilt_text(doc)
    (rules,) = quoteattr.extract(text)
    assert rules.speaker is None
    (claim,) = quoteattr.from_stanza(doc, doc_id="h")
    assert claim.doc_id == "h" and claim.content == rules.content
    assert claim.speaker is not None and claim.speaker.mention is not None
    assert claim.speaker.mention.text == "La directrice de l'hôpital"
    assert (claim.speaker.type, claim.speaker.entity) == ("person", 0)


def test_a_document_with_its_text_is_indexed_as_it_is() -> None:
    """A Pipeline's Document carries ``doc.text``; stanza's reader can rebuild one too."""
    doc = _doc("selon", reconstruct_text=True)
    assert isinstance(doc.text, str)
    assert rebuilt_text(doc) == doc.text
    (claim,) = quoteattr.from_stanza(doc)
    assert doc.text[claim.start : claim.end] == claim.text


def test_seed_parse_gives_the_rules_records_on_the_seed_text() -> None:
    doc = _doc("seed_000")
    seed = SEED.read_text(encoding="utf-8")
    assert rebuilt_text(doc) == seed
    got = quoteattr.from_stanza(doc, doc_id="seed")
    assert len(got) >= 14
    assert _records(got) == _records(quoteattr.extract(seed, doc_id="seed"))


def test_from_stanza_rejects_what_is_not_a_document() -> None:
    with pytest.raises(quoteattr.BackendError, match="stanza Document"):
        quoteattr.from_stanza("Il a dit non.")


def test_missing_models_say_how_to_install_them(tmp_path: Path) -> None:
    with pytest.raises(quoteattr.BackendError, match=r"stanza\.download\('fr'"):
        quoteattr.extract("Il a dit non.", backend="stanza", stanza_dir=tmp_path)
    assert list(tmp_path.iterdir()) == []  # nothing was downloaded
