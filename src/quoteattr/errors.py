"""The library's own exceptions: one family, so callers catch exactly what users cause."""

from __future__ import annotations


class QuoteattrError(Exception):
    """Base of every error a user can cause with bad input; the CLI turns it into exit status 2."""


class InputError(QuoteattrError):
    """Input that cannot be read as text: a missing file, bytes that are not UTF-8, binary data."""


class RecordError(QuoteattrError):
    """A JSON record (an input line or a claim) that does not have the expected shape."""


class GoldError(QuoteattrError):
    """A gold annotation file that does not follow the documented format."""


class BackendError(QuoteattrError):
    """An optional NLP backend that is not installed or has no model available."""
