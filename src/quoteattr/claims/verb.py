"""A reporting verb before its content: its que-clause, object, infinitive or quotation
(« Le maire a déclaré que… », « a émis l'espoir que… »), and the sentences that point back
to something said (« Comme l'a dit le ministre, … », « …, comme le souligne X. », « C'est ce
qu'a affirmé X »). A verb after its content is an incise (``incise``).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from quoteattr import lexicon, quotes, roles, verbs
from quoteattr.claims.base import (
    ADDRESSEE_PREPS,
    CLOSERS,
    INCISE_ONLY,
    OBJECT_PREPS,
    PARTICIPLE_ENDS,
    Context,
    Draft,
    apposition_to_end,
    concessive_clause_end,
    content_kind,
    ends_paragraph,
    ends_sentence,
    extend_over_quotations,
    filling_quotation,
    has_verb,
    innermost_containing,
    manner_phrase,
    name_apposition,
    names_the_same,
    non_attributive,
    quotation_ending,
    quotation_starting,
    quotations_in,
    says_it_again,
    sentence_like,
    source_like,
    starts_noun_phrase,
    trim,
    verb_draft,
)
from quoteattr.claims.incise import link_incise
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
from quoteattr.mentions import find_organization, gender_from_determiner
from quoteattr.model import Quotation
from quoteattr.speakers import (
    after_opening_circumstance,
    future_form,
    in_relative_ce_que,
    is_verb,
    opening_participle_clause,
    quoted_title_at,
    subject_after,
    subject_before,
)
from quoteattr.text import CLOSING_GUILLEMETS, DE_WORDS, Segment, Token, sentences, tokenize

_FIRST_PERSON = quotes.FIRST_PERSON_PRONOUNS | {"mon", "ma", "mes", "notre", "nos"}


def _clause_end(ctx: Context, k: int, others: Sequence[VerbCue]) -> int:
    """Where a clause starting at token ``k`` ends: the sentence end, or an incise after it."""
    end = ctx.sentence.end
    tokens = ctx.tokens
    concession = concessive_clause_end(ctx, len(tokens))
    if concession is not None and k < concession:
        # « Bien que la préfecture affirme que le projet a été présenté, aucune réunion n'a
        # eu lieu »: the report ends with the concession
        end = tokens[concession].start
    for other in others:
        if other.first > k and other.first > 0 and tokens[other.first - 1].text == ",":
            end = min(end, tokens[other.first - 1].start)
    subject_number = _number_of_subject(tokens, k)
    for j in range(k, len(tokens) - 1):
        if (
            tokens[j].text == ","
            and j + 2 < len(tokens)
            and tokens[j + 1].low in ("et", "mais")
            and split_inversion(tokens[j + 2].low)[0] in verbs.form_index()
            and innermost_containing(ctx, tokens[j].start, tokens[j].end) is None
        ):
            # « rappelle que la société ne lui va pas, et poursuit son questionnement »: the
            # subject's next verb phrase
            return min(end, tokens[j].start)
        if (
            tokens[j].low == "et"
            and j > k + 1
            and tokens[j - 1].text != ","
            and any(
                o.first == j + 1
                and o.last < len(tokens)
                and (tokens[o.last].low in ("que", "qu'") or _looks_infinitive(tokens, o.last))
                and subject_number is not None
                and _number_of_verb(tokens[o.first]) not in (None, subject_number)
                for o in others
            )
            and innermost_containing(ctx, tokens[j].start, tokens[j].end) is None
        ):
            # « Le maire affirme que les travaux ont pris du retard et estime que… »: a verb
            # that cannot go with the clause's subject is the speaker's next report (« que
            # l'homme criait et répétait que… » goes on with the man)
            return min(end, tokens[j].start)
        if (
            tokens[j].text == ","
            and j > k
            and j + 2 < len(tokens)
            and tokens[j + 1].low in ("et", "puis")
            and (determiner(tokens[j + 2].low) or tokens[j + 2].capitalized)
            and _reports_in_turn(tokens, j + 3, others)
            and innermost_containing(ctx, tokens[j].start, tokens[j].end) is None
        ):
            # « on souligne que les commerçants seront indemnisés, et le maire s'est félicité
            # que… »: someone else's report
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
            and innermost_containing(ctx, tokens[j].start, tokens[j].end) is None
        ):
            return min(end, tokens[j].start)
        if (
            tokens[j].text == ":"
            and quotation_starting(ctx, tokens[j].end) is not None
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


def _number_of_subject(tokens: Sequence[Token], k: int) -> str | None:
    """The number of a clause's subject, from its first word (article or pronoun)."""
    if k >= len(tokens):
        return None
    pronoun = lexicon.pronouns().get(tokens[k].low)
    if pronoun is not None and pronoun.kind == "personal":
        return pronoun.number if pronoun.number in ("sg", "pl") else None
    if tokens[k].low in ("l'", "son", "leur"):
        return "sg"  # an article or possessive before any noun
    return gender_from_determiner(tokens[k : k + 2])[1]


def _number_of_verb(token: Token) -> str | None:
    """The number of a finite verb of the third person (« estime », « prévient », « ont »); None
    for a participle, which shares an auxiliary, or a form that may be either."""
    persons = {i.person for i in verbs.form_index().get(token.low, ()) if i.person in (3, 6)}
    persons |= {i.person for i in verbs.auxiliary_index().get(token.low, ()) if i.person in (3, 6)}
    if len(persons) != 1:
        return None
    return "sg" if persons == {3} else "pl"


def _asked_by_the_press(tokens: Sequence[Token], vc: VerbCue) -> bool:
    """« Quand on lui demande si… », « un docker à qui nous demandions s'il… », « Le
    journaliste lui a demandé si… », « Lorsque France Inter lui a demandé si… »: the press's
    question, no one's claim (« Le maire nous a demandé si… » is the mayor's)."""
    i = vc.first - 1
    while i >= 0 and tokens[i].low in _OBJECT_CLITICS and tokens[i].low not in ("nous", "vous"):
        i -= 1
    if i >= 0 and word_class(tokens[i].low, "asking_press"):
        if tokens[i].low != "nous" or i == 0 or not tokens[i - 1].word:
            return True
        if word_class(tokens[i - 1].low, "rel"):
            return True  # « à qui nous demandions »
    near = tokens[max(0, i - 3) : i + 1]
    span = find_organization(near)
    body = (
        lexicon.organizations().get(" ".join(t.low for t in near[span[0] : span[1]]))
        if span is not None
        else None
    )
    return any(word_class(t.low, "press") for t in near) or (
        body is not None and body.kind == "media"
    )


def _conditional_si(tokens: Sequence[Token], j: int) -> bool:
    """« a demandé, si possible, un renvoi », « a demandé si nécessaire l'intervention de
    l'armée », « a demandé aux habitants, si la canicule persiste, de limiter… », « si
    peu »: « si » meaning « if » or « so », not « whether »."""
    if j > 0 and tokens[j - 1].text == ",":
        return True
    nxt = tokens[j + 1].low if j + 1 < len(tokens) else ""
    if word_class(nxt, "degree") or word_class(nxt, "if_needed"):
        return True
    comma = next((i for i in range(j + 1, len(tokens)) if tokens[i].text in ",;."), None)
    return (
        comma is not None
        and tokens[comma].text == ","
        and comma + 1 < len(tokens)
        and tokens[comma + 1].low in ("de", "d'")
    )


def _reports_in_turn(tokens: Sequence[Token], a: int, others: Sequence[VerbCue]) -> bool:
    """« …, et le maire s'est félicité que… »: the next reporting verb, a few words on, opens
    a que-clause of its own (not « et le conducteur lui a dit de se taire », the account
    going on, nor « la mairie, le département, et la région ont promis des aides »)."""
    nxt = next((o for o in others if a <= o.first <= a + 5), None)
    return nxt is not None and nxt.last < len(tokens) and tokens[nxt.last].low in ("que", "qu'")


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


def _skip_complements(ctx: Context, k: int) -> int:
    """Skip what may stand between a verb and its content: adverbs, dates, commas, and short
    prepositional phrases such as « à Politico » or « dans un communiqué ». Returns the index
    of the first token that can start the content, or of the token that stopped the skip."""
    tokens = ctx.tokens
    limit = min(len(tokens), k + 16)
    j = k
    while j < limit:
        tok = tokens[j]
        if tok.low in ("que", "qu'") or tok.text == ":" or quotation_starting(ctx, tok.start):
            return j
        size = adverb_length_forward(tokens, j)
        if size:
            j += size
        elif tok.text == "," and (aside_end := _aside_before_que(tokens, j)) is not None:
            j = aside_end  # « a confié, quelques semaines avant sa mort, que… »
        elif tok.text == ",":
            j += 1
        elif tok.low in STRESSED_PRONOUNS and j > k and tokens[j - 1].text == ",":
            j += 1  # « promet, lui, que… »: the subject stressed between commas
        elif tok.low in ADDRESSEE_PREPS:
            j += 1
            inner = quotation_starting(ctx, tokens[j].start) if j < len(tokens) else None
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
                and tokens[j].low not in ADDRESSEE_PREPS
                # « a reconnu devant le tribunal avoir utilisé… »: a past infinitive
                and tokens[j].low not in ("avoir", "être")
                # « a demandé aux compagnies de réduire… »: the addressee ends at « de » + verb
                and not (tokens[j].low in ("de", "d'") and _looks_infinitive(tokens, j + 1))
            ):
                j += 1
        else:
            return j
    return j


def _before_main_clause(tokens: Sequence[Token], vc: VerbCue, after: int, end: int) -> int:
    """``end``, or the comma before it that closes a participial clause opening the sentence
    or set off by a comma (« Après avoir affirmé que tout allait bien, le maire est parti »),
    after which the main clause's subject speaks."""
    if not vc.participle or (vc.first != 0 and tokens[vc.first - 1].text != ","):
        return end  # « Selon la police, après avoir affirmé que…, le suspect a fui »: after a comma
    opening = opening_participle_clause(tokens, after)
    return end if opening is None else min(end, tokens[opening[0]].start)


def _aside_before_que(tokens: Sequence[Token], comma: int) -> int | None:
    """The « que » after an aside between commas that holds no verb and no quotation (« a
    confié, quelques semaines avant sa disparition, qu'elle… »), or None."""
    for m in range(comma + 1, min(len(tokens) - 1, comma + 12)):
        text = tokens[m].text
        if text in OPENING_MARKS or text in ".;:!?()":
            return None
        if text == ",":
            if (
                m > comma + 1
                and tokens[m + 1].low in ("que", "qu'")
                and (
                    not has_verb(tokens[comma + 1 : m])
                    # « sans vouloir être nommé », « sous couvert d'anonymat »: how the source
                    # speaks, not what it says
                    or tokens[comma + 1].low in ("sans", "pour")
                )
            ):
                return m + 1
            return None
    return None


_DEFINITE_OR_OWN = frozenset(
    {"le", "la", "les", "l'", "son", "sa", "ses", "leur", "leurs", "notre", "nos"}
)


def _paper_spoken_to(tokens: Sequence[Token], k: int) -> bool:
    """« a confié au « Parisien » »: a short quoted name right after « à / au / aux » is the
    paper someone spoke to, not words said."""
    return (
        k > 0 and tokens[k - 1].low in ("à", "au", "aux") and quoted_title_at(tokens, k) is not None
    )


def link_comme(ctx: Context, vc: VerbCue) -> Draft | None:
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
    appos = name_apposition(tokens, comma)
    if appos is not None and appos + 1 < len(tokens) and names_the_same(tokens, vc.last, comma):
        comma = appos  # « Comme l'a rappelé la porte-parole, Nadia Roy, les électeurs… »
    end = ctx.sentence.end
    while end > tokens[comma].end and ctx.norm[end - 1] in ".!? ":
        end -= 1
    content = trim(ctx.norm, tokens[comma].end, end)
    kind, quoted = content_kind(ctx, *content)
    q = filling_quotation(ctx, content)
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
    draft = verb_draft(ctx, vc, kind, content, quoted, mode)
    if draft is not None and mode == "after":
        draft = attrs.evolve(draft, speaker_hint=(tokens[vc.last].start, tokens[comma - 1].end))
    if draft is not None and word_class(vc.lemma, "evidence"):
        # « Comme l'a montré la crise sanitaire, … »: a fact shows; only a source reports
        draft = attrs.evolve(draft, needs_source=True)
    return draft


def _only_circumstances_left(tokens: Sequence[Token], k: int) -> bool:
    """Whether only a comma, dates and adverbs stand from ``k`` to the sentence's end."""
    k += int(k < len(tokens) and tokens[k].text == ",")
    while k < len(tokens) and (size := adverb_length_forward(tokens, k)):
        k += size
    return k >= len(tokens) or tokens[k].text in ".;!?"


def link_comme_after(ctx: Context, vc: VerbCue) -> Draft | None:
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
    fragment = (
        quotation_ending(ctx, tokens[k - 2].end)
        if k >= 3 and not between and not word_class(vc.lemma, "evidence")
        else None
    )
    opening = (
        None
        if fragment is None
        else next((j for j, t in enumerate(tokens) if t.start == fragment.span.start), None)
    )
    if (
        fragment is not None
        and opening is not None
        and fragment.content.text[:1].islower()
        # set in apposition: « Le projet, « … », comme… », « Le projet, ce « … », comme… »
        and (
            (opening >= 1 and tokens[opening - 1].text == ",")
            or (
                opening >= 2
                and determiner(tokens[opening - 1].low)
                and tokens[opening - 2].text == ","
            )
        )
    ):
        # « Le projet, ce « luxe que la région ne peut plus s'offrir », comme l'a qualifié
        # le syndic, divise… »: the words set in apposition are the source's
        content = (fragment.content.start, fragment.content.end)
        return verb_draft(ctx, vc, "partial", content, None, "after")
    if quotations_in(ctx, tokens[vc.first].start, ctx.sentence.end) or innermost_containing(
        ctx, tokens[k].start, tokens[vc.last - 1].end
    ):
        return None  # the incise of a quotation, or a quotation after the source
    start = tokens[0].start
    if tokens[0].low in ("selon", "d'", "pour"):
        return None  # « Selon le maire, le budget est tenu, comme l'a confirmé X »: selon's
    content = trim(ctx.norm, start, tokens[k - 1].start)
    kind, quoted = content_kind(ctx, *content)
    q = filling_quotation(ctx, content)
    if q is not None:
        kind, content, quoted = "direct", (q.content.start, q.content.end), None
    draft = verb_draft(ctx, vc, kind, content, quoted, "before" if between else "after")
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
                and names_the_same(tokens, vc.last, end)
            ):
                break
            end += 1
        if end == vc.last or not (
            _only_circumstances_left(tokens, end)
            # « …, comme le précise Claire Dubois, directrice de l'école(, qui …). »
            or apposition_to_end(tokens, end)
            or (end + 1 < len(tokens) and tokens[end + 1].low in ("qui", "dont"))
            or (
                end + 1 < len(tokens)
                and (roles.may_start_title(tokens[end + 1].low) or determiner(tokens[end + 1].low))
                and names_the_same(tokens, vc.last, end)
            )
        ):
            return None  # « Le maire, comme l'a rappelé son adjoint, n'a pas démissionné »
        hint = (tokens[vc.last].start, tokens[end - 1].end)
    # A fact can show (« comme le montre la crise »); only someone reports.
    return attrs.evolve(draft, speaker_hint=hint, needs_source=True)


_PREVIOUS_WINDOW = 2000  # characters read back for the sentence a cleft or « l'a dit » reports


def link_cleft(ctx: Context, vc: VerbCue, mode: str | None = None) -> Draft | None:
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
        if any(says_it_again(said, other) for other in find_verb_cues(said)):
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
        content = trim(norm, previous.start, previous.end)
        while content[1] > content[0] and norm[content[1] - 1] in ".!?":
            content = (content[0], content[1] - 1)
        kind, quoted = content_kind(ctx, *content)
    tokens = ctx.tokens
    if mode is None:
        mode = "after" if subject_after(tokens, vc.last) is not None else "before"
    draft = verb_draft(ctx, vc, kind, content, quoted, mode, confidence=0.7)
    # « C'est ce que montrent les chiffres »: only a person or a body reports.
    return None if draft is None else attrs.evolve(draft, needs_source=True)


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


def _called(ctx: Context, vc: VerbCue, q: Quotation) -> bool:
    """« le quartier (longtemps) dit « oublié » »: « dit » alone before words that are no
    speech may mean « called »; only someone who speaks says them."""
    return (
        vc.lemma == "dire"
        and q.role != "speech"
        and ctx.tokens[vc.head].low in ("dit", "dite", "dits", "dites")
        # no auxiliary before it (« longtemps dit », not « a dit »)
        and not any(t.low in verbs.auxiliary_index() for t in ctx.tokens[vc.first : vc.head])
    )


def link_verb(ctx: Context, vc: VerbCue, others: Sequence[VerbCue]) -> Draft | None:
    tokens = ctx.tokens
    norm = ctx.norm
    inverted = vc.clitic is not None
    k = vc.last
    if inverted and k < len(tokens) and tokens[k].low in ("que", "qu'"):
        inverted = False  # « Reste-t-il que… »: not an incise
    if inverted or "incise" in vc.complements:
        return link_incise(ctx, vc)
    if (
        word_class(vc.lemma, "as_only")
        and not any(
            t.low == "comme"
            # « Elle présente ses excuses : « … » », not « des plumes : « un cas unique » »
            or (
                t.text == ":"
                and (said := quotation_starting(ctx, t.end)) is not None
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
        and not any(t.text in CLOSERS or t.text in OPENING_MARKS for t in tokens[: vc.first])
        and innermost_containing(ctx, tokens[vc.first].start, tokens[vc.first].end) is None
        and (subject := subject_before(tokens, vc.first)) is not None
        and (subject[0] == 0 or after_opening_circumstance(tokens, subject[0]))
        and subject[1] < vc.first - 1  # an aside stands between the subject and the verb
        # « L'entreprise installera une usine au Creusot, avec 180 emplois, a annoncé X »: a
        # clause, its future unknown to the lexicons, is no subject
        and not any(future_form(t) for t in tokens[1 : subject[1]])
    )
    if (
        vc.first > 0
        and (tokens[vc.first - 1].text == "," or tokens[vc.first - 1].text in CLOSERS)
        and not own_subject
    ):
        incise = link_incise(ctx, vc)  # « « … », a affirmé Claire Moreau. »
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
    if word_class(vc.lemma, "deem") and tok is not None and tok.low not in ("que", "qu'"):
        judged = _judged_clause(ctx, vc, j, others)
        if judged is not None:
            return judged
    if (
        tok is not None
        and tok.low in ("que", "qu'")
        and ("que" in vc.complements or vc.light or "si" in vc.complements)
    ):
        if word_class(vc.lemma, "learn") and not _told_or_sourced(tokens, vc, j):
            return None  # « Les salariés ont appris mardi que l'usine fermerait »
        start = tok.end
        end = extend_over_quotations(ctx, start, _clause_end(ctx, j + 1, others))
        end = _before_main_clause(tokens, vc, j, end)
        content = _without_trailing_aside(norm, trim(norm, start, end))
        kind, quoted = content_kind(ctx, *content)
        draft = verb_draft(ctx, vc, kind, content, quoted, mode)
        if (
            draft is not None
            and vc.participle
            and vc.first > 0
            and tokens[vc.first - 1].low == "il"
        ):
            # « Il a été annoncé que… » names no one: a claim only where the sentence says who
            # issued the words (« le communiqué diffusé par la préfecture »)
            draft = attrs.evolve(draft, needs_source=True)
            if (
                vc.last + 1 < j
                and tokens[vc.last].low == "par"
                and _agent_at(tokens, vc.last + 1, j)
            ):
                # « Il a été précisé par le tribunal que… »: the agent issued them
                agent = (tokens[vc.last + 1].start, tokens[j - 1].end)
                draft = attrs.evolve(draft, speaker_mode="selon", speaker_hint=agent)
        return draft
    if (
        tok is not None
        and vc.verb_class == "request"
        and "si" in vc.complements
        and (tok.low in ("si", "s'") or word_class(tok.low, "interrogative"))
        and j + 1 < len(tokens)
        and tokens[j + 1].word
        and not _asked_by_the_press(tokens, vc)
        and not (tok.low in ("si", "s'") and _conditional_si(tokens, j))
    ):
        # « a demandé si les fonds avaient été décaissés », « a demandé combien coûterait le
        # quai »: an indirect question, its words (after « si », from the question word)
        start = tok.end if tok.low in ("si", "s'") else tok.start
        end = extend_over_quotations(ctx, start, _clause_end(ctx, j + 1, others))
        content = _without_trailing_aside(norm, trim(norm, start, end))
        if content[1] > content[0]:
            kind, quoted = content_kind(ctx, *content)
            return verb_draft(ctx, vc, kind, content, quoted, mode)
    # A quotation that is the verb's own object: « a exprimé « … » », « a dénoncé des « … » ».
    # An aside between commas (« a reconnu jeudi, lors d'un point de presse, des « … » »)
    # widens the reach.
    reach = 9 + (7 if any(t.text == "," for t in tokens[k : k + 3]) else 0)
    if vc.complements == INCISE_ONLY:
        reach = 0  # « fait-il » reports; « faisaient « partie intégrante » du territoire » not
    for qj in range(k, min(len(tokens), k + reach)):
        if tokens[qj].text in ".;:!?" or tokens[qj].low in ("que", "qu'"):
            break
        if any(o.first == qj for o in others):
            break  # « conteste les faits et dénonce une « bavure » »: the next verb's object
        q = quotation_starting(ctx, tokens[qj].start)
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
        verdict = None
        if q is not None and word_class(vc.lemma, "judge") and qj > k:
            # « juge cet « accompagnement renforcé » « très flou » »: the object's name, then
            # the verdict right after it
            verdict = quotation_starting(ctx, _skip_spaces(norm, q.span.end))
            if verdict is not None and not verdict.content.text[:1].islower():
                verdict = None
        if q is not None:
            # « a qualifié le projet de « fiasco » »: after « de » it is no title.
            named = (
                q.role != "title"
                or verdict is not None  # « juge la loi « Climat » « insuffisante » »
                or tokens[qj - 1].low in OBJECT_PREPS
                or vc.lemma in _ATTRIBUTE_VERBS
                # « a jugé le projet « trop gourmand » »: a verdict, not the project's name
                or (
                    word_class(vc.lemma, "judge")
                    and q.content.text[:1].islower()
                    and qj - k >= 2  # « le projet « … » », not « a trouvé le « carnet » »
                )
                # « réclame un « plan d'urgence » »: an indefinite thing asked for, no name
                or (tokens[qj - 1].low in ("un", "une", "des") and q.content.text[:1].islower())
                # « ce qu'elle a appelé « une révolution tranquille » »: her words for it
                or _own_words_for_it(tokens, vc, q)
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
                attribute = _attribute_goes_on(ctx, vc, q, others, mode) if qj == k else None
                if attribute is not None:
                    return attribute
                q = verdict or q
                kind = "direct" if sentence_like(norm, q) else "partial"
                draft = verb_draft(ctx, vc, kind, (q.content.start, q.content.end), None, mode)
                if draft is not None and word_class(vc.lemma, "characterize"):
                    # « Le film parle d'une « génération sacrifiée » »: a topic, not words said
                    draft = attrs.evolve(draft, needs_source=True)
                elif draft is not None and (
                    (vc.verb_class == "request" and qj == k + 1) or _called(ctx, vc, q)
                ):
                    # « Son projet prône une « continuité éducative » »: only a person or a
                    # body asks for things; « le quartier dit « oublié » » is called so
                    draft = attrs.evolve(draft, needs_source=True)
                return draft
            break
    # A colon, right after the verb or after its object: « a conclu son discours : « … » ».
    colon = _colon_after(ctx, k, others)
    if colon is not None and not _infinitive_at(tokens, vc, k, colon):
        after = tokens[colon].end
        q = quotation_starting(ctx, after)
        if (
            q is not None
            and q.role == "title"
            and any(word_class(t.low, "name_noun") for t in tokens[k:colon])
        ):
            return None  # « a trouvé un nom à sa cuvée : « Rescapé » »: a name, no words said
        if q is not None:
            # a colon after a speech verb overrides the scanner's guess
            return verb_draft(ctx, vc, "direct", (q.content.start, q.content.end), None, mode)
        if colon == j or colon < len(tokens) - 3:
            content = trim(
                norm, after, ctx.paragraph.end if ends_paragraph(ctx) else ctx.sentence.end
            )
            if "obj_claim" not in vc.complements and _named_people_listed(tokens, colon + 1):
                # « Deux élues se sont opposées : X, maire de…, et Y, … »; what « a annoncé
                # deux nominations : X, … » lists is what was announced
                return None
            words = {t.low for t in tokens[colon + 1 :]}
            # « l'a dit sans détour : la réforme « ira à son terme » »: quoted words inside
            kind, quoted = content_kind(ctx, *content)
            if kind == "indirect" and words & _FIRST_PERSON:
                kind = "direct"
            return verb_draft(ctx, vc, kind, content, quoted, mode, confidence=0.7)
    # « se dit incapable de répondre », « s'est dit plus inquiet pour le marché chinois »:
    # the attribute is the claim.
    if vc.lemma in _ATTRIBUTE_VERBS and (
        (k > vc.last and tokens[k].low in ("de", "d'"))
        or (vc.lemma != "se montrer" and _attribute_at(tokens, vc.last))
    ):
        end = _before_main_clause(tokens, vc, vc.last, _clause_end(ctx, vc.last, others))
        content = trim(norm, tokens[vc.last].start, end)
        return verb_draft(ctx, vc, "indirect", content, None, mode, confidence=0.7)
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
                    or tokens[k + 3].low.endswith(PARTICIPLE_ENDS)
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
        content = trim(norm, tok.start, min(end, relative))
        if fewest <= len(norm[content[0] : content[1]].split()) <= 25:
            draft = verb_draft(ctx, vc, "indirect", content, None, mode, confidence=0.6)
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
        and starts_noun_phrase(tokens, k)
        and _comme_after(ctx, k)
    ):
        return _object_and_predicate(ctx, vc, k, others, mode)
    # « a appelé les agriculteurs à retarder leurs traitements »: what they are urged to do.
    if "obj_a" in vc.complements and k < len(tokens) and starts_noun_phrase(tokens, k):
        to = _to_infinitive_after(ctx, k)
        if to is not None:
            urged = _object_and_predicate(ctx, vc, to, others, mode)
            q = None if urged is None else filling_quotation(ctx, urged.content)
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
            end = extend_over_quotations(
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
            content = trim(norm, tokens[inf_at].start, end)
            # « a promis de le faire »: a pronoun's verb says no more than the verb alone
            least = 4 if tokens[inf_at].low in _CLITICS_BEFORE_INFINITIVE else 2
            if len(norm[content[0] : content[1]].replace("'", "' ").split()) < least:
                return None  # « a refusé de commenter »: no content to attribute
            kind, quoted = content_kind(ctx, *content)
            return verb_draft(ctx, vc, kind, content, quoted, mode, confidence=0.7)
    return None if own_subject else link_incise(ctx, vc)


def _infinitive_at(tokens: Sequence[Token], vc: VerbCue, k: int, stop: int) -> bool:
    """« a démenti avoir arrêté son choix : « … » »: an infinitive of two words or more opens
    the verb's object before ``stop``; it is a claim of its own, and the quotation after the
    colon another (see quotation_after_colon)."""
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
    end = extend_over_quotations(ctx, tokens[start_at].start, _clause_end(ctx, start_at, others))
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
    content = trim(ctx.norm, tokens[start_at].start, end if cause is None else cause)
    kind, quoted = content_kind(ctx, *content)
    return verb_draft(ctx, vc, kind, content, quoted, mode, confidence=0.7)


_CAUSES = frozenset({"parce", "car", "puisque"})


def _to_infinitive_after(ctx: Context, k: int) -> int | None:
    """Where the infinitive (or the quotation holding it) starts after a short object at
    ``k`` and « à »: « les salariés d'ArcelorMittal à Dunkerque à « ne pas se laisser
    diviser » »; a place after « à » (« à Dunkerque ») is part of the object."""
    tokens = ctx.tokens
    for i in range(k + 1, min(len(tokens) - 1, k + 10)):
        t = tokens[i]
        if t.low == "à":
            q = quotation_starting(ctx, t.end)
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
                and quotation_starting(ctx, t.end) is None
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
    return trim(norm, start, opening)


def _charge_follows(ctx: Context, q: Quotation) -> bool:
    """Whether « de » / « d' » follows the quotation (« au « système » de l'avoir… »)."""
    return ctx.norm[q.span.end : q.span.end + 4].lstrip().startswith(("de ", "d'", "d\u2019"))


def _charge_after(tokens: Sequence[Token], k: int) -> int | None:
    """Index of the « de » that follows a short object at ``k`` (« l'opposition d' », « au
    gouvernement de »), or None when no object and « de » follow."""
    if not (starts_noun_phrase(tokens, k) or tokens[k].low in ("à", "au", "aux")):
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


def _skip_spaces(norm: str, at: int) -> int:
    while at < len(norm) and norm[at].isspace():
        at += 1
    return at


def _verdict_after(ctx: Context, q: Quotation) -> Quotation | None:
    """The quotation right after « de » that follows ``q`` (« les « X » de « Y » »), if any."""
    norm = ctx.norm
    at = _skip_spaces(norm, q.span.end)
    for de in ("de", "d'", "d\N{RIGHT SINGLE QUOTATION MARK}"):
        if norm.startswith(de, at) and (de != "de" or norm[at + 2 : at + 3].isspace()):
            return quotation_starting(ctx, _skip_spaces(norm, at + len(de)))
    return None


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


def _attribute_goes_on(
    ctx: Context, vc: VerbCue, q: Quotation, others: Sequence[VerbCue], mode: str
) -> Draft | None:
    """« s'est dite « partiellement satisfaite » d'un arrêt qui… », « s'est dite
    « disponible » pour accompagner… »: a quoted attribute whose complement goes on after
    the quotation; the claim is the whole attribute, the quotation its quoted part."""
    if vc.lemma not in _ATTRIBUTE_VERBS or not q.content.text[:1].islower():
        return None
    tokens = ctx.tokens
    after = next((i for i, t in enumerate(tokens) if t.start >= q.span.end), len(tokens))
    if after >= len(tokens) or tokens[after].low not in _ATTRIBUTE_COMPLEMENTS:
        return None
    head = after + 1
    if head + 1 < len(tokens) and determiner(tokens[head].low):
        head += 1
    if head < len(tokens) and word_class(tokens[head].low, "circumstance"):
        return None  # « s'est dit « inquiet » à l'issue de la réunion »: when, not of what
    end = _clause_end(ctx, after, others)
    # up to a comma or a coordinated clause (« « solidaire » des conducteurs et a demandé… »;
    # not « des conducteurs et des contrôleurs »)
    stop = next(
        (
            t.start
            for i, t in enumerate(tokens[after + 1 :], after + 1)
            if t.text in ",;"
            # « … pour la saison lors du congrès », « … depuis Bruxelles »: a time or place
            or word_class(t.low, "circumstance")
            or (
                word_class(t.low, "conj")
                and i + 1 < len(tokens)
                and (
                    is_verb(tokens[i + 1])
                    or word_class(tokens[i + 1].low, "clitic")
                    # « … et s'est plaint que »: the subject's next report (not « et
                    # « confiant » », a second attribute quoted)
                    or (
                        tokens[i + 1].text not in OPENING_MARKS
                        and any(i < o.first <= i + 3 for o in others)
                    )
                )
            )
        ),
        end,
    )
    end = min(end, stop)
    if end <= tokens[after].end:
        return None
    content = trim(ctx.norm, q.span.start, end)
    quoted = (q.content.start, q.content.end)
    return verb_draft(ctx, vc, "mixed", content, quoted, mode)


_ATTRIBUTE_COMPLEMENTS = frozenset(
    {"de", "d'", "du", "des", "pour", "à", "au", "aux", "que", "qu'"}
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
    content = trim(ctx.norm, q.span.start, end)
    return verb_draft(ctx, vc, "mixed", content, (q.content.start, q.content.end), mode)


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
            return c if not skipped or quotation_starting(ctx, tok.end) is not None else None
        mentioned = (
            quotation_starting(ctx, tok.start) if c > 0 and tok.text in OPENING_MARKS else None
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
            or quotation_starting(ctx, tok.start)
            or word_class(tok.low, "rel")
            or any(o.first == c for o in others)
            # « a conclu son discours : », « à la fermeture du bureau de poste : »: a form
            # after a determiner or a preposition is a noun
            or (
                c > k
                and has_verb([tok])
                and not determiner(tokens[c - 1].low)
                and not word_class(tokens[c - 1].low, "prep")
                and tokens[c - 1].low not in DE_WORDS
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
    if k < j and ctx.tokens[k].text == ",":
        # « parle, elle, d'une « … » », « parle, de son côté, d'un « … » »: an aside
        close = next((x for x in range(k + 1, min(j, k + 5)) if ctx.tokens[x].text == ","), None)
        if (
            close is not None
            and all(t.word or t.text == "'" for t in ctx.tokens[k + 1 : close])
            # the subject's stressed pronoun or its side, not « ici » or a time
            and ctx.tokens[k + 1].low in _SUBJECT_ASIDE_OPENERS
        ):
            k = close + 1
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


# the subject's stressed pronoun, or its side (« de son côté », « pour sa part », « quant à lui »)
_SUBJECT_ASIDE_OPENERS = STRESSED_PRONOUNS | frozenset({"de", "pour", "quant"})

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
            and tokens[i].low in ADDRESSEE_PREPS
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
        and between[0].low in ADDRESSEE_PREPS
        and all(t.word or t.text.isdigit() for t in between)
        and q.content.text.rstrip().endswith("?")
        and vc.verb_class in ("speech", "request")
    ):
        return True  # « en demandant aux pilotes dans son habitacle « … ? » »: a question put
    if (
        3 <= len(between) <= 9
        and between[0].low in ADDRESSEE_PREPS
        and all(t.word or t.text.isdigit() for t in between)
        and q.content.text[:1].islower()
    ):
        # « a dénoncé sur franceinfo une « … » », « a défendu sur France Inter une réforme
        # « … » »: a circumstance before the object
        d = next(
            (
                x
                for x in range(2, len(between))
                if (determiner(between[x].low) or between[x].low in DE_WORDS)
                and between[x].low not in ("au", "aux")
            ),
            None,
        )
        # The object is the last noun phrase: after its determiner only « de » complements (« a
        # répondu aux questions des députés sur la « … » » has none).
        if d is not None and not any(
            word_class(t.low, "prep") and t.low not in DE_WORDS for t in between[d + 1 :]
        ):
            circumstance = between[0].low
            between = between[d:]
            # « dénonce depuis des mois de « graves dysfonctionnements » »: after a time or
            # place, « de » is the object's partitive article; after an addressee it is a
            # complement (« a répondu aux lecteurs de « la Voix du Nord » »)
            partitive = (
                between[0].low in DE_WORDS
                and circumstance not in ("à", "au", "aux", "auprès")
                and not determiner(q.content.text.split(None, 1)[0].lower())
            )
        elif (
            d is None
            and between[0].low not in OBJECT_PREPS
            # « a salué dans un éditorial « une fierté régionale » »: an indefinite object
            and (len(q.content.text) > 20 or _indefinite_start(q))
        ):
            # « a rejeté dans le point 18 « toute mesure visant à… » »: a circumstance, then
            # the quoted object itself
            between = []
    if (
        len(between) >= 2
        and between[0].low in ("sur", "dans", "à", "au", "en")
        and all(t.capitalized or t.text in "-'" for t in between[1:])
        and q.content.text[:1].islower()
        and determiner(q.content.text.split(None, 1)[0].lower())
    ):
        between = []  # « a salué sur LinkedIn « une belle réussite » »: where, then the object
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
                and not manner_phrase(q)
            )
            # « s'est dit « inquiet » »: an attribute, in lower case (« dit » may name a title)
            or (vc.lemma in _ATTRIBUTE_VERBS and q.content.text[:1].islower())
            # « ce qu'il appelle « une exclusion déguisée » »: what the subject calls it (not
            # « ce que les habitants appellent « le village » », a place's name, nor « on »)
            or (
                words >= 2
                and _own_words_for_it(tokens, vc, q)
                and not {"quote", "obj"}.isdisjoint(vc.complements)
            )
        )
    if len(between) == 1 and (between[0].low in OBJECT_PREPS or _prep_object(vc, between[0], q)):
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
        and between[0].low in OBJECT_PREPS
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
        and all(t.low in OBJECT_PREPS or determiner(t.low) for t in between)
        and {"quote", "obj"} & vc.complements
        and words >= 2  # « ce qu'il appelait l'« instantanéité » »: a term he named
    ):
        return True  # « ce qu'il appelle un « … » », « ce qu'elle décrit comme une « … » »
    if (
        len(between) == 2
        and (
            between[0].low in OBJECT_PREPS
            or (_prep_object(vc, between[0], q) and between[0].low != "pour")
        )
        and determiner(between[1].low)
        and ({"quote", "obj"} & vc.complements or vc.light)
        and (vc.verb_class in ("assertion", "speech") or word_class(vc.lemma, "prep_object"))
        and q.content.text[:1].islower()  # « a parlé de la « Maison de la radio » »: a name
        # « ironise sur les « premiers de cordée » chers au président »: someone else's phrase
        and (vc.verb_class != "manner" or word_class(between[1].low, "det_indef"))
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
                and ends_sentence(ctx, q)
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
    # (« a salué la performance de sa mêlée, « dominante du début à la fin », et… »: set apart)
    apart = len(between) >= 3 and between[-1].text == ","
    if apart:
        between = between[:-1]
    # « a demandé de « … » », and « réclame un « plan d'urgence » »: the thing asked for
    # « que les organisateurs appellent des « parcelles-théâtres » »: a name given, no request
    request = vc.verb_class == "request" and (
        between[-1].low in OBJECT_PREPS
        or (
            len(between) == 1
            and between[0].low in ("un", "une", "des")
            and q.content.text[:1].islower()
            and not word_class(vc.lemma, "naming")
        )
    )
    # « a promis le curage du drain de Mabanda « avant la fin du mois » »: a quoted time or
    # manner after a longer object is still what was promised
    head = q.content.text.split(None, 1)[0].lower()
    adverbial = word_class(head, "prep")
    # « a défendu une hausse de la taxe foncière « limitée à 2 % » »: what the object is, in the
    # subject's words, closing the sentence
    qualified = (
        q.role in ("speech", "scare")
        # not a label (« la rédaction « numérique » »), unless set apart
        and (apart or " " in q.content.text.strip())
        and q.content.text[:1].islower()
        and head.endswith(_DEEMED_ENDINGS)  # « limitée à 2 % », « dominante », « prudent »
        and not determiner(between[-1].low)  # « sur la « réforme » » names the noun
        and between[-1].low not in OBJECT_PREPS
        and (
            ctx.norm[q.span.end : q.span.end + 2].strip()[:1] in (",", ";")
            if apart
            else ends_sentence(ctx, q)
        )
    )
    return (
        determiner(first.low)
        and (len(between) <= 5 or ((adverbial or qualified) and len(between) <= 9))
        and (qualified or not apart)
        # « a dédié la victoire « aux supporters » », not « une salle à « la peinture » » nor
        # « une rue « à la mémoire des fusillés » »: a feat dedicated, in words said
        and (
            not word_class(vc.lemma, "dedication")
            or (head in ("à", "au", "aux") and any(word_class(t.low, "feat") for t in between))
        )
        and "obj" in vc.complements
        and (vc.verb_class in ("assertion", "speech", "stance") or request)
        and all(t.word for t in between)
    )


def _compound_noun(text: str) -> bool:
    """« feux de forêt », « plan d'urgence »: words joined by « de » or « à »."""
    words = text.lower().replace("'", "' ").split()
    return len(words) >= 3 and any(w in DE_WORDS or w in ("à", "au", "aux") for w in words[1:-1])


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
    aside = adverb_length_forward(tokens, first) if first < len(tokens) else 0
    if aside > 1 and not (
        vc.lemma == "juger" and any(word_class(t.low, "court") for t in tokens[: vc.first])
    ):
        first += aside  # « juge pour sa part la mesure équitable » (a court tries « le maire »)
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
    q = quotation_starting(ctx, tokens[stop].start) if stop < len(tokens) else None
    if q is not None:
        after = ctx.norm[q.span.end : q.span.end + 2].strip()
        if (
            not q.content.text[:1].islower()
            or (after and after[0] not in ".,;")
            or stop - first < 2
        ):
            return None
        return verb_draft(ctx, vc, "partial", (q.content.start, q.content.end), None, mode)
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
        or any(is_verb(t) or (word_class(t.low, "prep") and t.low not in DE_WORDS) for t in nouns)
    ):
        return None
    content = (tokens[first].start, attribute.end)
    return verb_draft(ctx, vc, "indirect", content, None, mode, confidence=0.6)


def _judged_clause(ctx: Context, vc: VerbCue, j: int, others: Sequence[VerbCue]) -> Draft | None:
    """« Il juge probable que… », « a jugé « indispensable » que… »: what the subject deems of
    the que-clause, the adjective (quoted or not) with the clause the claim."""
    tokens = ctx.tokens
    if vc.first > 0 and determiner(tokens[vc.first - 1].low):
        return None  # « Le considérant essentiel que… »: a noun
    a = j
    while a < len(tokens) and tokens[a].low in _DEGREE_BEFORE:
        a += 1
    if a >= len(tokens):
        return None
    q = quotation_starting(ctx, tokens[a].start)
    if q is not None:
        words = q.content.text.split()
        que = next((i for i in range(a, len(tokens)) if tokens[i].start >= q.span.end), None)
        if not 0 < len(words) <= 3 or not words[0][:1].islower():
            return None
    else:
        attribute = tokens[a]
        if (
            not attribute.word
            or attribute.capitalized
            or not attribute.low.endswith(_DEEMED_ENDINGS)
            or determiner(attribute.low)
            or is_verb(attribute)
        ):
            return None
        que = a + 1
    if que is None or que >= len(tokens) or tokens[que].low not in ("que", "qu'"):
        return None
    end = extend_over_quotations(ctx, tokens[que].end, _clause_end(ctx, que + 1, others))
    content = trim(ctx.norm, tokens[j].start, end)
    kind, quoted = content_kind(ctx, *content)
    return verb_draft(ctx, vc, kind, content, quoted, "before")


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


def _agent_at(tokens: Sequence[Token], a: int, b: int) -> bool:
    """« par le tribunal », « par Emmanuel Macron », « par l'AFP »: someone, not a means
    (« par SMS », « par GPS »)."""
    first = tokens[a]
    return (
        determiner(first.low)
        or lexicon.normalize_key(first.low) in lexicon.first_names()
        or find_organization(tokens[a:b]) == (0, b - a)
    )


def _own_words_for_it(tokens: Sequence[Token], vc: VerbCue, q: Quotation) -> bool:
    """« ce qu'il appelle « un dossier monté » »: the subject's own words for what the
    relative stands for (a judgement, not a name: « ce que les habitants appellent « le
    village » »)."""
    ce = in_relative_ce_que(tokens, vc.first)
    return (
        ce is not None
        and _names_in_own_words(tokens, ce + 2, vc.first)
        and q.content.text[:1].islower()
        and _indefinite_or_bare(q)
    )


def _names_in_own_words(tokens: Sequence[Token], a: int, b: int) -> bool:
    """The subject of « ce que X appelle « un … » » between ``a`` and ``b`` speaks for
    itself: a person or a body, not « on » nor a group whose term of art it is (« ce que les
    marins appellent « un coup de tabac » »)."""
    words = [t for t in tokens[a:b] if t.word]
    if not words or words[0].low in ("on", "les", "des"):
        return False
    if [t.low for t in words[:2]] == ["l'", "on"]:
        return False  # « ce que l'on appelle »
    if words[0].low in SUBJECT_CLITICS or words[0].capitalized:
        return True
    # « ce que le maire appelle », not « ce que la loi / la médecine appelle »
    head = words[1] if len(words) > 1 and determiner(words[0].low) else words[0]
    return (
        lexicon.normalize_key(head.low) in lexicon.titles() or find_organization(words) is not None
    )


def _indefinite_start(q: Quotation) -> bool:
    """« une fierté régionale », « des moyens »: an indefinite article and a noun after it."""
    words = q.content.text.split(None, 2)
    return len(words) >= 2 and word_class(words[0].lower(), "det_indef")


def _indefinite_or_bare(q: Quotation) -> bool:
    """« un dossier monté », « pur théâtre »: a judgement; « le village », « l'Ouest » name."""
    first = q.content.text.split(None, 1)[0].lower().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")
    return word_class(first, "det_indef") or not (
        determiner(first) or first.startswith("l'") or first.endswith("'")
    )


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


def _noun_phrase_quoted(q: Quotation) -> bool:
    """« « une mission de service public » »: quoted words opening with an article."""
    first = q.content.text.split(None, 1)[0].lower() if q.content.text.strip() else ""
    return first in ("un", "une", "des", "le", "la", "les", "du") and q.content.text[:1].islower()
