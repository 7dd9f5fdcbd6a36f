"""Claims: each cue linked to its content, with the claim's kind decided.

Works sentence by sentence on the normalised text, with the paragraph's quotations at hand.
The output is a list of drafts in normalised offsets; speakers and coreference come after, and
the pipeline maps every offset back to the caller's string at the very end.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from quoteattr import lexicon, quotes, roles, verbs
from quoteattr.cues import (
    OPENING_MARKS,
    STRESSED_PRONOUNS,
    SUBJECT_CLITICS,
    VerbCue,
    adjective_after_noun,
    adverb_length_forward,
    find_verb_cues,
    split_inversion,
)
from quoteattr.grammar import determiner, word_class
from quoteattr.mentions import (
    MentionInfo,
    analyse,
    find_organization,
    name_runs,
    opens_surname,
    people_noun,
)
from quoteattr.model import Quotation
from quoteattr.speakers import (
    future_form,
    in_relative_ce_que,
    is_verb,
    opening_participle_clause,
    participle_led,
    quoted_title_at,
    skip_aside,
    skip_leading_complements,
    subject_after,
    subject_before,
)
from quoteattr.text import CLOSING_GUILLEMETS, DE_WORDS, Segment, Token, sentences, tokenize

_CLOSERS = frozenset(
    {
        "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        "\N{RIGHT DOUBLE QUOTATION MARK}",
        '"',
        "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}",
        "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    }
)
_DASHES = frozenset({"-", "\N{EN DASH}", "\N{EM DASH}"})
_END_PUNCT = ".;!?\N{HORIZONTAL ELLIPSIS} "
_FIRST_PERSON = quotes.FIRST_PERSON_PRONOUNS | {"mon", "ma", "mes", "notre", "nos"}


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


def _quotation_starting(ctx: Context, pos: int) -> Quotation | None:
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


def _quotation_ending(ctx: Context, pos: int) -> Quotation | None:
    """The quotation whose closing mark ends at ``pos`` (spaces and a comma skipped)."""
    while pos > 0 and ctx.norm[pos - 1] in " ,":
        pos -= 1
    best = None
    for q in ctx.quotations:
        if q.span.end == pos and (best is None or q.depth < best.depth):
            best = q
    return best


def _innermost_containing(ctx: Context, start: int, end: int) -> Quotation | None:
    best = None
    for q in ctx.quotations:
        if (
            q.content.start <= start
            and end <= q.content.end
            and (best is None or q.depth > best.depth)
        ):
            best = q
    return best


def _filling_quotation(ctx: Context, content: tuple[int, int]) -> Quotation | None:
    """The quotation that makes up the whole content (« Selon X, « … » »): the claim is then
    direct, its words those inside the marks."""
    q = _quotation_starting(ctx, content[0])
    return q if q is not None and q.span.end >= content[1] - 1 else None


def _trim(norm: str, start: int, end: int) -> tuple[int, int]:
    """Drop spaces and final punctuation, keeping a closing quotation mark."""
    while start < end and norm[start] in " ,:":
        start += 1
    while end > start and norm[end - 1] in _END_PUNCT + ",:":
        end -= 1
    return start, end


def _quotations_in(ctx: Context, start: int, end: int) -> list[Quotation]:
    return [q for q in ctx.quotations if start <= q.span.start and q.span.end <= end]


def _extend_over_quotations(ctx: Context, start: int, end: int) -> int:
    """A clause that opens a quotation ends no earlier than the quotation does."""
    for q in ctx.quotations:
        if start <= q.span.start < end < q.span.end:
            end = q.span.end
    return end


def _content_kind(ctx: Context, start: int, end: int) -> tuple[str, tuple[int, int] | None]:
    inner = [
        q
        for q in _quotations_in(ctx, start, end)
        if q.depth == 0
        and q.role != "title"
        # « Le dispositif « MaPrimeRénov' » sera prolongé »: a capitalised name, not words said
        and not (q.role == "scare" and q.content.text[:1].isupper())
    ]
    if inner:
        q = max(inner, key=lambda q: q.content.end - q.content.start)
        return "mixed", (q.content.start, q.content.end)
    return "indirect", None


def _starts_noun_phrase(tokens: Sequence[Token], k: int) -> bool:
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


def _clause_end(ctx: Context, k: int, others: Sequence[VerbCue]) -> int:
    """Where a clause starting at token ``k`` ends: the sentence end, or an incise after it."""
    end = ctx.sentence.end
    tokens = ctx.tokens
    for other in others:
        if other.first > k and other.first > 0 and tokens[other.first - 1].text == ",":
            end = min(end, tokens[other.first - 1].start)
    for j in range(k, len(tokens) - 1):
        if (
            tokens[j].text == ","
            and j + 2 < len(tokens)
            and tokens[j + 1].low in ("et", "mais")
            and split_inversion(tokens[j + 2].low)[0] in verbs.form_index()
            and _innermost_containing(ctx, tokens[j].start, tokens[j].end) is None
        ):
            # « rappelle que la société ne lui va pas, et poursuit son questionnement »: the
            # subject's next verb phrase
            return min(end, tokens[j].start)
        if (
            tokens[j].text == ","
            and j > k
            and j + 2 < len(tokens)
            and (
                # « …, mais ses proches doutent de sa sincérité »: the writer's own clause
                (
                    tokens[j + 1].low == "mais"
                    and (determiner(tokens[j + 2].low) or tokens[j + 2].low in SUBJECT_CLITICS)
                )
                # « …, ce que refusent les syndicats »: a comment on the whole
                or (tokens[j + 1].low == "ce" and tokens[j + 2].low in ("que", "qu'", "qui"))
            )
            and _innermost_containing(ctx, tokens[j].start, tokens[j].end) is None
        ):
            return min(end, tokens[j].start)
        if (
            tokens[j].text == ":"
            and _quotation_starting(ctx, tokens[j].end) is not None
            and not any(k < o.first < j for o in others)
        ):
            # « reconnaît que le groupe changera : « … » »: the quotation is a claim of its own
            # (unless a verb of the clause announces it: « que le roi demanda : « … » »)
            return min(end, tokens[j].start)
        if tokens[j].text != "," or j == k:
            continue  # « a rappelé que, selon l'âge, … »: the phrase opens the clause
        x_start = 0
        if tokens[j + 1].low == "selon":
            x_start = j + 2
        elif tokens[j + 1].low == "d'" and j + 2 < len(tokens) and tokens[j + 2].low == "après":
            x_start = j + 3
        if x_start:
            x_end = next(
                (i for i in range(x_start, len(tokens)) if tokens[i].text in ",.;:!?)"),
                len(tokens),
            )
            # « que la dette baissera, selon l'Insee », « …, selon les chiffres publiés
            # mardi. »; not « …, selon les cas, … » nor « …, selon les mois, « … » … »
            trigger = tokens[j + 1].low
            closing = x_end >= len(tokens) or tokens[x_end].text in ".;!?"
            manner = any(
                t.low in verbs.forms_of_class("gradual") for t in tokens[max(0, j - 3) : j]
            )  # « seront répartis, selon leur niveau »
            if x_end > x_start and (
                source_like(tokens, trigger, x_start, x_end, strict=manner)
                or (closing and not manner and not non_attributive(tokens, trigger, x_start, x_end))
            ):
                end = min(end, tokens[j].start)
    return end


_COMMON_INFINITIVES = frozenset(
    {"avoir", "être", "pouvoir", "vouloir", "devoir", "savoir", "faire"}
)
# Not « l' »: « a demandé de l'acier » is an article before a noun in -er.
_CLITICS_BEFORE_INFINITIVE = frozenset({"le", "la", "les"})


def _clitic_infinitive(tokens: Sequence[Token], k: int) -> bool:
    """« recommande de la faire bouillir », « a demandé de les protéger »: an object pronoun,
    then an infinitive. « de la » is also a partitive article (« de la bière »): after it,
    only a form in -er."""
    low = tokens[k].low if k < len(tokens) else ""
    if low not in _CLITICS_BEFORE_INFINITIVE or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1].low
    if low == "la":
        return nxt in _COMMON_INFINITIVES or (
            len(nxt) > 4 and nxt.endswith("er") and not tokens[k + 1].capitalized
        )
    return _looks_infinitive(tokens, k + 1)


def _looks_infinitive(tokens: Sequence[Token], k: int) -> bool:
    if k >= len(tokens) or not tokens[k].word or tokens[k].capitalized:
        return False
    low = tokens[k].low
    if low in ("ne", "n'") and k + 1 < len(tokens):
        # « ne pas vouloir », « n'avoir jamais reçu »
        return word_class(tokens[k + 1].low, "neg_adverb") or _looks_infinitive(tokens, k + 1)
    if low in _COMMON_INFINITIVES:
        return True
    return (
        len(low) > 4
        and low.endswith(("er", "ir", "re", "oir"))
        and low not in (lexicon.adverbs())
        and not word_class(low, "prep")
    )


_ADDRESSEE_PREPS = frozenset(
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


def _skip_complements(ctx: Context, k: int) -> int:
    """Skip what may stand between a verb and its content: adverbs, dates, commas, and short
    prepositional phrases such as « à Politico » or « dans un communiqué ». Returns the index
    of the first token that can start the content, or of the token that stopped the skip."""
    tokens = ctx.tokens
    limit = min(len(tokens), k + 16)
    j = k
    while j < limit:
        tok = tokens[j]
        if tok.low in ("que", "qu'") or tok.text == ":" or _quotation_starting(ctx, tok.start):
            return j
        size = adverb_length_forward(tokens, j)
        if size:
            j += size
        elif tok.text == ",":
            j += 1
        elif tok.low in STRESSED_PRONOUNS and j > k and tokens[j - 1].text == ",":
            j += 1  # « promet, lui, que… »: the subject stressed between commas
        elif tok.low in _ADDRESSEE_PREPS:
            j += 1
            inner = _quotation_starting(ctx, tokens[j].start) if j < len(tokens) else None
            if inner is not None:  # « a montré dans « Bêtement avec les bêtes » que »
                while j < len(tokens) and tokens[j].start < inner.span.end:
                    j += 1
                continue
            np_end = min(limit, j + 7)
            while (
                j < np_end
                and (tokens[j].word or tokens[j].text[:1].isdigit())
                and not word_class(tokens[j].low, "que")
                and (not word_class(tokens[j].low, "conj") and not word_class(tokens[j].low, "rel"))
                and tokens[j].low not in _ADDRESSEE_PREPS
                # « a reconnu devant le tribunal avoir utilisé… »: a past infinitive
                and tokens[j].low not in ("avoir", "être")
                # « a demandé aux compagnies de réduire… »: the addressee ends at « de » + verb
                and not (tokens[j].low in ("de", "d'") and _looks_infinitive(tokens, j + 1))
            ):
                j += 1
        else:
            return j
    return j


def link_sentence(ctx: Context) -> list[Draft]:
    """Every claim whose cue lies in this sentence."""
    tokens = ctx.tokens
    drafts: list[Draft] = []
    vcues = find_verb_cues(tokens)
    for vc in vcues:
        if _negated(tokens, vc):
            continue  # « Le ministre n'a pas dit que… »: nothing is attributed to him
        cleft = _cleft(tokens, vc)
        draft = _link_cleft(ctx, vc) if cleft else None
        if draft is None:
            if vc.first > 2 and not drafts:
                # « …, comme l'a annoncé le gouvernement. »: before the verb's own reading,
                # which would take the source for an object
                draft = _link_comme_after(ctx, vc)
            if draft is None:
                draft = _link_verb(ctx, vc, vcues)
            if draft is None and tokens[0].low == "comme":
                draft = _link_comme(ctx, vc)
            if (
                draft is None
                and vc.first > 0
                and _says_it_again(tokens, vc)
                and _innermost_containing(ctx, tokens[vc.first].start, tokens[vc.head].end) is None
            ):
                draft = _link_cleft(ctx, vc, mode="before")
            if draft is None and not cleft:
                # « Elle plaide pour un suivi renforcé, « avant qu'il ne soit trop tard » »
                draft = _trailing_fragment(ctx, vc, vcues)
            if (
                cleft
                and draft is not None
                and tokens[vc.first - 1].low in ("qu'", "que")
                and subject_after(tokens, vc.last) is not None
            ):
                # « C'est ce qu'a affirmé le ministre : « … » »: the subject follows the verb
                draft = attrs.evolve(draft, speaker_mode="after")
        if draft is not None and vc.first == 0 and tokens[0].low.endswith("ant"):
            draft = _before_main_clause(ctx, draft, vc)
        if draft is not None:
            drafts.append(draft)
            if draft.kind == "partial":
                drafts.extend(_coordinated_fragments(ctx, draft))
            if draft.kind in ("indirect", "mixed", "partial") or (
                draft.kind == "direct" and draft.speaker_mode in ("after", "clitic")
            ):
                drafts.extend(_quotation_after_colon(ctx, draft, vcues))
    sentence_text = ctx.norm[ctx.sentence.start : ctx.sentence.end]
    if " y " in sentence_text or " dans " in sentence_text:
        seen = _seen_in(ctx)
        if seen is not None and not any(
            d.content[0] <= seen.content[0] and seen.content[1] <= d.content[1] for d in drafts
        ):
            drafts.append(seen)
    if not vcues and tokens and tokens[0].low in _FRAME_PREPOSITIONS:
        framed = _link_reporting_frame(ctx)
        if framed is not None:
            drafts.append(framed)
    text = ctx.norm[ctx.sentence.start : ctx.sentence.end]
    lowered = text.lower()
    if any(word in lowered for word in _selon_words()):
        drafts.extend(_without_beneficiary(ctx, _link_selon(ctx, vcues)))
    if (
        "en croire" in lowered
        or "l'entendre" in lowered
        or "les entendre" in lowered
        or " yeux," in lowered
    ):
        believed = _link_believe_them(ctx)
        if believed is not None:
            drafts.append(believed)
    if "citant" in lowered and drafts:
        cited = _cited_source(ctx, drafts)
        if cited is not None:
            drafts.append(cited)
    if "de source" in lowered and not drafts:  # « a-t-on appris, de source sûre, que »
        sourced = _link_de_source(ctx)
        if sourced is not None:
            drafts.append(sourced)
    if " par " in text:
        drafts.extend(_link_agent(ctx))
    if ":" in text:
        colon = _link_colon(ctx, vcues)
        if colon is not None and not any(
            d.kind == "according_to"
            and d.content[0] <= colon.content[0]
            and colon.content[1] <= d.content[1] + 1
            for d in drafts
        ):
            # « Pour la ministre, pas question de reculer : « … » »: the quotation is already
            # part of what « Pour X » attributes.
            drafts.append(colon)
    return drafts


# Labels of an interview set out without quotation marks (« Question : … » / « Réponse : … »).
_INTERVIEW_LABELS = {"question": "question", "q": "question", "réponse": "answer", "r": "answer"}
_QUESTION_LABEL = regex.compile(r"(?:^|\n)\s*(?:Question|Q)\s*:", regex.IGNORECASE)

_FRAME_PREPOSITIONS = frozenset({"dans", "lors", "sur"})
_CLAUSE_STOPS = frozenset({",", ";", ":", ".", "!", "?"})


def _seen_in(ctx: Context) -> Draft | None:
    """« L'opposition y voit « un coup de communication » », « Les syndicats y ont vu une
    « provocation » »: what the subject reads into the facts, in its own words."""
    tokens = ctx.tokens
    inside = _seen_inside(ctx)
    if inside is not None:
        return inside
    for i in range(1, len(tokens) - 2):
        if tokens[i].low != "y":
            continue
        v = i + 1 + int(tokens[i + 1].low in verbs.auxiliary_index())
        if v >= len(tokens) or not word_class(tokens[v].low, "see_in"):
            continue
        j = v + 1 + int(v + 1 < len(tokens) and determiner(tokens[v + 1].low))
        q = _quotation_starting(ctx, tokens[j].start) if j < len(tokens) else None
        if q is None:
            # « y voit moins de la paresse qu'une « forme de légitime défense » »: the quoted
            # noun phrase further in the object, after its article
            j = next(
                (
                    k
                    for k in range(v + 2, min(v + 10, len(tokens)))
                    if tokens[k].text in _CLAUSE_STOPS or _quotation_starting(ctx, tokens[k].start)
                ),
                len(tokens),
            )
            if (
                j < len(tokens)
                and tokens[j].text not in _CLAUSE_STOPS
                # « y voit la récompense d'« années d'efforts » »: after a « de » too
                and (determiner(tokens[j - 1].low) or tokens[j - 1].low in DE_WORDS)
            ):
                q = _quotation_starting(ctx, tokens[j].start)
        subject = subject_before(tokens, i)
        if q is None or q.role == "title" or subject is None:
            return None
        return _seen_draft(ctx, q, i, v + 1)
    return None


def _seen_draft(ctx: Context, q: Quotation, first: int, last: int) -> Draft:
    """The quoted words read into the facts, cued by tokens ``first``..``last``: someone's
    only when a person or a body is named before."""
    return Draft(
        kind="partial",
        content=(q.content.start, q.content.end),
        quoted=None,
        cue=(ctx.tokens[first].start, ctx.tokens[last - 1].end),
        cue_lemma="voir",
        cue_type="verb",
        sentence=ctx.sentence,
        cue_first=first,
        cue_last=last,
        speaker_mode="before",
        confidence=0.7,
        needs_source=True,
    )


_ABSTRACT_ENDINGS = ("ment", "ments", "tion", "tions", "sion", "sions", "ité", "ités", "isme")


def _abstract_noun(low: str) -> bool:
    """An event, a decision or a state (« engorgement », « décision », « précarité »), or a
    noun function_words.tsv lists as one (« affaire », « geste »)."""
    return low.endswith(_ABSTRACT_ENDINGS) or word_class(low, "event_noun")


_DEFINITE_OR_OWN = frozenset(
    {"le", "la", "les", "l'", "son", "sa", "ses", "leur", "leurs", "notre", "nos"}
)


def _paper_spoken_to(tokens: Sequence[Token], k: int) -> bool:
    """« a confié au « Parisien » »: a short quoted name right after « à / au / aux » is the
    paper someone spoke to, not words said."""
    return (
        k > 0 and tokens[k - 1].low in ("à", "au", "aux") and quoted_title_at(tokens, k) is not None
    )


def _reads_into_now(tokens: Sequence[Token], v: int) -> bool:
    """« voit », « a vu »: a present or past reading, not an infinitive after « faut » or
    « peut », a future, or a negated one."""
    low = tokens[v].low
    return (
        low != "voir"
        and not low.startswith("verr")
        and not any(word_class(t.low, "neg") for t in tokens[max(0, v - 3) : v])
    )


def _seen_inside(ctx: Context) -> Draft | None:
    """« L'économiste voit dans cet engorgement « le symptôme d'une logistique… » »: « voir
    dans » a short noun phrase, then the quoted words it is read as."""
    tokens = ctx.tokens
    for v in range(1, len(tokens) - 3):
        if (
            tokens[v + 1].low != "dans"
            or not word_class(tokens[v].low, "see_in")
            # what is read into the facts (« dans cette décision », « dans cet
            # engorgement »), not a place or a thing seen (« a vu dans sa voiture « … » »,
            # « dans cette maison »)
            or tokens[v + 2].low not in ("ce", "cet", "cette", "ces")
            # « voit dans ce disque « … » »: a work is read into as well, by someone who
            # does (not « Il faut voir dans ce film… », « Les lecteurs verront… »)
            or not (
                _abstract_noun(tokens[v + 3].low)
                or (word_class(tokens[v + 3].low, "work") and _reads_into_now(tokens, v))
            )
        ):
            continue
        first = v - int(tokens[v - 1].low in verbs.auxiliary_index())
        k = next(
            (
                k
                for k in range(v + 3, min(v + 9, len(tokens)))
                if tokens[k].text in _CLAUSE_STOPS or _quotation_starting(ctx, tokens[k].start)
            ),
            None,
        )
        if k is None or tokens[k].text in _CLAUSE_STOPS:
            continue
        q = _quotation_starting(ctx, tokens[k].start)
        # « voit dans ce disque « un pont… » »: lower-case words after an indefinite article
        # are what is read into the work, not its title
        read_into = (
            q is not None
            and q.content.text.startswith(("un ", "une ", "des "))
            and _reads_into_now(tokens, v)
        )
        if (
            q is None
            or (q.role == "title" and not read_into)
            or subject_before(tokens, first) is None
        ):
            return None
        return _seen_draft(ctx, q, first, v + 2)
    return None


def _trailing_fragment(ctx: Context, vc: VerbCue, vcues: Sequence[VerbCue]) -> Draft | None:
    """« Elle plaide pour un suivi renforcé, « avant qu'il ne soit trop tard » », « Le
    ministre a annoncé une réforme, « la plus ambitieuse depuis 1945 » »: lower-case words
    quoted after a comma that close the sentence of a reporting verb are its subject's."""
    if (
        vc.verb_class not in ("speech", "assertion", "request")
        or vc.hypothetical
        or vc.complements == _INCISE_ONLY  # « faisait travailler des commerces, « … » »
    ):
        return None
    tokens = ctx.tokens
    for j in range(vc.last + 1, len(tokens)):
        if any(o.first == j for o in vcues) or tokens[j].text in ";:":
            return None
        q = _quotation_starting(ctx, tokens[j].start)
        if q is None:
            continue
        if (
            tokens[j - 1].text != ","
            or q.role == "title"
            or not q.content.text[:1].islower()
            or not _ends_sentence(ctx, q)
        ):
            return None
        draft = _draft(ctx, vc, "partial", (q.content.start, q.content.end), None, "before")
        return None if draft is None else attrs.evolve(draft, needs_source=True)
    return None


def _without_beneficiary(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """« Pour les familles, la réduction atteint 90 euros, selon le ministère »: the
    ministry is the source, and « Pour X » a group the figure is for. A person or a body
    stays a source (« Pour le président du Medef, …, selon Les Échos »)."""
    selon = [d for d in drafts if d.cue_lemma != "pour"]
    return [
        d
        for d in drafts
        if d.cue_lemma != "pour"
        or (
            (
                not any(s.content[0] < d.content[1] and d.content[0] < s.content[1] for s in selon)
                or not _group_only(ctx, d)
            )
            and not _affected_group(ctx, d)
            and not _provided_for(ctx, d)
        )
    ]


_BE_FORMS = frozenset({"est", "sont", "sera", "seront", "était", "étaient", "reste", "restent"})


def _provided_for(ctx: Context, d: Draft) -> bool:
    """« Pour les alpinistes sans réservation, des contrôles sont prévus »: what is laid on
    for a group, in the writer's voice, when nothing in the clause is quoted (advice, « mieux
    vaut… », may be the group's own: « Pour les médecins, mieux vaut consulter »)."""
    if d.cue_lemma != "pour" or d.speaker_hint is None:
        return False
    if any(q.span.start < d.content[1] and d.content[0] < q.span.end for q in ctx.quotations):
        return False
    if analyse(ctx.norm, *d.speaker_hint, ctx.tokens).type != "group":
        return False  # « Pour la préfecture, les contrôles sont prévus par la loi »: its word
    group = [t.low for t in ctx.tokens if d.speaker_hint[0] <= t.start < d.speaker_hint[1]]
    if any(word_class(w, "voice_group") for w in group):
        return False  # « Pour les syndicats, des grèves sont prévues »: what they announce
    words = [t for t in ctx.tokens if d.content[0] <= t.start < d.content[1]]
    lows = [t.low for t in words[:12]]
    clause = lows[: lows.index(",")] if "," in lows else lows
    return any(
        low in _BE_FORMS and any(word_class(w, "provision") for w in clause[k + 1 : k + 3])
        for k, low in enumerate(clause)
    )


def _affected_group(ctx: Context, d: Draft) -> bool:
    """« Pour les patients, l'attente devient angoissante »: a group the facts concern
    (non_attributive.tsv, kind « concerned »), not a voice, when nothing in the clause is
    quoted (« Pour les patients, c'est « un cauchemar » » is theirs). Professions and
    interested parties keep their voice (« Pour les infirmières, la situation est
    intenable »)."""
    if d.speaker_hint is None or any(
        q.span.start < d.content[1] and d.content[0] < q.span.end for q in ctx.quotations
    ):
        return False
    phrase = " ".join(ctx.norm[d.speaker_hint[0] : d.speaker_hint[1]].lower().split())
    words = phrase.split()
    if d.cue_lemma == "pour" and len(words) > 2 and word_class(words[-1], "affected"):
        return True  # « Pour les 240 salariés concernés, la procédure durera trois mois »
    # what follows the group up to its clause (« interrogés par Le Parisien »)
    rest = ctx.norm[d.speaker_hint[1] : d.content[0]].lower().split()
    if not _only_qualified(rest):
        return False
    return any(
        rule.kind == "concerned"
        and rule.trigger == "pour"
        and (
            phrase == rule.following
            or (
                phrase.startswith(rule.following + " ")
                and _only_qualified(phrase[len(rule.following) + 1 :].split())
            )
        )
        for rule in lexicon.non_attributive().values()
    )


def _only_qualified(words: Sequence[str]) -> bool:
    """« modestes », « de la ligne 4 »: words that qualify a group the facts concern, not
    ones that make its members people heard (« interrogés par Le Parisien », « que nous avons
    rencontrés », « grévistes »)."""
    return not any(word_class(w, "heard") or word_class(w, "voice_group") for w in words)


def _group_only(ctx: Context, d: Draft) -> bool:
    """A group, or anyone but a person before a figure (« Pour Airbus, la commande
    représente 12 milliards, selon Les Échos »)."""
    if d.speaker_hint is None:
        return False
    mention = analyse(ctx.norm, *d.speaker_hint, ctx.tokens)
    if mention.type == "person" or mention.name:
        return False
    figure = any(c.isdigit() for c in ctx.norm[d.content[0] : d.content[1]])
    return figure or (mention.type == "group" and not mention.organization)


def _link_reporting_frame(ctx: Context) -> Draft | None:
    """« Dans un communiqué, le club « condamne fermement » ces agissements »: with no verb of
    saying, a reporting noun framing the sentence makes its quoted words the subject's."""
    tokens = ctx.tokens
    k = 1
    if k < len(tokens) and tokens[0].low == "lors" and tokens[k].low in ("de", "d'"):
        k += 1
    if k >= len(tokens) or not determiner(tokens[k].low):
        return None
    nouns = verbs.reporting_nouns()
    noun = next(
        (
            j + size - 1  # the longest noun: « conférence de presse », « lettre ouverte »
            for j in range(k + 1, min(k + 3, len(tokens)))
            for size in (3, 2, 1)
            if " ".join(t.low for t in tokens[j : j + size]) in nouns
        ),
        None,
    )
    comma = next((j for j, t in enumerate(tokens[:16]) if t.text == ","), None)
    if noun is None or comma is None or comma < noun or comma + 2 >= len(tokens):
        return None
    opening = next(
        (j for j in range(comma + 2, len(tokens)) if tokens[j].text in OPENING_MARKS), None
    )
    if opening is None:
        return None
    verb = opening - int(tokens[opening - 1].low in verbs.auxiliary_index())
    subject = subject_before(tokens, verb)  # « le procureur a « appelé au calme » »
    if subject is None or subject[0] != comma + 1:
        return None
    end = ctx.sentence.end
    content = _trim(ctx.norm, tokens[comma].end, end)
    kind, quoted = _content_kind(ctx, *content)
    if kind != "mixed":
        return None
    return Draft(
        kind=kind,
        content=content,
        quoted=quoted,
        cue=(tokens[0].start, tokens[noun].end),
        cue_lemma=lexicon.normalize_key(tokens[noun].low),
        cue_type="noun",
        sentence=ctx.sentence,
        cue_first=0,
        cue_last=noun + 1,
        speaker_mode="selon",
        speaker_hint=(tokens[subject[0]].start, tokens[subject[1] - 1].end),
        confidence=0.6,
        needs_source=True,
    )


def _negated(tokens: Sequence[Token], vc: VerbCue) -> bool:
    """Whether « ne … pas / jamais / plus » negates the reporting verb itself: « n'a pas dit
    que », but not « n'a pas manqué de rappeler » (the negation is on « manquer »), « n'a
    cessé de répéter », nor a verb whose negation asserts (« n'a pas caché que »)."""
    group = tokens[vc.first : vc.head]
    if not any(word_class(t.low, "neg") for t in group):
        return False
    if word_class(vc.lemma, "litotes"):
        return False
    if vc.head + 1 < len(tokens) and tokens[vc.head + 1].low in _NEGATION_WORDS:
        return True  # « ne dit pas », « ne dit plus »
    negation = next((k for k, t in enumerate(group) if t.low in _NEGATION_WORDS), None)
    if negation is None:
        return False
    # « n'a pas non plus affirmé », « n'a pas encore dit », « n'a pas pour autant affirmé »:
    # adverbs (of one word or several) leave the verb negated
    k = vc.first + negation + 1
    while k < vc.head:
        t = tokens[k]
        if t.low in verbs.auxiliary_index() or t.low in _NEGATION_WORDS or t.low == "non":
            k += 1
            continue
        size = adverb_length_forward(tokens, k)
        if size == 0 and t.low not in lexicon.adverbs():
            return False
        k += max(size, 1)
    return True


_NEGATION_WORDS = frozenset({"pas", "jamais", "plus", "guère", "point", "nullement", "rien"})


def _cleft(tokens: Sequence[Token], vc: VerbCue) -> bool:
    """« C'est (en tout cas) ce qu'a affirmé X », « Voilà ce que le maire a promis »: the verb
    reports the sentence before."""
    if not word_class(tokens[0].low, "cleft"):
        return False
    for k in range(max(1, vc.first - 5), vc.first):
        if tokens[k].low == "ce" and k + 1 < len(tokens) and tokens[k + 1].low in ("qu'", "que"):
            return k <= 6
    return False


def _link_comme(ctx: Context, vc: VerbCue) -> Draft | None:
    """« Comme il l'a rappelé mardi, la réforme passera », « Comme l'a dit le ministre, … »:
    the clause after the comma is what was said."""
    tokens = ctx.tokens
    if vc.first > 4 or not (
        word_class(vc.lemma, "restate") or vc.verb_class in ("assertion", "stance")
    ):
        return None  # « Comme le déplore X » reports too; « Comme l'exige la loi » does not
    comma = next(
        (k for k in range(vc.last, min(len(tokens), vc.last + 10)) if tokens[k].text == ","), None
    )
    if comma is None or comma + 1 >= len(tokens):
        return None
    appos = _name_apposition(tokens, comma)
    if appos is not None and appos + 1 < len(tokens) and _names_the_same(tokens, vc.last, comma):
        comma = appos  # « Comme l'a rappelé la porte-parole, Nadia Roy, les électeurs… »
    end = ctx.sentence.end
    while end > tokens[comma].end and ctx.norm[end - 1] in ".!? ":
        end -= 1
    content = _trim(ctx.norm, tokens[comma].end, end)
    kind, quoted = _content_kind(ctx, *content)
    q = _filling_quotation(ctx, content)
    if q is not None:
        kind, content, quoted = "direct", (q.content.start, q.content.end), None
    mode = "before" if vc.first > 1 else "after"
    # « Comme le dit l'adage, … », « Comme le veut la chanson »: a saying is nobody's claim
    # (« Comme le dit mon grand-père » is someone's).
    if any(
        word_class(t.low, "saying")
        and not (k + 2 < comma and tokens[k + 1].low in DE_WORDS and tokens[k + 2].capitalized)
        for k, t in enumerate(tokens[1:comma], 1)
    ):
        return None  # (« la formule de Jean Jaurès » is his)
    draft = _draft(ctx, vc, kind, content, quoted, mode)
    if draft is not None and mode == "after":
        draft = attrs.evolve(draft, speaker_hint=(tokens[vc.last].start, tokens[comma - 1].end))
    if draft is not None and word_class(vc.lemma, "evidence"):
        # « Comme l'a montré la crise sanitaire, … »: a fact shows; only a source reports
        draft = attrs.evolve(draft, needs_source=True)
    return draft


def _before_main_clause(ctx: Context, draft: Draft, vc: VerbCue) -> Draft | None:
    """« Affirmant que « rien n'est joué », la maire a quitté la salle »: a participle that
    opens the sentence says what lies before the main clause, not the main clause too."""
    opening = opening_participle_clause(ctx.tokens, vc.last)
    if opening is None:
        return draft
    end = ctx.tokens[opening[0]].start
    if draft.content[1] <= end:
        return draft
    if draft.content[0] >= end:
        return None
    content = _trim(ctx.norm, draft.content[0], end)
    kind = draft.kind
    quoted = draft.quoted
    if kind in ("indirect", "mixed", "stance", "hypothetical"):
        found_kind, quoted = _content_kind(ctx, *content)
        if kind in ("indirect", "mixed"):
            kind = found_kind
    elif quoted is not None and quoted[1] > content[1]:
        quoted = None
    return attrs.evolve(draft, kind=kind, content=content, quoted=quoted)


def _only_circumstances_left(tokens: Sequence[Token], k: int) -> bool:
    """Whether only a comma, dates and adverbs stand from ``k`` to the sentence's end."""
    k += int(k < len(tokens) and tokens[k].text == ",")
    while k < len(tokens) and (size := adverb_length_forward(tokens, k)):
        k += size
    return k >= len(tokens) or tokens[k].text in ".;!?"


def _link_comme_after(ctx: Context, vc: VerbCue) -> Draft | None:
    """« Le vaccin change la donne, comme le souligne la pédiatre X. », « …, comme le ministre
    l'a rappelé »: the clause before the comma is what the source said. The verb needs its
    object clitic (« comme le souligne »), which stands for that clause."""
    tokens = ctx.tokens
    # « comme le souhaitait l'organisateur »: a wish or a fear reports nothing said
    if tokens[vc.first].low not in ("le", "l'") or not (
        word_class(vc.lemma, "restate") or vc.verb_class == "assertion"
    ):
        return None
    k = vc.first - 1
    while k > 0 and vc.first - k <= 6 and tokens[k].low != "comme":
        if not tokens[k].word:
            return None
        k -= 1
    if k < 2 or tokens[k].low != "comme" or tokens[k - 1].text != ",":
        return None
    between = tokens[k + 1 : vc.first]
    if any(word_class(t.low, "saying") for t in [*between, *tokens[vc.last :]]):
        return None  # « comme le dit l'adage », « comme le veut la chanson »
    if _quotations_in(ctx, tokens[vc.first].start, ctx.sentence.end) or _innermost_containing(
        ctx, tokens[k].start, tokens[vc.last - 1].end
    ):
        return None  # the incise of a quotation, or a quotation after the source
    start = tokens[0].start
    if tokens[0].low in ("selon", "d'", "pour"):
        return None  # « Selon le maire, le budget est tenu, comme l'a confirmé X »: selon's
    content = _trim(ctx.norm, start, tokens[k - 1].start)
    kind, quoted = _content_kind(ctx, *content)
    q = _filling_quotation(ctx, content)
    if q is not None:
        kind, content, quoted = "direct", (q.content.start, q.content.end), None
    draft = _draft(ctx, vc, kind, content, quoted, "before" if between else "after")
    if draft is None:
        return None
    if between:
        if any(t.text == "," for t in tokens[vc.last :]):
            return None  # « Le maire, comme son adjoint l'a rappelé, n'a pas démissionné »
        hint = (between[0].start, between[-1].end)
    else:
        end = vc.last
        while end < len(tokens) and tokens[end].text not in (".", ";", "!", "?"):
            # A comma ends the subject unless a name in apposition follows (« comme l'a
            # reconnu le ministre, Gérald Darmanin. »).
            if tokens[end].text == "," and not (
                end + 1 < len(tokens)
                and tokens[end + 1].capitalized
                and _names_the_same(tokens, vc.last, end)
            ):
                break
            end += 1
        if end == vc.last or not (
            _only_circumstances_left(tokens, end)
            # « …, comme le précise Claire Dubois, directrice de l'école(, qui …). »
            or _apposition_to_end(tokens, end)
            or (end + 1 < len(tokens) and tokens[end + 1].low in ("qui", "dont"))
            or (
                end + 1 < len(tokens)
                and (roles.may_start_title(tokens[end + 1].low) or determiner(tokens[end + 1].low))
                and _names_the_same(tokens, vc.last, end)
            )
        ):
            return None  # « Le maire, comme l'a rappelé son adjoint, n'a pas démissionné »
        hint = (tokens[vc.last].start, tokens[end - 1].end)
    # A fact can show (« comme le montre la crise »); only someone reports.
    return attrs.evolve(draft, speaker_hint=hint, needs_source=True)


_PREVIOUS_WINDOW = 2000  # characters read back for the sentence a cleft or « l'a dit » reports


def _says_it_again(tokens: Sequence[Token], vc: VerbCue) -> bool:
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
        elif tokens[k].low in _ADDRESSEE_PREPS - {"de", "par"}:
            k += 1
            while k < len(tokens) and tokens[k].word and tokens[k].low not in _ADDRESSEE_PREPS:
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


def _link_cleft(ctx: Context, vc: VerbCue, mode: str | None = None) -> Draft | None:
    """The claim of « « … » C'est ce qu'a affirmé X. »: the previous sentence of the paragraph,
    or the quotation it consists of; the speaker is the relative clause's subject (``mode``,
    when given, says where the speaker is instead)."""
    norm = ctx.norm
    # The sentence before is all that is read: a bounded window keeps long paragraphs linear.
    window = max(ctx.paragraph.start, ctx.sentence.start - _PREVIOUS_WINDOW)
    before = sentences(norm, Segment(window, ctx.sentence.start))
    if not before:
        return None
    previous = before[-1]
    if mode is not None:
        said = tokenize(norm, previous.start, previous.end)
        if any(_says_it_again(said, other) for other in find_verb_cues(said)):
            return None  # « Le ministre l'a annoncé. Le Sénat l'a confirmé. »: no new content
    spoken = [
        q
        for q in ctx.quotations
        if q.depth == 0
        and q.role == "speech"
        and previous.start <= q.span.start
        and q.span.end <= previous.end + 1
    ]
    if len(spoken) == 1 and (
        spoken[0].span.start == previous.start or sentence_like(norm, spoken[0])
    ):
        # « « Nous partirons », a dit X. C'est ce qu'a confirmé le préfet. »: the words
        q = spoken[0]
        kind, content, quoted = "direct", (q.content.start, q.content.end), None
    else:
        content = _trim(norm, previous.start, previous.end)
        while content[1] > content[0] and norm[content[1] - 1] in ".!?":
            content = (content[0], content[1] - 1)
        kind, quoted = _content_kind(ctx, *content)
    tokens = ctx.tokens
    if mode is None:
        mode = "after" if subject_after(tokens, vc.last) is not None else "before"
    draft = _draft(ctx, vc, kind, content, quoted, mode, confidence=0.7)
    # « C'est ce que montrent les chiffres »: only a person or a body reports.
    return None if draft is None else attrs.evolve(draft, needs_source=True)


def _quotation_after_colon(ctx: Context, draft: Draft, vcues: Sequence[VerbCue]) -> list[Draft]:
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
    q = _quotation_starting(ctx, pos + 1)
    if q is None or q.role != "speech" or q.content.end - q.content.start < 2:
        return []
    if not incise and not _ends_sentence(ctx, q):
        return []
    if any(ctx.tokens[vc.first].start >= q.span.end for vc in vcues):
        return []
    return [
        attrs.evolve(draft, kind="direct", content=(q.content.start, q.content.end), quoted=None)
    ]


_FRAGMENT_LINKS = frozenset({"et", "ou", ",", "mais", "voire"})


def _coordinated_fragments(ctx: Context, draft: Draft) -> list[Draft]:
    """« a promis « des moyens » et « une réponse rapide » »: each fragment joined to a
    partial quotation by « et », « ou » or a comma is quoted by the same cue."""
    tokens = ctx.tokens
    out: list[Draft] = []
    end = draft.content[1]
    while True:
        q = next((q for q in ctx.quotations if q.content.end == end), None)
        if q is None:
            return out
        j = next((i for i, t in enumerate(tokens) if t.start >= q.span.end), len(tokens))
        if j >= len(tokens) or tokens[j].low not in _FRAGMENT_LINKS:
            return out
        j += 1
        if tokens[j - 1].text == "," and j < len(tokens) and tokens[j].low in _FRAGMENT_LINKS:
            j += 1  # « d'un « drame », voire d'une « tragédie » »
        if j < len(tokens) and tokens[j].low in ("de", "d'"):
            j += 1  # « de « brutale » et d'« injuste » »
        noun = False
        if j < len(tokens) and determiner(tokens[j].low):
            indefinite = tokens[j].low in ("un", "une", "des")
            j += 1
            if (
                indefinite
                and j + 1 < len(tokens)
                and tokens[j].word
                and tokens[j].text.isalpha()
                and tokens[j].text.islower()
                and tokens[j + 1].text in OPENING_MARKS
                and not has_verb([tokens[j]])
            ):
                # « un budget « injuste » et une méthode « brutale » »; not « mais le
                # gouvernement « assume » », a subject and its own words
                j += 1
                noun = True
        nxt = _quotation_starting(ctx, tokens[j].start) if j < len(tokens) else None
        if nxt is None or nxt.role == "title" or nxt.content.end - nxt.content.start < 2:
            return out
        if noun and not nxt.content.text[:1].islower():
            return out  # « et le parti « Reconquête » »: a name
        end = nxt.content.end
        out.append(attrs.evolve(draft, content=(nxt.content.start, end), quoted=None))


@functools.cache
def _selon_words() -> tuple[str, ...]:
    """Words one of which a sentence needs for « selon X », « d'après X », « pour X » or a
    view phrase (« aux yeux de X ») to be looked for."""
    return ("selon", "après", "pour", "dixit", *sorted(lexicon.view_words()))


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


def _draft(
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
    tokens = ctx.tokens
    lead = vc.first
    while lead < vc.head and (tokens[lead].text == "," or tokens[lead].low in STRESSED_PRONOUNS):
        lead += 1  # « Le maire, lui, affirme »: the aside is the subject's, not the cue's
    cue = (tokens[lead].start, tokens[vc.last - 1].end)
    inside = _innermost_containing(ctx, cue[0], cue[1])
    if inside is not None and not (
        kind == "direct" and content == (inside.content.start, inside.content.end)
    ):
        if vc.hypothetical:
            return None  # speech announced inside a quotation is not a claim yet
        if _own_or_nobodys(tokens, vc):
            return None
        kind = "nested"
        content = _trim(ctx.norm, content[0], min(content[1], inside.content.end))
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


_OBJECT_PREPS = frozenset({"de", "d'", "à", "comme"})


def _prep_object(vc: VerbCue, prep: Token, q: Quotation) -> bool:
    """« a mis en garde contre « … » », « a tempêté contre « … » », « plaide pour « … » »:
    a preposition the verb's quoted object may follow. For a verb of protest, only words of
    its own: not a name (« protestent contre « la loi Travail » ») nor a single word."""
    if vc.light and prep.low in ("contre", "sur"):
        return True
    words = q.content.text.split()
    return (
        prep.low in ("contre", "pour", "sur")
        and word_class(vc.lemma, "prep_object")
        and len(words) >= 2
        and not any(w[:1].isupper() for w in words[:3])
    )


_ATTRIBUTE_VERBS = frozenset({"se dire", "se déclarer", "se montrer", "s'affirmer"})
_CONTENT_CLASSES = frozenset({"speech", "assertion", "request", "writing"})
_CONTRACTED = frozenset({"au", "aux", "du", "des"})
_INFINITIVE_CLITICS = frozenset(
    {"l'", "le", "la", "les", "lui", "leur", "en", "y", "se", "s'", "me", "m'", "nous", "vous"}
)
_OBJECT_CLITICS = frozenset(
    {"m'", "me", "t'", "te", "l'", "le", "la", "les", "lui", "leur", "nous", "vous"}
)


def _link_verb(ctx: Context, vc: VerbCue, others: Sequence[VerbCue]) -> Draft | None:
    tokens = ctx.tokens
    norm = ctx.norm
    inverted = vc.clitic is not None
    k = vc.last
    if inverted and k < len(tokens) and tokens[k].low in ("que", "qu'"):
        inverted = False  # « Reste-t-il que… »: not an incise
    if inverted or "incise" in vc.complements:
        return _link_incise(ctx, vc)
    if (
        word_class(vc.lemma, "as_only")
        and not any(
            t.low == "comme"
            # « Elle présente ses excuses : « … » », not « des plumes : « un cas unique » »
            or (
                t.text == ":"
                and (said := _quotation_starting(ctx, t.end)) is not None
                and (
                    said.content.text[:1].isupper()
                    or (k < len(tokens) and tokens[k].low in _DEFINITE_OR_OWN)
                )
            )
            for t in tokens[k : min(len(tokens), k + 8)]
        )
    ):
        return None  # « l'animal présente des plumes », not « la présente comme « … » »
    # « Le Dr. Baxa, dans un discours devant la Diète, accuse… »: the sentence's own subject
    # and an aside before the verb, not a clause before an incise
    # Cheap tests first: the subject search is the costly one.
    own_subject = (
        vc.first > 1
        and tokens[vc.first - 1].text == ","
        and tokens[0].word
        and not any(t.text in _CLOSERS or t.text in OPENING_MARKS for t in tokens[: vc.first])
        and _innermost_containing(ctx, tokens[vc.first].start, tokens[vc.first].end) is None
        and (subject := subject_before(tokens, vc.first)) is not None
        and subject[0] == 0
        and subject[1] < vc.first - 1  # an aside stands between the subject and the verb
        # « L'entreprise installera une usine au Creusot, avec 180 emplois, a annoncé X »: a
        # clause, its future unknown to the lexicons, is no subject
        and not any(future_form(t) for t in tokens[1 : subject[1]])
    )
    if (
        vc.first > 0
        and (tokens[vc.first - 1].text == "," or tokens[vc.first - 1].text in _CLOSERS)
        and not own_subject
    ):
        incise = _link_incise(ctx, vc)  # « « … », a affirmé Claire Moreau. »
        if incise is not None and not (
            # « Le favori, le gouverneur Rick Perry, a réitéré ses charges »: no verb before
            # the comma, nobody after the verb; the words before are its subject
            incise.needs_source
            and incise.kind in ("indirect", "mixed")
            and not has_verb([t for t in tokens[: vc.first - 1] if incise.content[0] <= t.start])
        ):
            return incise
    k = _skip_small_complement(tokens, vc, k)
    j = _skip_complements(ctx, k)
    mode = "before"
    tok = tokens[j] if j < len(tokens) else None
    if (
        tok is not None
        and tok.low in ("que", "qu'")
        and ("que" in vc.complements or vc.light or "si" in vc.complements)
    ):
        if word_class(vc.lemma, "learn") and not _told_or_sourced(tokens, vc, j):
            return None  # « Les salariés ont appris mardi que l'usine fermerait »
        start = tok.end
        end = _extend_over_quotations(ctx, start, _clause_end(ctx, j + 1, others))
        content = _without_trailing_aside(norm, _trim(norm, start, end))
        kind, quoted = _content_kind(ctx, *content)
        return _draft(ctx, vc, kind, content, quoted, mode)
    # A quotation that is the verb's own object: « a exprimé « … » », « a dénoncé des « … » ».
    # An aside between commas (« a reconnu jeudi, lors d'un point de presse, des « … » »)
    # widens the reach.
    reach = 9 + (7 if any(t.text == "," for t in tokens[k : k + 3]) else 0)
    if vc.complements == _INCISE_ONLY:
        reach = 0  # « fait-il » reports; « faisaient « partie intégrante » du territoire » not
    for qj in range(k, min(len(tokens), k + reach)):
        if tokens[qj].text in ".;:!?" or tokens[qj].low in ("que", "qu'"):
            break
        if any(o.first == qj for o in others):
            break  # « conteste les faits et dénonce une « bavure » »: the next verb's object
        q = _quotation_starting(ctx, tokens[qj].start)
        if q is not None and (
            word_class(tokens[qj - 1].low, "word_noun")
            or (tokens[qj - 1].low in DE_WORDS and word_class(tokens[qj - 2].low, "word_noun"))
        ):
            break  # « a récusé le mot « austérité » », « l'étiquette de « … » »: a mention
        if q is not None and "obj_de" in vc.complements and _charge_follows(ctx, q):
            break  # « reproche au « système » de l'avoir abandonné »: the charge follows
        if (
            q is not None
            and "obj_de" in vc.complements
            and tokens[qj - 1].low not in ("de", "d'")
            and (charge := _charge_after(tokens, k)) is not None
            and charge < qj
        ):
            break  # « accuse la direction d'avoir « laissé pourrir » l'outil »: in the charge
        if q is not None and _paper_spoken_to(tokens, qj):
            continue  # « a confié au « Parisien » »: the paper spoken to
        if q is not None and qj == k and word_class(vc.lemma, "topic") and _work_title(ctx, q):
            break  # « a cité « Les Fleurs du mal » devant les lycéens »
        if (
            q is not None
            and word_class(vc.lemma, "reply")
            and any(t.low in ("à", "au", "aux") for t in tokens[max(k, qj - 3) : qj])
        ):
            break  # « a répondu aux « accusations » de l'opposition »: the words replied to
        if q is not None and qj == k and "inf" in vc.complements:
            # « a dit « comprendre » les revendications des grévistes »: the quotation opens
            # the infinitive clause, which goes on after it
            clause = _quoted_infinitive_clause(ctx, vc, q, others, mode)
            if clause is not None:
                return clause
        if q is not None and vc.lemma in _NAMING_JUDGE:
            # « qualifie les « pharmacies par terre » de « bombe sanitaire » »: the first
            # quotation names the object, the one after « de » is the verdict
            q = _verdict_after(ctx, q) or q
        if q is not None:
            # « a qualifié le projet de « fiasco » »: after « de » it is no title.
            named = (
                q.role != "title"
                or tokens[qj - 1].low in _OBJECT_PREPS
                or vc.lemma in _ATTRIBUTE_VERBS
                # « a jugé le projet « trop gourmand » »: a verdict, not the project's name
                or (
                    word_class(vc.lemma, "judge")
                    and q.content.text[:1].islower()
                    and qj - k >= 2  # « le projet « … » », not « a trouvé le « carnet » »
                )
                # « réclame un « plan d'urgence » »: an indefinite thing asked for, no name
                or (tokens[qj - 1].low in ("un", "une", "des") and q.content.text[:1].islower())
                # « défend une opération « de bon sens » »: what the object is, not its name
                # (« la loi « de programmation militaire » » is a name)
                or (
                    qj - k == 2
                    and tokens[k].low in ("un", "une")
                    and q.content.text.startswith(("de ", "d'", "d\N{RIGHT SINGLE QUOTATION MARK}"))
                )
            )
            if word_class(vc.lemma, "characterize") and not _characterization(ctx, k, qj, q):
                break
            if named and _governs_quotation(ctx, vc, qj, q):
                kind = "direct" if sentence_like(norm, q) else "partial"
                draft = _draft(ctx, vc, kind, (q.content.start, q.content.end), None, mode)
                if draft is not None and word_class(vc.lemma, "characterize"):
                    # « Le film parle d'une « génération sacrifiée » »: a topic, not words said
                    draft = attrs.evolve(draft, needs_source=True)
                elif draft is not None and vc.verb_class == "request" and qj == k + 1:
                    # « Son projet prône une « continuité éducative » »: only a person or a
                    # body asks for things
                    draft = attrs.evolve(draft, needs_source=True)
                return draft
            break
    # A colon, right after the verb or after its object: « a conclu son discours : « … » ».
    colon = _colon_after(ctx, k, others)
    if colon is not None and not _infinitive_at(tokens, vc, k, colon):
        after = tokens[colon].end
        q = _quotation_starting(ctx, after)
        if (
            q is not None
            and q.role == "title"
            and any(word_class(t.low, "name_noun") for t in tokens[k:colon])
        ):
            return None  # « a trouvé un nom à sa cuvée : « Rescapé » »: a name, no words said
        if q is not None:
            # a colon after a speech verb overrides the scanner's guess
            return _draft(ctx, vc, "direct", (q.content.start, q.content.end), None, mode)
        if colon == j or colon < len(tokens) - 3:
            content = _trim(
                norm, after, ctx.paragraph.end if _ends_paragraph(ctx) else ctx.sentence.end
            )
            if "obj_claim" not in vc.complements and _named_people_listed(tokens, colon + 1):
                # « Deux élues se sont opposées : X, maire de…, et Y, … »; what « a annoncé
                # deux nominations : X, … » lists is what was announced
                return None
            words = {t.low for t in tokens[colon + 1 :]}
            # « l'a dit sans détour : la réforme « ira à son terme » »: quoted words inside
            kind, quoted = _content_kind(ctx, *content)
            if kind == "indirect" and words & _FIRST_PERSON:
                kind = "direct"
            return _draft(ctx, vc, kind, content, quoted, mode, confidence=0.7)
    # « se dit incapable de répondre », « s'est dit plus inquiet pour le marché chinois »:
    # the attribute is the claim.
    if vc.lemma in _ATTRIBUTE_VERBS and (
        (k > vc.last and tokens[k].low in ("de", "d'"))
        or (vc.lemma != "se montrer" and _attribute_at(tokens, vc.last))
    ):
        end = _clause_end(ctx, vc.last, others)
        content = _trim(norm, tokens[vc.last].start, end)
        return _draft(ctx, vc, "indirect", content, None, mode, confidence=0.7)
    if word_class(vc.lemma, "deem") and not _court_tries(tokens, vc):
        deemed = _deemed(ctx, vc, mode)
        if deemed is not None:
            return deemed
    # « a annoncé la suppression de l'émission »: a noun phrase that is itself the claim.
    if (
        "obj_claim" in vc.complements
        and _only_adverbs(tokens, k, j)
        and tok is not None
        and determiner(tok.low)
        and tok.low not in ("ce", "cela")
    ):
        end = _clause_end(ctx, j, others)
        fewest = 2
        for o in others:
            if o.first > j + 1 and tokens[o.first - 1].low in ("et", "puis", "mais"):
                # « annonce un recours et demande à la cheffe de… »: the next verb's own claim;
                # then one word will do (« confirme l'épidémie et recommande… »)
                end = min(end, tokens[o.first - 1].start)
                fewest = 1
        for k in range(j + 2, len(tokens) - 2):
            if tokens[k].start >= end:
                break
            if (
                tokens[k].low in ("dans", "par")
                and tokens[k + 2].low in ("communiqué", "communiqués")
                and (
                    k + 3 >= len(tokens)
                    or not tokens[k + 3].word
                    or tokens[k + 3].low.endswith(_PARTICIPLE_ENDS)
                )
            ):
                # « a confirmé l'annulation dans un communiqué (publié mardi) »: where it was
                # said; not « des erreurs dans un communiqué de la mairie »
                end = tokens[k].start
                break
        relative = next(
            (
                t.start
                for t, after in zip(tokens[j:], tokens[j + 1 :], strict=False)
                if t.text == "," and after.low in ("qui", "que", "qu'", "dont") and t.start < end
            ),
            end,
        )  # « a réitéré ses charges contre X, qu'il qualifie de… »: about the object
        content = _trim(norm, tok.start, min(end, relative))
        if fewest <= len(norm[content[0] : content[1]].split()) <= 25:
            draft = _draft(ctx, vc, "indirect", content, None, mode, confidence=0.6)
            return None if draft is None else attrs.evolve(draft, needs_source=True)
    # « accuse l'opposition d'instrumentaliser la crise », « reproche au gouvernement de
    # mentir »: the object and what it is charged with.
    if "obj_de" in vc.complements and k < len(tokens):
        start_at: int | None = k if _charge_after(tokens, k) is not None else None
        if (
            start_at is None
            and tokens[k].low in ("de", "d'")
            and k + 1 < len(tokens)
            and any(t.low in _OBJECT_CLITICS for t in tokens[max(0, vc.first - 1) : vc.head])
        ):
            start_at = k + 1  # « vous m'accusez de subjectivisme »: the object is a clitic
        if start_at is not None:
            return _object_and_predicate(ctx, vc, start_at, others, mode)
    # « dénonce Robert McNamara comme étant l'homme qui… »: the object and what it is called.
    if (
        "obj_comme" in vc.complements
        and k < len(tokens)
        and _starts_noun_phrase(tokens, k)
        and _comme_after(ctx, k)
    ):
        return _object_and_predicate(ctx, vc, k, others, mode)
    # « a appelé les agriculteurs à retarder leurs traitements »: what they are urged to do.
    if "obj_a" in vc.complements and k < len(tokens) and _starts_noun_phrase(tokens, k):
        to = _to_infinitive_after(ctx, k)
        if to is not None:
            urged = _object_and_predicate(ctx, vc, to, others, mode)
            q = None if urged is None else _filling_quotation(ctx, urged.content)
            if urged is not None and q is not None:
                kind = "direct" if sentence_like(norm, q) else "partial"
                urged = attrs.evolve(
                    urged, kind=kind, content=(q.content.start, q.content.end), quoted=None
                )
            # « La baisse des taux incite les ménages à emprunter »: no one urges anything
            return None if urged is None else attrs.evolve(urged, needs_source=True)
    # Infinitive content: « a dit ne pas vouloir… », « a demandé de cesser… ».
    if k < len(tokens) and vc.verb_class in _CONTENT_CLASSES:
        inf_at = None
        if "inf" in vc.complements and _looks_infinitive(tokens, k):
            inf_at = k
        elif "inf" in vc.complements and j > k and tokens[j - 1].word and j < len(tokens):
            if tokens[j].low in ("avoir", "être"):
                inf_at = j  # « a nié devant les juges avoir… »
            elif _only_adverbs(tokens, k, j) and _looks_infinitive(tokens, j):
                # « a précisé lundi ne pas vouloir… »: the negation belongs to the content
                inf_at = j
                while inf_at > k and (
                    word_class(tokens[inf_at - 1].low, "neg")
                    or word_class(tokens[inf_at - 1].low, "neg_adverb")
                ):
                    inf_at -= 1
        elif (
            "de_inf" in vc.complements
            and tokens[k].low in ("de", "d'")
            and (_looks_infinitive(tokens, k + 1) or _clitic_infinitive(tokens, k + 1))
        ):
            inf_at = k + 1
        elif (
            "de_inf" in vc.complements
            and j > k
            and j + 1 < len(tokens)
            and tokens[k].low in ("à", "au", "aux")
            and tokens[j].low in ("de", "d'")
            and _looks_infinitive(tokens, j + 1)
            and not word_class(vc.lemma, "ruling")
        ):
            inf_at = j + 1  # « a demandé aux compagnies de réduire leurs vols »
        if inf_at is not None:
            end = _extend_over_quotations(
                ctx, tokens[inf_at].start, _clause_end(ctx, inf_at, others)
            )
            # « dit vouloir « tourner la page » et présentera un plan »: a finite verb after
            # « et » is the main clause's again
            back = next(
                (
                    t.start
                    for t, after in zip(tokens[inf_at + 1 :], tokens[inf_at + 2 :], strict=False)
                    if t.low in ("et", "mais")
                    and t.start < end
                    and (future_form(after) or is_verb(after))
                    and not after.low.endswith(("er", "ir", "re"))
                ),
                end,
            )
            if not any(t.low in ("que", "qu'", "qui") for t in tokens[inf_at:] if t.start < back):
                end = min(end, back)  # « avoir compris que son mari mentait et était… »
            content = _trim(norm, tokens[inf_at].start, end)
            # « a promis de le faire »: a pronoun's verb says no more than the verb alone
            least = 4 if tokens[inf_at].low in _CLITICS_BEFORE_INFINITIVE else 2
            if len(norm[content[0] : content[1]].replace("'", "' ").split()) < least:
                return None  # « a refusé de commenter »: no content to attribute
            kind, quoted = _content_kind(ctx, *content)
            return _draft(ctx, vc, kind, content, quoted, mode, confidence=0.7)
    return None if own_subject else _link_incise(ctx, vc)


def _infinitive_at(tokens: Sequence[Token], vc: VerbCue, k: int, stop: int) -> bool:
    """« a démenti avoir arrêté son choix : « … » »: an infinitive of two words or more opens
    the verb's object before ``stop``; it is a claim of its own, and the quotation after the
    colon another (see _quotation_after_colon)."""
    if vc.verb_class not in _CONTENT_CLASSES:
        return False
    if "de_inf" in vc.complements and tokens[k].low in ("de", "d'"):
        k += 1
    elif "inf" not in vc.complements:
        return False
    return stop - k >= 2 and _looks_infinitive(tokens, k)


def _only_adverbs(tokens: Sequence[Token], k: int, j: int) -> bool:
    """Whether tokens k..j are adverbs (« a annoncé peu après la suppression »)."""
    while k < j:
        size = adverb_length_forward(tokens, k)
        if not size:
            return False
        k += size
    return k == j


def _object_and_predicate(
    ctx: Context, vc: VerbCue, start_at: int, others: Sequence[VerbCue], mode: str
) -> Draft | None:
    """The claim from token ``start_at`` to its clause's end, before a clause of cause
    (« parce que », « car »), which is the writer's or the speaker's reason, not the charge."""
    tokens = ctx.tokens
    end = _extend_over_quotations(ctx, tokens[start_at].start, _clause_end(ctx, start_at, others))
    cause = next(
        (
            t.start
            for i, t in enumerate(tokens[start_at + 1 :], start_at + 1)
            if t.start < end
            and (
                t.low in _CAUSES
                # « à reprendre le travail, ce qu'ils ont refusé »: the writer's comment
                or (
                    t.text == ","
                    and i + 2 < len(tokens)
                    and tokens[i + 1].low == "ce"
                    and tokens[i + 2].low in ("qu'", "que", "qui")
                )
                # « de laxisme, mais les chiffres disent… »: a new clause, not « , et de mentir »
                or (
                    t.text == ","
                    and i + 2 < len(tokens)
                    and tokens[i + 1].low in ("mais", "et")
                    and (determiner(tokens[i + 2].low) or tokens[i + 2].low in SUBJECT_CLITICS)
                )
            )
        ),
        None,
    )
    content = _trim(ctx.norm, tokens[start_at].start, end if cause is None else cause)
    kind, quoted = _content_kind(ctx, *content)
    return _draft(ctx, vc, kind, content, quoted, mode, confidence=0.7)


_CAUSES = frozenset({"parce", "car", "puisque"})


def _to_infinitive_after(ctx: Context, k: int) -> int | None:
    """Where the infinitive (or the quotation holding it) starts after a short object at
    ``k`` and « à »: « les salariés d'ArcelorMittal à Dunkerque à « ne pas se laisser
    diviser » »; a place after « à » (« à Dunkerque ») is part of the object."""
    tokens = ctx.tokens
    for i in range(k + 1, min(len(tokens) - 1, k + 10)):
        t = tokens[i]
        if t.low == "à":
            q = _quotation_starting(ctx, t.end)
            if q is not None and _looks_infinitive(tokens, i + 2):
                return i + 1
            if _looks_infinitive(tokens, i + 1) or (
                tokens[i + 1].low in ("se", "s'") and _looks_infinitive(tokens, i + 2)
            ):
                return i + 1
            continue
        if not t.word or word_class(t.low, "que") or is_verb(t):
            return None
    return None


def _comme_after(ctx: Context, k: int) -> bool:
    """« comme » after a short object at ``k``, with only words between (« la réforme comme
    une trahison »; not « la réforme, comme l'opposition »); a quotation right after it is
    the verb's quoted object instead."""
    tokens = ctx.tokens
    for i in range(k + 1, min(len(tokens) - 1, k + 8)):
        t = tokens[i]
        if t.low == "comme":
            # « comme étant », « comme un »; not « comme chaque année », « comme beaucoup »
            return (
                tokens[i + 1].low in ("étant", "un", "une", "le", "la", "l'")
                and _quotation_starting(ctx, t.end) is None
            )
        if not t.word:
            return False
    return False


def _without_trailing_aside(norm: str, content: tuple[int, int]) -> tuple[int, int]:
    """« que la société ne lui va pas (Putain ça penche, …) »: a closing parenthesis that
    opens on a capital (titles, names) is the writer's aside, not what was said."""
    start, end = content
    if end - start < 4 or norm[end - 1] != ")":
        return content
    opening = norm.rfind("(", start, end)
    if opening <= start or not norm[opening + 1 : opening + 2].isupper():
        return content
    return _trim(norm, start, opening)


def _charge_follows(ctx: Context, q: Quotation) -> bool:
    """Whether « de » / « d' » follows the quotation (« au « système » de l'avoir… »)."""
    return ctx.norm[q.span.end : q.span.end + 4].lstrip().startswith(("de ", "d'", "d\u2019"))


def _charge_after(tokens: Sequence[Token], k: int) -> int | None:
    """Index of the « de » that follows a short object at ``k`` (« l'opposition d' », « au
    gouvernement de »), or None when no object and « de » follow."""
    if not (_starts_noun_phrase(tokens, k) or tokens[k].low in ("à", "au", "aux")):
        return None
    for j in range(k + 1, min(len(tokens) - 1, k + 10)):
        if tokens[j].text in CLOSING_GUILLEMETS or tokens[j].text in OPENING_MARKS:
            continue  # « au « système » de … »
        if j == k + 1:
            continue
        if tokens[j].low in ("de", "d'"):
            after = tokens[j + 1]
            inf = j + 1
            while inf < len(tokens) - 1 and tokens[inf].low in _INFINITIVE_CLITICS:
                inf += 1  # « de l'avoir abandonné »
            # « de mentir », « d'impartialité »; not « du ministre de l'Intérieur », nor a
            # measure (« accuse un retard de dix points », « une perte de 12 millions »)
            if word_class(tokens[j - 1].low, "measure"):
                return None
            if _looks_infinitive(tokens, inf) or (
                after.word and not determiner(after.low) and not after.capitalized
            ):
                return j
        elif not tokens[j].word or is_verb(tokens[j]):
            return None
    return None


def _skip_small_complement(tokens: Sequence[Token], vc: VerbCue, k: int) -> int:
    """« s'est dit convaincu que », « se sont montrés confiants que »: a pronominal verb
    with an attribute adjective before its content; « a informé les élus que »: an
    addressee object; « a dénoncé le fait que »."""
    if [t.low for t in tokens[k : k + 3]] == ["le", "fait", "que"] and "que" in vc.complements:
        return k + 2
    o = k
    while o < len(tokens) and (size := adverb_length_forward(tokens, o)):
        o += size  # « a prévenu hier soir les habitants que »
    if (
        "obj_que" in vc.complements
        and o + 2 < len(tokens)
        and determiner(tokens[o].low)
        # people told something (« les élus », « les familles »), not « les meilleurs salaires
        # que la région ait connus », where « que » is a relative
        and (people := lexicon.titles().get(lexicon.normalize_key(tokens[o + 1].low))) is not None
        and people.kind in ("group", "source", "title")
    ):
        que = next(
            (j for j in range(o + 2, min(len(tokens), o + 6)) if tokens[j].low in ("que", "qu'")),
            None,
        )
        if que is not None and all(t.word for t in tokens[o:que]):
            return que
    if (
        vc.lemma.startswith(("se ", "s'"))
        and k < len(tokens)
        and tokens[k].word
        and not tokens[k].capitalized
        and not any(word_class(tokens[k].low, c) for c in ("prep", "det", "det_indef", "que"))
        and k + 1 < len(tokens)
        and tokens[k + 1].low in ("que", "qu'", "de", "d'")
    ):
        return k + 1
    return k


def _attribute_at(tokens: Sequence[Token], i: int) -> bool:
    """An adjective after « s'est dit » (« inquiet », « plus inquiet », « prêt à »), past
    adverbs: not a determiner, a preposition, a conjunction or a clause."""
    while i < len(tokens) and (size := adverb_length_forward(tokens, i)):
        i += size
    if i >= len(tokens):
        return False
    t = tokens[i]
    return (
        t.word
        and not t.capitalized
        # « se déclare candidat », « s'est déclaré partie civile »: a status taken, not words
        and lexicon.normalize_key(t.low) not in lexicon.titles()
        and not word_class(t.low, "status")
        and not determiner(t.low)
        and not word_class(t.low, "prep")
        and not word_class(t.low, "conj")
        and not word_class(t.low, "que")
        and not word_class(t.low, "rel")
        and not has_verb([t])
    )


# « qualifier X de Y »: the verdict comes after « de » (« juger « urgent » de « … » » puts it
# first).
_NAMING_JUDGE = frozenset({"qualifier", "traiter", "taxer"})


def _verdict_after(ctx: Context, q: Quotation) -> Quotation | None:
    """The quotation right after « de » that follows ``q`` (« les « X » de « Y » »), if any."""
    norm, at = ctx.norm, q.span.end
    while at < len(norm) and norm[at].isspace():
        at += 1
    for de in ("de", "d'", "d\N{RIGHT SINGLE QUOTATION MARK}"):
        if norm.startswith(de, at) and (de != "de" or norm[at + 2 : at + 3].isspace()):
            at += len(de)
            while at < len(norm) and norm[at].isspace():
                at += 1
            return _quotation_starting(ctx, at)
    return None


_PLAIN = frozenset({"clair", "claire", "limpide", "simple", "net", "nette", "sans appel"})


def _owned_reporting_noun(words: Sequence[Token]) -> bool:
    """« Le message du président (est clair) », « La réponse de la mairie » before a colon: a
    determiner, a noun of speech and whose it is, and at most a plain « est clair »."""
    if len(words) < 4 or words[0].low not in ("le", "la", "l'"):
        return False
    if lexicon.normalize_key(words[1].low) not in verbs.reporting_nouns():
        return False
    if words[2].low not in _DE_WORDS:
        return False
    owner = next((t for t in words[3:] if t.word and not determiner(t.low)), None)
    title = lexicon.titles().get(lexicon.normalize_key(owner.low)) if owner else None
    if owner is None or not (
        owner.capitalized
        or lexicon.normalize_key(owner.low) in lexicon.organizations()
        or (title is not None and title.kind != "group")
    ):
        return False  # « Le message des urnes, de la rue, des électeurs »: no one spoke
    rest = [t.low for t in words[3:]]
    if "est" in rest:
        k = rest.index("est")
        return " ".join(rest[k + 1 :]) in _PLAIN and k > 0
    return not any(has_verb([t]) for t in words[3:])


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


def _named_people_listed(tokens: Sequence[Token], start: int) -> bool:
    """Whether the words from ``start`` name people (a first name opens them) and hold no
    verb: who took part, not what was said."""
    return (
        start + 1 < len(tokens)
        and tokens[start].capitalized
        and lexicon.normalize_key(tokens[start].low) in lexicon.first_names()
        and tokens[start + 1].capitalized
        and not has_verb(tokens[start:])
    )


_INFINITIVE_ENDS = ("er", "ir", "re", "oir")
# « solidaire » is an adjective; « faire », « taire », « extraire » are verbs
_AIRE_INFINITIVES = ("faire", "plaire", "taire", "traire")


def _circumstance_at(tokens: Sequence[Token], j: int) -> bool:
    """« lors d'un entretien », « à l'issue de l'entraînement », « au micro de France Inter »:
    when or where the words were said, not what."""
    if tokens[j].low in ("lors", "devant", "face"):
        return True
    return tokens[j].low in ("à", "au", "aux") and any(
        word_class(t.low, "circumstance") for t in tokens[j + 1 : j + 3]
    )


def _quoted_infinitive_clause(
    ctx: Context, vc: VerbCue, q: Quotation, others: Sequence[VerbCue], mode: str
) -> Draft | None:
    """A mixed claim when a quotation right after a verb of saying opens with an infinitive
    and the clause goes on after it (« dit « regretter » cette décision »)."""
    words = q.content.text.split()
    if not words or vc.lemma in _ATTRIBUTE_VERBS:
        return None  # « s'est dit « solidaire » des conducteurs »: an attribute
    first = words[0].lower()
    if first in ("s'", "se") and len(words) > 1:
        first = words[1].lower()
    if (
        len(first) < 4
        or not first.endswith(_INFINITIVE_ENDS)
        or (first.endswith("aire") and not first.endswith(_AIRE_INFINITIVES))
        or first.endswith("ère")
        or not first.isalpha()
        or not q.content.text[:1].islower()
        or word_class(first, "prep")
        or determiner(first)
    ):
        return None
    tokens = ctx.tokens
    after = next((j for j, t in enumerate(tokens) if t.start >= q.span.end), len(tokens))
    if (
        after >= len(tokens)
        or not tokens[after].word
        or word_class(tokens[after].low, "circumstance")
        or word_class(tokens[after].low, "conj")
        or tokens[after].low in lexicon.adverbs()
        or adverb_length_forward(tokens, after) > 0
        or _circumstance_at(tokens, after)
    ):
        # « a déclaré « être prêt » lors d'un entretien », « a dit « regretter » et a
        # demandé pardon »: the quotation ends the clause; what it holds is the claim
        return None
    end = _clause_end(ctx, after, others)
    for j in range(after, len(tokens)):
        if tokens[j].start >= end:
            break
        if (
            tokens[j].text in ",;:"
            or word_class(tokens[j].low, "conj")
            or any(o.first == j for o in others)
            or _circumstance_at(tokens, j)
        ):
            # « a dit « vouloir » négocier, mais les syndicats refusent »: the writer's
            end = tokens[j].start
            break
    content = _trim(ctx.norm, q.span.start, end)
    return _draft(ctx, vc, "mixed", content, (q.content.start, q.content.end), mode)


def _colon_after(ctx: Context, k: int, others: Sequence[VerbCue]) -> int | None:
    """Index of a colon within a short object after the verb, with no other verb before it."""
    tokens = ctx.tokens
    c = k
    skipped = False
    while c < min(len(tokens), k + 12):
        tok = tokens[c]
        if tok.text == ":":
            # past a word mentioned, only a quotation after the colon is the words said
            # (« a cité le terme « … » : le président l'a rappelé à l'ordre » is narration)
            return c if not skipped or _quotation_starting(ctx, tok.end) is not None else None
        mentioned = (
            _quotation_starting(ctx, tok.start) if c > 0 and tok.text in OPENING_MARKS else None
        )
        if mentioned is not None and word_class(tokens[c - 1].low, "word_noun"):
            # « s'amuse de l'étiquette « roman de la lenteur » : « … » »: a word mentioned
            while c < len(tokens) and tokens[c].start < mentioned.span.end:
                c += 1
            skipped = True
            continue
        if mentioned is not None and _paper_spoken_to(tokens, c):
            # « a confié au « Parisien » : « … » »: the paper spoken to
            while c < len(tokens) and tokens[c].start < mentioned.span.end:
                c += 1
            continue
        if (
            tok.text in ".;!?"
            or tok.low in ("que", "qu'")
            or _quotation_starting(ctx, tok.start)
            or word_class(tok.low, "rel")
            or any(o.first == c for o in others)
            # « a conclu son discours : », « à la fermeture du bureau de poste : »: a form
            # after a determiner or a preposition is a noun
            or (
                c > k
                and has_verb([tok])
                and not determiner(tokens[c - 1].low)
                and not word_class(tokens[c - 1].low, "prep")
                and tokens[c - 1].low not in _DE_WORDS
                and not adjective_after_noun(tokens, c)  # « par la baisse continue »
            )
        ):
            return None
        c += 1
    return None


def _characterization(ctx: Context, k: int, j: int, q: Quotation) -> bool:
    """« parle d'une « usine à gaz » », « parle de « génocide » », « parle de sa « fierté » »:
    « de », perhaps an indefinite article or a possessive, then quoted words in lower case
    that are no name (« l'affaire Benalla »)."""
    while k < j and (size := adverb_length_forward(ctx.tokens, k)):
        k += size  # « parle au contraire d'« un logo… » »
    between = [t.low for t in ctx.tokens[k:j] if t.word]
    words = q.content.text.split()
    judged = (
        # « parle d'une grève « irresponsable » »: a noun, then what it is called
        len(between) == 3
        and between[1] in ("un", "une", "des")
        and between[2].isalpha()
        and not determiner(between[2])
        and not determiner(words[0].lower())
    )
    return (
        bool(between)
        and between[0] in ("de", "d'")
        and (
            judged
            or between[1:] in ([], ["un"], ["une"], ["des"], ["sa"], ["son"], ["ses"], ["leur"])
        )
        and q.content.text[:1].islower()
        # « l'affaire Benalla » names an affair; « la France qui se lève tôt » says something
        and not (1 < len(words) <= 3 and all(w[:1].isupper() for w in words[1:]))
        # « on parle de « franc refuge » pour décrire l'envolée du franc »: a name for it
        # (« Le syndicat parle de « saccage » pour qualifier le plan » judges: the union's)
        and not (
            (naming := _NAMING_PURPOSE.match(ctx.norm, q.span.end)) is not None
            and (
                naming.group(1) not in ("qualifier", "caractériser")
                or any(t.low == "on" for t in ctx.tokens[max(0, k - 4) : k])
            )
        )
    )


_NAMING_PURPOSE = regex.compile(
    r"\s*,?\s*pour\s+(?:les?\s+|la\s+|l'|l’)?(décrire|désigner|qualifier|nommer|caractériser)\b"
)


def _governs_quotation(ctx: Context, vc: VerbCue, j: int, q: Quotation) -> bool:
    """Whether the quotation at token ``j`` is the verb's own object (« a exprimé « … » »,
    « qualifie de « … » », « a dénoncé des « … » »), not a term further in the sentence."""
    tokens = ctx.tokens
    between: list[Token] = []
    partitive = False
    i = vc.last
    while i < j:
        size = adverb_length_forward(tokens, i)
        # « depuis » is an adverb alone, a preposition before its noun (« depuis des mois »)
        if size and not (
            size == 1
            and tokens[i].low in _ADDRESSEE_PREPS
            and i + 1 < j
            and determiner(tokens[i + 1].low)
        ):
            i += size
            continue
        between.append(tokens[i])
        i += 1
    if len(between) > 2 and between[0].text == ",":
        # « a reconnu jeudi, lors d'un point de presse, des « difficultés passagères » »: an
        # aside between commas before the object
        close = max(k for k, t in enumerate(between) if t.text == ",")
        if all(t.word or t.text in "'-" for t in between[1:close]):
            between = between[close + 1 :]
    if (
        2 <= len(between) <= 9
        and between[0].low in _ADDRESSEE_PREPS
        and all(t.word or t.text.isdigit() for t in between)
        and q.content.text.rstrip().endswith("?")
        and vc.verb_class in ("speech", "request")
    ):
        return True  # « en demandant aux pilotes dans son habitacle « … ? » »: a question put
    if (
        3 <= len(between) <= 9
        and between[0].low in _ADDRESSEE_PREPS
        and all(t.word or t.text.isdigit() for t in between)
        and q.content.text[:1].islower()
    ):
        # « a dénoncé sur franceinfo une « … » », « a défendu sur France Inter une réforme
        # « … » »: a circumstance before the object
        d = next(
            (
                x
                for x in range(2, len(between))
                if (determiner(between[x].low) or between[x].low in _DE_WORDS)
                and between[x].low not in ("au", "aux")
            ),
            None,
        )
        # The object is the last noun phrase: after its determiner only « de » complements (« a
        # répondu aux questions des députés sur la « … » » has none).
        if d is not None and not any(
            word_class(t.low, "prep") and t.low not in _DE_WORDS for t in between[d + 1 :]
        ):
            circumstance = between[0].low
            between = between[d:]
            # « dénonce depuis des mois de « graves dysfonctionnements » »: after a time or
            # place, « de » is the object's partitive article; after an addressee it is a
            # complement (« a répondu aux lecteurs de « la Voix du Nord » »)
            partitive = (
                between[0].low in _DE_WORDS
                and circumstance not in ("à", "au", "aux", "auprès")
                and not determiner(q.content.text.split(None, 1)[0].lower())
            )
        elif d is None and between[0].low not in _OBJECT_PREPS and len(q.content.text) > 20:
            # « a rejeté dans le point 18 « toute mesure visant à… » »: a circumstance, then
            # the quoted object itself
            between = []
    words = len(q.content.text.split())
    if not between:
        if _apposed_work(ctx.norm, q):
            return False  # « reprend « La Nuit des autres », une pièce de X »: a work's name
        return (
            vc.light
            or (
                "quote" in vc.complements
                and (words >= 3 or q.role == "speech")
                # « assurent « une mission de service public » »: a quoted noun phrase is an
                # object only for a verb that takes one
                and ("obj" in vc.complements or not _noun_phrase_quoted(q))
            )
            # « a jugé « inacceptable » », « a dénoncé « une provocation » »: a fragment in
            # lower case is the object quoted, not a title
            or (
                "obj" in vc.complements
                and vc.verb_class in ("assertion", "speech")
                and q.content.text[:1].islower()
                and not _manner_phrase(q)
            )
            # « s'est dit « inquiet » »: an attribute, in lower case (« dit » may name a title)
            or (vc.lemma in _ATTRIBUTE_VERBS and q.content.text[:1].islower())
        )
    if len(between) == 1 and (between[0].low in _OBJECT_PREPS or _prep_object(vc, between[0], q)):
        if between[0].low in ("de", "d'") and not (
            vc.light
            or partitive
            or {"de_inf", "obj_de"} & vc.complements
            or word_class(vc.lemma, "judge")
            or word_class(vc.lemma, "characterize")
        ):
            return False  # « la mesure relève de « l'affichage » »: « de » is not its object
        return vc.light or bool({"quote", "obj", "de_inf"} & vc.complements)
    rest = between[1:]
    determined = bool(rest) and determiner(rest[0].low) and rest[0].low not in _CONTRACTED
    if determined:
        rest = rest[1:]
    if (
        2 <= len(between) <= 4
        # « a promis de présenter « avant Noël » … »: an infinitive, not an adjective
        and (determined or not rest[0].low.endswith(("er", "ir", "re", "oir")))
        and between[0].low in _OBJECT_PREPS
        and 1 <= len(rest) <= 2
        and all(
            t.word and not t.capitalized and not determiner(t.low) and not word_class(t.low, "prep")
            for t in rest
        )
        and {"obj", "quote"} & vc.complements
        and vc.verb_class in ("assertion", "speech")
        and q.content.text[:1].islower()
    ):
        # « qu'il qualifie de gigantesque « mensonge » », « se décrivant comme un simple
        # « apporteur d'affaires » »: adjectives before the quoted words
        return True
    if (
        in_relative_ce_que(tokens, vc.first) is not None
        and len(between) <= 2
        and all(t.low in _OBJECT_PREPS or determiner(t.low) for t in between)
        and {"quote", "obj"} & vc.complements
        and words >= 2  # « ce qu'il appelait l'« instantanéité » »: a term he named
    ):
        return True  # « ce qu'il appelle un « … » », « ce qu'elle décrit comme une « … » »
    if (
        len(between) == 2
        and (
            between[0].low in _OBJECT_PREPS
            or (_prep_object(vc, between[0], q) and between[0].low != "pour")
        )
        and determiner(between[1].low)
        and ({"quote", "obj"} & vc.complements or vc.light)
        and (vc.verb_class in ("assertion", "speech") or word_class(vc.lemma, "prep_object"))
        and q.content.text[:1].islower()  # « a parlé de la « Maison de la radio » »: a name
    ):
        return True  # « a parlé d'un « effort collectif » », « a mis en garde contre une « … » »
    if (
        len(between) == 3
        and _prep_object(vc, between[0], q)
        and determiner(between[1].low)
        and between[2].word
        and (
            (
                word_class(q.content.text.split(None, 1)[0].lower(), "rel")
                # not « …, selon le gouvernement », « …, a déclaré son président »
                and _ends_sentence(ctx, q)
            )
            # « a mis en garde contre une lecture « moralisatrice » », « a plaidé pour une
            # adhésion « par vagues » »: what the thing argued for or against is, in its words
            or (
                not between[2].capitalized
                and q.role != "title"
                and q.content.text[:1].islower()
                and not determiner(q.content.text.split(None, 1)[0].lower())
                and not word_class(q.content.text.split(None, 1)[0].lower(), "rel")
            )
        )
    ):
        return True  # « a plaidé pour une sanction « qui laisse une porte ouverte » »
    if (
        2 <= len(between) <= 5
        and between[0].low in ("à", "au", "aux")
        and all(t.word for t in between)
        and q.content.text[:1].islower()
        and determiner(q.content.text.split(None, 1)[0].lower())
        and ({"quote", "obj"} & vc.complements or vc.verb_class == "request")
    ):
        return True  # « a réclamé à l'État « des moyens pérennes » »: addressee, then object
    # A noun-phrase object that the quotation completes: « a qualifié le texte de « … » »;
    # not a term naming a thing (« a confirmé la fin du « bouclier tarifaire » »).
    if len(between) >= 2 and between[-1].low in ("du", "des") and q.role == "term":
        return False
    if (
        len(between) == 2
        and determiner(between[0].low)
        and between[0].low not in ("un", "une", "des")
        # a compound noun names (« feux de forêt »); « la politique « irresponsable » » judges
        and (vc.verb_class == "speech" or _compound_noun(q.content.text))
        and not word_class(vc.lemma, "judge")
        and q.content.text[:1].islower()
        and not determiner(q.content.text.split(None, 1)[0].lower())
    ):
        # « maintient la vigilance « feux de forêt » »: the quoted words name the noun before
        # them (a label), they are not what is said of it
        return False
    if (
        word_class(vc.lemma, "judge")
        and 3 <= len(between) <= 10
        and determiner(between[0].low)
        and between[-1].low in ("de", "d'", "comme")
        and all(t.word for t in between)
        and q.content.text[:1].islower()
    ):
        # « qualifie la fermeture de la succursale Desjardins de « coup de poignard » »: a long
        # object, then its verdict
        return True
    first = between[0]
    # « a demandé de « … » », and « réclame un « plan d'urgence » »: the thing asked for
    # « que les organisateurs appellent des « parcelles-théâtres » »: a name given, no request
    request = vc.verb_class == "request" and (
        between[-1].low in _OBJECT_PREPS
        or (
            len(between) == 1
            and between[0].low in ("un", "une", "des")
            and q.content.text[:1].islower()
            and not word_class(vc.lemma, "naming")
        )
    )
    # « a promis le curage du drain de Mabanda « avant la fin du mois » »: a quoted time or
    # manner after a longer object is still what was promised
    adverbial = word_class(q.content.text.split(None, 1)[0].lower(), "prep")
    return (
        determiner(first.low)
        and (len(between) <= 5 or (adverbial and len(between) <= 9))
        and "obj" in vc.complements
        and (vc.verb_class in ("assertion", "speech", "stance") or request)
        and all(t.word for t in between)
    )


def _compound_noun(text: str) -> bool:
    """« feux de forêt », « plan d'urgence »: words joined by « de » or « à »."""
    words = text.lower().replace("'", "' ").split()
    return len(words) >= 3 and any(w in DE_WORDS or w in ("à", "au", "aux") for w in words[1:-1])


def _ends_paragraph(ctx: Context) -> bool:
    return ctx.sentence.end >= ctx.paragraph.end


def _place_then_no_one(tokens: Sequence[Token], colon: int) -> bool:
    """« Sur d'autres, en arabe et en français : », « Sur Twitter, en anglais : »: a place
    or circumstance, then after its comma another one with no one named or titled in it
    (« Dans la salle, une voix : », « Sur sa page, le maire : » have someone)."""
    if colon < 3 or not word_class(tokens[0].low, "prep"):
        return False
    comma = max((k for k in range(1, colon) if tokens[k].text == ","), default=None)
    if comma is None or comma + 1 >= colon:
        return False
    return word_class(tokens[comma + 1].low, "prep") and not any(
        t.capitalized or t.low in lexicon.titles() for t in tokens[comma + 1 : colon]
    )


def _pour_no_one(tokens: Sequence[Token], colon: int) -> bool:
    """« Pour résumer : », « Pour la première fois : », « Pour mémoire : »: « pour » before a
    colon with no one after it (« Pour le maire : », « Pour lui : » have someone)."""
    return tokens[0].low == "pour" and not _speaker_after_pour(tokens, colon)


def _speaker_after_pour(tokens: Sequence[Token], colon: int) -> bool:
    """« Pour le maire : », « Pour lui : », « Pour la CGT : »: someone after « pour »."""
    words = tokens[1:colon]
    if not words:
        return False
    if words[0].low in STRESSED_PRONOUNS or words[0].capitalized:
        return True
    return any(
        t.capitalized
        or lexicon.normalize_key(t.low) in lexicon.titles()
        or lexicon.normalize_key(t.low) in lexicon.organizations()
        for t in words[1:4]
    )


_DEEMED_ENDINGS = (
    "eux", "euse", "euses", "ible", "ibles", "able", "ables", "ique", "iques", "if", "ifs",
    "ive", "ives", "el", "els", "elle", "elles", "al", "ale", "ales", "é", "ée", "és", "ées",
    "ant", "ante", "ants", "antes", "ent", "ente", "ents", "entes", "aire", "aires", "iste",
    "istes", "ide", "ides",
)  # fmt: skip
_DEGREE_BEFORE = frozenset({"trop", "très", "peu", "mal", "bien", "plutôt", "assez", "si", "fort"})
_CLAUSE_GOES_ON = frozenset({"et", "mais", "car", "en", "pour", "à", "au", "aux", "avant", "après"})


def _court_tries(tokens: Sequence[Token], vc: VerbCue) -> bool:
    """« Le tribunal juge le chauffard récidiviste »: a court puts someone on trial (« Le juge
    a jugé la demande irrecevable » is a ruling, and a claim)."""
    if vc.lemma != "juger" or not any(word_class(t.low, "court") for t in tokens[: vc.first]):
        return False
    head = next(
        (t for t in tokens[vc.last + 1 : vc.last + 4] if t.word and t.low not in roles.FORMER),
        None,
    )
    return head is not None and (
        head.capitalized
        or lexicon.normalize_key(head.low) in lexicon.titles()
        or word_class(head.low, "accused")
    )


def _deemed(ctx: Context, vc: VerbCue, mode: str) -> Draft | None:
    """« Les associations jugent la mesure insuffisante », « Elle a jugé ces informations
    fantaisistes », « jugent la prévision « prudente » »: an object and what it is deemed, the
    object and its attribute the claim (only the attribute when quoted). An object clitic
    (« l'a jugé insuffisant ») is left alone: what it stands for is no words said."""
    tokens = ctx.tokens
    first = vc.last
    if first >= len(tokens) or not determiner(tokens[first].low):
        return None
    # the clause's last words: the attribute, after the object
    stop = first
    while (
        stop < len(tokens)
        and stop < first + 12
        and (tokens[stop].word or tokens[stop].text == "'")
        and tokens[stop].low not in _CLAUSE_GOES_ON
    ):
        stop += 1
    q = _quotation_starting(ctx, tokens[stop].start) if stop < len(tokens) else None
    if q is not None:
        after = ctx.norm[q.span.end : q.span.end + 2].strip()
        if (
            not q.content.text[:1].islower()
            or (after and after[0] not in ".,;")
            or stop - first < 2
        ):
            return None
        return _draft(ctx, vc, "partial", (q.content.start, q.content.end), None, mode)
    if stop >= len(tokens) or (tokens[stop].word and tokens[stop].low not in ("et", "mais")):
        return None
    a = stop - 1
    while a - 1 >= first and tokens[a - 1].low in _DEGREE_BEFORE:
        a -= 1
    attribute = tokens[stop - 1]
    nouns = [t for t in tokens[first:a] if t.word and not determiner(t.low)]
    if (
        not attribute.low.endswith(_DEEMED_ENDINGS)
        or attribute.capitalized
        or not nouns
        or any(is_verb(t) or (word_class(t.low, "prep") and t.low not in _DE_WORDS) for t in nouns)
    ):
        return None
    content = (tokens[first].start, attribute.end)
    return _draft(ctx, vc, "indirect", content, None, mode, confidence=0.6)


def _told_or_sourced(tokens: Sequence[Token], vc: VerbCue, que: int) -> bool:
    """« lui a appris que », « a appris aux élus que »: someone was told; « a appris auprès
    du parquet que », « de source policière »: a source is named; « Le Parisien a appris
    que »: a newsroom reports. Else the subject learnt it, and said nothing."""
    if any(
        word_class(t.low, "clitic") and t.low not in ("y", "nous", "vous")
        for t in tokens[vc.first : vc.head]
    ):
        return True
    between = tokens[vc.last : que]
    if any(t.low in ("à", "au", "aux", "auprès", "source", "sources") for t in between) and not any(
        t.low == "dépens"
        for t in between  # « a appris à ses dépens que »: learnt
    ):
        return True
    subject = subject_before(tokens, vc.first)
    if subject is None:
        return False
    words = tokens[subject[0] : subject[1]]
    if any(word_class(t.low, "newsroom") for t in words):
        return True  # « Notre rédaction a appris que… »
    if (
        len(words) >= 2
        and word_class(words[0].low, "det")
        and words[1].capitalized
        and lexicon.normalize_key(words[1].low) not in lexicon.titles()
    ):
        return True  # « L'Obs », « La Provence »: a paper's name takes its article
    found = find_organization(words)
    if found is None:
        return False
    a, b = found
    named = words[a:b]
    key = lexicon.normalize_key(" ".join(t.low for t in named).replace("' ", "'"))
    body = lexicon.organizations().get(key)
    return body is not None and body.kind == "media"


def _work_title(ctx: Context, q: Quotation) -> bool:
    """« Les Fleurs du mal », « La Grande Arnaque »: a capitalised article and a few words with
    no verb and no final stop name a work; words said inside a sentence are written in lower
    case, and a capitalised sentence has its verb."""
    text = q.content.text
    if not text or text[-1] in ".!?\N{HORIZONTAL ELLIPSIS}" or len(text.split()) > 6:
        return False
    inside = [t for t in ctx.tokens if q.content.start <= t.start and t.end <= q.content.end]
    return (
        len(inside) >= 2
        and inside[0].capitalized
        and word_class(inside[0].low, "det")
        and not has_verb(inside)
        and not any(is_verb(t) for t in inside)
    )


def sentence_like(norm: str, q: Quotation) -> bool:
    """A capitalised quotation of four words or more, or ending its sentence: words said."""
    text = q.content.text if q.content.text else norm[q.content.start : q.content.end]
    words = text.split()
    return bool(words) and (text[0].isupper() and (len(words) >= 4 or text[-1] in ".!?"))


def _after_circumstance(ctx: Context, position: int) -> bool:
    """Whether only a fronted place, time or participle phrase (« À Cahors, », « Paru ce
    printemps, ») stands between the sentence's start and ``position``: the clause opens there."""
    before = [t for t in ctx.tokens if t.end <= position]
    if len(before) < 3 or len(before) > 8 or before[-1].text != ",":
        return False
    first = before[0].low
    return (
        (
            word_class(first, "prep")
            # « Paru ce printemps, », « Sorti en mars, »: a participle and its complement
            or (
                first.endswith(_PARTICIPLE_ENDINGS)
                and lexicon.normalize_key(first) not in lexicon.first_names()
            )
        )
        and first not in ("selon", "pour", "de", "d'")
        and all(t.word for t in before[:-1])
    )


_SPEAKING_PRONOUNS = frozenset({"je", "j'", "on", "nous", "vous", "tu", "il", "elle", "ils"})


def _speaking_pronoun_first(text: str) -> bool:
    """« Je ne regrette rien », « J'ai tout donné »: words that open on a subject pronoun are
    said, not a title."""
    first = text.split(None, 1)[0].lower().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")
    return first in _SPEAKING_PRONOUNS or first.split("'", 1)[0] + "'" in _SPEAKING_PRONOUNS


def _token_before(ctx: Context, position: int) -> Token | None:
    """The sentence's last token that ends at or before ``position``, if any."""
    return next((t for t in reversed(ctx.tokens) if t.end <= position), None)


def _only_adverbs_between(ctx: Context, start: int, end: int) -> bool:
    """Whether only commas and adverbs (« même », « aussi ») stand between two offsets, and
    at least one adverb."""
    inside = [t for t in ctx.tokens if start <= t.start and t.end <= end]
    words = [t for t in inside if t.word]
    k = 0
    while k < len(inside):
        size = adverb_length_forward(inside, k)
        if size:
            k += size
        elif inside[k].text == ",":
            k += 1
        else:
            return False
    return bool(words)


def _named_work(norm: str, q: Quotation) -> bool:
    """« baptisé « Horizon 2030 » », « Son roman, « Les Oubliés », »: a title trigger right
    before the mark, or before a comma that opens an apposition."""
    if quotes.trigger_role(norm, q.span.start) == "title":
        return True
    before = norm[: q.span.start].rstrip()
    return before.endswith(",") and quotes.trigger_role(norm, len(before) - 1) == "title"


_APPOSED_WORK = regex.compile(r"\s*,\s*(?:(?:une|un|la|le|son|sa|leur)\s+|l')(\w+)(?:\s+(\w+))?")


def _apposed_work(norm: str, q: Quotation) -> bool:
    """« « La Nuit des autres », une pièce écrite par… »: an apposition after the quotation
    says what kind of work it names."""
    if not q.content.text[:1].isupper():
        return False  # « dénonce « un budget d'austérité », un film déjà vu »: a metaphor
    found = _APPOSED_WORK.match(norm, q.span.end)
    # the noun, or the noun after an ordinal or an adjective (« son troisième livre »)
    return found is not None and any(
        quotes.quote_contexts().get(low := (word or "").lower()) == "title"
        or word_class(low, "work")
        for word in found.groups()
    )


def _link_incise(ctx: Context, vc: VerbCue) -> Draft | None:
    """« …, a déclaré X. » / « « … », a-t-il dit. » / « « A, dit-il, B » »."""
    tokens = ctx.tokens
    norm = ctx.norm
    if vc.first == 0:
        before = ctx.sentence.start
        prev_text = ""
    else:
        before = tokens[vc.first - 1].end
        prev_text = tokens[vc.first - 1].text
    inverted = vc.clitic is not None
    if vc.participle:
        return None
    if not inverted and _aspect_use(tokens, vc):
        return None  # « le « surtourisme » commence à peser »: an aspect verb, not an incise
    after = skip_aside(tokens, vc.last)
    size = adverb_length_forward(tokens, after)
    while size:
        after += size
        size = adverb_length_forward(tokens, after)
    after = skip_leading_complements(tokens, after)
    if not inverted and not (
        (
            _starts_noun_phrase(tokens, after)
            or (after < len(tokens) and tokens[after].text in OPENING_MARKS)
        )
        and _subject_closes(
            ctx,
            after,
            # « « … », a ajouté le maire : « … » »: after a quotation, a colon may follow
            colon=vc.first > 1 and prev_text == "," and tokens[vc.first - 2].text in _TRUE_CLOSERS,
        )
    ):
        return None
    mode = "clitic" if inverted else "after"
    inside = _innermost_containing(ctx, tokens[vc.first].start, tokens[vc.last - 1].end)
    # « « Qui va reprendre nos fermes ? s'interroge X. Mes fils sont partis. » »: inside a
    # quotation an incise follows a comma, or a question or exclamation mark
    if inside is not None and prev_text in (",", "?", "!") and inside.role != "title":
        content = (inside.content.start, inside.content.end)
        return _draft(ctx, vc, "direct", content, None, mode)
    if vc.first != 0 and prev_text != "," and prev_text not in _CLOSERS | _DASHES:
        return None  # an incise follows a comma, a closing mark or a dash
    q = _quotation_ending(ctx, before if prev_text != "," else tokens[vc.first - 1].start)
    if q is None and vc.first == 0:
        q = _quotation_ending(ctx, ctx.sentence.start)
    if q is not None and q.role == "title" and not inverted and _named_work(norm, q):
        # « Le rapport, baptisé « Horizon 2030 », préconise une hausse »: a name, unless a
        # clause of one piece leads into it (« Il faut voir dans cette exposition « un
        # hommage », estime X »): X says the clause, the lower-case words in X's own terms
        lead = _clause_before(ctx, q) if prev_text == "," else None
        if (
            lead is None
            or any(t.text == "," for t in tokens if lead <= t.start < q.span.start)
            or not has_verb([t for t in tokens if lead <= t.start < q.span.start])
        ):
            return None
        lowered = q.content.text[:1].islower()
        return _draft(
            ctx,
            vc,
            "mixed" if lowered else "indirect",
            (lead, q.span.end),
            (q.content.start, q.content.end) if lowered else None,
            mode,
        )
    if (
        q is not None
        and not inverted
        and prev_text != ","
        and q.content.text[:1].isupper()
        and (preceding := _token_before(ctx, q.span.start)) is not None
        and preceding.word
    ):
        return None  # « Le roulier « Bro Gwened » assurera la liaison »: a name in the subject
    if q is not None:
        start, end = q.content.start, q.content.end
        follow = _following_quotation(ctx, vc, after)
        # Before an incise even a short quotation is a whole utterance (« C'est fini », a-t-il
        # dit); only a fragment that starts in lower case is partial.
        text = q.content.text
        kind = "direct" if text[:1].isupper() or text[-1:] in ".!?" else "partial"
        lead = _clause_before(ctx, q) if follow is None and prev_text == "," else None
        described = None
        if lead is None and follow is None and kind == "partial":
            described = _described_subject(ctx, q)
        if described == "person":
            return None  # « Le chanteur, « ému », a remercié le public »: his state, no words
        if lead is not None:
            # « Il s'agit d'un « tournant », estime X »: X says the whole clause.
            fragment = (q.content.start, q.content.end)
            return _draft(ctx, vc, "mixed", (lead, q.span.end), fragment, mode)
        if follow is not None:
            end = follow.content.end
            kind = "direct" if norm[start].isupper() else "partial"
        draft = _draft(ctx, vc, kind, (start, end), None, mode)
        if draft is not None and q.role == "title" and not inverted:
            # « « Les Oubliés », raconte la vie d'un village »: a short capitalised quotation
            # may be a name; only someone after the verb makes it words said
            draft = attrs.evolve(draft, needs_source=True)
        if draft is not None and described == "thing":
            # « Sa réponse, « cinglante », a fait le tour des réseaux » is no incise unless
            # someone follows the verb (« Le projet, « inutile », dénonce le collectif »)
            draft = attrs.evolve(draft, needs_source=True)
        if (
            draft is not None
            and prev_text in _CLOSERS
            and (q.span.start == ctx.sentence.start or _after_circumstance(ctx, q.span.start))
            and text[:1].isupper()
            # « « Je ne regrette rien » confie l'ancien mineur »: a subject pronoun speaks
            and not _speaking_pronoun_first(text)
            and text[-1:] not in ".!?…"
        ):
            # « « Les Ombres du fleuve » raconte l'hiver 1951 »: with no comma the quotation
            # may be the verb's subject, a title; only someone after the verb makes it words
            return attrs.evolve(draft, needs_source=True)
        if draft is not None and prev_text != "," and not inverted and q.role != "speech":
            # « Le journal « Le Monde » a révélé l'affaire »: with no comma a title is the
            # verb's subject, and what follows only names a speaker when it is one.
            return attrs.evolve(draft, needs_source=True)
        return draft
    stray = _stray_closer(ctx, vc.first)
    if stray is not None:
        # « Nous irons jusqu'au bout », a déclaré X. » with its opening mark lost: the quotation
        # is taken from its sentence's start (earlier sentences may be narration).
        content = _trim(norm, ctx.sentence.start, tokens[stray].start)
        if len(norm[content[0] : content[1]].split()) >= 3:
            return _draft(ctx, vc, "direct", content, None, mode, confidence=0.6)
    if vc.first == 0 or prev_text != ",":
        return None
    start = ctx.sentence.start
    colon = next(
        (
            k
            for k in range(vc.first - 2, 0, -1)
            if tokens[k].text == ":"
            and _innermost_containing(ctx, tokens[k].start, tokens[k].end) is None
        ),
        None,
    )
    if (
        colon is not None
        and colon + 2 < vc.first
        and (
            has_verb(tokens[colon + 1 : vc.first - 1])
            or _clause_resumes(tokens, vc, skip_aside(tokens, vc.last))
        )
    ):
        # « La chercheuse met en garde contre… : les parents, dit-elle, « … » »: what the
        # incise reports starts after the colon; not after a summary's colon (« Deux options
        # restent : la fusion ou la fermeture, a résumé X »)
        start = tokens[colon].end
    while start < len(norm) and norm[start] in " \N{EM DASH}\N{EN DASH}-":
        start += 1
    content = _trim(norm, start, tokens[vc.first - 1].start)
    opening = _quotation_starting(ctx, content[0])
    if opening is not None and _only_adverbs_between(ctx, opening.span.end, content[1]):
        # « « Indispensable », même, a-t-il insisté »: the quotation, and an adverb of the
        # writer's before the incise
        text = opening.content.text
        kind = "direct" if text[:1].isupper() and sentence_like(norm, opening) else "partial"
        return _draft(ctx, vc, kind, (opening.content.start, opening.content.end), None, mode)
    resumed = _clause_resumes(tokens, vc, after)
    if resumed:
        # « Faute de postes, explique-t-il, les groupes se font à effectif constant »: the
        # incise interrupts the sentence, which is said whole.
        content = _trim(norm, start, ctx.sentence.end)
    words = norm[content[0] : content[1]].split()
    if (
        len(words) < 2
        # « On verra, glisse le maire », « Je reste, assure l'entraîneur »: a pronoun and its
        # verb make a clause
        or (len(words) == 2 and words[0].lower() not in _SHORT_CLAUSE_SUBJECTS)
        or (
            not inverted
            and not resumed
            and len(words) < 10
            and not has_verb(tokens[: vc.first - 1])
            and not _plain_clause(tokens, vc, after)
        )
        or (not inverted and _subject_with_relative(tokens, vc.first - 1))
        or (not inverted and _name_with_title(tokens, vc.first - 1))
        # « La phrase, lâchée par la présidente, résume… »: words about words, no clause
        or (
            not inverted
            and len(tokens) > 1
            and determiner(tokens[0].low)
            and words_noun(tokens[1].low)
            and not has_verb(tokens[: vc.first - 1])
        )
    ):
        return None  # « MG, le personnage principal, écrit … »: a subject, not a clause
    kind, quoted = _content_kind(ctx, *content)
    draft = _draft(ctx, vc, kind, content, quoted, mode)
    if draft is None or inverted:
        return draft
    # « Interrogée, la porte-parole, Claire Dumesnil, a défendu la méthode »: what follows the
    # verb must name a speaker for the words before it to be a clause that was said.
    return attrs.evolve(draft, needs_source=True)


def _plain_clause(tokens: Sequence[Token], vc: VerbCue, after: int) -> bool:
    """« Le marché baisse, note l'analyste », « L'école ferme ses portes, regrette une mère »:
    three words or more in one stretch, opening like a subject, before an incise whose
    subject names someone; the clause's verb is one the lexicons do not know. A stretch
    broken by commas (« MG, le personnage principal, écrit… ») is a subject and its
    apposition."""
    head = tokens[: vc.first - 1]
    if len(head) < 3 or not all(t.word or t.text in "'-" for t in head):
        return False
    if not (determiner(head[0].low) or head[0].capitalized):
        return False
    found = subject_after(tokens, after)
    if found is None:
        return False
    return any(
        t.capitalized
        or lexicon.normalize_key(t.low) in lexicon.titles()
        or lexicon.normalize_key(t.low) in lexicon.organizations()
        for t in tokens[found[0] : found[1]]
    )


def words_noun(low: str) -> bool:
    """« mots », « phrase », « constat », « message »: a noun for words said."""
    return word_class(low, "utterance") or low in verbs.reporting_nouns()


def _clause_before(ctx: Context, q: Quotation) -> int | None:
    """Where the sentence starts when a clause of the writer's leads into the quotation
    before an incise (« Ce n'est « pas une surprise », a réagi X »), else None."""
    tokens = ctx.tokens
    k = next((i for i, t in enumerate(tokens) if t.start >= q.span.start), 0)
    lead = tokens[:k]
    # « La pièce « En attendant Godot » est « … » »: a title inside the clause is a name.
    titles = [
        (t.span.start, t.span.end)
        for t in ctx.quotations
        if t.role == "title" and lead and lead[0].start <= t.span.start < q.span.start
    ]
    if not lead or any(
        t.text in ":;"
        or (
            (t.text in _CLOSERS or t.text in OPENING_MARKS)
            and not any(a <= t.start < b for a, b in titles)
        )
        or t.text in _DASHES
        for t in lead
    ):
        return None  # the quotation opens the sentence, or follows a colon or another one
    last_word = next((t for t in reversed(lead) if t.text != ","), lead[-1])
    if word_class(last_word.low, "conj"):
        return None  # « …, mais « tout indique qu'elle ira », glisse X »: a clause of its own
    if _cites_a_source(lead):
        return None  # « Selon lui, la réforme est « injuste », a-t-il ajouté »: cited already
    # After an opening circumstance (« Face à la presse, », « Pour l'heure, »), the clause
    # proper: a verb (« la situation reste « … » ») or a subject whose predicate the quotation
    # is (« la fédération « consulte » »).
    comma = max((i for i, t in enumerate(lead) if t.text == ","), default=-1)
    core = lead[comma + 1 :]
    if not core and q.content.text[:1].islower():
        # « Les épisodes s'inspirent d'un fait divers, « transposé librement », précise-t-elle »:
        # words in apposition to the clause before the comma, which is said with them; not a
        # clause of their own (« Après le vote, « nous avons gagné », a lancé X »).
        inner = [t for t in tokens if q.content.start <= t.start < q.content.end]
        if has_verb(inner):
            return None
        comma = max((i for i, t in enumerate(lead[:-1]) if t.text == ","), default=-1)
        core = lead[comma + 1 : -1]
        # A clause of the writer's before the comma: a verb, not a mere subject (« Le
        # chanteur, « ému aux larmes », a remercié… ») nor a time clause (« Quand le verdict
        # est tombé, « un soulagement », confie X »)
        if not core or not (has_verb(core) or len(core) >= 4) or lead[0].low in _TIME_CONJUNCTIONS:
            return None
    subject = len(core) >= 2 and word_class(core[0].low, "det") and all(t.word for t in core)
    if has_verb(core) or word_class(core[-1].low if core else "", "copula") or subject:
        return lead[0].start
    return None


_TIME_CONJUNCTIONS = frozenset({"quand", "lorsque", "lorsqu'", "si", "comme", "puisque", "dès"})


def _aspect_use(tokens: Sequence[Token], vc: VerbCue) -> bool:
    """« commence à peser », « continue de grimper »: a reporting verb that is also a
    catenative, followed by its own preposition and a lower-case infinitive."""
    if vc.last + 1 >= len(tokens):
        return False
    prep = tokens[vc.last].low
    after = tokens[vc.last + 1]
    infos = verbs.catenative_index().get(tokens[vc.head].low, ())
    return (
        any(c.preposition == prep.replace("d'", "de") for c in infos)
        and after.text[:1].islower()
        and after.low.endswith(("er", "ir", "re"))
    )


def _noun_phrase_quoted(q: Quotation) -> bool:
    """« « une mission de service public » »: quoted words opening with an article."""
    first = q.content.text.split(None, 1)[0].lower() if q.content.text.strip() else ""
    return first in ("un", "une", "des", "le", "la", "les", "du") and q.content.text[:1].islower()


def _described_subject(ctx: Context, q: Quotation) -> str | None:
    """« Le chanteur, « ému », a remercié… »: a short verbless fragment with no determiner,
    between commas right after a person named or titled at the sentence's opening, describes
    that person; the verb after it is theirs, not an incise. (« Le projet, « inutile »,
    dénonce le collectif » is a judgement of a thing; « Le projet, « une aberration », a
    tranché le maire » starts with a determiner.)"""
    tokens = ctx.tokens
    k = next((i for i, t in enumerate(tokens) if t.start >= q.span.start), 0)
    if k < 3 or tokens[k - 1].text != ",":
        return None
    core = tokens[: k - 1]
    inner = [t for t in tokens if q.content.start <= t.start < q.content.end]
    if not (
        0 < len(inner) <= 4
        and not determiner(inner[0].low)
        and not has_verb(inner)
        and len(core) <= 6
        and (word_class(core[0].low, "det") or core[0].capitalized)
        and all(t.word for t in core)
        and not has_verb(core)
    ):
        return None
    person = people_noun(core) or any(
        lexicon.normalize_key(t.low) in lexicon.titles()
        or lexicon.normalize_key(t.text) in lexicon.first_names()
        for t in core
    )
    return "person" if person else "thing"


def _cites_a_source(lead: Sequence[Token]) -> bool:
    """Whether « selon X » or « d'après X » with X a source stands in ``lead`` (« pour X »
    before an incise is a topic: the incise's subject speaks)."""
    for i, t in enumerate(lead):
        if t.low == "selon" or (t.low == "après" and i and lead[i - 1].low == "d'"):
            end = next((k for k in range(i + 1, len(lead)) if lead[k].text == ","), len(lead))
            if end > i + 1 and source_like(lead, t.low, i + 1, end):
                return True
    return False


def _stray_closer(ctx: Context, first: int) -> int | None:
    """Index of a closing mark right before the incise at token ``first`` (a comma may sit
    between) when no quotation mark opens before it in the paragraph."""
    j = first - 1
    if j > 0 and ctx.tokens[j].text == ",":
        j -= 1
    if j <= 0 or ctx.tokens[j].text not in _TRUE_CLOSERS:
        return None
    before = ctx.norm[ctx.paragraph.start : ctx.tokens[j].start]
    if any(mark in before for mark in OPENING_MARKS):
        return None
    return j


_VERB_ENDINGS = ("ra", "ront", "rait", "raient", "ait", "aient", "èrent", "irent", "ons", "ez")


_SHORT_CLAUSE_SUBJECTS = frozenset({"je", "on", "il", "ils", "elle", "elles", "nous", "vous"})

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


def _name_with_title(tokens: Sequence[Token], end: int) -> bool:
    """« Jean-Marc Verhaeghe, secrétaire général de l'union CGT du Nord, a appelé… », « Le
    sélectionneur de l'équipe de France, Laurent Vigouroux, aurait confié… »: a name and a
    title in apposition before the comma are the verb's own subject, however long."""
    commas = [i for i in range(end) if tokens[i].text == ","]
    if len(commas) != 1:
        return False
    chunks = ((0, commas[0]), (commas[0] + 1, end))

    def is_name(a: int, b: int) -> bool:
        return name_runs(tokens[a:b]) == [(0, b - a)]

    def is_title(a: int, b: int) -> bool:
        if a < b and determiner(tokens[a].low):
            a += 1
        # « L'ancien trésorier », « le plus haut diplomate »: a few words before the title
        return any(
            lexicon.normalize_key(t.low) in lexicon.titles()
            for t in tokens[a : min(b, a + 3)]
            if not t.capitalized or t is tokens[a]
        )

    (a1, b1), (a2, b2) = chunks
    return (is_name(a1, b1) and is_title(a2, b2)) or (is_title(a1, b1) and is_name(a2, b2))


def _subject_with_relative(tokens: Sequence[Token], end: int) -> bool:
    """« Le secrétaire général, qui se trouve à Madrid, a appelé… »: the words before the
    comma are the verb's own subject and a relative clause, not a reported clause. Unless the
    relative closes and a verb follows before the incise (« Quelque 3 000 personnes, dont les
    occupants des campings, ont été évacuées, a indiqué la préfecture »)."""
    for k in range(1, min(end, 9)):
        if tokens[k - 1].text == "," and word_class(tokens[k].low, "rel"):
            closing = next((m for m in range(k + 1, end) if tokens[m].text == ","), None)
            return closing is None or not has_verb(tokens[closing + 1 : end])
    return False


_TRUE_CLOSERS = frozenset(
    {"\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}", '"'}
)


def _clause_resumes(tokens: Sequence[Token], vc: VerbCue, after: int) -> bool:
    """Whether the sentence goes on after the incise's subject with more of the clause it
    interrupts (« …, explique-t-il, les groupes… »), not a relative, an apposition or a
    participle about the speaker."""
    if vc.clitic is not None:
        end = vc.last
    else:
        found = subject_after(tokens, after)
        if found is None:
            return False
        end = found[1]
    end = _past_circumstance(tokens, end)
    if end + 2 >= len(tokens) or tokens[end].text != ",":
        return False
    nxt = tokens[end + 1]
    if word_class(nxt.low, "conj") and has_verb(tokens[: vc.first]):
        return False  # « Le projet est mort, explique le maire, et personne ne… »: a new clause
    rest = tokens[end + 1 :]
    if nxt.text in OPENING_MARKS and len(rest) > 2 and rest[1].word and not rest[1].capitalized:
        # « les parents, dit-elle, « ne sont pas les coupables » »: the clause goes on in
        # the speaker's words (the mark first: a modal counts after a word)
        return has_verb(rest)
    # each word with the one before it: « vont baisser », « prennent » need their subject
    verb = next((t for k, t in enumerate(rest) if has_verb(tokens[end + k : end + k + 2])), None)
    colon = next((t for t in rest if t.text == ":"), None)
    if colon is not None and (verb is None or colon.start < verb.start):
        return False  # « …, prévient la chanteuse, Léa X : « … » »: her name, then her words
    return (
        nxt.word
        and verb is not None
        and not verb.low.endswith("ant")  # « l'opposition ayant retiré son soutien »
        and not word_class(nxt.low, "rel")
        and not (nxt.low in ("ce", "c'") and len(rest) > 1 and word_class(rest[1].low, "rel"))
        and not participle_led(tokens, end + 1)
        and not nxt.low.endswith("ant")
    )


def _past_circumstance(tokens: Sequence[Token], end: int) -> int:
    """« …, expliquait-on jeudi soir au siège du parti, « … » »: the comma after a time or
    place that ends the incise, else ``end`` itself."""
    if end >= len(tokens) or not (
        adverb_length_forward(tokens, end)
        or word_class(tokens[end].low, "subject_end")
        or word_class(tokens[end].low, "circumstance")
    ):
        return end
    for k in range(end + 1, min(len(tokens), end + 10)):
        if tokens[k].text == ",":
            stretch = tokens[end:k]
            return k if not has_verb(stretch) and all(t.word for t in stretch) else end
        if not tokens[k].word and tokens[k].text != "'":
            return end
    return end


def _subject_closes(ctx: Context, start: int, *, colon: bool = False) -> bool:
    """An inverted subject ends the incise: what follows it is the end of the sentence, a comma,
    a closing mark or a circumstance (« dans un communiqué »), never more object."""
    tokens = ctx.tokens
    found = subject_after(tokens, start)
    if found is None:
        return False
    end = found[1]
    if end >= len(tokens):
        return True
    nxt = tokens[end]
    if _quotation_starting(ctx, nxt.start) is not None and quoted_title_at(tokens, start) is None:
        return False  # « a reconnu des « erreurs » »: the quotation is the verb's object
    return (
        nxt.text in ",.;!?()"  # « Manon Richaud (Verts/ALE) »
        # « « … », a ajouté le maire : « … » »: the speaker goes on after a colon
        or (
            nxt.text == ":"
            # a name in apposition makes it a subject (« prévient la chanteuse, Léa X : »)
            and (colon or any(t.text == "," for t in tokens[found[0] : end]))
            and _quotation_starting(ctx, nxt.end) is not None
        )
        or nxt.text in _TRUE_CLOSERS
        or nxt.low in _ADDRESSEE_PREPS
        or nxt.low in lexicon.adverbs()
        or word_class(nxt.low, "subject_end")
        # « …, a déclaré le ministre et a quitté la salle », « …, a affirmé la ministre et
        # les syndicats ont quitté la salle »: what follows is another verb or clause
        or nxt.low in ("et", "mais")
    )


def _following_quotation(ctx: Context, vc: VerbCue, after: int) -> Quotation | None:
    """The second half of a quotation split by the incise: « A », dit-il, « B », also past the
    speaker's apposition or relative clause (« A », a lancé le syndic, Paul Roy, qui préside
    le comité, « B »)."""
    tokens = ctx.tokens
    first = True  # the comma right after the incise's subject
    for j in range(after, min(len(tokens), after + 24)):
        if tokens[j].text == ",":
            follow = _quotation_starting(ctx, tokens[j].end)
            if follow is not None and (first or _ends_sentence(ctx, follow)):
                return follow
            if follow is not None:
                return None  # « la ministre, « choquée », a quitté… »: words about someone
            first = False
        elif (
            tokens[j].text in ".;:!?"
            or tokens[j].text in _CLOSERS
            or _quotation_starting(ctx, tokens[j].start)
            # « …, tandis que pour l'opposition, « … » »: another clause, another voice
            or (
                not first
                and (word_class(tokens[j].low, "conj") or tokens[j].low in _CLAUSE_OPENERS)
            )
        ):
            return None  # the incise has ended, or quotes something of its own
    return None


# Words that open another clause after an incise's subject (« tandis que », « alors que »,
# « avant que », « selon qui », « pour l'opposition »).
_CLAUSE_OPENERS = frozenset(
    {"tandis", "alors", "avant", "quand", "lorsque", "selon", "pour", "puis", "pendant"}
)


def _link_selon(ctx: Context, vcues: Sequence[VerbCue]) -> list[Draft]:
    """« Selon X, … », « …, selon X. », « d'après X », and « Pour X, … » at the head."""
    tokens = ctx.tokens
    norm = ctx.norm
    out: list[Draft] = []
    # « a assuré, selon l'AFP, le directeur »: an aside between an incise and its subject.
    asides = {
        vc.last + 1
        for vc in vcues
        if vc.first > 0
        and (tokens[vc.first - 1].text == "," or tokens[vc.first - 1].text in _CLOSERS)
        and skip_aside(tokens, vc.last) != vc.last
    }
    view_first = _view_phrases_by_first_word()
    counts = [k for k, t in enumerate(tokens) if t.low == "selon" and _count_before(tokens, k)]
    if len(counts) < 2:
        counts = []
    for i, tok in enumerate(tokens):
        if i in asides:
            continue
        trigger = tok.low
        article = 0  # « aux yeux du ministre »: « du » is read with the source, not named
        size = _view_phrase(tokens, i) if tok.low in view_first else 0
        if size and (_at_clause_head(tokens, i) or (i > 0 and tokens[i - 1].text == ",")):
            # « Aux yeux de la défense, … », « Pour reprendre les mots du ministre, … »
            x_start, trigger = i + size, "selon"
            article = int(tokens[x_start - 1].low in ("du", "des"))
        elif tok.low == "selon" or (tok.low == "dixit" and i > 0 and tokens[i - 1].text == ","):
            if tok.low == "selon" and _alternatives_before(tokens, i):
                continue  # « seront maintenues ou reportées selon la hauteur des vagues »
            x_start = i + 1  # « « … », dixit son fondateur »: Latin for « selon »
        elif tok.low == "d'" and i + 1 < len(tokens) and tokens[i + 1].low == "après":
            if i > 0 and word_class(tokens[i - 1].low, "adapted"):
                continue  # « tourné d'après un récit de Joseph Kessel »: a work adapted
            x_start = i + 2
        elif tok.low == "pour" and (
            # « … : pour les rois, il est capital de… » is no citation
            _at_clause_head(tokens, i, colon=False) or (i > 0 and tokens[i - 1].text == ",")
        ):
            x_start = i + 1
        else:
            continue
        inside = _innermost_containing(ctx, tok.start, tok.end)
        if inside is not None and inside.role == "title":
            continue  # the film « Selon Charlie »
        if (
            inside is not None
            and inside.role == "speech"
            # « « …, selon les termes de l'association, … » » gives the quotation its source
            and not any(words_noun(t.low) for t in tokens[i : x_start + 3])
        ):
            continue  # « « Selon nos relevés, l'eau a dépassé 31 degrés », précise X »: X's words
        if (trigger != "pour" or (x_start < len(tokens) and tokens[x_start].low == "qui")) and (
            relative := _selon_relative(ctx, i, x_start)
        ) is not None:
            out.append(relative)
            continue
        x_end = x_start
        while x_end < len(tokens) and tokens[x_end].text not in ",.;:!?)":
            if counts and tokens[x_end].low == "et" and _count_before(tokens, x_end + 2):
                break  # « selon la police et 40 000 selon les syndicats »
            inner = _quotation_starting(ctx, tokens[x_end].start)
            if (inner is None and tokens[x_end].text in _CLOSERS) or (
                inner is not None
                and (
                    inner.role == "speech"
                    or not inner.content.text[:1].isupper()
                    # « selon « Le Parisien » » names a paper; « Selon X, « … » » quotes
                    or (x_end == x_start and quoted_title_at(tokens, x_end) is None)
                )
            ):
                break
            if inner is not None:
                # « d'après une étude publiée dans « The Lancet » »: a title inside the source
                x_end = next(
                    (k for k in range(x_end, len(tokens)) if tokens[k].start >= inner.span.end),
                    len(tokens),
                )
            elif tokens[x_end].text == "(":
                x_end = _after_parenthesis(tokens, x_end)
            else:
                x_end += 1
        # « varie selon la saison », « calculée selon les résultats »: after such a verb,
        # selon says how, unless a name or an anonymous source follows.
        gradual = verbs.forms_of_class("gradual")
        # « a été organisé, selon les procureurs, depuis… »: set off by commas, a source
        manner = tokens[i - 1].text != "," and any(
            t.low in gradual for t in tokens[max(0, i - 3) : i]
        )
        if x_end == x_start or not (
            source_like(tokens, trigger, x_start - article, x_end, strict=manner)
            or _named_in_apposition(tokens, i, x_start, x_end)
        ):
            own = _own_words_quoted(ctx, i, x_start, x_end)
            if own is not None:
                out.append(own)
            continue
        later = [vc for vc in vcues if vc.first > x_end + 1]
        if (
            # « Selon lui, …, affirme le maire », « Selon ses services, …, précise la préfecture »
            (
                (x_end - x_start == 1 and tokens[x_start].low in STRESSED_PRONOUNS)
                or tokens[x_start].low in _POSSESSIVE_DETERMINERS
            )
            and any(_is_incise(ctx, vc) for vc in later)
        ) or (trigger == "pour" and any(_is_incise(ctx, vc) for vc in later)):
            # « Selon lui, la réforme est indispensable, affirme le maire », « Pour les
            # vacanciers, la saison s'annonce pluvieuse, prévient Météo-France »: the incise's
            # subject speaks
            continue
        x_source_end = x_end
        aside: int | None = None
        if x_end < len(tokens) and tokens[x_end].text == "," and _at_clause_head(tokens, i):
            # « Pour la ministre, Sari Wulandari, … »: the source's name in apposition.
            appos = _name_apposition(tokens, x_end)
            if appos is None:
                aside = _participial_aside(tokens, x_end)
            if appos is not None and _place_range(tokens, x_end, appos):
                aside, appos = appos, None  # « Pour X, de Paris à Marseille, … »
            if appos is not None:
                x_end = appos
            elif aside is not None:
                x_end = aside  # the source stays « une source gouvernementale »
        if (
            x_end < len(tokens)
            and tokens[x_end].text == ","
            and any(t.text == "(" for t in tokens[:i])
        ):
            close = next(
                (k for k in range(x_end + 1, min(len(tokens), x_end + 8)) if not tokens[k].word),
                None,
            )
            if close is not None and close > x_end + 1 and tokens[close].text == ")":
                x_end = close  # « (« … », dixit son fondateur, Benoît Laloux) »: its apposition
        cue = (tok.start, tokens[x_start - 1].end)
        head = _at_clause_head(tokens, i)
        words: Quotation | None = None
        parenthesised: Quotation | None = None
        if i in counts:
            # « Ils étaient 12 000 selon la police, 40 000 selon les syndicats »: each source
            # gives its own count.
            k = i
            while k > 0 and tokens[k - 1].text not in ",;" and tokens[k - 1].low != "et":
                k -= 1
            start, end = tokens[k].start if k else ctx.sentence.start, tok.start
        elif (words := _quoted_after_words_phrase(ctx, i, x_start, x_end)) is not None:
            # « …, selon l'expression du politologue X, « une crise de fatigue » »: the
            # quotation alone is X's
            start, end = words.content.start, words.content.end
            appos = _name_apposition(tokens, x_end)
            if appos is not None and tokens[appos].end <= words.span.start:
                x_end = appos  # the name in apposition is X
        elif (parenthesised := _quoted_in_parenthesis(ctx, i, x_end)) is not None or (
            parenthesised := _fragment_right_before(ctx, i)
        ) is not None:
            # « (« une décision prise en catimini », selon le PTB) », « un projet
            # « déconnecté des besoins » selon l'opposition »
            start, end = parenthesised.content.start, parenthesised.content.end
            if _apposition_to_end(tokens, x_end) and _names_the_same(tokens, x_start, x_end):
                x_end = len(tokens) - 1 if tokens[-1].text in ".;!?" else len(tokens)
        elif head and x_end < len(tokens) and tokens[x_end].text == ",":
            comma = x_end
            about = _relative_about_source(tokens, x_start, x_end)
            if about or (aside is not None and x_end > x_source_end):
                # « Pour la chambre des comptes, qui avait examiné la gestion, la situation
                # restait « saine » »: a relative about the source, and an aside's own
                # continuation (« …, à Quimper, puis à Brest, »), are no part of the claim
                comma = next(
                    (
                        k
                        for k in range(x_end + 2 if about else x_end, len(tokens) - 1)
                        if tokens[k].text == ","
                        and not word_class(tokens[k + 1].low, "prep")
                        and not word_class(tokens[k + 1].low, "conj")
                        and tokens[k + 1].low not in ("puis", "notamment")
                    ),
                    x_end,
                )
            # The clause ends at a semicolon: « selon la police, 12 000 ; selon les… ».
            stop = next(
                (
                    t.start
                    for t in tokens[comma + 1 :]
                    if t.text == ";" or (t.text == ":" and _speech_starting(ctx, t.end))
                ),
                ctx.sentence.end,
            )
            start, end = tokens[comma].end, _extend_over_quotations(ctx, tokens[comma].end, stop)
        elif tok.low == "pour" and not (
            tokens[i - 1].text == "," and (x_end >= len(tokens) or tokens[x_end].text in ".;!?")
        ):
            continue  # « pour X » inside a sentence is a purpose or a beneficiary
        elif (
            i > 0
            and tokens[i - 1].text == ","
            and (
                x_end >= len(tokens)
                or tokens[x_end].text in ".;!?"
                or _apposition_to_end(tokens, x_end)
                # « …, selon l'entreprise, qui évoque… »: the relative is about the source
                or (
                    tokens[x_end].text == ","
                    and x_end + 1 < len(tokens)
                    and tokens[x_end + 1].low in ("qui", "dont")
                )
            )
        ):
            # « Inflation : la BCE « prête à agir », selon sa présidente »: a headline's topic
            # before its colon is not part of the claim.
            topic = next((k for k in range(min(4, i - 1)) if tokens[k].text == ":"), None)
            start = ctx.sentence.start if topic is None else tokens[topic].end
            end = tokens[i - 1].start
            if _apposition_to_end(tokens, x_end):
                # « …, selon la maire, Ana Morel. »: the apposition names the source too.
                x_end = len(tokens) - 1 if tokens[-1].text in ".;!?" else len(tokens)
        elif i > 0 and (x_end >= len(tokens) or tokens[x_end].text in ".;!?"):
            # « Le chômage a reculé selon l'Insee. »: the source closes the sentence
            start, end = ctx.sentence.start, tok.start
        else:
            start, end = ctx.sentence.start, ctx.sentence.end
        content = _trim(norm, start, end)
        if content[1] - content[0] < 2:
            continue
        kind = "according_to"
        q = _filling_quotation(ctx, content)
        quoted: tuple[int, int] | None = None
        # « « Le projet avance », dixit le maire »: short capitalised words said, unless a
        # title word names them
        if q is not None and (q.role != "title" or not _named_work(norm, q)):
            kind, content = "direct", (q.content.start, q.content.end)
        if words is not None or parenthesised is not None:
            # the quotation alone: a fragment is partial, a clause quoted whole direct
            fragment = norm[content[0]].islower() and not has_verb(
                [t for t in tokens if content[0] <= t.start < content[1]]
            )
            kind = "partial" if fragment else "direct"
        # An apposition names the source too; a participial aside does not.
        hint_end = x_source_end if aside is not None else max(x_end, x_source_end)
        # « un transitaire de Bamako joint par téléphone »: how the source was reached is
        # not part of it
        hint_end = next(
            (
                k
                for k in range(x_start + 1, hint_end - 1)
                if tokens[k + 1].low == "par" and word_class(tokens[k].low, "reached")
            ),
            hint_end,
        )
        draft = Draft(
            kind=kind,
            content=content,
            quoted=quoted,
            cue=cue if trigger != "pour" else (tok.start, tok.end),
            cue_lemma=_selon_lemma(tokens, i, x_start),
            cue_type="selon",
            sentence=ctx.sentence,
            cue_first=i,
            cue_last=x_end,
            speaker_mode="selon",
            speaker_hint=(tokens[x_start].start, tokens[hint_end - 1].end),
            confidence=0.8,
        )
        out.append(draft)
        # « Pour X, la saison s'allonge : « … » »: the quotation the colon opens is X's too.
        out.extend(_quotation_after_colon(ctx, draft, vcues))
    return out


def _alternatives_before(tokens: Sequence[Token], i: int) -> bool:
    """« maintenues ou reportées selon… », « partielle ou totale selon… »: two outcomes joined
    by « ou » right before « selon », which then says what decides between them; not two
    numbers (« deux ou trois ans selon la mairie », « 25 ou 26 ans selon les enquêteurs »)."""
    for k in range(i - 1, max(-1, i - 6), -1):
        if not tokens[k].word:
            return False
        if tokens[k].low == "ou":
            return (
                0 < k < i - 1
                and not _number_word(tokens[k - 1])
                and not _number_word(tokens[k + 1])
            )
    return False


def _number_word(token: Token) -> bool:
    return token.text[:1].isdigit() or word_class(token.low, "number_word")


def _is_incise(ctx: Context, vc: VerbCue) -> bool:
    """« …, prévient Météo-France », « …, estime-t-il »: a verb after a comma with someone as
    its subject after it (« …, a promis l'impossible et a déçu » is a coordination)."""
    tokens = ctx.tokens
    if tokens[vc.first - 1].text != ",":
        return False
    if vc.clitic is not None:
        return True
    subject = subject_after(tokens, vc.last)
    if subject is None:
        return False
    mention = analyse(ctx.norm, tokens[subject[0]].start, tokens[subject[1] - 1].end, tokens)
    return mention.type in ("person", "organization", "group", "pronoun")


def _names_the_same(tokens: Sequence[Token], start: int, comma: int) -> bool:
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


def _cited_source(ctx: Context, drafts: Sequence[Draft]) -> Draft | None:
    """« Citant un rapport interne des HUG, la Tribune de Genève affirme que … », « …,
    rapporte Reuters, citant deux responsables »: what the reporter says comes from the
    source it cites as well."""
    tokens = ctx.tokens
    i = next((k for k, t in enumerate(tokens) if t.low == "citant"), None)
    if i is None or not (i == 0 or tokens[i - 1].text == ","):
        return None
    end = i + 1
    while end < len(tokens) and tokens[end].text not in ",.;:!?":
        end += 1
    if end == i + 1 or not source_like(tokens, "selon", i + 1, end):
        return None
    main = next((d for d in drafts if d.kind in ("indirect", "mixed", "direct")), None)
    if main is None or main.content[0] <= tokens[i].start < main.content[1]:
        return None
    return _source_draft(ctx, main.content, "citer", i, i + 1, end, 0.6)


def _source_draft(
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


def _link_de_source(ctx: Context) -> Draft | None:
    """« De source policière, un adolescent a été interpellé », « …, de source judiciaire. »:
    an unnamed source, opening the sentence or closing it after a comma."""
    tokens = ctx.tokens
    n = len(tokens)
    for i in range(n - 2):
        if tokens[i].low != "de" or tokens[i + 1].low != "source":
            continue
        if i > 0 and tokens[i - 1].text != ",":
            continue  # « a-t-on appris de source sûre »: the verb's complement
        end = i + 2
        if end >= n or not tokens[end].word or word_class(tokens[end].low, "prep"):
            continue  # « de source en cascade »: a spring, no source of news
        while end < n and tokens[end].word:
            end += 1  # « de source proche du dossier »
        if i == 0 and end < n and tokens[end].text == ",":
            content = _trim(ctx.norm, tokens[end].end, ctx.sentence.end)
        elif i > 0 and (end >= n or tokens[end].text in ".;!?"):
            content = _trim(ctx.norm, ctx.sentence.start, tokens[i - 1].start)
        else:
            return None
        while content[1] > content[0] and ctx.norm[content[1] - 1] in ".!?":
            content = (content[0], content[1] - 1)
        if content[1] - content[0] < 2:
            return None
        # the source is « source policière »: the noun stays in it
        draft = _source_draft(ctx, content, "de source", i, i + 2, end, 0.7)
        return attrs.evolve(draft, speaker_hint=(tokens[i + 1].start, tokens[end - 1].end))
    return None


# Adjectives that may stand before a title (« son nouveau directeur », « l'ancienne ministre »).
_TITLE_ADJECTIVES = frozenset(
    {"nouveau", "nouvel", "nouvelle", "ancien", "ancienne", "actuel", "actuelle", "futur", "future"}
)


def _link_believe_them(ctx: Context) -> Draft | None:
    """« À l'en croire, l'ouvrage sera ouvert avant la fin de l'année », « À les entendre,
    … »: the clause after the comma is the view of the person the sentence before named."""
    tokens = ctx.tokens
    if len(tokens) < 5 or tokens[0].low not in ("à", "a"):
        return None
    if tokens[1].low in _POSSESSIVE_DETERMINERS and tokens[2].low == "yeux":
        comma = 3  # « À ses yeux, le manque de logements fait fuir les étudiants »
    elif tokens[1].low not in ("l'", "les"):
        return None
    elif tokens[2].low == "en" and tokens[3].low == "croire":
        comma = 4
    elif tokens[2].low in ("entendre", "écouter", "lire"):
        comma = 3
    else:
        return None
    if tokens[comma].text != "," or comma + 1 >= len(tokens):
        return None
    content = _trim(ctx.norm, tokens[comma].end, ctx.sentence.end)
    while content[1] > content[0] and ctx.norm[content[1] - 1] in ".!?":
        content = (content[0], content[1] - 1)
    if content[1] - content[0] < 2:
        return None
    return Draft(
        kind="according_to",
        content=content,
        quoted=None,
        cue=(tokens[0].start, tokens[comma - 1].end),
        cue_lemma="aux yeux de" if tokens[2].low == "yeux" else "à en croire",
        cue_type="selon",
        sentence=ctx.sentence,
        cue_first=0,
        cue_last=comma,
        speaker_mode="participle",
        confidence=0.7,
    )


def _quoted_after_words_phrase(ctx: Context, i: int, x_start: int, x_end: int) -> Quotation | None:
    """The quotation that closes the sentence right after « selon l'expression de X, » or
    « selon les mots de X, »: a phrase that names someone's words."""
    tokens = ctx.tokens
    if not any(words_noun(t.low) for t in tokens[i + 1 : x_start]):
        return None
    if x_end + 1 >= len(tokens) or tokens[x_end].text != ",":
        return None
    q = _quotation_starting(ctx, tokens[x_end + 1].start)
    appos = _name_apposition(tokens, x_end) if q is None else None
    if appos is not None and appos + 1 < len(tokens):
        # « selon l'expression de son directeur, Koffi Amégnran, « … » »: past the name
        q = _quotation_starting(ctx, tokens[appos + 1].start)
    if q is None or q.role == "title" or not _ends_sentence(ctx, q):
        return None
    return q


def _own_words_quoted(ctx: Context, i: int, x_start: int, x_end: int) -> Draft | None:
    """« Elle était alors, selon ses propres mots, « vidée » »: a possessive words phrase
    quotes the subject of the clause it interrupts."""
    tokens = ctx.tokens
    k = x_start
    if x_end - k < 2 or i == 0 or tokens[i - 1].text != ",":
        return None
    if any(word_class(t.low, "rel") for t in tokens[:i]):
        return None  # « …, qui sont repartis, selon leurs mots, « … » »: whose, unclear
    if tokens[k].low not in _POSSESSIVE_DETERMINERS:
        return None
    k += 1
    if k < x_end and tokens[k].low in ("propres", "propre"):
        k += 1
    if k + 1 != x_end or not words_noun(tokens[k].low):
        return None
    q = _quotation_starting(ctx, tokens[x_end + 1].start) if x_end + 1 < len(tokens) else None
    if (
        q is None
        or tokens[x_end].text != ","
        or q.role == "title"
        or not (_ends_sentence(ctx, q) or ctx.norm[q.span.end : q.span.end + 2].strip() == ",")
    ):
        return None  # « selon ses propres mots, « un long tunnel », avant de revenir »
    fragment = q.content.text[:1].islower() and not has_verb(
        [t for t in tokens if q.content.start <= t.start < q.content.end]
    )
    return Draft(
        kind="partial" if fragment else "direct",
        content=(q.content.start, q.content.end),
        quoted=None,
        cue=(tokens[i].start, tokens[x_end - 1].end),
        cue_lemma="selon",
        cue_type="selon",
        sentence=ctx.sentence,
        cue_first=i,
        cue_last=x_end,
        speaker_mode="participle",
        confidence=0.7,
        needs_source=True,
    )


_POSSESSIVE_DETERMINERS = frozenset({"son", "sa", "ses", "leur", "leurs"})
# « leurs services rendus »: a participle after the noun makes it a thing done, no source
_PARTICIPLE_ENDS = ("é", "és", "ée", "ées", "u", "us", "ue", "ues")
# « Paru », « Sorti », « Publié »: the same, and the participles in -i
_PARTICIPLE_ENDINGS = (*_PARTICIPLE_ENDS, "i", "ie", "is", "ies")


def _fragment_right_before(ctx: Context, i: int) -> Quotation | None:
    """« un projet « déconnecté des besoins réels » selon X »: lower-case quoted words inside
    the sentence, right before « selon » with no comma, are what X said."""
    tokens = ctx.tokens
    if i < 3 or tokens[i].low != "selon" or tokens[i - 1].text not in _CLOSERS:
        return None
    q = _quotation_ending(ctx, tokens[i - 1].end)
    if q is None or q.role == "title" or not q.content.text[:1].islower():
        return None
    # « un projet « déconnecté » selon X », « Le chantier, « interminable » selon les riverains »
    before = _token_before(ctx, q.span.start)
    return q if before is not None and (before.word or before.text == ",") else None


def _quoted_in_parenthesis(ctx: Context, i: int, x_end: int) -> Quotation | None:
    """« (« une décision prise en catimini », selon le PTB) »: a quotation that fills a
    parenthesis before « selon X »."""
    tokens = ctx.tokens
    if i < 3 or tokens[i - 1].text != "," or x_end >= len(tokens) or tokens[x_end].text != ")":
        return None
    opening = next((k for k in range(i - 2, -1, -1) if tokens[k].text == "("), None)
    if opening is None or opening + 1 >= i:
        return None
    q = _quotation_starting(ctx, tokens[opening + 1].start)
    if q is None or q.role == "title" or q.span.end > tokens[i - 1].start:
        return None
    return q if not ctx.norm[q.span.end : tokens[i - 1].start].strip() else None


_COUNT_WORDS = frozenset({"million", "millions", "milliard", "milliards", "%", "personnes"})


def _count_before(tokens: Sequence[Token], i: int) -> bool:
    """Whether a count ends right before token ``i`` (« 12 000 », « 1,2 million »)."""
    if i == 0:
        return False
    low = tokens[i - 1].low
    return low[:1].isdigit() or (low in _COUNT_WORDS and i > 1 and tokens[i - 2].low[:1].isdigit())


def _speech_starting(ctx: Context, pos: int) -> bool:
    q = _quotation_starting(ctx, pos)
    return q is not None and q.role == "speech" and _ends_sentence(ctx, q)


def _ends_sentence(ctx: Context, q: Quotation) -> bool:
    """« … : « Nous irons jusqu'au bout. » » ends its sentence; « … : « Les Vieilles
    Charrues » attendent 280 000 spectateurs » names the subject of a clause."""
    return not ctx.norm[q.span.end : ctx.sentence.end].strip(" .!?\N{HORIZONTAL ELLIPSIS}")


def _selon_relative(ctx: Context, i: int, x_start: int) -> Draft | None:
    """« Le témoin, selon qui le conducteur roulait trop vite, a été entendu », « deux
    coprévenus, pour qui … »: the source is the noun phrase before the comma, the claim the
    relative clause, up to its next comma."""
    tokens = ctx.tokens
    if (
        i < 2
        or tokens[i - 1].text != ","
        or x_start >= len(tokens) - 1
        or tokens[x_start].low not in _SELON_RELATIVES
    ):
        return None
    source = subject_before(tokens, i - 1)
    if source is None:
        return None
    a, b = source
    # « Une version contestée par deux de ses coprévenus, pour qui »: the nearest noun phrase
    a = max([a, *(k + 1 for k in range(a, b - 1) if tokens[k].low in _ANTECEDENT_PREPS)])
    if not tokens[a].capitalized and not determiner(tokens[a].low) and tokens[a].word:
        # « ont entendu la voisine, selon qui »: the object after the verb
        a = next((k for k in range(a, b) if determiner(tokens[k].low)), b)
    # After a preposition « qui » is a person (« deux coprévenus, pour qui … »); « lequel »
    # may be a thing (« Les règles, selon lesquelles… »), which is no source.
    if a >= b or (tokens[x_start].low != "qui" and not source_like(tokens, "selon", a, b)):
        return None
    stop = next(
        (
            t.start
            for t in tokens[x_start + 1 :]
            if t.text in ",;:" and _innermost_containing(ctx, t.start, t.end) is None
        ),
        ctx.sentence.end,
    )
    content = _trim(ctx.norm, tokens[x_start].end, stop)
    if content[1] - content[0] < 2:
        return None
    kind = "according_to"
    q = _filling_quotation(ctx, content)
    if q is not None and q.role != "title":
        kind, content = "direct", (q.content.start, q.content.end)
    return Draft(
        kind=kind,
        content=content,
        quoted=None,
        cue=(tokens[i].start, tokens[x_start - 1].end),
        cue_lemma=_selon_lemma(tokens, i, x_start),
        cue_type="selon",
        sentence=ctx.sentence,
        cue_first=i,
        cue_last=x_start + 1,
        speaker_mode="selon",
        speaker_hint=(tokens[a].start, tokens[b - 1].end),
        confidence=0.7,
    )


_SELON_RELATIVES = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})
_ANTECEDENT_PREPS = frozenset({"par", "pour", "avec", "chez", "contre", "à", "au", "aux"})


def _view_phrase(tokens: Sequence[Token], i: int) -> int:
    """Length of a view phrase (« aux yeux de », « de l'avis des ») at token ``i``, else 0."""
    phrases = _view_phrases_by_first_word().get(tokens[i].low)
    if not phrases or i + 1 >= len(tokens):
        return 0
    second = tokens[i + 1].low
    for phrase in phrases:
        n = len(phrase)
        if phrase[1] == second and tuple(t.low for t in tokens[i : i + n]) == phrase:
            return n
    return 0


@functools.cache
def _view_phrases_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The view phrases by first word: most tokens start none, found in one lookup."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in lexicon.view_phrases().values():
        found.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(phrases) for word, phrases in found.items()}


def _selon_lemma(tokens: Sequence[Token], i: int, x_start: int) -> str:
    """The cue's lemma: « selon », « d'après », « pour », or the view phrase as written in
    lower case (« aux yeux du »)."""
    if tokens[i].low == "d'":
        return "d'après"
    if tokens[i].low in ("selon", "pour"):
        return tokens[i].low
    return " ".join(t.low for t in tokens[i:x_start]).replace("' ", "'")


def _apposition_to_end(tokens: Sequence[Token], k: int) -> bool:
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


def _at_clause_head(tokens: Sequence[Token], i: int, *, colon: bool = True) -> bool:
    """Whether token ``i`` opens the sentence, a clause after a semicolon or (with ``colon``)
    a colon, after at most an opening conjunction (« Selon la police, … ; selon les
    organisateurs, … »), or a reported clause (« a assuré que, d'après l'Insee, … »)."""
    j = next(
        (
            k + 1
            for k in range(i - 1, -1, -1)
            if tokens[k].text == ";"
            or (colon and tokens[k].text == ":")
            or (tokens[k + 1].text == "," and word_class(tokens[k].low, "que"))
        ),
        0,
    )
    while j < i and (
        word_class(tokens[j].low, "intro") or tokens[j].text in _DASHES or tokens[j].text == ","
    ):
        j += 1
    return j == i


def _after_parenthesis(tokens: Sequence[Token], k: int) -> int:
    """Index after the parenthesis opening at ``k`` (or after ``k`` when it never closes)."""
    for j in range(k + 1, min(len(tokens), k + 40)):
        if tokens[j].text == ")":
            return j + 1
    return k + 1


def _participial_aside(tokens: Sequence[Token], comma: int) -> int | None:
    """Index of the comma closing « , citée par Reuters, » right after ``comma``, if any."""
    j = comma + 1
    if j >= len(tokens) or not participle_led(tokens, j):
        return None
    for k in range(j + 1, min(len(tokens), j + 8)):
        if tokens[k].text == ",":
            return k
        if not tokens[k].word:
            return None
    return None


def _place_range(tokens: Sequence[Token], comma: int, end: int) -> bool:
    """« , de Paris à Marseille, »: where something holds, not who the source is."""
    phrase = tokens[comma + 1 : end]
    return (
        len(phrase) >= 4
        and phrase[0].low in DE_WORDS  # « de Paris », « de la Bretagne », « du Var »
        and any(t.capitalized for t in phrase[1:3])
        and any(t.low in ("à", "au", "aux", "jusqu'") for t in phrase[2:])
    )


def _named_in_apposition(tokens: Sequence[Token], i: int, x_start: int, x_end: int) -> bool:
    """« À en croire le placier, Raymond Boutrais, la place… »: a noun the lexicons do not
    know, then a person's name in apposition, at the head of the sentence."""
    if (
        x_end - x_start != 2
        or not word_class(tokens[x_start].low, "det")
        or x_end + 2 >= len(tokens)
        or tokens[x_end].text != ","
        or not _at_clause_head(tokens, i)
    ):
        return False
    appos = _name_apposition(tokens, x_end)
    return (
        appos is not None
        and appos - x_end >= 3
        and all(t.capitalized for t in tokens[x_end + 1 : appos])
        and lexicon.normalize_key(tokens[x_end + 1].low) in lexicon.first_names()
    )


def _name_apposition(tokens: Sequence[Token], comma: int) -> int | None:
    """Index of the comma closing « , Sari Wulandari, » right after ``comma``, if any."""
    j = comma + 1
    if (
        j + 3 < len(tokens)
        and tokens[j].low in ("le", "la", "l'")
        and lexicon.normalize_key(tokens[j + 1].low) in lexicon.titles()
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
_DE_WORDS = DE_WORDS
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
def _non_attributive_nouns() -> frozenset[str]:
    """The nouns of « selon les cas », « selon la loi », « selon un calendrier »…: after
    « selon » or « d'après » and any determiner they cite no one (« selon leur âge »,
    « d'après le calendrier officiel »)."""
    nouns = set()
    for r in lexicon.non_attributive().values():
        if r.kind in _HEAD_KINDS and r.trigger in ("selon", "d'après") and r.following:
            words = r.following.replace("'", "' ").split()
            if len(words) == 2 and words[0] in _ANY_DETERMINER:
                nouns.add(words[1])
    return frozenset(nouns)


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
        if words[1] in _non_attributive_nouns() and not tokens[start + 1].capitalized:
            return True
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
        and tokens[start + 2].low in _DE_WORDS
    ):
        # « pour la plupart des analystes »: the source is what the quantifier counts.
        return source_like(tokens, trigger, start + 2, end) or _agentive(tokens[start + 3].low)
    for k in range(start + 1, min(head_end, start + 7)):
        t = tokens[k]
        if not t.word:
            continue
        after_de = k - 1 > start and tokens[k - 1].low in _DE_WORDS
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
                    first.low in _POSSESSIVE_DETERMINERS
                    and source.kind != "document"
                    and (source.strength == "strong" or start <= 2)
                    and not (k + 1 < end and tokens[k + 1].low.endswith(_PARTICIPLE_ENDS))
                )
                # « Selon ses estimations, … », « D'après leurs calculs, … »: someone's own
                # figures, at the head and alone before the comma (« selon leurs résultats »
                # says how)
                or (
                    first.low in _POSSESSIVE_DETERMINERS
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
                        first.low in _POSSESSIVE_DETERMINERS
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


def _relative_about_source(tokens: Sequence[Token], x_start: int, x_end: int) -> bool:
    """« Selon l'ordonnance, que Le Parisien a pu consulter, … », « Pour la chambre, qui
    avait examiné les comptes, … »: a relative about the source, no part of the claim. Not
    a concession that opens the claim (« Selon lui, qu'il pleuve ou non, le match… »)."""
    if x_end + 1 >= len(tokens) or tokens[x_end + 1].low not in ("qui", "dont", "où", "que", "qu'"):
        return False
    if tokens[x_end + 1].low in ("qui", "dont", "où"):
        return True
    if tokens[x_start].low in STRESSED_PRONOUNS or tokens[x_end + 2].low == "importe":
        return False
    stop = next((k for k in range(x_end + 2, len(tokens)) if tokens[k].text == ","), len(tokens))
    # « que la décision soit légale ou non »: a concession
    return not (
        stop - x_end > 3 and tokens[stop - 2].low == "ou" and tokens[stop - 1].low in ("non", "pas")
    )


def _complement_names_source(tokens: Sequence[Token], k: int, end: int) -> bool:
    """« selon le décompte de l'AFP », « selon un bilan provisoire de la Protection civile »,
    « selon l'estimation publiée jeudi par l'Insee »: a weak source noun needs a source after
    « de » or « par », past a few adjectives or a participle and its date."""
    linked = False
    for t in tokens[k : min(end, k + 8)]:
        if t.text in ",;:" or word_class(t.low, "rel"):
            return False
        if t.low in _DE_WORDS or t.low == "par":
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


def _link_agent(ctx: Context) -> list[Draft]:
    """« La réforme, jugée « injuste » par les syndicats » and « qualifié de « … » par X »:
    an assertion verb's past participle, a quotation and « par » with its agent, who said the
    quoted words."""
    tokens = ctx.tokens
    out = []
    for k in range(3, len(tokens) - 1):
        if tokens[k].low != "par":
            continue
        q = _quotation_ending(ctx, tokens[k - 1].end)
        if q is None or q.role == "title" or q.span.end != tokens[k - 1].end:
            continue
        p = next((i for i in range(k - 2, 0, -1) if tokens[i].start == q.span.start), 0) - 1
        if p > 0 and tokens[p].low in _OBJECT_PREPS:
            p -= 1  # « qualifié de », « présenté comme »
        if p < 0 or not _reporting_participle(tokens[p].low):
            continue
        content = (q.content.start, q.content.end)
        if content[1] - content[0] < 2 or _manner_phrase(q):
            continue
        out.append(
            Draft(
                kind="direct" if sentence_like(ctx.norm, q) else "partial",
                content=content,
                quoted=None,
                cue=(tokens[p].start, tokens[p].end),
                cue_lemma=_reporting_participle(tokens[p].low),
                cue_type="verb",
                sentence=ctx.sentence,
                cue_first=p,
                cue_last=k + 1,  # the agent follows « par »
                speaker_mode="after",
                confidence=0.7,
            )
        )
    return out


def _reporting_participle(low: str) -> str | None:
    """The lemma of a past participle of an assertion verb (juger, qualifier, dénoncer) that
    takes a quotation or an object: what its agent called something. A neutral verb
    (« annoncé « … » par ») reports how, not what was said."""
    for info in verbs.form_index().get(lexicon.normalize_key(low), ()):
        if info.tense != "past_participle" or info.pronominal:
            continue
        entry = verbs.verb_entry(info.lemma, False)
        if (
            entry is not None
            and entry.verb_class == "assertion"
            and entry.complements & {"quote", "obj"}
        ):
            return info.lemma
    return None


def _manner_phrase(q: Quotation) -> bool:
    """« en urgence », « discrètement », « sans délai »: a quoted adverbial says how
    something was done, not what anyone said."""
    words = q.content.text.split(None, 1)
    if not words:
        return True
    first = words[0].lower()
    return word_class(first, "prep") or first in lexicon.adverbs() or first.endswith("ment")


def _quotation_before_colon(ctx: Context, q: Quotation, colon: int) -> Draft | None:
    """« « On ne lâchera rien » : les agriculteurs maintiennent la pression »: a headline's
    quotation, then the people the sentence after the colon is about."""
    if q.role != "speech" or q.content.end - q.content.start < 2:
        return None
    subject = _headline_subject(ctx.tokens, colon + 1)
    if subject is None:
        return None
    # The speaker is given, as for « selon X ».
    return _colon_draft(ctx, q, colon, "selon", subject, 0.6, needs_source=True)


def _colon_draft(
    ctx: Context,
    q: Quotation,
    colon: int,
    mode: str,
    hint: tuple[int, int],
    confidence: float,
    *,
    needs_source: bool = False,
) -> Draft:
    """A direct claim of the quotation ``q`` whose cue is the colon at token ``colon``."""
    tok = ctx.tokens[colon]
    return Draft(
        kind="direct",
        content=(q.content.start, q.content.end),
        quoted=None,
        cue=(tok.start, tok.end),
        cue_lemma=":",
        cue_type="colon",
        sentence=ctx.sentence,
        cue_first=colon,
        cue_last=colon + 1,
        speaker_mode=mode,
        speaker_hint=hint,
        confidence=confidence,
        needs_source=needs_source,
    )


def _headline_subject(tokens: Sequence[Token], start: int) -> tuple[int, int] | None:
    """Offsets of « les agriculteurs » in « les agriculteurs maintiennent la pression »: a
    determiner and the names, titles and bodies after it, up to the first other word; it must
    hold a title or a first name (« le Théâtre Mogador reprend « … » » names no speaker)."""
    j = start + 1 if start < len(tokens) and determiner(tokens[start].low) else start
    end = j
    while end < len(tokens) and tokens[end].word and not is_verb(tokens[end]):
        key = lexicon.normalize_key(tokens[end].low)
        if tokens[end].text.isupper() and len(tokens[end].text) > 5:
            break  # « LES AGRICULTEURS MAINTIENNENT… »: an upper-case headline, not a name
        if not (
            tokens[end].capitalized
            or key in lexicon.titles()
            or key in lexicon.organizations()
            or (end > j and tokens[end].low in _DE_WORDS)
            or (end > j and tokens[end - 1].low in _DE_WORDS and determiner(tokens[end].low))
        ):
            break
        end += 1
    while end > j and (tokens[end - 1].low in _DE_WORDS or determiner(tokens[end - 1].low)):
        end -= 1
    if not any(
        lexicon.normalize_key(t.low) in lexicon.titles()
        or lexicon.normalize_key(t.text) in lexicon.first_names()
        for t in tokens[j:end]
    ):
        return None
    return tokens[start].start, tokens[end - 1].end


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


_INCISE_ONLY = frozenset({"incise"})
_SHORT_HEAD = 16  # tokens before a colon that need no name to speak (« Le ministre : »)


def _person_named(tokens: Sequence[Token]) -> bool:
    """Whether the head names a person where a speaker stands: set off by commas (« …, Raphaël
    Dufaux, a été catégorique », « …, M. Dupont, »), or opening it. Not a name inside a
    complement (« au recteur Jean Martin », « la maison de Paul Roux »), a street or a storm."""
    names = lexicon.first_names()
    n = len(tokens)
    for a, b in name_runs(tokens):
        civil = a > 0 and word_class(tokens[a - 1].text, "title_abbr")
        start = a - 1 if civil else a
        if not (start == 0 or tokens[start - 1].text == ","):
            continue
        if (
            b < n
            and tokens[b].text not in ",:"
            # « Propriétaire d'une société à Rouiba, Belkacem Tizaoui fait le compte : »: the
            # subject after an opening phrase, then its verb; not a sign shown or words read
            # (« …, Jean Dupont découvre une phrase : »)
            and not (
                start > 0
                and tokens[b].word
                and not tokens[b].capitalized
                and not word_class(tokens[b].low, "prep")
                and not determiner(tokens[b].low)
                and not word_class(tokens[b].low, "conj")
                and not any(
                    word_class(t.low, "sign") or word_class(t.low, "utterance") for t in tokens
                )
            )
        ):
            continue
        if find_organization(tokens[a:b]) is not None:
            continue
        if civil or b - a >= 2 or lexicon.normalize_key(tokens[a].text) in names:
            return True
    return False


def _spoken_sentence(ctx: Context, q: Quotation) -> bool:
    """« Il n'y aura pas de péage. » or « Il n'y aura pas de péage ». closing the sentence: a
    sentence said, with its stop inside or after the closing mark (then with a verb)."""
    text = q.content.text.rstrip()
    if text.endswith("?"):
        # a question alone may be set out; one after sentences said is said too
        return any(text.find(stop) >= 0 for stop in (". ", "! "))
    if text.endswith((".", "!", "\N{HORIZONTAL ELLIPSIS}")):
        return True
    after = ctx.norm[q.span.end : ctx.sentence.end].strip()
    inner = [t for t in ctx.tokens if q.content.start <= t.start < q.content.end]
    return after[:1] in (".", "!", "\N{HORIZONTAL ELLIPSIS}") and has_verb(inner)


def _link_colon(ctx: Context, vcues: Sequence[VerbCue]) -> Draft | None:
    """« Le ministre : « … » » and « Commentaire du président : « … » »."""
    tokens = ctx.tokens
    # A known body's long name counts as one word (« La porte-parole de l'Organisation pour la
    # sécurité et la coopération en Europe, Amy Morel : »).
    body = (
        find_organization(tokens[:24])
        if ":" in ctx.norm[ctx.sentence.start : ctx.sentence.end]
        else None
    )
    # An apposition (« Le conseiller d'État genevois chargé de la mobilité, Raphaël Dufaux, a
    # été catégorique : ») makes the words before the colon long.
    window = _SHORT_HEAD + 12 + (body[1] - body[0] - 1 if body is not None else 0)
    for i, tok in enumerate(tokens[:window]):
        if tok.text != ":":
            continue
        if i == 0:
            return None
        q = _quotation_starting(ctx, tok.end)
        if q is None:
            opening = _quotation_ending(ctx, tokens[i - 1].end)
            if opening is not None and opening.span.start == ctx.sentence.start:
                return _quotation_before_colon(ctx, opening, i)
        # A verb that reports only as an incise (« fait-il ») reports nothing before a colon
        # (« Le maire fait le constat : « … » »): the colon does.
        # A negated verb (« Le ministre ne garantit rien : « … » ») reports nothing either.
        if any(
            vc.first < i and vc.complements != _INCISE_ONLY and not _negated(tokens, vc)
            for vc in vcues
        ):
            return None
        loose = any(vc.first < i for vc in vcues)
        words = [t for t in tokens[:i] if t.word]
        if i == 1 and tokens[0].low in _INTERVIEW_LABELS:
            # « Question : … ? » is the journalist's; « Réponse : … » the interviewee's, in an
            # interview that put a labelled question before it
            if (
                _INTERVIEW_LABELS[tokens[0].low] == "question"
                or i + 1 >= len(tokens)
                or not _QUESTION_LABEL.search(
                    ctx.norm, max(0, ctx.sentence.start - 600), ctx.sentence.start
                )
            ):
                return None
            end = ctx.paragraph.end if _ends_paragraph(ctx) else ctx.sentence.end
            return Draft(
                kind="direct",
                content=_trim(ctx.norm, tok.end, end),
                quoted=None,
                cue=None,
                cue_lemma=None,
                cue_type=None,
                sentence=ctx.sentence,
                cue_first=0,
                cue_last=0,
                speaker_mode="interview",
                confidence=0.5,
            )
        noun = bool(words) and lexicon.normalize_key(words[0].low) in verbs.reporting_nouns()
        cue_word = words[0] if words else None
        if q is None and not noun and _owned_reporting_noun(words):
            noun = True  # « Le message du président est clair : … »
            cue_word = words[1]
        if q is None and noun and cue_word is not None and i + 1 < len(tokens):
            # « Commentaire du président : il n'accepte pas « … ». »
            content = _trim(ctx.norm, tok.end, ctx.sentence.end)
            kind, quoted = _content_kind(ctx, *content)
            return Draft(
                kind=kind,
                content=content,
                quoted=quoted,
                cue=(cue_word.start, cue_word.end),
                cue_lemma=cue_word.low,
                cue_type="noun",
                sentence=ctx.sentence,
                cue_first=0,
                cue_last=i + 1,
                speaker_mode="colon",
                speaker_hint=(tokens[0].start, tokens[i - 1].end),
                confidence=0.6,
            )
        if q is None or q.role != "speech":
            return None
        if (
            words
            and word_class(words[0].low, "intro")
            and (
                not any(t.capitalized or t.low in lexicon.titles() for t in words[1:])
                # « Puis, face au préfet : », « Puis, à Marseille : »: a circumstance
                or (len(words) > 1 and (word_class(words[1].low, "prep") or words[1].low == "face"))
            )
        ):
            # « Puis : « … » », « Puis, après un silence : « … » »: the last speaker goes on.
            return cueless_draft(q, ctx.sentence, "continuation", 0.6)
        if not words or not any(t.capitalized or t.low in lexicon.titles() for t in words):
            return None
        if _place_then_no_one(tokens, i) or _pour_no_one(tokens, i):
            # « Sur Twitter, en anglais : « … » », « Pour résumer : « … » »: no one named,
            # the last speaker goes on
            return cueless_draft(q, ctx.sentence, "continuation", 0.6)
        clitic_at = next(
            (k for k, t in enumerate(words) if t.low in SUBJECT_CLITICS and k > 0), None
        )
        if clitic_at is not None and not all(word_class(t.low, "intro") for t in words[:clitic_at]):
            return None  # « Mais il reste lucide : « … » » is his; a clitic further in is not
        sign = any(word_class(t.low, "sign") for t in words)
        # Names are looked for only where they decide: a sign word, or a long head.
        person = (sign or i >= _SHORT_HEAD) and _person_named(tokens[:i])
        if sign and not person:
            return None  # « Le maire a fait poser un panneau : « … » »: the sign's words
        if i >= _SHORT_HEAD and not (person and _spoken_sentence(ctx, q)):
            # After a long head, a spoken sentence of a person it names (« …, Raphaël
            # Dufaux, a été catégorique : « Il n'y aura pas de péage. » »); not a subject set
            # out, a question, a title or the words of a front page, a decree or a petition.
            return None
        lead = 0
        if word_class(tokens[0].low, "prep"):
            # « Sur sa page Facebook, le maire : « … » »: the place set off before the speaker;
            # « Pour le maire : « … » »: whose view
            lead = next(
                (k + 1 for k in range(1, i - 1) if tokens[k].text == ","),
                1 if tokens[0].low == "pour" and _speaker_after_pour(tokens, i) else 0,
            )
        while lead < i - 1 and (word_class(tokens[lead].low, "intro") or tokens[lead].text == ","):
            lead += 1  # « Et le ministre : « … » »: the minister
        draft = _colon_draft(ctx, q, i, "colon", (tokens[lead].start, tokens[i - 1].end), 0.7)
        if loose and draft is not None:
            # past a verb that does not report (« Le texte fait référence à un article : »),
            # only a person or a body speaks
            draft = attrs.evolve(draft, needs_source=True)
        return draft
    return None


__all__ = [
    "Context",
    "Draft",
    "cueless_draft",
    "has_verb",
    "link_sentence",
    "source_like",
    "split_inversion",
    "words_noun",
]
