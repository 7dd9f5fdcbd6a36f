"""Coreference across a document: who « Il », « Horne » or « la même personne » is.

Speakers are resolved in document order against the sources already quoted (most recent
first) and against the people the document introduces anywhere before the claim (« Son
collègue Marc Tessier, chercheur au CNRS, … »), so that « Horne » becomes Emily Horne, « Il »
the last compatible person in subject position, « la cinéaste » the film-maker named earlier,
and « La même personne » the previous speaker. Each source gets an entity id shared by all its
claims and keeps the title and organisation given the first time it was described, so roles
travel with it.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from itertools import islice, pairwise

import attrs
import regex

from quoteattr import lexicon, roles, verbs
from quoteattr.grammar import determiner, word_class
from quoteattr.mentions import (
    THIRD_PERSON_POSSESSIVES,
    MentionInfo,
    body_noun,
    name_runs,
    party_aside,
    party_aside_before,
    people_adjective,
    people_noun,
    title_record,
)
from quoteattr.model import MentionType, Speaker
from quoteattr.speakers import future_form, is_verb, participle_led
from quoteattr.text import CLOSING_GUILLEMETS, DE_WORDS, Token

_SPEAKER_TYPES: frozenset[str] = frozenset(
    {"person", "organization", "group", "document", "anonymous", "pronoun", "unknown"}
)


@attrs.frozen
class NameSighting:
    """A person's full name seen in the document (« Joe Biden »), wherever it appears.

    ``title`` is the lexicon key of a title written just before the name (« la cinéaste
    Aminata Diop »); ``subject`` tells whether the name stands before the sentence's first
    verb, where a later pronoun most likely points.
    """

    position: int
    name: str
    gender: str | None
    title: str | None
    subject: bool
    # Phrases that may describe the person (own phrase, appositions), read only when the
    # sighting is used: splitting titles is costly and most sightings are never needed.
    phrases: tuple[str, ...] = ()
    age: int | None = None  # « Gérard Lamy, 71 ans »
    maker: bool = False  # named as a work's maker (« le roman de X », « un album dessiné par X »)
    won: bool = False  # the subject of a win (« X a remporté l'étape »)

    @property
    def role(self) -> tuple[str | None, str | None]:
        """(title, organisation) as written in the first phrase that holds a title, else the
        title written right before the name (« a reçu le préfet Jean Valet »)."""
        relation: tuple[str | None, str | None] | None = None
        for phrase in self.phrases:
            title, organization = roles.split_title(phrase)
            if title is not None and relation is None and roles.is_relation(title):
                relation = title, organization  # « Son collègue X, chercheur au CNRS »
                continue
            if title is not None:
                return title, organization
        if relation is not None:
            return relation
        if self.title is not None and self.title in lexicon.titles():
            return self.title, None
        return None, None


@attrs.frozen
class Entity:
    """A source as known so far; replaced (never mutated) as the document is read."""

    id: int
    type: str
    name: str | None
    description: str | None
    title: str | None
    organization: str | None
    gender: str | None
    number: str | None
    anonymous: bool
    position: int
    role: str | None = None
    # Titles given later (« Ali Fontaine, ministre » … « selon Ali Fontaine, maire »): the
    # first stays the role, the others still let « le maire » find the person.
    other_titles: tuple[str, ...] = ()


def _title_before(tokens: Sequence[Token], a: int) -> str | None:
    """The lexicon key of a title ending just before token ``a`` (one to three words)."""
    titles = lexicon.titles()
    for size in (3, 2, 1):
        if a - size < 0:
            continue
        words = [t.low for t in tokens[a - size : a]]
        key = lexicon.normalize_key(" ".join(words).replace("' ", "'"))
        if key in titles:
            return titles[key].canonical
    if a >= 1 and tokens[a - 1].text[:1].isupper():
        civility = lexicon.civility_title(tokens[a - 1].text)
        if civility is not None:
            return civility  # « Me Clara Fitoussi »: a lawyer
    # « l'Espagnol Carlos Alcaraz »: a person of a country or city, for a later « l'Espagnol ».
    if a >= 2 and people_noun(tokens[a - 2 : a]):
        return lexicon.normalize_key(tokens[a - 1].low)
    # « la cinéaste sénégalaise Aminata Diop »: a demonym between title and name.
    if a >= 2 and lexicon.normalize_key(tokens[a - 1].low) in lexicon.demonyms():
        return _title_before(tokens, a - 1)
    return None


_CAPITALISED = regex.compile(r"\b\p{Lu}[\p{L}\p{M}]+")


# « Mirlande Vilsaint, 29 ans », « …du Jaraaf, Ousseynou Faye, », « le Dr Wilner Dorvilien »,
# « le boulanger Aurèle Vauzelle »: two capitalised words with an age, between commas, after a
# civility or after a determiner and a noun may name a person whatever the first name.
_PERSON_HINT = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'-]+ \p{Lu}[\p{L}\p{M}'-]+, \d+ ans\b"
    r"|, \p{Lu}[\p{L}\p{M}'-]+ \p{Lu}[\p{L}\p{M}'-]+[,.]"
    r"|\b(?:M|Mme|Dr|Dre|Pr|Me|Mgr)\.? \p{Lu}[\p{L}\p{M}'-]+ \p{Lu}"
    # « le confiseur Aurèle V… », « du réalisateur mauritanien Moctar Z… »
    r"|\b(?:[Ll](?:e|a|')|du) ?\p{Ll}[\p{L}\p{M}'-]+(?: \p{Ll}[\p{L}\p{M}'-]+)? "
    r"\p{Lu}[\p{L}\p{M}'-]+ \p{Lu}"
    # « Infirmière de nuit, Rahmati Madjidi résume… »
    r"|\b\p{Lu}\p{Ll}+(?: [\p{Ll}'-]+){0,4}, \p{Lu}[\p{L}\p{M}'-]+ \p{Lu}[\p{L}\p{M}'-]+ \p{Ll}"
)


def may_name_someone(norm: str, start: int, end: int) -> bool:
    """Whether a sentence holds a known first name, or a name the first-name list lacks but
    its context shows a person's (``_PERSON_HINT``), so that it may introduce a person."""
    # Capitalised runs are letters only, so their lexicon key is their lowercase form.
    names = lexicon.first_names().keys()
    capitalised = _CAPITALISED.findall(norm, start, end)
    return (
        not names.isdisjoint(map(str.lower, capitalised))
        or bool(_PERSON_HINT.search(norm, start, end))
        # « Élias » for the listed « Elias »: accents the list leaves out
        or any(not word.isascii() and lexicon.first_name(word) for word in capitalised)
    )


def name_sightings(sentences: Sequence[Sequence[Token]], norm: str) -> list[NameSighting]:
    """Every run of two or more capitalised words that starts with a known first name."""
    out: list[NameSighting] = []
    for tokens in sentences:
        first_verb = -1  # found on the first name that needs it
        for a, b in name_runs(tokens):
            if b - a < 2 and not _aged(tokens, b):
                continue  # a lone first name names someone only with an age (« Jeanne, 86 ans »)
            if a > 0 and body_noun(tokens[a - 1].low):
                continue  # « la société Olivier Bâtiment »: a body's name
            first = lexicon.first_name(tokens[a].text)
            if first is None and (
                body_noun(tokens[a].low)  # « Vigneron à Saint-Émilion, Château Figeac a… »
                or not (
                    (b - a == 2 and _aged(tokens, b) and _person_like(tokens, a, b))
                    or _titled_apposition(tokens, a, b)
                )
            ):
                # « Mirlande Vilsaint, 29 ans, », « L'entraîneur du Jaraaf, Ousseynou Faye, »:
                # an age or a title in apposition makes a person of a name the list lacks
                continue
            if first_verb < 0:
                first_verb = next(
                    (
                        i
                        for i, t in enumerate(tokens)
                        if (is_verb(t) or future_form(t)) and not _noun_slot(tokens, i)
                    ),
                    len(tokens),
                )
            text = norm[tokens[a].start : tokens[b - 1].end]
            gender = first.gender if first is not None and first.gender in ("m", "f") else None
            phrases = _described_as(tokens, a, b, norm)
            if first is None:
                # a name the list lacks: the gender of its title (« Infirmière de nuit, X »)
                gender = next(
                    (
                        found.gender
                        for p in phrases
                        if (found := title_record(roles.split_title(p)[0])) is not None
                        and found.gender in ("m", "f")
                    ),
                    None,
                )
            # « d'après un roman de Paul Ferrant, en tournera… »: a complement's name, before
            # the verb but not its subject
            complement = (
                a > 0
                and (tokens[a - 1].low in DE_WORDS or word_class(tokens[a - 1].low, "prep"))
                and not (a > 1 and tokens[a - 2].low == "quant")  # « Quant à X, elle… »
            )
            # « Interrogé par la présidente, Claire Monbaron, l'homme a décrit… »: a name in
            # apposition inside an opening participle clause is its agent, not the subject
            agent = (
                tokens[a - 1].text == ","
                and b + 1 < len(tokens)
                and tokens[b].text == ","
                and participle_led(tokens, 0)
                and any(t.low == "par" for t in tokens[:a])
                # « Interrogée sur France Info, la porte-parole, Claire Dumesnil, a défendu »:
                # a verb right after the apposition makes the name the subject's
                and not is_verb(tokens[b + 1])
                and tokens[b + 1].low not in verbs.auxiliary_index()
            )
            subject = not agent and (
                (a < first_verb and not complement) or _after_opening_clause(tokens, a)
            )
            out.append(
                NameSighting(
                    tokens[a].start,
                    text,
                    gender,
                    _title_before(tokens, a),
                    subject,
                    phrases,
                    _age_after(tokens, b),
                    _work_by(tokens, a),
                    # not « avait remporté l'étape l'an dernier »
                    subject
                    and any(word_class(t.low, "win") for t in tokens[b : b + 3])
                    and not any(t.low in ("avait", "avaient") for t in tokens[b : b + 3]),
                )
            )
    return out


def _work_by(tokens: Sequence[Token], a: int) -> bool:
    """« le troisième roman de X », « un album dessiné par X », « Le film « … », de la
    Burkinabè X »: a name shortly after « de » or « par », with a work's noun before."""
    by = next((k for k in range(a - 1, max(0, a - 4), -1) if tokens[k].low in ("de", "par")), 0)
    if by > 1 and tokens[by - 1].text == "," and tokens[by - 2].text in _TITLE_CLOSERS:
        return True  # « a couronné « On ne rentrera pas sans eux », de la Bruxelloise X »
    # « la biographie de Simone Veil » is about her
    return by > 0 and any(
        word_class(t.low, "work") and t.low not in ("biographie", "biographies")
        for t in tokens[max(0, by - 12) : by]
    )


# Marks that close a title in quotation marks.
_TITLE_CLOSERS = CLOSING_GUILLEMETS | {'"'}


def _person_like(tokens: Sequence[Token], a: int, b: int) -> bool:
    """« Mirlande Vilsaint, 29 ans, » names a person; « Air France, 90 ans, » a company and
    « Radio France, 50 ans après sa création » an age of something."""
    name = " ".join(t.text for t in tokens[a:b])
    closed = b + 3 >= len(tokens) or tokens[b + 3].text in (",", ".")
    return closed and lexicon.normalize_key(name) not in lexicon.organizations()


def _titled_apposition(tokens: Sequence[Token], a: int, b: int) -> bool:
    """Whether the name at ``a``..``b`` is a person's by a title: between commas right after
    a phrase holding one (« L'ancien entraîneur du Jaraaf, Ousseynou Thioune-Faye, »), after
    one that opens the sentence, as its subject (« Infirmière de nuit, Rahmati Madjidi
    résume »), right
    after one (« le confiseur Aurèle Vauzelle-Mignot »), or after a civility (« le Dr Wilner
    Dorvilien »)."""
    if not 2 <= b - a <= 3:
        return False
    if a >= 1 and word_class(tokens[a - 1].text, "title_abbr"):
        return True
    titles = lexicon.titles()
    if a >= 2 and word_class(tokens[a - 2].low, "det"):
        # « le confiseur Aurèle Vauzelle-Mignot »: a title right before the name
        record = titles.get(lexicon.normalize_key(tokens[a - 1].low))
        if record is not None and record.kind != "group" and record.number == "sg":
            return True
    if (
        a >= 3
        and word_class(tokens[a - 3].low, "det")
        and not tokens[a - 1].capitalized
        and (
            tokens[a - 1].low in lexicon.demonyms()
            or tokens[a - 1].low in lexicon.title_adjectives()
        )
    ):
        # « du réalisateur mauritanien Moctar Zeïnabou »: a title and its adjective
        record = titles.get(lexicon.normalize_key(tokens[a - 2].low))
        if record is not None and record.kind != "group" and record.number == "sg":
            return True
    if a < 2 or tokens[a - 1].text != ",":
        return False
    start = _phrase_start(tokens, a - 1)
    if (
        b < len(tokens)
        and tokens[b].text not in (",", ".")
        # « Infirmière de nuit, Rahmati Madjidi résume… »: a title opening the sentence, then
        # the name as its subject
        and not (start == 0 and is_verb(tokens[b]))
    ):
        return False
    return any(lexicon.normalize_key(t.low) in titles for t in tokens[start : a - 1])


def _after_opening_clause(tokens: Sequence[Token], a: int) -> bool:
    """« Arrivé en juin avec pour mission de « stabiliser » un club qui avait frôlé la
    relégation, Didier Castagnac laisse… »: after a participial clause opening the sentence,
    the name right after its comma is the subject, whatever verbs the clause holds."""
    return a > 1 and tokens[a - 1].text == "," and participle_led(tokens, 0)


def _age_after(tokens: Sequence[Token], b: int) -> int | None:
    """The age in apposition after a name ending at ``b`` (« , 71 ans », « , âgé de 71 ans »)."""
    k = b + 1
    if b >= len(tokens) or tokens[b].text != ",":
        return None
    if k + 1 < len(tokens) and tokens[k].low in ("âgé", "âgée") and tokens[k + 1].low == "de":
        k += 2
    if k + 1 < len(tokens) and tokens[k].text.isdigit() and tokens[k + 1].low == "ans":
        return int(tokens[k].text)
    return None


def _aged(tokens: Sequence[Token], b: int) -> bool:
    """« Jeanne, 86 ans, » : an age in apposition right after the name ending at ``b``."""
    return (
        b + 2 < len(tokens)
        and tokens[b].text == ","
        and tokens[b + 1].text.isdigit()
        and tokens[b + 2].low == "ans"
    )


def _noun_slot(tokens: Sequence[Token], i: int) -> bool:
    """« La tête de liste »: a verb form after a determiner or a preposition is a noun."""
    prev = tokens[i - 1].low if i else ""
    return word_class(prev, "det") or word_class(prev, "prep")


_LEADING_PREPOSITIONS = frozenset({"de", "d'", "du", "des", "par", "pour", "selon", "avec"})


def _described_as(tokens: Sequence[Token], a: int, b: int, norm: str) -> tuple[str, ...]:
    """Title and organisation the text gives a sighted person: in the name's own phrase
    (« de la réalisatrice sénégalaise Aminata Diop ») or in an apposition on either side
    (« La vice-présidente de Nantes Métropole, Sophie Le Gall, … », « Marc Tessier,
    chercheur au CNRS, … »)."""
    start = _phrase_start(tokens, a)
    while start < a and tokens[start].low in _LEADING_PREPOSITIONS:
        start += 1
    # « Le juge a entendu Paul Ricard »: the clause's subject does not describe its object.
    start = max([start, *(i + 1 for i in range(start, a) if is_verb(tokens[i]))])
    # « la fille de Jean Dupont » describes the daughter, not him.
    candidates = [] if a > 0 and tokens[a - 1].low in DE_WORDS else [(start, b)]
    if start == a and a >= 2 and tokens[a - 1].text == ",":
        before = _phrase_start(tokens, a - 1)
        while before < a - 1 and tokens[before].low in ("et", "ou", "puis"):
            before += 1  # « X, et la directrice de l'office, Inès Roy, »
        # « Le candidat a attaqué la maire sortante, Amélie Fontanel »: only the noun phrase
        # after the clause's verb describes her, not the clause's subject.
        verb = max(
            (i for i in range(before, a - 1) if is_verb(tokens[i]) and not _noun_slot(tokens, i)),
            default=-1,
        )
        if verb >= 0:
            before = next(
                (
                    i
                    for i in range(verb + 1, a - 1)
                    if word_class(tokens[i].low, "det") or word_class(tokens[i].low, "det_indef")
                ),
                a - 1,
            )
        # « le limogeage de son entraîneur, Didier Castagnac »: the complement after the last
        # « de » describes him, not the noun it completes.
        last_de = max((i for i in range(before, a - 2) if tokens[i].low in DE_WORDS), default=-1)
        played = last_de > 0 and word_class(tokens[last_de - 1].low, "played")
        if last_de >= 0 and not any(roles.may_start_title(t.low) for t in tokens[before:last_de]):
            before = last_de + 1
        # « Dans le rôle du directeur, X »: the character's title, not X's
        if not (before == 0 and participle_led(tokens, 0)) and not played:
            # « Jugé jeudi par le tribunal, Stéphane Roux, 44 ans, … »: what happened to him
            candidates.append((_title_start(tokens, before, a - 1), a - 1))
    if _aged(tokens, b):
        b += 3  # « Marius Roux, 81 ans, habitant d'un hameau… »: the age is no description
    if b < len(tokens) and tokens[b].text == ",":
        after = b + 1
        while (
            after < len(tokens) and tokens[after].text not in _STOPS and tokens[after].text != "."
        ):
            after = party_aside(tokens, after) or after + 1
        candidates.append((b + 1, after))
    # Only phrases that may hold a title are kept: the others could never give a role, and a
    # long document sights tens of thousands of names.
    return tuple(
        norm[tokens[x].start : tokens[y - 1].end]
        for x, y in candidates
        if x < y and any(roles.may_start_title(t.low) for t in tokens[x:y])
    )


_STOPS = frozenset({",", ";", ":", "(", ")"})


def _title_start(tokens: Sequence[Token], start: int, end: int) -> int:
    """Where the noun phrase holding the first title word starts, with its determiner: « (revient
    cette année à) un boulanger du 14e arrondissement, Karim Ouazzani »."""
    k = next((i for i in range(start, end) if roles.may_start_title(tokens[i].low)), start)
    while k > start and (
        word_class(tokens[k - 1].low, "det")
        or word_class(tokens[k - 1].low, "det_indef")
        or tokens[k - 1].low in roles.FORMER
    ):
        k -= 1
    if k == start:
        return start
    # only after a preposition: « sa cosecrétaire générale » is no « générale », and
    # « Parmi les victimes, Martine Lefort » is one of them, not their description
    before = tokens[k - 1].low
    if before in ("parmi", "par") or not (before in DE_WORDS or word_class(before, "prep")):
        return start
    if participle_led(tokens, start):
        return start  # « Reçue par la ministre, Awa Ndiaye »: who received her
    return k


def _phrase_start(tokens: Sequence[Token], i: int) -> int:
    """Where the phrase ending before token ``i`` starts: at the last punctuation stop, a
    party label in brackets (« Le maire (EELV) du 9e, ») being part of the phrase."""
    while i > 0 and (tokens[i - 1].text not in _STOPS or tokens[i - 1].text == ")"):
        if tokens[i - 1].text == ")":
            aside = party_aside_before(tokens, i)
            if aside is None:
                break
            i = aside
        else:
            i -= 1
    return i


def _compatible(entity: Entity, mention: MentionInfo) -> bool:
    if mention.gender and entity.gender and mention.gender != entity.gender:
        return False
    if mention.number == "sg" and entity.number == "pl":
        return False
    return not (mention.number == "sg" and entity.type == "group")


def _surname_match(full: str, surname: str) -> bool:
    return full != surname and (full.endswith(" " + surname) or full.split()[-1] == surname)


def _key(s: str | None) -> str:
    return lexicon.normalize_key(s) if s else ""


def resolve(
    mentions: Sequence[MentionInfo | None],
    positions: Sequence[int],
    sightings: Sequence[NameSighting],
    continuation: Sequence[str],
    described: Sequence[tuple[int, MentionInfo]] = (),
    speaks_as_i: Sequence[bool] = (),
    openers: frozenset[int] = frozenset(),
    words_first: Sequence[bool] = (),
) -> list[Speaker | None]:
    """One speaker per claim (None where no source is named), in the claims' order.

    ``positions`` are the claims' cue offsets (for "names seen before this claim");
    ``continuation[i]`` is "continue" for a claim that continues the previous claim's speaker
    (a quoted paragraph with no cue, a participle after a claim of the same sentence),
    "interview" for an interview answer (the last named person), "nested" for speech quoted
    inside a quotation (never the antecedent of a later pronoun), "opening" for a subject
    pronoun that opens its sentence, "again" for a verb that goes on with the last speaker
    (« a-t-il ajouté »), else "". ``described`` are
    the subjects, with their sentence's offset, of sentences that report nothing but open
    with a titled person (« Le préfet a promis des aides. »): a later « il » may be them.
    ``speaks_as_i[i]`` tells a claim whose words say « je »: its pronoun is a person, never
    a body (« La chambre a recensé 600 hectares. Elle avoue : « Je… » »). ``openers`` are
    the starts of described subjects that open their paragraph. ``words_first[i]`` tells a
    claim whose words come before its cue (« « … », tranche l'investisseuse »).
    Mention spans are left to the pipeline, which maps them to the caller's text.
    """
    by_recency: dict[int, Entity] = {}  # insertion order = least recently used first
    by_name: dict[str, Entity] = {}  # full names and surnames of every named source
    first_named: dict[int, int] = {}  # entity id -> position of its first claim
    seen = _SightingIndex.of(sightings)
    out: list[Speaker | None] = []
    previous: Entity | None = None
    for index, (mention, position, cont) in enumerate(
        zip(mentions, positions, continuation, strict=True)
    ):
        if cont == "continue" and previous is not None:
            out.append(_speaker(previous))
            continue
        if cont == "interview":
            interviewee = _interviewee(by_recency, position, seen)
            if interviewee is not None and interviewee.id < 0:
                interviewee = attrs.evolve(interviewee, id=len(by_recency))
            if interviewee is not None:
                by_recency.pop(interviewee.id, None)
                by_recency[interviewee.id] = interviewee
                if interviewee.name:
                    by_name.setdefault(interviewee.name, interviewee)
            out.append(None if interviewee is None else _speaker(interviewee))
            continue
        if mention is None:
            out.append(None)
            continue
        # A window of recent sources keeps the cost linear in long documents.
        recent = list(islice(reversed(by_recency.values()), _WINDOW))
        if mention.type == "pronoun":
            # « Il a affirmé que…, selon l'Insee »: a source first named after the pronoun
            # (its claim comes first, by content) is not its antecedent.
            recent = [e for e in recent if first_named.get(e.id, -1) < position]
        person = index < len(speaks_as_i) and speaks_as_i[index] and mention.type == "pronoun"
        if person:
            recent = [e for e in recent if e.type != "organization"]
        says_i = index < len(speaks_as_i) and speaks_as_i[index]
        before_cue = index < len(words_first) and words_first[index]
        entity = _find(
            recent, by_name, mention, position, seen, says_i=says_i, words_first=before_cue
        )
        if entity is None and described and (generic := _generic_body(mention)) is not None:
            # « La marque Solévia conteste nos résultats. Dans un courrier, l'entreprise
            # assure que… »: the body the sentence before was about
            body = _described_body(described, position, generic)
            if body is not None:
                entity = _find(recent, by_name, body, position, seen) or _new(
                    len(by_recency), body, position, seen
                )
        if described and mention.type == "pronoun" and entity is not None and entity.id >= 0:
            # « « Le ministre m'a dit “je viendrai” », raconte le maire. Le ministre est venu.
            # « … », a-t-il dit »: a known source named again as a subject since is « il »
            intro = _described_since(described, mention, position, entity, by_name, person)
            again = (
                None
                if intro is None
                else _find(recent, by_name, intro, position, seen, untitled=False)
            )
            if again is not None and again.id >= 0 and again.id != entity.id:
                entity = again
            elif (
                again is None
                and intro is not None
                and (
                    intro.name
                    or intro.type == "organization"
                    # someone unnamed brought in since, unless the verb goes on with the
                    # last speaker (« Un internaute a publié la vidéo. « … », a-t-il ajouté »)
                    or (intro.anonymous and cont != "again")
                    # « Les syndicats ont appelé à la grève. Ils affirment que… »: a pronoun
                    # opening the sentence right after goes on with its subject
                    or (cont == "opening" and position - intro.end < _NEAR)
                    # « Le ministre de l'Emploi s'est voulu rassurant. « … », a-t-il
                    # affirmé »: a title with its body, opening its paragraph, brings in
                    # someone new (within the paragraph it may be the last speaker again)
                    or (
                        intro.start in openers
                        and intro.title is not None
                        and intro.organization is not None
                        and not intro.anonymous
                        and cont != "again"
                    )
                )
            ):
                # « En face, le coach de Béchar, Slaheddine Ouertani, savourait ce point.
                # « … », a-t-il lancé »: a titled name introduced since is new, and salient
                entity = _new(len(by_recency), intro, position, seen)
        if described and mention.type == "pronoun" and (entity is None or entity.id < 0):
            # Only when no one who already spoke is the antecedent: « « A », a dit X. Le préfet
            # a visité l'usine. « B », a-t-il ajouté » is more often X.
            intro = _described_since(described, mention, position, entity, by_name, person)
            if intro is not None:
                entity = _find(recent, by_name, intro, position, seen, untitled=False)
                if entity is None and (maker := _work_maker(intro, seen)) is not None:
                    # « Le roman de Clémence Roux paraît jeudi. L'autrice y suit une
                    # infirmière. « … », explique-t-elle »: the work's maker, described
                    entity = _from_sighting(recent, maker, seen)
                if entity is None and (_stated_age(intro) is not None or _points_back(intro.text)):
                    # « Marc Dupuis, 45 ans, … Le quadragénaire a nié. « … », a-t-il dit »,
                    # « Martine Roy, 71 ans, … Cette retraitée a payé… Elle assure… »
                    entity = _person_just_named(recent, intro, intro.start, seen)
                entity = entity or _new(len(by_recency), intro, position, seen)
        if entity is None and mention.type == "pronoun" and not by_recency:
            # « « … », avait-elle assuré. Six mois plus tard, la vice-présidente, Nadia Ferhat,
            # reconnaît que… »: a lede's pronoun is the named speaker of the claims just after
            ahead = _named_speaker_ahead(mentions, positions, index, mention)
            # only when that speaker is also the first person named after the pronoun: « « … »,
            # raconte-t-il. Ahmed, 43 ans, a vu sa maison emportée. Selon le maire, Luc
            # Perrin, … » is Ahmed's, whom the next claim does not name
            first = next(iter(seen.before(position + _CATAPHORA_REACH, position)), None)
            if ahead is not None and (first is None or first.name != ahead[0].name):
                ahead = None
            if ahead is not None:
                # made where the name is given, so that its apposition gives the role
                entity = _new(len(by_recency), ahead[0], ahead[1], seen)
        if entity is None:
            entity = _new(len(by_recency), mention, position, seen)
        else:
            if entity.id < 0:  # first claim of a person the text introduced earlier
                entity = attrs.evolve(entity, id=len(by_recency))
            entity = _merge(entity, mention, position)
        if cont == "nested":
            # « « Berne nous a répondu “pas avant 2030” », a glissé la syndique. Elle… »: a
            # voice inside a quotation is not the one a later pronoun points to
            if entity.id in by_recency:
                by_recency[entity.id] = entity
            else:
                by_recency = {entity.id: entity, **by_recency}
        else:
            by_recency.pop(entity.id, None)
            by_recency[entity.id] = entity
            previous = entity
        first_named.setdefault(entity.id, position)
        if entity.name:
            by_name[entity.name] = entity
            by_name.setdefault(entity.name.split()[-1], entity)
        out.append(_speaker(entity))
    return out


_WINDOW = 40
_CONCERNED_REACH = 600  # characters back to the person « l'intéressé » may be
_NEAR = 120  # characters from a described subject to a pronoun opening the next sentence


def _named_speaker_ahead(
    mentions: Sequence[MentionInfo | None],
    positions: Sequence[int],
    index: int,
    pronoun: MentionInfo,
) -> tuple[MentionInfo, int] | None:
    """The first person named as a speaker within reach after claim ``index``, with that
    claim's position, when the pronoun's gender allows it."""
    for later, at in zip(mentions[index + 1 :], positions[index + 1 :], strict=True):
        if at - positions[index] > _CATAPHORA_REACH:
            return None
        if later is not None and later.name and later.type == "person":
            agrees = not later.gender or not pronoun.gender or later.gender == pronoun.gender
            return (later, at) if agrees and pronoun.number != "pl" else None
    return None


def _described_since(
    described: Sequence[tuple[int, MentionInfo]],
    mention: MentionInfo,
    position: int,
    entity: Entity | None,
    by_name: Mapping[str, Entity],
    person: bool = False,
) -> MentionInfo | None:
    """The last titled subject introduced before ``position`` and after ``entity`` last
    spoke, agreeing with the pronoun in gender and number; none when that subject has been
    quoted since it was introduced (the introduction is spent)."""
    since = entity.position if entity is not None else -1
    i = bisect.bisect_left(described, position, key=lambda d: d[0])
    while i > 0:
        i -= 1
        at, intro = described[i]
        if at <= since:
            return None
        if intro.type == "organization" and (mention.anonymous or person):
            continue  # « on », or words said as « je », are people, not the body named before
        known = by_name.get(intro.name) if intro.name else None
        if known is not None and known.position > at:
            return None  # « Marie Cazal trouve son rôle. « … », ajoute-t-elle. […] elle »
        if (not mention.gender or not intro.gender or mention.gender == intro.gender) and (
            mention.number or "sg"
        ) == (intro.number or "sg"):
            return intro
    return None


def _interviewee(
    by_recency: Mapping[int, Entity], position: int, sightings: _SightingIndex
) -> Entity | None:
    """Who answers an interview: the last named person quoted, else the last person the text
    named before the answer."""
    for e in list(by_recency.values())[::-1]:
        if e.type == "person" and e.name:
            return e
    before = sightings.before(position)
    return _from_sighting((), before[-1] if before else None, sightings)


@attrs.frozen
class _SightingIndex:
    """Sightings sorted by position, with lookups by surname and by title."""

    items: tuple[NameSighting, ...]
    positions: tuple[int, ...]
    by_surname: Mapping[str, tuple[NameSighting, ...]]
    by_title: Mapping[str, tuple[NameSighting, ...]]

    @classmethod
    def of(cls, sightings: Sequence[NameSighting]) -> _SightingIndex:
        items = tuple(sorted(sightings, key=lambda s: s.position))
        surname: dict[str, list[NameSighting]] = {}
        title: dict[str, list[NameSighting]] = {}
        for s in items:
            surname.setdefault(s.name.split()[-1], []).append(s)
            if s.title:
                title.setdefault(s.title, []).append(s)
        return cls(
            items,
            tuple(s.position for s in items),
            {k: tuple(v) for k, v in surname.items()},
            {k: tuple(v) for k, v in title.items()},
        )

    def before(self, position: int, since: int = -1) -> Sequence[NameSighting]:
        """Sightings with since < position < ``position``, in order."""
        lo = bisect.bisect_right(self.positions, since)
        hi = bisect.bisect_left(self.positions, position)
        return self.items[lo:hi]


def _last_before(found: Sequence[NameSighting], position: int) -> NameSighting | None:
    match = None
    for s in found:
        if s.position >= position:
            break
        match = s
    return match


_ORDINALS = {"le premier": 0, "la première": 0, "le second": 1, "la seconde": 1}


def _last_two_named(
    sightings: _SightingIndex, position: int, mention: MentionInfo
) -> list[NameSighting]:
    """The last two names sighted before ``position`` that agree with the mention's gender,
    in text order (fewer when the text named fewer): read from the end, so a long document's
    earlier names cost nothing."""
    found: list[NameSighting] = []
    for s in reversed(sightings.before(position)):
        if _same_gender(s, mention):
            found.append(s)
            if len(found) == 2:
                break
    found.reverse()
    return found


def _find(
    recent: Sequence[Entity],
    by_name: Mapping[str, Entity],
    mention: MentionInfo,
    position: int,
    sightings: _SightingIndex,
    *,
    untitled: bool = True,
    says_i: bool = False,
    words_first: bool = False,
) -> Entity | None:
    """The entity a mention refers to, or None for a new one. ``untitled`` lets a description
    with no titled antecedent go to the untitled person named last (« la romancière »); a
    described subject (« La romancière a assisté à la première. ») introduces someone.
    ``says_i`` tells words said as « je »: a work's maker named since may say them;
    ``words_first`` words that come before their cue."""
    if mention.back_reference == "same":
        # « la même source » goes back to the last source described as a source, if any.
        head = _key(mention.text).split()[-1]
        described = [e for e in recent if head in _key(e.description).split()]
        if head != "personne" and described:
            return described[0]
        return next((e for e in recent if _compatible(e, mention)), None)
    if mention.back_reference == "latter":
        # « X a reçu Jean Valet. Ce dernier a indiqué… »: the person named last, if named
        # after the last speaker spoke.
        named = _last_two_named(sightings, position, mention)
        last = named[-1] if named else None
        if last is not None and (
            not recent
            or last.position > recent[0].position
            # « X et Y se sont croisées. « … », a tempêté la première. Cette dernière… »: the
            # other of the pair the last speaker belongs to
            or (len(named) == 2 and recent[0].name == named[0].name != last.name)
        ):
            return _from_sighting(recent, last, sightings)
    ordinal = _ORDINALS.get(_key(mention.text))
    if ordinal is not None:
        # « X et Y se sont croisés. « … », a tempêté la première »: the first or second of
        # the last two people named
        pair = _last_two_named(sightings, position, mention)
        if len(pair) == 2:
            return _from_sighting(recent, pair[ordinal], sightings)
    if mention.back_reference in ("demonstrative", "latter") or (
        mention.type == "pronoun" and _key(mention.text) not in ("on", "nous", "je", "j'", "vous")
    ):
        return _pronoun_antecedent(recent, mention, position, sightings)
    if mention.name is not None:
        key = mention.name
        for e in recent:
            if e.name and (e.name == key or _surname_match(e.name, key)):
                return e
        # Beyond the window: a full name matches in full, a bare surname its first bearer.
        return by_name.get(key)
    if mention.anonymous:
        return None
    if mention.type == "document":
        cited = _document_referred(recent, mention)
        if cited is not None:
            return cited
    generic = _generic_body(mention)
    if generic is not None:
        body = _body_referred(recent, generic)
        if body is not None:
            return body
    # A definite description: « le porte-parole », « la Maison Blanche », « la cinéaste ».
    label = roles.role_label(mention.title, mention.organization) if mention.title else None
    mention_role = _canonical_role(label) if label else None
    bare = _bare(mention)
    place = _place_word(mention.text) if mention.title else None
    for e in recent:
        if (
            mention.type == "organization"
            and e.type == "organization"
            and _same_body(e.organization, mention.organization)
            and e.title == mention.title
        ):
            return e
        if not _compatible(e, mention):
            continue  # « le préfet » is not « la préfète »
        if _in_other_body(mention, e.title, e.organization):
            continue  # « le président de la République » is not « le président du Medef »
        if place is not None and _other_place(place, e.description):
            continue  # « l'entraîneur grenoblois » is not « l'entraîneur lavallois »
        if _unionist(mention) and e.type == "person" and _union_body(e):
            return e  # « le syndicaliste » for « le secrétaire régional de la CGSP »
        if (
            mention.title
            and e.title
            and any(
                _same_function(t, mention.title, e.organization if bare else None)
                for t in (e.title, *e.other_titles)
            )
            and (not mention.organization or _key(mention.organization) == _key(e.organization))
            and e.type != "organization"
        ) or (
            mention_role is not None
            and e.type != "organization"
            and e.role is not None
            and _canonical_role(e.role) == mention_role
        ):
            return e
    if mention.number == "pl":
        return None  # « Libraires et éditeurs présents »: no one person named before
    sighting = _titled_sighting(mention, position, sightings, makers=untitled, says_i=says_i)
    if sighting is None and mention.title and mention.title[:1].isupper():
        sighting = _person_of_place(mention, position, sightings, recent)
    if sighting is None and untitled and _described_by_age(mention):
        aged = _person_just_named(recent, mention, position, sightings)
        if aged is not None:
            return aged
    if sighting is None and untitled and _describes_someone(mention):
        return _untitled_person(recent, mention, position, sightings)
    if sighting is None and untitled and recent and _epithet_title(mention):
        # « Olivier Tresmontant, qui tient les finances du groupe, … « … », a-t-il expliqué.
        # Le directeur financier a ajouté… »: a title no one held, just after a person named
        # without a title spoke, is that person's
        spoke_last = recent[0]
        if (
            spoke_last.type == "person"
            and spoke_last.name
            and not spoke_last.title
            and _compatible(spoke_last, mention)
            and 0 < position - spoke_last.position < _EPITHET_REACH
        ):
            return spoke_last
    if sighting is None and untitled:
        sighting = _subject_just_named(recent, mention, sightings, words_first)
    return _from_sighting(recent, sighting, sightings)


def _subject_just_named(
    recent: Sequence[Entity],
    mention: MentionInfo,
    sightings: _SightingIndex,
    words_first: bool,
) -> NameSighting | None:
    """« Claire Roy estime que le marché « surréagit ». D'après la spécialiste, … »: a definite
    description no one named was given, right after the person named last spoke, is the
    writer's variation on that person. After a named subject who did not speak, only a noun
    the lexicon does not know (« le promoteur »): « la sage-femme » after « Léa Roy a
    accouché », « le procureur » after « Jean Roy a comparu » are someone else."""
    if (
        mention.anonymous
        or mention.apart
        or mention.number == "pl"
        or mention.name is not None
        or mention.type != "person"
        or not mention.text[:3].lower().startswith(("le ", "la ", "l'"))
        or _key(mention.text).startswith(("l'un", "l'une"))  # « l'un d'eux »: one of a group
        or (mention.title is not None and roles.is_relation(mention.title))  # « la cadette »
        or _of_someone(mention)
    ):
        return None  # « le directeur de son écurie » is someone of the person's
    before = sightings.before(mention.start)
    if not before:
        return None
    last = before[-1]
    if (
        not last.subject
        or not _same_gender(last, mention)
        or not 0 < mention.start - last.position < _JUST_NAMED_REACH
    ):
        return None
    spoke = bool(recent) and recent[0].name == last.name
    if not spoke and (mention.title is not None or not words_first):
        return None  # « Luc Barre a déposé un recours. D'après le promoteur, … »: the other side
    if spoke and mention.title is not None and not words_first:
        # « « … », dit-elle. Selon la policière, … », « L'infirmière assure pourtant que… »:
        # a description before its verb brings in the other side; after the words (« « … »,
        # tranche l'investisseuse ») it goes on with the one who spoke
        return None
    if spoke and mention.title is not None and _other_function(recent[0], mention):
        return None  # « Le président du club, Jean Roux, … « … », a confié le technicien »
    if spoke and _unionist(mention) and not _union_body(recent[0]):
        return None  # « le syndicaliste » after the chamber of agriculture's president
    title, organization = last.role
    after_title = _key(mention.text).split(_key(mention.title or "~"), 1)[-1].split()
    if title is not None and (
        (mention.organization is not None and not _same_body(organization, mention.organization))
        or (bool(after_title) and after_title[0] in DE_WORDS)
    ):
        return None  # « le médecin de la sélection » after its coach
    found = title_record(mention.title)
    if found is not None and found.kind == "title":
        return None  # an office (« le maire », « la sénatrice »): someone who holds it
    return last


_JUST_NAMED_REACH = 400


def _epithet_title(mention: MentionInfo) -> bool:
    """« Le conseiller », « la syndicaliste », « le directeur financier »: a short definite
    title alone, of the kind news uses to go on about someone it has just named (« le
    directeur financier de Valeo », « les élus » or « le préfet » would be someone else)."""
    found = title_record(mention.title)
    return (
        found is not None
        and word_class(found.canonical, "epithet")
        and not mention.apart
        and not mention.anonymous
        and mention.number != "pl"
        and mention.name is None
        and mention.organization is None
        and mention.title is not None
        and mention.type == "person"
        and mention.text[:3].lower().startswith(("le ", "la ", "l'"))
        and len(mention.text.split()) <= 3
    )


_EPITHET_REACH = 300  # characters from the person's last claim


def _representative(title: str) -> bool:
    """« avocat », « porte-parole »: someone who speaks for another."""
    found = title_record(title)
    return word_class(found.canonical if found is not None else _key(title), "representative")


def _acts_for_or_on(sighting: NameSighting) -> bool:
    """« Son avocat, Me X » speaks for the person concerned; « le juge X » decides about
    them: neither is « l'intéressé »."""
    title = sighting.title
    return title is not None and (_representative(title) or _judging(title))


def _judging(title: str) -> bool:
    """« juge », « procureur », « magistrat »: someone who tries the person concerned."""
    found = title_record(title)
    canonical = found.canonical if found is not None else _key(title)
    return canonical == "magistrat" or canonical in lexicon.title_classes().get("magistrat", ())


def _unionist(mention: MentionInfo) -> bool:
    """« le syndicaliste », « la syndicaliste » with no organisation of their own."""
    found = title_record(mention.title) if mention.organization is None else None
    return found is not None and word_class(found.canonical, "unionist")


def _union_body(entity: Entity) -> bool:
    """Whether the person's organisation, or an organisation named in their title, is a
    union (« la CGSP-Cheminots », « la FDSEA de la Drôme », « élu CFDT »)."""
    orgs = lexicon.organizations()
    for text in (entity.organization, entity.title):
        words = _key(text).replace("-", " ").split()
        if any(word_class(w, "not_union") for w in words):
            return False  # « le Syndicat intercommunal des eaux », « le Medef »
        for word in words:
            found = orgs.get(word)
            if found is not None and found.kind == "union":
                return True
    return False


def _bare(mention: MentionInfo) -> bool:
    """« l'élu », not « l'élu socialiste » or « l'élu de droite »: the description ends with its
    title, so a council's president may be meant (a court's, for « la magistrate »)."""
    return _key(mention.text).endswith(("élu", "élue", "magistrat", "magistrate"))


def _describes_someone(mention: MentionInfo) -> bool:
    """« la romancière », « le prévenu »: a definite singular description by what someone is
    in their own story, not by an office (« le maire ») or a service (« le chirurgien »)."""
    if mention.anonymous or mention.number == "pl":
        return False
    if not mention.text[:3].lower().startswith(("le ", "la ", "l'")):
        return False
    if _of_someone(mention):
        return False  # « l'actrice qui joue sa mère » is someone of the person's
    found = title_record(mention.title)
    if mention.organization and not (found is not None and found.canonical in _FOUNDERS):
        return False  # « le gérant du café » is someone else; « la fondatrice de Kelvia » not
    # « le chirurgien », « le témoin » bring in someone new: only what a person is in their
    # own story (class persona) refers back. Not a former office either (« l'ancien maire »
    # after « X a remporté la mairie » is the mayor X beat).
    if found is None:
        return False
    return word_class(found.canonical, "persona") or _of_a_place(mention)


# Titles a person keeps with the body they made: « la fondatrice de Kelvia » is the founder
# the story is about, not someone new from that body.
_FOUNDERS = frozenset({"fondateur", "cofondateur", "créateur"})


def _described_by_age(mention: MentionInfo) -> bool:
    """« la quadragénaire », « la professeure des écoles de 46 ans », « ce chef d'entreprise »: a
    singular description by age, or one that points back, which a writer uses for someone
    just named, whatever their function; not one with an apposition of its own (« le
    quinquagénaire, agriculteur dans le Gers », « cette retraitée, membre du collectif »),
    which brings someone in."""
    if mention.anonymous or mention.number == "pl":
        return False
    if mention.title is None or _titled_apposition_in(mention.text):
        return False
    if _points_back(mention.text):
        return True  # « cette retraitée de Péronnas » points back, wherever she lives
    words = mention.text.lower().split()
    if mention.organization:
        return False
    if not mention.text[:3].lower().startswith(("le ", "la ", "l'")):
        return False
    if _stated_age(mention) is not None and len(words) > 3:
        return True
    found = title_record(mention.title)
    return found is not None and word_class(found.canonical, "age")


def _points_back(text: str) -> bool:
    """« cette retraitée », « ce chef d'entreprise »: a demonstrative description."""
    return text.lower().startswith(("ce ", "cet ", "cette "))


def _titled_apposition_in(text: str) -> bool:
    """« le quinquagénaire, agriculteur dans le Gers »: an apposition that gives a function
    of its own (« la trentenaire, arrivée de Braga » gives none)."""
    _, comma, rest = text.partition(",")
    words = rest.lower().replace("'", "' ").split()
    if words and determiner(words[0]):
        words = words[1:]
    return bool(comma) and bool(words) and lexicon.normalize_key(words[0]) in lexicon.titles()


# The ages a noun of age covers (« la quadragénaire »: 40 to 49).
_AGE_NOUNS = {
    "vingtenaire": 20,
    "trentenaire": 30,
    "quadragénaire": 40,
    "quinquagénaire": 50,
    "sexagénaire": 60,
    "septuagénaire": 70,
    "octogénaire": 80,
    "nonagénaire": 90,
    "centenaire": 100,
}


def _stated_age(mention: MentionInfo) -> int | None:
    """The age a description gives: « de 46 ans » as is, a noun of age as its decade."""
    words = mention.text.lower().split()
    if len(words) > 2 and words[-1] == "ans" and words[-2].isdigit() and words[-3] == "de":
        return int(words[-2])
    found = title_record(mention.title)
    return _AGE_NOUNS.get(found.canonical) if found is not None else None


def _age_fits(age: int | None, stated: int | None, decade: bool) -> bool:
    if age is None or stated is None:
        return True
    return stated <= age < stated + 10 if decade else age == stated


def _person_just_named(
    recent: Sequence[Entity], mention: MentionInfo, position: int, sightings: _SightingIndex
) -> Entity | None:
    """« Sa présidente, Aurélie Pradelou, évoque un choix « mûri ». « … », martèle la
    quadragénaire »: the last speaker or the subject named since, titled or not; the person
    whose stated age fits the one described (« Gérard Lamy, 71 ans » … « le septuagénaire »
    after a prosecutor spoke); the person named with that title (« l'usine de Pierre Rocher,
    chef d'entreprise » … « ce chef d'entreprise »)."""
    lookback = sightings.before(position)[-_APPOSED_LOOKBACK:]
    stated = _stated_age(mention)
    decade = stated is not None and not mention.text.lower().endswith(" ans")
    found = title_record(mention.title)
    by_age = found is not None and word_class(found.canonical, "age")
    ages = {s.name: s.age for s in lookback if s.age is not None}
    if stated is not None:
        fitting = [
            s
            for s in lookback
            if s.age is not None and _age_fits(s.age, stated, decade) and _same_gender(s, mention)
        ]
        if len({s.name for s in fitting}) > 1:
            return None  # « Luc, 45 ans, et Éric, 48 ans, … Le quadragénaire »: either one
        if fitting:
            return _from_sighting(recent, fitting[-1], sightings)
    if not by_age:
        titled = [
            s
            for s in lookback
            if _same_gender(s, mention)
            and any(
                t is not None and _same_function(t, mention.title or "")
                for t in (s.role[0], s.title)
            )
        ]
        if titled:
            return _from_sighting(recent, titled[-1], sightings)

    def fits(name: str | None) -> bool:
        # « Gérard Lamy, 71 ans » is no quadragénaire
        return name is None or stated is None or _age_fits(ages.get(name), stated, decade)

    speaker = next(
        (e for e in recent[:1] if e.type == "person" and _compatible(e, mention) and fits(e.name)),
        None,
    )
    subject = next(
        (s for s in reversed(lookback) if s.subject and _same_gender(s, mention) and fits(s.name)),
        None,
    )
    # « Le prix est revenu à Nora Piérart. « … », a raconté l'actrice de 27 ans »: someone
    # named since the last speaker and the last subject, just before, though not a subject
    named = next((s for s in reversed(lookback) if _same_gender(s, mention) and fits(s.name)), None)
    if (
        (found is None or by_age or word_class(found.canonical, "persona"))
        and named is not None
        and not named.subject
        and named.position > (recent[0].position if recent else -1)
        and (subject is None or named.position > subject.position)
        and 0 < position - named.position < _EPITHET_REACH
    ):
        return _from_sighting(recent, named, sightings)
    if subject is not None and (speaker is None or subject.position > speaker.position):
        return _from_sighting(recent, subject, sightings)
    return speaker


def _of_a_place(mention: MentionInfo) -> bool:
    """« l'entraîneur lavallois », « la cheffe montréalaise »: a title and the adjective of
    a town or country, the writer's variation on a person just named."""
    return _place_word(mention.text) is not None


def _place_word(description: str | None) -> str | None:
    """The place adjective of « l'entraîneur lavallois » (article, title, adjective)."""
    if not description:
        return None
    words = _key(description).replace("l'", "l' ").split()
    if len(words) == 3 and words[0] in ("le", "la", "l'") and people_adjective(words[2]):
        return words[2]
    return None


def _other_place(place: str, other: str | None) -> bool:
    """Whether ``other`` names a person of another place than ``place`` (an adjective)."""
    there = _place_word(other)
    return there is not None and place[:5] != there[:5]


def _untitled_person(
    recent: Sequence[Entity], mention: MentionInfo, position: int, sightings: _SightingIndex
) -> Entity | None:
    """« Nadège Sorel a présenté son roman. « … », confie la romancière »: with no one of that
    title, the person the text named last, as subject or speaker, to whom it gave no title
    (one with another title would have been called by it)."""
    speaker = next(
        (
            e
            for e in recent
            if e.type == "person" and e.name and not e.title and _compatible(e, mention)
        ),
        None,
    )
    since = speaker.position if speaker is not None else -1
    # Only the last names of the recency window: each costs a split of its phrases, and a
    # long document sights thousands.
    untitled = [
        s
        for s in reversed(sightings.before(position, since)[-_WINDOW:])
        if not _holds_title(s) and _same_gender(s, mention)
    ]
    # A subject first; else, with no speaker either, whoever the text named (« Le tribunal a
    # condamné Yannick Morel… « … », a dit le prévenu »).
    sighted = next((s for s in untitled if s.subject), None)
    found = title_record(mention.title)
    winner = found is not None and word_class(found.canonical, "winner")
    if winner:
        # « X a remporté l'étape. Y conserve la tête. « … », a raconté le vainqueur »: who won
        sighted = next(
            (s for s in untitled if s.won),
            sighted,
        )
    if sighted is None and speaker is None and untitled:
        sighted = untitled[0]
    if sighted is None and untitled and 0 < position - untitled[0].position < _EPITHET_REACH:
        # « Dans le rôle du directeur, Étienne Bochud porte le spectacle. Le comédien
        # vaudois… parle d'un rôle « … » »: named just before, whatever the clause made him
        sighted = untitled[0]
    if (
        sighted is not None
        and not (sighted.won and winner)
        and any(
            s is not sighted and s.subject and abs(s.position - sighted.position) < _PAIRED
            for s in untitled
        )
    ):
        return None  # « Pascal Gastien et Olivier Frapolli se retrouvent »: which of the two?
    since = sighted.position if sighted is not None else since
    named_since = sightings.before(position, since)[-_WINDOW:]
    accused = _accused(mention)
    if sighted is not None and any(
        _holds_title(s)
        and _same_gender(s, mention)
        # « Le prévenu » is not his lawyer nor the prosecutor named since
        and not (accused and _court_party(s))
        for s in named_since
    ):
        # « X ne décolérait pas. … Y, le gardien, a livré… « … », prévient le défenseur
        # central »: someone named since, with a title of their own, may be meant
        return None
    if sighted is None and named_since:
        latest = named_since[-1]
        if (
            latest.subject
            and _holds_title(latest)
            and _same_gender(latest, mention)
            and not (accused and _court_party(latest))
        ):
            return None  # « Le capitaine Anthony R. a tenu à calmer… « … », prévient le défenseur »
    return _from_sighting(recent, sighted, sightings) if sighted is not None else speaker


def _other_function(entity: Entity, mention: MentionInfo) -> bool:
    """Whether the speaker's title makes the description someone else: one who speaks for
    others (« Sophie Marchal, avocate de la famille » is not « l'officière »), or a general
    title whose functions do not hold theirs (« le technicien » is a coach, not « le président
    du club »)."""
    if entity.title is None or mention.title is None:
        return False
    if _representative(entity.title):
        return True
    found = title_record(mention.title)
    known = title_record(entity.title)
    if found is None or known is None:
        return False
    functions = lexicon.title_classes().get(found.canonical)
    return functions is not None and known.canonical not in functions


def _of_someone(mention: MentionInfo) -> bool:
    """« le directeur de son écurie », « l'actrice qui joue sa mère »: a description by a
    relation to someone, who is then not the one described."""
    return any(w in THIRD_PERSON_POSSESSIVES for w in _key(mention.text).split())


def _holds_title(sighting: NameSighting) -> bool:
    """A function written with the name; « le Colombien Andrés Motavita »: a country is none."""
    return (sighting.title is not None and sighting.title in lexicon.titles()) or any(sighting.role)


def _accused(mention: MentionInfo) -> bool:
    """« le prévenu », « l'accusée »: the one a trial is about."""
    found = title_record(mention.title) if mention.title else None
    return found is not None and word_class(found.canonical, "accused")


def _court_party(sighting: NameSighting) -> bool:
    """A lawyer, a judge or a prosecutor named in a trial: never « le prévenu »."""
    title = sighting.role[0] or sighting.title
    found = title_record(title) if title else None
    if found is None:
        return False
    return word_class(found.canonical, "representative") or _same_function(
        found.canonical, "magistrat"
    )


def _person_of_place(
    mention: MentionInfo,
    position: int,
    sightings: _SightingIndex,
    recent: Sequence[Entity] = (),
) -> NameSighting | None:
    """« l'Espagnol » → the person named « l'Espagnol Carlos Alcaraz » before; else, as in
    « Clara Berthelot s'est qualifiée… « … », a réagi la Lyonnaise », the person the text was
    just about, unless the text gave them another country or city (a guess: « X a reçu Y…,
    a déclaré le Britannique » may be either)."""
    key = lexicon.normalize_key(mention.title or "")
    named = _last_before(sightings.by_title.get(key, ()), position)
    if named is not None:
        return named
    lookback = sightings.before(position)[-_APPOSED_LOOKBACK:]
    fitting = [
        s
        for s in reversed(lookback)
        # not a person the text gave another country or city
        if not (s.title is not None and s.title not in lexicon.titles())
        and (not s.gender or not mention.gender or s.gender == mention.gender)
    ]
    # The subject the text was about; with no subject named, the one person it named
    # (« une tête de Marc Nkoulou… le Camerounais de 24 ans »).
    subject = next((s for s in fitting if s.subject), None)
    if (
        subject is None
        and len({s.name for s in fitting}) == 1
        and len(lookback) == len(fitting)
        # « l'avocat de la famille, Me Paul Renaud »: someone with a function of their own is
        # no person of a country, unless they spoke last (« … », a résumé la commissaire, X.
        # La Finlandaise a précisé… »)
        and (
            (fitting[0].title is None and not any(fitting[0].role))
            or (bool(recent) and recent[0].name == fitting[0].name)
        )
    ):
        return fitting[0]
    return subject


# Kinds whose generic noun refers back to any body of the kind (« le syndicat » after « la
# CGT »); « le gouvernement » or « l'agence » must name the body's own head noun instead.
_BRIDGED_KINDS = frozenset({"company", "union", "party", "ngo", "sport", "media"})


def _generic_body(mention: MentionInfo) -> lexicon.Organization | None:
    """The lexicon's generic noun when a mention is only an article and that noun (« l'agence »,
    « le syndicat »), else None."""
    if mention.type != "organization":
        return None
    words = _key(mention.text).replace("l'", "l' ").split()
    if len(words) != 2 or words[0] not in ("le", "la", "l'"):
        return None
    entry = lexicon.organizations().get(words[1])
    return entry if _is_generic(entry) else None


def _described_body(
    described: Sequence[tuple[int, MentionInfo]], position: int, generic: lexicon.Organization
) -> MentionInfo | None:
    """The body, named, that the last sentence reporting nothing was about, when it is near
    and a generic noun of its kind may stand for it (a body the lexicons do not know may be
    called anything)."""
    i = bisect.bisect_left(described, position, key=lambda d: d[0])
    if i == 0:
        return None
    intro = described[i - 1][1]
    if position - intro.end > _NEAR or intro.type != "organization" or not intro.organization:
        return None
    entry = _body_entry(intro.organization)
    words = _key(intro.text).replace("l'", "l' ").split()
    head = lexicon.organizations().get(words[1]) if len(words) > 1 else None
    if entry is None and _is_generic(head):
        entry = head  # « le syndicat Unifor » is a union
    # « Le fabricant du produit, la marque Solévia »: named in apposition
    named = any(w[:1].isupper() for w in intro.text.split()[1:])
    if (_is_generic(entry) and not named) or (entry is not None and entry.kind != generic.kind):
        return None
    return intro


def _is_generic(entry: lexicon.Organization | None) -> bool:
    """Whether a lexicon entry is a generic noun (« agence », « syndicat »), not a name."""
    return entry is not None and entry.generic


def _body_referred(recent: Sequence[Entity], generic: lexicon.Organization) -> Entity | None:
    """The body a generic noun refers back to: the last organisation quoted or named as a
    speaker's organisation whose full name has that noun (« l'agence » → l'Agence régionale de
    santé, ARS) or, for companies, unions, parties, clubs and NGOs, whose kind it names."""
    noun = lexicon.fold_key(generic.form)
    for e in recent:
        if not e.organization or e.type not in ("organization", "person"):
            continue
        entry = _body_entry(e.organization)
        full = entry.canonical if entry is not None else e.organization
        if entry is generic or _key(e.organization) == generic.form:
            continue  # « le syndicat » as its own description says nothing more
        named = noun in lexicon.fold_key(full).replace("'", " ").split()
        if named or (
            generic.kind in _BRIDGED_KINDS and entry is not None and entry.kind == generic.kind
        ):
            if e.type == "organization":
                return e
            return Entity(
                id=-1,
                type="organization",
                name=None,
                description=e.organization,
                title=None,
                organization=e.organization,
                gender=None,
                number="sg",
                anonymous=False,
                position=e.position,
                role=roles.role_label(None, e.organization),
            )
    return None


def _in_other_body(mention: MentionInfo, title: str | None, organization: str | None) -> bool:
    """Whether a mention's title holds its own body (« président de la République », « chef
    de l'État ») while the person it is compared with heads another (« président du Medef »)."""
    if not mention.title or not organization or mention.organization:
        return False
    if _key(mention.title) == _key(title):
        return False
    words = _key(mention.title).replace("'", "' ").split()
    return any(w in DE_WORDS for w in words[1:])


def _body_entry(organization: str) -> lexicon.Organization | None:
    """The lexicon's record of a body, also when a generic noun heads its name (« entreprise
    Renault » is Renault)."""
    found = lexicon.organizations().get(_key(organization))
    head, _, rest = organization.partition(" ")
    if found is None and rest and _is_generic(lexicon.organizations().get(_key(head))):
        return lexicon.organizations().get(_key(rest))
    return found


def _same_body(a: str | None, b: str | None) -> bool:
    """« le parquet » after « le parquet de Nantes »: the shorter name is the longer one's head."""
    ka, kb = _key(a), _key(b)
    if not ka or not kb:
        return False
    short, long = sorted((ka, kb), key=len)
    return long == short or long.startswith(short + " ")


def _same_function(a: str, b: str, body_of_a: str | None = None) -> bool:
    """« le maire » and « le premier magistrat » name the same function: their English
    labels agree. ``body_of_a``, the organisation ``a`` serves, tells « l'élu » the
    president of a council from the president of a company."""
    if _key(a) == _key(b):
        return True
    ta, tb = title_record(a), title_record(b)
    if ta is None or tb is None:
        return False
    if ta.english.rstrip("s") == tb.english.rstrip("s"):
        return True
    # « l'élue » for « la députée », « la déléguée syndicale » for « la déléguée CGT »
    ca, cb = ta.canonical, tb.canonical
    classes = lexicon.title_classes()
    if word_class(ca, "council_head") and cb in _ELECTED and _elected_body(body_of_a):
        return True  # « le président du conseil départemental » … « l'élu »
    if ca == "président" and cb == "magistrat" and _court(body_of_a):
        return True  # « la présidente de la cour » … « la magistrate »
    # « biologiste marine » is a « biologiste », whom « la chercheuse » may be
    ha, hb = ca.split(" ", 1)[0], cb.split(" ", 1)[0]
    return (
        cb in classes.get(ca, ())
        or ca in classes.get(cb, ())
        or hb in classes.get(ca, ())
        or ha in classes.get(cb, ())
        or ca.startswith(cb + " ")
        or cb.startswith(ca + " ")
    )


_ELECTED = frozenset({"élu"})


def _court(body: str | None) -> bool:
    """« la cour d'assises », « le tribunal correctionnel de Nancy »: a court."""
    words = _key(body).split()[:2] if body else []
    return any(w in ("cour", "tribunal", "juridiction") for w in words)


def _elected_body(body: str | None) -> bool:
    words = _key(body).split(" ")
    return any(word_class(" ".join(words[:n]), "elected_body") for n in (1, 2, 3))


def _canonical_role(label: str) -> str:
    text = " ".join(label.lower().split())
    for phrase, canonical in sorted(
        lexicon.role_synonyms().items(), key=lambda item: -len(item[0])
    ):
        text = text.replace(phrase, canonical)
    return text


def _document(entity: Entity) -> bool:
    """« un rapport de la chambre régionale des comptes »: a document cited, which no « il »
    that speaks points back to."""
    words = (entity.description or "").lower().replace("'", "' ").split()
    head = next(
        (w for w in words if not word_class(w, "det") and not word_class(w, "det_indef")), ""
    )
    return lexicon.source_kind(head) == "document"


def _document_referred(recent: Sequence[Entity], mention: MentionInfo) -> Entity | None:
    """« … selon un communiqué publié à Berne. Le document précise que… »: a definite
    document with no complement is the document cited last, if one was."""
    words = _key(mention.text).replace("l'", "l' ").split()
    if len(words) != 2 or words[0] not in ("le", "la", "l'", "ce", "cet", "cette"):
        return None
    cited = next((e for e in recent if _document(e)), None)
    if cited is None:
        return None
    # « le document », « le texte » stand for any; « la note » only for a note
    head = [w for w in _key(cited.description).replace("l'", "l' ").split() if w.isalpha()]
    same = len(head) > 1 and lexicon.normalize_key(head[1]) == lexicon.normalize_key(words[1])
    return cited if words[1] in ("document", "texte") or same else None


def _someone_unknown(entity: Entity) -> bool:
    """« Un notable de Léré raconte… « … », assure-t-il »: a speaker brought in with an
    indefinite article and a noun no lexicon knows is someone all the same."""
    words = (entity.description or "").lower().split(None, 1)
    return (
        entity.type == "unknown"
        and entity.gender is not None
        and len(words) == 2
        and words[0] in ("un", "une")
        and not _document(entity)
    )


def _pronoun_antecedent(
    recent: Sequence[Entity],
    mention: MentionInfo,
    position: int,
    sightings: _SightingIndex,
) -> Entity | None:
    """The last compatible speaker, unless a compatible person was introduced in subject
    position after that speaker spoke (« Son collègue Marc Tessier… reconnaît-il »)."""
    best: Entity | None = None
    if mention.number == "pl":
        # « Ils » after « Les syndicats »: a plural source first; a singular anonymous
        # official (reported as « ils ») or an institution next; else the last speaker.
        ranked = [e for e in recent if e.number == "pl" or e.type == "group"]
        ranked += [e for e in recent if e.anonymous or e.type == "organization"]
        if not ranked and mention.text.split(None, 1)[0].lower() in THIRD_PERSON_POSSESSIVES:
            return None  # « Selon leurs calculs »: several people, not the last speaker
        if not ranked:
            # « Deux ingénieurs, Patrick X et Eric Y, ont présenté un drone. Ils affirment… »:
            # the pair named together as the subject since the last speaker
            pair = _pair_named_since(recent, mention, position, sightings)
            if pair is not None:
                return _from_sighting(recent, pair, sightings)
        return ranked[0] if ranked else (recent[0] if recent else None)
    # « Lui persiste : « … » »: a stressed pronoun stands for a person, never a body
    stressed = mention.text.lower().partition("-")[0] in ("lui", "eux")
    # « L'intéressé » is a person too: the one the facts concern
    stressed = stressed or "intéress" in mention.text.lower()
    concerned = "intéress" in mention.text.lower()
    if concerned:
        # « Son chef d'équipe a expliqué que… L'intéressé, lui, se dit… »: the person the
        # facts concern, named lately and not yet quoted, rather than who spoke of them
        spoken = {e.name for e in recent if e.name}
        for s in reversed(sightings.before(position, position - _CONCERNED_REACH)):
            if (
                s.name not in spoken
                and " " in s.name  # a full name, not « la mère de Loïc »
                and _same_gender(s, mention)
                and not _acts_for_or_on(s)
            ):
                return _from_sighting(recent, s, sightings)
    for e in recent:
        if (
            (e.type in ("person", "organization", "group") or _someone_unknown(e))
            and _compatible(e, mention)
            and (e.type != "organization" or (mention.gender is not None and not stressed))
            and not _document(e)
            # « son avocat, Me X » speaks for « l'intéressé », who is someone else
            and not (concerned and e.title and _representative(e.title))
        ):
            best = e
            break
    if mention.number == "pl":
        return best
    sighting = None
    for s in sightings.before(position, best.position if best is not None else -1):
        if s.subject and _same_gender(s, mention) and not (concerned and _acts_for_or_on(s)):
            sighting = s
    if sighting is None and best is None:
        # « … revient à un boulanger, Karim Ouazzani, 31 ans. « … », a-t-il réagi »: with no
        # speaker before, the last person named, wherever it stood (« Le club a recruté
        # Lucas Perrin. « Je suis heureux », a-t-il déclaré » is far more common than « Le
        # tribunal a condamné X. Il a estimé… », where « Il » is the court).
        sighting = next(
            (s for s in reversed(sightings.before(position)) if _same_gender(s, mention)),
            None,
        )
    if (
        sighting is not None
        and (best is None or sighting.position > best.position)
        and (best is None or best.name != sighting.name)
    ):
        return _from_sighting(recent, sighting, sightings) or best
    return best


def _pair_named_since(
    recent: Sequence[Entity], mention: MentionInfo, position: int, sightings: _SightingIndex
) -> NameSighting | None:
    """The first of two people named side by side (« A et B ») as the subject, after the last
    speaker and within a sentence or two of a plural pronoun (« Elles » only for two women)."""
    since = recent[0].position if recent else -1
    named = sightings.before(position, since)[-_APPOSED_LOOKBACK:]
    for first, second in pairwise(named):
        if (
            first.subject
            and 0 < second.position - first.position < _PAIRED
            and position - first.position < _EPITHET_REACH
            and first.name != second.name
            # « Ils » for any pair, « Elles » for two women
            and (
                mention.gender != "f"
                or (_same_gender(first, mention) and _same_gender(second, mention))
            )
        ):
            return first
    return None


def _newsroom_staff(sighting: NameSighting) -> bool:
    """« Notre envoyé spécial à Kiev, X », « l'envoyé spécial de RFI, Y »: a reporter, whom
    « le diplomate » does not stand for, though an envoy's title is theirs too."""
    phrase = sighting.phrases[0].lower() if sighting.phrases else ""
    if phrase.startswith(("notre ", "nos ")):
        return True
    organization = sighting.role[1]
    if not organization:
        return False
    body = lexicon.organizations().get(lexicon.normalize_key(organization.split(" à ")[0]))
    return body is not None and body.kind == "media"


def _titled_sighting(
    mention: MentionInfo,
    position: int,
    sightings: _SightingIndex,
    *,
    makers: bool = True,
    says_i: bool = False,
) -> NameSighting | None:
    """The person named earlier with the title of a definite description (« la cinéaste »);
    with ``makers``, also the untitled person a work was by, for a maker's title (not for a
    subject described since, « La romancière a assisté à la première », who is someone new)."""
    if (
        not mention.title
        or mention.anonymous
        or not mention.text[:3].lower().startswith(("le ", "la ", "l'", "les"))
    ):
        return None
    found = title_record(mention.title)  # « l'ancien entraîneur » is a coach
    if found is None:
        return None
    candidates = [
        s
        for canonical in (found.canonical, *lexicon.title_classes().get(found.canonical, ()))
        if (s := _last_before(sightings.by_title.get(canonical, ()), position)) is not None
        and _same_gender(s, mention)
        and (canonical == found.canonical or not _newsroom_staff(s))
    ]
    if candidates:
        # someone given the title in apposition since (« L'enquêteur, Paul Girard, … ») is
        # nearer than an earlier holder of a title of its class
        latest = max(candidates, key=lambda s: s.position)
        apposed = _apposed_sighting(mention, position, sightings, after=latest.position)
        if apposed is None and makers and says_i and word_class(found.canonical, "author"):
            # « … a couronné « On ne rentrera pas sans eux », de Chantal Fastré. « Moi, je n'ai
            # fait que tenir la caméra », a confié la réalisatrice »: a work's maker named
            # since, speaking of herself (a juror speaks of the film)
            apposed = next(
                (
                    s
                    for s in reversed(sightings.before(position, latest.position))
                    if s.maker and s.role[0] is None and _same_gender(s, mention)
                ),
                None,
            )
        return apposed or latest
    if makers and word_class(found.canonical, "author"):
        # « le recueil de Sylvie Roux » … « l'autrice »: a work's maker, named untitled; the
        # subject first (« Judith Aramon signe un film adapté du roman de Paulette Girardot »
        # … « la cinéaste »)
        untitled = [
            s
            for s in sightings.before(position)[-_APPOSED_LOOKBACK:]
            if _same_gender(s, mention) and s.role[0] is None
        ]
        subjects = [s for s in untitled if s.subject]
        if subjects or untitled:
            return (subjects or untitled)[-1]
    return _apposed_sighting(mention, position, sightings)


def _apposed_sighting(
    mention: MentionInfo, position: int, sightings: _SightingIndex, *, after: int = -1
) -> NameSighting | None:
    """« Le maire de la commune, Denis Claudel, … » then « l'élu »: the last person named
    (after ``after``) with a title of the same function in apposition."""
    for s in reversed(sightings.before(position, after)[-_APPOSED_LOOKBACK:]):
        title, organization = s.role if s.phrases else (None, None)
        if (
            title is not None
            and mention.title is not None
            and _same_function(title, mention.title, organization if _bare(mention) else None)
            and not _in_other_body(mention, title, organization)
            and _same_gender(s, mention)
            and (_key(title) == _key(mention.title) or not _newsroom_staff(s))
        ):
            return s
    return None


def _work_maker(intro: MentionInfo, sightings: _SightingIndex) -> NameSighting | None:
    """The person a work was by, untitled, for a subject described with a maker's title
    and nobody of that title named before it (« L'autrice y suit une infirmière »)."""
    found = title_record(intro.title) if intro.title else None
    if found is None or not word_class(found.canonical, "author"):
        return None
    if not _key(intro.text).endswith(_key(intro.title)):
        return None  # « L'auteur des faits », « l'auteur du piratage »: a culprit
    maker = _titled_sighting(intro, intro.start, sightings)
    return maker if maker is not None and maker.maker else None


def _same_gender(sighting: NameSighting, mention: MentionInfo) -> bool:
    """« le préfet » is not « Ana Morel, préfète »; an unknown gender agrees with any."""
    return not sighting.gender or not mention.gender or sighting.gender == mention.gender


_CATAPHORA_REACH = 400  # characters after a first pronoun where its person may be named
_PAIRED = 60  # characters between two subjects named in one breath
_APPOSED_LOOKBACK = 8  # sightings read back for a title in apposition (each costs a split)


def _from_sighting(
    recent: Sequence[Entity],
    sighting: NameSighting | None,
    index: _SightingIndex | None = None,
) -> Entity | None:
    """The entity of a sighted name: an existing one, or a new one with id -1 to be numbered."""
    if sighting is None:
        return None
    for e in recent:
        if e.name == sighting.name:
            return e
    title, organization = sighting.role
    source = sighting
    if title is None and index is not None:
        # « le limogeage de son entraîneur, Didier Castagnac, … ¶ … Didier Castagnac laisse…
        # Il… »: the nearest sighting of the name says what he is, when this one does not
        titled = _sighting_of(sighting.name, sighting.position, index)
        if titled is not None:
            title, organization = titled.role
            source = titled
    return Entity(
        id=-1,
        type="person",
        name=sighting.name,
        # the phrase that gave the title (« La ministre de la Culture »), as written
        description=next((p for p in source.phrases if roles.split_title(p)[0]), None)
        if title is not None
        else None,
        title=title,
        organization=organization,
        gender=sighting.gender,
        number="sg",
        anonymous=False,
        position=sighting.position,
        role=roles.role_label(title, organization),
    )


def _sighting_of(
    name: str, position: int, sightings: _SightingIndex, *, described: bool = True
) -> NameSighting | None:
    """« Horne » → the sighting of « Emily Horne »: the last full name with that surname
    before the claim, or the first one after it (the same name when already full)."""
    found = [
        s
        for s in sightings.by_surname.get(name.split()[-1], ())
        if s.name == name or _surname_match(s.name, name)
    ]
    if not found:
        return None
    # The nearest titled sighting before the claim, else the nearest sighting before it, else
    # the first titled one after it. Reading titles is costly: only when the mention itself
    # gives none, and only until one is found.
    before = [s for s in found if s.position < position]
    if described:
        for s in reversed(before):
            if _titled(s):
                return s
    if before:
        return before[-1]
    if described:
        for s in found:
            if _titled(s):
                return s
    return found[0]


def _titled(sighting: NameSighting) -> bool:
    return bool(sighting.phrases) and sighting.role[0] is not None


def _description(mention: MentionInfo) -> str | None:
    if mention.type == "pronoun" or mention.back_reference:
        return None
    return mention.text or None


def _new(count: int, mention: MentionInfo, position: int, sightings: _SightingIndex) -> Entity:
    name = mention.name
    gender = mention.gender
    title, organization = mention.title, mention.organization
    if name is not None and mention.type == "person":
        sighting = _sighting_of(name, position, sightings, described=title is None)
        if sighting is not None:
            name = sighting.name
            gender = gender or sighting.gender
            if title is None:
                title, organization = sighting.role
    if mention.type == "organization":
        name = None  # an institution's name is its organisation field
    kind = mention.type
    civility = _civility(mention)
    return Entity(
        other_titles=() if civility is None or civility == title else (civility,),
        id=count,
        type=kind,
        name=name,
        description=_description(mention),
        title=title,
        organization=organization,
        gender=gender,
        number=mention.number,
        anonymous=mention.anonymous,
        position=position,
        role=roles.role_label(title, organization),
    )


def _civility(mention: MentionInfo) -> str | None:
    """« le Dr Wilner Dorvilien, responsable du centre »: the title a civility before the name
    gives, so that « le médecin » finds him too."""
    if mention.name is None or mention.text == mention.name:
        return None
    for word in mention.text.split():
        if word[:1].isupper():
            found = lexicon.civility_title(word)
            if found is not None:
                return found
    return None


def _merge(entity: Entity, mention: MentionInfo, position: int) -> Entity:
    description = entity.description
    new = _description(mention)
    if new and (description is None or (mention.title and len(new) > len(description))):
        description = new
    title = entity.title or mention.title
    if mention.title and entity.title and _former(mention.title, entity.title):
        title = mention.title  # « l'ancien entraîneur » of a coach: he is the former coach
    organization = entity.organization or mention.organization
    other_titles = entity.other_titles
    for more in (mention.title, _civility(mention)):
        if more and more != title and more not in other_titles:
            other_titles = (*other_titles, more)
    return attrs.evolve(
        entity,
        title=title,
        other_titles=other_titles,
        organization=organization,
        gender=entity.gender or (mention.gender if mention.type != "pronoun" else None),
        description=description,
        position=position,
        role=entity.role
        if (title, organization) == (entity.title, entity.organization)
        else roles.role_label(title, organization),
    )


def _former(title: str, known: str) -> bool:
    """Whether ``title`` is ``known`` said of the past (« ancien entraîneur », « entraîneur »)."""
    head = _key(title).split(" ", 1)[0]
    record, other = title_record(title), title_record(known)
    return (
        head in ("ancien", "ancienne", "ex-")
        and record is not None
        and other is not None
        and record.canonical == other.canonical
    )


def _speaker(entity: Entity) -> Speaker:
    kind: MentionType = entity.type if entity.type in _SPEAKER_TYPES else "unknown"  # type: ignore[assignment]
    return Speaker(
        mention=None,
        name=entity.name,
        description=entity.description,
        entity=entity.id,
        type=kind,
        anonymous=entity.anonymous,
        title=entity.title,
        organization=entity.organization,
        role=entity.role,
    )
