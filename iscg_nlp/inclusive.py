"""Inclusive writing (« l'intervenant·e social·e », « le/la référent·e ») seen through for matching.

Rules are written in plain French; :func:`strip_inclusive` gives the text with the inclusive marks
removed (the first, masculine form kept: « le/la » → « le », « salarié·es » → « salariés ») and, for
each character left, its index in the input, as :mod:`iscg_nlp.normalize` does, so every match on the
derived text goes back to the verbatim words of the document.

Only marks glued to a word are touched, and only before a known ending (``ENDINGS``), or the pairs of
``PAIRS``; « et/ou », dates, fractions, numbers, abbreviations (« art. 3 », « M. »), acronyms
(« C.A.F. »), URLs, e-mail addresses and sentence ends are left as they are.
"""

from __future__ import annotations

import re

from .normalize import Mapped

#: look-alikes of the middle dot used as the inclusive mark
DOTS = "·•‧⋅∙"

#: feminine / plural endings after a mark, with what the stem must end with (« ne » only after « n »:
#: « citoyen·ne »), "" for any stem. « s » and « x » alone are the plural.
ENDINGS: dict[str, str] = {
    "e": "", "es": "",
    "le": "l", "les": "l", "ne": "n", "nes": "n", "te": "", "tes": "", "se": "x", "ses": "x",
    "euse": "", "euses": "", "rice": "", "rices": "", "trice": "", "trices": "",
    "ère": "", "ères": "", "ière": "", "ières": "", "ève": "", "èves": "",
    "ive": "", "ives": "", "ve": "", "ves": "", "ale": "", "ales": "", "elle": "", "elles": "",
    "fe": "f", "fes": "f",  # « chef·fe », « cheffe » written with a mark
    "s": "", "x": "",
}
#: endings that are French words by themselves: never after a slash or a hyphen (« brigade/le commissaire »)
WORD_ENDINGS = {"le", "les", "elle", "elles", "se", "ses", "te", "tes", "ve", "x", "s", "ale", "ales"}
#: after a hyphen only these (« diplômé-e », « chef-fe »); « dis-le », « a-t-elle » are French
HYPHEN_ENDINGS = {"e", "es", "fe", "fes"}

#: pairs « masculine / feminine » (either order in the text); the first written form is kept
PAIRS: list[tuple[str, str]] = [
    ("le", "la"), ("il", "elle"), ("ils", "elles"), ("celui", "celle"), ("ceux", "celles"),
    ("un", "une"), ("du", "de la"), ("au", "à la"), ("lui", "elle"), ("tous", "toutes"), ("son", "sa"),
    ("ce", "cette"), ("cet", "cette"), ("aucun", "aucune"), ("chacun", "chacune"), ("certains", "certaines"),
    ("les", "la"), ("le", "les"), ("mon", "ma"), ("nul", "nulle"),
]

#: a whole result to correct (the stem alone does not give the masculine plural)
IRREGULAR = {"touts": "tous"}

#: a period after one of these is an abbreviation (« art.les » is not « art » + « ·les »)
ABBREVIATIONS = {"art", "arts", "mme", "mmes", "mlle", "cf", "al", "ex", "av", "bd", "chap", "vol", "etc",
                 "ref", "tel", "fax", "env", "min", "max", "obs", "dept", "max", "coll"}

_PROTECTED = re.compile(r"(?i)(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_ALL = _alternation(ENDINGS)
_SLASH = _alternation(set(ENDINGS) - WORD_ENDINGS)
_HYPHEN = _alternation(HYPHEN_ENDINGS)
# one mark and its ending: a dot look-alike or parentheses (any case: « SOCIAL·E »), a period, a slash
# (lower case only: « art. L. 226 », « C.A.F. », « 1/2 » stay), a hyphen (« diplômé-e »)
_MARK = rf"(?:[{DOTS}](?i:{_ALL})|\((?i:{_ALL})\)|\.(?:{_ALL})|/(?:{_SLASH})|-(?:{_HYPHEN}))"
# « salarié/e/s »: a plural « /s » only after another mark
_WORD_FORM = re.compile(rf"(?<![\w.@/])(?P<stem>[^\W\d_]{{2,}})(?P<marks>(?:{_MARK})+(?:/[sx])?)(?P<tail>[sx]?)"
                        rf"(?![\w@])(?!\.\w)(?![/-]\w)")


def _pair_regex() -> re.Pattern:
    both = sorted({p for pair in PAIRS for p in (pair, pair[::-1])}, key=lambda p: -len(p[0] + p[1]))
    alts = []
    for a, b in both:
        aa, bb = (r"\s+".join(re.escape(w) for w in x.split()) for x in (a, b))
        alts.append(rf"{aa}(?P<cut{len(alts)}>\s*[/{DOTS}]\s*{bb})")
    return re.compile(rf"(?i)(?<![\w'/.-])(?:{'|'.join(alts)})(?![\w'/-])")


_PAIR = _pair_regex()
#: a cheap test: no mark of any kind, nothing to do (most conventions)
_ANY_MARK = re.compile(rf"[^\W\d_][{DOTS}(/.-](?i:{_ALL})|[{DOTS}/]\s*(?i:la|elle|elles|une|de|à|celle|celles|toutes"
                       rf"|sa|cette|aucune|chacune|certaines|ma|nulle|les|le|du|au|il|ils|un|ce|cet|tous)\b")

#: an edit: replace text[start:end] by these (character, index in text) pairs
_Edit = tuple[int, int, list[tuple[str, int]]]


def _word_edit(m: re.Match) -> _Edit | None:
    """« intervenant·e·s » → « intervenants »; None when an ending does not fit its stem."""
    stem, marks, tail = m.group("stem"), m.group("marks"), m.group("tail")
    ms = m.start("marks")
    endings: list[tuple[str, int]] = []  # (ending, index of its last character)
    pos = 0
    while pos < len(marks):
        k = pos + 1
        j = k
        while j < len(marks) and marks[j].isalpha():
            j += 1
        endings.append((marks[k:j].lower(), ms + j - 1))
        pos = j + (1 if marks[pos] == "(" else 0)
    if marks[0] == "." and (len(stem) < 3 or stem.lower() in ABBREVIATIONS or endings[0][0] in ("s", "x")):
        return None
    fem = [e for e, _ in endings if e not in ("s", "x")]
    low = stem.lower()
    for e, _ in endings:
        need = ENDINGS.get(e)
        if need is None or (need and not low.endswith(need)):
            return None
    if not fem:  # « (s) » alone: the singular is the first form
        return (ms, m.end("marks"), [])
    keep: list[tuple[str, int]] = []
    if not tail and endings[-1][0][-1] in "sx" and low[-1] not in "sx":
        keep = [(m.string[endings[-1][1]], endings[-1][1])]
    word = (low + "".join(c for c, _ in keep) + tail).lower()
    if word in IRREGULAR:
        fixed = IRREGULAR[word]
        n = len(stem)
        # « tout·e·s » → « tous »: the stem's last letter gives way to the plural « s »
        if fixed == word[: n - 1] + word[n:]:
            chars = [(m.string[m.start() + i], m.start() + i) for i in range(n - 1)] + keep + (
                [(tail, m.end("tail") - 1)] if tail else [])
            return (m.start(), m.end(), chars)
    return (ms, m.end("marks"), keep)


def _edits(text: str) -> list[_Edit]:
    protected = [p.span() for p in _PROTECTED.finditer(text)] if ("@" in text or "www" in text.lower()
                                                                   or "://" in text) else []
    found: list[_Edit] = []
    for m in _PAIR.finditer(text):
        cut = next(g for g, v in m.groupdict().items() if v is not None)
        found.append((m.start(cut), m.end(cut), []))
    for m in _WORD_FORM.finditer(text):
        edit = _word_edit(m)
        if edit is not None:
            found.append(edit)
    found.sort(key=lambda e: (e[0], -e[1]))
    out: list[_Edit] = []
    end = -1
    for e in found:
        if e[0] < end or any(a < e[1] and e[0] < b for a, b in protected):
            continue
        out.append(e)
        end = e[1]
    return out


def derive(text: str) -> Mapped | None:
    """The text without inclusive marks and its offsets into ``text``; None when there is none (then
    matching runs on ``text`` itself, at no cost)."""
    if not _ANY_MARK.search(text):
        return None
    edits = _edits(text)
    if not edits:
        return None
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for a, b, chars in edits:
        parts.append(text[pos:a])
        offsets.extend(range(pos, a))
        parts.extend(c for c, _ in chars)
        offsets.extend(i for _, i in chars)
        pos = b
    parts.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    return "".join(parts), offsets


def strip_inclusive(text: str) -> Mapped:
    """``text`` with inclusive-writing marks removed (first form kept) and, for each character of the
    result, its index in ``text``."""
    got = derive(text)
    return got if got is not None else (text, list(range(len(text))))


class OffsetMap:
    """Positions in a derived text back to the text it came from (``offsets`` as from :func:`derive`)."""

    def __init__(self, offsets: list[int], length: int):
        self.offsets = offsets
        self.length = length

    def start(self, i: int) -> int:
        """Where the derived character ``i`` comes from (a span's start)."""
        return self.offsets[i] if i < len(self.offsets) else self.length

    def end(self, i: int) -> int:
        """A span's end: up to the next kept character, so the marks glued to the last word come
        along (« référent » in the derived text is « référent·e » in the document)."""
        return self.offsets[i] if i < len(self.offsets) else self.length
