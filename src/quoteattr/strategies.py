"""Hypothesis strategies that generate French news text together with its true claims.

Someone who writes a quotation parser needs text whose answer is known. Hand-annotated
articles are few and slow to write; these strategies build articles piece by piece, recording
every offset as the text grows, so the claims they return are exact by construction. Words come
from the project's lexicons (verbs, titles, organisations, first names, non-attributive
phrases), so the generated text follows the data as it grows.

Every strategy is composable: ``speakers()`` gives noun phrases naming a source, ``cues()``
reporting verb groups agreed with a subject, ``quotation_marks()`` the typographic styles,
``sentences()`` one attributed sentence, ``distractors()`` sentences that must yield no claim,
and ``annotated_articles()`` whole articles. Choices are ordered simple-first and lengths are
small lists, so hypothesis shrinks a failure to one short sentence a person can read.

hypothesis is an optional extra: ``pip install 'quoteattr[hypothesis]'``.
"""

from __future__ import annotations

import functools
import types
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Final, Literal, TypeVar

import attrs

try:
    from hypothesis import assume
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "quoteattr.strategies needs hypothesis, an optional extra: "
        "pip install 'quoteattr[hypothesis]'"
    ) from error

from quoteattr.grammar import word_class
from quoteattr.lexicon import (
    Organization,
    first_names,
    non_attributive,
    normalize_key,
    organizations,
    titles,
)
from quoteattr.model import Claim, ClaimKind, Cue, CueType, MentionType, QuotationStyle, Span
from quoteattr.model import Speaker as SpeakerValue
from quoteattr.roles import role_label
from quoteattr.verbs import VerbEntry, conjugate, inversion_forms, load_verbs

__all__ = [
    "DISTRACTOR_PATTERNS",
    "SENTENCE_PATTERNS",
    "AnnotatedArticle",
    "CueForm",
    "Fragment",
    "QuoteMarks",
    "SpeakerPhrase",
    "annotated_articles",
    "cues",
    "distractors",
    "pronoun_for",
    "quotation_marks",
    "sentences",
    "speakers",
]

_T = TypeVar("_T")
Gender = Literal["m", "f"]
Number = Literal["sg", "pl"]

NBSP: Final = "\N{NO-BREAK SPACE}"
NNBSP: Final = "\N{NARROW NO-BREAK SPACE}"
_OPEN: Final = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
_CLOSE: Final = "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
_LDQ: Final = "\N{LEFT DOUBLE QUOTATION MARK}"
_RDQ: Final = "\N{RIGHT DOUBLE QUOTATION MARK}"
_CURLY_APOSTROPHE: Final = "\N{RIGHT SINGLE QUOTATION MARK}"
_VOWELS: Final = "aeiouyhàâäéèêëîïôöûùüœAEIOUYHÀÂÉÈÊÎÔÛŒ"

# Sentence patterns that carry claims, simple first (the order hypothesis shrinks towards).
SENTENCE_PATTERNS: Final = (
    "incise",
    "colon",
    "que",
    "selon_start",
    "selon_end",
    "split",
    "mixed",
    "partial",
    "pronoun",
    "selon_quote",
    "colon_only",
)
# Sentences that must yield no claim.
DISTRACTOR_PATTERNS: Final = ("plain", "title", "scare", "non_attributive")
# Paragraph-level quotations: closed then continued by a quoted paragraph, carried over two
# paragraphs (left open, reopened by «), or never closed at the end of the article.
_BLOCK_PATTERNS: Final = ("continued", "carried", "unclosed")

# --- words written for this module (not lexicon knowledge: sample utterances) -------------
# Surnames: the lexicons hold first names only; these are common, unambiguous family names.
_SURNAMES: Final = (
    "Morel",
    "Martin",
    "Dubois",
    "Garnier",
    "Roussel",
    "Mercier",
    "Lambert",
    "Fontaine",
    "Chevalier",
    "Leclerc",
    "Perrin",
    "Marchand",
    "Benali",
    "Diallo",
    "Nguyen",
    "Kowalski",
    "Ferreira",
    "Haddad",
    "Traoré",
    "Lefèvre",
    *("Fabre", "Barbier", "Brunet", "Carpentier", "Delmas", "Dufour", "Ferrand", "Giraud"),
    *("Guérin", "Hamon", "Joly", "Lacroix", "Leroux", "Marty", "Meunier", "Navarro"),
    *("Huet", "Pasquier", "Poirier", "Renard", "Rolland", "Sanchez", "Tessier", "Vidal"),
)
_UTTERANCES: Final = (
    "Nous irons jusqu'au bout",
    "Rien n'est joué",
    "C'est une bonne nouvelle",
    "La situation reste tendue",
    "Nous ne lâcherons rien",
    "Le calendrier sera tenu",
    "Cette décision est une erreur",
    "La porte reste ouverte",
    "Nous avons besoin de temps",
    "Les habitants méritent mieux",
    "Le pire est derrière nous",
    "Il faut agir vite",
)
# Utterances holding a quoted term: (before, term, after).
_NESTED_UTTERANCES: Final = (
    ("On appelle ça ", "la sobriété", " et c'est un choix"),
    ("Ce ", "plan de relance", " arrive trop tard"),
    ("Le mot ", "crise", " ne suffit plus"),
)
# Utterances an incise can split: (first part, second part).
_SPLIT_UTTERANCES: Final = (
    ("Nous irons", "jusqu'au bout"),
    ("Cette décision", "est une erreur"),
    ("Le calendrier", "sera tenu"),
    ("La porte", "reste ouverte"),
)
# Reported clauses, without « que » and without final punctuation.
_CLAUSES: Final = (
    "le projet avance",
    "la réforme sera votée avant l'été",
    "les négociations reprendront lundi",
    "trois personnes ont été interpellées",
    "l'usine restera ouverte",
    "la ligne rouvrira en septembre",
    "le calme est revenu dans la nuit",
    "les prix ont baissé en mars",
)
# Reported clauses embedding a quotation: (before, quoted, after).
_MIXED_CLAUSES: Final = (
    ("l'usine resterait ", "ouverte coûte que coûte", ""),
    ("la réforme est ", "une question de justice", ""),
    ("la situation est ", "sous contrôle", ""),
    ("les discussions ont été ", "franches et utiles", ""),
    ("le chantier avance ", "à grands pas", " malgré la pluie"),
)
# Quoted objects of a reporting verb: (determiner, words).
_PARTIAL_OBJECTS: Final = (
    ("une", "provocation"),
    ("un", "scandale"),
    ("une", "avancée"),
    ("un", "malentendu"),
    ("une", "erreur historique"),
    ("un", "coup de force"),
)
# Reporting verbs that govern a quoted object; kept only if verbs.tsv lists them with obj.
_PARTIAL_VERBS: Final = (
    "dénoncer",
    "saluer",
    "évoquer",
    "fustiger",
    "critiquer",
    "condamner",
    "déplorer",
)
# que-verbs left out of que-clauses: they govern a subjunctive (douter, regretter), need an
# object (informer), or do not report speech (apprendre que, montrer que).
_NOT_INDICATIVE_QUE: Final = frozenset(
    {
        *("douter", "redouter", "souhaiter", "nier", "exclure", "accepter", "cacher"),
        *("apprendre", "appréhender", "craindre"),
        *("informer", "notifier", "montrer", "démontrer", "prouver", "établir", "réfuter"),
        *("engager", "contester", "regretter", "déplorer", "plaindre", "inquiéter"),
        *("féliciter", "réjouir", "indigner", "alarmer", "étonner", "offusquer", "émouvoir"),
        *("lamenter", "désoler", "demander", "exiger", "réclamer", "ordonner", "proposer"),
        *("suggérer", "préconiser", "recommander", "agacer", "amuser", "rassurer", "douter"),
        *("insister", "pointer", "appuyer", "défendre", "dénoncer", "avertir", "imaginer"),
        *("présager", "pressentir", "supposer", "présumer", "soupçonner", "parier"),
        *("démentir", "contredire", "décrire", "alerter"),
    }
)
_PLAIN_SENTENCES: Final = (
    "Le tramway circulera jusqu'à minuit.",
    "La neige est tombée toute la nuit.",
    "Le marché ouvre à huit heures.",
    "Les travaux dureront trois mois.",
    "Le stade était plein samedi soir.",
)
_WORK_FRAMES: Final = ("le film", "le roman", "la pièce", "l'album", "la série", "l'émission")
_WORK_TITLES: Final = (
    "Le Dernier Train",
    "Rien ne presse",
    "Les Oiseaux de passage",
    "Un été à Brest",
    "Nous irons au bout",
)
_TITLE_TEMPLATES: Final = ("Le public a découvert {work} samedi.", "{Work} sortira en mars.")
# Scare quotes: (template, the single quoted word).
_SCARE_TEMPLATES: Final = (
    ("Cette {q} coûte cher aux familles.", "réforme"),
    ("Le quartier connaît une {q} depuis deux ans.", "renaissance"),
    ("Le club traverse une {q} difficile.", "période"),
)
# Sentences around a non-attributive « selon » phrase, by the phrase's kind.
_NON_ATTRIBUTIVE_TEMPLATES: Final = types.MappingProxyType(
    {
        "condition": "Les tarifs varient {p}.",
        "stipulation": "Le dossier a été traité {p}.",
        "method": "Le chantier est organisé {p}.",
        "fixed": "Le chantier sera fini en mars, {p}.",
        "adaptation": "Le spectacle a été conçu {p}.",
    }
)
# Titles and the organisation kinds that may follow them (« porte-parole de la police »);
# "portfolio" means a ministry's portfolio (« ministre de l'Intérieur »).
_TITLE_ORGANIZATIONS: Final[Mapping[str, tuple[str, ...]]] = types.MappingProxyType(
    {
        "maire": (),
        "ministre": ("portfolio",),
        "porte-parole": ("government", "police", "international", "party", "union", "company"),
        "président": ("international", "party", "company", "union", "sport"),
        "préfet": (),
        "procureur": (),
        "sénateur": (),
        "député": (),
        "juge": (),
        "directeur général": ("international", "company"),
        "secrétaire général": ("international", "party", "union"),
        "ambassadeur": (),
        "avocat": (),
        "entraîneur": (),
    }
)
_PORTFOLIOS: Final = (
    *("Intérieur", "Santé", "Justice", "Défense", "Culture", "Économie", "Travail"),
    *("Agriculture", "Transports", "Logement", "Affaires étrangères", "Armées", "Éducation"),
)
# Organisation rows that name no body on their own (heads of names, cities, aliases).
_NOT_SPEAKERS: Final = frozenset(
    {
        *_PORTFOLIOS,
        *("Economie", "Éducation nationale", "Finances", "Environnement", "Industrie"),
        *("Énergie", "Commerce", "Sports", "Enseignement supérieur", "Outre-mer"),
        *("Transition écologique", "administration", "ministère", "présidence", "État"),
        *("Etat", "armée", "état-major", "opposition", "Commission", "Assemblée", "parti"),
        *("entreprise", "groupe", "club", "fédération", "université", "hôpital", "agence"),
        *("institut", "association", "ONG", "syndicat", "tribunal", "renseignement"),
        *("Bruxelles", "Kiev", "Kyiv", "Jérusalem", "Beauvau", "Place Beauvau"),
    }
)
_ANONYMOUS_TITLES: Final = (
    "responsable",
    "haut responsable",
    "source",
    "témoin",
    "expert",
    "haut fonctionnaire",
    "proche",
    "habitant",
)
_GROUP_TITLES: Final = ("manifestants", "enquêteurs", "habitants", "salariés", "militants")
_ADVERBS: Final = ("également", "aussi", "encore", "ensuite", "enfin", "toutefois")
_PRONOUNS: Final = types.MappingProxyType({"m": "il", "f": "elle"})
_STRESSED: Final = types.MappingProxyType({"m": "lui", "f": "elle"})


# --- values ----------------------------------------------------------------------------


@attrs.frozen
class SpeakerPhrase:
    """A noun phrase naming a source, with what agreement, inversion and the gold need.

    ``text`` is written as in mid-sentence (« la ministre de l'Intérieur »); ``apposition``
    says it ends with an apposition that a comma must close before a verb. A pronoun
    (``pronoun`` true) carries its antecedent's name, title and description.
    """

    text: str
    gender: Gender
    number: Number
    type: MentionType
    anonymous: bool = False
    name: str | None = None
    title: str | None = None
    organization: str | None = None
    role: str | None = None
    apposition: bool = False
    pronoun: bool = False
    antecedent: str | None = None

    @property
    def capitalized(self) -> str:
        """The phrase at the head of a sentence: « La ministre »."""
        return self.text[:1].upper() + self.text[1:]

    @property
    def person(self) -> bool:
        """Whether a later « il » / « elle » can refer back to this phrase."""
        return self.type == "person" and self.number == "sg"

    def value(self, mention: Span | None) -> SpeakerValue:
        """The gold speaker for this phrase, mentioned at ``mention``."""
        written = self.text if mention is None else mention.text
        return SpeakerValue(
            mention=mention,
            name=self.name,
            description=self.antecedent if self.pronoun else written,
            type=self.type,
            anonymous=self.anonymous,
            title=self.title,
            organization=self.organization,
            role=self.role,
        )


@attrs.frozen
class CueForm:
    """A reporting verb group agreed with its subject: « a-t-elle ajouté », « s'est exclamé ».

    ``pronoun`` is the (start, end) of an inverted subject pronoun inside ``text``.
    """

    text: str
    lemma: str
    tense: str
    verb_class: str
    pronoun: tuple[int, int] | None = None


@attrs.frozen
class QuoteMarks:
    """A pair of quotation marks and the padding written inside them."""

    opening: str
    closing: str
    style: QuotationStyle
    padding: str = ""

    @property
    def inner(self) -> QuoteMarks:
        """The marks for a quotation nested inside this one."""
        if self.style == "guillemets":
            return QuoteMarks(_LDQ, _RDQ, "curly")
        return QuoteMarks(_OPEN, _CLOSE, "guillemets", NBSP)


@attrs.frozen
class Fragment:
    """Text with its true claims, offsets relative to the fragment's start.

    ``last_speaker`` is the source a following « Il » or « Elle » refers to, if any.
    """

    text: str
    claims: tuple[Claim, ...] = ()
    last_speaker: SpeakerPhrase | None = None


@attrs.frozen
class AnnotatedArticle:
    """A generated article and every claim it holds, in document order."""

    doc_id: str
    text: str
    claims: tuple[Claim, ...]


# --- building text with offsets ------------------------------------------------------------


class _Builder:
    """Text written left to right; ``add`` returns where each piece landed."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0

    def add(self, piece: str) -> tuple[int, int]:
        start = self._length
        self._parts.append(piece)
        self._length += len(piece)
        return start, self._length

    @property
    def text(self) -> str:
        return "".join(self._parts)


@attrs.frozen
class _Draft:
    """A claim whose spans are still (start, end) pairs into a builder's text."""

    kind: ClaimKind
    content: tuple[int, int]
    cue: tuple[int, int] | None
    lemma: str
    cue_type: CueType
    speaker: SpeakerPhrase
    mention: tuple[int, int] | None
    quoted: tuple[int, int] | None = None

    def claim(self, text: str) -> Claim:
        def span(pair: tuple[int, int]) -> Span:
            return Span.of(text, *pair)

        mention = None if self.mention is None else span(self.mention)
        return Claim(
            doc_id="",
            kind=self.kind,
            content=span(self.content),
            quoted=None if self.quoted is None else span(self.quoted),
            cue=None if self.cue is None else Cue(span(self.cue), self.lemma, self.cue_type),
            speaker=self.speaker.value(mention),
        )


def _fragment(builder: _Builder, drafts: Iterable[_Draft], last: SpeakerPhrase | None) -> Fragment:
    text = builder.text
    return Fragment(text, tuple(d.claim(text) for d in drafts), last)


def _shift_span(span: Span, offset: int) -> Span:
    return Span(span.start + offset, span.end + offset, span.text)


def _shift(claim: Claim, offset: int) -> Claim:
    """The same claim, ``offset`` characters further into a longer text."""
    cue = claim.cue
    speaker = claim.speaker
    if cue is not None:
        cue = attrs.evolve(cue, span=_shift_span(cue.span, offset))
    if speaker is not None and speaker.mention is not None:
        speaker = attrs.evolve(speaker, mention=_shift_span(speaker.mention, offset))
    return attrs.evolve(
        claim,
        content=_shift_span(claim.content, offset),
        quoted=None if claim.quoted is None else _shift_span(claim.quoted, offset),
        cue=cue,
        speaker=speaker,
    )


def _join(fragments: Sequence[Fragment], separator: str) -> Fragment:
    """Fragments written one after the other, claims moved to their place."""
    builder = _Builder()
    claims: list[Claim] = []
    for index, fragment in enumerate(fragments):
        if index:
            builder.add(separator)
        start, _ = builder.add(fragment.text)
        claims.extend(_shift(c, start) for c in fragment.claims)
    last = fragments[-1].last_speaker if fragments else None
    return Fragment(builder.text, tuple(claims), last)


def _elide(word: str, before: str) -> str:
    """« que » + « il » is « qu'il »; « de » + « la » stays."""
    return before[:-1] + "'" if word[:1] in _VOWELS else before + " "


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- lexicon-backed choices -------------------------------------------------------------


@functools.cache
def _choice(values: tuple[_T, ...]) -> st.SearchStrategy[_T]:
    """One strategy per list of choices: building strategies afresh on every draw is slow."""
    return st.sampled_from(values)


_BOOLEANS: Final = st.booleans()


@functools.cache
def _first_names(gender: Gender) -> tuple[str, ...]:
    names = (n.name for n in first_names().values() if n.gender == gender)
    return tuple(sorted(names, key=lambda n: (len(n), n)))


@functools.cache
def _title_forms(canonical: str, gender: Gender) -> tuple[str, ...]:
    """Singular forms of a title for one gender (epicene forms fit both)."""
    return tuple(
        t.form
        for t in titles().values()
        if t.canonical == canonical
        and t.number == "sg"
        and t.gender in (gender, "e")
        and t.form == t.form.strip()
        and "Etat" not in t.form
    )


@functools.cache
def _group_forms() -> tuple[tuple[str, Gender], ...]:
    found = {t.form: t for t in titles().values()}
    return tuple(
        (form, "f" if found[form].gender == "f" else "m") for form in _GROUP_TITLES if form in found
    )


def _article(form: str, article: str | None) -> str:
    if not article:
        return form
    return f"{article}{form}" if article == "l'" else f"{article} {form}"


def _of(form: str, article: str | None) -> str:
    """« de » before an organisation: du gouvernement, de la police, des Nations unies."""
    if article == "le":
        return f"du {form}"
    if article == "les":
        return f"des {form}"
    if article == "l'":
        return f"de l'{form}"
    if article == "la":
        return f"de la {form}"
    return _elide(form, "de") + form


@functools.cache
def _organizations(kinds: tuple[str, ...]) -> tuple[tuple[str, str | None], ...]:
    """(form, article) of the organisations of these kinds that can speak."""
    if kinds == ("portfolio",):
        rows = organizations()
        return tuple(
            (rows[key].form, rows[key].article)
            for key in (p.lower() for p in _PORTFOLIOS)
            if key in rows
        )
    return tuple(
        (o.form, o.article)
        for o in organizations().values()
        if o.kind in kinds
        and o.form not in _NOT_SPEAKERS
        and not _ambiguous_after_selon(o)
        and not _refers_back(o)
    )


# Kinds whose generic noun the resolver takes back to the last body of the kind quoted
# (« le constructeur » after « la SNCF »): as a first mention it names no one of its own.
_BRIDGED: Final = frozenset({"company", "union", "party", "ngo", "sport", "media"})


def _refers_back(org: Organization) -> bool:
    return org.kind in _BRIDGED and org.form.islower() and org.form == org.canonical


def _ambiguous_after_selon(org: Organization) -> bool:
    """« selon la région » also means « depending on the region »: such bodies are left out,
    since a reader could not tell the source from the condition."""
    article = org.article or ""
    phrase = f"{article}{'' if article.endswith(chr(39)) or not article else ' '}{org.form}"
    return normalize_key(f"selon {phrase}") in non_attributive()


@functools.cache
def _verbs(complement: str) -> tuple[VerbEntry, ...]:
    """Reporting verbs taking this content, in the lexicon's (simple-first) order."""
    # « présenter » reports only through « comme »: no plain incise, que-clause or object
    entries = (
        v
        for v in load_verbs()
        if complement in v.complements and not word_class(v.lemma, "as_only")
    )
    if complement == "que":
        entries = (
            v
            for v in entries
            if not v.pronominal
            and v.lemma not in _NOT_INDICATIVE_QUE
            and (
                v.verb_class in ("speech", "assertion", "writing")
                or (v.verb_class == "stance" and v.lemma in ("penser", "croire"))
            )
        )
    if complement == "obj":
        entries = (v for v in entries if v.lemma in _PARTIAL_VERBS and not v.pronominal)
    return tuple(entries)


@functools.cache
def _organization_choice(kinds: tuple[str, ...]) -> st.SearchStrategy[tuple[str, str | None]]:
    return st.sampled_from(_organizations(kinds))


@functools.cache
def _verb_choice(complement: str) -> st.SearchStrategy[VerbEntry]:
    # Keyed by the complement: hashing the whole verb list on every draw is slow.
    return st.sampled_from(_verbs(complement))


@functools.cache
def _first_name_choice(gender: Gender) -> st.SearchStrategy[str]:
    return st.sampled_from(_first_names(gender))


@functools.cache
def _non_attributive_phrases() -> tuple[tuple[str, str], ...]:
    """(phrase, kind) of « selon » / « d'après » phrases that attribute nothing."""
    return tuple(
        (f"{row.trigger} {row.following}", row.kind)
        for row in non_attributive().values()
        if row.trigger in ("selon", "d'après")
        and row.following
        and row.following not in ("que", "qu'", "si")
        and row.kind in _NON_ATTRIBUTIVE_TEMPLATES
    )


# --- speakers ---------------------------------------------------------------------------


def _title_phrase(draw: st.DrawFn, gender: Gender) -> tuple[str, str, str | None]:
    """(title and complement as written without article, title, organisation)."""
    canonical = draw(_choice(tuple(_TITLE_ORGANIZATIONS)))
    forms = _title_forms(canonical, gender)
    if not forms:
        forms = _title_forms("maire", gender)
    title = draw(_choice(forms))
    kinds = _TITLE_ORGANIZATIONS.get(canonical, ())
    if not kinds or not draw(_BOOLEANS):
        return title, title, None
    org, article = draw(_organization_choice(tuple(kinds)))
    return f"{title} {_of(org, article)}", title, org


def _determined(title_text: str, gender: Gender) -> str:
    if title_text[:1] in _VOWELS:
        return "l'" + title_text
    return ("le " if gender == "m" else "la ") + title_text


def _named(draw: st.DrawFn) -> SpeakerPhrase:
    gender: Gender = draw(_choice(("f", "m")))
    name = f"{draw(_first_name_choice(gender))} {draw(_choice(_SURNAMES))}"
    shape = draw(_choice(("name", "name_title", "title_name")))
    if shape == "name":
        return SpeakerPhrase(name, gender, "sg", "person", name=name)
    described, title, org = _title_phrase(draw, gender)
    text = (
        f"{name}, {described}"
        if shape == "name_title"
        else f"{_determined(described, gender)}, {name}"
    )
    return SpeakerPhrase(
        text,
        gender,
        "sg",
        "person",
        name=name,
        title=title,
        organization=org,
        role=role_label(title, org),
        apposition=True,
    )


def _titled(draw: st.DrawFn) -> SpeakerPhrase:
    gender: Gender = draw(_choice(("m", "f")))
    described, title, org = _title_phrase(draw, gender)
    return SpeakerPhrase(
        _determined(described, gender),
        gender,
        "sg",
        "person",
        title=title,
        organization=org,
        role=role_label(title, org),
    )


def _anonymous(draw: st.DrawFn) -> SpeakerPhrase:
    gender: Gender = draw(_choice(("m", "f")))
    canonical = draw(_choice(_ANONYMOUS_TITLES))
    forms = _title_forms(canonical, gender) or _title_forms("source", gender)
    title = draw(_choice(forms))
    if canonical == "source":
        gender = "f"  # « une source », whoever it is
    determiner = "un" if gender == "m" else "une"
    complement = " proche du dossier" if canonical == "source" else ""
    return SpeakerPhrase(
        f"{determiner} {title}{complement}",
        gender,
        "sg",
        "person",
        anonymous=True,
        title=title,
        role=role_label(title, None),
    )


def _group(draw: st.DrawFn) -> SpeakerPhrase:
    form, gender = draw(_choice(_group_forms()))
    return SpeakerPhrase(
        f"les {form}", gender, "pl", "group", title=form, role=role_label(form, None)
    )


def _organization(draw: st.DrawFn) -> SpeakerPhrase:
    kinds = ("police", "government", "international", "party", "union", "company", "ngo")
    form, article = draw(_organization_choice(kinds))
    gender: Gender = "f" if article == "la" else "m"
    number: Number = "pl" if article == "les" else "sg"
    return SpeakerPhrase(
        _article(form, article),
        gender,
        number,
        "organization",
        organization=form,
        role=role_label(None, form),
    )


_SPEAKER_KINDS: Final = ("named", "titled", "organization", "anonymous", "group")
_SPEAKER_MAKERS: Final[Mapping[str, Callable[[st.DrawFn], SpeakerPhrase]]] = types.MappingProxyType(
    {
        "named": _named,
        "titled": _titled,
        "organization": _organization,
        "anonymous": _anonymous,
        "group": _group,
    }
)


def _speaker(draw: st.DrawFn, kinds: tuple[str, ...] = _SPEAKER_KINDS) -> SpeakerPhrase:
    return _SPEAKER_MAKERS[draw(_choice(kinds))](draw)


def speakers(kinds: Sequence[str] = _SPEAKER_KINDS) -> st.SearchStrategy[SpeakerPhrase]:
    """Noun phrases naming a source: a name (with a title), a title, an organisation…

    ``kinds`` are some of named, titled, organization, anonymous, group. Titles,
    organisations and first names come from the lexicons; gender and number follow the
    words, so a verb can agree with the phrase.

    >>> speakers(["titled"]).example().text  # doctest: +SKIP
    'la ministre de la Santé'
    """
    chosen = tuple(kinds)
    unknown = [k for k in chosen if k not in _SPEAKER_MAKERS]
    if unknown or not chosen:
        raise ValueError(f"speakers(kinds=...) takes some of {_SPEAKER_KINDS}; got {unknown}")
    return st.composite(lambda draw: _speaker(draw, chosen))()


def pronoun_for(antecedent: SpeakerPhrase, *, stressed: bool = False) -> SpeakerPhrase:
    """The pronoun « il » / « elle » (« lui » / « elle » after « selon ») for a speaker.

    >>> pronoun_for(SpeakerPhrase("la juge", "f", "sg", "person")).text
    'elle'
    """
    base = antecedent.antecedent if antecedent.pronoun else antecedent.text
    table = _STRESSED if stressed else _PRONOUNS
    return attrs.evolve(
        antecedent, text=table[antecedent.gender], pronoun=True, antecedent=base, apposition=False
    )


# --- cues -------------------------------------------------------------------------------

_TENSES: Final = ("passé_composé", "present", "imperfect", "simple_past", "plus_que_parfait")


def _participle(entry: VerbEntry, subject: SpeakerPhrase, aux: str) -> str:
    forms = conjugate(entry.lemma).past_participle
    if aux == "avoir":
        return forms[0]
    slot = (0 if subject.gender == "m" else 1) + (2 if subject.number == "pl" else 0)
    return forms[slot] or forms[0]


def _inverted(form: str, pronoun: str) -> str | None:
    for written in inversion_forms(form):
        if written.endswith("-" + pronoun):
            return form + written[len(form) :]
    return None


def _render_cue(
    entry: VerbEntry, tense: str, subject: SpeakerPhrase, adverb: str | None
) -> CueForm:
    """The verb group agreed with ``subject``; a pronoun subject is inverted after it."""
    person = 5 if subject.number == "pl" else 2
    pronoun = subject.text if subject.pronoun and subject.text in ("il", "elle") else None
    lemma = _elide(entry.lemma, "se") + entry.lemma if entry.pronominal else entry.lemma
    if tense in ("present", "imperfect", "simple_past"):
        form = conjugate(entry.lemma).tense(tense)[person]
        written = _inverted(form, pronoun) if pronoun and form else form
        if written:
            clitic = _elide(form, "se") if entry.pronominal else ""
            return _with_pronoun(clitic + written, lemma, tense, entry, pronoun)
        tense = "passé_composé"  # no simple form to invert: use the compound tense
    aux = "être" if entry.pronominal or entry.aux == "être" else "avoir"
    aux_tense = "imperfect" if tense == "plus_que_parfait" else "present"
    aux_form = conjugate(aux).tense(aux_tense)[person]
    clitic = _elide(aux_form, "se") if entry.pronominal else ""
    if pronoun:
        aux_form = _inverted(aux_form, pronoun) or aux_form
    words = [clitic + aux_form]
    if adverb:
        words.append(adverb)
    words.append(_participle(entry, subject, aux))
    return _with_pronoun(" ".join(words), lemma, tense, entry, pronoun)


def _with_pronoun(
    text: str, lemma: str, tense: str, entry: VerbEntry, pronoun: str | None
) -> CueForm:
    span = None
    if pronoun:
        marker = "-" + pronoun
        at = text.index(marker) + 1
        span = (at, at + len(pronoun))
    return CueForm(text, lemma, tense, entry.verb_class, span)


def _cue(draw: st.DrawFn, subject: SpeakerPhrase, complement: str, adverbs: bool = True) -> CueForm:
    entries = _verbs(complement)
    if not entries:
        raise ValueError(f"no verb in verbs.tsv takes the complement {complement!r}")
    entry = draw(_verb_choice(complement))
    tense = draw(_choice(_TENSES))
    adverb = draw(_choice((None, *_ADVERBS))) if adverbs else None
    return _render_cue(entry, tense, subject, adverb)


def cues(
    subject: SpeakerPhrase, complement: str = "quote", *, adverbs: bool = True
) -> st.SearchStrategy[CueForm]:
    """Reporting verb groups from verbs.tsv, in five tenses, agreed with ``subject``.

    ``complement`` is a verbs.tsv complement (quote, que, obj). A pronoun subject is inverted
    (« a-t-il ajouté »); a pronominal verb takes « se » (« s'est exclamée »).

    >>> cues(SpeakerPhrase("la juge", "f", "sg", "person")).example().text  # doctest: +SKIP
    'a déclaré'
    """
    if not _verbs(complement):
        raise ValueError(f"no verb in verbs.tsv takes the complement {complement!r}")
    return st.composite(lambda draw: _cue(draw, subject, complement, adverbs))()


# --- quotation marks --------------------------------------------------------------------


_MARKS: Final = (
    QuoteMarks(_OPEN, _CLOSE, "guillemets", " "),
    QuoteMarks(_OPEN, _CLOSE, "guillemets", NBSP),
    QuoteMarks(_OPEN, _CLOSE, "guillemets", NNBSP),
    QuoteMarks(_OPEN, _CLOSE, "guillemets", ""),
    QuoteMarks(_LDQ, _RDQ, "curly"),
    QuoteMarks('"', '"', "straight"),
)


def _guillemets() -> tuple[QuoteMarks, ...]:
    return tuple(m for m in _MARKS if m.style == "guillemets")


def quotation_marks() -> st.SearchStrategy[QuoteMarks]:
    """Quotation marks as French news types them: « » with each padding, “ ”, and ".

    >>> quotation_marks().example().style  # doctest: +SKIP
    'guillemets'
    """
    return _choice(_MARKS)


def _quote(
    builder: _Builder, marks: QuoteMarks, pieces: Sequence[str], nested: str | None = None
) -> tuple[tuple[int, int], tuple[int, int]]:
    """Write a quotation; returns the spans of the whole (marks in) and of its content.

    ``pieces`` are written one after the other inside the marks; ``nested`` is quoted again
    after the first piece with the inner marks.
    """
    start, _ = builder.add(marks.opening + marks.padding)
    content_start = start + len(marks.opening) + len(marks.padding)
    end = content_start
    for index, piece in enumerate(pieces):
        _, end = builder.add(piece)
        if index == 0 and nested is not None:
            inner = marks.inner
            builder.add(inner.opening + inner.padding + nested + inner.padding + inner.closing)
            _, end = builder.add("")
    content_end = end
    _, outer_end = builder.add(marks.padding + marks.closing)
    return (start, outer_end), (content_start, content_end)


def _utterance(draw: st.DrawFn) -> tuple[tuple[str, ...], str | None]:
    """(pieces, nested term) of a quoted utterance."""
    if draw(_BOOLEANS) and draw(_BOOLEANS):
        before, term, after = draw(_choice(_NESTED_UTTERANCES))
        return (before, after), term
    return (draw(_choice(_UTTERANCES)),), None


_FINALS: Final = (".", " !", NNBSP + "!", "…")


# --- sentence patterns ------------------------------------------------------------------


def _subject(draw: st.DrawFn, previous: SpeakerPhrase | None, pronoun: bool) -> SpeakerPhrase:
    if pronoun and previous is not None and previous.person:
        return pronoun_for(previous)
    return _speaker(draw)


def _next(subject: SpeakerPhrase) -> SpeakerPhrase | None:
    return subject if subject.person else None


def _write_subject(builder: _Builder, subject: SpeakerPhrase) -> tuple[int, int]:
    """The subject at the head of a sentence; a closing comma after an apposition."""
    span = builder.add(_capital(subject.text))
    if subject.apposition:
        builder.add(",")
    builder.add(" ")
    return span


def _write_cue(builder: _Builder, cue: CueForm) -> tuple[tuple[int, int], tuple[int, int] | None]:
    span = builder.add(cue.text)
    mention = None if cue.pronoun is None else (span[0] + cue.pronoun[0], span[0] + cue.pronoun[1])
    return span, mention


def _incise(draw: st.DrawFn, previous: SpeakerPhrase | None, pronoun: bool) -> Fragment:
    # « Nous irons jusqu'au bout », a déclaré la ministre.
    subject = _subject(draw, previous, pronoun)
    marks = draw(_choice(_MARKS))
    pieces, nested = _utterance(draw)
    cue = _cue(draw, subject, "quote")
    b = _Builder()
    _, content = _quote(b, marks, pieces, nested)
    b.add(", ")
    cue_span, mention = _write_cue(b, cue)
    if mention is None:
        b.add(" ")
        mention = b.add(subject.text)
    b.add(".")
    draft = _Draft("direct", content, cue_span, cue.lemma, "verb", subject, mention)
    return _fragment(b, [draft], _next(subject))


def _colon(draw: st.DrawFn, previous: SpeakerPhrase | None, pronoun: bool) -> Fragment:
    # La ministre a déclaré : « Nous irons jusqu'au bout. »
    subject = _subject(draw, previous, pronoun)
    cue = _cue(draw, _plain_subject(subject), "quote")
    marks = draw(_choice(_MARKS))
    pieces, nested = _utterance(draw)
    final = draw(_choice(_FINALS))
    b = _Builder()
    mention = _write_subject(b, subject)
    cue_span = b.add(cue.text)
    b.add(draw(_choice((" : ", NBSP + ": "))))
    _, content = _quote(b, marks, (*pieces[:-1], pieces[-1] + final), nested)
    draft = _Draft("direct", content, cue_span, cue.lemma, "verb", subject, mention)
    return _fragment(b, [draft], _next(subject))


def _colon_only(draw: st.DrawFn, previous: SpeakerPhrase | None, pronoun: bool) -> Fragment:
    # Le porte-parole du gouvernement : « Rien n'est joué. »
    subject = _speaker(draw, ("named", "titled", "organization"))
    marks = draw(_choice(_MARKS))
    pieces, nested = _utterance(draw)
    b = _Builder()
    mention = b.add(_capital(subject.text))
    b.add(NBSP)
    cue_span = b.add(":")
    b.add(" ")
    _, content = _quote(b, marks, (*pieces[:-1], pieces[-1] + "."), nested)
    draft = _Draft("direct", content, cue_span, ":", "colon", subject, mention)
    return _fragment(b, [draft], _next(subject))


def _plain_subject(subject: SpeakerPhrase) -> SpeakerPhrase:
    """A pronoun subject before its verb: « Il a affirmé que … »."""
    return attrs.evolve(subject, pronoun=False) if subject.pronoun else subject


def _que(draw: st.DrawFn, previous: SpeakerPhrase | None, pronoun: bool) -> Fragment:
    # La ministre a affirmé que le projet avance.
    subject = _subject(draw, previous, pronoun)
    cue = _cue(draw, _plain_subject(subject), "que")
    clause = draw(_choice(_CLAUSES))
    b = _Builder()
    mention = _write_subject(b, subject)
    cue_span = b.add(cue.text)
    b.add(" " + _elide(clause, "que"))
    content = b.add(clause)
    b.add(".")
    kind: ClaimKind = "stance" if cue.verb_class == "stance" else "indirect"
    draft = _Draft(kind, content, cue_span, cue.lemma, "verb", subject, mention)
    return _fragment(b, [draft], _next(subject))


def _mixed(draw: st.DrawFn, previous: SpeakerPhrase | None, pronoun: bool) -> Fragment:
    # La directrice a expliqué que l'usine resterait « ouverte coûte que coûte ».
    subject = _subject(draw, previous, pronoun)
    cue = _cue(draw, _plain_subject(subject), "que")
    before, quoted_words, after = draw(_choice(_MIXED_CLAUSES))
    marks = draw(_choice(_MARKS))
    b = _Builder()
    mention = _write_subject(b, subject)
    cue_span = b.add(cue.text)
    b.add(" " + _elide(before, "que"))
    start, _ = b.add(before)
    _, quoted = _quote(b, marks, (quoted_words,))
    _, end = b.add(after)
    b.add(".")
    kind: ClaimKind = "mixed"
    draft = _Draft(kind, (start, end), cue_span, cue.lemma, "verb", subject, mention, quoted)
    return _fragment(b, [draft], _next(subject))


def _partial(draw: st.DrawFn, previous: SpeakerPhrase | None, pronoun: bool) -> Fragment:
    # Le syndicat a dénoncé une « provocation ».
    subject = _subject(draw, previous, pronoun)
    cue = _cue(draw, _plain_subject(subject), "obj", adverbs=False)
    determiner, words = draw(_choice(_PARTIAL_OBJECTS))
    marks = draw(_choice(_MARKS))
    b = _Builder()
    mention = _write_subject(b, subject)
    cue_span = b.add(cue.text)
    b.add(f" {determiner} ")
    _, content = _quote(b, marks, (words,))
    b.add(".")
    draft = _Draft("partial", content, cue_span, cue.lemma, "verb", subject, mention)
    return _fragment(b, [draft], _next(subject))


def _selon_source(draw: st.DrawFn, previous: SpeakerPhrase | None, pronoun: bool) -> SpeakerPhrase:
    if pronoun and previous is not None and previous.person:
        return pronoun_for(previous, stressed=True)
    return _speaker(draw)


def _selon_start(draw: st.DrawFn, previous: SpeakerPhrase | None, pronoun: bool) -> Fragment:
    # Selon la police, trois personnes ont été interpellées.
    source = _selon_source(draw, previous, pronoun)
    trigger = draw(_choice(("Selon", "D'après")))
    clause = draw(_choice(_CLAUSES))
    b = _Builder()
    cue_span = b.add(trigger)
    b.add(" ")
    mention = b.add(source.text)
    b.add(", ")
    content = b.add(clause)
    b.add(".")
    lemma = trigger.lower()
    draft = _Draft("according_to", content, cue_span, lemma, "selon", source, mention)
    return _fragment(b, [draft], _next(source))


def _selon_end(draw: st.DrawFn, previous: SpeakerPhrase | None, pronoun: bool) -> Fragment:
    # Trois personnes ont été interpellées, selon la police.
    source = _selon_source(draw, previous, pronoun)
    trigger = draw(_choice(("selon", "d'après")))
    clause = _capital(draw(_choice(_CLAUSES)))
    b = _Builder()
    content = b.add(clause)
    b.add(", ")
    cue_span = b.add(trigger)
    b.add(" ")
    mention = b.add(source.text)
    b.add(".")
    draft = _Draft("according_to", content, cue_span, trigger, "selon", source, mention)
    return _fragment(b, [draft], _next(source))


def _selon_quote(draw: st.DrawFn, previous: SpeakerPhrase | None, pronoun: bool) -> Fragment:
    # Selon le maire, « la ville est prête ».
    source = _selon_source(draw, previous, pronoun)
    clause = draw(_choice(_CLAUSES))
    marks = draw(_choice(_MARKS))
    b = _Builder()
    cue_span = b.add("Selon")
    b.add(" ")
    mention = b.add(source.text)
    b.add(", ")
    _, content = _quote(b, marks, (clause,))
    b.add(".")
    draft = _Draft("direct", content, cue_span, "selon", "selon", source, mention)
    return _fragment(b, [draft], _next(source))


def _split(draw: st.DrawFn, previous: SpeakerPhrase | None, pronoun: bool) -> Fragment:
    # « Nous irons, a ajouté le maire, jusqu'au bout. »
    subject = _subject(draw, previous, pronoun)
    cue = _cue(draw, subject, "quote")
    first, second = draw(_choice(_SPLIT_UTTERANCES))
    marks = draw(_choice(_MARKS))
    b = _Builder()
    start, _ = b.add(marks.opening + marks.padding)
    content_start = start + len(marks.opening) + len(marks.padding)
    b.add(first + ", ")
    cue_span, mention = _write_cue(b, cue)
    if mention is None:
        b.add(" ")
        mention = b.add(subject.text)
    b.add(", ")
    _, content_end = b.add(second + ".")
    b.add(marks.padding + marks.closing)
    content = (content_start, content_end)
    draft = _Draft("direct", content, cue_span, cue.lemma, "verb", subject, mention)
    return _fragment(b, [draft], _next(subject))


_SENTENCE_MAKERS: Final = types.MappingProxyType(
    {
        "incise": _incise,
        "colon": _colon,
        "que": _que,
        "selon_start": _selon_start,
        "selon_end": _selon_end,
        "split": _split,
        "mixed": _mixed,
        "partial": _partial,
        "selon_quote": _selon_quote,
        "colon_only": _colon_only,
    }
)
_PRONOUN_PATTERNS: Final = ("incise", "que", "colon", "split", "selon_start", "mixed")


def sentences(
    previous: SpeakerPhrase | None = None, patterns: Sequence[str] = SENTENCE_PATTERNS
) -> st.SearchStrategy[Fragment]:
    """One attributed sentence with its true claims, in one of ``patterns``.

    ``previous`` is the speaker a pronoun may refer back to (« Il a ajouté que … »); the
    ``pronoun`` pattern uses it, or falls back to a noun subject when there is none.

    >>> sentences(patterns=["que"]).example().claims[0].kind  # doctest: +SKIP
    'indirect'
    """
    chosen = tuple(patterns)
    unknown = [p for p in chosen if p not in SENTENCE_PATTERNS]
    if unknown or not chosen:
        raise ValueError(f"sentences(patterns=...) takes some of {SENTENCE_PATTERNS}")
    return st.composite(lambda draw: _sentence(draw, draw(_choice(chosen)), previous))()


def _sentence(draw: st.DrawFn, pattern: str, previous: SpeakerPhrase | None) -> Fragment:
    if pattern == "pronoun":
        if previous is None or not previous.person:
            return _incise(draw, previous, False)
        return _SENTENCE_MAKERS[draw(_choice(_PRONOUN_PATTERNS))](draw, previous, True)
    return _SENTENCE_MAKERS[pattern](draw, previous, False)


# --- distractors ------------------------------------------------------------------------


def _title_distractor(draw: st.DrawFn) -> Fragment:
    # Le public a découvert le film « Rien ne presse » samedi.
    frame = draw(_choice(_WORK_FRAMES))
    work = draw(_choice(_WORK_TITLES))
    marks = draw(_choice(_MARKS))
    quoted = f"{marks.opening}{marks.padding}{work}{marks.padding}{marks.closing}"
    template = draw(_choice(_TITLE_TEMPLATES))
    phrase = f"{frame} {quoted}"
    return Fragment(template.format(work=phrase, Work=_capital(phrase)))


def _scare_distractor(draw: st.DrawFn) -> Fragment:
    # Cette « réforme » coûte cher aux familles.
    template, word = draw(_choice(_SCARE_TEMPLATES))
    marks = draw(_choice(_MARKS))
    return Fragment(
        template.format(q=f"{marks.opening}{marks.padding}{word}{marks.padding}{marks.closing}")
    )


def _non_attributive_distractor(draw: st.DrawFn) -> Fragment:
    # Les tarifs varient selon les cas.
    phrase, kind = draw(_choice(_non_attributive_phrases()))
    return Fragment(_NON_ATTRIBUTIVE_TEMPLATES[kind].format(p=phrase))


def _plain_distractor(draw: st.DrawFn) -> Fragment:
    # Le tramway circulera jusqu'à minuit.
    return Fragment(draw(_choice(_PLAIN_SENTENCES)))


_DISTRACTOR_MAKERS: Final[Mapping[str, Callable[[st.DrawFn], Fragment]]] = types.MappingProxyType(
    {
        "plain": _plain_distractor,
        "title": _title_distractor,
        "scare": _scare_distractor,
        "non_attributive": _non_attributive_distractor,
    }
)


def distractors(patterns: Sequence[str] = DISTRACTOR_PATTERNS) -> st.SearchStrategy[Fragment]:
    """Sentences that must yield no claim: work titles and scare words in quotation marks,
    « selon » phrases that attribute nothing (non_attributive.tsv), sentences with no cue.

    >>> distractors(["non_attributive"]).example().claims
    ()
    """
    chosen = tuple(patterns)
    unknown = [p for p in chosen if p not in _DISTRACTOR_MAKERS]
    if unknown or not chosen:
        raise ValueError(f"distractors(patterns=...) takes some of {DISTRACTOR_PATTERNS}")
    return st.composite(lambda draw: _DISTRACTOR_MAKERS[draw(_choice(chosen))](draw))()


# --- paragraphs and articles -------------------------------------------------------------


def _continued(draw: st.DrawFn, previous: SpeakerPhrase | None) -> Fragment:
    # « Nous irons jusqu'au bout », a déclaré X.\n\n« Rien n'est joué. »
    first = _incise(draw, previous, False)
    marks = draw(_choice(_MARKS))
    b = _Builder()
    _, content = _quote(b, marks, (draw(_choice(_UTTERANCES)) + ".",))
    claim = first.claims[0]
    assert claim.speaker is not None  # built above with one
    speaker = attrs.evolve(claim.speaker, mention=None)
    second = Claim("", "direct", Span.of(b.text, *content), speaker=speaker)
    return _join((first, Fragment(b.text, (second,), first.last_speaker)), "\n\n")


def _carried(draw: st.DrawFn, previous: SpeakerPhrase | None, closed: bool) -> Fragment:
    # X a déclaré : « Nous irons jusqu'au bout.\n\n« Rien n'est joué. »
    subject = _speaker(draw)
    cue = _cue(draw, subject, "quote")
    marks = draw(_choice(_guillemets()))
    b = _Builder()
    mention = _write_subject(b, subject)
    cue_span = b.add(cue.text)
    b.add(" : " + marks.opening + marks.padding)
    content = b.add(draw(_choice(_UTTERANCES)) + ".")
    drafts = [_Draft("direct", content, cue_span, cue.lemma, "verb", subject, mention)]
    if closed:
        # One claim per paragraph: the second part has no cue of its own.
        b.add("\n\n" + marks.opening + marks.padding)
        second = b.add(draw(_choice(_UTTERANCES)) + ".")
        b.add(marks.padding + marks.closing)
        drafts.append(_Draft("direct", second, None, cue.lemma, "verb", subject, None))
    return _fragment(b, drafts, _next(subject))


def _paragraph(draw: st.DrawFn, plan: Sequence[str], previous: SpeakerPhrase | None) -> Fragment:
    parts: list[Fragment] = []
    for pattern in plan:
        if pattern in DISTRACTOR_PATTERNS:
            part = _DISTRACTOR_MAKERS[pattern](draw)
            previous = None  # a pronoun only refers across claim sentences
        else:
            part = _sentence(draw, pattern, previous)
            previous = part.last_speaker
        parts.append(part)
    joined = _join(parts, " ")
    return attrs.evolve(joined, last_speaker=previous)


def _apostrophes(claim: Claim, table: Mapping[int, str]) -> Claim:
    """The claim with ASCII apostrophes typed as ’ in every string it holds."""

    def span(s: Span | None) -> Span | None:
        return None if s is None else Span(s.start, s.end, s.text.translate(table))

    def text(s: str | None) -> str | None:
        return None if s is None else s.translate(table)

    speaker = claim.speaker
    if speaker is not None:
        speaker = attrs.evolve(
            speaker,
            mention=span(speaker.mention),
            name=text(speaker.name),
            description=text(speaker.description),
            title=text(speaker.title),
            organization=text(speaker.organization),
        )
    cue = claim.cue
    if cue is not None:
        cue = Cue(
            Span(cue.span.start, cue.span.end, cue.span.text.translate(table)), cue.lemma, cue.type
        )
    content = span(claim.content)
    assert content is not None
    return attrs.evolve(claim, content=content, quoted=span(claim.quoted), cue=cue, speaker=speaker)


def _gender(speaker: SpeakerValue) -> str | None:
    """The grammatical gender a reader sees in a mention: from the name, article or title."""
    if speaker.name:
        found = first_names().get(speaker.name.split()[0].casefold())
        return found.gender if found and found.gender in ("m", "f") else None
    words = (speaker.description or "").casefold().split()
    if words and words[0] in ("le", "un", "il", "lui"):
        return "m"
    if words and words[0] in ("la", "une", "elle"):
        return "f"
    title = titles().get((speaker.title or "").casefold())
    return title.gender if title and title.gender in ("m", "f") else None


def _same_title(a: SpeakerValue, b: SpeakerValue) -> bool:
    """« maire » and « mairesse », « ministre » and « ministre »: one function, as the
    lexicon's canonical title says."""
    return a.title is not None and _canonical(a.title) == _canonical(b.title or "")


def _canonical(title: str) -> str:
    found = titles().get(title.casefold())
    return found.canonical if found is not None else title.casefold()


def _same_function(named: SpeakerValue, unnamed: SpeakerValue) -> bool:
    return _same_title(named, unnamed) and named.organization == unnamed.organization


def _ambiguous(claims: Sequence[Claim]) -> bool:
    """Whether a bare title could be read as a named source with that title, or not.

    « Ana Morel, ministre » then « le ministre » (another gender), « la maire » before
    « Ana Morel, maire », « le maire » and « la maire »: readers disagree, so such articles
    are not generated.
    """
    speakers = [c.speaker for c in claims if c.speaker is not None]
    for bare in (s for s in speakers if s.name is None and s.title is not None):
        # « Ana Morel, maire », « Vy Martin, maire », then « la maire »: which one?
        bearers = {s.name for s in speakers if s.name is not None and _same_function(s, bare)}
        if len(bearers) > 1:
            return True
    for i, first in enumerate(speakers):
        for second in speakers[i + 1 :]:
            if not _same_title(first, second) or None not in (first.name, second.name):
                continue
            if first.name is None and second.name is None:
                # « le maire » and « la maire »: one mayor or two?
                if len({_gender(first), _gender(second)} - {None}) > 1:
                    return True
                continue
            if first.name is None or first.organization != second.organization:
                return True  # the bare title comes first, or one names a body, one not
            genders = {_gender(first), _gender(second)} - {None}
            if len(genders) > 1 and _same_function(first, second):
                return True
    return False


def _corefer(claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """Name an unnamed source by the earlier named one with the same title, as a reader does.

    After « Ana Morel, maire », « la maire » is Ana Morel: the text reads so, whatever was
    drawn, so the gold says so too.
    """
    named: list[SpeakerValue] = []
    out: list[Claim] = []
    for claim in claims:
        speaker = claim.speaker
        if speaker is not None and speaker.name is None and speaker.title is not None:
            earlier = next((s for s in reversed(named) if _same_function(s, speaker)), None)
            if earlier is not None:
                speaker = attrs.evolve(speaker, name=earlier.name)
                claim = attrs.evolve(claim, speaker=speaker)
        if speaker is not None and speaker.name is not None:
            named.append(speaker)
        out.append(claim)
    return tuple(out)


def _entities(claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """Number the sources of an article: one entity per name, else per description."""
    ids: dict[str, int] = {}
    out: list[Claim] = []
    for claim in _corefer(claims):
        speaker = claim.speaker
        if speaker is None:
            out.append(claim)
            continue
        key = (speaker.name or speaker.description or "").casefold()
        entity = ids.setdefault(key, len(ids))
        out.append(attrs.evolve(claim, speaker=attrs.evolve(speaker, entity=entity)))
    return tuple(out)


_PLAN_ITEMS: Final = (*SENTENCE_PATTERNS, *DISTRACTOR_PATTERNS, *_BLOCK_PATTERNS)


@st.composite
def _articles(
    draw: st.DrawFn, doc_id: str, max_paragraphs: int, max_sentences: int, distractors_only: bool
) -> AnnotatedArticle:
    items = DISTRACTOR_PATTERNS if distractors_only else _PLAN_ITEMS
    plan = draw(
        st.lists(
            st.lists(_choice(items), min_size=1, max_size=max_sentences),
            min_size=1,
            max_size=max_paragraphs,
        )
    )
    blocks: list[Fragment] = []
    previous: SpeakerPhrase | None = None
    for paragraph in plan:
        sentences_plan = [p for p in paragraph if p not in _BLOCK_PATTERNS]
        if sentences_plan:
            block = _paragraph(draw, sentences_plan, previous)
            blocks.append(block)
            previous = block.last_speaker
        block_kind = next((p for p in paragraph if p in _BLOCK_PATTERNS), None)
        if block_kind == "continued":
            block = _continued(draw, previous)
        elif block_kind is not None:
            # An unclosed quotation ends the article: a following « would reopen it.
            blocks.append(_carried(draw, previous, block_kind == "carried"))
            break
        else:
            continue
        blocks.append(block)
        previous = block.last_speaker
    article = _join(blocks, "\n\n")
    text = article.text + ("\n" if draw(_BOOLEANS) else "")
    ordered = sorted(article.claims, key=lambda c: (c.start, c.end))
    assume(not _ambiguous(ordered))
    claims = _entities(ordered)
    if draw(_BOOLEANS):
        table = str.maketrans({"'": _CURLY_APOSTROPHE})
        text = text.translate(table)
        claims = tuple(_apostrophes(c, table) for c in claims)
    return AnnotatedArticle(doc_id, text, tuple(attrs.evolve(c, doc_id=doc_id) for c in claims))


def annotated_articles(
    *,
    doc_id: str = "generated",
    max_paragraphs: int = 4,
    max_sentences: int = 3,
    distractors_only: bool = False,
) -> st.SearchStrategy[AnnotatedArticle]:
    """Articles of generated French news text with every true claim, offsets exact.

    Paragraphs mix attributed sentences, distractors that hold no claim, and quotations over
    paragraphs; ``distractors_only`` keeps the distractors alone (the article has no claim).

    >>> article = annotated_articles().example()  # doctest: +SKIP
    >>> article.text
    '« Rien n\\'est joué », a déclaré la maire.'
    """
    if max_paragraphs < 1 or max_sentences < 1:
        raise ValueError("annotated_articles needs max_paragraphs >= 1 and max_sentences >= 1")
    return _articles(doc_id, max_paragraphs, max_sentences, distractors_only)
