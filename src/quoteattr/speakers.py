"""Speakers: the words of the claim's sentence that name its source.

The subject before the cue (with appositions and relative clauses), the inverted subject after
an incise verb, the clitic of « a-t-il dit », the X of « selon X », the noun phrase before a
colon, and for a participle (« …, affirmant que ») the subject of the main clause.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quoteattr import lexicon, verbs
from quoteattr.cues import (
    STRESSED_PRONOUNS,
    SUBJECT_CLITICS,
    adverb_length_forward,
    find_verb_cues,
    split_inversion,
)
from quoteattr.grammar import determiner, word_class
from quoteattr.mentions import (
    after_preposition,
    find_organization,
    name_runs,
    names_a_source,
    party_aside,
    possessor,
    title_record,
)
from quoteattr.text import CLOSING_GUILLEMETS, DE_WORDS, OPENING_GUILLEMETS, Token

if TYPE_CHECKING:  # claims builds on this module; the draft type is only annotated here
    from quoteattr.claims import Draft

_DE = DE_WORDS
_HARD_STOPS = frozenset(
    '.;:!?()[]"\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}'
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}"
)


def is_verb(token: Token) -> bool:
    """Whether a token is a form of avoir/être or a finite form of a reporting verb."""
    low = token.low
    if "-" in low:
        low = split_inversion(low)[0]
    return low in _finite_words()


@functools.cache
def _finite_words() -> frozenset[str]:
    finite = {
        form
        for form, infos in verbs.form_index().items()
        if any(
            i.tense not in ("past_participle", "infinitive", "present_participle") for i in infos
        )
    }
    # « lise » (lire) is far more often Lise, a first name
    return frozenset((finite - lexicon.first_names().keys()) | set(verbs.auxiliary_index()))


def _after_determiner(tokens: Sequence[Token], i: int) -> bool:
    """« la juge », « le conseil »: a word right after a determiner is a noun, not a verb;
    so is a finite form after « de » (« l'attachée de presse ») and a title right after a
    comma (« Ana Morel, juge, a dit »)."""
    if i == 0:
        return False
    prev = tokens[i - 1].low
    return (
        prev in _DE
        # « un ambassadeur en poste à Addis-Abeba »: a finite form after « en » is a noun
        or (prev == "en" and word_class(tokens[i].low, "after_en"))
        or word_class(prev, "det")
        or word_class(prev, "det_indef")
        or (prev == "," and lexicon.normalize_key(tokens[i].low) in lexicon.titles())
    )


def _inside_body_name(tokens: Sequence[Token], i: int) -> bool:
    """« l'Organisation pour la sécurité et la coopération en Europe »: the « et » belongs to
    a known body's name."""
    if tokens[i].low != "et":
        return False
    start = max(0, i - 8)
    found = find_organization(tokens[start : i + 8])
    return found is not None and start + found[0] < i < start + found[1]


def _and_of_a_name(tokens: Sequence[Token], i: int) -> bool:
    """« la Société française d'accompagnement et de soins palliatifs (SFAP) »: an « et de »
    inside a capitalised body's name the lexicon does not know."""
    return (
        tokens[i].low == "et"
        and i + 1 < len(tokens)
        and tokens[i + 1].low in _DE
        and any(t.capitalized for t in tokens[max(0, i - 5) : i])
        and any(t.text == ")" for t in tokens[i + 2 : i + 10])
    )


def _loose_aside(tokens: Sequence[Token], a: int, b: int) -> bool:
    """« furieux », « extérieure à l'équipe », « comme l'appellent ses fans »: an adjective
    alone or with its complement, or « comme » and a clause; not a noun phrase in apposition
    (« syndicat autonome des conducteurs », « ancienne puissance coloniale »), which says
    what the subject is."""
    head = tokens[a]
    if head.low == "comme":
        return True
    return (
        head.word
        and not head.capitalized
        and head.low.endswith(_ADJECTIVE_ENDINGS)
        and lexicon.normalize_key(head.low) not in lexicon.titles()
        and lexicon.source_kind(head.low) is None
        and (b - a == 1 or tokens[a + 1].low in _ADJECTIVE_COMPLEMENTS)
    )


_ADJECTIVE_ENDINGS = (
    "é", "ée", "és", "ées", "eux", "euse", "euses", "if", "ive", "ifs", "ives", "ible", "ibles",
    "able", "ables", "ique", "iques", "ant", "ante", "ants", "antes", "eure", "eures", "ieur",
    "ieurs", "al", "aux", "el", "els", "ue", "ues",
)  # fmt: skip
_ADJECTIVE_COMPLEMENTS = frozenset({"à", "au", "aux", "de", "d'", "du", "des", "en", "pour", "par"})


def _and_of_a_title(tokens: Sequence[Token], i: int) -> bool:
    """« le ministre de l'Économie et des Finances », « la ministre de la Transition
    écologique et solidaire »: an « et » inside the capitalised complement of a title, going
    on with « de » or a lower-case word (not another noun phrase: « le ministre et la »)."""
    if tokens[i].low != "et" or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    after_de = any(tokens[j].low in _DE for j in range(max(0, i - 5), i - 1))
    if nxt.low in _DE:
        # « le directeur de la sécurité et de la prévention », « l'avocat de la victime et
        # de sa famille »: a second complement of the same title
        return after_de
    if title_record(" ".join(t.low for t in tokens[i + 1 : i + 3])) or title_record(nxt.low):
        # « le ministre et ancien maire de Tourcoing, Gérald Darmanin »: one person's titles
        return True
    if word_class(nxt.low, "det") and i + 2 < len(tokens):
        # « le préfet délégué pour la défense et la sécurité »: two things, not two people
        head = tokens[i + 2]
        return (
            head.word
            and not names_a_source(head)
            and any(word_class(tokens[j].low, "prep") for j in range(max(0, i - 4), i))
        )
    if not (
        nxt.word
        and not nxt.capitalized
        and not word_class(nxt.low, "det")
        and not (is_verb(nxt) and not _noun_in_ions(tokens, i + 1))
        and not word_class(nxt.low, "clitic")
    ):
        return False
    # « présidente de la commission emploi et relations sociales »: right after a title too
    # (« la procureure aux poursuites criminelles et pénales »)
    return any(
        (tokens[j].low in _DE or tokens[j].low in ("à", "au", "aux"))
        and (
            any(t.capitalized for t in tokens[j + 1 : j + 3])
            or (j > 0 and title_record(tokens[j - 1].low) is not None)
        )
        for j in range(max(0, i - 5), i - 1)
    )


def _noun_in_ions(tokens: Sequence[Token], i: int) -> bool:
    """« relations », « questions »: a noun, unless « nous » goes before (« que nous
    interrogions »)."""
    return (
        tokens[i].low.endswith("ions")
        and is_verb(tokens[i])
        and not (i > 0 and tokens[i - 1].low == "nous")
    )


def _inside_proper_name(tokens: Sequence[Token], i: int) -> bool:
    """« la région Grand Est », « Paris Est »: a capitalised verb form after a capitalised
    word goes on with the name."""
    return i > 0 and tokens[i].capitalized and tokens[i - 1].capitalized and tokens[i - 1].word


def _in_perfect_participle(tokens: Sequence[Token], i: int) -> bool:
    """« Un diplomate ayant requis l'anonymat a déclaré »: « ayant » and the participle after
    it describe the subject, they do not end it."""
    low = tokens[i].low
    return low in _PERFECT_AUXILIARIES or (
        i > 0 and tokens[i - 1].low in _PERFECT_AUXILIARIES and low.endswith(_PARTICIPLE_ENDS)
    )


_PERFECT_AUXILIARIES = frozenset({"ayant", "étant"})
_PARTICIPLE_ENDS = (
    "é", "ée", "és", "ées", "i", "is", "ie", "ies", "u", "us", "ue", "ues", "t", "ts",
)  # fmt: skip


def _left_stop(token: Token) -> bool:
    low = token.low
    return (
        token.text in _HARD_STOPS
        or word_class(low, "que")
        or (word_class(low, "conj") and low not in ("bien",))
        or is_verb(token)
    )


def _preposition_at(tokens: Sequence[Token], a: int) -> bool:
    """A preposition opens the words at ``a``; « grâce » only before « à » (« Grâce à ce
    plan, … », not the first name « Grâce Mbala »), « près » only before « de »."""
    if tokens[a].low in _BEFORE_A_PREPOSITION:
        following = _BEFORE_A_PREPOSITION[tokens[a].low]
        return (
            a + 1 < len(tokens)
            and tokens[a + 1].low in following
            # « Près de 300 manifestants », « Près de la moitié des salariés »: a quantity
            and not _quantity_at(tokens, a + 2)
        )
    return word_class(tokens[a].low, "prep")


def _quantity_at(tokens: Sequence[Token], k: int) -> bool:
    """« 300 », « la moitié », « un tiers », « deux » at ``k``: a quantity, not a place."""
    if k >= len(tokens):
        return False
    if tokens[k].text[:1].isdigit() or word_class(tokens[k].low, "numeral"):
        return True
    return k + 1 < len(tokens) and (
        word_class(tokens[k + 1].low, "fraction") or word_class(tokens[k + 1].low, "count_noun")
    )


# Words that are prepositions only before these (« Grâce à », « Près de »), names otherwise.
_BEFORE_A_PREPOSITION = {
    "grâce": ("à", "au", "aux"),
    "près": ("de", "d'", "du", "des"),
}


def _np_like(tokens: Sequence[Token], a: int, b: int) -> bool:
    if a >= b:
        return False
    first = tokens[a]
    if _preposition_at(tokens, a) and first.low not in ("de", "d'"):
        return False
    if word_class(first.low, "rel"):
        return False
    return not (
        first.word
        and first.low.endswith(("é", "ée", "és", "ées", "ant"))
        and a == 0
        and not first.capitalized
    )


def _title_led(tokens: Sequence[Token], j: int) -> bool:
    """« porte-parole de la préfecture », « la ministre de la Culture »: a title phrase."""
    if word_class(tokens[j].low, "det") and j + 1 < len(tokens):
        j += 1
    return not tokens[j].capitalized and lexicon.normalize_key(tokens[j].low) in lexicon.titles()


_FUTURE_ENDINGS = ("era", "eront", "erait", "eraient", "ira", "iront", "irait", "iraient")


def future_form(token: Token) -> bool:
    """« Berthelot affrontera Jessica Moore »: a future or conditional of any verb, so that a
    name after it is its object, not its subject."""
    return (
        token.word
        and not token.capitalized
        and len(token.low) > 4
        and (token.low.endswith(_FUTURE_ENDINGS))
    )


def _prep_after_adverbs(tokens: Sequence[Token], k: int) -> bool:
    """Whether a preposition follows at ``k``, past adverbs and dates (« Arrivée lundi soir
    à Bamako »)."""
    while k < len(tokens) and (size := adverb_length_forward(tokens, k)):
        k += size
    return k < len(tokens) and word_class(tokens[k].low, "prep")


def participle_led(tokens: Sequence[Token], a: int) -> bool:
    """« réveillé par les cris », « interrogée sur ses projets », and at the sentence's start
    « Interrogé sur RTL, », « Saisi par la famille, »: a participial clause."""
    tok = tokens[a]
    if tok.low in ("s'", "se") and a + 1 < len(tokens) and tokens[a + 1].low.endswith("ant"):
        return len(tokens[a + 1].low) > 4  # « s'exprimant sous couvert d'anonymat »
    title = lexicon.titles().get(tok.low)
    return (
        tok.word
        # « accusé de », « exilé en »: a status noun is a participle too; a function
        # (« délégué de la CGT ») is not
        and (title is None or title.kind != "title")
        and (
            (
                tok.low.endswith(("é", "ée", "és", "ées", "ant", "i", "ie", "is", "ies"))
                or (  # « joint par téléphone », « venu en voisin »: before a preposition
                    tok.low.endswith(("t", "te", "u", "ue"))
                    and a + 1 < len(tokens)
                    # « joint au téléphone »: « au » is « à le »
                    and (
                        word_class(tokens[a + 1].low, "prep")
                        or (tokens[a + 1].low in ("au", "aux") and word_class(tok.low, "reached"))
                    )
                    # « vient d'une phrase », « met en cause »: a verb (« fait », « atteint »,
                    # « produit » are participles too)
                    and not (
                        word_class(tok.low, "finite")
                        and not tok.low.endswith(("fait", "uit", "int"))
                    )
                )
                or (  # « venue assister à la séance »: a verb of motion, then its infinitive
                    tok.low in _MOTION_PARTICIPLES
                    and a + 1 < len(tokens)
                    and tokens[a + 1].low.endswith(("er", "ir", "re"))
                )
            )
            if not tok.capitalized
            # At the sentence's start only: « Interrogée, », « Saisi par », « Joint par »; other
            # endings than -é only before a preposition, so that a surname (« Ciotti,
            # président de LR, ») is not taken for one.
            else a == 0
            and a + 1 < len(tokens)
            and lexicon.normalize_key(tok.low) not in lexicon.first_names()
            and (
                (tok.low.endswith(("é", "ée", "és", "ées")) and _comma_after_adverbs(tokens, a + 1))
                # « Jointe jeudi matin, », « Joint par téléphone, »
                or (
                    word_class(tok.low, "reached")
                    and (_comma_after_adverbs(tokens, a + 1) or _prep_after_adverbs(tokens, a + 1))
                )
                # « Intitulé « Alerte rouge », », « Surnommée « la Dame de fer », »
                or (
                    tok.low.endswith(("é", "ée", "és", "ées"))
                    and tokens[a + 1].text in OPENING_GUILLEMETS
                )
                or (
                    tok.low.endswith(_PARTICIPLE_ENDINGS)
                    and _prep_after_adverbs(tokens, a + 1)  # « Jugé jeudi par le tribunal »
                )
                # « Annonçant la fermeture, », « Évoquant « une année noire », »
                or (
                    tok.low.endswith("ant")
                    and len(tok.low) > 5
                    and (
                        word_class(tokens[a + 1].low, "det")
                        or word_class(tokens[a + 1].low, "det_indef")
                        or tokens[a + 1].low in ("que", "qu'")
                        or tokens[a + 1].text in OPENING_GUILLEMETS
                        or (tokens[a + 1].capitalized and _comma_ahead(tokens, a + 1))
                    )
                )
            )
        )
    )


# « Jugé », « Saisie », « Venue », « Atteint »: what a past participle ends with.
_PARTICIPLE_ENDINGS = (
    "é", "ée", "és", "ées", "i", "ie", "is", "ies", "t", "te", "ts", "u", "ue", "us",
)  # fmt: skip

_MOTION_PARTICIPLES = frozenset(
    {"venu", "venue", "venus", "venues", "parti", "partie", "partis", "parties"}
    | {"allé", "allée", "allés", "allées", "accouru", "accourue", "accourus", "accourues"}
)


def _comma_ahead(tokens: Sequence[Token], k: int) -> bool:
    """Whether a comma closes the few words from ``k`` (« Citant Victor Hugo, »)."""
    return any(t.text == "," for t in tokens[k : k + 6])


def _comma_after_adverbs(tokens: Sequence[Token], k: int) -> bool:
    """Whether a comma follows at ``k``, past adverbs and dates (« Interrogé mardi, »)."""
    while k < len(tokens) and (size := adverb_length_forward(tokens, k)):
        k += size
    return k < len(tokens) and tokens[k].text == ","


def _time_phrase(words: Sequence[Token]) -> bool:
    """« Mardi », « Lundi soir », « Mardi 12 mars »: a time, no name, though capitalised."""
    kinds: set[str] = set()
    for token in words:
        found = lexicon.adverbs().get(token.low)
        if found is not None and found.kind in lexicon.TIME_KINDS:
            kinds.add(found.kind)
        elif not token.text.isdigit():
            return False
    # « Avril, 8 ans », « Mai, une étudiante »: a month alone may be a first name
    return bool(kinds) and kinds != {"month"}


def _ago_phrase(words: Sequence[Token]) -> bool:
    """« Voici deux ans », « Voilà quelques semaines »: a time before a comma, no subject."""
    return (
        2 <= len(words) <= 4
        and word_class(words[0].low, "presentative")
        and (word_class(words[1].low, "duration") or words[1].text.isdigit())
    )


def _strip_intro(tokens: Sequence[Token], a: int, b: int) -> int:
    # A one-word adverb with a capital may be a name (« Hier » is rare, « Bien » is a surname);
    # a phrase such as « De son côté » is not.
    if b < len(tokens) and tokens[b].text == "," and _ago_phrase(tokens[a:b]):
        return b
    while (
        a < b
        and (
            word_class(tokens[a].low, "intro")
            or tokens[a].text in "-\N{EM DASH}"
            or (adverb_length_forward(tokens, a) > (1 if tokens[a].capitalized else 0))
            # « Finalement, le maire… », « Visiblement ému, … »: no name ends in -ment
            or (tokens[a].low.endswith("ment") and adverb_length_forward(tokens, a) == 1)
            # « Mardi, le ministre… », « Aujourd'hui, la cour… »: a time before a comma
            or (b < len(tokens) and tokens[b].text == "," and _time_phrase(tokens[a:b]))
        )
    ):
        a += max(adverb_length_forward(tokens, a), 1)
    return a


def _has_name(tokens: Sequence[Token], a: int, b: int) -> bool:
    """Whether a chunk holds a person-like name, not a place or body after « de » / « l' »."""
    chunk = tokens[a:b]
    quoted: set[int] = set()
    depth = 0
    for x, t in enumerate(chunk):
        if t.text in CLOSING_GUILLEMETS:
            depth = max(0, depth - 1)
        if depth:
            quoted.add(x)  # « du groupe « Montargis en commun » »: a name quoted is no person
        if t.text in OPENING_GUILLEMETS:
            depth += 1
    return any(
        x not in quoted
        and not after_preposition(chunk, x)
        and not chunk[x].text.isupper()  # « CGT » is a body
        and not possessor(chunk, x)  # « avocat de Jean Martin »: someone else's name
        and not _named_in_complement(chunk, x)
        for x, _ in name_runs(chunk)
    )


def _named_in_complement(chunk: Sequence[Token], x: int) -> bool:
    """« présidente du développeur bordelais Solvéa Énergies »: a name after a noun (and its
    adjectives) inside a « de » complement is that noun's, a body's or someone else's."""
    k = x - 1
    while k >= 0 and x - k <= 3 and chunk[k].word and not chunk[k].capitalized:
        if chunk[k].low in _DE:
            return k < x - 1
        k -= 1
    return False


def _skip_parenthesis_left(tokens: Sequence[Token], end: int) -> int:
    """« L'Organisation mondiale de la santé (OMS) », « Le rapport, baptisé « Horizon
    2040 », »: step over a closing parenthesis or a short quoted name (a title, a nickname)."""
    if end > 0 and tokens[end - 1].text == ")":
        for i in range(end - 2, max(-1, end - 8), -1):
            if tokens[i].text == "(":
                return i
    elif end > 1 and (tokens[end - 1].text in CLOSING_GUILLEMETS or tokens[end - 1].text == '"'):
        # a straight mark opens what it closes (« l'hebdomadaire "La Sentinelle" »)
        opening = OPENING_GUILLEMETS if tokens[end - 1].text != '"' else frozenset('"')
        for i in range(end - 2, max(-1, end - 10), -1):
            if tokens[i].text in opening:
                return i
            if tokens[i].text in _HARD_STOPS:
                break
    return end


def _with_relative_head(tokens: Sequence[Token], found: tuple[int, int]) -> tuple[int, int]:
    """« Le policier qui a tiré affirme… »: a subject found inside a restrictive relative
    clause (« tiré ») is the noun phrase before its « qui », with the clause."""
    k = found[0] - 1
    while (
        k > 0 and found[0] - k < 10 and tokens[k].text not in _HARD_STOPS and tokens[k].text != ","
    ):
        if tokens[k].low == "qui":
            head = subject_before(tokens, k)
            return (head[0], found[1]) if head is not None and head[1] == k else found
        k -= 1
    return found


def _relative_at(tokens: Sequence[Token], a: int, b: int, closed: bool) -> bool:
    """A relative clause opens the chunk ``a``..``b``: « qui… », « pour qui… », or, when a
    comma closes the chunk, « que » after a comma (« Le maire, que la presse surnomme « le
    Bulldozer », assure »; in « …, que l'opposition qualifie de… » the subject is inside)."""
    first = tokens[a].low
    return (
        word_class(first, "rel")
        or (word_class(first, "prep") and a + 1 < b and word_class(tokens[a + 1].low, "rel"))
        or (
            closed
            and word_class(first, "que")
            and a > 0
            and tokens[a - 1].text == ","
            and b - a >= 3
        )
    )


def _relative_list_start(tokens: Sequence[Token], a: int) -> int | None:
    """« Le syndicat, qui fédère producteurs, festivals et ensembles musicaux, s'alarme »: when
    a bare lower-case phrase after « et » ends a list that a relative clause opened, the
    comma before that clause; else None."""
    first = tokens[a]
    if a < 2 or tokens[a - 1].low != "et" or not first.word or first.capitalized:
        return None
    if determiner(first.low):
        return None
    for k in range(a - 2, max(0, a - 16), -1):
        if tokens[k].text == "," and word_class(tokens[k + 1].low, "rel"):
            return k
        if not (tokens[k].word or tokens[k].text in ",'-"):
            return None
    return None


def _chunks_left(tokens: Sequence[Token], end: int) -> list[tuple[int, int, bool]]:
    """Comma-separated chunks ending at ``end``, right to left, as (start, end, stopped):
    ``stopped`` when something other than a comma or the sentence start bounds the chunk."""
    chunks: list[tuple[int, int, bool]] = []
    b = end
    while b > 0 and len(chunks) < 5:
        comma = b
        while comma > 0 and tokens[comma - 1].text != ",":
            # « Auguste Kerckhoffs (La cryptographie militaire, 1883) »: a comma inside a
            # parenthesis bounds no chunk
            opening = (
                _skip_parenthesis_left(tokens, comma) if tokens[comma - 1].text == ")" else comma
            )
            comma = opening if opening < comma else comma - 1
        if comma < b and (
            _relative_at(tokens, comma, b, b < end)
            # « Un notaire, présent dans la salle et qui a requis l'anonymat, estime »
            or (b < end and _described_then_relative(tokens, comma, b))
        ):
            # a relative clause (« , qui… », « , pour qui… »), skipped whole
            chunks.append((comma, b, False))
        else:
            a = _skip_parenthesis_left(tokens, b)
            while a > comma and (
                not _left_stop(tokens[a - 1])
                or _after_determiner(tokens, a - 1)
                or _inside_body_name(tokens, a - 1)
                or _and_of_a_name(tokens, a - 1)
                or _and_of_a_title(tokens, a - 1)
                or _in_ago(tokens, a - 1)
                or _in_perfect_participle(tokens, a - 1)
                or _noun_in_ions(tokens, a - 1)
                or _inside_proper_name(tokens, a - 1)
                # « Le maire (LR) de Nice », « Christian Estrosi (Horizons) »
                or _skip_parenthesis_left(tokens, a) < a
            ):
                skipped = _skip_parenthesis_left(tokens, a)
                a = skipped if skipped < a else a - 1
            chunks.append((a, b, a > comma))
            if a > comma:
                break
        if comma == 0:
            break
        b = comma - 1
    return chunks


def subject_before(tokens: Sequence[Token], end: int) -> tuple[int, int] | None:
    """Token range of the subject that ends just before token ``end``."""
    if end <= 0:
        return None
    prev = tokens[end - 1]
    if end == 2 and prev.low == "aussi" and tokens[0].low in STRESSED_PRONOUNS:
        return 0, 1  # « Elle aussi a dénoncé… »
    if prev.low in ("le", "la", "les", "lui", "leur") and end >= 2:
        # « Il les accuse », « Le maire les accuse »: an object clitic before the verb
        if tokens[end - 2].low in SUBJECT_CLITICS:
            return end - 2, end - 1
        if _object_clitic(tokens, end - 1):
            return subject_before(tokens, end - 1)
    if prev.low == "qui" and end >= 3 and tokens[end - 2].text == ",":
        # « Lucie Grimaud, juriste de l'association, qui annonce »: the phrase before the
        # comma, with its apposition; « …, a annoncé la SNCF, qui évoque »: its last noun
        # phrase when no subject ends there.
        whole = subject_before(tokens, end - 2)
        if whole is not None and whole[1] == end - 2 and _noun_phrase_start(tokens[whole[0]]):
            return whole
        return relative_antecedent(tokens, end - 2)
    if (
        prev.low == "qui"
        and end >= 3
        and tokens[end - 2].word
        and not tokens[end - 2].capitalized
        and (antecedent := relative_antecedent(tokens, end - 1)) is not None
    ):
        return antecedent  # « a reçu des syndicats qui affirment »: what the relative is about
    if (
        prev.low in ("nous", "vous")
        and end >= 3
        and tokens[end - 2].low in ("ne", "n'")
        and (negated := subject_before(tokens, end - 2)) is not None
    ):
        return negated  # « Personne ne nous avait dit », « Le préfet ne nous a pas reçus »
    if prev.low in ("nous", "vous") and end >= 2 and tokens[end - 2].word:
        # « Le préfet nous a assuré »: after a noun phrase, « nous » is the object
        # « Encore introspectif, Souchon nous rappelle »: else the noun phrase right before
        for before in (subject_before(tokens, end - 1), relative_antecedent(tokens, end - 1)):
            if (
                before is not None
                and before[1] == end - 1
                and tokens[before[0]].low not in SUBJECT_CLITICS
                and not adverb_length_forward(tokens, before[0])
                and not (before[0] > 0 and word_class(tokens[before[0] - 1].low, "prep"))
                and _names_someone(tokens, *before)
            ):
                return before
    if prev.low in SUBJECT_CLITICS or prev.low in ("j'",):
        return end - 1, end
    if prev.low in ("et", "puis", "mais"):
        # Coordinated verb phrases share the first verb's subject, a reflexive verb the
        # lexicons do not know included (« Le club s'attend à une amende et dit »).
        for i in range(end - 1):
            if is_verb(tokens[i]) or (
                i > 0
                and tokens[i - 1].low in ("se", "s'")
                and tokens[i].word
                and not tokens[i].capitalized
            ):
                while i > 0 and (
                    _object_clitic(tokens, i - 1)
                    or word_class(tokens[i - 1].low, "neg")
                    or word_class(tokens[i - 1].low, "refl")
                    or tokens[i - 1].low in ("y", "en")  # « Il y affirme … et appelle »
                ):
                    i -= 1  # « Le ministre l'a dit et répété », « Il s'est dit … et a »
                return subject_before(tokens, i) if i > 0 else None
        # « Le conseil scolaire évite l'expression « pénurie » et préfère… »: a verb the
        # lexicons do not know, right after a short noun phrase and before its object
        for k in range(2, min(7, end - 2)):
            if not all(t.word for t in tokens[1 : k + 1]):
                break
            if (
                word_class(tokens[0].low, "det")
                and not tokens[k].capitalized
                and not word_class(tokens[k].low, "prep")
                and determiner(tokens[k + 1].low)
            ):
                shared = subject_before(tokens, k)
                # « Le jour même la préfète rencontre… »: a time is no subject
                if shared is None or shared[0] != 0 or not _names_someone(tokens, *shared):
                    return None
                return shared
        return None
    found: tuple[int, int] | None = None
    first: tuple[int, int] | None = None  # the noun phrase right before the verb
    leftmost = (0, 0)  # the noun phrase the subject starts with
    open_aside = False  # an aside right before the verb, its closing comma missing
    pieces = 0  # noun phrases taken, not counting « de X » complements
    for index, (a, b, stopped) in enumerate(_chunks_left(tokens, end)):
        a = _strip_intro(tokens, a, b)
        if a >= b:
            if index == 0 or found is None:
                # « X, a déclaré »: the subject is before the comma; « Le gouvernement, pour sa
                # part, a confirmé »: an adverbial aside
                continue
            break
        aside = found is None and _quoted_aside(tokens, a, b)
        if aside and stopped and tokens[a - 1].low in _NICKNAMING:
            # « le lutteur Modou Guissé, dit « Sapeur de Thiaroye », a lancé »: the subject
            # before its nickname, when there is one
            named = subject_before(tokens, a - 1)
            if named is not None:
                return named
        if aside and tokens[a - 1].text == ",":
            continue  # « Le ministre, « très ferme », a déclaré »: words about the subject
        if (
            found is None
            and b - a == 1
            and tokens[a].low in STRESSED_PRONOUNS
            and a > 0
            and tokens[a - 1].text == ","
        ):
            continue  # « La ministre, elle, a dénoncé »: the stressed pronoun repeats her
        if (
            found is None
            and a > 1
            and tokens[a - 1].text == ","
            and b < len(tokens)
            and tokens[b].text == ","
            and _loose_aside(tokens, a, b)
        ):
            # « Claire Roy, chercheuse au CNRS, extérieure à l'équipe, salue… », « Ariane,
            # comme l'appellent ses fans, a indiqué… »: what is said of the subject, between
            # commas, is no part of the mention
            continue
        if (
            _relative_at(tokens, a, b, index > 0)
            or (index > 0 and participle_led(tokens, a))
            or (index > 0 and _described_then_relative(tokens, a, b))
        ):
            continue  # a relative (« qui… », « pour qui… ») or participial clause in the subject
        if (
            found is None
            and (
                (index > 0 and not stopped)
                # « Le Dr Baxa, l'avocat de la famille, dans un discours devant la Diète
                # accuse »: an aside whose closing comma is missing
                or (index == 0 and a > 0 and tokens[a - 1].text == "," and b - a >= 3)
            )
            and _circumstance(tokens, a, b)
        ):
            open_aside = open_aside or index == 0
            continue  # « Le ministre, en déplacement à Lyon, a estimé »
        if (
            found is not None
            and a == 0
            and tokens[0].low not in _DE
            and (_preposition_at(tokens, 0) or tokens[0].low in ("au", "aux"))
            and tokens[b].text == ","
        ):
            break  # « Au stade Ahmed-Zabana, une banderole proclamait »: where, not who
        # « Des diplomates ont dit », « tandis que des insulaires fustigent »: at the start of a
        # sentence or a clause « des » is an article
        complement = tokens[a].low in _DE and not (_article_de(tokens, a))
        if not complement and not _np_like(tokens, a, b):
            break
        if found is not None:
            after_complement = tokens[found[0]].low in _DE
            head = tokens[found[0]]
            apposition = (
                _has_name(tokens, a, b) != _has_name(tokens, *found)
                or (head.capitalized and not word_class(head.low, "det"))
                # « Le SNES-FSU, principal syndicat du second degré, … »: a bare noun phrase
                # « Une infirmière, 42 ans, … », « un agriculteur, père de trois enfants, »
                or (
                    head.word
                    and not word_class(head.low, "det")
                    and not word_class(head.low, "det_indef")
                    and (word_class(tokens[a].low, "det") or word_class(tokens[a].low, "det_indef"))
                )
            )
            if not (after_complement or apposition):
                break
            if (
                a == 0
                and first is not None
                and word_class(tokens[first[0]].low, "det")
                and lexicon.normalize_key(tokens[0].low) in lexicon.titles()
                and lexicon.normalize_key(tokens[0].low) not in lexicon.first_names()
            ):
                # « Lauréate du prix Goncourt, la romancière a confié »: a bare description
                # opening the sentence is about the subject, not part of its mention
                found = first
                break
        found = (a, found[1] if found is not None else b)
        leftmost = (a, b)
        first = first or found
        pieces += 0 if complement else 1
        if stopped or pieces >= 2:
            break
    if found is None:
        return None
    if found[1] - found[0] > 20:
        # Too long a subject with its appositions: the name right before the verb when it
        # names the head (« La présidente de l'Union nationale… (UNAPEES), Aminata Sagnane, »),
        # else the head (« La sœur du journaliste enlevé au Mali…, Olivier Dubois, »)
        if (
            first is not None
            and first[1] - first[0] <= 20
            and _names_the_head(tokens, leftmost, first)
        ):
            found = first
        elif leftmost[1] - leftmost[0] <= 20:
            found = leftmost
    a, b = found
    relative = _relative_list_start(tokens, a)
    if relative is not None:
        return subject_before(tokens, relative)
    if b - a > 20 or (tokens[a].low in _DE and not _article_de(tokens, a)):
        return None
    if open_aside and any(is_verb(t) or future_form(t) for t in tokens[a:b]):
        return None  # past an unclosed aside, only a verbless subject
    if tokens[a].low == "de" and a + 1 < b and word_class(tokens[a + 1].low, "many"):
        a += 1  # « De nombreux habitants »: the speakers, without the article's « de »
    return _coordinated(tokens, _name_with_et(tokens, a, end), b, end), b


def _names_the_head(tokens: Sequence[Token], head: tuple[int, int], name: tuple[int, int]) -> bool:
    """Whether the person's name at ``name`` may be the one the noun phrase at ``head`` is
    about: a known first name whose gender the head's title does not contradict (« La sœur du
    journaliste…, Olivier Dubois » names the journalist; « Le porte-parole du collectif…,
    Thierry Vimal » the spokesman)."""
    first = lexicon.first_name(tokens[name[0]].text)
    if first is None:
        return False  # « …, Trans'Cub »: a body's name, not the spokesman's
    article = word_class(tokens[head[0]].low, "det") or word_class(tokens[head[0]].low, "det_indef")
    noun = head[0] + 1 if article else head[0]
    title = (
        lexicon.titles().get(lexicon.normalize_key(tokens[noun].low)) if noun < head[1] else None
    )
    if title is None or first.gender not in ("m", "f") or title.gender not in ("m", "f"):
        return True
    return title.gender == first.gender


def _described_then_relative(tokens: Sequence[Token], a: int, b: int) -> bool:
    """An apposition that starts with a plain word and goes on with « et qui » (« présent
    dans la salle et qui a souhaité garder l'anonymat »): about the subject, no part of it."""
    first = tokens[a]
    if not first.word or first.capitalized or determiner(first.low):
        return False
    return any(
        tokens[k].low == "et" and word_class(tokens[k + 1].low, "rel") for k in range(a + 1, b - 1)
    )


def _article_de(tokens: Sequence[Token], a: int) -> bool:
    """« Des diplomates ont dit », « De nombreux habitants affirment », « tandis que des
    insulaires fustigent »: at the start of a sentence or a clause, an article, not « de »."""
    opens = (
        a == 0
        or word_class(tokens[a - 1].low, "que")
        # « Devant la mairie, des manifestants ont affirmé »
        or after_opening_circumstance(tokens, a)
    )
    many = tokens[a].low == "de" and a + 1 < len(tokens) and word_class(tokens[a + 1].low, "many")
    return opens and (tokens[a].low == "des" or many)


def after_opening_circumstance(tokens: Sequence[Token], a: int) -> bool:
    """« Face à eux, un groupe de pays… », « Devant la mairie, des manifestants… »: the words
    at ``a`` come right after the one circumstance that opens the sentence, so they may be its
    subject."""
    return (
        a > 1
        and tokens[a - 1].text == ","
        and (_preposition_at(tokens, 0) or word_class(tokens[0].low, "circumstance"))
        and not any(t.text == "," for t in tokens[: a - 1])
    )


def _in_ago(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is part of « il y a » before a duration (« embauché il y a huit
    mois »): a time phrase, not a clause with its own subject."""
    k = next((k for k in (i, i - 1, i - 2) if k >= 0 and tokens[k].low == "il"), None)
    if k is None or [t.low for t in tokens[k : k + 3]] != ["il", "y", "a"] or k + 3 <= i:
        return False
    if k == 0 or not tokens[k - 1].word:
        return False  # « Il y a deux ans, le maire… »: a time phrase before the subject
    nxt = tokens[k + 3] if k + 3 < len(tokens) else None
    return nxt is not None and (word_class(nxt.low, "duration") or nxt.low[:1].isdigit())


def _name_with_et(tokens: Sequence[Token], a: int, verb: int) -> int:
    """« le cabinet de la ministre des Collèges et Universités a fait savoir »: before a
    singular verb, a capitalised word after « et » ends a name that began before it; the
    subject starts with that name's noun phrase. Returns where the subject starts."""
    if (
        a < 3
        or tokens[a - 1].low != "et"
        or not tokens[a].capitalized
        or not tokens[a - 2].capitalized
        or verb >= len(tokens)
        or tokens[verb].low in ("ont", "sont")
        or tokens[verb].low.endswith("ent")
    ):
        return a
    before = subject_before(tokens, a - 1)
    return before[0] if before is not None and before[1] == a - 1 else a


def _quoted_aside(tokens: Sequence[Token], a: int, b: int) -> bool:
    """A chunk that is one quotation between commas, with a noun phrase before it, or after a
    word giving a nickname (« le lutteur Modou Guissé, dit « Sapeur de Thiaroye », »)."""
    return (
        b - a >= 3
        and a >= 2
        and (tokens[a - 1].text == "," or tokens[a - 1].low in _NICKNAMING)
        and tokens[a].text in OPENING_GUILLEMETS
        and tokens[b - 1].text in CLOSING_GUILLEMETS
        and not any(t.text in OPENING_GUILLEMETS for t in tokens[a + 1 : b - 1])
    )


# Words that give a nickname before it (« dit « Sapeur » », « alias « Le Chat » »)
_NICKNAMING = frozenset({"dit", "dite", "alias", "surnommé", "surnommée"})


def _coordinated(tokens: Sequence[Token], a: int, b: int, verb: int) -> int:
    """« Les syndicats et le patronat ont affirmé », « La CGT et FO ont dénoncé »: before a
    plural verb, a subject joined by « et » to the noun phrase before it speaks with it.
    Returns where the subject starts."""
    if a < 2 or tokens[a - 1].low != "et" or verb >= len(tokens):
        return a
    low = tokens[verb].low
    if not (low in ("ont", "sont") or (is_verb(tokens[verb]) and low.endswith("ent"))):
        return a
    chunks = _chunks_left(tokens, a - 1)
    if not chunks or chunks[0][1] != a - 1:
        return a
    start = _strip_intro(tokens, chunks[0][0], a - 1)
    if start >= a - 1 or not _np_like(tokens, start, a - 1) or tokens[start].low in _DE:
        return a
    if not all(
        _names_someone(tokens, x, y) or tokens[x].low in ("le", "la", "les", "l'")
        for x, y in ((start, a - 1), (a, b))
    ):
        return a
    return start


def _names_someone(tokens: Sequence[Token], a: int, b: int) -> bool:
    """A name, a title or a body among the words (« Souchon », « Les élus »), not a time or a
    place (« Toute la journée », « Dans ce dossier »)."""
    for i in range(a, b):
        t = tokens[i]
        key = lexicon.normalize_key(t.low)
        if (
            (t.capitalized and i > 0)  # not just the capital opening the sentence
            or key in lexicon.titles()
            or key in lexicon.organizations()
        ):
            return True
    if tokens[a].capitalized and b - a == 1:
        return True  # « Souchon nous rappelle »
    # « L'intéressé nous a indiqué », « Ce dernier nous a dit »: a word that refers back
    phrase = " ".join(t.low for t in tokens[a:b]).replace("' ", "'")
    return phrase in lexicon.pronouns() and phrase not in SUBJECT_CLITICS


def relative_antecedent(tokens: Sequence[Token], comma: int) -> tuple[int, int] | None:
    """The noun phrase right before « , qui » (« selon l'entreprise, qui évoque », « a reçu
    le maire de Lyon, qui a affirmé »): what the relative clause is about."""
    a = comma
    while a > 0:
        t = tokens[a - 1]
        if (
            t.text in _HARD_STOPS
            or t.text == ","
            or (word_class(t.low, "prep") and t.low not in _DE)
            or t.low in ("au", "aux")
            or (is_verb(t) and not _after_determiner(tokens, a - 1))
            or word_class(t.low, "que")
            or word_class(t.low, "conj")
        ):
            break
        a -= 1
    if a > 0 and tokens[a - 1].low in ("au", "aux"):
        return (a, comma) if a < comma else None  # « répond aux détracteurs de Monet, qui »
    # « a rencontré le maire »: the noun phrase starts at its determiner or its name
    a = next((k for k in range(a, comma) if _noun_phrase_start(tokens[k])), comma)
    return (a, comma) if a < comma else None


def _noun_phrase_start(token: Token) -> bool:
    """A determiner or a name; not « au », « aux », « du », which bring a preposition."""
    return token.low not in ("au", "aux", "du") and (
        word_class(token.low, "det") or word_class(token.low, "det_indef") or token.capitalized
    )


def _circumstance(tokens: Sequence[Token], a: int, b: int) -> bool:
    """« en déplacement à Lyon », « sous couvert d'anonymat »: a prepositional phrase set off
    by commas, which the subject before it goes on past."""
    first = tokens[a].low
    return (
        _preposition_at(tokens, a)
        and first not in _DE
        and b - a <= 10
        # « à l'origine de la demande de report »: a noun after its determiner is no verb
        and not any(is_verb(tokens[i]) and not _after_determiner(tokens, i) for i in range(a, b))
    )


_SUBJECT_PREPS = frozenset(
    {
        "à",
        "au",
        "aux",
        "du",  # « reprend du haut de la tribune le député »
        "devant",
        "dans",
        "lors",
        "en",
        "depuis",
        "dès",
        "sur",
        "pendant",
        "après",
        "avant",
        "auprès",
        "avec",  # « explique avec émotion la mère »
        "sous",  # « confie sous couvert d'anonymat un cadre »
        "par",  # « assure par téléphone le président »
        "via",
    }
)


def skip_leading_complements(tokens: Sequence[Token], a: int) -> int:
    """« a déclaré à l'AFP le ministre »: the subject comes after the addressee or place."""
    n = len(tokens)
    while a < n and (
        tokens[a].low in _SUBJECT_PREPS
        # « raconte d'une voix calme le témoin »: a manner
        or (tokens[a].low in ("d'", "de") and a + 1 < n and tokens[a + 1].low in ("un", "une"))
    ):
        j = a + 1
        if tokens[a].low in ("auprès", "lors") and j < n and tokens[j].low in ("de", "d'"):
            j += 1  # « a insisté auprès de l'AFP une source policière »
        if j < n and (word_class(tokens[j].low, "det") or word_class(tokens[j].low, "det_indef")):
            j += 1
        paper = quoted_title_at(tokens, j) if tokens[a].low in ("à", "au", "aux") else None
        if paper is not None:
            j = paper  # « a confié au « Parisien » le maire »: the paper spoken to
        while (
            j < n
            and tokens[j].word
            and not word_class(tokens[j - 1].low, "que")  # « à ses joueuses qu'il … »
            and not (
                word_class(tokens[j].low, "det")
                or word_class(tokens[j].low, "det_indef")
                or word_class(tokens[j].text, "title_abbr")
                # « a dénoncé devant le rectorat Rodolphe Bélimont »: a first name and a
                # surname after the complement's noun start the subject
                or (
                    j > a + 1
                    and tokens[j].capitalized
                    and j + 1 < n
                    and tokens[j + 1].capitalized
                    and lexicon.normalize_key(tokens[j].low) in lexicon.first_names()
                    # « a lancé à la ministre Agnès Buzyn un collectif »: her name, not a subject
                    and lexicon.normalize_key(tokens[j - 1].low) not in lexicon.titles()
                )
            )
        ):
            j += 1
        if j >= n or not tokens[j].word or word_class(tokens[j - 1].low, "que"):
            return a  # nothing after it: the phrase was the subject's end, not a complement
        if j > a + 1 and (
            tokens[j].low in ("des", "du")
            or (
                tokens[j - 1].low in ("de", "d'")
                and (word_class(tokens[j].low, "det") or word_class(tokens[j].low, "det_indef"))
            )
        ):
            # « à l'ouverture des travaux le ministre », « au cours d'une conférence de presse
            # le procureur »: the complement's own « de » phrase, when a determiner opens the
            # subject after it
            k = j + 1
            while k < n and tokens[k].word and not determiner(tokens[k].low):
                if tokens[k].capitalized or (
                    tokens[k].low not in _DE and word_class(tokens[k].low, "prep")
                ):
                    break
                if tokens[k].low in _DE:
                    # « conférence de presse »: a bare noun after « de » stays in the phrase
                    if (
                        k + 1 < n
                        and tokens[k + 1].word
                        and not word_class(tokens[k + 1].low, "det")
                    ):
                        k += 2
                        continue
                    break
                k += 1
            if k > j + 1 and k + 1 < n and determiner(tokens[k].low):
                j = k  # « du fond de la salle un militant »: an indefinite subject too
        a = j
        size = adverb_length_forward(tokens, a)
        while size:
            a += size
            size = adverb_length_forward(tokens, a)
    return a


def _title_ends_at(tokens: Sequence[Token], i: int) -> bool:
    """A title, or one adjective after it (« l'adjoint lillois », « la maire écologiste »)."""
    if lexicon.normalize_key(tokens[i].low) in lexicon.titles():
        return True
    return (
        i > 0
        and tokens[i].word
        and not tokens[i].capitalized
        and lexicon.normalize_key(tokens[i - 1].low) in lexicon.titles()
    )


def _place_then_name(tokens: Sequence[Token], k: int) -> bool:
    """Whether « au Liban, Hugues Delacroix » follows at ``k``: a capitalised place, a comma
    and a name in apposition that closes the subject."""
    j = k + 1
    if j < len(tokens) and tokens[j].low in ("l'", "la", "le", "les"):
        j += 1  # « le ministre délégué à l'Industrie, Paul Martin »
    if j < len(tokens) and tokens[j].capitalized:
        # « au Liban », « aux Affaires intérieures », « à la Culture »
        while j < len(tokens) and j < k + 5 and tokens[j].word:
            j += 1
    elif j < len(tokens) and k > 0 and _title_ends_at(tokens, k - 1):
        # « l'adjoint aux mobilités de Strasbourg, Antoine Keiff »: the title's portfolio, then
        # a name (not « , en visite à Port-Soudan »)
        while j < len(tokens) and j < k + 7 and tokens[j].word:
            j += 1
        if j + 1 < len(tokens) and word_class(tokens[j + 1].low, "prep"):
            return False
    elif any(t.capitalized for t in tokens[max(1, k - 4) : k]):
        # « la présidente de l'Association des professeurs à temps partiel de l'Université
        # d'Ottawa (APTPUO), Geneviève Lafrance-Otis »: still inside the body's name
        while j < len(tokens) and j < k + 12 and (tokens[j].word or tokens[j].text in "()"):
            j += 1
    return (
        j > k + 1
        and j < len(tokens)
        and tokens[j].text == ","
        and (_apposition_after(tokens, j) is not None)
    )


def _apposition_after(tokens: Sequence[Token], comma: int) -> int | None:
    """End of « , [le lieutenant-colonel] Éric Vidal » after an inverted subject, or of
    « , porte-parole de la préfecture » after a name, if any."""
    n = len(tokens)
    j = comma + 1
    if j < n and _title_led(tokens, j) and comma > 0 and tokens[comma - 1].capitalized:
        end = j
        while end < n and end < comma + 12 and tokens[end].word and not is_verb(tokens[end]):
            end += 1
        if end >= n or tokens[end].text in ",.;!?)":
            return end
    if j + 1 < n and _participial_aside(tokens, j):
        return None  # « l'autrice, invitée samedi à la librairie Passages »: an aside
    limit = min(n, comma + 9)
    if j < n and word_class(tokens[j].low, "det"):
        j += 1
    while (
        j < limit
        and tokens[j].word
        and not tokens[j].capitalized
        # « affirme l'accusation, l'accusé se trouvait à Lyon »: a clause, no title
        and not word_class(tokens[j].low, "refl")
        and not is_verb(tokens[j])
        and not future_form(tokens[j])
    ):
        j += 1  # title words
    if j < n and word_class(tokens[j].text, "title_abbr"):
        j += 1  # « son avocat, Me Guillaume Sorel »
    runs = name_runs(tokens[j:limit])
    if not runs or runs[0][0] != 0:
        return None
    r_end = j + runs[0][1]
    for a, b in runs[1:]:
        if j + a != r_end:
            break
        r_end = j + b  # « le colonel Abakar Mahamat Souleymane »: a first name inside a name
    if r_end < n and tokens[r_end].text == ":":
        # « prévient la chanteuse, Léa X : « … » », not « confie l'entraîneur de l'attaquant,
        # Kylian Mbappé : », « explique le ministre à son homologue, X : » or « a lancé le
        # maire, citant Victor Hugo : »
        if any(
            not word_class(t.low, "det") and lexicon.normalize_key(t.low) not in lexicon.titles()
            for t in tokens[comma + 1 : r_end]
            if not t.capitalized
        ):
            return None
        k = comma - 1
        while k >= 0 and tokens[k].word and not is_verb(tokens[k]):
            if word_class(tokens[k].low, "prep") and tokens[k].low not in _DE:
                return None  # an addressee: « à son homologue, X »
            if tokens[k].low in _DE and any(
                lexicon.normalize_key(t.low) in lexicon.titles() for t in tokens[k + 1 : comma]
            ):
                return None  # the name is the complement's: « l'entraîneur de l'attaquant, X »
            k -= 1
        return r_end
    if r_end >= n or tokens[r_end].text in ",.;!?)" or word_class(tokens[r_end].low, "subject_end"):
        return r_end
    return None


def _participial_aside(tokens: Sequence[Token], j: int) -> bool:
    """« invitée samedi à… », « interrogée par France Inter », « élu en 2022 »: a past
    participle opening an aside; not a title (« chargé de campagne », « exploitant près de »)."""
    tok = tokens[j]
    return (
        tok.word
        and not tok.capitalized
        and tok.low.endswith(("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue"))
        and tokens[j + 1].low not in _DE
        and lexicon.normalize_key(tok.low) not in lexicon.titles()
        and participle_led(tokens, j)
    )


def skip_aside(tokens: Sequence[Token], a: int) -> int:
    """« a dit, selon le site, un agent »: past an aside between a verb and its subject."""
    n = len(tokens)
    if a + 2 >= n or tokens[a].text != ",":
        return a
    b = a + 1
    if tokens[b].low in ("d'", "d") and tokens[b + 1].low == "après":
        b += 1
    elif tokens[b].low != "selon":
        return _manner_aside_end(tokens, a)
    for j in range(b + 1, min(n - 1, b + 9)):
        if tokens[j].text == ",":
            return j + 1
        if not tokens[j].word:
            break
    return a


def _manner_aside_end(tokens: Sequence[Token], a: int) -> int:
    """« reconnaît, un brin amer, l'entraîneur », « confie, la voix brisée, sa mère »: past a
    short aside on the speaker's manner to the subject after it; ``a`` is the comma."""
    n = len(tokens)
    close = next((j for j in range(a + 2, min(n - 1, a + 8)) if tokens[j].text == ","), None)
    if close is None or not all(t.word or t.text == "'" for t in tokens[a + 1 : close]):
        return a
    first, after = tokens[a + 1], tokens[close + 1]
    if first.capitalized or word_class(first.text, "title_abbr"):
        return a  # « dit, Paul Brun, le maire »: the aside would be the subject
    if any(lexicon.normalize_key(t.low) in lexicon.titles() for t in tokens[a + 1 : close]):
        return a  # « a dit, le maire, … »: a title is the subject, not a manner
    if after.capitalized or word_class(after.text, "title_abbr"):
        return close + 1
    # « raconte, en six épisodes, l'histoire des quartiers »: an object, not someone
    head = tokens[close + 2] if close + 2 < n and determiner(after.low) else None
    key = lexicon.normalize_key(head.low) if head is not None else ""
    speaks = head is not None and (
        head.capitalized or key in lexicon.titles() or key in lexicon.organizations()
    )
    return close + 1 if speaks else a


def subject_after(tokens: Sequence[Token], start: int) -> tuple[int, int] | None:
    """Token range of an inverted subject starting at or after token ``start``."""
    # « martèle depuis le début l'ancien maire »: « depuis » heads a complement here, though
    # it can stand alone as an adverb.
    a = skip_leading_complements(tokens, skip_aside(tokens, start))
    size = 0 if _first_name_ahead(tokens, a) else adverb_length_forward(tokens, a)
    while size and a < len(tokens):
        a += size
        size = adverb_length_forward(tokens, a)
    a = skip_leading_complements(tokens, a)
    partitive = a < len(tokens) and (
        tokens[a].low == "du"
        or (tokens[a].low == "de" and a + 1 < len(tokens) and tokens[a + 1].low in ("la", "l'"))
    )
    if (
        a < len(tokens)
        and (partitive or tokens[a].low in ("à", "au", "aux"))
        and not any(
            lexicon.normalize_key(t.low) in lexicon.first_names()
            or lexicon.normalize_key(t.low) in lexicon.titles()
            for t in tokens[a + 1 :]
        )
    ):
        # « reprend du service », « « Les Misérables » triomphe au Châtelet »: an object or a
        # place, and no one after it (« reprend du haut de la tribune le député » has one)
        return None
    b = a
    n = len(tokens)
    title = quoted_title_at(tokens, a)
    if title is not None:
        # « a révélé mercredi « Le Canard enchaîné » »: a paper the lexicon knows (a quoted
        # title of any other kind after the verb is more often its object)
        body = find_organization(tokens[a + 1 : title - 1])
        return (a, title) if body is not None and body == (0, title - a - 2) else None
    # « a dit Médecins sans frontières »: a known body's name is taken whole.
    body = find_organization(tokens[a : a + 10])
    if body is not None and body[0] <= 1 and (body[0] == 0 or word_class(tokens[a].low, "det")):
        b = a + body[1]
    while b < n:
        tok = tokens[b]
        if tok.text == ",":
            if b + 1 < n and tokens[b + 1].low in ("qui", "que", "qu'"):
                break  # « résume l'élu, qui a demandé à être reçu »: a relative clause
            # « a déclaré la porte-parole, Emily Horne, … »: a name in apposition.
            appos = _apposition_after(tokens, b)
            if appos is not None:
                b = appos
            break
        if tok.text == "(" and b > a:
            aside = party_aside(tokens, b)
            if (
                aside is not None
                and aside < n
                and (
                    tokens[aside].low in _DE
                    or tokens[aside].text == ","
                    # « le député (ex-LFI) François Ruffin »: a first name right after
                    or lexicon.normalize_key(tokens[aside].text) in lexicon.first_names()
                )
            ):
                b = aside  # « le maire (LR) de Nice, Christian Estrosi »: a party after the title
                continue
        if b > a and _and_of_a_title(tokens, b):
            b += 1  # « a déclaré le ministre du Travail et de l'Emploi »
            continue
        if tok.low == "et" and b > a:
            joined = _joined_after(tokens, b)
            if joined is not None:
                return a, joined
        if (
            tok.text in _HARD_STOPS
            or word_class(tok.low, "que")
            or (word_class(tok.low, "conj") and tok.low != "bien")
        ):
            break
        if b > a and tok.capitalized and b + 1 < n and tokens[b + 1].word:
            inner = find_organization(tokens[b : b + 10])
            if inner is not None and inner[0] == 0 and inner[1] > 1:
                # « la présidente de l'Organisation pour la sécurité et la coopération… »
                b += inner[1]
                continue
        adverb = lexicon.adverbs().get(tok.low)
        if (
            b > a
            and (
                tok.low in ("à", "au", "aux", "pour")
                # « son chef de mission en Haïti, Arnaud Pelletan »
                or (tok.low == "en" and b + 1 < n and tokens[b + 1].capitalized)
            )
            and _place_then_name(tokens, b)
        ):
            b += 1  # « l'ambassadeur de France au Liban, Hugues Delacroix »
            continue
        ends = word_class(tok.low, "subject_end") or (
            adverb is not None
            and adverb.is_time
            # « a dit ce dernier »: the back-reference, not « mardi dernier »
            and not (b > a and tokens[b - 1].low in ("ce", "cette", "ces"))
        )
        if (
            b > a
            and ends
            and b + 1 < n
            and not tokens[b - 1].capitalized
            and (tok.low, tokens[b + 1].low) in _TITLE_TAILS
        ):
            b += 2  # « son économiste en chef », « le directeur par intérim »
            continue
        if b > a and ends:
            break
        if (
            b > a
            and is_verb(tok)
            and not _after_determiner(tokens, b)
            and not _noun_in_ions(tokens, b)
            and not _inside_proper_name(tokens, b)
        ):
            break
        b += 1
    if b == a or b - a > 24:
        return None
    return a, b


# Words after a title that belong to it, though « en » and « par » end a subject elsewhere.
_TITLE_TAILS = frozenset(
    {("en", "chef"), ("en", "second"), ("en", "exercice"), ("en", "scène"), ("par", "intérim")}
)


def _joined_after(tokens: Sequence[Token], et: int) -> int | None:
    """« ont déclaré Marine Le Pen et Jordan Bardella. »: a second noun phrase joined by « et »
    that ends the sentence or the incise is part of the subject; returns where it ends."""
    if et + 1 >= len(tokens):
        return None
    nxt = tokens[et + 1]
    if not (nxt.capitalized or word_class(nxt.low, "det")):
        return None
    second = subject_after(tokens, et + 1)
    if second is None or second[0] != et + 1:
        return None
    end = second[1]
    if (
        end < len(tokens)
        and tokens[end].text not in ",.;!?"
        and tokens[end].text not in (CLOSING_GUILLEMETS)
        # « ont déclaré Sophie Binet et Frédéric Souillot à la sortie de Matignon »
        and not (tokens[end].low in _CIRCUMSTANCE_PREPS and end + 1 < len(tokens))
    ):
        return None
    return end


# Prepositions that open a circumstance after an inverted subject.
_CIRCUMSTANCE_PREPS = frozenset({"à", "au", "aux", "lors", "dans", "en", "devant", "sur", "après"})


def quoted_title_at(tokens: Sequence[Token], a: int) -> int | None:
    """End of a short quoted name opening at token ``a`` (« « Le Canard enchaîné » »), or
    None: a capitalised title of at most six words."""
    if a + 2 >= len(tokens) or tokens[a].text not in OPENING_GUILLEMETS:
        return None
    if not tokens[a + 1].capitalized:
        return None
    for k in range(a + 2, min(len(tokens), a + 8)):
        if tokens[k].text in CLOSING_GUILLEMETS:
            return k + 1
        if tokens[k].text in _HARD_STOPS:
            return None
    return None


def _first_name_ahead(tokens: Sequence[Token], a: int) -> bool:
    """« a dit Mai Morel »: a known first name before another capitalised word is a name,
    even when it is also a month (« Mai ») that would otherwise be skipped as a date."""
    return (
        a + 1 < len(tokens)
        and tokens[a].capitalized
        and tokens[a + 1].capitalized
        and lexicon.normalize_key(tokens[a].text) in lexicon.first_names()
    )


def main_subject(tokens: Sequence[Token], before: int) -> tuple[int, int] | None:
    """The subject of the sentence's first verb before token ``before`` (for participles);
    verbs inside quotation marks are the quoted speaker's, not the sentence's."""
    depth = 0
    relative = False  # inside « L'ingénieure qui a dirigé le chantier, »
    head: tuple[int, int] | None = None  # « L'ingénieure », before that relative
    resumed = -1  # the token after the comma that ends it
    for i in range(min(before, len(tokens))):
        text = tokens[i].text
        if text in OPENING_GUILLEMETS:
            depth += 1
        elif text in CLOSING_GUILLEMETS:
            depth = max(0, depth - 1)
        elif text == "," and relative:
            relative = False
            resumed = i + 1
        elif (
            text == "," and head is None and i + 1 < before and word_class(tokens[i + 1].low, "que")
        ):
            # « Leur doyenne, que tout le monde appelle « Man Yaya », vend des épices »
            head = subject_before(tokens, i)
            if head is not None and head[0] == 0:
                relative = True
            else:
                head = None
        if depth or relative:
            continue
        noun = _after_determiner(tokens, i) and not _object_clitic(tokens, i - 1)
        if (
            (is_verb(tokens[i]) and not noun)
            or (i > 0 and _verb_marker(tokens[i].low))
            or (i > 1 and not noun and _plural_verb_ending(tokens[i]))
            or (i > 1 and _after_verb_clitic(tokens, i))
        ):  # « Le juge a conclu »: « juge » after « Le » is a noun
            j = i
            while j > 0 and (
                word_class(tokens[j - 1].low, "neg")
                or word_class(tokens[j - 1].low, "clitic")
                or word_class(tokens[j - 1].low, "refl")
                or _object_clitic(tokens, j - 1)
                or (tokens[j - 1].low == "en" and j == i)  # « La cinéaste en parle »
            ):
                j -= 1
            if head is None and 1 < j < before and tokens[j - 1].low == "qui":
                # the verb of a relative clause inside the subject: the main verb is further
                head = subject_before(tokens, j - 1)
                if head is not None and head[0] == 0:
                    relative = True
                    continue
                head = None
            found = subject_before(tokens, j)
            if head is not None and found is not None and head[1] < found[0] <= resumed:
                return head[0], found[1]  # « L'ingénieure qui a…, Awa Kragbé, a regardé »
            return found
    return head  # no verb known after the relative clause: its antecedent at least


def _after_verb_clitic(tokens: Sequence[Token], i: int) -> bool:
    """« La réalisatrice y filme », « Le maire s'inquiète », « La ministre les reçoit »: a
    word the lexicons do not know, after a clitic that only a verb follows."""
    t = tokens[i]
    if not t.word or t.capitalized or t.low in _NOT_VERBS or word_class(t.low, "det"):
        return False
    before = tokens[i - 1].low
    if before in ("y", "se", "s'"):
        return True
    # « les » right after the subject's title or name, not after any word (« présente la
    # plongée », « tire aussi la sonnette »)
    subject_end = tokens[i - 2]
    return (
        before in ("le", "la", "les")
        and _object_clitic(tokens, i - 1)
        and (subject_end.capitalized or lexicon.normalize_key(subject_end.low) in lexicon.titles())
    )


# « les plus touchés », « se trouvant »: words after a clitic that are no finite verb
_NOT_VERBS = frozenset({"plus", "moins", "mieux", "même", "mêmes", "uns", "unes", "autres"})


# Third person plural endings no noun has (« manifestaient », « partirent », « iraient »).
_PLURAL_ENDINGS = ("aient", "èrent", "irent", "eront", "iront")


def _plural_verb_ending(token: Token) -> bool:
    """« Les infirmières manifestaient mardi »: a verb the lexicons do not know."""
    return (
        token.word
        and not token.capitalized
        and len(token.low) > 6
        and token.low.endswith(_PLURAL_ENDINGS)
    )


def _object_clitic(tokens: Sequence[Token], k: int) -> bool:
    """« La ministre le répète », « Marie Dupont l'a dit »: « l' » or « le » between a subject
    and its verb, not the determiner opening the subject (« Le juge a dit »)."""
    low = tokens[k].low
    if low == "l'":
        return k > 0 and tokens[k - 1].word
    return (
        low in ("le", "la", "les")
        and k > 0
        and tokens[k - 1].word
        and not word_class(tokens[k - 1].low, "prep")
        and not word_class(tokens[k - 1].low, "det")
        and not word_class(tokens[k - 1].low, "conj")
    )


def in_relative_ce_que(tokens: Sequence[Token], first: int) -> int | None:
    """Index of « ce » when the verb group at ``first`` is that of « ce qu'il appelle »:
    its object is the relative pronoun, so a quotation after it names what was said, and
    its subject pronoun stands for the main clause's subject."""
    for i in range(max(1, first - 3), first):
        if tokens[i].low in ("qu'", "que") and tokens[i - 1].low == "ce":
            return i - 1
    return None


def speaker_range(draft: Draft, tokens: Sequence[Token]) -> tuple[int, int] | None:
    """Normalised offsets of the words naming the draft's speaker, or None; ``tokens`` are
    those of the draft's sentence."""
    mode = draft.speaker_mode
    found: tuple[int, int] | None = None
    if mode == "clitic" and draft.speaker_hint is not None:
        if any(t.low.endswith("-on") for t in tokens[draft.cue_first : draft.cue_last]):
            return _where_on_speaks(tokens, draft.cue_last) or draft.speaker_hint
        return draft.speaker_hint
    if mode in ("selon", "colon") and draft.speaker_hint is not None:
        start, end = draft.speaker_hint
        if mode == "colon":
            subject = _subject_of_predicate(tokens, start, end)
            if subject is not None:
                # « Le message du syndicat est clair : » → « syndicat »
                return _after_reporting_noun(tokens, *subject), subject[1]
            start = _after_reporting_noun(tokens, start, end)
        return start, end
    if mode == "after":
        bounded = tokens
        if draft.speaker_hint is not None:
            # « Comme le rapporte Le Parisien, le suspect… »: the subject ends at the comma
            bounded = [t for t in tokens if t.end <= draft.speaker_hint[1]]
        found = subject_after(bounded, draft.cue_last)
    elif mode == "before":
        found = subject_before(tokens, draft.cue_first)
        if found is not None:
            found = _with_relative_head(tokens, found)
        if found == (0, 1) and draft.cue_first == 2 and tokens[1].text == ",":
            # « Faux, répond Capucine Héraudet : « … » »: a one-word retort before the verb,
            # whose subject follows it
            after = subject_after(tokens, draft.cue_last)
            if after is not None and _names_someone(tokens, *after):
                found = after
        if found is not None and tokens[found[0]].low == "on" and found[1] - found[0] == 1:
            place = _on_place_before(tokens, found[0])
            if place is not None:
                return place  # « Du côté de FNE, on dénonce… »
        ce = in_relative_ce_que(tokens, draft.cue_first)
        if ce is not None and found is not None:
            if found[1] - found[0] == 1:
                # « Le président a fustigé ce qu'il appelle… »: il is the president (in a
                # cleft, « C'est ce qu'il a dit », il stays for coreference).
                if not word_class(tokens[0].low, "cleft"):
                    found = main_subject(tokens, ce) or found
            elif found[0] < ce + 2:
                # « ce que Marc Durand appelle »; nothing left when « ce qu' » ends it
                found = (ce + 2, found[1]) if ce + 2 < found[1] else None
        if found is None:
            found = _quoted_title_subject(tokens, draft.cue_first)
        if found is None:
            found = (
                subject_after(tokens, draft.cue_last)
                if _inverted_subject_follows(draft, tokens)
                else None
            )
    elif mode == "participle":
        lead = tokens[draft.cue_first]
        if (
            (draft.cue_first == 0 or tokens[draft.cue_first - 1].text == ",")
            and draft.cue_type == "verb"
            and (lead.low.endswith("ant") or lead.low in ("après", "sans"))
        ):
            opening = opening_participle_clause(tokens, draft.cue_last)
            if opening is not None:
                # « Dénonçant une « provocation », la maire a quitté… », « Après avoir
                # affirmé que…, le maire est parti »
                found = opening[1]
                return tokens[found[0]].start, tokens[found[1] - 1].end
        incise = _incise_subject(tokens, draft.cue_first)
        if incise is not None:
            return incise
        if draft.cue_first > 0 and tokens[draft.cue_first - 1].low == "il":
            # « Dans le communiqué diffusé par la préfecture, il est rappelé que… »: the one
            # who issued the text, if the sentence says
            return _issuer_before(tokens, draft.cue_first - 1)
        relative = _relative_clause_subject(tokens, draft.cue_first)
        if relative is not None:
            return tokens[relative[0]].start, tokens[relative[1] - 1].end
        found = main_subject(tokens, draft.cue_first)
        if found is None and draft.cue_first > 1 and tokens[draft.cue_first - 1].text == ",":
            found = subject_before(tokens, draft.cue_first - 1)  # « Le ministre, affirmant que »
            if found is not None and adverb_length_forward(tokens, found[0]):
                found = None  # « Mardi, affirmant que… »: a date, not a subject
    if found is None:
        return None
    return tokens[found[0]].start, tokens[found[1] - 1].end


def _issuer_before(tokens: Sequence[Token], end: int) -> tuple[int, int] | None:
    """The agent after « par » in the words before ``end`` (« le communiqué diffusé par la
    préfecture »), up to the next preposition or punctuation."""
    for k in range(end - 1, -1, -1):
        if tokens[k].low != "par" or k + 2 >= end or not determiner(tokens[k + 1].low):
            continue
        stop = k + 2
        while stop < end and tokens[stop].word and not word_class(tokens[stop].low, "prep"):
            stop += 1
        return (tokens[k + 1].start, tokens[stop - 1].end)
    return None


def _relative_clause_subject(tokens: Sequence[Token], cue: int) -> tuple[int, int] | None:
    """« Le ministre a reçu les syndicats, qui ont quitté la réunion sans cacher que… »: a
    participle or « sans » inside a relative clause is its antecedent's, not the main
    subject's."""
    for k in range(cue - 1, 1, -1):
        low = tokens[k].low
        if tokens[k].text in ".;:!?" or tokens[k].text in OPENING_GUILLEMETS:
            return None
        if low in _RELATIVE_SUBJECTS and tokens[k - 1].text == ",":
            return relative_antecedent(tokens, k - 1)
        if tokens[k].text == ",":
            return None  # the relative clause, if any, ended before
    return None


_RELATIVE_SUBJECTS = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})


def opening_participle_clause(
    tokens: Sequence[Token], after: int
) -> tuple[int, tuple[int, int]] | None:
    """The comma that closes a sentence-opening participial clause (« Dénonçant une
    « provocation », la maire a quitté la salle ») and the subject of the main clause after it:
    the first comma outside quotation marks that a subject and its verb follow, after the
    verb of the que-clause when the participle opens one."""
    clause = after < len(tokens) and tokens[after].low in ("que", "qu'")
    found = _opening_clause_end(tokens, after, clause)
    # A que-clause whose verb no lexicon knows (« Rappelant que l'usine emploie 300 personnes,
    # le député… »): the first comma a subject and its verb follow.
    return found if found is not None or not clause else _opening_clause_end(tokens, after, False)


def _opening_clause_end(
    tokens: Sequence[Token], after: int, clause: bool
) -> tuple[int, tuple[int, int]] | None:
    """One pass of :func:`opening_participle_clause`; ``clause`` asks for a verb before the
    comma."""
    depth = 0
    for c in range(after, len(tokens) - 2):
        text = tokens[c].text
        if text in OPENING_GUILLEMETS:
            depth += 1
        elif text in CLOSING_GUILLEMETS:
            depth = max(0, depth - 1)
        elif text in ".;:!?" and not depth:
            return None
        elif text == "," and not depth:
            if (
                clause
                and tokens[c + 1].low not in ("il", "elle", "ils", "elles", "on")
                and not any(
                    is_verb(t) or _plural_verb_ending(t) or t.low.endswith(_FINITE_ENDINGS)
                    for t in tokens[after:c]
                )
            ):
                continue  # « Estimant que le maire, Jean Dupont, avait menti, l'opposition… »
            rest = tokens[c + 1 :]
            found = main_subject(rest, len(rest)) or _subject_of_common_verb(rest)
            if found is not None and found[0] == 0:
                return c, (c + 1 + found[0], c + 1 + found[1])
    return None


def _subject_of_common_verb(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """« le laboratoire voit ses ventes chuter »: a short noun phrase, then a verb no speech
    list knows (function_words « finite »)."""
    if not tokens or not determiner(tokens[0].low):
        return None
    for k in range(2, min(len(tokens), 6)):
        if not tokens[k - 1].word:
            return None
        if word_class(tokens[k].low, "finite"):
            return 0, k
    return None


# Endings of imperfect, future and conditional forms, which few nouns share.
_FINITE_ENDINGS = ("ait", "aient", "ra", "ront", "rait", "raient")


def _incise_subject(tokens: Sequence[Token], end: int) -> tuple[int, int] | None:
    """Offsets of the subject of an incise right before a participle or an infinitive
    (« « … », a-t-elle martelé, avant de préciser », « …, a déclaré la ministre, ajoutant »):
    that is who goes on."""
    if end < 2 or tokens[end - 1].text != ",":
        return None
    cues = find_verb_cues(tokens[: end - 1])
    if not cues:
        return None
    vc = cues[-1]
    if vc.first == 0 or not (
        tokens[vc.first - 1].text == "," or tokens[vc.first - 1].text in CLOSING_GUILLEMETS
    ):
        return None
    if vc.clitic is not None:
        return vc.clitic if vc.last == end - 1 else None
    found = subject_after(tokens[: end - 1], vc.last)
    if found is None or found[1] != end - 1:
        return None
    return tokens[found[0]].start, tokens[found[1] - 1].end


def _quoted_title_subject(tokens: Sequence[Token], first: int) -> tuple[int, int] | None:
    """« « Le Parisien » a révélé que… », « Le quotidien « Le Monde » affirme que… »: a
    quoted title, alone or after a determiner and a noun, opens the sentence as its subject."""
    if first < 3 or tokens[first - 1].text not in CLOSING_GUILLEMETS:
        return None
    opening = next(
        (k for k in range(first - 2, -1, -1) if tokens[k].text in OPENING_GUILLEMETS), None
    )
    if opening is None or not tokens[opening + 1].capitalized:
        return None
    if opening == 0 or (opening == 2 and word_class(tokens[0].low, "det")):
        return 0, first
    return None


def _inverted_subject_follows(draft: Draft, tokens: Sequence[Token]) -> bool:
    return draft.cue_first == 0 or tokens[draft.cue_first - 1].text in ",\N{EM DASH}"


def _verb_marker(low: str) -> bool:
    """A word that opens a verb group whose verb the lexicons may not know (« se veut »,
    « ne cache », « reste »)."""
    return word_class(low, "refl") or word_class(low, "neg") or word_class(low, "copula")


_ON_PLACES = frozenset({"à", "au", "aux", "dans", "chez", "auprès"})


def _circumstance_ahead(tokens: Sequence[Token], k: int) -> bool:
    """« au cours d'une réunion », « à l'issue de l'assemblée »: a time, not a place."""
    heads = [t.low for t in tokens[k + 1 : k + 3]]
    return any(word_class(h, "prep_noun") or word_class(h, "circumstance") for h in heads)


def _where_on_speaks(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """« indique-t-on à la préfecture », « confie-t-on dans l'entourage du ministre », « assure-t-on
    du côté de Matignon », « a-t-on appris de source policière »: where « on » speaks from is
    the source."""
    n = len(tokens)
    cue_end = k
    while k < n and (size := adverb_length_forward(tokens, k)):
        k += size  # « a-t-on appris lundi auprès du parquet »
    if k > cue_end and (k >= n or _circumstance_ahead(tokens, k)):
        return None  # « a-t-on appris lundi au cours d'une réunion »: no place named
    if k < n and tokens[k].low in _ON_PLACES:
        k += 1
        if tokens[k - 1].low == "auprès" and k < n and tokens[k].low in _DE:
            k += 1
    elif [t.low for t in tokens[k : k + 2]] == ["du", "côté"] and k + 2 < n:
        # « Du côté des syndicats » gives « syndicats »; a name keeps its article (« du
        # Stade rennais »)
        article = tokens[k + 2].low in ("du", "des") and k + 3 < n and not tokens[k + 3].capitalized
        k += 3 if tokens[k + 2].low in ("de", "d'") or article else 2
    elif k == 0 and tokens[k].low == "côté" and k + 1 < n:
        k += 1  # « Côté Ville d'Angers, on assure »
    elif (
        k + 1 < n
        and tokens[k].low in ("de", "d'")
        and lexicon.normalize_key(tokens[k + 1].low) in lexicon.source_nouns()
    ):
        k += 1  # « a-t-on appris de source policière »
    else:
        return None
    end = k
    while (
        end < n
        and end < k + 9
        and tokens[end].word
        and not (
            end > k
            and (
                word_class(tokens[end].low, "subject_end")
                or word_class(tokens[end].low, "rel")
                or word_class(tokens[end].low, "conj")
                or word_class(tokens[end].low, "que")
            )
        )
    ):
        end += 1
    if end == k:
        return None
    return tokens[k].start, tokens[end - 1].end


def _on_place_before(tokens: Sequence[Token], on: int) -> tuple[int, int] | None:
    """« Du côté de France Nature Environnement, on dénonce », « Dans l'entourage du
    ministre, on assure », « Chez Renault, on affirme »: the place that opens the sentence
    before « , on » is the source."""
    k = on - 1 - int(on > 0 and tokens[on - 1].low == "l'")
    if k >= 2 and tokens[k].low == "où" and tokens[k - 1].text == ",":
        return _where_before(tokens, k - 1)
    if on < 3 or tokens[on - 1].text != ",":
        return None
    start = int(tokens[0].low in ("mais", "et", "or"))  # « Mais à la FIQ, on craint… »
    place = _where_on_speaks(tokens, start)
    if place is not None:
        place = _with_acronym(tokens, place)
    if place is not None and place[1] != tokens[on - 2].end and _aside_until(tokens, place, on):
        # « Au cabinet du ministre, Étienne Lavallée, on reconnaît », « Au COI, dont le siège
        # est à Madrid, on souligne »: an apposition or a relative clause about the place
        on = next(k for k, t in enumerate(tokens) if t.start >= place[1]) + 1
    if (
        place is not None
        and place[1] != tokens[on - 2].end
        and tokens[start].low in _ON_PLACES
        and on <= 18
        and tokens[on - 2].text == ")"
    ):
        # « Au ministère de l'Enseignement primaire, secondaire et technique (EPST), on
        # affirme »: a body's name with commas in it runs up to its acronym and « , on »
        place = (place[0], tokens[on - 2].end)
    if place is not None and place[1] != tokens[on - 2].end:
        # « Au ministère des Finances et du Budget, on estime »: a name with « et » in it, when
        # what comes before « et » is a body already (not « Au vu des chiffres et des… »)
        rest = [t for t in tokens[: on - 1] if t.start >= place[1]]
        if (
            rest
            and rest[0].low == "et"
            and len(rest) <= 8
            and all(t.word for t in rest)
            and _speaking_place(
                tokens, start, [t for t in tokens if place[0] <= t.start < place[1]]
            )
        ):
            place = (place[0], tokens[on - 2].end)
    if place is None or place[1] != tokens[on - 2].end:
        return None
    phrase = [t for t in tokens[: on - 1] if place[0] <= t.start]
    return place if _speaking_place(tokens, start, phrase) else None


def _speaking_place(tokens: Sequence[Token], start: int, phrase: Sequence[Token]) -> bool:
    """« Dans les années 1980, on estimait », « À Lyon, on estime »: a time or a town is no
    source; a side, someone's circle or a body is."""
    opener = " ".join(t.low for t in tokens[start : min(start + 3, start + 1 + len(phrase))])
    if phrase and (
        word_class(phrase[0].low, "prep_noun") or word_class(phrase[0].low, "circumstance")
    ):
        return False  # « Au vu des chiffres, on estime », « À l'issue du vote, on… »
    return bool(
        opener.startswith(("du côté", "côté", "chez", "dans l'entourage", "auprès"))
        or find_organization(phrase) is not None
        # « À la CNE, on parle de… »: an acronym names a body (« Aux USA », « en RDC »: a
        # country)
        or (
            tokens[start].low not in ("aux", "en")
            and any(len(t.text) >= 2 and t.text.isalpha() and t.text.isupper() for t in phrase)
        )
        or any(
            lexicon.normalize_key(t.low) in lexicon.titles()
            or lexicon.normalize_key(t.low) in lexicon.source_nouns()
            for t in phrase
        )
    )


def _with_acronym(tokens: Sequence[Token], place: tuple[int, int]) -> tuple[int, int]:
    """« Au Conseil oléicole international (COI) »: the place with its acronym."""
    k = next((k for k, t in enumerate(tokens) if t.start >= place[1]), len(tokens))
    if (
        k + 2 < len(tokens)
        and tokens[k].text == "("
        and tokens[k + 1].text.isupper()
        and tokens[k + 2].text == ")"
    ):
        return place[0], tokens[k + 2].end
    return place


def _aside_until(tokens: Sequence[Token], place: tuple[int, int], on: int) -> bool:
    """Whether only an apposed name or a relative clause, between commas, stands between the
    place and « , on »."""
    after = [k for k, t in enumerate(tokens[:on]) if t.start >= place[1]]
    if len(after) < 3 or tokens[after[0]].text != ",":
        return False
    head = tokens[after[0] + 1]
    inside = [tokens[k] for k in after[1:-1]]
    return (
        head.low in ("dont", "qui", "où")
        or all(t.capitalized or t.text in ",-" for t in inside)
        # « Chez Luxinnovation, l'agence nationale de l'innovation, on précise »: what it is
        or (
            word_class(head.low, "det")
            and len(inside) <= 10
            and all(t.word or t.text in ",-'" for t in inside)
            and not any(is_verb(t) for t in inside)
        )
    )


def _where_before(tokens: Sequence[Token], comma: int) -> tuple[int, int] | None:
    """« assure-t-on à Matignon, où l'on juge que… »: the body named by « à X » right before
    the comma (a known body, not a town: « à Lyon, où l'on estime »)."""
    a = comma - 1
    while a > 0 and tokens[a - 1].low not in _ON_PLACES and comma - a < 8:
        a -= 1
    if a == 0 or tokens[a - 1].low not in _ON_PLACES or a == comma:
        return None
    if find_organization(tokens[a:comma]) is None:
        return None
    return tokens[a].start, tokens[comma - 1].end


def _subject_of_predicate(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int] | None:
    """« Le procureur est formel : « … » », « Le maire se veut rassurant : « … » »: before
    the colon stands a clause, and its subject is the speaker, not the whole clause."""
    window = [i for i, t in enumerate(tokens) if start <= t.start and t.end <= end]
    for i in window[1:]:
        tok = tokens[i]
        if (is_verb(tok) and not _after_determiner(tokens, i)) or _verb_marker(tok.low):
            while i - 1 > window[0] and (
                tokens[i - 1].low in ("en", "y") or _object_clitic(tokens, i - 1)
            ):
                i -= 1  # « Le maire en est convaincu », « Le maire l'assure »
            found = subject_before(tokens, i)
            if found is None or tokens[found[0]].start < start:
                return None
            return tokens[found[0]].start, tokens[found[1] - 1].end
    return None


def _after_reporting_noun(tokens: Sequence[Token], start: int, end: int) -> int:
    """« Commentaire du président » → « président »: the source after a reporting noun."""
    window = [t for t in tokens if start <= t.start and t.end <= end]
    if len(window) > 1 and word_class(window[0].low, "presentative"):
        window = window[1:]  # « Voici la réponse du maire : », « Voici sa réponse : »
        start = window[0].start
    if window and word_class(window[0].low, "det"):
        window = window[1:]
    if window and lexicon.normalize_key(window[0].low) in verbs.reporting_nouns():
        for i, tok in enumerate(window[1:], 1):
            if tok.low in _DE and i + 1 < len(window):
                return window[i + 1].start
    return start
