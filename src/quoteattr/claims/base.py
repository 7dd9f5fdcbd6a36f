"""What every kind of cue shares: the ``Draft`` a claim starts as, the sentence ``Context``,
and the tests on tokens that more than one linker makes (where a clause ends, whether words
hold a verb, whether a phrase names a source, which quotation a span fills).

Offsets here are in the normalised text; the pipeline maps them back at the very end.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from quoteattr import lexicon, quotes, roles, verbs
from quoteattr.cues import (
    OPENING_MARKS,
    STRESSED_PRONOUNS,
    SUBJECT_CLITICS,
    VerbCue,
    adverb_length_forward,
    find_verb_cues,
    split_inversion,
)
from quoteattr.grammar import determiner, word_class
from quoteattr.mentions import (
    THIRD_PERSON_POSSESSIVES,
    MentionInfo,
    find_organization,
    opens_surname,
)
from quoteattr.model import Quotation
from quoteattr.speakers import is_verb, quoted_title_at, subject_after
from quoteattr.text import CLOSING_GUILLEMETS, DE_WORDS, Segment, Token

CLOSERS = frozenset(
    {
        "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        "\N{RIGHT DOUBLE QUOTATION MARK}",
        '"',
        "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}",
        "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    }
)


DASHES = frozenset({"-", "\N{EN DASH}", "\N{EM DASH}"})


_END_PUNCT = ".;!?\N{HORIZONTAL ELLIPSIS} "


@attrs.frozen
class Draft:
    """A claim before its speaker is resolved; offsets index the normalised text.

    ``cue_first`` and ``cue_last`` index the tokens of ``sentence``, which the caller keeps:
    a draft does not hold them, so that a document's drafts stay small.

    ``speaker_mode`` says where the speaker is to be found: ``before`` the cue (subject),
    ``after`` it (inverted subject of an incise), in the cue's ``clitic``, in the ``selon``
    phrase, before a ``colon``, the main clause's subject for a ``participle``, or the previous
    claim's speaker for a ``continuation``. ``mention`` is the speaker's mention once the
    pipeline has analysed it, carried by the draft rather than kept beside it: on a 10 MB
    document a side table of every draft weighs megabytes.
    """

    kind: str
    content: tuple[int, int]
    quoted: tuple[int, int] | None
    cue: tuple[int, int] | None
    cue_lemma: str | None
    cue_type: str | None
    sentence: Segment
    cue_first: int
    cue_last: int
    speaker_mode: str
    speaker_hint: tuple[int, int] | None = None
    confidence: float = 0.9
    needs_source: bool = False  # kept only when a person or body is found as its speaker
    mention: MentionInfo | None = None


def with_mention(d: Draft, mention: MentionInfo | None) -> Draft:
    """The draft with its speaker's mention; built directly, as every draft goes through it
    (``attrs.evolve`` costs twice as much)."""
    return Draft(
        d.kind,
        d.content,
        d.quoted,
        d.cue,
        d.cue_lemma,
        d.cue_type,
        d.sentence,
        d.cue_first,
        d.cue_last,
        d.speaker_mode,
        d.speaker_hint,
        d.confidence,
        d.needs_source,
        mention,
    )


@attrs.frozen
class Context:
    """What the linker needs about one sentence."""

    norm: str
    sentence: Segment
    paragraph: Segment
    tokens: tuple[Token, ...]
    quotations: tuple[Quotation, ...]


def quotation_starting(ctx: Context, pos: int) -> Quotation | None:
    """The outermost quotation whose opening mark is at ``pos`` (spaces skipped)."""
    while pos < len(ctx.norm) and ctx.norm[pos] == " ":
        pos += 1
    for q in ctx.quotations:
        if q.span.start == pos and q.depth == 0:
            return q
    for q in ctx.quotations:
        if q.span.start == pos:
            return q
    return None


def quotation_ending(ctx: Context, pos: int) -> Quotation | None:
    """The quotation whose closing mark ends at ``pos`` (spaces and a comma skipped)."""
    while pos > 0 and ctx.norm[pos - 1] in " ,":
        pos -= 1
    best = None
    for q in ctx.quotations:
        if q.span.end == pos and (best is None or q.depth < best.depth):
            best = q
    return best


def innermost_containing(ctx: Context, start: int, end: int) -> Quotation | None:
    best = None
    for q in ctx.quotations:
        if (
            q.content.start <= start
            and end <= q.content.end
            and (best is None or q.depth > best.depth)
        ):
            best = q
    return best


def filling_quotation(ctx: Context, content: tuple[int, int]) -> Quotation | None:
    """The quotation that makes up the whole content (« Selon X, « … » »): the claim is then
    direct, its words those inside the marks."""
    q = quotation_starting(ctx, content[0])
    return q if q is not None and q.span.end >= content[1] - 1 else None


def trim(norm: str, start: int, end: int) -> tuple[int, int]:
    """Drop spaces and final punctuation, keeping a closing quotation mark."""
    while start < end and norm[start] in " ,:":
        start += 1
    while end > start and norm[end - 1] in _END_PUNCT + ",:":
        end -= 1
    return start, end


def quotations_in(ctx: Context, start: int, end: int) -> list[Quotation]:
    return [q for q in ctx.quotations if start <= q.span.start and q.span.end <= end]


def extend_over_quotations(ctx: Context, start: int, end: int) -> int:
    """A clause that opens a quotation ends no earlier than the quotation does."""
    for q in ctx.quotations:
        if start <= q.span.start < end < q.span.end:
            end = q.span.end
    return end


def content_kind(ctx: Context, start: int, end: int) -> tuple[str, tuple[int, int] | None]:
    inner = [
        q
        for q in quotations_in(ctx, start, end)
        if q.depth == 0
        and q.role != "title"
        # « Le dispositif « MaPrimeRénov' » sera prolongé »: a capitalised name, not words said
        and not (q.role == "scare" and q.content.text[:1].isupper())
    ]
    if inner:
        q = max(inner, key=lambda q: q.content.end - q.content.start)
        return "mixed", (q.content.start, q.content.end)
    return "indirect", None


def starts_noun_phrase(tokens: Sequence[Token], k: int) -> bool:
    if k >= len(tokens):
        return False
    tok = tokens[k]
    return (
        determiner(tok.low)
        or word_class(tok.text, "title_abbr")
        or tok.capitalized
        or tok.low in lexicon.pronouns()
        or (  # « a lancé de Gaulle », « a dit van Rompuy »
            opens_surname(tok.text)
            and k + 1 < len(tokens)
            and tokens[k + 1].capitalized
            and tokens[k + 1].text not in lexicon.first_names()
            and (
                k + 2 >= len(tokens)
                or not (tokens[k + 2].capitalized or determiner(tokens[k + 2].low))
            )
        )
    )


ADDRESSEE_PREPS = frozenset(
    {
        "à",
        "au",
        "aux",
        "auprès",
        "devant",
        "dans",
        "lors",
        "sur",
        "via",
        "par",
        "pendant",
        "dès",
        "depuis",
        "en",
        # « a affirmé sous couvert d'anonymat que », « a déclaré avec émotion que »
        "sous",
        "avec",
    }
)


def negated(tokens: Sequence[Token], vc: VerbCue) -> bool:
    """Whether « ne … pas / jamais / plus » negates the reporting verb itself: « n'a pas dit
    que », but not « n'a pas manqué de rappeler » (the negation is on « manquer »), « n'a
    cessé de répéter », nor a verb whose negation asserts (« n'a pas caché que »)."""
    group = tokens[vc.first : vc.head]
    # « Elle ne nous a pas dit »: « nous » / « vous » stand between « ne » and the group
    object_first = (
        vc.first >= 2
        and tokens[vc.first - 1].low in ("nous", "vous")
        and word_class(tokens[vc.first - 2].low, "neg")
    )
    if not object_first and not any(word_class(t.low, "neg") for t in group):
        return False
    if word_class(vc.lemma, "litotes"):
        return False
    if vc.head + 1 < len(tokens) and tokens[vc.head + 1].low in _NEGATION_WORDS:
        return True  # « ne dit pas », « ne dit plus »
    negation = next((k for k, t in enumerate(group) if t.low in _NEGATION_WORDS), None)
    if negation is None:
        # « Aucun témoin n'a affirmé que… », « Personne n'a dit que… »: no one said it
        return any(
            tokens[j].low in _NO_ONE and (j == 0 or not determiner(tokens[j - 1].low))
            for j in range(max(0, vc.first - 4), vc.first)
        )
    if vc.first + negation + 1 < len(tokens) and tokens[vc.first + negation + 1].low in _ONLY:
        return False  # « ne nous a pas seulement dit que… : il a promis »: said, and more
    # « n'a pas non plus affirmé », « n'a pas encore dit », « n'a pas pour autant affirmé »:
    # adverbs (of one word or several) leave the verb negated
    k = vc.first + negation + 1
    while k < vc.head:
        t = tokens[k]
        if (
            t.low in verbs.auxiliary_index()
            or t.low in _NEGATION_WORDS
            or t.low == "non"
            # « n'a pas souhaité commenter », « n'a pas pu s'exprimer »: nothing said
            or word_class(t.low, "wish")
        ):
            k += 1
            continue
        size = adverb_length_forward(tokens, k)
        if size == 0 and t.low not in lexicon.adverbs():
            return False
        k += max(size, 1)
    return True


_NEGATION_WORDS = frozenset({"pas", "jamais", "plus", "guère", "point", "nullement", "rien"})
_ONLY = frozenset({"seulement", "uniquement", "simplement", "que"})
_NO_ONE = frozenset({"aucun", "aucune", "personne", "nul", "nulle"})


def says_it_again(tokens: Sequence[Token], vc: VerbCue) -> bool:
    """« Le ministre l'a répété mardi », « il le redit » with nothing said after the verb: the
    object clitic stands for the sentence before."""
    if (
        not word_class(vc.lemma, "restate")
        or not any(t.low in ("l'", "le") for t in tokens[vc.first : vc.head])
        or tokens[vc.head].low.endswith(("ée", "ées"))  # « l'a dénoncée »: a feminine noun
        or word_class(tokens[0].low, "conj")  # « Comme il l'a rappelé, … »: it points ahead
    ):
        return False
    # Only circumstances may follow, up to the sentence's end: « l'a assuré de son soutien »
    # or « l'a rappelé, la réforme passera » say something else.
    k = vc.last
    while k < len(tokens) and tokens[k].text not in ".!?":
        size = adverb_length_forward(tokens, k)
        if size:
            k += size
        elif tokens[k].low in ADDRESSEE_PREPS - {"de", "par"}:
            k += 1
            while k < len(tokens) and tokens[k].word and tokens[k].low not in ADDRESSEE_PREPS:
                k += 1
        else:
            # « le reconnaît volontiers, après les bouchons de dimanche »: a circumstance
            return (
                tokens[k].text == ","
                and k + 1 < len(tokens)
                and word_class(tokens[k + 1].low, "prep")
                and not any(t.low in ("que", "qu'") for t in tokens[k + 1 :])
            )
    return True


def quotation_after_colon(ctx: Context, draft: Draft, vcues: Sequence[VerbCue]) -> list[Draft]:
    """« X reconnaît que le groupe changera : « Sommes-nous encore nous ? » »: the speaker of
    the clause goes on in the quotation that a colon opens after it, unless a cue of its own
    follows it (« … : « Que faire ? » demanda-t-il »). After a partial quotation the colon
    follows its closing mark (« trouve la mesure « infantilisante » : « … » »)."""
    pos = draft.content[1]
    pos = next((q.span.end for q in ctx.quotations if q.content.end == pos), pos)
    cue_end = draft.cue[1] if draft.cue is not None and draft.cue[0] >= pos else None
    incise = cue_end is not None
    if cue_end is not None and draft.speaker_mode in ("after", "clitic"):
        # « Le titre est ironique, prévient la chanteuse, Léa X : « … » »: past the incise
        # and its subject, with no quotation or other verb between
        last = draft.cue_last  # the first token after the cue
        between = ctx.tokens[last:]
        colon = next((t for t in between if t.text == ":"), None)
        if colon is None or any(
            t.text in OPENING_MARKS or t.text in ".;!?" for t in between if t.start < colon.start
        ):
            return []
        if any(cue_end <= ctx.tokens[vc.first].start < colon.start for vc in vcues):
            return []
        # only the incise's subject stands before the colon, not « interpellé par un
        # manifestant » or « sous les huées de la salle », whose words may follow
        if draft.speaker_mode == "after":
            subject = subject_after(ctx.tokens, last)
            aside_from = subject[1] if subject is not None else None
        else:
            aside_from = last
        if aside_from is None or not _own_manner_before(ctx.tokens, aside_from, colon):
            return []  # « a-t-il ajouté, sous les huées : « … » »
        pos = colon.start
    norm = ctx.norm
    while pos < len(norm) and norm[pos] == " ":
        pos += 1
    if pos >= len(norm) or norm[pos] != ":":
        return []
    q = quotation_starting(ctx, pos + 1)
    if q is None or q.role != "speech" or q.content.end - q.content.start < 2:
        return []
    if not incise and not ends_sentence(ctx, q):
        return []
    if any(ctx.tokens[vc.first].start >= q.span.end for vc in vcues):
        return []
    return [
        attrs.evolve(draft, kind="direct", content=(q.content.start, q.content.end), quoted=None)
    ]


_FIRST_SUBJECTS = frozenset({"je", "j'", "nous"})


def _own_or_nobodys(tokens: Sequence[Token], vc: VerbCue) -> bool:
    """Inside a quotation: talk of nobody in particular (« On nous explique que… », « en
    expliquant que… »), or the speaker's own thought or present saying (« J'ai cru que… »,
    « Je dis que… »). « J'ai dit au préfet que… » and « Vous avez affirmé que… » report
    words that were said; so does « Le préfet nous a assuré que… »."""
    if tokens[vc.first].low == "en" or (vc.first > 0 and tokens[vc.first - 1].low == "en"):
        return vc.participle
    k = vc.first - 1
    while (
        k > 0
        and tokens[k].low in ("nous", "vous", "me", "m'", "te", "t'")
        and (tokens[k - 1].word and not word_class(tokens[k - 1].low, "conj"))
    ):
        k -= 1  # an object clitic: the subject stands before it
    if k < 0:
        return False
    if tokens[k].low == "on":
        return True
    return tokens[k].low in _FIRST_SUBJECTS and (vc.verb_class == "stance" or vc.tense == "present")


def verb_draft(
    ctx: Context,
    vc: VerbCue,
    kind: str,
    content: tuple[int, int],
    quoted: tuple[int, int] | None,
    mode: str,
    confidence: float = 0.9,
) -> Draft | None:
    if content[1] - content[0] < 2 or not any(c.isalnum() for c in ctx.norm[slice(*content)]):
        return None  # « avant d'ajouter : « » »: nothing was said
    if (
        kind == "indirect"
        and quoted is None
        and not any(c.isalpha() for c in ctx.norm[slice(*content)].replace("%", ""))
        # « a répondu : 15 000 »: an answer (a short window: no copy of a long text)
        and ctx.norm[max(0, content[0] - 8) : content[0]].rstrip()[-1:] != ":"
    ):
        return None  # « l'enseigne n'en propose que 1,5 % »: a figure offered, no words said
    if kind == "indirect" and quoted is None and word_class(vc.lemma, "threat"):
        return None  # « menacent de faire grève »: an act threatened, no words reported
    tokens = ctx.tokens
    lead = vc.first
    while lead < vc.head and (tokens[lead].text == "," or tokens[lead].low in STRESSED_PRONOUNS):
        lead += 1  # « Le maire, lui, affirme »: the aside is the subject's, not the cue's
    cue = (tokens[lead].start, tokens[vc.last - 1].end)
    inside = innermost_containing(ctx, cue[0], cue[1])
    if inside is not None and not (
        kind == "direct" and content == (inside.content.start, inside.content.end)
    ):
        if vc.hypothetical:
            return None  # speech announced inside a quotation is not a claim yet
        if _own_or_nobodys(tokens, vc):
            return None
        kind = "nested"
        content = trim(ctx.norm, content[0], min(content[1], inside.content.end))
        if content[1] - content[0] < 2:
            return None
        if quoted is not None and not (content[0] <= quoted[0] and quoted[1] <= content[1]):
            quoted = None  # the fragment lay outside the enclosing quotation
    elif vc.hypothetical and kind in ("indirect", "direct", "mixed"):
        kind = "hypothetical"
    elif vc.verb_class == "stance" and kind in ("indirect", "mixed"):
        kind = "stance"
    if mode == "before" and vc.participle:
        mode = "participle"
    return Draft(
        kind=kind,
        content=content,
        quoted=quoted,
        cue=cue,
        cue_lemma=vc.lemma,
        cue_type="verb",
        sentence=ctx.sentence,
        cue_first=vc.first,
        cue_last=vc.last,
        speaker_mode=mode,
        speaker_hint=vc.clitic,
        confidence=confidence,
        # « La crise révèle « un modèle à bout de souffle » »: a fact shows; a source reports
        needs_source=word_class(vc.lemma, "evidence"),
    )


OBJECT_PREPS = frozenset({"de", "d'", "à", "comme"})


_OTHERS_BROUGHT_IN = frozenset({"par", "face", "sous", "avant", "après", "que", "qu'"})


def _own_manner_before(tokens: Sequence[Token], k: int, colon: Token) -> bool:
    """Whether the words from token ``k`` to the colon are nothing, or a short aside on the
    speaker's own manner or place (« , la voix serrée », « à la barre »), not one that brings
    in someone else (« , interpellé par un manifestant », « , sous les huées »)."""
    aside = []
    for t in tokens[k:]:
        if t is colon:
            break
        aside.append(t)
    else:
        return False
    if aside and aside[0].text == ",":
        aside = aside[1:]
    if aside and len(aside) <= 4 and all(t.capitalized for t in aside):
        return True  # « confie l'entraîneur de l'attaquant, Kylian Mbappé : »: a name
    return len(aside) <= 5 and not any(
        not t.word
        or t.capitalized
        or t.low in _OTHERS_BROUGHT_IN
        or lexicon.normalize_key(t.low) in lexicon.titles()
        for t in aside
    )


def ends_paragraph(ctx: Context) -> bool:
    return ctx.sentence.end >= ctx.paragraph.end


def sentence_like(norm: str, q: Quotation) -> bool:
    """A capitalised quotation of four words or more, or ending its sentence: words said."""
    text = q.content.text if q.content.text else norm[q.content.start : q.content.end]
    words = text.split()
    return bool(words) and (text[0].isupper() and (len(words) >= 4 or text[-1] in ".!?"))


def token_before(ctx: Context, position: int) -> Token | None:
    """The sentence's last token that ends at or before ``position``, if any."""
    return next((t for t in reversed(ctx.tokens) if t.end <= position), None)


def named_work(norm: str, q: Quotation) -> bool:
    """« baptisé « Horizon 2030 » », « Son roman, « Les Oubliés », »: a title trigger right
    before the mark, or before a comma that opens an apposition."""
    if quotes.trigger_role(norm, q.span.start) == "title":
        return True
    before = norm[: q.span.start].rstrip()
    return before.endswith(",") and quotes.trigger_role(norm, len(before) - 1) == "title"


def words_noun(low: str) -> bool:
    """« mots », « phrase », « constat », « message »: a noun for words said."""
    return word_class(low, "utterance") or low in verbs.reporting_nouns()


def words_as_subject(lows: Sequence[str]) -> bool:
    """« La phrase a été prononcée samedi », « Ces mots ont fait le tour des réseaux », « Le
    constat vient de X »: a clause (its lowercase words) opened by words said as its subject,
    so about a quotation, not a speaker's own words going on."""
    return len(lows) > 1 and determiner(lows[0]) and words_noun(lows[1])


_VERB_ENDINGS = ("ra", "ront", "rait", "raient", "ait", "aient", "èrent", "irent", "ons", "ez")


# Pronouns that only ever stand as subjects: the word after one is its verb (or a clitic).
_PRONOUN_SUBJECTS = frozenset({"il", "ils", "on", "chacun", "chacune", "je", "j'"})


def has_verb(tokens: Sequence[Token]) -> bool:
    """Whether a stretch holds a finite verb: a known form, a modal (« va démissionner »), a
    reflexive verb (« se tiendra »), or a lowercase word with a future, conditional or
    imperfect ending."""
    for k, tok in enumerate(tokens):
        if k > 0 and tokens[k - 1].low in ("se", "s'") and tok.word:
            return True
        if k > 0 and tokens[k - 1].low == "il" and word_class(tok.low, "impersonal"):
            return True  # « Il faut agir vite »
        if k > 0 and tokens[k - 1].low in ("ne", "n'") and tok.word:
            return True  # « Le gouvernement n'entend pas modifier la loi »
        if (
            k > 0
            and tokens[k - 1].low in _PRONOUN_SUBJECTS
            and tok.word
            and not tok.capitalized
            and not word_class(tok.low, "prep")
            and not word_class(tok.low, "det")
        ):
            return True  # « Chacun donne selon ses moyens », « on attend »
        if (
            tok.word
            and not tok.capitalized
            and len(tok.low) > 3
            and tok.low.endswith(_VERB_ENDINGS)
        ):
            return True
        if k > 0 and word_class(tok.low, "copula"):
            return True  # « Le recrutement reste fragile »
        if (
            k > 0
            and word_class(tok.low, "finite")
            and not determiner(tokens[k - 1].low)
            and not word_class(tokens[k - 1].low, "prep")
        ):
            return True  # « Le titre vient d'une phrase », not « la baisse », « le fait »
        if (
            k > 0
            and tok.word
            and not tok.capitalized
            and len(tok.low) > 5
            and tok.low.endswith("ent")
            and not tok.low.endswith("ment")
            and tokens[k - 1].word
            and not determiner(tokens[k - 1].low)
            and not word_class(tokens[k - 1].low, "prep")
        ):
            return True  # « Les travaux prennent du retard »: a plural verb after its subject
        base, _ = split_inversion(tok.low)
        if base in verbs.forms_of_class("modal", finite=True) and k > 0:
            return True  # « Le ministre va démissionner »
        if k > 0 and determiner(tokens[k - 1].low) and base.endswith("ant"):
            continue  # « le commandant », « les représentants »: nouns
        if base in verbs.auxiliary_index() or any(
            info.tense not in ("past_participle", "infinitive")
            for info in verbs.form_index().get(base, ())
        ):
            return True
    return False


def names_the_same(tokens: Sequence[Token], start: int, comma: int) -> bool:
    """Whether what follows ``comma`` can be an apposition to the source ``start:comma``: a
    name after a title (« la porte-parole, Nadia Roy, »), a title after a name (« Jean Dupont,
    ancien maire, »). After a body or a paper (« Le Figaro, Gérald Darmanin, … ») the name
    opens the clause."""
    k = start
    while k < comma and (not tokens[k].word or adverb_length_forward(tokens, k)):
        k += max(1, adverb_length_forward(tokens, k))  # « l'a rappelé mardi la porte-parole »
    while k < comma and (
        determiner(tokens[k].low) or tokens[k].low in DE_WORDS or tokens[k].low in _TITLE_ADJECTIVES
    ):
        k += 1  # « son nouveau directeur, Pascal Roy, »
    if k >= comma:
        return False
    head, after = tokens[k], tokens[comma + 1]
    if lexicon.normalize_key(head.low) in lexicon.titles():
        return after.capitalized
    if head.capitalized and lexicon.normalize_key(head.text) in lexicon.first_names():
        return (
            determiner(after.low)
            or roles.may_start_title(after.low)
            or after.low in ("ancien", "ancienne")
        )
    return False


def source_draft(
    ctx: Context,
    content: tuple[int, int],
    lemma: str,
    first: int,
    cue_end: int,
    source_end: int,
    confidence: float,
) -> Draft:
    """An according_to claim whose cue runs over tokens ``first:cue_end`` and whose source is
    named by the tokens from ``cue_end`` to ``source_end``."""
    tokens = ctx.tokens
    return Draft(
        kind="according_to",
        content=content,
        quoted=None,
        cue=(tokens[first].start, tokens[cue_end - 1].end),
        cue_lemma=lemma,
        cue_type="selon",
        sentence=ctx.sentence,
        cue_first=first,
        cue_last=source_end,
        speaker_mode="selon",
        speaker_hint=(tokens[cue_end].start, tokens[source_end - 1].end),
        confidence=confidence,
    )


# Adjectives that may stand before a title (« son nouveau directeur », « l'ancienne ministre »).
_TITLE_ADJECTIVES = frozenset(
    {"nouveau", "nouvel", "nouvelle", "ancien", "ancienne", "actuel", "actuelle", "futur", "future"}
)


POSSESSIVE_DETERMINERS = frozenset(THIRD_PERSON_POSSESSIVES)


# « leurs services rendus »: a participle after the noun makes it a thing done, no source
PARTICIPLE_ENDS = ("é", "és", "ée", "ées", "u", "us", "ue", "ues")


def ends_sentence(ctx: Context, q: Quotation) -> bool:
    """« … : « Nous irons jusqu'au bout. » » ends its sentence; « … : « Les Vieilles
    Charrues » attendent 280 000 spectateurs » names the subject of a clause."""
    return not ctx.norm[q.span.end : ctx.sentence.end].strip(" .!?\N{HORIZONTAL ELLIPSIS}")


def apposition_to_end(tokens: Sequence[Token], k: int) -> bool:
    """« …, selon Horne, le porte-parole de la Maison Blanche. »: the source's apposition
    runs from the comma at ``k`` to the end of the sentence."""
    if k >= len(tokens) or tokens[k].text != ",":
        return False
    rest = tokens[k + 1 :]
    if rest and rest[-1].text in ".;!?":
        rest = rest[:-1]
    return (
        bool(rest)
        and len(rest) <= 12
        and (
            determiner(rest[0].low)
            or rest[0].capitalized
            or lexicon.normalize_key(rest[0].low) in lexicon.titles()
        )
        and not any(
            t.text in ",:;" or word_class(t.low, "que") or word_class(t.low, "rel") for t in rest
        )
    )


def name_apposition(tokens: Sequence[Token], comma: int) -> int | None:
    """Index of the comma closing « , Sari Wulandari, » right after ``comma``, if any."""
    j = comma + 1
    if (
        j + 3 < len(tokens)
        and tokens[j].low in ("le", "la", "l'")
        and (
            lexicon.normalize_key(tokens[j + 1].low) in lexicon.titles()
            # « le Cap-Verdien Osvaldo Tavares »: a nationality as a noun, then the name
            or (tokens[j + 1].capitalized and tokens[j + 1].low in lexicon.demonyms())
        )
        and tokens[j + 2].capitalized
        and tokens[j + 3].capitalized
    ):
        # « Selon la porte-parole de la police, la commissaire Aurélie Mahieu, … »: a rank or
        # title and the name
        k = j + 2
        while k < len(tokens) and k < j + 6 and tokens[k].capitalized:
            k += 1
        if k + 1 >= len(tokens) or tokens[k].text != ",":
            return None
        nxt = tokens[k + 1]
        # only when a clause or a sentence quoted follows: « Selon la police, le lieutenant
        # Marc Dorval, blessé, est hors de danger » is about him
        opens = (
            determiner(nxt.low)
            or nxt.low in SUBJECT_CLITICS
            or (nxt.capitalized and nxt.word)
            or (nxt.text in OPENING_MARKS and k + 2 < len(tokens) and tokens[k + 2].capitalized)
        )
        return k if opens else None
    if j < len(tokens) and (
        lexicon.normalize_key(tokens[j].low) in lexicon.titles()
        or (tokens[j].low in ("ancien", "ancienne") and j + 1 < len(tokens))
    ):
        # « Selon Ana Morel, maire de Rodez, … », « …, ancien maire de la commune, »: a title
        # phrase up to the next comma.
        while (
            j < len(tokens)
            and j < comma + 20
            # « professeur et auteur de « Les Héritiers », »: a title quoted inside
            and (tokens[j].word or tokens[j].text == "&" or tokens[j].text in _TITLE_MARKS)
        ):
            j += 1
        return j if j < len(tokens) and tokens[j].text == "," else None
    body = _body_apposition(tokens, comma)
    if body is not None:
        return body
    if j < len(tokens) and tokens[j].low in DE_WORDS:
        # « Pour le climatologue Hervé Saliba, de l'université Côte d'Azur, … »: where the
        # source works (a range of places, « de Paris à Marseille, », is skipped the same
        # way, but names no one: see _place_range)
        end = j + 1
        while end < len(tokens) and end < j + 10 and tokens[end].word:
            end += 1
        named = any(t.capitalized for t in tokens[j + 1 : end])
        return end if named and end < len(tokens) and tokens[end].text == "," else None
    while j < len(tokens) and j < comma + 6 and tokens[j].capitalized:
        j += 1
    if j > comma + 1 and j < len(tokens) and tokens[j].text == ",":
        return j
    return None


_TITLE_MARKS = OPENING_MARKS | CLOSING_GUILLEMETS


_RANKS = frozenset({"premier", "première", "principal", "principale", "deuxième", "second"})


def _body_apposition(tokens: Sequence[Token], comma: int) -> int | None:
    """Index of the comma closing « , la fédération des employeurs, » or « , premier syndicat
    du pays, » after a named source (« d'après un calcul de la FEB »): an article or a rank,
    then a body's generic noun, and no verb up to the next comma."""
    if not any(t.capitalized for t in tokens[max(0, comma - 4) : comma]):
        return None  # « selon la police, la victime, … »: the clause's subject
    j = comma + 1
    while (
        j < len(tokens) and j < comma + 3 and (determiner(tokens[j].low) or tokens[j].low in _RANKS)
    ):
        j += 1
    if j == comma + 1 or j >= len(tokens):
        return None
    entry = lexicon.organizations().get(lexicon.normalize_key(tokens[j].low))
    if entry is None or not entry.generic:
        return None
    end = j + 1
    while end < len(tokens) and end < j + 8 and tokens[end].word and not is_verb(tokens[end]):
        end += 1
    if end + 1 >= len(tokens) or tokens[end].text != "," or end == j + 1:
        # « Selon l'AFP, le gouvernement, sous pression, a reculé »: a bare noun is the
        # clause's subject; an apposition says more (« la fédération des employeurs »)
        return None
    after = tokens[end + 1]
    if not (determiner(after.low) or after.capitalized or after.low in SUBJECT_CLITICS):
        return None  # « la banque centrale, prudente, … »: the subject and its aside
    for t in tokens[end + 1 : end + 12]:
        if t.low == "et" or t.text == ",":
            return None  # « le syndicat des commissaires, la mairie et la préfecture… »: a list
        if is_verb(t):
            break
    return end


_AGENTIVE = (
    "eur",
    "eurs",
    "rice",
    "rices",
    "iste",
    "istes",
    "ien",
    "iens",
    "ienne",
    "iennes",
    "logue",
    "logues",
    "ants",
    "antes",
)


_QUANTIFIERS = frozenset({"plupart", "majorité", "nombre", "partie", "moitié", "totalité"})


def _agentive(word: str) -> bool:
    return lexicon.normalize_key(word).endswith(_AGENTIVE) or word in lexicon.titles()


@functools.cache
def _non_attributive_heads(trigger: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The phrases that follow ``trigger`` in non-attributive rows, whole and as prefixes:
    most « selon » phrases are told apart from all of them in one ``startswith``."""
    following = [
        r.following
        for r in lexicon.non_attributive().values()
        if r.trigger == trigger and r.following
    ]
    return frozenset(following), tuple(f + " " for f in following) + tuple(
        f + "'" for f in following
    )


# Kinds of rows whose noun says « according to » a condition, a rule or a plan, whatever the
# determiner and whichever of « selon » and « d'après » comes before it.
_HEAD_KINDS = frozenset({"condition", "stipulation", "method"})


_ANY_DETERMINER = frozenset(
    {"le", "la", "les", "l'", "un", "une", "des", "son", "sa", "ses", "leur", "leurs"}
    | {"notre", "nos", "votre", "vos", "mon", "ma", "mes", "ce", "cet", "cette", "ces"}
)


@functools.cache
def _non_attributive_nouns(kinds: frozenset[str] = _HEAD_KINDS) -> frozenset[str]:
    """The nouns of « selon les cas », « selon la loi », « selon un calendrier »…: after
    « selon » or « d'après » and any determiner they cite no one (« selon leur âge »,
    « d'après le calendrier officiel »)."""
    nouns = set()
    for r in lexicon.non_attributive().values():
        if r.kind in kinds and r.trigger in ("selon", "d'après") and r.following:
            words = r.following.replace("'", "' ").split()
            if len(words) == 2 and words[0] in _ANY_DETERMINER:
                nouns.add(words[1])
    return frozenset(nouns)


# Nouns of a measure or a plan, which someone may have made known (« selon le taux publié
# par l'Insee »); a rule (« selon la loi ») stays a rule whoever published it. Measures only
# are someone's when a named body or an agent owns them.
_FIGURE_KINDS = frozenset({"condition", "method"})
_MEASURE_KINDS = frozenset({"condition"})


def _figure_given_by(tokens: Sequence[Token], k: int, end: int, *, measure: bool) -> bool:
    """« selon le taux publié jeudi par l'Insee », « selon les montants révélés par
    Mediapart »: a figure someone made known (a participle of disclosing), so a source, not a
    condition; a measure also when a named body or an agent owns it (« selon le scénario
    central de la Banque de France », « le scénario privilégié par les enquêteurs »; « selon
    le calendrier de la Ligue » stays a schedule)."""
    for i in range(k, end):
        t = tokens[i]
        if any(
            info.tense == "past_participle" and word_class(info.lemma, "disclose")
            for info in verbs.form_index().get(t.low, ())
        ):
            return True
        if not measure or i + 1 >= end:
            continue
        if t.low == "par":
            return True
        if t.low in DE_WORDS:
            j = i + 2 if determiner(tokens[i + 1].low) and i + 2 < end else i + 1
            if tokens[j].capitalized:
                return True
    return False


def non_attributive(tokens: Sequence[Token], trigger: str, start: int, end: int) -> bool:
    """Whether the words after the trigger are a phrase non_attributive.tsv lists (« selon
    les cas », « pour l'instant »), or a determiner and one of its nouns of conditions,
    rules and plans (« selon leur âge »)."""
    words = [t.low for t in tokens[start:end]]
    phrase = " ".join(words).replace("' ", "'")
    trigger_word = "d'après" if trigger == "d'" else trigger
    if trigger_word in ("selon", "d'après") and len(words) > 1 and words[0] in _ANY_DETERMINER:
        body = find_organization(tokens[start:end])
        if body is not None and body[0] == 1:
            return False  # « selon l'Ordre des médecins »: a body's name, not « l'ordre »
        if words[1] in _non_attributive_nouns(_FIGURE_KINDS) and _figure_given_by(
            tokens,
            start + 2,
            end,
            measure=words[1] in _non_attributive_nouns(_MEASURE_KINDS),
        ):
            return False  # « selon le taux publié jeudi par l'Insee »: someone's figure
        if words[1] in _non_attributive_nouns() and not tokens[start + 1].capitalized:
            return True
        # « selon la météo et l'état de la falaise »: a condition among those joined says
        # the others are conditions too (not after a source: « selon la préfecture et les
        # quartiers concernés », nor before a body: « et la zone de police locale »)
        for k in range(start + 2, end - 2):
            if (
                tokens[k].low in ("et", "ou")
                and tokens[k + 1].low in _ANY_DETERMINER
                and tokens[k + 2].low in _non_attributive_nouns()
                and not tokens[k + 2].capitalized
            ):
                joined = find_organization(tokens[k + 1 : end])
                return not (
                    (joined is not None and joined[0] <= 1)
                    or source_like(tokens, trigger, start, k)
                )
    exact, prefixes = _non_attributive_heads(trigger_word)
    rules = (
        lexicon.non_attributive().values() if phrase in exact or phrase.startswith(prefixes) else ()
    )
    return any(
        rule.trigger == trigger_word
        and rule.kind != "concerned"
        and rule.following
        and (
            phrase == rule.following
            or phrase.startswith(rule.following + " ")
            or phrase.startswith(rule.following + "'")
        )
        # « pour la plupart » (mostly) is an idiom; « pour la plupart des analystes » is not
        and not (trigger == "pour" and phrase[len(rule.following) :].startswith((" de", " d'")))
        for rule in rules
    )


def _named_in_apposition(tokens: Sequence[Token], comma: int) -> bool:
    """« …, l'UIMM, », « …, UFC-Que Choisir, »: a name set between commas at ``comma``."""
    if comma >= len(tokens) or tokens[comma].text != ",":
        return False
    close = next(
        (k for k in range(comma + 1, min(len(tokens), comma + 6)) if tokens[k].text == ","), None
    )
    return close is not None and any(t.capitalized for t in tokens[comma + 1 : close])


def source_like(
    tokens: Sequence[Token], trigger: str, start: int, end: int, *, strict: bool = False
) -> bool:
    """Whether the words after « selon » / « d'après » / « pour » name a source of speech.

    Sources are names, pronouns, titles, organisations and source nouns (« un porte-parole »,
    « le rapport », « des sources proches du dossier »); rules (« selon la loi »), measures
    (« selon l'intensité ») and manners (« selon un cérémonial ») are not. ``strict`` keeps
    only names, pronouns and anonymous sources, after a verb that makes « selon » say how.
    """
    if non_attributive(tokens, trigger, start, end):
        return False
    if (
        trigger == "pour"
        and any(
            word_class(t.low, "occasion")
            # « Pour Noël Le Graët, … »: a first name
            and not (k + 1 < end and t.capitalized and tokens[k + 1].capitalized)
            for k, t in enumerate(tokens[start : min(end, start + 2)], start)
        )
    ):
        return False  # « Pour la Journée du livre », « Pour Noël »: an occasion, no one's view
    if (
        trigger != "pour"  # « Pour de nombreux retraités, la hausse… »: whom it concerns
        and start + 1 < end
        and tokens[start].low == "de"
        and word_class(tokens[start + 1].low, "many")
    ):
        start += 1  # « selon de nombreux habitants »
    first = tokens[start]
    if first.low in STRESSED_PRONOUNS and end - start == 1:
        return True
    if end - start <= 3:
        # « selon ce dernier », « d'après celle-ci », « selon l'intéressé »
        phrase = " ".join(t.low for t in tokens[start:end]).replace("' ", "'")
        pronoun = lexicon.pronouns().get(phrase)
        if pronoun is not None and pronoun.kind in ("latter", "demonstrative"):
            return True
    if quoted_title_at(tokens, start) == end:
        return True  # « selon « Le Parisien » »
    if word_class(first.text, "title_abbr"):
        return True
    determined = determiner(first.low)
    if first.capitalized and not determined:
        return trigger != "pour" or end - start <= 4
    if not determined:
        return False  # « pour accompagner », « selon moi », « selon que »
    if (
        trigger == "pour"
        and first.low in ("un", "une")
        # « Pour une maison moyenne, », « Pour une entreprise de cette taille, »: any such
        # body; not one named (« Pour un syndicat comme FO, », « Pour une fédération
        # patronale, l'UIMM, »)
        and start + 1 < end
        and not any(t.capitalized for t in tokens[start + 1 : end])
        and not _named_in_apposition(tokens, end)
        and (body_noun := lexicon.organizations().get(lexicon.normalize_key(tokens[start + 1].low)))
        is not None
        and body_noun.generic
    ):
        return False
    body = find_organization(tokens[start:end])
    if body is not None and body[0] <= 1:
        return True  # « selon les Nations unies », « d'après Médecins sans frontières »
    # The head noun phrase, up to a relative pronoun or a « à » complement.
    head_end = end
    for k in range(start, end):
        if word_class(tokens[k].low, "rel") or tokens[k].low in ("à", "au", "aux"):
            head_end = k
            break
    plural = first.low in ("les", "des", "ces")
    if (
        start + 3 < end
        and tokens[start + 1].low in _QUANTIFIERS
        and tokens[start + 2].low in DE_WORDS
    ):
        # « pour la plupart des analystes »: the source is what the quantifier counts.
        return source_like(tokens, trigger, start + 2, end) or _agentive(tokens[start + 3].low)
    for k in range(start + 1, min(head_end, start + 7)):
        t = tokens[k]
        if not t.word:
            continue
        after_de = k - 1 > start and tokens[k - 1].low in DE_WORDS
        if k + 1 < end and word_class(tokens[k + 1].low, "chosen"):
            return False  # « Selon la clinique choisie, le reste à charge varie »
        key = lexicon.normalize_key(t.low)
        if t.capitalized and not plural and not after_de and not word_class(t.low, "det"):
            return True  # « selon le Kremlin », « selon l'agence Reuters »
        known = (
            key in lexicon.titles()
            or key in lexicon.organizations()
            # « les parties civiles », « les forces de l'ordre »: a title of several words
            or any(
                lexicon.normalize_key(" ".join(t.low for t in tokens[k : k + n]).replace("' ", "'"))
                in lexicon.titles()
                for n in (2, 3, 4)
                if k + n <= end
            )
        )
        if not after_de and not strict and known:
            return True
        source = lexicon.source_nouns().get(key)
        if source is not None and not after_de:
            if strict and source.kind != "anonymous":
                return False
            return (
                source.strength == "strong"
                # « selon nos informations », « d'après notre décompte »: the outlet's own
                or first.low in ("nos", "notre")
                # « d'après ses services », « selon son entourage »: someone's people (a weak
                # noun only at the sentence's head: « versées selon leurs services » says how)
                or (
                    first.low in POSSESSIVE_DETERMINERS
                    and source.kind != "document"
                    and (source.strength == "strong" or start <= 2)
                    and not (k + 1 < end and tokens[k + 1].low.endswith(PARTICIPLE_ENDS))
                )
                # « Selon ses estimations, … », « D'après leurs calculs, … »: someone's own
                # figures, at the head and alone before the comma (« selon leurs résultats »
                # says how)
                or (
                    first.low in POSSESSIVE_DETERMINERS
                    and word_class(t.low, "reckoning")
                    and start <= 2
                    and k == start + 1
                    and end == k + 1
                    and end < len(tokens)
                    and tokens[end].text == ","
                )
                # « D'après leurs dernières évaluations, … », « selon le dernier bilan »:
                # someone's, or the latest, figures
                or (
                    (
                        first.low in POSSESSIVE_DETERMINERS
                        # « Pour le dernier bilan, il faudra attendre »: what is awaited
                        or (determiner(first.low) and trigger != "pour")
                    )
                    and source.kind == "document"
                    # at the head, or set off by a comma (« …, selon le dernier bilan »)
                    and (start <= 2 or tokens[start - 2].text == ",")
                    and not word_class(t.low, "outcome")
                    and any(word_class(t.low, "latest") for t in tokens[start + 1 : k])
                )
                or _complement_names_source(tokens, k + 1, end)
                # « Selon ces travaux, … »: at the head, the work just described
                or (
                    first.low in ("ce", "cet", "cette", "ces")
                    and source.kind == "document"
                    and start <= 2
                    and k <= start + 2
                )
                # « Selon la fondation, le préjudice… »: a body named before, at the head
                or (
                    source.kind == "organization"
                    and trigger != "pour"
                    and start <= 2
                    and first.low in ("le", "la", "l'")
                    and end == k + 1
                    and end < len(tokens)
                    and tokens[end].text == ","
                )
            )
        if not after_de and not strict and key.endswith(_AGENTIVE) and k == start + 1:
            return True  # « selon les initiateurs », « d'après les enquêteurs »
    return False


_OFFICIAL = frozenset({"officiel", "officielle", "officiels", "officielles"})


def _complement_names_source(tokens: Sequence[Token], k: int, end: int) -> bool:
    """« selon le décompte de l'AFP », « selon un bilan provisoire de la Protection civile »,
    « selon l'estimation publiée jeudi par l'Insee »: a weak source noun needs a source after
    « de » or « par », past a few adjectives or a participle and its date."""
    linked = False
    for t in tokens[k : min(end, k + 8)]:
        if t.text in ",;:" or word_class(t.low, "rel"):
            return False
        if t.low in DE_WORDS or t.low == "par":
            linked = True
            continue
        if not linked:
            if not t.word or t.capitalized:
                return False
            if t.low in _OFFICIAL:
                return True  # « d'après les chiffres officiels »: an authority's own figures
            continue  # « provisoire », « publiée jeudi »
        key = lexicon.normalize_key(t.low)
        if t.capitalized or key in lexicon.titles() or key in lexicon.organizations():
            return True
    return False


def manner_phrase(q: Quotation) -> bool:
    """« en urgence », « discrètement », « sans délai »: a quoted adverbial says how
    something was done, not what anyone said."""
    words = q.content.text.split(None, 1)
    if not words:
        return True
    first = words[0].lower()
    if first.startswith(("l'", "l\N{RIGHT SINGLE QUOTATION MARK}")):
        return False  # « l'engagement exceptionnel »: an article elided before a noun in -ment
    return word_class(first, "prep") or first in lexicon.adverbs() or first.endswith("ment")


def cueless_draft(q: Quotation, segment: Segment, mode: str, confidence: float) -> Draft:
    """A direct claim with no cue of its own, whose speaker the document supplies."""
    return uncued_draft((q.content.start, q.content.end), segment, mode, confidence)


def uncued_draft(content: tuple[int, int], segment: Segment, mode: str, confidence: float) -> Draft:
    """:func:`cueless_draft` for words said that are no quotation (an interview's answer)."""
    return Draft(
        kind="direct",
        content=content,
        quoted=None,
        cue=None,
        cue_lemma=None,
        cue_type=None,
        sentence=segment,
        cue_first=0,
        cue_last=0,
        speaker_mode=mode,
        confidence=confidence,
    )


INCISE_ONLY = frozenset({"incise"})


def concessive_clause_end(ctx: Context, before: int) -> int | None:
    """The comma closing « Bien que la préfecture affirme que le projet, présenté en mars, a
    été validé, » when the sentence opens on a concession that holds a report of its own and
    the words before ``before`` go on after it: someone else's words, which the main clause
    answers."""
    tokens = ctx.tokens
    lows = [t.low for t in tokens[:3]]
    if not (
        lows[:2] in (["bien", "que"], ["bien", "qu'"], ["alors", "que"], ["alors", "qu'"])
        or lows[:2] in (["même", "si"], ["même", "s'"])
        or lows[:1] == ["quoique"]
    ):
        return None
    reports = [vc for vc in find_verb_cues(tokens[:before]) if vc.first >= 2]
    if not reports:
        return None  # « Bien qu'elle soit en baisse, la délinquance reste élevée »: no rival
    # the last comma after the report where a subject starts (« …, a été validé, les
    # riverains… »), not one inside it (« que le projet, présenté en mars, a été validé »)
    found = None
    for j in range(reports[0].last, before):
        if (
            tokens[j].text == ","
            and j + 1 < before
            and _subject_opens(tokens[j + 1])
            and innermost_containing(ctx, tokens[j].start, tokens[j].end) is None
        ):
            if found is not None and _short_item(tokens[found + 1 : j]):
                continue  # « …, Paris, Lyon et Marseille ont… », « …, le maire, X, sera… »
            found = j
    return found


def _short_item(words: Sequence[Token]) -> bool:
    """A list item or an apposition: at most three words and no verb."""
    return len(words) <= 3 and not any(is_verb(t) for t in words)


def _subject_opens(token: Token) -> bool:
    """A determiner, a subject pronoun or a capitalised word: where a subject may start."""
    return (
        determiner(token.low)
        or word_class(token.low, "det_indef")
        or token.low in SUBJECT_CLITICS
        or token.low in _SUBJECT_QUANTIFIERS
        or token.text[:1].isdigit()
        or (token.capitalized and token.word)
    )


_SUBJECT_QUANTIFIERS = frozenset(
    {
        "aucun", "aucune", "chaque", "plusieurs", "certains", "certaines", "tous", "toutes",
        "nul", "nulle", "rien", "personne", "chacun", "chacune", "seul", "seule", "seuls",
        "seules", "celui-ci", "celle-ci", "ceux-ci", "celles-ci", "cela", "ça",
    }
)  # fmt: skip
