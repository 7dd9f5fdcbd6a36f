"""French reporting verbs: the lexicon files, a conjugation routine, and form indexes.

A cue finder meets verbs in every tense and person (« a déclaré », « déclarait »,
« reconnaît-elle »), so it needs every surface form of every reporting lemma. Typing those
forms by hand would mean thousands of lines nobody can check; instead the data lists lemmas
(``verbs.tsv``) and only the paradigms that cannot be derived (``irregular_verbs.tsv``), and
this module conjugates the rest: regular -er verbs with their spelling changes, -ir verbs of
the finir type, -dre verbs of the rendre type, and compounds of the irregular verbs by prefix
substitution (prévenir from venir). Everything is computed once and cached.
"""

from __future__ import annotations

import contextlib
import functools
import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from typing import Final, TypeVar

import attrs
import regex

from quoteattr.grammar import words_of
from quoteattr.lexicon import LexiconError, normalize_key

__all__ = [
    "AGREEMENTS",
    "COMPLEMENTS",
    "FINITE_TENSES",
    "MODALITIES",
    "PREPOSITIONS",
    "TENSES",
    "VERB_CLASSES",
    "CatenativeEntry",
    "CatenativeInfo",
    "FormInfo",
    "LightVerb",
    "Paradigm",
    "ReportingNoun",
    "VerbEntry",
    "auxiliary_index",
    "catenative_index",
    "conjugate",
    "form_index",
    "inversion_forms",
    "light_verb_regex",
    "load_catenatives",
    "load_light_verbs",
    "load_reporting_nouns",
    "load_verbs",
    "reporting_nouns",
    "verb_entry",
]

VERB_CLASSES: Final = frozenset({"speech", "assertion", "stance", "request", "writing", "manner"})
COMPLEMENTS: Final = frozenset(
    {
        "que",
        "de_inf",
        "inf",
        "quote",
        "obj",
        "obj_claim",
        "obj_de",
        "obj_comme",
        "obj_a",
        "obj_que",
        "si",
        "incise",
    }
)
AUXILIARIES: Final = frozenset({"avoir", "être"})
PREPOSITIONS: Final = frozenset({"", "à", "de", "par"})
MODALITIES: Final = frozenset({"none", "hypothetical", "intended", "refusal"})
GENDERS: Final = frozenset({"m", "f"})
# Tenses with six persons, in the order of the Paradigm fields.
FINITE_TENSES: Final = (
    "present",
    "imperfect",
    "simple_past",
    "future",
    "conditional",
    "subjunctive",
    "subjunctive_imperfect",
)
TENSES: Final = frozenset(
    {
        *FINITE_TENSES,
        "imperative",
        "past_participle",
        "present_participle",
        "infinitive",
    }
)
# Past participle slots, in the order of Paradigm.past_participle.
AGREEMENTS: Final = ("m.sg", "f.sg", "m.pl", "f.pl")
_IMPERATIVE_PERSONS: Final = (2, 4, 5)
_SLOTS: Final = types.MappingProxyType(
    {
        **dict.fromkeys(FINITE_TENSES, 6),
        "imperative": 3,
        "past_participle": 4,
        "present_participle": 1,
    }
)
# Tenses after which a subject pronoun can be inverted (« dit-il », « eût-il »).
_INVERTIBLE: Final = frozenset(
    {"present", "imperfect", "simple_past", "future", "conditional", "subjunctive_imperfect"}
)

# A stem ending in é + consonants: répét-, concéd-, allégu- (gu/qu count as consonants).
_E_ACUTE_STEM: Final = regex.compile(r"é(?P<tail>(?:gu|qu|[bcdfghjklmnpqrstvwxzç])+)$")
# A stem ending in a plain e + one consonant, not after a vowel: lev-, achet-, appel-.
_E_MUTE_STEM: Final = regex.compile(
    r"(?<![aeiouyàâéèêëîïôûù])e(?P<tail>gu|qu|[bcdfghjklmnpqrstvwxzç])$"
)
# -eler/-eter verbs that double the consonant (appelle, jette) rather than take è (achète).
_DOUBLING: Final = ("appeler", "jeter", "épeler", "renouveler", "grommeler", "étiqueter")
# Verbal prefixes that make a compound follow its base verb (abs-tenir, pro-mettre).
_PREFIXES: Final = frozenset(
    {
        *("ab", "abs", "ad", "ap", "com", "con", "contre", "dé", "dés", "di", "dis", "é"),
        *("em", "en", "entre", "inter", "main", "o", "ob", "per", "pour", "pré", "pro"),
        *("re", "ré", "sou", "sous", "sub", "sur", "trans"),
    }
)
# -dre verbs that are not of the rendre type.
_NOT_RENDRE: Final = ("prendre", "indre", "soudre", "coudre", "moudre")
_SUBJECT_SINGULAR: Final = ("il", "elle", "on")
_SUBJECT_PLURAL: Final = ("ils", "elles")

_T = TypeVar("_T")
_V = TypeVar("_V")

# One tense of a paradigm while it is built: per slot, the main form then accepted variants;
# an empty slot is a form that does not exist (no imperative of pouvoir).
_Slots = tuple[tuple[str, ...], ...]
_Cells = Mapping[str, _Slots]


def _one_of(allowed: Iterable[str]) -> Callable[[object, attrs.Attribute[str], str], None]:
    """A validator whose message names the field and what it accepts."""
    choices = frozenset(allowed)

    def check(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
        if value not in choices:
            raise ValueError(
                f"{type(instance).__name__}.{attribute.name} must be one of "
                f"{', '.join(sorted(choices))}; got {value!r}"
            )

    return check


_Check = Callable[[object, "attrs.Attribute[_V]", "_V"], None]


def _subset_of(allowed: frozenset[str]) -> _Check[frozenset[str]]:
    def check(
        instance: object, attribute: attrs.Attribute[frozenset[str]], value: frozenset[str]
    ) -> None:
        unknown = value - allowed
        if unknown or not value:
            raise ValueError(
                f"{type(instance).__name__}.{attribute.name} must be a non-empty subset of "
                f"{', '.join(sorted(allowed))}; got {sorted(value)}"
            )

    return check


def _sized(size: int) -> _Check[tuple[str, ...]]:
    def check(
        instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
    ) -> None:
        if len(value) != size:
            name = f"{type(instance).__name__}.{attribute.name}"
            raise ValueError(f"{name} must hold {size} forms; got {len(value)}")

    return check


@attrs.frozen
class VerbEntry:
    """One row of verbs.tsv: how a lemma reports and what content it takes."""

    lemma: str
    pronominal: bool
    verb_class: str = attrs.field(validator=_one_of(VERB_CLASSES))
    aux: str = attrs.field(validator=_one_of(AUXILIARIES))
    complements: frozenset[str] = attrs.field(validator=_subset_of(COMPLEMENTS))
    model: str | None = None


@attrs.frozen
class CatenativeEntry:
    """One row of catenatives.tsv; ``fixed`` holds the words after the verb (« censé* »)."""

    lemma: str
    pronominal: bool
    preposition: str = attrs.field(validator=_one_of(PREPOSITIONS))
    modality: str = attrs.field(validator=_one_of(MODALITIES))

    @property
    def verb(self) -> str:
        """The conjugated word: « être » for « être censé »."""
        return self.lemma.split(" ", 1)[0]

    @property
    def fixed(self) -> tuple[str, ...]:
        """The fixed words after the verb, ``*`` marking those that agree."""
        return tuple(self.lemma.split()[1:])

    @property
    def name(self) -> str:
        """The lemma without agreement marks: « être censé »."""
        return self.lemma.replace("*", "")


@attrs.frozen
class LightVerb:
    """One row of light_verbs.tsv: a verb plus fixed words that together report speech."""

    verb: str
    pronominal: bool
    pattern: str
    verb_class: str = attrs.field(validator=_one_of(VERB_CLASSES))
    complements: frozenset[str] = attrs.field(validator=_subset_of(COMPLEMENTS))


@attrs.frozen
class ReportingNoun:
    """One row of reporting_nouns.tsv: a noun naming an act of speech or writing."""

    noun: str
    gender: str = attrs.field(validator=_one_of(GENDERS))
    verb_class: str = attrs.field(validator=_one_of(VERB_CLASSES))
    plural: str


@attrs.frozen
class FormInfo:
    """One reading of a surface form: which lemma, tense and person it can be.

    ``person`` is 1 to 6 for finite forms (2, 4, 5 for the imperative) and 0 otherwise;
    ``agreement`` is m.sg, f.sg, m.pl or f.pl for past participles and empty otherwise.
    """

    lemma: str
    pronominal: bool
    verb_class: str
    tense: str = attrs.field(validator=_one_of(TENSES))
    person: int = attrs.field(validator=[attrs.validators.ge(0), attrs.validators.le(6)])
    agreement: str = attrs.field(default="", validator=_one_of(("", *AGREEMENTS)))


@attrs.frozen
class CatenativeInfo:
    """One reading of a catenative form, with what links it to the infinitive it governs."""

    lemma: str
    pronominal: bool
    preposition: str = attrs.field(validator=_one_of(PREPOSITIONS))
    modality: str = attrs.field(validator=_one_of(MODALITIES))
    tense: str = attrs.field(validator=_one_of(TENSES))
    person: int = attrs.field(validator=[attrs.validators.ge(0), attrs.validators.le(6)])
    agreement: str = attrs.field(default="", validator=_one_of(("", *AGREEMENTS)))


@attrs.frozen
class Paradigm:
    """Every simple form of one verb; an empty string is a form that does not exist.

    Finite tenses hold the six persons (je, tu, il, nous, vous, ils), the imperative the
    three (tu, nous, vous), the past participle m.sg, f.sg, m.pl, f.pl. ``variants`` lists
    accepted second spellings as (tense, slot index, form): répèterai beside répéterai.
    """

    lemma: str
    infinitive: str
    present_participle: str
    past_participle: tuple[str, ...] = attrs.field(validator=_sized(4))
    present: tuple[str, ...] = attrs.field(validator=_sized(6))
    imperfect: tuple[str, ...] = attrs.field(validator=_sized(6))
    simple_past: tuple[str, ...] = attrs.field(validator=_sized(6))
    future: tuple[str, ...] = attrs.field(validator=_sized(6))
    conditional: tuple[str, ...] = attrs.field(validator=_sized(6))
    subjunctive: tuple[str, ...] = attrs.field(validator=_sized(6))
    subjunctive_imperfect: tuple[str, ...] = attrs.field(validator=_sized(6))
    imperative: tuple[str, ...] = attrs.field(validator=_sized(3))
    variants: tuple[tuple[str, int, str], ...] = ()

    def tense(self, name: str) -> tuple[str, ...]:
        """The forms of one tense, by its index name (« present_participle » gives one)."""
        if name == "infinitive":
            return (self.infinitive,)
        if name == "present_participle":
            return (self.present_participle,)
        if name not in _SLOTS:
            raise ValueError(f"unknown tense {name!r}; expected one of {', '.join(sorted(TENSES))}")
        forms: tuple[str, ...] = getattr(self, name)
        return forms

    def readings(self) -> tuple[tuple[str, str, int, str], ...]:
        """Every existing form as (form, tense, person, agreement), variants included.

        >>> ("dit", "present", 3, "") in conjugate("dire").readings()
        True
        """
        out: list[tuple[str, str, int, str]] = [(self.infinitive, "infinitive", 0, "")]
        for name in (*FINITE_TENSES, "imperative", "past_participle", "present_participle"):
            for slot, form in enumerate(self.tense(name)):
                if form:
                    out.append((form, name, *_slot_reading(name, slot)))
        for name, slot, form in self.variants:
            out.append((form, name, *_slot_reading(name, slot)))
        return tuple(out)

    def forms(self) -> frozenset[str]:
        """The distinct surface forms, for checks and simple membership tests."""
        return frozenset(reading[0] for reading in self.readings())


def _slot_reading(tense: str, slot: int) -> tuple[int, str]:
    """(person, agreement) of one slot of a tense."""
    if tense in FINITE_TENSES:
        return slot + 1, ""
    if tense == "imperative":
        return _IMPERATIVE_PERSONS[slot], ""
    if tense == "past_participle":
        return 0, AGREEMENTS[slot]
    return 0, ""


# --- reading the data files -------------------------------------------------------------


def _rows(name: str, columns: int) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """(line number, fields) of each data line of ``data/NAME``, checked for width."""
    path = resources.files("quoteattr") / "data" / name
    try:
        content = path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise LexiconError(f"{name}: data file not found in quoteattr/data/") from error
    rows: list[tuple[int, tuple[str, ...]]] = []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = tuple(field.strip() for field in line.split("\t"))
        if len(fields) != columns:
            raise LexiconError(
                f"{name}, line {number}: expected {columns} tab-separated columns, "
                f"found {len(fields)}: {line!r}"
            )
        rows.append((number, fields))
    if not rows:
        raise LexiconError(f"{name}: no data rows")
    return tuple(rows)


@contextlib.contextmanager
def _at_line(name: str, number: int) -> Iterator[None]:
    """Turn a row's ValueError into a LexiconError that names the file and line."""
    try:
        yield
    except LexiconError:
        raise
    except ValueError as error:
        raise LexiconError(f"{name}, line {number}: {error}") from error


def _flag(name: str, number: int, value: str) -> bool:
    if value not in ("0", "1"):
        raise LexiconError(f"{name}, line {number}: pronominal must be 0 or 1; got {value!r}")
    return value == "1"


def _complements(value: str) -> frozenset[str]:
    return frozenset(part.strip() for part in value.split(",") if part.strip())


def _no_duplicates(name: str, keys: Iterable[tuple[int, object]]) -> None:
    seen: dict[object, int] = {}
    for number, key in keys:
        if key in seen:
            raise LexiconError(f"{name}, line {number}: repeats line {seen[key]} ({key!r})")
        seen[key] = number


@functools.cache
def load_verbs() -> tuple[VerbEntry, ...]:
    """The reporting verbs of verbs.tsv, in file order.

    >>> next(e for e in load_verbs() if e.lemma == "plaindre").pronominal
    True
    """
    name = "verbs.tsv"
    rows = _rows(name, 6)
    _no_duplicates(name, ((n, (f[0], f[1])) for n, f in rows))
    entries: list[VerbEntry] = []
    for number, (lemma, pronominal, verb_class, aux, complements, model) in rows:
        flag = _flag(name, number, pronominal)
        with _at_line(name, number):
            entry = VerbEntry(
                lemma, flag, verb_class, aux, _complements(complements), model or None
            )
        if flag and entry.aux != "être":
            raise LexiconError(f"{name}, line {number}: a pronominal verb takes être")
        entries.append(entry)
    return tuple(entries)


@functools.cache
def _verb_entries() -> Mapping[tuple[str, bool], VerbEntry]:
    return types.MappingProxyType({(e.lemma, e.pronominal): e for e in load_verbs()})


def verb_entry(lemma: str, pronominal: bool) -> VerbEntry | None:
    """The verbs.tsv row of a lemma in its plain or reflexive use, if listed.

    >>> verb_entry("dire", True).verb_class
    'assertion'
    """
    return _verb_entries().get((lemma, pronominal))


@functools.cache
def load_catenatives() -> tuple[CatenativeEntry, ...]:
    """The catenative verbs and expressions of catenatives.tsv, in file order.

    >>> next(e for e in load_catenatives() if e.lemma == "tenir").preposition
    'à'
    """
    name = "catenatives.tsv"
    rows = _rows(name, 4)
    _no_duplicates(name, ((n, (f[0], f[1], f[2])) for n, f in rows))
    out: list[CatenativeEntry] = []
    for number, (lemma, pronominal, preposition, modality) in rows:
        flag = _flag(name, number, pronominal)
        with _at_line(name, number):
            out.append(CatenativeEntry(lemma, flag, preposition, modality))
    return tuple(out)


@functools.cache
def load_light_verbs() -> tuple[LightVerb, ...]:
    """The light-verb phrases of light_verbs.tsv, in file order.

    >>> any(e.verb == "faire" and e.pattern == "savoir" for e in load_light_verbs())
    True
    """
    name = "light_verbs.tsv"
    rows = _rows(name, 5)
    _no_duplicates(name, ((n, (f[0], f[1], f[2])) for n, f in rows))
    out: list[LightVerb] = []
    for number, (verb, pronominal, pattern, verb_class, complements) in rows:
        flag = _flag(name, number, pronominal)
        with _at_line(name, number):
            out.append(LightVerb(verb, flag, pattern, verb_class, _complements(complements)))
            light_verb_regex(pattern)
    return tuple(out)


@functools.cache
def load_reporting_nouns() -> tuple[ReportingNoun, ...]:
    """The reporting nouns of reporting_nouns.tsv, in file order.

    >>> next(n for n in load_reporting_nouns() if n.noun == "tribune").gender
    'f'
    """
    name = "reporting_nouns.tsv"
    rows = _rows(name, 4)
    _no_duplicates(name, ((n, f[0]) for n, f in rows))
    out: list[ReportingNoun] = []
    for number, (noun, gender, verb_class, plural) in rows:
        with _at_line(name, number):
            out.append(ReportingNoun(noun, gender, verb_class, plural))
    return tuple(out)


@functools.cache
def reporting_nouns() -> Mapping[str, ReportingNoun]:
    """Reporting nouns keyed by singular and plural form, for lookups in running text.

    >>> reporting_nouns()["communiqués"].noun
    'communiqué'
    """
    found: dict[str, ReportingNoun] = {}
    for entry in load_reporting_nouns():
        found.setdefault(normalize_key(entry.noun), entry)
        found.setdefault(normalize_key(entry.plural), entry)
    return types.MappingProxyType(found)


_APOSTROPHE: Final = "['\N{RIGHT SINGLE QUOTATION MARK}]"


@functools.cache
def light_verb_regex(pattern: str) -> regex.Pattern[str]:
    """A case-insensitive regex for the fixed words of a light_verbs.tsv pattern.

    Slots are literal words, ``a|b`` alternatives, ``POSS`` (any determiner) or ``DE``;
    the regex is meant for ``.match`` right after the verb form and its adverbs.

    >>> bool(light_verb_regex("POSS soutien").match("son soutien total"))
    True
    """
    slots = pattern.split()
    if not slots:
        raise ValueError("empty light-verb pattern")
    parts: list[str] = []
    for index, slot in enumerate(slots):
        last = index == len(slots) - 1
        if slot == "POSS":
            determiners = words_of("det") | {"un", "une", "des", "ton", "ta", "tes"}
            words = "|".join(sorted(w for w in determiners if not w.endswith("'")))
            parts.append(rf"(?:(?:{words})\s+|l{_APOSTROPHE}\s*)")
        elif slot == "DE":
            parts.append(rf"(?:(?:de|du|des)\s+|d{_APOSTROPHE}\s*)")
        else:
            if not regex.fullmatch(r"[\p{Ll}'\-]+(?:\|[\p{Ll}'\-]+)*", slot):
                raise ValueError(f"light-verb slot {slot!r} is not POSS, DE or lowercase words")
            options = "|".join(
                regex.escape(word).replace("'", _APOSTROPHE) for word in slot.split("|")
            )
            parts.append(rf"(?:{options})" + (r"(?!\w)" if last else r"\s+"))
    return regex.compile("".join(parts), regex.IGNORECASE)


@functools.cache
def _irregular() -> Mapping[str, _Cells]:
    """Rows of irregular_verbs.tsv grouped by verb, each tense split into slots."""
    name = "irregular_verbs.tsv"
    rows = _rows(name, 3)
    _no_duplicates(name, ((n, (f[0], f[1])) for n, f in rows))
    found: dict[str, dict[str, _Slots]] = {}
    for number, (verb, tense, forms) in rows:
        if tense not in _SLOTS:
            raise LexiconError(
                f"{name}, line {number}: tense must be one of {', '.join(sorted(_SLOTS))}; "
                f"got {tense!r}"
            )
        words = forms.split(" ")
        if len(words) != _SLOTS[tense] or not all(words):
            raise LexiconError(
                f"{name}, line {number}: {tense} needs {_SLOTS[tense]} forms separated by "
                f"single spaces; got {forms!r}"
            )
        found.setdefault(verb, {})[tense] = tuple(
            () if word == "-" else tuple(word.split("|")) for word in words
        )
    return types.MappingProxyType(
        {verb: types.MappingProxyType(cells) for verb, cells in found.items()}
    )


@functools.cache
def _bases() -> tuple[str, ...]:
    """Verbs with a full paradigm in irregular_verbs.tsv, longest first for suffix search."""
    full = [verb for verb, cells in _irregular().items() if len(cells) == len(_SLOTS)]
    return tuple(sorted(full, key=lambda verb: (-len(verb), verb)))


# --- conjugation --------------------------------------------------------------------------


def _model_of(lemma: str) -> str | None:
    """The base paradigm a lemma follows: from verbs.tsv, else the longest base it ends with.

    The suffix rule covers catenatives such as s'abstenir (tenir). It needs a known verbal
    prefix before the base, so recevoir does not follow voir nor prescrire rire, and it
    skips -er bases (aller), whose endings also close regular verbs (installer).
    """
    for pronominal in (False, True):
        entry = verb_entry(lemma, pronominal)
        if entry is not None and entry.model:
            return entry.model
    return _inferred_model(lemma)


def _inferred_model(lemma: str) -> str | None:
    if lemma in _bases():
        return None
    for base in _bases():
        prefix = lemma[: len(lemma) - len(base)]
        if lemma.endswith(base) and prefix in _PREFIXES and not base.endswith("er"):
            return base
    return None


def _attach(stems: tuple[str, ...], ending: str) -> tuple[str, ...]:
    """Stem + ending, keeping the soft c and g before a and o (annonçait, jugeait)."""
    out: list[str] = []
    for stem in stems:
        if ending[:1] in ("a", "o", "â"):
            if stem.endswith("c"):
                stem = stem[:-1] + "ç"
            elif stem.endswith("g"):
                stem += "e"
        out.append(stem + ending)
    return tuple(out)


def _tense(stems_by_slot: Iterable[tuple[tuple[str, ...], str]]) -> _Slots:
    return tuple(_attach(stems, ending) for stems, ending in stems_by_slot)


def _er_cells(lemma: str) -> _Cells:
    """A regular -er paradigm with the alternations of the stem before a mute e."""
    stem = lemma[:-2]
    plain = (stem,)
    mute: tuple[str, ...] = plain  # stem before e, es, ent (répète, appelle, envoie)
    future: tuple[str, ...] = (lemma,)
    if stem.endswith("y") and stem[-2:-1] in ("o", "u"):
        mute = (stem[:-1] + "i",)
        future = (stem[:-1] + "ier",)
    elif stem.endswith("y") and stem[-2:-1] == "a":
        mute = (stem[:-1] + "i", stem)  # essaie or essaye
        future = (stem[:-1] + "ier", lemma)
    elif match := _E_ACUTE_STEM.search(stem):
        grave = stem[: match.start()] + "è" + match.group("tail")
        mute = (grave,)
        future = (lemma, grave + "er")  # répéterai, or répèterai since 1990
    elif match := _E_MUTE_STEM.search(stem):
        if lemma.endswith(_DOUBLING):
            changed = stem + stem[-1]
        else:
            changed = stem[: match.start()] + "è" + match.group("tail")
        mute = (changed,)
        future = (changed + "er",)
    m, p, f = mute, plain, future
    return {
        "present": _tense([(m, "e"), (m, "es"), (m, "e"), (p, "ons"), (p, "ez"), (m, "ent")]),
        "imperfect": _tense((p, e) for e in ("ais", "ais", "ait", "ions", "iez", "aient")),
        "simple_past": _tense((p, e) for e in ("ai", "as", "a", "âmes", "âtes", "èrent")),
        "future": _tense((f, e) for e in ("ai", "as", "a", "ons", "ez", "ont")),
        "conditional": _tense((f, e) for e in ("ais", "ais", "ait", "ions", "iez", "aient")),
        "subjunctive": _tense([(m, "e"), (m, "es"), (m, "e"), (p, "ions"), (p, "iez"), (m, "ent")]),
        "subjunctive_imperfect": _tense(
            (p, e) for e in ("asse", "asses", "ât", "assions", "assiez", "assent")
        ),
        "imperative": _tense([(m, "e"), (p, "ons"), (p, "ez")]),
        "past_participle": _tense((p, e) for e in ("é", "ée", "és", "ées")),
        "present_participle": _tense([(p, "ant")]),
    }


def _endings(stem: str, endings: Iterable[str]) -> _Slots:
    return tuple((stem + ending,) for ending in endings)


def _ir_cells(lemma: str) -> _Cells:
    """A regular -ir paradigm of the finir type (réagir, avertir)."""
    s = lemma[:-2]
    return {
        "present": _endings(s, ("is", "is", "it", "issons", "issez", "issent")),
        "imperfect": _endings(s, ("issais", "issais", "issait", "issions", "issiez", "issaient")),
        "simple_past": _endings(s, ("is", "is", "it", "îmes", "îtes", "irent")),
        "future": _endings(lemma, ("ai", "as", "a", "ons", "ez", "ont")),
        "conditional": _endings(lemma, ("ais", "ais", "ait", "ions", "iez", "aient")),
        "subjunctive": _endings(s, ("isse", "isses", "isse", "issions", "issiez", "issent")),
        "subjunctive_imperfect": _endings(
            s, ("isse", "isses", "ît", "issions", "issiez", "issent")
        ),
        "imperative": _endings(s, ("is", "issons", "issez")),
        "past_participle": _endings(s, ("i", "ie", "is", "ies")),
        "present_participle": _endings(s, ("issant",)),
    }


def _dre_cells(lemma: str) -> _Cells:
    """A regular -dre paradigm of the rendre type (répondre, prétendre)."""
    s = lemma[:-2]
    f = lemma[:-1]
    return {
        "present": _endings(s, ("s", "s", "", "ons", "ez", "ent")),
        "imperfect": _endings(s, ("ais", "ais", "ait", "ions", "iez", "aient")),
        "simple_past": _endings(s, ("is", "is", "it", "îmes", "îtes", "irent")),
        "future": _endings(f, ("ai", "as", "a", "ons", "ez", "ont")),
        "conditional": _endings(f, ("ais", "ais", "ait", "ions", "iez", "aient")),
        "subjunctive": _endings(s, ("e", "es", "e", "ions", "iez", "ent")),
        "subjunctive_imperfect": _endings(
            s, ("isse", "isses", "ît", "issions", "issiez", "issent")
        ),
        "imperative": _endings(s, ("s", "ons", "ez")),
        "past_participle": _endings(s, ("u", "ue", "us", "ues")),
        "present_participle": _endings(s, ("ant",)),
    }


def _substitute(cells: _Cells, model: str, lemma: str) -> _Cells:
    """The model's forms with its prefix swapped for the lemma's (tenir → soutenir)."""
    shared = 0
    while shared < min(len(model), len(lemma)) and model[-1 - shared] == lemma[-1 - shared]:
        shared += 1
    old, new = model[: len(model) - shared], lemma[: len(lemma) - shared]

    def swap(form: str) -> str:
        if not form.startswith(old):
            raise ValueError(f"cannot derive {lemma!r} from {model!r}: form {form!r}")
        return new + form[len(old) :]

    return {
        tense: tuple(tuple(swap(form) for form in slot) for slot in slots)
        for tense, slots in cells.items()
    }


@functools.cache
def _cells(lemma: str) -> _Cells:
    irregular = _irregular()
    own = irregular.get(lemma, types.MappingProxyType({}))
    if len(own) == len(_SLOTS):
        return own
    model = _model_of(lemma)
    base: _Cells
    if model is not None:
        if model == lemma:
            raise ValueError(f"{lemma!r} names itself as model but has no full paradigm")
        base = _substitute(_cells(model), model, lemma)
    elif lemma.endswith("er"):
        base = _er_cells(lemma)
    elif lemma.endswith("ir") and not lemma.endswith("oir"):
        base = _ir_cells(lemma)
    elif lemma.endswith("dre") and not lemma.endswith(_NOT_RENDRE):
        base = _dre_cells(lemma)
    else:
        raise ValueError(
            f"cannot conjugate {lemma!r}: not a regular -er, -ir or -dre verb and no model; "
            "add its paradigm to irregular_verbs.tsv or a model in verbs.tsv"
        )
    return types.MappingProxyType({**base, **own})


@functools.cache
def conjugate(lemma: str) -> Paradigm:
    """Every simple form of a French verb, from the rules or the irregular paradigms.

    Compound tenses are built by the caller from the past participle and an auxiliary.

    >>> conjugate("reconnaître").present[2]
    'reconnaît'
    """
    cells = _cells(lemma)
    variants: list[tuple[str, int, str]] = []

    def main(tense: str) -> tuple[str, ...]:
        forms: list[str] = []
        for index, slot in enumerate(cells[tense]):
            forms.append(slot[0] if slot else "")
            variants.extend((tense, index, extra) for extra in slot[1:])
        return tuple(forms)

    return Paradigm(
        lemma=lemma,
        infinitive=lemma,
        present_participle=main("present_participle")[0],
        past_participle=main("past_participle"),
        present=main("present"),
        imperfect=main("imperfect"),
        simple_past=main("simple_past"),
        future=main("future"),
        conditional=main("conditional"),
        subjunctive=main("subjunctive"),
        subjunctive_imperfect=main("subjunctive_imperfect"),
        imperative=main("imperative"),
        variants=tuple(variants),
    )


# --- indexes ----------------------------------------------------------------------------


def _freeze(found: dict[str, list[_T]]) -> Mapping[str, tuple[_T, ...]]:
    """A read-only index with repeated readings dropped, first order kept."""
    return types.MappingProxyType(
        {form: tuple(dict.fromkeys(infos)) for form, infos in found.items()}
    )


@functools.cache
def form_index() -> Mapping[str, tuple[FormInfo, ...]]:
    """Every surface form of every verbs.tsv lemma, with each reading it can have.

    Keys are lowercase with ASCII apostrophes; a form of a verb listed both plain and
    reflexive (dire, se dire) has a reading for each. A form that avoir or être also has
    (« étaient » of étayer, « sommes » of sommer) is left to them: in news it is theirs.

    >>> sorted({i.tense for i in form_index()["dit"] if i.lemma == "dire"})
    ['past_participle', 'present', 'simple_past']
    """
    found: dict[str, list[FormInfo]] = {}
    auxiliary = auxiliary_index()
    for entry in load_verbs():
        for form, tense, person, agreement in conjugate(entry.lemma).readings():
            if form in auxiliary:
                continue
            info = FormInfo(
                entry.lemma, entry.pronominal, entry.verb_class, tense, person, agreement
            )
            found.setdefault(normalize_key(form), []).append(info)
    return _freeze(found)


@functools.cache
def auxiliary_index() -> Mapping[str, tuple[FormInfo, ...]]:
    """Every form of avoir and être, whose verb_class is « auxiliary ».

    >>> auxiliary_index()["eût"][0].tense
    'subjunctive_imperfect'
    """
    found: dict[str, list[FormInfo]] = {}
    for lemma in ("avoir", "être"):
        for form, tense, person, agreement in conjugate(lemma).readings():
            info = FormInfo(lemma, False, "auxiliary", tense, person, agreement)
            found.setdefault(form, []).append(info)
    return _freeze(found)


def _agreeing(word: str) -> tuple[str, str, str, str]:
    """m.sg, f.sg, m.pl, f.pl of an adjective: censé, censée, censés, censées."""
    feminine = word if word.endswith("e") else word + "e"

    def plural(form: str) -> str:
        return form if form.endswith(("s", "x")) else form + "s"

    return word, feminine, plural(word), plural(feminine)


def _fixed_tails(
    fixed: tuple[str, ...], person: int, agreement: str
) -> tuple[tuple[str, str], ...]:
    """(words after the verb, agreement) for one verb reading; agreeing words follow it."""
    if not any(word.endswith("*") for word in fixed):
        return ((" ".join(fixed), agreement),)
    if agreement:
        slots: tuple[int, ...] = (AGREEMENTS.index(agreement),)
    elif person in (1, 2, 3):
        slots = (0, 1)
    elif person == 5:
        slots = (0, 1, 2, 3)  # vous: one person or several
    elif person in (4, 6):
        slots = (2, 3)
    else:
        slots = (0, 1, 2, 3)
    tails: list[tuple[str, str]] = []
    for slot in slots:
        words = [_agreeing(word[:-1])[slot] if word.endswith("*") else word for word in fixed]
        tails.append((" ".join(words), AGREEMENTS[slot]))
    return tuple(tails)


@functools.cache
def catenative_index() -> Mapping[str, tuple[CatenativeInfo, ...]]:
    """Every form of every catenative, with the preposition and modality it brings.

    A fixed expression is keyed with its words, agreeing with the verb's person:
    « est censé », « sont censées », « était susceptible ».

    >>> catenative_index()["devrait"][0].modality
    'hypothetical'
    """
    found: dict[str, list[CatenativeInfo]] = {}
    for entry in load_catenatives():
        for form, tense, person, agreement in conjugate(entry.verb).readings():
            for tail, tail_agreement in _fixed_tails(entry.fixed, person, agreement):
                key = normalize_key(f"{form} {tail}")
                info = CatenativeInfo(
                    entry.name,
                    entry.pronominal,
                    entry.preposition,
                    entry.modality,
                    tense,
                    person,
                    tail_agreement,
                )
                found.setdefault(key, []).append(info)
    return _freeze(found)


def inversion_forms(form: str) -> tuple[str, ...]:
    """The written forms of a verb form with an inverted subject pronoun.

    A 3rd person singular takes -t- after a vowel or c (« ajoute-t-il ») and a plain hyphen
    after t or d (« dit-elle »); a 3rd plural takes -ils/-elles; a 1st singular not ending in
    a mute e takes -je (« dis-je »). Persons come from the indexes, so an unknown form gives ().

    >>> inversion_forms("a")
    ('a-t-il', 'a-t-elle', 'a-t-on')
    """
    key = normalize_key(form)
    persons: set[int] = set()
    for index in (form_index(), auxiliary_index()):
        persons.update(info.person for info in index.get(key, ()) if info.tense in _INVERTIBLE)
    persons.update(
        info.person for info in catenative_index().get(key, ()) if info.tense in _INVERTIBLE
    )
    out: list[str] = []
    if 3 in persons:
        joint = "-" if key.endswith(("t", "d")) else "-t-"
        out.extend(f"{key}{joint}{pronoun}" for pronoun in _SUBJECT_SINGULAR)
    if 6 in persons:
        out.extend(f"{key}-{pronoun}" for pronoun in _SUBJECT_PLURAL)
    if 1 in persons and not key.endswith(("e", "x")):
        out.append(f"{key}-je")
    return tuple(out)


@functools.cache
def forms_of_class(cls: str, *, finite: bool = False) -> frozenset[str]:
    """Every conjugated form of the verbs a function-word class lists by infinitive (« reply »,
    « gradual »), a reflexive one's without its « se »; only the finite ones with ``finite``
    (« devant » is a preposition as often as it is « devoir »)."""
    return frozenset(
        form
        for lemma in words_of(cls)
        for form, tense, *_ in conjugate(lemma.split("'")[-1].split()[-1]).readings()
        if not finite or tense in FINITE_TENSES
    )
