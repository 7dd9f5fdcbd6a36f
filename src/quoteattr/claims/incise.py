"""An incise: the verb after (or inside) what it reports, the content before it
(« …, a déclaré X. », « « … », a-t-il dit. », « « A, dit-il, B » »), with the checks that
tell an incise from a verb in the writer's own sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quoteattr import lexicon, verbs
from quoteattr.claims.base import (
    ADDRESSEE_PREPS,
    CLOSERS,
    DASHES,
    PARTICIPLE_ENDS,
    Context,
    Draft,
    content_kind,
    ends_sentence,
    has_verb,
    innermost_containing,
    named_work,
    quotation_ending,
    quotation_starting,
    sentence_like,
    source_like,
    starts_noun_phrase,
    token_before,
    trim,
    verb_draft,
    words_noun,
)
from quoteattr.cues import OPENING_MARKS, VerbCue, adverb_length_forward
from quoteattr.grammar import determiner, word_class
from quoteattr.mentions import name_runs, people_noun
from quoteattr.model import Quotation
from quoteattr.speakers import (
    participle_led,
    quoted_title_at,
    skip_aside,
    skip_leading_complements,
    subject_after,
)
from quoteattr.text import Token


def _fronted_phrase_before(ctx: Context, position: int) -> bool:
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


def link_incise(ctx: Context, vc: VerbCue) -> Draft | None:
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
            starts_noun_phrase(tokens, after)
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
    inside = innermost_containing(ctx, tokens[vc.first].start, tokens[vc.last - 1].end)
    if inside is not None and inside.role == "title":
        return None  # « la devise : "Ici commence le large" »: a title's own words
    # « « Qui va reprendre nos fermes ? s'interroge X. Mes fils sont partis. » »: inside a
    # quotation an incise follows a comma, or a question or exclamation mark
    if inside is not None and prev_text in (",", "?", "!") and inside.role != "title":
        content = (inside.content.start, inside.content.end)
        return verb_draft(ctx, vc, "direct", content, None, mode)
    if vc.first != 0 and prev_text != "," and prev_text not in CLOSERS | DASHES:
        return None  # an incise follows a comma, a closing mark or a dash
    q = quotation_ending(ctx, before if prev_text != "," else tokens[vc.first - 1].start)
    if q is None and vc.first == 0:
        q = quotation_ending(ctx, ctx.sentence.start)
    if q is not None and not inverted and _in_relative_on_subject(tokens, q):
        # « La réforme, qui « … », assure la ministre, sera examinée mardi »: an incise whose
        # subject is followed by a comma and the main clause is one
        subject = subject_after(tokens, vc.last)
        if subject is None or subject[1] >= len(tokens) or tokens[subject[1]].text != ",":
            return None
    if q is not None and q.role == "title" and not inverted and named_work(norm, q):
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
        return verb_draft(
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
        and (preceding := token_before(ctx, q.span.start)) is not None
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
            return verb_draft(ctx, vc, "mixed", (lead, q.span.end), fragment, mode)
        if follow is not None:
            end = follow.content.end
            kind = "direct" if norm[start].isupper() else "partial"
        draft = verb_draft(ctx, vc, kind, (start, end), None, mode)
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
            and prev_text in CLOSERS
            and (q.span.start == ctx.sentence.start or _fronted_phrase_before(ctx, q.span.start))
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
        content = trim(norm, ctx.sentence.start, tokens[stray].start)
        if len(norm[content[0] : content[1]].split()) >= 3:
            return verb_draft(ctx, vc, "direct", content, None, mode, confidence=0.6)
    if vc.first == 0 or prev_text != ",":
        return None
    start = ctx.sentence.start
    colon = next(
        (
            k
            for k in range(vc.first - 2, 0, -1)
            if tokens[k].text == ":"
            and innermost_containing(ctx, tokens[k].start, tokens[k].end) is None
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
    content = trim(norm, start, tokens[vc.first - 1].start)
    opening = quotation_starting(ctx, content[0])
    if opening is not None and _only_adverbs_between(ctx, opening.span.end, content[1]):
        # « « Indispensable », même, a-t-il insisté »: the quotation, and an adverb of the
        # writer's before the incise
        text = opening.content.text
        kind = "direct" if text[:1].isupper() and sentence_like(norm, opening) else "partial"
        return verb_draft(ctx, vc, kind, (opening.content.start, opening.content.end), None, mode)
    resumed = _clause_resumes(tokens, vc, after)
    if resumed:
        # « Faute de postes, explique-t-il, les groupes se font à effectif constant »: the
        # incise interrupts the sentence, which is said whole.
        content = trim(norm, start, ctx.sentence.end)
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
        or (not inverted and _aged_name_before(tokens, vc.first - 1))
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
    kind, quoted = content_kind(ctx, *content)
    draft = verb_draft(ctx, vc, kind, content, quoted, mode)
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


def _embedded(ctx: Context, q: Quotation) -> bool:
    """A fragment in lower case right after a word of the clause (« pour « vol » »)."""
    before = token_before(ctx, q.span.start)
    return q.content.text[:1].islower() and before is not None and before.word


def _clause_before(ctx: Context, q: Quotation) -> int | None:
    """Where the sentence starts when a clause of the writer's leads into the quotation
    before an incise (« Ce n'est « pas une surprise », a réagi X »), else None."""
    tokens = ctx.tokens
    k = next((i for i, t in enumerate(tokens) if t.start >= q.span.start), 0)
    lead = tokens[:k]
    # « La pièce « En attendant Godot » est « … » »: a title inside the clause is a name.
    # « … pour « trafic de stupéfiants » ainsi que pour « association de malfaiteurs », a-t-on
    # appris »: fragments in lower case inside the clause, the last one too, are part of it.
    titles = [
        (t.span.start, t.span.end)
        for t in ctx.quotations
        if lead
        and lead[0].start <= t.span.start < q.span.start
        and (t.role == "title" or (_embedded(ctx, t) and _embedded(ctx, q)))
    ]
    if not lead or any(
        t.text in ":;"
        or (
            (t.text in CLOSERS or t.text in OPENING_MARKS)
            and not any(a <= t.start < b for a, b in titles)
        )
        or t.text in DASHES
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


_SHORT_CLAUSE_SUBJECTS = frozenset({"je", "on", "il", "ils", "elle", "elles", "nous", "vous"})


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


def _in_relative_on_subject(tokens: Sequence[Token], q: Quotation) -> bool:
    """« Les orpailleurs, pour qui les puits sont « … », accusent… », « Le réalisateur, qui
    avait reçu un prix pour « … », n'a pas caché… »: the quotation ends a relative clause on
    the sentence's subject, so the verb after it is the subject's own, not an incise."""
    lead = [t for t in tokens if t.end <= q.span.start]
    comma = next((i for i, t in enumerate(lead) if t.text == ","), -1)
    if comma < 1 or not determiner(lead[0].low) or any(t.text in ",:;" for t in lead[comma + 1 :]):
        return False
    core = lead[comma + 1 :]
    return bool(core) and (
        word_class(core[0].low, "rel")
        or (len(core) > 1 and word_class(core[0].low, "prep") and word_class(core[1].low, "rel"))
    )


def _aged_name_before(tokens: Sequence[Token], end: int) -> bool:
    """« Trop fatiguée pour se déplacer, Suzanne Roux, 97 ans, avait écrit une lettre »: a
    name and an age just before the comma are the verb's subject."""
    if end < 4 or tokens[end - 1].low != "ans" or not tokens[end - 2].text.isdigit():
        return False
    if tokens[end - 3].text != ",":
        return False
    runs = name_runs(tokens[: end - 3])
    return bool(runs) and runs[-1][1] == end - 3 and runs[-1][1] - runs[-1][0] >= 2


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
        # an inverted incise (« , précise-t-elle, ») only ever interrupts: the clause goes on
        # even past a verb the lexicons do not know (« Le catalogue, précise-t-elle,
        # reproduit… », « L'endettement resterait, a-t-il dit, inférieur à… »)
        and (verb is not None or (vc.clitic is not None and not nxt.capitalized))
        and (verb is None or not verb.low.endswith("ant"))  # « l'opposition ayant retiré… »
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
    if quotation_starting(ctx, nxt.start) is not None and quoted_title_at(tokens, start) is None:
        return False  # « a reconnu des « erreurs » »: the quotation is the verb's object
    return (
        nxt.text in ",.;!?()"  # « Manon Richaud (Verts/ALE) »
        # « « … », a ajouté le maire : « … » »: the speaker goes on after a colon
        or (
            nxt.text == ":"
            # a name in apposition makes it a subject (« prévient la chanteuse, Léa X : »)
            and (colon or any(t.text == "," for t in tokens[found[0] : end]))
            and quotation_starting(ctx, nxt.end) is not None
        )
        or nxt.text in _TRUE_CLOSERS
        or nxt.low in ADDRESSEE_PREPS
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
            follow = quotation_starting(ctx, tokens[j].end)
            if follow is not None and (first or ends_sentence(ctx, follow)):
                return follow
            if follow is not None:
                return None  # « la ministre, « choquée », a quitté… »: words about someone
            first = False
        elif (
            tokens[j].text in ".;:!?"
            or tokens[j].text in CLOSERS
            or quotation_starting(ctx, tokens[j].start)
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


# « Paru », « Sorti », « Publié »: the same, and the participles in -i
_PARTICIPLE_ENDINGS = (*PARTICIPLE_ENDS, "i", "ie", "is", "ies")
