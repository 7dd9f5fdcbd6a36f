"""quoteattr: attributed claims (quotations and reported speech) in French news text.

>>> import quoteattr
>>> claims = quoteattr.extract("« Nous irons jusqu'au bout », a déclaré la ministre.")
>>> claims[0].kind, claims[0].text
('direct', "Nous irons jusqu'au bout")
"""

from quoteattr.backends.stanza import from_stanza
from quoteattr.errors import (
    BackendError,
    GoldError,
    InputError,
    QuoteattrError,
    RecordError,
)
from quoteattr.frames import to_dataframe
from quoteattr.model import Claim, Cue, Mention, Quotation, Span, Speaker
from quoteattr.pipeline import extract, find_quotations
from quoteattr.records import extract_records
from quoteattr.render import render_html
from quoteattr.serialize import from_dict, to_dict

__version__ = "0.1.0"


def compiled() -> bool:
    """Whether this installation runs the compiled build of the pipeline (see setup.py).

    Benchmarks print it, since the compiled build is about 1.4x faster; results are identical.
    """
    from quoteattr import pipeline

    return not pipeline.__file__.endswith(".py")


__all__ = [
    "BackendError",
    "Claim",
    "Cue",
    "GoldError",
    "InputError",
    "Mention",
    "Quotation",
    "QuoteattrError",
    "RecordError",
    "Span",
    "Speaker",
    "__version__",
    "compiled",
    "extract",
    "extract_records",
    "find_quotations",
    "from_dict",
    "from_stanza",
    "render_html",
    "to_dataframe",
    "to_dict",
]
