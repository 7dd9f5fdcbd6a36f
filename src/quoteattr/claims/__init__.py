"""Claims: each cue linked to its content, with the claim's kind decided.

Works sentence by sentence on the normalised text, with the paragraph's quotations at hand.
The output is a list of drafts in normalised offsets; speakers and coreference come after, and
the pipeline maps every offset back to the caller's string at the very end.

One module per kind of cue, each a function from a sentence ``Context`` to drafts, and one
for the paragraph:

- ``sentence``: ``link_sentence``, which tries every kind below in turn;
- ``verb``: a reporting verb before its content (que-clause, object, quotation), « comme »
  and cleft sentences;
- ``incise``: a verb after its content (« …, a déclaré X. »);
- ``sources``: « selon X », « d'après X », « de source policière », « à l'en croire »,
  « jugé « … » par X »;
- ``colon``: « Le ministre : « … » »;
- ``paragraphs``: what reaches across sentences once a paragraph is linked (a paragraph that
  is only a quotation, quotations before the sentence that introduces them, interview
  answers);
- ``base``: the ``Draft`` and ``Context`` classes and the tests on tokens they share.
"""

from quoteattr.claims.base import (
    POSSESSIVE_DETERMINERS,
    Context,
    Draft,
    cueless_draft,
    has_verb,
    sentence_like,
    source_like,
    uncued_draft,
    with_mention,
    words_as_subject,
    words_noun,
)
from quoteattr.claims.sentence import link_sentence
from quoteattr.cues import split_inversion

__all__ = [
    "POSSESSIVE_DETERMINERS",
    "Context",
    "Draft",
    "cueless_draft",
    "has_verb",
    "link_sentence",
    "sentence_like",
    "source_like",
    "split_inversion",
    "uncued_draft",
    "with_mention",
    "words_as_subject",
    "words_noun",
]
