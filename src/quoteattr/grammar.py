"""Closed-class French words (determiners, clitics, conjunctions…) read from a data file.

The attribution stages need to know where a noun phrase starts and stops and which small words
may sit inside a verb group; these classes are grammar, not vocabulary, so one small data file
serves every stage.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from importlib import resources
from types import MappingProxyType

from quoteattr.errors import QuoteattrError

FUNCTION_CLASSES = frozenset(
    {
        "det",
        "det_indef",
        "presentative",
        "topic",
        "newsroom",
        "court",
        "accused",
        "deem",
        "reckoning",
        "finite",
        "going_on",
        "count_noun",
        "numeral",
        "fraction",
        "agreed",
        "hindsight",
        "learn",
        "quantity",
        "name_noun",
        "relation",
        "status",
        "prep",
        "conj",
        "rel",
        "clitic",
        "refl",
        "neg",
        "que",
        "title_abbr",
        "particle",
        "intro",
        "inf_adverb",
        "degree",
        "speech_occasion",
        "circumstance",
        "anonymity",
        "author",
        "work",
        "unnamed",
        "copula",
        "neuter",
        "quantifier",
        "duration",
        "cleft",
        "subject_end",
        "reply",
        "event_noun",
        "publish",
        "crowd",
        "played",
        "epithet",
        "apart",
        "prep_noun",
        "after_en",
        "threat",
        "auxiliary",
        "wish",
        "disclose",
        "chant",
        "mute",
        "litotes",
        "gradual",
        "utterance",
        "restate",
        "utter",
        "see_in",
        "utter_form",
        "modal",
        "word_noun",
        "measure",
        "saying",
        "impersonal",
        "judge",
        "rank",
        "characterize",
        "neg_adverb",
        "sign",
        "persona",
        "dedication",
        "asking_press",
        "if_needed",
        "press",
        "interrogative",
        "feat",
        "prenominal",
        "winner",
        "win",
        "age",
        "unionist",
        "not_union",
        "representative",
        "provision",
        "voice_group",
        "heard",
        "kin_group",
        "ruling",
        "party_label",
        "council_head",
        "elected_body",
        "uttered_by",
        "reached",
        "adapted",
        "evidence",
        "affected",
        "as_only",
        "naming",
        "latest",
        "chosen",
        "outcome",
        "place_noun",
        "many",
        "prep_object",
        "qualifier_head",
        "occasion",
        "number_word",
    }
)


@functools.cache
def function_words() -> Mapping[str, frozenset[str]]:
    """Every listed word (as written, case kept for abbreviations) with its classes."""
    classes: dict[str, set[str]] = {}
    text = (resources.files("quoteattr") / "data" / "function_words.tsv").read_text("utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 2 or fields[1] not in FUNCTION_CLASSES:
            raise QuoteattrError(f"function_words.tsv, line {number}: malformed row {line!r}")
        classes.setdefault(fields[0], set()).add(fields[1])
    return MappingProxyType({word: frozenset(c) for word, c in classes.items()})


@functools.cache
def words_of(cls: str) -> frozenset[str]:
    """Every word of one class, for hot loops that test many tokens against it."""
    found = frozenset(word for word, classes in function_words().items() if cls in classes)
    return found | frozenset(w + "." for w in found if cls == "title_abbr")


def word_class(word: str, cls: str) -> bool:
    """Whether ``word`` (lowercase, or as written for abbreviations) belongs to ``cls``.

    >>> word_class("qu'", "que")
    True
    >>> word_class("M.", "title_abbr")
    True
    """
    return word in words_of(cls)


def determiner(low: str) -> bool:
    """Any determiner, definite or not: what may stand between a verb and its object."""
    return word_class(low, "det") or word_class(low, "det_indef")


_PARTY_GLUE = frozenset({"de", "d'", "du", "des", "la", "les", "et", "-"})


def party_label(words: Sequence[str]) -> bool:
    """Whether the words inside brackets after a title are a party label (« Les Écologistes »,
    « LR », « divers gauche », « sans étiquette », « ex-LFI »): one to four words, each
    capitalised, a party word or a small linking word, the first capitalised or a party
    word."""

    def fits(word: str) -> bool:
        low = word.lower()
        return (
            word[:1].isupper()
            or low in words_of("party_label")
            or low.startswith("ex-")
            or low in _PARTY_GLUE
        )

    first = words[0] if words else ""
    opens = fits(first) and (first[:1].isupper() or first.lower() not in _PARTY_GLUE)
    return 0 < len(words) <= 4 and opens and all(fits(w) for w in words)
