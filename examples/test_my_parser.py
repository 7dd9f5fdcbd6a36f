"""How to test your own quotation parser with quoteattr.strategies.

``my_parser`` below is a stand-in for yours: it finds quotations after which an incise
names the speaker. The property says: on every generated sentence « …», a dit X. », the
parser returns the true content. Run it with pytest, or as a script (CI does):

    python examples/test_my_parser.py
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings

from quoteattr.strategies import AnnotatedArticle, annotated_articles

# « … », “ … ” or " … ", then a comma: the incise pattern. A first version used « (.+?) »,
# which the strategies broke at once: « le film « Le Dernier Train » samedi. « Nous irons… »,
# matched from the title's opening mark; hence no mark of the same kind inside.
_QUOTED = re.compile(r"(?:«\s*(?P<a>[^«»]+?)\s*»|“(?P<b>[^“”]+?)”|\"(?P<c>[^\"]+?)\"),")


def my_parser(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quotation followed by a comma; your parser goes here."""
    spans = []
    for match in _QUOTED.finditer(text):
        group = next(name for name in "abc" if match.group(name) is not None)
        spans.append((match.start(group), match.end(group)))
    return spans


def test_my_parser_finds_incise_quotations(article: AnnotatedArticle) -> None:
    """Every direct claim whose cue follows its quotation is found, with exact offsets."""
    found = set(my_parser(article.text))
    for claim in article.claims:
        cue = claim.cue
        incise = cue is not None and cue.type == "verb" and cue.span.start > claim.end
        if claim.kind == "direct" and incise:
            assert (claim.start, claim.end) in found, (article.text, claim.text)


# One short paragraph of at most two sentences, so a failure shrinks to one sentence.
articles = annotated_articles(max_paragraphs=1, max_sentences=2)
test_my_parser_finds_incise_quotations = given(articles)(test_my_parser_finds_incise_quotations)


if __name__ == "__main__":
    # As a script: a small run of the same property; hypothesis raises if it fails.
    settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])(
        test_my_parser_finds_incise_quotations
    )()
    print("my_parser: property holds on 50 generated articles")
