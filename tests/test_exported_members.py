"""The public surface is exactly what docs/api.md documents."""

from __future__ import annotations

import quoteattr

DOCUMENTED = {
    "BackendError",
    "Claim",
    "Cue",
    "GoldError",
    "InputError",
    "Mention",
    "Quotation",
    "QuoteattrError",
    "RecordError",
    "Speaker",
    "Span",
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
}


def test_all_is_the_documented_api() -> None:
    assert set(quoteattr.__all__) == DOCUMENTED
    for name in quoteattr.__all__:
        assert hasattr(quoteattr, name), name


def test_errors_share_one_base() -> None:
    for name in ("BackendError", "GoldError", "InputError", "RecordError"):
        assert issubclass(getattr(quoteattr, name), quoteattr.QuoteattrError)
