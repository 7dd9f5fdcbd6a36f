"""Optional NLP backends: a parse from spaCy or stanza under the rules engine.

Nothing here imports spaCy or stanza: ``quoteattr.backends.spacy`` and
``quoteattr.backends.stanza`` do, when they are used, so the default engine needs neither.
"""

from __future__ import annotations

import os

from quoteattr.errors import BackendError
from quoteattr.model import Claim

BACKENDS = ("rules", "spacy", "stanza")


def extract_with(
    text: str,
    *,
    backend: str,
    doc_id: str | None = None,
    model: str = "fr_core_news_sm",
    stanza_dir: str | os.PathLike[str] | None = None,
) -> list[Claim]:
    """The claims of ``text`` through ``backend`` ("spacy" or "stanza").

    >>> [c.kind for c in extract_with("Selon la police, tout va bien.", backend="spacy")]
    ['according_to']
    """
    if backend == "spacy":
        from quoteattr.backends.spacy import extract_spacy

        return extract_spacy(text, doc_id=doc_id, model=model)
    if backend == "stanza":
        from quoteattr.backends.stanza import extract_stanza

        return extract_stanza(text, doc_id=doc_id, stanza_dir=stanza_dir)
    raise BackendError(f"unknown backend {backend!r}; use one of: {', '.join(BACKENDS)}")
