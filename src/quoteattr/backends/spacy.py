"""quoteattr inside a spaCy pipeline: ``nlp.add_pipe("quoteattr")``.

The factory is registered through the ``spacy_factories`` entry point, so spaCy finds it
without an import once quoteattr is installed. On a pipeline with a dependency parser
(``fr_core_news_sm`` / ``md``) the parse fills in speakers the rules miss; on
``spacy.blank("fr")`` the component runs the rules alone. Either way the claims index
``doc.text``, which spaCy keeps identical to the string it was given.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from quoteattr.backends.base import Parse, ParsedToken, extract_parsed, missing
from quoteattr.errors import BackendError
from quoteattr.model import Claim, Span
from quoteattr.pipeline import extract

try:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.tokens import Span as TokenSpan
except ImportError as error:  # pragma: no cover - exercised only without spaCy
    raise missing("spaCy", 'pip install "quoteattr[spacy]"') from error

QUOTES = "quoteattr_quotes"
CUES = "quoteattr_cues"
SPEAKERS = "quoteattr_speakers"
DOC_ID_KEY = "quoteattr_doc_id"


def parse_of(doc: Doc) -> Parse:
    """The backend-neutral parse of a spaCy ``Doc`` (whitespace tokens are kept, unused).

    >>> import spacy
    >>> parse_of(spacy.blank("fr")("Il a dit non.")).tokens[1].text
    'a'
    """
    has_sentences = doc.has_annotation("SENT_START")
    sentence_of = {}
    if has_sentences:
        for number, sent in enumerate(doc.sents):
            for tok in sent:
                sentence_of[tok.i] = number
    return Parse(
        doc.text,
        tuple(
            ParsedToken(
                start=tok.idx,
                end=tok.idx + len(tok.text),
                text=tok.text,
                lemma=tok.lemma_ or tok.lower_,
                upos=tok.pos_,
                head=-1 if tok.head.i == tok.i else tok.head.i,
                deprel=tok.dep_.lower() if tok.dep_ != "ROOT" else "root",
                sentence=sentence_of.get(tok.i, 0),
                entity=tok.ent_type_,
            )
            for tok in doc
        ),
    )


def claims_of(doc: Doc, *, doc_id: str | None = None) -> list[Claim]:
    """The claims of a processed ``Doc``: the parse is used when the pipeline made one.

    >>> import spacy
    >>> [c.kind for c in claims_of(spacy.blank("fr")("Selon la police, tout va bien."))]
    ['according_to']
    """
    if doc.has_annotation("DEP"):
        return extract_parsed(parse_of(doc), doc_id=doc_id)
    return extract(doc.text, doc_id=doc_id)


class QuoteattrComponent:
    """Sets ``doc._.claims`` and three span groups; keeps no state between documents."""

    def __call__(self, doc: Doc) -> Doc:
        doc_id = doc.user_data.get(DOC_ID_KEY)
        claims = claims_of(doc, doc_id=doc_id if isinstance(doc_id, str) else None)
        doc._.claims = tuple(claims)
        doc.spans[QUOTES] = _spans(doc, [(c.content, c.kind, "") for c in claims])
        doc.spans[CUES] = _spans(
            doc, [(c.cue.span, c.cue.type, c.cue.lemma) for c in claims if c.cue is not None]
        )
        doc.spans[SPEAKERS] = _spans(
            doc,
            [
                (c.speaker.mention, c.speaker.type, c.speaker.name or "")
                for c in claims
                if c.speaker is not None and c.speaker.mention is not None
            ],
        )
        return doc


def _spans(doc: Doc, parts: Sequence[tuple[Span, str, str]]) -> list[TokenSpan]:
    """Token-aligned spans (widened to whole tokens); the label says the kind or type and
    ``kb_id`` the cue lemma or the speaker's name."""
    out: list[TokenSpan] = []
    for span, label, kb_id in parts:
        found = doc.char_span(
            span.start, span.end, label=label, kb_id=kb_id, alignment_mode="expand"
        )
        if found is not None:
            out.append(found)
    return out


@Language.factory("quoteattr")
def make_component(nlp: Language, name: str) -> QuoteattrComponent:
    """The factory behind ``nlp.add_pipe("quoteattr")``.

    >>> import spacy
    >>> nlp = spacy.blank("fr"); _ = nlp.add_pipe("quoteattr")
    >>> [c.text for c in nlp("« Non », a dit Anne Morel.")._.claims]
    ['Non']
    """
    if not Doc.has_extension("claims"):
        Doc.set_extension("claims", default=())
    return QuoteattrComponent()


@functools.cache
def load(model: str) -> Language:
    """The spaCy pipeline ``model``, loaded once per process."""
    import spacy

    try:
        return spacy.load(model)
    except OSError as error:
        package = model.replace("_", "-")
        raise BackendError(
            f"spaCy model {model!r} is not installed; install it with: pip install {package}"
        ) from error


def extract_spacy(text: str, *, doc_id: str | None = None, model: str) -> list[Claim]:
    """``quoteattr.extract(text, backend="spacy", model=...)``.

    >>> [c.kind for c in extract_spacy("Selon la police, tout va bien.", model="fr_core_news_sm")]
    ['according_to']
    """
    return claims_of(load(model)(text), doc_id=doc_id)
