"""Word lists about people, titles and organisations, loaded once from the package data files.

Language knowledge lives in ``data/*.tsv`` so that a linguist can extend it without touching
code; this module only reads, checks and indexes those files. Every mapping is keyed by
:func:`normalize_key`, so callers look words up with the same function and never worry about
case, curly apostrophes or no-break spaces. The verb lists have their own loaders in
``quoteattr.verbs``.
"""

from __future__ import annotations

import functools
import types
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from importlib import resources
from typing import Final, TypeVar

import attrs
import regex

__all__ = [
    "Adverb",
    "Demonym",
    "FirstName",
    "LexiconError",
    "NonAttributive",
    "Organization",
    "Pronoun",
    "SourceNoun",
    "Title",
    "adverbs",
    "demonyms",
    "first_names",
    "fold_key",
    "non_attributive",
    "normalize_key",
    "organizations",
    "pronouns",
    "source_nouns",
    "time_pattern",
    "titles",
]

T = TypeVar("T")

_APOSTROPHES: Final = str.maketrans(
    {
        "\N{RIGHT SINGLE QUOTATION MARK}": "'",
        "\N{LEFT SINGLE QUOTATION MARK}": "'",
        "\N{MODIFIER LETTER APOSTROPHE}": "'",
        "\N{PRIME}": "'",
    }
)
# \s covers the no-break spaces too (U+00A0, U+202F), so they collapse with the rest.
_SPACES: Final = regex.compile(r"\s+")

GENDERS: Final = frozenset({"m", "f", "e"})
NUMBERS: Final = frozenset({"sg", "pl"})
TITLE_KINDS: Final = frozenset({"title", "source", "group"})
ORGANIZATION_KINDS: Final = frozenset(
    {
        "government",
        "international",
        "party",
        "company",
        "media",
        "police",
        "justice",
        "ngo",
        "union",
        "sport",
        "other",
    }
)
ARTICLES: Final = frozenset({"", "le", "la", "l'", "les"})
NAME_GENDERS: Final = frozenset({"m", "f", "u"})
SOURCE_KINDS: Final = frozenset({"person", "group", "document", "organization", "anonymous"})
STRENGTHS: Final = frozenset({"strong", "weak"})
NON_ATTRIBUTIVE_KINDS: Final = frozenset(
    {
        "condition",
        "stipulation",
        "method",
        "adaptation",
        "fixed",
        "idiom",
        "hearsay",
        "naming",
        "concerned",
    }
)
ADVERB_KINDS: Final = frozenset({"negation", "adverb", "time", "weekday", "daypart", "month"})
TIME_KINDS: Final = frozenset({"time", "weekday", "daypart", "month"})
PRONOUN_GENDERS: Final = frozenset({"m", "f", "u"})
PRONOUN_NUMBERS: Final = frozenset({"sg", "pl", "u"})
PRONOUN_PERSONS: Final = frozenset({"1", "2", "3"})
PRONOUN_KINDS: Final = frozenset({"personal", "demonstrative", "latter", "same"})


class LexiconError(ValueError):
    """A data file is malformed; the message names the file and the line to fix."""


def normalize_key(s: str) -> str:
    """The form every lexicon key takes, so that news spelling variants meet one entry.

    >>> normalize_key("Secrétaire d\N{RIGHT SINGLE QUOTATION MARK}État\N{NO-BREAK SPACE} ")
    "secrétaire d'état"
    """
    if s.isalpha() and "\N{MODIFIER LETTER APOSTROPHE}" not in s:
        # One plain word, already composed: the common case, kept fast. A word already in
        # lower case is returned as it is, so that indexes share the lexicon's strings.
        return s if s.islower() else s.lower()
    s = unicodedata.normalize("NFC", s).translate(_APOSTROPHES)
    collapsed: str = _SPACES.sub(" ", s)
    return collapsed.strip().lower()


def fold_key(s: str) -> str:
    """:func:`normalize_key` without accents, for news that drops them on capitals (« Etat »).

    Lexicon keys keep their accents; use this only as a fallback when the exact key misses.

    >>> fold_key("Secrétaire d'Etat")
    "secretaire d'etat"
    """
    if s.isascii():
        return normalize_key(s)
    decomposed = unicodedata.normalize("NFD", normalize_key(s))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@attrs.frozen
class _Row:
    """One data line, kept with its place so errors can point at it."""

    name: str
    line: int
    fields: tuple[str, ...]

    def error(self, message: str) -> LexiconError:
        return LexiconError(f"{self.name}, line {self.line}: {message}")

    def choice(self, index: int, allowed: frozenset[str], column: str) -> str:
        value = self.fields[index]
        if value not in allowed:
            raise self.error(
                f"column {column!r} is {value!r}; expected one of {', '.join(sorted(allowed))}"
            )
        return value

    def text(self, index: int, column: str) -> str:
        value = self.fields[index]
        if not value.strip():
            raise self.error(f"column {column!r} is empty")
        return value


def _read_tsv(name: str, columns: int | None = None) -> tuple[_Row, ...]:
    """The data rows of ``data/NAME``, each checked to have the same number of columns.

    ``columns`` defaults to the width of the first data row.
    """
    path = resources.files("quoteattr") / "data" / name
    try:
        content = path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise LexiconError(f"{name}: data file not found in quoteattr/data/") from error
    rows: list[_Row] = []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = tuple(field.strip() for field in line.split("\t"))
        if columns is None:
            columns = len(fields)
        if len(fields) != columns:
            raise LexiconError(
                f"{name}, line {number}: expected {columns} tab-separated columns, "
                f"found {len(fields)}: {line!r}"
            )
        rows.append(_Row(name, number, fields))
    if not rows:
        raise LexiconError(f"{name}: no data rows")
    return tuple(rows)


def _index(rows: Iterable[_Row], build: Callable[[_Row], tuple[str, T]]) -> Mapping[str, T]:
    """A read-only mapping from normalised key to record; a repeated key is an error."""
    found: dict[str, T] = {}
    first_line: dict[str, int] = {}
    for row in rows:
        key, record = build(row)
        key = normalize_key(key)
        if key in found:
            raise row.error(f"duplicate key {key!r} (first on line {first_line[key]})")
        found[key] = record
        first_line[key] = row.line
    return types.MappingProxyType(found)


def _optional(value: str) -> str | None:
    return value or None


@attrs.frozen
class Title:
    """A form of a French title or source noun, with what agreement and translation need."""

    form: str
    canonical: str
    gender: str
    number: str
    english: str
    kind: str


@attrs.frozen
class Organization:
    """An organisation's name as written, with its article noted since the form has none."""

    form: str
    article: str | None
    canonical: str
    english: str
    kind: str
    country: str | None

    @property
    def generic(self) -> bool:
        """A generic noun (« agence », « syndicat »), not a body's name."""
        return self.form == self.canonical and self.form.islower()


@attrs.frozen
class Demonym:
    """A form of an adjective of nationality and the country it points to."""

    form: str
    english: str
    country_fr: str
    country_en: str


@attrs.frozen
class FirstName:
    """A given name, to tell « Emily Horne » from « Maison Blanche »."""

    name: str
    gender: str


@attrs.frozen
class SourceNoun:
    """A noun that makes « selon … » name a source; weak ones need a complement to do so."""

    noun: str
    kind: str
    strength: str


@attrs.frozen
class NonAttributive:
    """A context where « selon », « d'après » or « pour » (or « dire ») reports no one."""

    trigger: str
    following: str
    kind: str

    @property
    def phrase(self) -> str:
        """The whole phrase, as the mapping's key spells it."""
        return normalize_key(f"{self.trigger} {self.following}")


@attrs.frozen
class Adverb:
    """A word that may sit inside a verb group without ending it."""

    form: str
    kind: str

    @property
    def is_time(self) -> bool:
        return self.kind in TIME_KINDS


@attrs.frozen
class Pronoun:
    """A pronoun or back-referring description, with what agreement checks need."""

    form: str
    gender: str
    number: str
    person: int
    kind: str


@functools.cache
def titles() -> Mapping[str, Title]:
    """Titles, functions and source nouns by form, every gender and number listed.

    >>> titles()["porte-parole"].english
    'spokesperson'
    """

    def build(row: _Row) -> tuple[str, Title]:
        form = row.text(0, "form")
        return form, Title(
            form=form,
            canonical=row.text(1, "canonical"),
            gender=row.choice(2, GENDERS, "gender"),
            number=row.choice(3, NUMBERS, "number"),
            english=row.text(4, "english"),
            kind=row.choice(5, TITLE_KINDS, "kind"),
        )

    return _index(_read_tsv("titles.tsv", 6), build)


@functools.cache
def organizations() -> Mapping[str, Organization]:
    """Organisations by name and alias, without their leading article.

    >>> organizations()["maison blanche"].english
    'White House'
    """

    def build(row: _Row) -> tuple[str, Organization]:
        form = row.text(0, "form")
        country = row.fields[5]
        if country and not regex.fullmatch(r"[A-Z]{2}", country):
            raise row.error(f"column 'country' is {country!r}; expected an ISO alpha-2 code")
        return form, Organization(
            form=form,
            article=_optional(row.choice(1, ARTICLES, "article")),
            canonical=row.text(2, "canonical"),
            english=row.text(3, "english"),
            kind=row.choice(4, ORGANIZATION_KINDS, "kind"),
            country=_optional(country),
        )

    return _index(_read_tsv("organizations.tsv", 6), build)


@functools.cache
def demonyms() -> Mapping[str, Demonym]:
    """Adjectives of nationality by form.

    >>> demonyms()["américaine"].english
    'US'
    """

    def build(row: _Row) -> tuple[str, Demonym]:
        form = row.text(0, "form")
        return form, Demonym(
            form=form,
            english=row.text(1, "english"),
            country_fr=row.text(2, "country_fr"),
            country_en=row.text(3, "country_en"),
        )

    return _index(_read_tsv("demonyms.tsv", 4), build)


@functools.cache
def first_names() -> Mapping[str, FirstName]:
    """Given names by lowercase name (compound names such as « jean-luc » included).

    >>> first_names()["emily"].gender
    'f'
    """

    def build(row: _Row) -> tuple[str, FirstName]:
        name = row.text(0, "name")
        return name, FirstName(name=name, gender=row.choice(1, NAME_GENDERS, "gender"))

    return _index(_read_tsv("first_names.tsv", 2), build)


@functools.cache
def _folded_first_names() -> Mapping[str, FirstName]:
    """Given names by accent-free key (« ines » for « Inès »), the first of each key."""
    out: dict[str, FirstName] = {}
    for key, name in first_names().items():
        out.setdefault(fold_key(key), name)
    return types.MappingProxyType(out)


@functools.lru_cache(maxsize=1 << 14)
def first_name(word: str) -> FirstName | None:
    """The given name a word is, listed or not: a compound of listed names (« Serge-Alain »,
    « Ange-Marie ») takes its first part's gender; a name written without its accent
    (« Ines ») is the listed one.

    >>> first_name("Serge-Alain").gender
    'm'
    """
    key = normalize_key(word)
    found = first_names().get(key) or _folded_first_names().get(fold_key(key))
    if found is not None or "-" not in key:
        return found
    parts = key.split("-")
    if len(parts) != 2 or not all(first_name(part) for part in parts):
        return None
    head = first_name(parts[0])
    return None if head is None else FirstName(name=word, gender=head.gender)


@functools.cache
def view_phrases() -> Mapping[str, tuple[str, ...]]:
    """Phrases read like « selon » (« aux yeux de », « de l'avis des »), with their words
    as the tokeniser cuts them.

    >>> view_phrases()["de l'avis des"]
    ('de', "l'", 'avis', 'des')
    """

    def build(row: _Row) -> tuple[str, tuple[str, ...]]:
        phrase = row.text(0, "phrase")
        return phrase, tuple(phrase.replace("'", "' ").split())

    return _index(_read_tsv("view_phrases.tsv", 1), build)


@functools.cache
def view_words() -> frozenset[str]:
    """The content words of the view phrases (« yeux », « avis », « croire »): a sentence
    holds a view phrase only if it holds one of them."""
    return frozenset(w for phrase in view_phrases().values() for w in phrase if len(w) > 3)


@functools.cache
def source_nouns() -> Mapping[str, SourceNoun]:
    """Nouns that turn « selon les … » into a source, by noun.

    >>> source_nouns()["sources"].strength
    'strong'
    """

    def build(row: _Row) -> tuple[str, SourceNoun]:
        noun = row.text(0, "noun")
        return noun, SourceNoun(
            noun=noun,
            kind=row.choice(1, SOURCE_KINDS, "kind"),
            strength=row.choice(2, STRENGTHS, "strength"),
        )

    return _index(_read_tsv("source_nouns.tsv", 3), build)


def source_kind(noun: str) -> str | None:
    """The kind of source a noun names (« rapport »: document, « société »: organization), or
    None for a noun that names none.

    >>> source_kind("rapport"), source_kind("table")
    ('document', None)
    """
    found = source_nouns().get(noun)
    return None if found is None else found.kind


@functools.cache
def non_attributive() -> Mapping[str, NonAttributive]:
    """Non-attributive phrases keyed by the whole phrase (trigger and following words).

    A row matches any text that starts with its phrase: « selon les cas » covers « selon les
    cas de figure ».

    >>> non_attributive()["selon les cas"].kind
    'condition'
    """

    def build(row: _Row) -> tuple[str, NonAttributive]:
        record = NonAttributive(
            trigger=row.text(0, "trigger"),
            following=row.fields[1],
            kind=row.choice(2, NON_ATTRIBUTIVE_KINDS, "kind"),
        )
        return record.phrase, record

    return _index(_read_tsv("non_attributive.tsv", 3), build)


@functools.cache
def adverbs() -> Mapping[str, Adverb]:
    """Negations, adverbs and time words that a verb group may hold, by form.

    >>> adverbs()["toutefois"].kind
    'adverb'
    """

    def build(row: _Row) -> tuple[str, Adverb]:
        form = row.text(0, "form")
        return form, Adverb(form=form, kind=row.choice(1, ADVERB_KINDS, "kind"))

    return _index(_read_tsv("adverbs.tsv", 2), build)


@functools.cache
def pronouns() -> Mapping[str, Pronoun]:
    """Pronouns and back-referring descriptions by form.

    >>> pronouns()["cette dernière"].gender
    'f'
    """

    def build(row: _Row) -> tuple[str, Pronoun]:
        form = row.text(0, "form")
        return form, Pronoun(
            form=form,
            gender=row.choice(1, PRONOUN_GENDERS, "gender"),
            number=row.choice(2, PRONOUN_NUMBERS, "number"),
            person=int(row.choice(3, PRONOUN_PERSONS, "person")),
            kind=row.choice(4, PRONOUN_KINDS, "kind"),
        )

    return _index(_read_tsv("pronouns.tsv", 5), build)


def _alternation(kind: str) -> str:
    forms = sorted((a.form for a in adverbs().values() if a.kind == kind), key=len, reverse=True)
    return "|".join(regex.escape(form) for form in forms)


@functools.cache
def time_pattern() -> regex.Pattern[str]:
    """A pattern for weekday-led times and dates, built from the weekday, daypart and month rows.

    Listing every « mardi 12 mars » is impossible, so the shape is a pattern and only the
    words are data. Case-insensitive; the match is the whole expression.

    >>> time_pattern().search("a-t-il dit mardi 12 mars au soir").group()
    'mardi 12 mars'
    """
    weekday, daypart, month = (_alternation(k) for k in ("weekday", "daypart", "month"))
    date = rf"(?:1er|\d{{1,2}})\s+(?:{month})(?:\s+\d{{4}})?"
    return regex.compile(
        rf"\b(?:(?:{weekday})(?:\s+{date})?(?:\s+(?:{daypart}))?"
        rf"(?:\s+(?:dernier|prochain))?|{date})\b",
        regex.IGNORECASE,
    )


@functools.cache
def role_synonyms() -> Mapping[str, str]:
    """English role phrases and the canonical phrase they stand for (« foreign minister » →
    « top diplomat »), used to tell that two descriptions name the same function."""
    return _index(
        _read_tsv("role_synonyms.tsv", 2),
        lambda row: (row.fields[0].lower(), row.fields[1].lower()),
    )


@functools.cache
def title_classes() -> Mapping[str, frozenset[str]]:
    """General titles (canonical forms) and the specific ones each may stand for: « l'élue »
    may be the « députée » named before. Every title must be a canonical form of titles.tsv."""
    canonical = {t.canonical for t in titles().values()}

    def build(row: _Row) -> tuple[str, frozenset[str]]:
        general = row.text(0, "general")
        specific = frozenset(w.strip() for w in row.text(1, "specific").split(","))
        unknown = sorted(({general} | specific) - canonical)
        if unknown:
            raise row.error(f"{', '.join(unknown)} not a canonical title of titles.tsv")
        return general, specific

    return _index(_read_tsv("title_classes.tsv", 2), build)


@functools.cache
def civilities() -> Mapping[str, str]:
    """Abbreviated titles that say what a person does (« Me » → « avocat »), by lexicon key,
    with the canonical title each stands for; every title must be one of titles.tsv."""
    canonical = {t.canonical for t in titles().values()}

    def build(row: _Row) -> tuple[str, str]:
        title = row.text(1, "title")
        if title not in canonical:
            raise row.error(f"{title} not a canonical title of titles.tsv")
        return normalize_key(row.text(0, "civility")), title

    return _index(_read_tsv("civilities.tsv", 2), build)


def civility_title(written: str) -> str | None:
    """The canonical title an abbreviation as written stands for (« Me » or « Me. » →
    « avocat »), else None."""
    return civilities().get(normalize_key(written.strip().rstrip(".")))


@functools.cache
def title_adjectives() -> Mapping[str, str]:
    """Adjectives that belong to a title (« régionale », « marine ») and their English."""
    return _index(
        _read_tsv("title_adjectives.tsv", 2),
        lambda row: (normalize_key(row.fields[0]), row.fields[1]),
    )


@functools.cache
def affiliations() -> Mapping[str, str]:
    """Affiliation adjectives (« écologiste », « syndicale ») and their English adjective."""
    return _index(
        _read_tsv("affiliations.tsv", 2),
        lambda row: (normalize_key(row.fields[0]), row.fields[1]),
    )
