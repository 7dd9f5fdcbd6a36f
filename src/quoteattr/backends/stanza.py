"""quoteattr on a stanza ``Document``: from a stanza Pipeline, or read from CoNLL-U.

A Document made by a Pipeline carries its text and every token's character offsets, and the
claims index that text. A Document read from CoNLL-U has neither unless the file records
them (``start_char=…|end_char=…`` in MISC); without them the text is rebuilt from the tokens
and their ``SpaceAfter=No`` / ``SpacesAfter`` annotations, a paragraph break (``# newpar``)
becoming a newline, and the claims index that rebuilt text. :func:`rebuilt_text` gives the
text the claims of :func:`from_stanza` index, in every case.

stanza is imported only by :func:`extract_stanza`: reading a Document needs nothing but the
Document itself.
"""

from __future__ import annotations

import functools
import os
from typing import Any

import regex

from quoteattr.backends.base import Parse, ParsedToken, extract_parsed, missing
from quoteattr.errors import BackendError
from quoteattr.model import Claim

PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"

# UD's escapes in SpacesAfter: \s space, \t tab, \n newline, \r, \p pipe, \\ backslash.
_ESCAPE = regex.compile(r"\\(?P<c>[stnrp\\])")
_UNESCAPED = {"s": " ", "t": "\t", "n": "\n", "r": "\r", "p": "|", "\\": "\\"}


def _unescape(value: str) -> str:
    return str(_ESCAPE.sub(lambda m: _UNESCAPED[m.group("c")], value))


def _space_after(token: Any) -> str:
    """What follows a token: stanza's own reading of the misc column when it made one."""
    spaces = getattr(token, "spaces_after", None)
    if isinstance(spaces, str):
        return spaces
    for piece in (getattr(token, "misc", None) or "").split("|"):
        key, _, value = piece.partition("=")
        if key == "SpaceAfter" and value == "No":
            return ""
        if key == "SpacesAfter":
            return _unescape(value)
    return " "


def _new_paragraph(sentence: Any) -> bool:
    return any(c.lstrip("# ").startswith(("newpar", "newdoc")) for c in sentence.comments or ())


def _offsets_fit(doc: Any, text: str) -> bool:
    return all(
        t.start_char is not None
        and t.end_char is not None
        and text[t.start_char : t.end_char] == t.text
        for s in doc.sentences
        for t in s.tokens
    )


def _token_offsets(doc: Any) -> tuple[str, list[tuple[int, int]]]:
    """The text the claims index, and every token's offsets into it."""
    tokens = [t for s in doc.sentences for t in s.tokens]
    text = doc.text
    if isinstance(text, str) and _offsets_fit(doc, text):
        return text, [(t.start_char, t.end_char) for t in tokens]
    if tokens and all(t.start_char is not None and t.end_char is not None for t in tokens):
        return _laid_out(doc), [(t.start_char, t.end_char) for t in tokens]
    return _concatenated(doc)


def _laid_out(doc: Any) -> str:
    """Offsets without a text: each token at its offsets; a gap gets the token's recorded
    whitespace when it fits, else spaces, with a newline before a new paragraph."""
    tokens = [t for s in doc.sentences for t in s.tokens]
    starts_paragraph = {id(s.tokens[0]) for s in doc.sentences if s.tokens and _new_paragraph(s)}
    chars = [" "] * max(t.end_char for t in tokens)
    for k, t in enumerate(tokens):
        chars[t.start_char : t.end_char] = list(t.text)
        if k + 1 == len(tokens):
            continue
        nxt = tokens[k + 1]
        gap = nxt.start_char - t.end_char
        space = _space_after(t)
        if gap > 0 and len(space) == gap and space.isspace():
            chars[t.end_char : nxt.start_char] = list(space)
        elif gap > 0 and id(nxt) in starts_paragraph:
            chars[t.end_char] = "\n"
    return "".join(chars)


def _concatenated(doc: Any) -> tuple[str, list[tuple[int, int]]]:
    """No offsets: the tokens joined by what their misc says follows them."""
    pieces: list[str] = []
    offsets: list[tuple[int, int]] = []
    length = 0
    gap = ""
    for number, sentence in enumerate(doc.sentences):
        if number and _new_paragraph(sentence) and "\n" not in gap:
            gap = "\n"
        for t in sentence.tokens:
            if length:
                pieces.append(gap)
                length += len(gap)
            pieces.append(t.text)
            offsets.append((length, length + len(t.text)))
            length += len(t.text)
            gap = _space_after(t) or ""
    return "".join(pieces), offsets


def rebuilt_text(doc: Any) -> str:
    """The text that :func:`from_stanza` claims index: ``doc.text`` when the tokens' offsets
    index it, otherwise the text rebuilt from the tokens.

    >>> from stanza.utils.conll import CoNLL
    >>> rebuilt_text(CoNLL.conll2doc("tests/data/conllu/selon.conllu"))  # doctest: +SKIP
    'Selon la police, le calme est revenu au centre-ville.'
    """
    return _token_offsets(doc)[0]


def _entity(token: Any) -> str:
    """« S-PER », « B-ORG » → PER, ORG; "" outside an entity."""
    tag = getattr(token, "ner", None) or "O"
    return "" if tag == "O" else tag.split("-", 1)[-1]


def parse_of(doc: Any) -> Parse:
    """The backend-neutral parse of an annotated stanza Document; multiword tokens' words
    (« du » = de + le) share their token's offsets."""
    text, offsets = _token_offsets(doc)
    words: list[ParsedToken] = []
    at = 0
    for number, sentence in enumerate(doc.sentences):
        first = len(words)
        for token in sentence.tokens:
            start, end = offsets[at]
            at += 1
            for w in token.words:
                head = w.head if isinstance(w.head, int) else 0
                words.append(
                    ParsedToken(
                        start=start,
                        end=end,
                        text=w.text,
                        lemma=w.lemma or w.text.lower(),
                        upos=w.upos or "",
                        head=first + head - 1 if head > 0 else -1,
                        deprel=(w.deprel or "").lower(),
                        sentence=number,
                        entity=_entity(token),
                    )
                )
    return Parse(text, tuple(words))


def from_stanza(doc: Any, *, doc_id: str | None = None) -> list[Claim]:
    """Every claim of an annotated stanza Document; offsets index :func:`rebuilt_text`.

    >>> from stanza.utils.conll import CoNLL
    >>> doc = CoNLL.conll2doc("tests/data/conllu/selon.conllu")  # doctest: +SKIP
    >>> [c.kind for c in from_stanza(doc)]  # doctest: +SKIP
    ['according_to']
    """
    if not hasattr(doc, "sentences"):
        raise BackendError(f"from_stanza needs a stanza Document, not {type(doc).__name__}")
    return extract_parsed(parse_of(doc), doc_id=doc_id)


@functools.cache
def load(stanza_dir: str | None) -> Any:
    """A French stanza Pipeline from models already on disk, built once per directory."""
    try:
        import stanza
    except ImportError as error:
        raise missing("stanza", 'pip install "quoteattr[stanza]"') from error
    where = stanza_dir if stanza_dir is not None else stanza.resources.common.DEFAULT_MODEL_DIR
    options: dict[str, Any] = {"processors": PROCESSORS, "download_method": None, "dir": where}
    try:
        return stanza.Pipeline("fr", **options, logging_level="WARN")
    except Exception as error:  # stanza raises several unrelated types for a missing model
        raise BackendError(
            f"no French stanza models in {where} ({type(error).__name__}: {error}); "
            "on a machine with network access run "
            f"python -c \"import stanza; stanza.download('fr', model_dir={str(where)!r})\" "
            "and copy that directory here"
        ) from error


def extract_stanza(
    text: str, *, doc_id: str | None = None, stanza_dir: str | os.PathLike[str] | None = None
) -> list[Claim]:
    """``quoteattr.extract(text, backend="stanza", stanza_dir=...)``: stanza's own tokens,
    tags, parse and entities under the rules engine; offsets index ``text``.

    >>> extract_stanza("« Non », a dit Anne Morel.", stanza_dir="/models")  # doctest: +SKIP
    """
    nlp = load(None if stanza_dir is None else os.fspath(stanza_dir))
    return from_stanza(nlp(text), doc_id=doc_id)
