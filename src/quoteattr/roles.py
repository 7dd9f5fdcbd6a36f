"""English role labels from a French title and organisation, and the split that yields them.

News names a source by a noun phrase (« la porte-parole du Conseil de sécurité nationale de
la Maison Blanche »); consumers want the title and organisation apart, as written, and an
English label in English word order ("White House National Security Council spokesperson").
All the vocabulary comes from :mod:`quoteattr.lexicon`; this module only knows French noun
phrase shape and English modifier order.

Rules for the label:

* a known organisation or nationality goes before the title, as English does:
  ("président", "russe") → "Russian president", ("porte-parole", "Maison Blanche") →
  "White House spokesperson";
* an organisation the lexicon does not know is a proper noun kept as written, and follows the
  title with "of", which reads right for places and names alike: ("maire", "Lyon") →
  "mayor of Lyon" (capitals listed as government metonyms are known: "Paris mayor");
* "senior" and "deputy" (from « haut responsable », « adjoint ») and "former" (« ancien »,
  « ex- ») lead the whole label: "senior US administration official";
* an organisation's complement goes before its head: « Conseil de sécurité nationale de la
  Maison Blanche » → "White House National Security Council", « ministère russe de la Défense »
  → "Russian Defence ministry".

:func:`split_title` puts a ministry's portfolio in the organisation: « le ministre de
l'Intérieur » → ("ministre", "Intérieur"), the same shape as « le porte-parole de l'UE ».
"""

from __future__ import annotations

import functools
import types
from collections.abc import Mapping, Sequence
from typing import Final, Generic, NamedTuple, TypeVar

import attrs
import regex

from quoteattr.grammar import party_label, words_of
from quoteattr.lexicon import (
    Demonym,
    Organization,
    Title,
    affiliations,
    civility_title,
    demonyms,
    first_names,
    fold_key,
    normalize_key,
    organizations,
    pronouns,
    title_adjectives,
    titles,
)

__all__ = ["role_label", "split_title"]

T = TypeVar("T")

_APOSTROPHES: Final = "'\N{RIGHT SINGLE QUOTATION MARK}\N{MODIFIER LETTER APOSTROPHE}" + (
    "\N{LEFT SINGLE QUOTATION MARK}"
)
# Elided words (l', d', qu') are tokens of their own, as is the « ex- » prefix. Only an elided
# word is longer than one character and ends with an apostrophe.
_TOKEN: Final = regex.compile(
    r"\b[Ee]x-(?=\p{L})"
    rf"|\p{{L}}+[{_APOSTROPHES}](?=\p{{L}})"
    r"|[\p{L}\p{M}\p{N}]+(?:[-.&][\p{L}\p{M}\p{N}]+)*"
    r"|\S"
)

# « le jeune chercheur », « la vieille pêcheuse »: an age, not part of the title.
_AGES: Final = frozenset({"jeune", "vieux", "vieil", "vieille"})

# Words before a title that only count or point: « l'un des », « un autre », « ce nouveau »:
# the grammar's determiners, and these.
_COUNTING: Final = frozenset(
    {
        "autre",
        "autres",
        "quatre",
        "cinq",
        "nombreux",
        "nombreuses",
        "divers",
        "diverses",
        "entre",
        "nouveau",
        "nouvel",
        "nouvelle",
        "nouveaux",
        "nouvelles",
        "actuel",
        "actuelle",
        "actuels",
        "actuelles",
    }
    | _AGES
)


@functools.cache
def _determiners() -> frozenset[str]:
    return words_of("det") | words_of("det_indef") | frozenset({"de", "d'"}) | _COUNTING


# Adjectives that _determiners() skips before a title but that may open a name (« Les Nouvelles
# Calédoniennes »), so an organisation-only phrase keeps them.
_ADJECTIVES: Final = frozenset(
    {"nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles", "actuel", "actuelle", "actuels"}
    | {"actuelles", "autre", "autres", "divers", "diverses", "nombreux", "nombreuses"}
    | _AGES
)
# Civil titles before a person's name: « M. Dupont » names no organisation.
_CIVIL: Final = frozenset({"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "maître"})
_ONE_OF: Final = (("l'", "un", "des"), ("l'", "une", "des"), ("un", "des"), ("une", "des"))
_ARTICLES: Final = frozenset({"le", "la", "les", "l'"})
_PREPOSITIONS: Final = frozenset({"de", "du", "des", "d'", "au", "aux", "à"})
# Ends of a noun phrase: punctuation and the start of a relative clause.
_STOPS: Final = frozenset(
    {
        ",",
        ";",
        ":",
        "(",
        ")",
        "[",
        "]",
        "!",
        "?",
        ".",
        '"',
        "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        "\N{LEFT DOUBLE QUOTATION MARK}",
        "\N{RIGHT DOUBLE QUOTATION MARK}",
        "\N{EN DASH}",
        "\N{EM DASH}",
        "qui",
        "que",
        # « l'OMS pour l'Europe », « Nantes Métropole chargée des mobilités »: a complement
        # or participle after the body's name is no part of it.
        "pour",
        "chargé",
        "chargée",
        "chargés",
        "chargées",
        "qu'",
        "dont",
        "lequel",
        "laquelle",
        "où",
    }
)
# « ancien », « ex- »: words before a title that make it a former one (coreference reads
# them too).
FORMER: Final = frozenset({"ancien", "ancienne", "anciens", "anciennes", "ex-"})
# Words after a title that change the role, with the English word that leads the label.
_IN_CHARGE: Final = frozenset({"chargé", "chargée", "chargés", "chargées"})
_POST_MODIFIERS: Final[Mapping[tuple[str, ...], str]] = types.MappingProxyType(
    {
        ("adjoint",): "deputy",
        ("adjointe",): "deputy",
        ("adjoints",): "deputy",
        ("adjointes",): "deputy",
        ("par", "intérim"): "acting",
        ("intérimaire",): "acting",
        ("sortant",): "outgoing",
        ("sortante",): "outgoing",
        ("sortants",): "outgoing",
        ("délégué",): "junior",
        ("déléguée",): "junior",
    }
)
_FRONT_WORDS: Final = ("former", "senior", "deputy", "acting", "outgoing", "junior")
# English titles a front word belongs to: "Finance deputy mayor", not "deputy Finance mayor".
_COMPOUNDS: Final = frozenset({"deputy mayor", "deputy mayors"})
_MUNICIPAL: Final = {"deputy": "deputy mayor", "deputies": "deputy mayors"}


class _Token(NamedTuple):
    """A word of a description; a tuple because every mention is split into them."""

    start: int
    end: int
    text: str
    key: str
    fold: str
    elided: bool

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def _tokens(text: str) -> tuple[_Token, ...]:
    out = []
    end = 0
    for word in _TOKEN.findall(text):
        start = text.find(word, end)  # only spaces lie between tokens
        end = start + len(word)
        key, fold = _keys(word)
        out.append(
            _Token(start, end, word, key, fold, end - start > 1 and word[-1] in _APOSTROPHES)
        )
    return tuple(out)


@functools.lru_cache(maxsize=1 << 16)
def _keys(word: str) -> tuple[str, str]:
    """A word's lexicon key and accent-free key; news vocabulary is small, so it is memoised."""
    key = normalize_key(word)
    return key, key if key.isascii() else fold_key(word)


def _join(tokens: Sequence[_Token], folded: bool = False) -> str:
    """Tokens spelt as a lexicon key: one space between words, none after an elision."""
    parts: list[str] = []
    for i, token in enumerate(tokens):
        if i and not tokens[i - 1].elided:
            parts.append(" ")
        parts.append(token.fold if folded else token.key)
    return "".join(parts)


@attrs.frozen
class _PhraseIndex(Generic[T]):
    """A lexicon keyed by token sequence, with an accent-free fallback for « Etat »."""

    exact: Mapping[str, T]
    folded: Mapping[str, T]
    longest: int
    first_words: frozenset[str]

    def match(self, tokens: Sequence[_Token], start: int) -> tuple[int, T] | None:
        """The longest entry starting at ``start``, as (token count, record)."""
        if start >= len(tokens) or (
            tokens[start].key not in self.first_words and tokens[start].fold not in self.first_words
        ):
            return None  # no entry starts with this word: most words, checked in one lookup
        for size in range(min(self.longest, len(tokens) - start), 0, -1):
            window = tokens[start : start + size]
            record = self.exact.get(_join(window))
            if record is None:
                record = self.folded.get(_join(window, folded=True))
            if record is not None:
                return size, record
        return None


def _phrase_index(lexicon: Mapping[str, T]) -> _PhraseIndex[T]:
    exact: dict[str, T] = {}
    folded: dict[str, T] = {}
    longest = 1
    first_words: set[str] = set()
    for key, record in lexicon.items():
        tokens = _tokens(key)
        longest = max(longest, len(tokens))
        exact[_join(tokens)] = record
        folded.setdefault(_join(tokens, folded=True), record)
        if tokens:
            first_words.update((tokens[0].key, tokens[0].fold))
    return _PhraseIndex(
        types.MappingProxyType(exact),
        types.MappingProxyType(folded),
        longest,
        frozenset(first_words),
    )


@functools.cache
def _titles() -> _PhraseIndex[Title]:
    return _phrase_index(titles())


def may_start_title(word: str) -> bool:
    """Whether some title of the lexicon starts with this word: a phrase without one cannot
    give ``split_title`` a title."""
    key, fold = _keys(word)
    first = _titles().first_words
    return key in first or fold in first


@functools.cache
def _organizations() -> _PhraseIndex[Organization]:
    return _phrase_index(organizations())


@functools.cache
def _demonyms() -> _PhraseIndex[Demonym]:
    return _phrase_index(demonyms())


@functools.cache
def _countries() -> _PhraseIndex[Demonym]:
    """Countries by their French name, each with its adjective: « de France » → "French"."""
    by_country: dict[str, Demonym] = {}
    for record in demonyms().values():
        by_country.setdefault(record.country_fr, record)  # the masculine singular comes first
    return _phrase_index(by_country)


def _skip(tokens: Sequence[_Token], start: int, words: frozenset[str]) -> int:
    while start < len(tokens) and tokens[start].key in words:
        if tokens[start].key in _AGES and _titles().match(tokens, start) is not None:
            break  # « le jeune homme », a title of its own
        start += 1
    return start


def _second_title(tokens: Sequence[_Token], start: int) -> bool:
    """Whether a person's second title starts at ``start``: a singular function, not the
    plural members of a body (« syndicat des médecins et pharmaciens »)."""
    matched = _titles().match(tokens, start)
    return matched is not None and matched[1].kind != "group" and matched[1].number == "sg"


def _end_of_phrase(tokens: Sequence[_Token], start: int) -> int:
    end = start
    while end < len(tokens) and tokens[end].key not in _STOPS:
        if tokens[end].key == "et" and _second_title(tokens, end + 1):
            break  # « à Montreuil et responsable du SNES-FSU »: a second title, not the body
        end += 1
    return end


def _after_preposition(tokens: Sequence[_Token], start: int) -> int | None:
    """Where the noun after « de », « du », « de la », « de l' », « des » starts, if any."""
    if start >= len(tokens) or tokens[start].key not in _PREPOSITIONS:
        return None
    start += 1
    if (
        tokens[start - 1].key in ("de", "à")
        and start < len(tokens)
        and tokens[start].key in _ARTICLES
    ):
        start += 1
    return start if start < len(tokens) else None


def _cut_before_name(tokens: Sequence[_Token], start: int, end: int) -> int:
    """Where an organisation stops when a person's name follows it without a comma.

    « du Kremlin Dmitri Peskov »: a capitalised first name right after a known organisation
    or nationality starts the name, and so does a first name before a capitalised word after
    any place (« de la Gironde Sophie Marchal »). Names inside a known organisation (« Maison
    Blanche ») are skipped over whole.
    """
    i = start
    while i < end:
        matched = _organizations().match(tokens[:end], i) or _demonyms().match(tokens[:end], i)
        if matched is not None:
            i += matched[0]
            if i < end and tokens[i].capitalised and tokens[i].key in first_names():
                return i
            continue
        i += 1
        # « la députée de la Gironde Sophie Marchal »: a first name and a capitalised word
        # after a place start the person's name, too.
        if (
            i + 1 < end
            and tokens[i].capitalised
            and tokens[i].key in first_names()
            and tokens[i + 1].capitalised
        ):
            return i
    return end


def _organization_end(tokens: Sequence[_Token], start: int) -> int:
    end = _end_of_phrase(tokens, start)
    known = _organizations().match(tokens, start)
    if known is not None:
        end = max(end, start + known[0])  # « Organisation pour la sécurité… » stays whole
    return _cut_before_name(tokens, start, end)


def _slice(text: str, tokens: Sequence[_Token], start: int, end: int) -> str | None:
    if start >= end:
        return None
    return text[tokens[start].start : tokens[end - 1].end]


def _singular(title: Title) -> str:
    """The singular form of a plural title, in its gender: responsables → responsable."""
    if title.number == "sg":
        return title.form
    gender = {"m": "m", "f": "f", "e": "m"}[title.gender]
    for record in titles().values():
        if (
            record.canonical == title.canonical
            and record.number == "sg"
            and record.gender in {gender, "e"}
        ):
            return record.form
    return title.canonical


def _names_organization(tokens: Sequence[_Token], start: int) -> bool:
    """Whether the complement at ``start`` can be an organisation or place.

    « de la Maison Blanche », « du club », « de Lyon », « russe » can; « de voyage » and « de la
    famille » are mere noun complements.
    """
    return (
        tokens[start].capitalised
        or _organizations().match(tokens, start) is not None
        or _demonyms().match(tokens, start) is not None
    )


_POST_FIRST_WORDS: Final = frozenset(words[0] for words in _POST_MODIFIERS)


def _post_modifier(tokens: Sequence[_Token], end: int) -> tuple[int, str] | None:
    """The modifier after a title (« adjoint », « par intérim »): its size and English."""
    if end >= len(tokens) or tokens[end].key not in _POST_FIRST_WORDS:
        return None  # most titles stand alone: one lookup
    for words, english in _POST_MODIFIERS.items():
        if tuple(t.key for t in tokens[end : end + len(words)]) == words:
            return len(words), english
    return None


def _adjectives(tokens: Sequence[_Token], end: int) -> tuple[int, list[str]]:
    """Where the title's own adjectives after ``end`` stop (« régionale », « marine »), and
    their English; a capitalised word (« Marine Dupont ») is a name."""
    found: list[str] = []
    known = title_adjectives()
    while end < len(tokens) and not tokens[end].capitalised and tokens[end].key in known:
        found.append(known[tokens[end].key])
        end += 1
    return end, found


def _title_end(tokens: Sequence[_Token], end: int) -> int:
    """Where a title matched up to ``end`` stops once its adjectives and modifiers are read,
    and a second title joined by « et » (« comédienne et metteuse en scène »)."""
    end = _adjectives(tokens, end)[0]
    modifier = _post_modifier(tokens, end)
    if modifier is not None:
        end = _adjectives(tokens, end + modifier[0])[0]
    joined = _joined_title(tokens, end)
    if joined is not None:
        second, size, _ = joined
        return _title_end(tokens, second + size)
    return end


def _joined_title(tokens: Sequence[_Token], end: int) -> tuple[int, int, Title] | None:
    """A second title joined by « et » at ``end`` (« comédienne et metteuse en scène »,
    « maire et ancien député »): where it starts past « ancien », its size and its record."""
    if end + 1 >= len(tokens) or tokens[end].key != "et":
        return None
    second = _skip(tokens, end + 1, FORMER)
    matched = _titles().match(tokens, second)
    if matched is None or matched[1].kind == "group":
        return None
    return second, matched[0], matched[1]


def _split_segment(text: str, tokens: Sequence[_Token]) -> tuple[str | None, str | None] | None:
    """Title and organisation of one comma-free stretch, or None when it holds no title."""
    start = _skip(tokens, 0, _determiners())
    keys = tuple(t.key for t in tokens[:3])
    one_of = any(keys[: len(p)] == p for p in _ONE_OF)
    title_start = start
    core = _skip(tokens, start, FORMER)
    matched = _titles().match(tokens, core)
    if matched is None:
        return None
    size, record = matched
    end = core + size
    if (
        end < len(tokens)
        and not tokens[end].capitalised
        and _organizations().match(tokens, end) is not None
    ):
        return None  # « principal syndicat du second degré »: an adjective before a body
    end = _title_end(tokens, end)
    if one_of and record.number == "pl" and title_start == core and end == core + size:
        title: str | None = _singular(record)
    else:
        title = _slice(text, tokens, title_start, end)

    organization = None
    while end < len(tokens) and tokens[end].key in affiliations():
        end += 1  # « le maire écologiste de Grenoble »: the party stands between
    if end < len(tokens) and tokens[end].key in _IN_CHARGE:
        end += 1  # « secrétaire d'État chargé des Transports »: the portfolio follows
    noun = _after_preposition(tokens, end)
    if noun is not None:
        if _names_organization(tokens, noun):
            organization = _slice(text, tokens, noun, _organization_end(tokens, noun))
    elif end < len(tokens):
        demonym = _demonyms().match(tokens, end)
        if demonym is not None:
            # « le ministre russe des Affaires étrangères »: the complement stays with it.
            stop = end + demonym[0]
            complement = _after_preposition(tokens, stop)
            if complement is not None:
                stop = _organization_end(tokens, complement)
            organization = _slice(text, tokens, end, stop)
        else:
            known = _organizations().match(tokens, end)
            if known is not None and tokens[end].capitalised:
                # « la députée LFI »: a known name right after the title.
                organization = _slice(text, tokens, end, end + known[0])
    return title, organization


def _split_organization(text: str, tokens: Sequence[_Token]) -> str | None:
    """The organisation a title-less phrase names, or None when it names none.

    It must be known to the lexicon, or be a capitalised name after an article (« le China
    Daily »); a bare capitalised word is taken for a person's name.
    """
    whole = _organizations().match(tokens, 0)
    if whole is not None and tokens[0].key in _ARTICLES:
        # « Le Monde »: the article belongs to the name.
        return _slice(text, tokens, 0, _organization_end(tokens, 0))
    start = _skip(tokens, 0, _determiners() - _ADJECTIVES)
    if (
        start >= len(tokens)
        or tokens[0].key in _CIVIL
        or tokens[start].key in _CIVIL  # « le Dr Wilner Dorvilien » is a doctor, not a body
        or tokens[start].key in pronouns()
    ):
        return None
    first = tokens[start]
    matched = _organizations().match(tokens, start)
    if (
        matched is not None
        and matched[0] == 1
        and matched[1].form[:1].isupper()
        and not first.capitalised
    ):
        return None  # « la mer », « la santé »: a common word, not the ministry's portfolio
    if matched is None and (
        # A bare capitalised word is more often a surname (« Biden ») than an organisation.
        start == 0 or not first.capitalised or first.key in first_names()
    ):
        return None
    return _slice(text, tokens, start, _organization_end(tokens, start))


def _is_rank(title: str | None) -> bool:
    """« le lieutenant-colonel », « la commandante »: a military or police grade."""
    info = titles().get(normalize_key(title or ""))
    return info is not None and info.canonical in words_of("rank")


def is_relation(title: str | None) -> bool:
    """« son collègue », « sa fille »: who someone is to another; any title after the name
    (« Son collègue Marc Tessier, chercheur au CNRS ») says more."""
    info = titles().get(normalize_key(title or ""))
    return info is not None and info.canonical in words_of("relation")


def _named_after(segment: str, title: str | None) -> bool:
    """« le lieutenant-colonel Éric Vidal »: a capitalised name right after the title."""
    at = segment.find(title or "")
    return at >= 0 and segment[at + len(title or "") :].lstrip()[:1].isupper()


def _is_function(title: str | None) -> bool:
    info = titles().get(normalize_key(title or ""))
    return info is not None and info.kind == "title"


def split_title(description: str) -> tuple[str | None, str | None]:
    """The title and organisation in a French description of a source, both as written.

    Both are slices of ``description``, apostrophes untouched, except after « l'un des »,
    where the title is given in the singular. A person's name after the title or
    organisation is left out; a phrase with no known title is looked for an organisation.

    >>> split_title("la porte-parole de la Maison Blanche")
    ('porte-parole', 'Maison Blanche')
    """
    tokens = _without_party_asides(_tokens(description))
    segments: list[tuple[int, int]] = []
    begin = 0
    for i, token in enumerate(tokens):
        if token.key in {",", "(", ")", ";", ":"}:
            segments.append((begin, i))
            begin = i + 1
    segments.append((begin, len(tokens)))
    # « Le lieutenant-colonel Nathalie Perrin, porte-parole des pompiers de Paris »: a title
    # with its body says more than a rank or a bare title before the name.
    bare: tuple[str | None, str | None] | None = None
    for first, last in segments:
        found = _split_segment(description, tokens[first:last])
        if found is None:
            continue
        if (
            bare is None
            and found[1] is None
            and (_is_rank(found[0]) or is_relation(found[0]))
            and _named_after(description[tokens[first].start : tokens[last - 1].end], found[0])
        ):
            bare = found  # a rank worn before a name: a function after it is the role
            continue
        if bare is not None and not _is_function(found[0]) and not is_relation(bare[0]):
            return bare  # « Le capitaine X, auteur de l'égalisation »: no function follows
        return _with_next_title(description, tokens, segments, (first, last), found)
    if bare is not None:
        return bare
    first, last = segments[0]
    return None, _split_organization(description, tokens[first:last])


def _with_next_title(
    description: str,
    tokens: Sequence[_Token],
    segments: Sequence[tuple[int, int]],
    segment: tuple[int, int],
    found: tuple[str | None, str | None],
) -> tuple[str | None, str | None]:
    """« prévenue, ancienne trésorière de l'association »: a bare title followed by another
    title after a comma is one role, both titles as written and the second's organisation."""
    title, organization = found
    following = segments.index(segment) + 1
    if title is None or organization is not None or following >= len(segments):
        return found
    first, last = segments[following]
    part = tokens[first:last]
    core = _skip(part, _skip(part, 0, _determiners()), FORMER)
    if not part or _titles().match(part, core) is None:
        return found
    second = _split_segment(description, part)
    begin = description.find(title, tokens[segment[0]].start)
    if (
        second is None
        or second[0] is None
        or begin < 0
        # « le capitaine X, auteur du but »: a name after the first title ends the role
        or begin + len(title) != tokens[segment[1] - 1].end
    ):
        return found
    at = description.find(second[0], part[0].start)
    if at < 0 or "(" in description[begin:at]:
        return found  # « le maire (LR), président… » keeps its party out of the title
    return description[begin : at + len(second[0])], second[1]


def _without_party_asides(tokens: tuple[_Token, ...]) -> tuple[_Token, ...]:
    """« le président (LR) du conseil départemental »: a party label in brackets is no
    boundary of the title's phrase; its tokens are left out (offsets still index the text)."""
    if not any(t.key == "(" for t in tokens):
        return tokens
    out: list[_Token] = []
    i = 0
    while i < len(tokens):
        close = _party_close(tokens, i) if tokens[i].key == "(" and out else None
        if close is None:
            out.append(tokens[i])
            i += 1
        else:
            i = close + 1
    return tuple(out)


def _party_close(tokens: Sequence[_Token], i: int) -> int | None:
    """The index of the « ) » closing a party label opened at ``i``, else None."""
    for j in range(i + 2, min(i + 6, len(tokens))):
        if tokens[j].key == ")":
            return j if party_label([t.text for t in tokens[i + 1 : j]]) else None
    return None


@attrs.frozen
class _Label:
    """An English organisation label, and whether the lexicon knew all of it."""

    text: str
    known: bool


def _organization_label(tokens: Sequence[_Token], text: str) -> _Label | None:
    """English for an organisation phrase: [nationality] [complement] head, or as written."""
    # « Le Monde » keeps its article; « la Maison Blanche » does not.
    start = 0 if _organizations().match(tokens, 0) else _skip(tokens, 0, _ARTICLES)
    if start >= len(tokens):
        return None
    written = text[tokens[start].start : tokens[-1].end]
    head: str | None = None
    adjectives: list[str] = []
    i = start
    demonym = _demonyms().match(tokens, i)
    if demonym is not None:
        adjectives.append(demonym[1].english)
        i += demonym[0]
    else:
        known = _organizations().match(tokens, i)
        if known is None:
            return _Label(written, False)
        head = known[1].english
        i += known[0]
        demonym = _demonyms().match(tokens, i)
        if demonym is not None:
            adjectives.append(demonym[1].english)
            i += demonym[0]
    complement: _Label | None = None
    noun = _after_preposition(tokens, i)
    if noun is not None:
        complement = _organization_label(tokens[noun:], text)
    elif i < len(tokens) and head is not None and tokens[i].capitalised:
        # « l'administration Biden »: a proper noun in apposition leads in English.
        complement = _Label(text[tokens[i].start : tokens[-1].end], True)
    elif i < len(tokens):
        return _Label(written, False)
    if complement is not None and not complement.known:
        if head is None:
            return _Label(written, False)
        lead = " ".join([*adjectives, head])
        return _Label(f"{lead} of {complement.text}", False)
    words = [*adjectives, *([complement.text] if complement else []), *([head] if head else [])]
    return _Label(" ".join(words), True)


def _compose(front: list[str], english: str, organization: _Label | None) -> str:
    """Puts the words in English order; "senior" or "deputy" in ``english`` lead the label."""
    first, _, rest = english.partition(" ")
    if first in _FRONT_WORDS and rest and english not in _COMPOUNDS:
        front, english = [*front, first], rest
    if organization is None:
        return " ".join([*front, english])
    if organization.known:
        return " ".join([*front, organization.text, english])
    return " ".join([*front, english, "of", organization.text])


def role_label(title: str | None, organization: str | None) -> str | None:
    """The English role of a source, from its French title and organisation as written.

    Unknown organisation words are kept as written; an unknown title gives the organisation's
    label alone, or None without an organisation.

    >>> role_label("porte-parole", "Maison Blanche")
    'White House spokesperson'
    """
    organization_tokens = _tokens(organization) if organization else ()
    org_label = (
        _organization_label(organization_tokens, organization)
        if organization and organization_tokens
        else None
    )
    if not title or not title.strip():
        return org_label.text if org_label else None
    parts = _titles_listed(title)
    if len(parts) > 1:
        # « prévenue, ancienne trésorière »: each title in turn, the organisation with the last
        labels = [role_label(p, None) for p in parts[:-1]]
        labels.append(role_label(parts[-1], organization))
        if all(labels):
            return ", ".join(label for label in labels if label)

    tokens = _tokens(title)
    start = _skip(tokens, 0, _determiners())
    front: list[str] = []
    core = _skip(tokens, start, FORMER)
    if core > start:
        front.append("former")
    matched = _titles().match(tokens, core)
    if matched is None:
        civility = civility_title(title)
        if civility is not None:
            return _compose(front, titles()[civility].english, org_label)  # « Me Fitoussi »
        return org_label.text if org_label else None
    size, record = matched
    end = core + size
    if record.english in _MUNICIPAL and org_label is not None and org_label.known:
        # « l'adjointe aux finances »: a deputy with a portfolio is the deputy mayor
        record = attrs.evolve(record, english=_MUNICIPAL[record.english])

    english, end = _title_english(tokens, end, record.english, front)
    while (joined := _joined_title(tokens, end)) is not None:
        # « comédienne et metteuse en scène »: both titles, the organisation after the last
        second, size, other = joined
        more = ["former"] if second > end + 1 else []
        second_english, end = _title_english(tokens, second + size, other.english, more)
        english = f"{english} and {' '.join([*more, second_english])}"
    posted = _diplomatic_post(tokens, end, english)
    if posted is None and end == len(tokens) and organization_tokens:
        posted = _diplomatic_post(organization_tokens, 0, english, organization=True)
    if posted is not None:
        return _compose(front, posted, None)
    # « ministre de l'Intérieur » given as one title: its complement is an organisation,
    # and so is a known word right after it (« ministre français »).
    noun = _after_preposition(tokens, end)
    if noun is not None and not _names_organization(tokens, noun):
        noun = None  # « ingénieur de vol »: a noun complement, part of the title
        end = len(tokens)
    inner = _organization_label(tokens[noun if noun is not None else end :], title)
    if inner is not None and (noun is not None or inner.known):
        if org_label is None:
            org_label = inner
        else:
            known = org_label.known and inner.known
            org_label = _Label(f"{org_label.text} {inner.text}", known)
    return _compose(front, english, org_label)


def _title_english(
    tokens: Sequence[_Token], end: int, english: str, front: list[str]
) -> tuple[str, int]:
    """A title's English with its adjectives (« déléguée régionale » → "regional delegate"),
    where it stops, and the modifier that leads the label (« adjoint » → "deputy") put in
    ``front``."""
    end, adjectives = _adjectives(tokens, end)
    modifier = _post_modifier(tokens, end)
    if modifier is not None:
        front.append(modifier[1])
        end, more = _adjectives(tokens, end + modifier[0])
        adjectives += more
    return " ".join([*adjectives, english]), end


# Diplomats name the country that sends them and the one they are posted to.
_DIPLOMATS: Final = (
    "ambassador",
    "ambassadors",
    "consul",
    "consuls",
    "consul general",
    "consuls general",
)
_POSTED_TO: Final = frozenset({"au", "aux", "en", "à", "auprès"})


def _diplomatic_post(
    tokens: Sequence[_Token], end: int, english: str, *, organization: bool = False
) -> str | None:
    """« ambassadeur de France au Mali » → "French ambassador to Mali", « consul général
    d'Italie à Lyon » → "Italian consul general in Lyon": read word for word, the
    prepositions would give "ambassador of France au Mali". With ``organization``, the
    tokens are the organisation a mention split off its title (« France au Mali »)."""
    if not english.endswith(_DIPLOMATS) or end >= len(tokens):
        return None  # « ambassadeur », « consul honoraire » (honorary consul)
    sender: str | None = None
    i = end
    adjective = _demonyms().match(tokens, i)
    if adjective is not None:  # « ambassadeur américain au Mali »
        sender, i = adjective[1].english, i + adjective[0]
    elif organization or tokens[i].key in ("de", "d'", "du", "des"):
        j = _skip(tokens, i if organization else i + 1, _ARTICLES)
        matched = _countries().match(tokens, j)
        if matched is None:
            return None
        sender, i = matched[1].english, j + matched[0]
    host: str | None = None
    if i < len(tokens) and tokens[i].key in _POSTED_TO:
        j = i + 1
        if (
            tokens[i].key == "auprès"
            and j < len(tokens)
            and tokens[j].key in ("de", "du", "des", "d'")
        ):
            j += 1
        j = _skip(tokens, j, _ARTICLES)
        place = _countries().match(tokens, j)
        body = _organizations().match(tokens, j) if place is None else None
        if place is not None:
            host, i = place[1].country_en, j + place[0]
        elif body is not None:
            host, i = body[1].english, j + body[0]  # « auprès de l'Union européenne »
        elif j < len(tokens) and tokens[j].capitalised:
            host, i = tokens[j].text, j + 1  # a city: « consul à Québec »
    if i != len(tokens) or (sender is None and host is None):
        return None  # more words than a post: left to the general reading
    preposition = "in" if "consul" in english else "to"
    return " ".join(
        [*([sender] if sender else []), english, *([preposition, host] if host else [])]
    )


def _titles_listed(title: str) -> list[str]:
    """The titles of « prévenue, ancienne trésorière », when every part between commas holds
    one; else the whole."""
    parts = [p.strip() for p in title.split(",")]
    if len(parts) < 2 or not all(
        _titles().match(tokens, _skip(tokens, _skip(tokens, 0, _determiners()), FORMER))
        for tokens in map(_tokens, parts)
    ):
        return [title]
    return parts
