"""Put back together the paragraphs and words that a page layout cut at line ends.

Lines carry offsets into their source; joining keeps them, so a paragraph still maps back.
A break is kept unless the join is clearly a wrap (see :func:`is_wrap`), so headings such as
"Article 3" always start their own paragraph.
"""

from __future__ import annotations

import re

from ..textutil import fold
from .builder import DocumentBuilder

Line = tuple[str, list[int]]

HEADING = re.compile(
    r"^\s*(article|art\.|annexe|titre|chapitre|pr[ée]ambule|section|entre les soussign|vu\b|"
    r"fait [àa]\b|pour le |pour la |le pr[ée]fet|la pr[ée]f[èe]te)", re.IGNORECASE)
# a list item or a numbered paragraph (« 8-1. Principe. », « 3.2 Modalités ») starts a paragraph of its own
ITEM = re.compile(r"^\s*([-–—•*·▪o]\s|\d{1,2}\s?[.)°]\s|[a-z]\)\s|[IVX]{1,5}\s?[.)–-]\s|"
                  r"\d{1,2}[.-]\d{1,2}\.?\s+[A-ZÉÈÀÂÊÎÔ])")
# Left parts that stay hyphenated when cut at a line end ("mis-\nen-cause", "vice-\nprésident").
COMPOUND_LEFT = {"vice", "ex", "demi", "semi", "mi", "non", "quasi", "chef", "mis", "mise", "grand",
                 "grande", "arrière", "après", "avant", "porte", "ci", "celle", "celui", "ceux",
                 "lui", "elle", "eux", "nous", "vous", "peut", "sud", "nord", "est", "ouest", "saint",
                 "sainte", "bas", "haut", "haute", "basse", "procès", "plus", "moins", "rendez",
                 "garde", "co", "auto", "inter", "extra", "post", "pré", "sous", "contre", "sur"}
# Right parts that are words of their own after a hyphen ("est-\nce", "peut-\nêtre").
COMPOUND_RIGHT = {"ce", "ci", "là", "même", "mêmes", "être", "il", "elle", "on", "ils", "elles",
                  "t", "en", "y", "dessus", "dessous", "delà", "dire", "cause", "midi"}
_WORD_END = re.compile(r"(\w+)-$")
_WORD_START = re.compile(r"^(\w+)(-?)")
_VOCAB_WORD = re.compile(r"[^\W\d_]{4,}")


def join_wrapped_lines(lines: list[Line], builder: DocumentBuilder | None,
                       only_lowercase: bool = False) -> list[Line]:
    """Group lines into paragraphs. ``only_lowercase``: join only when the next line starts in
    lower case (plain text, where one line is usually one paragraph)."""
    width = _typical_width([t for t, _ in lines])
    vocabulary = _vocabulary(lines)
    paragraphs: list[Line] = []
    cur_t: str | None = None
    cur_o: list[int] = []
    for text, offs in lines:
        stripped = text.strip()
        if not stripped:
            if cur_t is not None:
                paragraphs.append((cur_t, cur_o))
                cur_t, cur_o = None, []
            continue
        if cur_t is None:
            cur_t, cur_o = text, list(offs)
            continue
        joined = _try_hyphen(cur_t, cur_o, text, offs, builder, vocabulary)
        if joined is not None:
            cur_t, cur_o = joined
            continue
        if is_wrap(cur_t, text, width, only_lowercase):
            if builder is not None:
                builder.note("lignes_recollees", "Lignes d'un même paragraphe coupées par la mise en "
                             "page, recollées en un seul paragraphe.")
            sep_off = cur_o[-1] if cur_o else 0
            cur_t, cur_o = cur_t.rstrip() + " " + text.lstrip(), \
                cur_o[:len(cur_t.rstrip())] + [sep_off] + offs[len(text) - len(text.lstrip()):]
            continue
        paragraphs.append((cur_t, cur_o))
        cur_t, cur_o = text, list(offs)
    if cur_t is not None:
        paragraphs.append((cur_t, cur_o))
    return paragraphs


def is_wrap(prev: str, nxt: str, width: int, only_lowercase: bool = False) -> bool:
    """True when ``nxt`` clearly continues the paragraph of ``prev``."""
    a, b = prev.strip(), nxt.strip()
    if HEADING.match(b) or ITEM.match(b) or _is_heading_line(a):
        return False
    # Searches look at the tail only: ``prev`` grows as lines join (quadratic time otherwise).
    if b[:1].islower() or (_ABBREV_END.search(a, max(0, len(a) - 8)) and b[:1].isdigit()):
        return True
    if only_lowercase or a.endswith((".", ";", ":", "!", "?", "»")) or a.isupper() or b.isupper():
        return False
    return len(a) >= 0.7 * width and width >= 40


_TITLE = re.compile(r"^\s*(article|art\.|annexe|titre|chapitre|pr[ée]ambule|section)(?!\w)", re.IGNORECASE)
_ABBREV_END = re.compile(r"(\b[A-Z]\.|\bn°|\bart\.|\bal\.)$")


#: « AVENANT N° 1 » alone on its line: the heading of an amendment bound after the convention
_AMENDMENT_ALONE = re.compile(r"^\s*(?:premier\s+)?avenant(?:\s+n\s*[°o]\s*\d{1,2})?\s*$", re.IGNORECASE)


def _is_heading_line(a: str) -> bool:
    if _AMENDMENT_ALONE.match(a):
        return True
    # a title cut after a function word goes on; the last WORD is what counts (« … des brigades » ends a title)
    last = a.rsplit(None, 1)[-1].lower() if a.strip() else ""
    return bool(_TITLE.match(a)) and len(a) < 100 and not a.endswith(",") and last not in ("de", "du", "des", "et")


def _vocabulary(lines: list[Line]) -> frozenset[str]:
    """Folded words of four letters or more printed whole in these lines (hyphen halves apart)."""
    return frozenset(fold(w) for t, _ in lines for w in _VOCAB_WORD.findall(t))


def _try_hyphen(cur_t: str, cur_o: list[int], text: str, offs: list[int],
                builder: DocumentBuilder | None, vocabulary: frozenset[str] = frozenset()) -> Line | None:
    """Join a word cut by a hyphen at the line end: "procé-" + "dure" → "procédure".

    A capital after the hyphen usually marks a compound ("MEURTHE-ET-MOSELLE", "Saint-Dié"), so
    the hyphen stays; in a line of capitals (a heading) it is a cut word only when the whole word
    is printed elsewhere in the same text ("PREOCCU-" + "PANTES" beside "préoccupantes").
    """
    a = cur_t.rstrip()
    if not a.endswith("-"):
        return None
    # Only the last word matters; searching the whole paragraph at every line was quadratic.
    m = _WORD_END.search(a, max(0, len(a) - 200))
    lead = len(text) - len(text.lstrip())
    b = text[lead:]
    n = _WORD_START.match(b)
    if not m or not n or not m.group(1)[-1].isalpha() or not b[:1].isalpha():
        return None
    left, right = m.group(1), n.group(1)
    capitals_cut = (left.isupper() and right.isupper() and len(left) >= 2 and len(right) >= 2
                    and fold(left + right) in vocabulary)
    keep = ((not b[0].islower() and not capitals_cut) or left.lower() in COMPOUND_LEFT
            or right.lower() in COMPOUND_RIGHT or bool(n.group(2)))
    a_offs = cur_o[:len(a)]
    if keep:
        return a + b, a_offs + offs[lead:]
    if builder is not None:
        builder.note("cesure", "Mots coupés en fin de ligne par un tiret (césure) recollés.",
                     example=f"{left}-{right} → {left}{right}")
    return a[:-1] + b, a_offs[:-1] + offs[lead:]


def _typical_width(texts: list[str]) -> int:
    lengths = sorted(len(t.strip()) for t in texts if len(t.strip()) > 20)
    if not lengths:
        return 0
    return lengths[int(0.9 * (len(lengths) - 1))]
