"""Cues: the expressions that report speech, found in the tokens of one sentence.

A cue is a verb group built around a reporting lemma (« a déclaré », « n'a cessé de répéter »,
« s'est-il plaint »), a light-verb phrase (« a émis l'espoir »), « selon X » / « d'après X »
/ « pour X, », or a colon after a speaker or a reporting noun. Verb groups are recognised by
walking left from a known verb form through adverbs, auxiliaries, catenative verbs and clitics,
so every tense, inversion and negation is covered by the conjugated lexicon rather than by
patterns written for particular sentences.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from types import MappingProxyType

import attrs
import regex

from quoteattr import lexicon, verbs
from quoteattr.grammar import determiner, word_class, words_of
from quoteattr.text import CLOSING_GUILLEMETS, Token, tokenize

SUBJECT_CLITICS = frozenset({"il", "elle", "on", "ils", "elles", "je", "nous", "vous"})
_FINITE = frozenset(verbs.FINITE_TENSES)


@attrs.frozen
class VerbCue:
    """A reporting verb group inside a sentence's token list (token indices, end exclusive)."""

    first: int
    head: int
    last: int
    lemma: str
    verb_class: str
    complements: frozenset[str]
    tense: str
    hypothetical: bool
    participle: bool
    clitic: tuple[int, int] | None  # normalised offsets of an inverted subject pronoun
    light: bool = False


def split_inversion(low: str) -> tuple[str, str | None]:
    """Split an inverted form into the verb and its subject clitic.

    >>> split_inversion("a-t-il")
    ('a', 'il')
    >>> split_inversion("déclare-t-elle")
    ('déclare', 'elle')
    >>> split_inversion("porte-parole")
    ('porte-parole', None)
    """
    if "-" not in low:
        return low, None
    head, _, tail = low.rpartition("-")
    if tail not in SUBJECT_CLITICS:
        return low, None
    if head.endswith("-t"):
        head = head[:-2]
    return head, tail


@functools.cache
def _multiword_adverbs() -> frozenset[tuple[str, ...]]:
    """Adverbs of several tokens, split as the tokenizer splits text (« d'emblée » is « d' »
    and « emblée »)."""
    found = (tuple(t.low for t in tokenize(form)) for form in lexicon.adverbs())
    return frozenset(words for words in found if len(words) > 1)


@functools.cache
def _adverb_edges() -> tuple[frozenset[str], frozenset[str]]:
    """First and last words of multiword adverbs: most tokens are rejected by one lookup."""
    multi = _multiword_adverbs()
    return frozenset(m[0] for m in multi), frozenset(m[-1] for m in multi)


def adverb_length(tokens: Sequence[Token], end: int) -> int:
    """How many tokens ending just before ``end`` form an adverb (0 when none)."""
    if end < 1:
        return 0
    if tokens[end - 1].low not in _adverb_edges()[1]:
        low = tokens[end - 1].low
        return 1 if low in lexicon.adverbs() or low in _NEGATION else 0
    for size in (4, 3, 2):
        if end - size >= 0 and tuple(t.low for t in tokens[end - size : end]) in (
            _multiword_adverbs()
        ):
            return size
    low = tokens[end - 1].low
    return 1 if low in lexicon.adverbs() or low in _NEGATION else 0


_NEGATION = frozenset({"pas", "plus", "jamais", "guère", "point", "rien"})


def adverb_length_forward(tokens: Sequence[Token], start: int) -> int:
    """How many tokens from ``start`` form an adverb or a time expression (0 when none)."""
    if start >= len(tokens):
        return 0
    if tokens[start].low not in _adverb_edges()[0]:
        return 1 if tokens[start].low in lexicon.adverbs() or _manner_adverb(tokens, start) else 0
    for size in (4, 3, 2):
        if (
            start + size <= len(tokens)
            and tuple(t.low for t in tokens[start : start + size]) in _multiword_adverbs()
        ):
            return size
    if start < len(tokens) and tokens[start].low in lexicon.adverbs():
        return 1
    return 0


def _manner_adverb(tokens: Sequence[Token], k: int) -> bool:
    """« répète inlassablement le maire », « a sobrement déclaré »: a word in -ment right
    after a verb form, never a noun there (a noun takes a determiner: « le gouvernement »)."""
    low = tokens[k].low
    return (
        len(low) > 6
        and low.endswith("ment")
        and tokens[k].word
        and not tokens[k].capitalized
        and k > 0
        and tokens[k - 1].word
        and not _is_function_word(tokens[k - 1].low)
        and low not in lexicon.titles()
        and lexicon.normalize_key(low) not in lexicon.source_nouns()
    )


# Stressed pronouns: a subject repeated (« Le maire, lui, affirme ») or standing alone.
STRESSED_PRONOUNS = frozenset({"lui", "elle", "eux", "elles"})


def _skip_adverbs_left(tokens: Sequence[Token], pos: int) -> int:
    """Index just after the last non-adverb token before ``pos``; a stressed pronoun between
    commas counts as one (« a, lui, promis »)."""
    while pos > 0:
        size = adverb_length(tokens, pos)
        if (
            size == 0
            and pos >= 3
            and tokens[pos - 1].text == ","
            and tokens[pos - 2].low in STRESSED_PRONOUNS
            and tokens[pos - 3].text == ","
        ):
            size = 3
        if size == 0:
            break
        if size == 1 and pos >= 2 and word_class(tokens[pos - 2].low, "det"):
            break  # « Ce dernier dénonce », « Cette dernière a dit »: a pronoun, not a time
        if size == 1 and pos >= 2 and tokens[pos - 2].low in ("de", "d'"):
            break  # « Les équipes de nuit parlent »: a noun's complement, not a time
        if pos == size and tokens[0].low.partition("-")[0] in STRESSED_PRONOUNS:
            break  # « Lui aussi estime », « Elle-même reconnaît »: the subject, not an adverb
        pos -= size
    return pos


def _aux_at(tokens: Sequence[Token], index: int) -> tuple[str, str, str | None] | None:
    """(lemma, tense, clitic) when the token is a form of avoir or être."""
    if index < 0:
        return None
    base, clitic = split_inversion(tokens[index].low)
    for info in verbs.auxiliary_index().get(base, ()):
        if info.tense in _FINITE or info.tense == "infinitive":
            return info.lemma, info.tense, clitic
    return None


def _catenative_at(tokens: Sequence[Token], index: int) -> tuple[verbs.CatenativeInfo, int] | None:
    """The catenative ending at token ``index`` (« devait », « est censé », « est sur le
    point ») and the index of its first token."""
    if index < 0:
        return None
    table = verbs.catenative_index()
    for size in (4, 3, 2, 1):
        start = index - size + 1
        if start < 0:
            continue
        words = [
            split_inversion(t.low)[0] if k == 0 else t.low
            for k, t in enumerate(tokens[start : index + 1])
        ]
        found = table.get(" ".join(words))
        if found:
            # « n'a pas omis de »: after an auxiliary the participle, not the simple past
            participle = next((c for c in found if c.tense == "past_participle"), None)
            if (
                participle is not None
                and found[0].tense != "past_participle"
                and _aux_at(tokens, _skip_adverbs_left(tokens, start) - 1) is not None
            ):
                return participle, start
            return found[0], start
    return None


def _is_function_word(low: str) -> bool:
    return low in _function_words()


@functools.cache
def _function_words() -> frozenset[str]:
    return frozenset().union(
        *(words_of(cls) for cls in ("prep", "det", "det_indef", "conj", "rel", "que"))
    )


@functools.cache
def _head_words() -> frozenset[str]:
    """Lowercase words that can head a verb cue: reporting verb forms and light verbs."""
    return frozenset(verbs.form_index()) | frozenset(_light_index())


@functools.cache
def _trigger_words() -> frozenset[str]:
    """Every word that can head a cue: reporting verb forms, light verbs, selon, après,
    source, dixit, the view phrases' nouns (aux yeux de, de l'avis de) and reporting nouns. A
    sentence with none of them (and no quotation mark or colon) holds no claim, so the
    pipeline skips it without tokenising."""
    words = set(verbs.form_index()) | set(_light_index()) | {"selon", "après", "source", "dixit"}
    words |= lexicon.view_words()
    words |= {noun.split()[0] for noun in verbs.reporting_nouns()}
    parts = {part for w in words for part in _WORDS.findall(w)}
    # Elided clitics split off by the word pattern (« s' » of « s'est ») say nothing.
    return frozenset(parts - {"d", "l", "s", "n", "t", "m", "j", "c", "qu"})


_WORDS = regex.compile(r"[\p{L}\p{M}]+")
_MARKS = regex.compile(
    r"[:\x22\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    r"\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    r"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}"
    r"\N{EM DASH}\N{EN DASH}]"
)
_POUR_HEAD = regex.compile(r"\W*(?:\w+\W+)?[Pp]our\b")
_POUR_QUI = regex.compile(r",\s*pour qui\b")


def may_hold_cue(norm: str, start: int, end: int) -> bool:
    """A cheap test that lets sentences without any possible cue skip the whole analysis."""
    if (
        _MARKS.search(norm, start, end)
        or _POUR_HEAD.match(norm, start, end)
        or _POUR_QUI.search(norm, start, end)  # « Les riverains, pour qui … »
    ):
        return True
    return not _trigger_words().isdisjoint(map(str.lower, _WORDS.findall(norm, start, end)))


def _without_subject(tokens: Sequence[Token], pos: int, infos: Sequence[verbs.FormInfo]) -> bool:
    """A bare finite form that cannot have a subject: it opens the sentence (« Remarque : »)
    or is a first or second person plural with no « nous » / « vous » (« Rappelons que »)."""
    first = pos
    while first > 0 and (
        word_class(tokens[first - 1].low, "neg")
        or word_class(tokens[first - 1].low, "clitic")
        or word_class(tokens[first - 1].low, "refl")
    ):
        first -= 1
    if first < pos and (
        tokens[first].low in ("nous", "vous")
        # « Lui estime que… »: a stressed pronoun opening the sentence is its subject
        or (first == 0 and tokens[0].text in ("Lui", "Eux"))
    ):
        first += 1  # « Vous m'accusez »: the leftmost « vous » is the subject
    if (
        first == 0
        or (
            not tokens[first - 1].word
            and tokens[first - 1].text
            not in (
                ",",
                "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
                "\N{RIGHT DOUBLE QUOTATION MARK}",
                '"',
                ")",
            )
            # « Qui va reprendre nos fermes ? s'interroge X »: in lower case after a question
            # or an exclamation, an incise
            and not (tokens[first - 1].text in "?!" and tokens[first].text[:1].islower())
        )
    ):
        return True
    persons = {info.person for info in infos if info.tense in _FINITE}
    if persons and persons <= {4, 5}:
        subject = tokens[first - 1].low if first > 0 else ""
        return subject not in ("nous", "vous", "on")
    return False


def _clitic_offsets(token: Token) -> tuple[int, int] | None:
    _, clitic = split_inversion(token.low)
    if clitic is None:
        return None
    return token.end - len(clitic), token.end


_CLOSING_QUOTES = frozenset({'"', "\N{RIGHT DOUBLE QUOTATION MARK}", *CLOSING_GUILLEMETS})


def _incise_clitic(tokens: Sequence[Token], index: int) -> bool:
    """« « … », le contredit son neveu », « « … », la rassure X »: after a quotation and a
    comma, an object clitic, a verb and its subject (not a title: « », le juge X »)."""
    return (
        index >= 3
        and tokens[index - 2].text == ","
        and tokens[index - 3].text in _CLOSING_QUOTES
        and tokens[index].low not in lexicon.titles()
        and index + 1 < len(tokens)
        and (determiner(tokens[index + 1].low) or tokens[index + 1].capitalized)
        # « « … », la presse le relève »: a noun, then its own clitic and verb
        and not (
            index + 2 < len(tokens)
            and tokens[index + 1].low in ("le", "la", "les", "l'")
            and tokens[index + 2].low in verbs.form_index()
        )
    )


def _adverb_then_que(tokens: Sequence[Token], k: int) -> bool:
    """Whether an adverb phrase at ``k`` is followed by « que » (« au contraire que »)."""
    size = adverb_length_forward(tokens, k)
    return size > 0 and k + size < len(tokens) and tokens[k + size].low in ("que", "qu'")


def _reads_as_noun(tokens: Sequence[Token], index: int) -> bool:
    """A bare verb form right after a determiner or preposition is a noun (« le juge »)."""
    if index == 0:
        return False
    prev = tokens[index - 1].low
    if (
        prev in ("le", "la", "l'", "les")
        and index >= 2
        and tokens[index - 2].low in (SUBJECT_CLITICS)
    ):
        return False  # object clitic: « il le dit »
    if (
        (prev == "l'" or (prev == "les" and tokens[index].low not in lexicon.titles()))
        and index >= 2
        and _ends_subject(tokens[index - 2])
    ):
        return False  # « Le maire l'assure : « … » », « Le maire les accuse »
    if (
        prev in ("le", "la")
        and index >= 3
        and tokens[index].low not in lexicon.titles()
        and _ends_subject(tokens[index - 2])
        # a name, or a title after its determiner (« La sénatrice le qualifie »); not a verb
        # that is also a title (« juge la menace »)
        and (tokens[index - 2].capitalized or word_class(tokens[index - 3].low, "det"))
    ):
        return False
    if (
        prev in ("le", "la", "les")
        and index >= 2
        and tokens[index].low.endswith(("ent", "ont"))
        and tokens[index - 2].word
        and not _is_function_word(tokens[index - 2].low)
    ):
        return False  # « Ses collègues la décrivent comme… »: no noun is a plural verb form
    if prev in ("le", "l'") and index >= 2 and tokens[index - 2].low == "comme":
        return False  # « Comme le souligne la Cour des comptes, … »
    if prev in ("le", "la", "l'", "les") and _incise_clitic(tokens, index):
        return False  # « « … », le contredit son neveu »: an incise with its object clitic
    if prev in ("le", "l'") and _after_apposed_name(tokens, index - 1):
        return False  # « Le directeur de la foire, Bernard Piérard, l'admet »
    if (
        prev == ","
        and index + 1 < len(tokens)
        and lexicon.normalize_key(tokens[index].low) in lexicon.titles()
        and (
            tokens[index + 1].text == ","
            or (
                index >= 2
                and tokens[index - 2].capitalized
                and tokens[index + 1].low in _TITLE_COMPLEMENTS
                # « X, juge au contraire que… »: an adverb, then what is judged
                and not _adverb_then_que(tokens, index + 1)
            )
        )
    ):
        # « Selon Amy Morel, juge, « … » », « Amy Morel, juge au tribunal de Lille, »: a title
        # in apposition
        return True
    return (
        word_class(prev, "det")
        or word_class(prev, "det_indef")
        or (word_class(prev, "prep") and prev != "en")
    )


def adjective_after_noun(tokens: Sequence[Token], index: int) -> bool:
    """« par la baisse continue de la fréquentation »: a bare form right after the noun of a
    prepositional phrase agrees with that noun; a subject never follows a preposition, but a
    body's name may hold one (« Action contre la faim dit que… »)."""
    return (
        index >= 3
        and tokens[index - 1].word
        and not tokens[index - 1].capitalized
        and word_class(tokens[index - 2].low, "det")
        and tokens[index - 3].low in _NOT_IN_SUBJECTS
        and _clitic_offsets(tokens[index]) is None
        and not _organization_ends_at(tokens, index)
    )


def _organization_ends_at(tokens: Sequence[Token], index: int) -> bool:
    """Whether a known organisation's name, of four to six words, ends just before ``index``."""
    names = lexicon.organizations()
    for size in range(4, min(7, index + 1)):
        key = " ".join(t.low for t in tokens[index - size : index]).replace("' ", "'")
        if key in names:
            return True
    return False


# Prepositions whose phrase is no part of a subject (« de », « à » are: « La direction de
# l'hôpital affirme »)
_NOT_IN_SUBJECTS = frozenset({"par", "dans", "sur", "avec", "contre", "sans", "sous", "vers"})


_TITLE_COMPLEMENTS = frozenset({"de", "d'", "du", "des", "au", "aux", "à", "en", "chez"})


def _after_apposed_name(tokens: Sequence[Token], k: int) -> bool:
    """Whether the clitic at ``k`` follows a name in apposition closed by a comma (« Le
    directeur, Bernard Piérard, l'admet »): the subject ends there."""
    return (
        k >= 3
        and tokens[k - 1].text == ","
        and tokens[k - 2].capitalized
        and tokens[k - 2].word
        and tokens[k - 3].capitalized
        and any(t.text == "," for t in tokens[max(0, k - 6) : k - 3])
    )


def _agrees_with(low: str, pronoun: str) -> bool:
    """Whether the form ``low`` can have « nous » / « vous » as its subject (or is unknown)."""
    if split_inversion(low)[1] is not None:
        return False  # « nous a-t-elle confié »: the inverted pronoun is the subject
    infos = verbs.form_index().get(low, ()) or verbs.auxiliary_index().get(low, ())
    person = 4 if pronoun == "nous" else 5
    return not infos or any(info.person == person or not info.person for info in infos)


def _ends_subject(token: Token) -> bool:
    """A word that ends a subject right before an object clitic: a name (« Dupont l'a dit »),
    a title or a body (« Le maire l'assure »), a subject pronoun; not « transgresser
    l'interdit », where « l' » is an article."""
    key = lexicon.normalize_key(token.low)
    return token.word and (
        token.capitalized
        or key in lexicon.titles()
        or key in lexicon.organizations()
        or token.low in SUBJECT_CLITICS
    )


def find_verb_cues(tokens: Sequence[Token]) -> list[VerbCue]:
    """Every reporting verb group in one sentence's tokens, in order."""
    out: list[VerbCue] = []
    index = verbs.form_index()
    light = _light_index()
    heads = _head_words()
    # Most words head nothing: one set lookup each, in a comprehension.
    candidates = [i for i, t in enumerate(tokens) if t.low in heads or "-" in t.low]
    for i in candidates:
        token = tokens[i]
        base, clitic = split_inversion(token.low)
        if clitic is None and _is_function_word(base):
            continue  # « contre », « entre »: a preposition before it is a verb
        if (
            token.capitalized
            and i + 1 < len(tokens)
            and tokens[i + 1].capitalized
            and lexicon.normalize_key(base) in lexicon.first_names()
        ):
            continue  # « Lise Chagnon », « Marie Dupont »: a first name, not « lise », « marie »
        found = None
        for lv, lv_infos in light.get(base, ()):
            last = _light_object_end(tokens, i + 1, lv)
            if last is None:
                continue
            cue = _verb_group(tokens, i, lv_infos, light=lv)
            if cue is not None:
                found = attrs.evolve(cue, last=last)
                break
        infos = index.get(base)
        if found is None and infos:
            found = _verb_group(tokens, i, infos)
        if found is not None and not _idiom(tokens, found):
            out.append(found)
    return out


def _takes_etre(info: verbs.FormInfo) -> bool:
    """A verb whose plain use forms its past with être (« revenir »)."""
    entry = None if info.pronominal else verbs.verb_entry(info.lemma, False)
    return entry is not None and entry.aux == "être"


def _idiom(tokens: Sequence[Token], cue: VerbCue) -> bool:
    """« qui veut dire « merci » », « on peut lire »: a set phrase built on a verb of saying
    or writing (non_attributive.tsv, kind « idiom »), which reports nothing."""
    phrase = " ".join(t.low for t in tokens[cue.first : cue.last])
    if phrase in _idioms():
        # « veut dire aux salariés que… » tells someone: no idiom with an addressee
        return cue.last >= len(tokens) or tokens[cue.last].low not in ("à", "au", "aux")
    # « une plaque où l'on peut lire : « … » »: what anyone may read, a sign
    before = tokens[cue.first - 1].low if cue.first > 0 else ""
    return before in ("on", "l'on") and f"on {phrase}" in _idioms()


@functools.cache
def _idioms() -> frozenset[str]:
    return frozenset(key for key, rule in lexicon.non_attributive().items() if rule.kind == "idiom")


@functools.cache
def _light_index() -> Mapping[str, tuple[tuple[verbs.LightVerb, tuple[verbs.FormInfo, ...]], ...]]:
    """Forms of the light verbs (« a émis », « exprime »), each with the phrases it heads."""
    found: dict[str, list[tuple[verbs.LightVerb, tuple[verbs.FormInfo, ...]]]] = {}
    for lv in verbs.load_light_verbs():
        by_form: dict[str, list[verbs.FormInfo]] = {}
        for form, tense, person, agreement in verbs.conjugate(lv.verb).readings():
            by_form.setdefault(form, []).append(
                verbs.FormInfo(lv.verb, lv.pronominal, lv.verb_class, tense, person, agreement)
            )
        for form, infos in by_form.items():
            found.setdefault(form, []).append((lv, tuple(infos)))
    return MappingProxyType({k: tuple(v) for k, v in found.items()})


OPENING_MARKS = frozenset(
    {
        "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        "\N{LEFT DOUBLE QUOTATION MARK}",
        '"',
        "\N{DOUBLE LOW-9 QUOTATION MARK}",
    }
)


def _light_object_end(tokens: Sequence[Token], start: int, lv: verbs.LightVerb) -> int | None:
    """Token index after the fixed object of a light verb, or None when it is not there.

    A quotation right after a light verb whose object is a noun phrase, when it opens like
    one (a determiner, a quantity or one of the verb's own nouns), stands for that object
    (« a exprimé « un soutien indéfectible » »), so the verb alone is the cue.
    """
    j = start + adverb_length_forward(tokens, start)
    if j >= len(tokens):
        return None
    if tokens[j].text in OPENING_MARKS and lv.pattern.startswith("POSS"):
        # « a exprimé « un soutien indéfectible » », « « toute sa gratitude » », « « regret et
        # tristesse » »: a noun phrase quoted stands for the object; « faisaient « partie
        # intégrante » » has none
        first = tokens[j + 1].low if j + 1 < len(tokens) else ""
        nouns = {w for slot in lv.pattern.split() for w in slot.split("|")}
        opens = (
            determiner(first)
            or word_class(first, "quantity")
            or any(t.low in nouns for t in tokens[j + 1 : j + 4])
        )
        return start if opens else None
    window = tokens[j : j + 8]
    joined = ""
    ends: list[int] = []
    for t in window:
        if joined and not joined.endswith("'"):
            joined += " "
        joined += t.low
        ends.append(len(joined))
    match = verbs.light_verb_regex(lv.pattern).match(joined)
    if match is None:
        return None
    for k, end in enumerate(ends):
        if end >= match.end():
            return j + k + 1
    return None


# The endings of the future and the conditional, whatever the verb (« viendra », « ferait »).
_FUTURE_OR_CONDITIONAL = regex.compile(r"\p{L}{2,}r(?:ai|as|a|ons|ez|ont|ais|ait|ions|iez|aient)")


def _purpose_clause(tokens: Sequence[Token], prep_pos: int) -> bool:
    """Whether the infinitive at ``prep_pos`` is the purpose of an occasion to speak that
    has taken place (« elle a publié un communiqué pour rappeler que… », « a pris la parole
    pour dénoncer »), not of another act (« a débloqué deux millions pour soutenir »), a
    degree (« trop tôt pour dire »), a cleft (« c'est pour dire »), a negation, a passive
    (« la presse a été convoquée pour annoncer ») or an intention yet to be carried out
    (« il va se rendre à Paris pour annoncer », « voulait prendre la parole pour »)."""
    if prep_pos < 3 or not (
        tokens[prep_pos - 1].low == "pour"
        or (tokens[prep_pos - 1].low == "afin" and tokens[prep_pos].low in ("de", "d'"))
    ):
        return False
    main = tokens[: prep_pos - 1]
    if not any(t.low.startswith(_speech_occasions()) for t in main):
        return False
    if any(
        word_class(t.low, "degree")
        or word_class(t.low, "neg")
        or t.low in ("c'", "ce", "été", "si", "dont")
        or t.low.startswith("laiss")  # « a laissé son ministre prendre la parole pour »
        for t in main
    ):
        return False  # « si », « dont »: another clause's subject may be the one who spoke
    if word_class(main[0].low, "conj") or (main[0].low == "s'" and len(main) > 1):
        return False  # « Après que X a pris la parole, Y… », « S'il prend la parole pour… »
    if main[0].low in ("après", "avant", "pendant", "dès") and any(
        t.low == "que" for t in main[:3]
    ):
        return False
    for k in range(prep_pos - 1):
        if _FUTURE_OR_CONDITIONAL.fullmatch(tokens[k].low) and not (
            k > 0 and (determiner(tokens[k - 1].low) or word_class(tokens[k - 1].low, "prep"))
        ):
            return False  # « viendra », « devrait »; « son retrait » is a noun
        aux = _aux_at(tokens, k)
        if aux is not None and aux[1] in ("future", "conditional"):
            return False
        cat = verbs.catenative_index().get(split_inversion(tokens[k].low)[0], ())
        if any(
            c.modality in ("intended", "hypothetical", "refusal") or c.lemma in _WISHES for c in cat
        ):
            return False  # « voulait prendre la parole pour… », « va se rendre »
    return True


_WISHES = frozenset({"vouloir", "souhaiter"})


@functools.cache
def _speech_occasions() -> tuple[str, ...]:
    """Word beginnings of an occasion to speak (« parole », « tribune », « communiqué »,
    « manifest- »): what a purpose infinitive of saying hangs on."""
    return tuple(sorted(words_of("speech_occasion")))


def _verb_group(
    tokens: Sequence[Token],
    i: int,
    infos: Sequence[verbs.FormInfo],
    light: verbs.LightVerb | None = None,
) -> VerbCue | None:
    pos = _skip_adverbs_left(tokens, i)
    tenses = {info.tense for info in infos}
    clitic = _clitic_offsets(tokens[i])
    tense = ""
    hypothetical = False
    first = i
    participle = False
    # « se contente d'indiquer »: a reflexive in front may be the catenative's, not the head's
    head_reflexive = True
    impersonal = (
        _impersonal_passive(tokens, pos, i)
        if "past_participle" in tenses
        and not any(word_class(info.lemma, "agreed") for info in infos)
        else None
    )
    if impersonal is not None:
        # « Il est rappelé que… », « il a été précisé que… »: said by whoever issued the
        # text, as a participle's words are the main clause's subject's
        return _finish(
            tokens,
            impersonal + 1,  # the auxiliary: « il » is no one
            i,
            i + 1,
            infos,
            "past",
            False,
            True,
            clitic,
            pronominal=False,
            light=light,
        )
    if "past_participle" in tenses and (aux := _aux_at(tokens, pos - 1)) is not None:
        if pos - 1 >= 0 and tokens[pos - 1].low == "été":
            return None  # passive: « a été annoncé »
        aux_lemma, aux_tense, _ = aux
        first = pos - 1
        reflexive = first > 0 and tokens[first - 1].low in ("se", "s'")
        lead = first - 1 - reflexive
        if aux_tense == "infinitive" and lead >= 0 and tokens[lead].low == "après":
            # « …, après avoir affirmé que… », « après s'être dit favorable »: said by the
            # main clause's subject
            return _main_subjects(tokens, lead, i, infos, clitic, reflexive, light)
        tense = "past" if aux_tense == "present" else aux_tense
        hypothetical = aux_tense == "future"
        clitic = clitic or _clitic_offsets(tokens[first])
        # être without a reflexive is a passive or a copula, unless the verb takes it in an
        # incise (« « … », est revenue la ministre »; « le champion est revenu » came back)
        pronominal_needed = aux_lemma == "être" and not (
            first >= 1
            and tokens[first - 1].text == ","
            and any(_takes_etre(info) for info in infos)
        )
    elif (
        "past_participle" in tenses
        and pos > 0
        and tokens[pos - 1].low in ("et", "puis", "mais")
        and any(_aux_at(tokens, k) is not None for k in range(max(0, pos - 30), pos - 1))
    ):
        # « Elle a remercié les pompiers et assuré que… »: the auxiliary is shared.
        first = i
        tense = "past"
        pronominal_needed = False
    elif "infinitive" in tenses:
        prep_pos = pos
        if prep_pos > 0 and tokens[prep_pos - 1].low in ("à", "de", "d'", "par"):
            prep_pos -= 1
        cat_pos = _skip_adverbs_left(tokens, prep_pos) - 1
        refl_before_head = pos > 0 and tokens[pos - 1].low in ("se", "s'")
        if refl_before_head:
            prep_pos = pos - 1
            if prep_pos > 0 and tokens[prep_pos - 1].low in ("à", "de", "d'", "par"):
                prep_pos -= 1
            cat_pos = _skip_adverbs_left(tokens, prep_pos) - 1
        found_cat = _catenative_at(tokens, cat_pos)
        if (
            found_cat is None
            and pos > 0
            and tokens[pos - 1].low == "sans"
            and any(word_class(info.lemma, "litotes") for info in infos)
        ):
            # « …, sans cacher que la saison a coûté cher »: a verb whose negation asserts,
            # said by the main clause's subject (« sans dire que » says nothing)
            return _main_subjects(tokens, pos - 1, i, infos, clitic, refl_before_head, light)
        if found_cat is None:
            if _purpose_clause(tokens, prep_pos) or (
                prep_pos < pos
                and tokens[prep_pos].low in ("de", "d'")
                and prep_pos > 0
                and (
                    word_class(tokens[prep_pos - 1].low, "inf_adverb")
                    or (prep_pos == 1 and tokens[0].low == "et")
                )
            ):
                # « …, avant d'ajouter : « … » », « Et de conclure : « … » », « a pris la
                # parole pour dénoncer une « provocation » »: said by the main clause's
                # subject, or the last speaker.
                return _main_subjects(
                    tokens, prep_pos - 1, i, infos, clitic, refl_before_head, light
                )
            return None
        cat, cat_pos = found_cat
        if _hearsay(tokens, cat, i, infos):
            return None
        # « s'est contenté de »: the reflexive stands before the auxiliary
        lead = cat_pos
        if cat.tense == "past_participle":
            lead = _skip_adverbs_left(tokens, cat_pos) - 1
        if cat.pronominal and not (
            lead > 0 and tokens[lead - 1].low in ("se", "s'", "me", "m'", "nous", "vous")
        ):
            return None  # « se permettre de dire » needs its reflexive
        first = cat_pos
        head_reflexive = not cat.pronominal
        # « devrait annoncer » is not yet said; « devait conclure » (past) was.
        # « s'est engagé à annoncer »: an intention is not yet speech, whatever its tense
        hypothetical = cat.modality == "intended" or (
            cat.modality == "hypothetical"
            and cat.tense
            in (
                "present",
                "future",
                "conditional",
                "infinitive",
            )
        )
        cat_tense = cat.tense
        if cat_tense == "past_participle":
            aux_pos = _skip_adverbs_left(tokens, cat_pos) - 1
            aux = _aux_at(tokens, aux_pos)
            if aux is None:
                return None
            first = aux_pos
            cat_tense = "past"
            clitic = clitic or _clitic_offsets(tokens[first])
        clitic = clitic or _clitic_offsets(tokens[cat_pos])
        if cat.modality == "refusal" and not any(
            word_class(t.low, "neg") for t in tokens[max(0, min(first, cat_pos - 3) - 1) : cat_pos]
        ):
            return None  # « refuse de parler de « miracle » », « s'est abstenu de commenter »
        tense = cat_tense
        if tense == "future":
            hypothetical = True
        # « …, se bornant à rappeler que »: the main clause's subject speaks
        participle = tense == "present_participle"
        pronominal_needed = refl_before_head
        if refl_before_head:
            return _finish(
                tokens,
                first,
                i,
                i + 1,
                infos,
                tense,
                hypothetical,
                False,
                clitic,
                pronominal=True,
                light=light,
            )
    elif "present_participle" in tenses:
        participle = True
        tense = "present_participle"
        pronominal_needed = False
        if pos > 0 and tokens[pos - 1].low == "en":
            first = pos - 1
    elif tenses & _FINITE:
        if _reads_as_noun(tokens, pos if pos < i else i) or adjective_after_noun(tokens, i):
            return None
        if clitic is None and _without_subject(tokens, pos, infos):
            return None
        finite = [info.tense for info in infos if info.tense in _FINITE]
        tense = finite[0]
        hypothetical = tense == "conditional" or (
            # « « … », racontera-t-il bien plus tard »: an incise that looks back tells a
            # story's future, which has happened (« dira-t-il demain » has not)
            tense == "future"
            and not (
                clitic is not None
                and pos > 0
                and (tokens[pos - 1].text == "," or tokens[pos - 1].text in _CLOSING_QUOTES)
                and any(word_class(t.low, "hindsight") for t in tokens[i + 1 :])
            )
        )
        pronominal_needed = False
        first = pos
    else:
        return None
    # Clitics and negation in front of the group: « ne », « s' », « lui », « nous ».
    refl = False
    while first > 0:
        prev = tokens[first - 1].low
        if prev in ("se", "s'") or (prev in ("me", "m'", "te", "t'") and pronominal_needed):
            refl = True
            first -= 1
        elif (
            word_class(prev, "neg")
            or (
                word_class(prev, "clitic")
                and prev not in ("nous", "vous")
                # « Lui s'est contenté d'évoquer… »: a stressed subject opening the sentence
                and not (first == 1 and prev in ("lui", "eux") and tokens[0].capitalized)
            )
            # « en appelle à », « s'en prend à »: the clitic « en », before a finite form only
            # (« en dénonçant » is a gerund)
            or (prev == "en" and not tokens[i].low.endswith("ant"))
            # « …, nous confie X »: after a comma or a mark, before a form « nous » cannot be
            # the subject of, it is the object of an incise
            or (
                prev in ("nous", "vous")
                and first >= 2
                and not tokens[first - 2].word
                and not _agrees_with(tokens[first].low, prev)
            )
            or (
                prev in ("nous", "vous") and first >= 2 and tokens[first - 2].low in SUBJECT_CLITICS
            )
            or (
                prev == "l'"
                and (
                    first < i
                    or (
                        first >= 2
                        # « comme l'affirme la CGT »
                        and (_ends_subject(tokens[first - 2]) or tokens[first - 2].low == "comme")
                    )
                )
            )
            or (
                prev == "le"
                and first >= 2
                and (
                    tokens[first - 2].low in SUBJECT_CLITICS
                    or word_class(tokens[first - 2].low, "neg")
                    or tokens[first - 2].low == "comme"
                    # « Le directeur le reconnaît », « Bernard Piérard le reconnaît »
                    or (
                        first == i
                        and first >= 3
                        and _ends_subject(tokens[first - 2])
                        and (
                            tokens[first - 2].capitalized
                            or word_class(tokens[first - 3].low, "det")
                        )
                    )
                )
            )
            or (prev in ("le", "l'") and first == i and _after_apposed_name(tokens, first - 1))
            # « « … », le contredit son neveu »: an incise with its object clitic
            or (prev in ("le", "la", "les", "l'") and first == i and _incise_clitic(tokens, i))
        ):
            # « l'a répété », « il le redit »: the object clitic stands for what was said.
            first -= 1
        else:
            break
    if pronominal_needed and not refl and tokens[first].low not in ("se", "s'"):
        # être without a reflexive clitic: a passive or a copula, not speech.
        return None
    return _finish(
        tokens,
        first,
        i,
        i + 1,
        infos,
        tense,
        hypothetical,
        participle,
        clitic,
        pronominal=refl and head_reflexive,
        light=light,
    )


def _impersonal_passive(tokens: Sequence[Token], pos: int, head: int) -> int | None:
    """The index of the « il » of « il est rappelé que », « il a été précisé que », « Il est
    aussi souligné que »: an impersonal passive whose que-clause was said; else None."""
    if pos < 2:
        return None  # no room for « il » and an auxiliary
    k = pos - 1  # the auxiliary, or « été » after it
    if tokens[k].low == "été":
        k -= 1
    if k < 1 or tokens[k].low not in ("est", "était", "sera", "a", "avait", "aura"):
        return None
    if (tokens[k].low in ("a", "avait", "aura")) != (tokens[pos - 1].low == "été"):
        return None  # « il a rappelé que » is active; « il est été » is no French
    after = head + 1
    if after < len(tokens) and tokens[after].low == "par":
        # « il a été précisé par le tribunal que »: the agent, then the que-clause
        for j in range(head + 2, min(len(tokens), head + 9)):
            if tokens[j].low in ("que", "qu'"):
                after = j
                break
            if not tokens[j].word:
                break
    if after >= len(tokens) or tokens[after].low not in ("que", "qu'"):
        return None
    return k - 1 if tokens[k - 1].low == "il" else None


def _main_subjects(
    tokens: Sequence[Token],
    lead: int,
    head: int,
    infos: Sequence[verbs.FormInfo],
    clitic: tuple[int, int] | None,
    pronominal: bool,
    light: verbs.LightVerb | None,
) -> VerbCue | None:
    """An infinitive group from ``lead`` (« avant de préciser », « après avoir affirmé »,
    « sans cacher ») whose words the main clause's subject said, as a participle's."""
    return _finish(
        tokens,
        lead,
        head,
        head + 1,
        infos,
        "infinitive",
        False,
        True,
        clitic,
        pronominal=pronominal,
        light=light,
    )


def _hearsay(
    tokens: Sequence[Token], cat: verbs.CatenativeInfo, head: int, infos: Sequence[verbs.FormInfo]
) -> bool:
    """« Le préfet a entendu dire que… », « On entend dire que… »: what the subject heard
    from others, not what they said; « entend rappeler que » is an intention, and speech."""
    return (
        cat.lemma == "entendre"
        and any(info.lemma == "dire" for info in infos)
        and (
            cat.tense == "past_participle"
            or (head + 1 < len(tokens) and word_class(tokens[head + 1].low, "que"))
        )
    )


def _finish(
    tokens: Sequence[Token],
    first: int,
    head: int,
    last: int,
    infos: Sequence[verbs.FormInfo],
    tense: str,
    hypothetical: bool,
    participle: bool,
    clitic: tuple[int, int] | None,
    *,
    pronominal: bool,
    light: verbs.LightVerb | None = None,
) -> VerbCue | None:
    matching = [info for info in infos if info.pronominal == pronominal]
    if not matching:
        return None
    info = matching[0]
    if light is not None:
        verb_class, complements = light.verb_class, light.complements
    else:
        entry = verbs.verb_entry(info.lemma, info.pronominal)
        if entry is None:
            return None
        verb_class, complements = entry.verb_class, entry.complements
    if tense == "conditional" and first == head:
        hypothetical = True
    return VerbCue(
        first=first,
        head=head,
        last=last,
        lemma=_display_lemma(info.lemma, pronominal),
        verb_class=verb_class,
        complements=complements,
        tense=tense,
        hypothetical=hypothetical,
        participle=participle,
        clitic=clitic,
        light=light is not None,
    )


def _display_lemma(lemma: str, pronominal: bool) -> str:
    """« se plaindre », « s'inquiéter »: the lemma as a dictionary writes it."""
    if not pronominal:
        return lemma
    return ("s'" if lemma[0] in "aeéèêiîoôuhy" else "se ") + lemma
