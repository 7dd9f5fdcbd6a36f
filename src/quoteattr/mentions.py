"""Mentions: what a noun phrase that names a source tells about it, without a statistical model.

From the words alone: a proper name (capitalised words with particles, a known first name or a
civility such as « M. » / « Mme »), a title and organisation (from the title and organisation
lexicons), whether the source is anonymous (« un haut responsable », « des sources »), a
pronoun or a back-reference (« la même personne »), and the grammatical gender and number that
coreference needs.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from types import MappingProxyType

import attrs
import regex

from quoteattr import lexicon, roles
from quoteattr.grammar import party_label, word_class
from quoteattr.text import CLOSING_GUILLEMETS, DE_WORDS, OPENING_GUILLEMETS, Token, tokenize

_ACRONYM = regex.compile(r"^\p{Lu}[\p{Lu}\d&]{1,7}s?$")


@attrs.frozen
class MentionInfo:
    """A source mention analysed; ``start``/``end`` index the normalised text."""

    start: int
    end: int
    text: str
    type: str
    anonymous: bool = False
    name: str | None = None
    title: str | None = None
    organization: str | None = None
    gender: str | None = None
    number: str | None = None
    back_reference: str | None = None  # "personal", "same", "demonstrative", "latter"
    # Set apart from the last speaker by its sentence (« de son côté », « lui », a reply, a
    # source keeping its name back, a title mentioned before): never a variation on them.
    apart: bool = False


@functools.cache
def _org_first_words() -> frozenset[str]:
    return frozenset(k.split()[0] for k in lexicon.organizations())


@functools.cache
def _org_sizes_by_first_word() -> dict[str, tuple[int, ...]]:
    """For each first word of an organisation's name, the token counts its names have,
    longest first (a name's tokens: « chambre d'agriculture » is three)."""
    sizes: dict[str, set[int]] = {}
    for key in lexicon.organizations():
        words = key.split()
        tokens = len(words) + sum(w.count("'") for w in words)
        sizes.setdefault(words[0].rstrip("'"), set()).add(tokens)
    return {word: tuple(sorted(found, reverse=True)) for word, found in sizes.items()}


def find_organization(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The longest run of tokens naming a known organisation (token indices)."""
    orgs = lexicon.organizations()
    lows = [t.low.rstrip("'") if t.low.endswith("'") else t.low for t in tokens]
    firsts = _org_first_words()
    starts = [i for i, low in enumerate(lows) if low in firsts]
    if not starts:
        return None
    # Each word with the space that follows it in a lexicon key: none after an elided word
    # (« chambre d'agriculture »).
    spaced = [t.low if t.low.endswith("'") else t.low + " " for t in tokens]
    sizes = _org_sizes_by_first_word()
    best: tuple[int, int] | None = None  # the longest name, the first of equal length
    for i in starts:
        for size in sizes[lows[i]]:
            if i + size > len(tokens) or (best is not None and size <= best[1] - best[0]):
                continue
            key = "".join(spaced[i : i + size]).rstrip(" ")
            # A single common noun (« préfecture ») is a body only when capitalised; longer
            # names are specific enough (« services de renseignement »), unless the lexicon
            # writes them as a proper name (« pour la transition énergétique » is no ministry).
            if key in orgs and (
                tokens[i].capitalized
                or key.isupper()
                or (size > 1 and not orgs[key].form[:1].isupper())
            ):
                best = (i, i + size)
                break
    return best


_ARABIC_PREFIX = regex.compile(r"^(?:al|el|ben|bin|ibn|abu|abou)-\p{Lu}")


def _name_word(tok: Token) -> bool:
    """A word that can be part of a proper name: capitalised, or « al-Sharaa »."""
    return tok.word and (
        tok.capitalized or ("-" in tok.text and bool(_ARABIC_PREFIX.match(tok.text)))
    )


def name_runs(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Runs of capitalised words joined by name particles (de, von der, al-…), as token ranges.

    A run never starts with a determiner or a civility (« Le Dr Hélène Carrière » gives
    « Hélène Carrière »), and a known first name inside a run starts a new one (« Lyon Sophie
    Marchal » gives « Lyon » and « Sophie Marchal »).
    """
    runs: list[tuple[int, int]] = []
    i = 0
    n = len(tokens)
    names = lexicon.first_names()
    while i < n:
        tok = tokens[i]
        if (
            not _name_word(tok)
            or word_class(tok.text, "title_abbr")
            or word_class(tok.low, "det")
            or word_class(tok.low, "det_indef")
            # « Chaque sommet annonce »; not « l'association Chaque Jour Compte »
            or (word_class(tok.low, "quantifier") and (i == 0 or not tokens[i - 1].word))
        ):
            i += 1
            continue
        j = i + 1
        while j < n:
            nxt = tokens[j]
            if _name_word(nxt) and not word_class(nxt.text, "title_abbr"):
                if (
                    lexicon.normalize_key(nxt.text) in names
                    and (lexicon.normalize_key(tokens[j - 1].text) not in names)
                    and j + 1 < n
                    and _name_word(tokens[j + 1])
                ):
                    break  # « Lyon Sophie Marchal »: a first name starts the person's name
                j += 1
                continue
            if nxt.text == "&" and j + 1 < n and _name_word(tokens[j + 1]):
                j += 2  # « Standard & Poor's », « Procter & Gamble »: one name
                continue
            # Up to two particles between capitalised words: « de Gaulle », « von der Leyen ».
            k = j
            while (
                k < n
                and k - j < 2
                and word_class(tokens[k].low, "particle")
                and (tokens[k].low != "des")
            ):
                k += 1
            if k > j and k < n and tokens[k].capitalized and tokens[k].word:
                j = k + 1
                continue
            break
        runs.append((i, j))
        i = j
    return runs


_PEOPLE_SUFFIX = regex.compile(r"(?:ais|aise|ois|oise|ien|ienne|éen|éenne)s?$")


def people_adjective(low: str) -> bool:
    """« lavallois », « montréalaise », « italien »: the adjective of a town or a country;
    not « ancien », which only looks like one, nor « européen » or « onusien », which name
    an institution's office (« le député européen »)."""
    demonym = lexicon.demonyms().get(low)
    if demonym is not None:
        return demonym.country_fr not in _CONTINENTS_AND_BODIES
    return _PEOPLE_SUFFIX.search(low) is not None and low not in roles.FORMER


# Countries of demonyms.tsv that are no country: their adjective makes an office, not a
# person's origin.
_CONTINENTS_AND_BODIES = frozenset({"Europe", "Afrique", "ONU"})


def party_aside(tokens: Sequence[Token], i: int) -> int | None:
    """« le maire (Les Écologistes) du 9e », « la députée (LFI) »: where a party label in
    brackets that opens at token ``i`` ends (the index after « ) »), else None."""
    if i >= len(tokens) or tokens[i].text != "(":
        return None
    for j in range(i + 2, min(i + 6, len(tokens))):
        if tokens[j].text == ")":
            return j + 1 if party_label([t.text for t in tokens[i + 1 : j]]) else None
    return None


def party_aside_before(tokens: Sequence[Token], j: int) -> int | None:
    """The start of a party label in brackets that ends just before token ``j``, else None."""
    if j < 1 or tokens[j - 1].text != ")":
        return None
    for i in range(j - 3, max(-1, j - 7), -1):
        if tokens[i].text == "(":
            return i if party_aside(tokens, i) == j else None
    return None


def people_noun(tokens: Sequence[Token]) -> bool:
    """Whether a mention is an article and a noun naming a person of a country or a city
    (« la Lyonnaise », « le Britannique »), maybe with the name after it: never a body, unless
    the lexicon knows it as one (« le Parisien », a newspaper)."""
    if len(tokens) < 2 or tokens[0].low not in ("le", "la", "l'", "les"):
        return False
    noun = tokens[1]
    if (
        not noun.capitalized
        or lexicon.normalize_key(noun.text) in lexicon.organizations()
        or lexicon.normalize_key(f"{tokens[0].text} {noun.text}") in lexicon.organizations()
        or noun.low in _countries()
    ):
        return False
    if noun.low not in lexicon.demonyms() and not _PEOPLE_SUFFIX.search(noun.low):
        return False
    return _aged_noun(tokens) or all(t.capitalized for t in tokens[2:])


def _aged_noun(tokens: Sequence[Token]) -> bool:
    """« le Camerounais de 24 ans »: an article, a noun and an age, no name."""
    return (
        len(tokens) == 5
        and tokens[2].low == "de"
        and tokens[3].text.isdigit()
        and tokens[4].low == "ans"
    )


@functools.cache
def _countries() -> frozenset[str]:
    return frozenset(d.country_fr.lower() for d in lexicon.demonyms().values())


def _quoted(tokens: Sequence[Token], a: int) -> bool:
    """Whether token ``a`` stands inside quotation marks opened in the mention."""
    depth = 0
    for t in tokens[:a]:
        if t.text in OPENING_GUILLEMETS:
            depth += 1
        elif t.text in CLOSING_GUILLEMETS:
            depth = max(0, depth - 1)
    return depth > 0


def title_record(title: str | None) -> lexicon.Title | None:
    """The lexicon's record of a title as written, « ancien ministre » that of « ministre »."""
    if not title:
        return None
    key = lexicon.normalize_key(title)
    found = lexicon.titles().get(key)
    if found is None:
        # « biologiste marine », « comédienne et metteuse en scène », « prévenue, ancienne
        # trésorière »: the first title, without its own adjectives
        key = key.split(",")[0].split(" et ")[0].strip()
        words = key.split()
        while len(words) > 1 and words[-1] in lexicon.title_adjectives():
            words.pop()
        key = " ".join(words)
        found = lexicon.titles().get(key)
    head, _, rest = key.partition(" ")
    if found is None and rest and head in ("ancien", "ancienne", "anciens", "anciennes"):
        found = lexicon.titles().get(rest)
    return found


def possessor(tokens: Sequence[Token], a: int) -> bool:
    """Whether the name at ``a`` completes a person noun before it (« l'avocat de Jean
    Dupont », « l'entourage de Mme Roux »): the speaker is that person, not the one named. A
    document's author (« un communiqué de Jean Dupont ») is the speaker, so it is no
    possessor."""
    de = a - 1
    if de > 0 and word_class(tokens[de].text, "title_abbr"):
        de -= 1  # « l'entourage de Mme Fontanel »
    if de <= 0 or tokens[de].low not in DE_WORDS:
        return False
    for t in tokens[:de]:
        key = lexicon.normalize_key(t.low)
        if key in lexicon.titles() or lexicon.source_kind(key) not in (None, "document"):
            return True
    return False


def after_preposition(tokens: Sequence[Token], a: int) -> bool:
    """Whether the run starting at ``a`` follows a preposition (« de la Santé », « en Europe »,
    « du Rhône »): then it names a place or body, unless it starts with a first name."""
    if a == 0:
        return False
    prev = tokens[a - 1].low
    if prev in ("le", "la", "les", "l'") and a > 1 and word_class(tokens[a - 2].low, "prep"):
        return True  # « les habitants de la Roya », « de l'Aude »: no first name takes an article
    if _first_name_gender(tokens[a].text) is not None:
        return False
    return (
        word_class(prev, "prep")
        or prev in ("du", "des", "l'", "au", "aux")
        or (word_class(prev, "det") and a > 1 and word_class(tokens[a - 2].low, "prep"))
    )


def gender_from_determiner(tokens: Sequence[Token]) -> tuple[str | None, str | None]:
    if not tokens:
        return None, None
    low = tokens[0].low
    if low in ("le", "un", "ce", "cet", "du", "au"):
        return "m", "sg"
    if low in ("la", "une", "cette", "sa"):
        return "f", "sg"
    if low in ("les", "des", "ces", "certains", "certaines", "plusieurs", "aux"):
        return None, "pl"
    if low in ("l'", "son", "leur", "mon", "notre", "votre") and len(tokens) > 1:
        # « l'ancien comptable », « son ancienne adjointe »: an adjective before the noun
        return _ADJECTIVE_GENDER.get(tokens[1].low, (None, None))
    return None, None


# Adjectives that may stand between « l' » and a title, with the gender and number they show.
_ADJECTIVE_GENDER = {
    "ancien": ("m", "sg"),
    "ancienne": ("f", "sg"),
    "actuel": ("m", "sg"),
    "actuelle": ("f", "sg"),
    "éternel": ("m", "sg"),
    "éternelle": ("f", "sg"),
    "unique": (None, "sg"),
}


_SURNAME_PARTICLES = frozenset({"de", "d'", "van", "von", "da", "di", "del"})


def opens_surname(word: str) -> bool:
    """Whether a lowercase particle can open a surname written without its first name
    (« de Gaulle », « van Rompuy »); « la », « le », « des » cannot."""
    return word in _SURNAME_PARTICLES


def _particle_surname(tokens: Sequence[Token]) -> bool:
    return (
        len(tokens) >= 2
        and opens_surname(tokens[0].text)
        and all(t.capitalized for t in tokens[1:])
        and lexicon.normalize_key(tokens[1].low) not in lexicon.organizations()
    )


def _in_apposition(tokens: Sequence[Token], a: int) -> bool:
    """Whether the run at ``a`` follows a comma or a civility (« , Me Herzog »)."""
    return a > 0 and (
        tokens[a - 1].text == ","
        or (word_class(tokens[a - 1].text, "title_abbr") and a > 1 and tokens[a - 2].text == ",")
    )


def _coordination(tokens: Sequence[Token]) -> bool:
    """« et » joining two noun phrases, the second opening with a determiner or a capital,
    outside parentheses: « le Premier ministre et la ministre de la Santé », not « le
    ministère de l'Économie et des Finances » nor « la Transition écologique et solidaire »."""
    if not any(t.low == "et" for t in tokens):
        return False
    body = find_organization(tokens)  # « l'Organisation pour la sécurité et la coopération »
    depth = 0
    for i, t in enumerate(tokens):
        depth += (t.text == "(") - (t.text == ")")
        if t.low != "et" or depth or i == 0 or i + 1 >= len(tokens):
            continue
        if body is not None and body[0] < i < body[1]:
            continue
        nxt = tokens[i + 1]
        titles = lexicon.titles()
        if lexicon.normalize_key(tokens[i - 1].low) in titles and (
            lexicon.normalize_key(nxt.low) in titles or nxt.text in titles
        ):
            continue  # « le cofondateur et CEO de Kelvio »: one person's two titles
        if nxt.capitalized and nxt.low not in DE_WORDS:
            return True
        # « et la ministre de la Santé », « et sa collègue Claire Roux », not « pour la
        # défense et la sécurité »
        head = tokens[i + 2] if i + 2 < len(tokens) else None
        named = i + 3 < len(tokens) and tokens[i + 3].capitalized
        if word_class(nxt.low, "det") and head is not None and (names_a_source(head) or named):
            return True
    return False


def names_a_source(token: Token) -> bool:
    """A capitalised word, a title or a body's noun: a word that can head a source."""
    key = lexicon.normalize_key(token.low)
    return token.capitalized or key in lexicon.titles() or key in lexicon.organizations()


# Third-person possessives, with the number of whoever they stand for.
THIRD_PERSON_POSSESSIVES = MappingProxyType(
    {"son": "sg", "sa": "sg", "ses": "sg", "leur": "pl", "leurs": "pl"}
)


def possessor_reference(mention: MentionInfo) -> MentionInfo | None:
    """« ses estimations », « Sa solution : « … » »: a mention that opens with a possessive
    and names no one (« Leur présidente, Awa Koné » does) points back to the possessor, as
    « selon elle » does; None otherwise."""
    first = mention.text.split(None, 1)[0].lower() if mention.text.strip() else ""
    number = THIRD_PERSON_POSSESSIVES.get(first)
    if number is None or mention.name or mention.title or mention.organization:
        return None
    return _possessor(mention.start, mention.end, mention.text, number)


def _possessor(start: int, end: int, text: str, number: str) -> MentionInfo:
    """A back-reference to whoever a possessive stands for, read as « il » / « ils » is."""
    return MentionInfo(start, end, text, "pronoun", number=number, back_reference="personal")


def analyse(norm: str, start: int, end: int, context: Sequence[Token] | None = None) -> MentionInfo:
    """Analyse the mention ``norm[start:end]``.

    ``context``, the tokens of the sentence around the mention, saves tokenising it again.

    >>> m = analyse("un haut responsable de l'administration américaine", 0, 51)
    >>> (m.type, m.anonymous, m.title)
    ('person', True, 'haut responsable')
    """
    text = norm[start:end]
    tokens = _tokens_within(context, start, end) if context else None
    if tokens is None:
        tokens = tokenize(norm, start, end)
    words = [t for t in tokens if t.word]
    low = " ".join(t.low for t in tokens).replace("' ", "'")
    pronoun = lexicon.pronouns().get(low)
    if pronoun is None and " , " in low:
        # « Cette dernière, ancienne urgentiste au Creusot, précise… »: the apposition says
        # more of whom the pronoun points back to
        head = lexicon.pronouns().get(low.split(" , ", 1)[0])
        pronoun = head if head is not None and head.kind == "latter" else None
    if pronoun is not None:
        return MentionInfo(
            start,
            end,
            text,
            "pronoun" if pronoun.kind == "personal" else "person",
            anonymous=low == "on",
            gender=_g(pronoun.gender),
            number=_g(pronoun.number),
            back_reference=pronoun.kind,
        )
    if (
        len(tokens) == 2
        and tokens[0].low in THIRD_PERSON_POSSESSIVES
        and word_class(tokens[1].low, "reckoning")
    ):
        # « D'après ses estimations, … »: the figures of whoever « ses » stands for
        return _possessor(start, end, text, THIRD_PERSON_POSSESSIVES[tokens[0].low])
    if (
        len(tokens) > 3
        and (word_class(tokens[0].low, "det_indef") or tokens[0].low == "quelques")
        and word_class(tokens[1].low, "count_noun")
        and tokens[2].low in ("de", "d'")
    ):
        # « Une cinquantaine de parents d'élèves », « des centaines de manifestants »: the
        # people counted, several and unnamed
        inner = analyse(norm, tokens[3].start, end, context)
        return attrs.evolve(inner, start=start, text=text, number="pl", anonymous=True)
    if len(words) > 1 and word_class(words[0].low, "quantifier"):
        # « Tous les élus » are the elected officials; « Chaque sommet », « Aucun
        # responsable » name no one
        if (
            tokens[0] is words[0]
            and len(tokens) > 2
            and word_class(tokens[1].low, "det")
            and low != "tout le monde"  # everyone, not the paper
        ):
            inner = analyse(norm, tokens[1].start, end, context)
            return attrs.evolve(inner, start=start, text=text)
        return MentionInfo(start, end, text, "unknown")
    if _coordination(tokens):
        # « Marine Le Pen et Jordan Bardella », « la CGT et FO »: several sources speak
        # together; none of their names or titles is the mention's own.
        return MentionInfo(start, end, text, "group", number="pl")
    if not words or (len(words) == 1 and word_class(words[0].low, "neuter")):
        return MentionInfo(start, end, text, "unknown")  # « Cela », « Tout »: nobody
    if _particle_surname(tokens):
        # « de Gaulle », « van Rompuy »: a surname that starts with its particle.
        return MentionInfo(start, end, text, "person", name=text, gender=None, number="sg")
    det_gender, det_number = gender_from_determiner(tokens)
    if people_noun(tokens):
        # « la Lyonnaise », « l'Américaine Jessica Moore »: a person of a country or city.
        named = len(tokens) > 2 and not _aged_noun(tokens)
        name = norm[tokens[2].start : tokens[-1].end] if named else None
        feminine = tokens[1].low.endswith(("e", "es"))
        number = det_number or "sg"
        return MentionInfo(
            start,
            end,
            text,
            "group" if number == "pl" else "person",
            name=name,
            title=tokens[1].text,
            # « le Britannique »: a country's adjective gives the role (« British »)
            organization=tokens[1].text if tokens[1].low in lexicon.demonyms() else None,
            gender=(_first_name_gender(tokens[2].text) if name else None)
            or det_gender
            or ("f" if feminine else "m"),
            number=number,
        )
    organization: str | None
    title, organization = roles.split_title(text)
    title_info = title_record(title)
    if (
        len(tokens) == 1
        and tokens[0].capitalized
        and title_info is not None
        and title_info.kind != "title"
    ):
        # « a jugé Cavalier », « écrivait Héritier »: an occupation noun written alone with a
        # capital is a surname (« le cavalier » is the occupation)
        return MentionInfo(start, end, text, "person", name=text, number="sg")
    if (
        len(tokens) > 3
        and tokens[0].capitalized
        and tokens[1].text == ","
        and lexicon.normalize_key(tokens[0].low) in lexicon.titles()
    ):
        # « a lancé Brasseur, le capitaine du Standard »: a surname, then its apposition
        title, organization = roles.split_title(norm[tokens[2].start : end])
        return MentionInfo(
            start,
            end,
            text,
            "person",
            name=tokens[0].text,
            title=title,
            organization=organization,
            number="sg",
        )
    # The proper name: a capitalised run outside the title and the organisation.
    org_range = find_organization(tokens)
    if (
        org_range is not None
        and title is not None
        and org_range[1] == len(tokens)
        and (org_range[0] == 0 or (org_range[0] == 1 and word_class(tokens[0].low, "det")))
    ):
        # « Médecins sans frontières », « Reporters sans frontières »: a body's whole name,
        # though it starts with a title
        title = None
        organization = norm[tokens[org_range[0]].start : tokens[-1].end]
    name = None
    name_gender = None
    body_named = False
    civility = None
    # The last run is the name (« le maire de Lyon, Paul Girard », « l'avocat de Nicolas
    # Sarkozy, Me Herzog »), unless no run stands in apposition and an earlier one starts with
    # a first name (« Raphael Gruman de la société Dietatwork »).
    runs = name_runs(tokens)[::-1]
    if not any(_in_apposition(tokens, a) for a, _ in runs):
        runs.sort(key=lambda r: _first_name_gender(tokens[r[0]].text) is None)  # stable
    for a, b in runs:
        if org_range is not None and not (b <= org_range[0] or a >= org_range[1]):
            continue
        if _quoted(tokens, a):
            continue  # « le rapport « Climat 2030 » »: a title, not a person
        if b - a >= 2 and tokens[a].low in lexicon.demonyms():
            a += 1  # « le Tunisien Slaheddine Ouertani »: the nationality, then the name
        run_text = norm[tokens[a].start : tokens[b - 1].end]
        run_key = lexicon.normalize_key(run_text)
        if run_key in lexicon.titles() or run_key in lexicon.demonyms():
            continue
        if title and run_text in title:
            continue
        if org_range is not None and _ACRONYM.match(run_text):
            continue  # « l'Organisation mondiale de la santé (OMS) »: the body's acronym
        if (
            a == 0
            and b - a == 1
            and (
                word_class(tokens[0].low, "det")
                or word_class(tokens[0].low, "det_indef")
                or tokens[0].low in lexicon.titles()
                or tokens[0].low in lexicon.source_nouns()
                or word_class(tokens[0].low, "intro")
            )
        ):
            continue
        if (
            a > 0
            and word_class(tokens[a - 1].low, "det")
            and tokens[a - 1].low != "l'"
            and (a - 1 == 0 or not tokens[a - 2].low.startswith("d"))
            and _first_name_gender(tokens[a].text) is None
        ):
            continue  # « la Commission », « le Muséum »: an institution, not a person
        if after_preposition(tokens, a):
            continue  # « le maire de Lyon », « de la Santé », « en Europe »: a place or body
        if a > 0 and word_class(tokens[a - 1].low, "place_noun"):
            continue  # « les habitants de la rue Haute », « du lycée Victor-Hugo »: a place
        if a > 0 and word_class(tokens[a - 1].low, "kin_group") and len(runs) > 1:
            continue  # « le Dr Baxa, l'avocat de la famille Hruza »: the family's name
        if possessor(tokens, a):
            continue  # « l'avocat de Jean Dupont », « un proche de Marie Roux »: not them
        if a > 0 and word_class(tokens[a - 1].text, "title_abbr"):
            civility = tokens[a - 1].text
        name = run_text
        name_gender = _first_name_gender(tokens[a].text)
        # « la société Datalys », « la marque Solévia »: a name after a body's noun
        body_named = (
            a > 0 and name_gender is None and title is None and body_noun(tokens[a - 1].low)
        )
        break
    if civility is None:
        for i, tok in enumerate(tokens):
            if word_class(tok.text, "title_abbr") and i + 1 < len(tokens):
                civility = tok.text
    if (
        title is None
        and civility is not None
        and name is not None
        and lexicon.civility_title(civility) is not None
    ):
        title = civility  # « Me Clara Fitoussi »: the abbreviation is the title
        if organization is not None and organization.rstrip(".") == civility.rstrip("."):
            organization = None  # « le Pr Delfraissy »: not a body called « Pr »
    gender = (
        name_gender
        or _civility_gender(civility)
        or (_g(title_info.gender) if title_info else None)
        or det_gender
    )
    number = det_number or (_g(title_info.number) if title_info else None) or "sg"
    first = words[0].low
    anonymous = name is None and (
        word_class(first, "det_indef")
        or first in ("l'un", "l'une")
        or low.startswith(("l'un des", "l'une des", "l' un des"))
        or first in ("on", "certaines", "certains")
    )
    if name is not None:
        kind = "organization" if body_named else "person"
        if body_named and organization is None:
            organization = name  # « la société Datalys »: the body is Datalys
        if org_range is None and _ACRONYM.match(name) and " " not in name:
            kind = "organization"
        if org_range is None and name.lower() in lexicon.organizations():
            kind = "organization"
    elif title_info is not None:
        kind = title_info.kind
        kind = {"title": "person", "source": "person", "group": "group"}.get(kind, "person")
        if number == "pl" and kind == "person" and not anonymous:
            kind = "group"
    elif organization is not None or org_range is not None:
        kind = "organization"
        if organization is None and org_range is not None:
            organization = norm[tokens[org_range[0]].start : tokens[org_range[1] - 1].end]
    else:
        kind = _noun_kind(words)
        if kind == "unknown" and low.startswith(_ONE_OF) and _people_noun(words):
            kind = "person"  # « Un des relecteurs de l'article »: one of some people
        if kind == "organization" and organization is None:
            organization = _strip_determiner(norm, tokens)
    if anonymous and kind == "group":
        kind = "person"
    return MentionInfo(
        start,
        end,
        text,
        kind,
        anonymous=anonymous,
        name=name,
        title=title,
        organization=organization,
        gender=gender,
        number=number,
    )


def body_noun(low: str) -> bool:
    """« société », « groupe », « marque »: a noun that a body's name may follow."""
    return lexicon.source_kind(low) == "organization"


def _people_noun(words: Sequence[Token]) -> bool:
    """« Un des relecteurs », not « l'un des tracts » nor « un des slogans »: the noun after
    « des » is no document, sign or utterance."""
    noun = next((w.low for w in words[2:] if w.word and w.low not in ("des", "un", "l'un")), "")
    return not (
        lexicon.source_kind(noun) == "document"
        or word_class(noun, "sign")
        or word_class(noun, "utterance")
        or word_class(noun, "word_noun")
        or noun.rstrip("s") in ("tract", "message", "slogan", "texte", "courrier", "post")
    )


_ONE_OF = ("un des ", "une des ", "l'un des ", "l'une des ", "l' un des ")


def _tokens_within(context: Sequence[Token], start: int, end: int) -> list[Token] | None:
    """The context tokens covering exactly ``start:end``, or None when tokenising the slice
    alone could cut differently: a boundary inside a token, or a last token whose reading
    depends on what follows it (« M. », « l' »)."""
    i = bisect.bisect_left(context, start, key=_start_of)
    j = bisect.bisect_left(context, end, i, key=_start_of)
    if i >= j or context[i].start != start or context[j - 1].end != end:
        return None
    if context[j - 1].text[-1] in ".'":
        return None
    return list(context[i:j])


def _start_of(token: Token) -> int:
    return token.start


def _strip_determiner(norm: str, tokens: Sequence[Token]) -> str:
    i = 0
    while i < len(tokens) and (word_class(tokens[i].low, "det") or not tokens[i].word):
        i += 1
    if i >= len(tokens):
        i = 0
    return norm[tokens[i].start : tokens[-1].end]


def _noun_kind(words: Sequence[Token]) -> str:
    """Kind of a mention with no name, title or known organisation."""
    for tok in words:
        if word_class(tok.low, "det") or word_class(tok.low, "det_indef"):
            continue
        if word_class(tok.low, "prenominal") and tok is not words[-1]:
            continue  # « le premier rapport national »
        source = lexicon.source_nouns().get(tok.low)
        if source is not None:
            return {
                "document": "document",
                "organization": "organization",
                "group": "group",
                "anonymous": "person",
                "person": "person",
            }.get(source.kind, "unknown")
        if tok.capitalized:
            return "organization"
        break
    if words and words[0].capitalized and len(words) == 1:
        return "person"
    return "unknown"


def _g(value: str | None) -> str | None:
    return value if value in ("m", "f", "sg", "pl") else None


def _civility_gender(civility: str | None) -> str | None:
    if civility in ("M", "MM"):
        return "m"
    if civility in ("Mme", "Mmes", "Mlle"):
        return "f"
    return None


def _first_name_gender(word: str) -> str | None:
    first = word.split("-")[0] if "-" in word and word not in lexicon.first_names() else word
    found = lexicon.first_name(word) or lexicon.first_names().get(lexicon.normalize_key(first))
    if found is None:
        return None
    return found.gender if found.gender in ("m", "f") else "u"
