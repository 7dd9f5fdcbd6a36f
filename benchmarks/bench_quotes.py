"""How much slower the quotation scanner is than a bare pass over the quotation marks.

Run as ``python benchmarks/bench_quotes.py``. Both are timed in the same run on the same
text (best of 3), so the ratio holds across machines; the target is at most 5x.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path

import regex

from quoteattr.quotes import find_quotations

LQ = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
RQ = "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
LDQ = "\N{LEFT DOUBLE QUOTATION MARK}"
RDQ = "\N{RIGHT DOUBLE QUOTATION MARK}"
NNBSP = "\N{NARROW NO-BREAK SPACE}"
APOS = "\N{RIGHT SINGLE QUOTATION MARK}"
EM = "\N{EM DASH}"

MARKS = regex.compile(
    "["
    + LQ
    + RQ
    + LDQ
    + RDQ
    + "\N{DOUBLE LOW-9 QUOTATION MARK}\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}"
    + '\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"]'
)
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_8fbd7013e4acd58c.txt"
TARGET_BYTES = 2_200_000

SUBJECTS = [
    "Le ministre",
    "La maire de Lyon",
    "Un responsable syndical",
    "La porte-parole",
    "Le président du conseil",
    "Une source diplomatique",
    "Le directeur",
]
VERBS = ["a déclaré", "a affirmé", "a expliqué", "a estimé", "a prévenu", "a assuré"]
CLAUSES = [
    "nous irons jusqu" + APOS + "au bout",
    "la réforme sera votée avant l" + APOS + "été",
    "rien ne sera décidé sans les habitants",
    "le budget des écoles augmentera",
    "il faudra du temps pour reconstruire le port",
    "la situation reste tendue",
]
NOUNS = ["réforme", "transition", "dialogue", "sobriété", "souveraineté"]


CONTEXTS = [
    "Le conseil municipal a examiné mardi soir le budget des écoles, en hausse de trois pour "
    "cent par rapport à l" + APOS + "an dernier, après plusieurs semaines de discussions.",
    "Les travaux du port doivent commencer au printemps et durer au moins deux ans, selon le "
    "calendrier présenté aux habitants lors d" + APOS + "une réunion publique.",
    "La décision intervient alors que les syndicats appellent à une nouvelle journée de "
    "mobilisation jeudi dans plusieurs grandes villes du pays.",
    "Le gouvernement doit présenter son projet de loi en conseil des ministres avant la fin du "
    "mois, avant un examen au Parlement prévu à l" + APOS + "automne.",
]


def paragraph(rng: random.Random) -> str:
    """One synthetic news paragraph: context, then (most often) a quotation of a usual shape."""
    context = rng.choice(CONTEXTS)
    subject, verb = rng.choice(SUBJECTS), rng.choice(VERBS)
    clause, other = rng.choice(CLAUSES), rng.choice(CLAUSES)
    shape = rng.randrange(8)
    if shape == 0:
        quote = f"{subject} {verb} : {LQ}{NNBSP}{clause.capitalize()}.{NNBSP}{RQ}"
    elif shape == 1:
        quote = f"{LQ} {clause.capitalize()}, a-t-il dit, et {other}. {RQ}"
    elif shape == 2:
        quote = f"{subject} veut une {LQ} {rng.choice(NOUNS)} {RQ} rapide, car {clause}."
    elif shape == 3:
        quote = f"{subject} {verb} que {LDQ}{clause}{RDQ}, selon l{APOS}AFP."
    elif shape == 4:
        return f"{EM} {clause.capitalize()} ?"
    elif shape == 5:
        quote = f"{subject} {verb} : {LQ} {clause.capitalize()}, et {other}"  # never closed
    else:
        quote = f"{subject} {verb} que {clause}."  # reported speech, no marks
    return f"{context} {quote}"


def build_text() -> str:
    rng = random.Random(20211208)
    seed = SEED.read_text(encoding="utf-8")
    chunks: list[str] = []
    size = 0
    while size < TARGET_BYTES:
        chunk = seed + "\n\n" + "\n\n".join(paragraph(rng) for _ in range(40)) + "\n\n"
        chunks.append(chunk)
        size += len(chunk.encode("utf-8"))
    return "".join(chunks)


def best_of_three(run: Callable[[], int]) -> tuple[float, int]:
    times = []
    result = 0
    for _ in range(3):
        began = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - began)
    return min(times), result


def compare(label: str, text: str) -> None:
    """Time both passes on ``text`` and print their speeds and ratio."""
    megabytes = len(text.encode("utf-8")) / 1e6
    bare, marks = best_of_three(lambda: sum(1 for _ in MARKS.finditer(text)))
    scan, quotations = best_of_three(lambda: len(find_quotations(text)))
    print(
        f"{label}: {megabytes:.2f} MB, {marks} quotation marks, {quotations} quotations "
        f"(one every {len(text.encode('utf-8')) // max(quotations, 1)} bytes)"
    )
    print(f"  bare regex.finditer over marks: {megabytes / bare:8.1f} MB/s")
    print(f"  find_quotations:                {megabytes / scan:8.1f} MB/s")
    print(f"  ratio (scanner / bare pass):    {scan / bare:8.2f}x   (target: at most 5x)")


def main() -> None:
    compare("seed and synthetic paragraphs", build_text())
    seed = SEED.read_text(encoding="utf-8") + "\n\n"
    compare("seed alone, repeated", seed * (TARGET_BYTES // len(seed.encode("utf-8")) + 1))


if __name__ == "__main__":
    main()
