"""Sources named without a verb of saying before the content: « selon X » and « d'après
X » (but not « selon les cas »), « Pour X, … » at the head, « de source policière », « À
l'en croire, … », and a quotation given « par X » after a participle (« jugée « injuste »
par les syndicats »).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from quoteattr import lexicon, verbs
from quoteattr.claims.base import (
    CLOSERS,
    DASHES,
    OBJECT_PREPS,
    POSSESSIVE_DETERMINERS,
    Context,
    Draft,
    apposition_to_end,
    concessive_clause_end,
    content_kind,
    ends_sentence,
    extend_over_quotations,
    filling_quotation,
    has_verb,
    innermost_containing,
    manner_phrase,
    name_apposition,
    named_work,
    names_the_same,
    quotation_after_colon,
    quotation_ending,
    quotation_starting,
    sentence_like,
    source_draft,
    source_like,
    token_before,
    trim,
    words_noun,
)
from quoteattr.cues import STRESSED_PRONOUNS, VerbCue
from quoteattr.grammar import determiner, word_class
from quoteattr.mentions import analyse
from quoteattr.model import Quotation
from quoteattr.speakers import (
    participle_led,
    quoted_title_at,
    skip_aside,
    subject_after,
    subject_before,
)
from quoteattr.text import DE_WORDS, Token


def _adapted_before(tokens: Sequence[Token], i: int) -> bool:
    """« tourné d'après », « tourné sur la corniche d'après », « écrite d'après »: a work's
    participle shortly before « d'après » (no comma between) makes it say what the work
    follows, not who says so."""
    for k in range(i - 1, max(-1, i - 6), -1):
        if tokens[k].text in ",;:":
            return False
        if word_class(tokens[k].low, "adapted"):
            # unless people follow (« peinte en 1890 d'après les experts », « écrit d'après son
            # éditeur »); right after it a name is the work's source (« tourné d'après Balzac »)
            return not _people_after(tokens, i + 2, names=k != i - 1)
    return False


def _people_after(tokens: Sequence[Token], k: int, *, names: bool) -> bool:
    """Whether the words at ``k`` name people or a body: a title, an organisation, a source
    noun of people (« ses proches »), and with ``names`` a capitalised name."""
    if k < len(tokens) and determiner(tokens[k].low):
        k += 1
    if k >= len(tokens):
        return False
    head = tokens[k]
    key = lexicon.normalize_key(head.low)
    source = lexicon.source_nouns().get(key)
    return (
        (names and head.capitalized)
        or key in lexicon.titles()
        or key in lexicon.organizations()
        or (source is not None and source.kind != "document")
    )


def link_selon(ctx: Context, vcues: Sequence[VerbCue]) -> list[Draft]:
    """« Selon X, … », « …, selon X. », « d'après X », and « Pour X, … » at the head."""
    tokens = ctx.tokens
    norm = ctx.norm
    out: list[Draft] = []
    # « a assuré, selon l'AFP, le directeur »: an aside between an incise and its subject.
    asides = {
        vc.last + 1
        for vc in vcues
        if vc.first > 0
        and (tokens[vc.first - 1].text == "," or tokens[vc.first - 1].text in CLOSERS)
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
            if _adapted_before(tokens, i):
                continue  # « tourné d'après un récit de Joseph Kessel »: a work adapted
            x_start = i + 2
        elif tok.low == "pour" and (
            # « … : pour les rois, il est capital de… » is no citation
            _at_clause_head(tokens, i, colon=False) or (i > 0 and tokens[i - 1].text == ",")
        ):
            x_start = i + 1
        else:
            continue
        inside = innermost_containing(ctx, tok.start, tok.end)
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
            relative := _selon_relative(ctx, i, x_start) or _utterance_relative(ctx, i, x_start)
        ) is not None:
            out.append(relative)
            continue
        x_end = x_start
        while x_end < len(tokens) and tokens[x_end].text not in ",.;:!?)":
            if counts and tokens[x_end].low == "et" and _count_before(tokens, x_end + 2):
                break  # « selon la police et 40 000 selon les syndicats »
            inner = quotation_starting(ctx, tokens[x_end].start)
            if (inner is None and tokens[x_end].text in CLOSERS) or (
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
                or tokens[x_start].low in POSSESSIVE_DETERMINERS
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
            appos = name_apposition(tokens, x_end)
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
            appos = name_apposition(tokens, x_end)
            if appos is not None and tokens[appos].end <= words.span.start:
                x_end = appos  # the name in apposition is X
        elif (parenthesised := _quoted_in_parenthesis(ctx, i, x_end)) is not None or (
            parenthesised := _fragment_right_before(ctx, i)
        ) is not None:
            # « (« une décision prise en catimini », selon le PTB) », « un projet
            # « déconnecté des besoins » selon l'opposition »
            start, end = parenthesised.content.start, parenthesised.content.end
            if apposition_to_end(tokens, x_end) and names_the_same(tokens, x_start, x_end):
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
            start, end = tokens[comma].end, extend_over_quotations(ctx, tokens[comma].end, stop)
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
                or apposition_to_end(tokens, x_end)
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
            if topic is None and (concession := concessive_clause_end(ctx, i - 1)) is not None:
                start = tokens[concession].end  # « Bien que X affirme…, Y, selon Z »: Y
            end = tokens[i - 1].start
            if apposition_to_end(tokens, x_end):
                # « …, selon la maire, Ana Morel. »: the apposition names the source too.
                x_end = len(tokens) - 1 if tokens[-1].text in ".;!?" else len(tokens)
        elif i > 0 and (x_end >= len(tokens) or tokens[x_end].text in ".;!?"):
            # « Le chômage a reculé selon l'Insee. »: the source closes the sentence
            start, end = ctx.sentence.start, tok.start
        else:
            start, end = ctx.sentence.start, ctx.sentence.end
        content = trim(norm, start, end)
        if content[1] - content[0] < 2:
            continue
        kind = "according_to"
        q = filling_quotation(ctx, content)
        quoted: tuple[int, int] | None = None
        # « « Le projet avance », dixit le maire »: short capitalised words said, unless a
        # title word names them
        if q is not None and (q.role != "title" or not named_work(norm, q)):
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
        out.extend(quotation_after_colon(ctx, draft, vcues))
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


def link_de_source(ctx: Context) -> Draft | None:
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
            content = trim(ctx.norm, tokens[end].end, ctx.sentence.end)
        elif i > 0 and (end >= n or tokens[end].text in ".;!?"):
            content = trim(ctx.norm, ctx.sentence.start, tokens[i - 1].start)
        else:
            return None
        while content[1] > content[0] and ctx.norm[content[1] - 1] in ".!?":
            content = (content[0], content[1] - 1)
        if content[1] - content[0] < 2:
            return None
        # the source is « source policière »: the noun stays in it
        draft = source_draft(ctx, content, "de source", i, i + 2, end, 0.7)
        return attrs.evolve(draft, speaker_hint=(tokens[i + 1].start, tokens[end - 1].end))
    return None


def link_believe_them(ctx: Context) -> Draft | None:
    """« À l'en croire, l'ouvrage sera ouvert avant la fin de l'année », « À les entendre,
    … »: the clause after the comma is the view of the person the sentence before named."""
    tokens = ctx.tokens
    if len(tokens) < 5 or tokens[0].low not in ("à", "a"):
        return None
    if tokens[1].low in POSSESSIVE_DETERMINERS and tokens[2].low == "yeux":
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
    content = trim(ctx.norm, tokens[comma].end, ctx.sentence.end)
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
    q = quotation_starting(ctx, tokens[x_end + 1].start)
    appos = name_apposition(tokens, x_end) if q is None else None
    if appos is not None and appos + 1 < len(tokens):
        # « selon l'expression de son directeur, Koffi Amégnran, « … » »: past the name
        q = quotation_starting(ctx, tokens[appos + 1].start)
    if q is None or q.role == "title" or not ends_sentence(ctx, q):
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
    if tokens[k].low not in POSSESSIVE_DETERMINERS:
        return None
    k += 1
    if k < x_end and tokens[k].low in ("propres", "propre"):
        k += 1
    if k + 1 != x_end or not words_noun(tokens[k].low):
        return None
    q = quotation_starting(ctx, tokens[x_end + 1].start) if x_end + 1 < len(tokens) else None
    if (
        q is None
        or tokens[x_end].text != ","
        or q.role == "title"
        or not (ends_sentence(ctx, q) or ctx.norm[q.span.end : q.span.end + 2].strip() == ",")
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


def _fragment_right_before(ctx: Context, i: int) -> Quotation | None:
    """« un projet « déconnecté des besoins réels » selon X »: lower-case quoted words inside
    the sentence, right before « selon » with no comma, are what X said."""
    tokens = ctx.tokens
    if i < 3 or tokens[i].low != "selon" or tokens[i - 1].text not in CLOSERS:
        return None
    q = quotation_ending(ctx, tokens[i - 1].end)
    if q is None or q.role == "title" or not q.content.text[:1].islower():
        return None
    # « un projet « déconnecté » selon X », « Le chantier, « interminable » selon les riverains »
    before = token_before(ctx, q.span.start)
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
    q = quotation_starting(ctx, tokens[opening + 1].start)
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
    q = quotation_starting(ctx, pos)
    return q is not None and q.role == "speech" and ends_sentence(ctx, q)


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
            if t.text in ",;:" and innermost_containing(ctx, t.start, t.end) is None
        ),
        ctx.sentence.end,
    )
    content = trim(ctx.norm, tokens[x_start].end, stop)
    if content[1] - content[0] < 2:
        return None
    kind = "according_to"
    q = filling_quotation(ctx, content)
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


def _utterance_relative(ctx: Context, i: int, x_start: int) -> Draft | None:
    """« L'affirmation du ministre selon laquelle les délestages prendraient fin « … » a
    fait sourire », « Ses propos, selon lesquels … »: what a statement says, its author the
    complement of the reporting noun (or the possessor of « ses »)."""
    tokens = ctx.tokens
    if x_start >= len(tokens) - 1 or tokens[x_start].low not in _SELON_RELATIVES - {"qui"}:
        return None
    j = i - 1 if i > 0 and tokens[i - 1].text == "," else i
    noun = None
    for k in range(j - 1, max(-1, j - 9), -1):
        t = tokens[k]
        if not t.word:
            break
        if lexicon.normalize_key(t.low) in verbs.reporting_nouns() and (
            k > 0 and (determiner(tokens[k - 1].low) or tokens[k - 1].low in POSSESSIVE_DETERMINERS)
        ):
            noun = k
            break
    if noun is None:
        return None
    if noun + 2 < j and tokens[noun + 1].low in DE_WORDS:
        hint = (tokens[noun + 2].start, tokens[j - 1].end)  # « du ministre de l'Énergie »
    elif tokens[noun - 1].low in POSSESSIVE_DETERMINERS:
        hint = (tokens[noun - 1].start, tokens[noun].end)  # « Ses propos »
    else:
        return None
    stop = ctx.sentence.end
    said = False
    for k in range(x_start + 1, len(tokens)):
        t = tokens[k]
        if innermost_containing(ctx, t.start, t.end) is not None:
            continue
        if t.text in ",;:":
            stop = t.start
            break
        if (
            said
            and (t.low in verbs.auxiliary_index() or word_class(t.low, "finite"))
            and tokens[k - 1].low not in ("ne", "n'", "se", "s'", "qu'", "que")
        ):
            stop = t.start  # « … « avant la Tabaski » a fait sourire »: the main verb
            break
        said = said or has_verb(tokens[k - 1 : k + 1])
    content = trim(ctx.norm, tokens[x_start].end, stop)
    if len(ctx.norm[content[0] : content[1]].split()) < 2:
        return None
    kind, quoted = content_kind(ctx, *content)
    return Draft(
        kind=kind,
        content=content,
        quoted=quoted,
        cue=(tokens[noun].start, tokens[noun].end),
        cue_lemma=tokens[noun].low,
        cue_type="noun",
        sentence=ctx.sentence,
        cue_first=noun,
        cue_last=x_start + 1,
        speaker_mode="selon",
        speaker_hint=hint,
        confidence=0.6,
    )


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
        word_class(tokens[j].low, "intro") or tokens[j].text in DASHES or tokens[j].text == ","
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
    appos = name_apposition(tokens, x_end)
    return (
        appos is not None
        and appos - x_end >= 3
        and all(t.capitalized for t in tokens[x_end + 1 : appos])
        and lexicon.normalize_key(tokens[x_end + 1].low) in lexicon.first_names()
    )


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


def link_agent(ctx: Context) -> list[Draft]:
    """« La réforme, jugée « injuste » par les syndicats » and « qualifié de « … » par X »:
    an assertion verb's past participle, a quotation and « par » with its agent, who said the
    quoted words."""
    tokens = ctx.tokens
    out = []
    for k in range(3, len(tokens) - 1):
        if tokens[k].low != "par":
            continue
        q = quotation_ending(ctx, tokens[k - 1].end)
        if q is None or q.role == "title" or q.span.end != tokens[k - 1].end:
            continue
        p = next((i for i in range(k - 2, 0, -1) if tokens[i].start == q.span.start), 0) - 1
        if p > 0 and tokens[p].low in OBJECT_PREPS:
            p -= 1  # « qualifié de », « présenté comme »
        if p < 0 or not _reporting_participle(tokens[p].low):
            continue
        content = (q.content.start, q.content.end)
        if content[1] - content[0] < 2 or manner_phrase(q):
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
