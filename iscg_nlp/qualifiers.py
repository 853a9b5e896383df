"""French qualifier cues (negation, restriction, enumeration, condition) and their scope.

The cues live in ``rules/qualifiers.yaml`` (data ANISCG can read and extend). A cue qualifies a match
when both are in the same clause (clauses end at punctuation, at a line that starts a new item, and at
words such as « mais », « sauf ») and the cue lies within the kind's word window before or after the
match. Pseudo-negations (« non seulement », « sans doute », « ne se limite pas aux ») are found first
and cancel the negation and restriction cues they contain: they never block a rule. A negation does not
cross « et / ou » into another clause, and one that opens the other branch (« les victimes ou ne pas
donner suite ») denies that branch only; « sans … ou … » denies both (``coordination`` in the YAML).

Conventions laid out as forms carry check boxes (``checkboxes`` in the YAML): an unticked box denies
the item after it (up to the next box, the cell or the clause), a ticked one is neutral, « [ ] oui
[X] non » after a label denies the label, and a table row whose boxes are all empty denies its first
cell. These negations have their own scope (the item, the label), not the clause window.

Text the parties do not engage to (``report`` in the YAML) is a region, not a windowed cue: a quotation
announced by its source in the same sentence (« selon le cadre de référence … « … » », « pour mémoire,
rédaction initiale : « … » ») unless the nearest cue adopts it (« est ainsi rédigé : « … » »), what a
text of reference is said to say without quotes (« ce même cadre prévoit que … », to the end of the
sentence), and the clause of a cue about the previous text or period (« sous l'empire de la convention
de 2016 »).
"""

from __future__ import annotations

import re
from functools import lru_cache
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .nlp import TOKEN_RE, LazyRegex, finditer_at_prefixes, prefilter
from .aliases import AliasTable
from .aliases import table_from as alias_table
from .amendments import AmendmentTable
from .amendments import table_from as amendment_table
from .pronouns import PronounTable
from .pronouns import table_from as pronoun_table
from .textutil import fold
from .types import Qualifier

KINDS = ("negation", "pseudo_negation", "restriction", "enumeration", "condition")
#: not a word-window cue: a region of text the parties do not engage to (``report`` in the YAML)
REPORT_KIND = "report"

KIND_LABELS = {
    "negation": "négation",
    "pseudo_negation": "fausse négation",
    "restriction": "restriction",
    "enumeration": "énumération",
    "condition": "condition",
    "report": "passage rapporté ou passé",
}

_WORD_RE = re.compile(TOKEN_RE.pattern.replace(r"|[^\w\s]", ""))
# a full stop after one of these (or after a single letter: « L. 226-2 », « M. le Préfet ») is not the
# end of a sentence
_ABBREV = {"art", "arts", "mme", "mmes", "mlle", "mm", "cf", "al", "no", "ex", "av", "bd", "st", "dr",
           "pr", "vol", "chap", "ed", "ref", "tel", "fax", "env", "min", "max", "obs",
           # the codes cited in an ethics article: « art. 226-13 C. pén. », « C. civ. », « C. proc. pén. »
           "pen", "civ", "proc", "trav", "crim", "adm", "soc", "mon", "fin"}


# the item after an unticked box starts with a word (« [ ] auteurs »), not with punctuation
# (« M. [ ], préfet » is a blank left to fill in)
_ITEM_START = re.compile(r"[ \t\u00a0]*[\w«\"'(]")

_NE_RE = re.compile(r"(?<!\w)n(?:e(?!\w)|')")
# after « ne … que / qu' »: « une des », « l'un des », « une partie », « un aspect »… (one among others)
_ONE_AMONG = re.compile(r"\s*(?:l')?une?\s+(?:des|d'entre|parmi|partie|part|aspect|volet|pan|facette|composante"
                        r"|dimension|forme|type)\b")



def _finditer(rx: re.Pattern, text: str):
    """``rx.finditer(text)``, skipped when none of the cue's required strings is in the text: most
    of the ≈ 90 cues are absent from a given document and a substring test is far cheaper than a scan.
    Otherwise the cue is tried only where one of its first words occurs (same matches)."""
    req, prefixes = prefilter(rx)
    if req is not None and not any(s in text for s in req):
        return iter(())
    return finditer_at_prefixes(rx, text, prefixes)


@dataclass
class Window:
    before: int
    after: int


@dataclass
class Coordination:
    """How a negation crosses « et / ou » (see ``coordination`` in qualifiers.yaml)."""

    words: set[str] = field(default_factory=set)  # empty: negations cross « et / ou » unchanged
    subjects: set[str] = field(default_factory=set)
    clitics: set[str] = field(default_factory=set)
    new_verbs: set[str] = field(default_factory=set)
    noun_phrase: set[str] = field(default_factory=set)
    carry: set[str] = field(default_factory=set)
    carry_on: list[str] = field(default_factory=list)


@dataclass
class CheckboxConfig:
    """Form boxes (see ``checkboxes`` in qualifiers.yaml): one regex, group ``u`` unticked, ``t`` ticked."""

    regex: re.Pattern
    bullet_like: set[str] = field(default_factory=set)
    placeholder_like: list[re.Pattern] = field(default_factory=list)
    affirm: set[str] = field(default_factory=set)
    deny: set[str] = field(default_factory=set)


@dataclass
class IndirectConfig:
    """Reported speech without quotation marks (``report.indirect`` in qualifiers.yaml): a text of
    reference as the subject of a verb of saying followed by « que » (« ce même cadre prévoit que … »)."""

    speakers: list[LazyRegex]
    verbs: list[LazyRegex]
    adverbs: list[LazyRegex]
    own: list[LazyRegex]
    words: int = 10


@dataclass
class ReportConfig:
    """Reported and past text (see ``report`` in qualifiers.yaml)."""

    quotes: list[tuple[str, str]]
    sources: list[LazyRegex]
    adopted: list[LazyRegex]
    past: list[LazyRegex]
    past_neutral: list[LazyRegex]
    present: list[LazyRegex]
    reach: int = 1500
    indirect: IndirectConfig | None = None
    #: cues after which the rest of the clause is another party's claim (« les observations … selon
    #: lesquelles la transmission … méconnaît … »)
    claims: list[LazyRegex] = field(default_factory=list)
    #: nouns after which those cues only say how something is done (« les modalités selon lesquelles »)
    claims_not_after: list[LazyRegex] = field(default_factory=list)


@dataclass
class QualifierConfig:
    """The compiled content of qualifiers.yaml."""

    gap: int
    windows: dict[str, Window]
    clause_punct: str
    sentence_punct: str
    break_words: re.Pattern
    ne_negation: set[str]
    ne_restriction: set[str]
    negated_verbs: set[str]
    negated_after: set[str]
    subordinators: set[str] = field(default_factory=set)
    coordination: Coordination = field(default_factory=lambda: Coordination())
    ne_literary: set[str] = field(default_factory=set)
    cues: dict[str, list[LazyRegex]] = field(default_factory=dict)
    source: str = ""
    checkboxes: CheckboxConfig | None = None
    report: ReportConfig | None = None
    #: negation cues that deny only what follows them (``forward_only`` in the YAML)
    forward_only: list[LazyRegex] = field(default_factory=list)
    #: an opening participle phrase (``opening_participle`` in the YAML): its endings and words
    participle_endings: tuple[str, ...] = ()
    participle_words: set[str] = field(default_factory=set)
    #: opening pronouns and the actors they may stand for (``pronouns`` in the YAML)
    pronouns: PronounTable = field(default_factory=PronounTable)
    #: acronyms read as the kind of organisation they were defined for (``aliases`` in the YAML)
    aliases: AliasTable = field(default_factory=AliasTable)
    #: phrases holding a break word that do not end a clause (« hors de question »: ``clause_breaks.not_words``)
    break_exempt: list[LazyRegex] = field(default_factory=list)
    #: « pour / afin de / de façon à » right before « ne »: a negation of that infinitive only (``purpose``)
    purpose: re.Pattern | None = None
    #: relative pronouns that open another clause for negation scope (``relatives`` in the YAML)
    relatives: set[str] = field(default_factory=set)
    relative_determiners: set[str] = field(default_factory=set)
    relative_np_words: int = 2
    #: words that open an incise after a comma, for a negation that follows it (``incise_openers``)
    incise_openers: set[str] = field(default_factory=set)
    #: verbal locutions a negation reaches through without their words counting in its window
    #: (« n'a pas pour effet de le placer sous … »: ``negation_through`` in the YAML)
    negation_through: re.Pattern | None = None
    #: « Aucun bureau n'est aménagé … dans les locaux »: a denied subject of provision (``negative_subject``)
    negative_subject: NegativeSubject | None = None
    #: verbs of a later stipulation that replace or delete an earlier article (``amendments`` in the YAML)
    amendments: AmendmentTable = field(default_factory=AmendmentTable)


@dataclass
class NegativeSubject:
    """« aucun / nul » subject of a verb of provision: the denial covers the complements of the verb,
    counted from the participle (``negative_subject`` in qualifiers.yaml)."""

    determiners: set[str]
    verbs: set[str]
    window: int
    stop: set[str]


_YEAR = "<annee>"  # in a cue: any year (« institué par la convention de <année> »)
_IMPERFECT = "<imparfait>"  # in a cue: a verb in the imperfect (« la convention précédente le <imparfait> »)


def cue_regex(cue: str, gap: int) -> LazyRegex:
    """One cue written in plain French (see the header of qualifiers.yaml), as a regex compiled on
    first use: it is built from escaped words, so it always compiles."""
    text = fold(cue.strip()).replace("...", "…")
    parts = []
    for word in text.split():
        if word == "…":
            parts.append(("gap", rf"(?:\w+(?:'\w*)?\s+){{0,{gap}}}?"))
            continue
        if word == _YEAR:
            parts.append(("word", r"(?:19|20)\d\d"))
            continue
        if word == _IMPERFECT:
            parts.append(("word", r"\w{2,}(?:ait|aient)"))
            continue
        pieces = re.split(r"(\([^)]*\))", word)
        rx = "".join(f"(?:{re.escape(p[1:-1])})?" if p.startswith("(") else re.escape(p) for p in pieces if p)
        parts.append(("word", rx))
    out = ""
    for i, (kind, rx) in enumerate(parts):
        out += rx
        if kind == "word" and i + 1 < len(parts):
            out += r"\s*" if rx.endswith("'") else r"\s+"
    if not out:
        raise ValueError("indice vide")
    head = r"(?<!\w)"
    tail = "" if text.endswith("'") else r"(?!\w)"
    return LazyRegex(head + out + tail)


def load_qualifier_config(path: Path) -> QualifierConfig:
    raw = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    gap = int(raw.get("gap", 5))
    windows = {k: Window(**v) for k, v in (raw.get("windows") or {}).items()}
    for k in KINDS:
        windows.setdefault(k, Window(6, 5))
    cb = raw.get("clause_breaks") or {}
    words = sorted((fold(w) for w in cb.get("words", [])), key=len, reverse=True)
    # an elided word (« à l'exception d' ») runs into the next one: no end-of-word test after it
    break_words = re.compile(r"(?<!\w)(?:" + "|".join(
        re.escape(w).replace(r"\ ", r"\s+") + ("" if w.endswith("'") else r"(?!\w)") for w in words) + ")") \
        if words else re.compile(r"(?!x)x")
    purpose = sorted((fold(w) for w in raw.get("purpose") or []), key=len, reverse=True)
    rel = raw.get("relatives") or {}
    ne = raw.get("ne_particles") or {}
    nr = raw.get("negated_restriction") or {}
    cues = {k: [cue_regex(c, gap) for c in (raw.get("cues") or {}).get(k, [])] for k in KINDS + ("neutral",)}
    return QualifierConfig(
        gap=gap, windows=windows,
        clause_punct="".join(cb.get("punctuation", [".", ";", ":", "?", "!"])),
        sentence_punct="".join(raw.get("sentence_breaks", [".", "?", "!"])),
        break_words=break_words,
        ne_negation={fold(w) for w in ne.get("negation", [])},
        ne_restriction={fold(w) for w in ne.get("restriction", [])},
        ne_literary={fold(w) for w in ne.get("literary_negation", [])},
        negated_verbs={fold(w) for w in nr.get("verbs", [])},
        negated_after={fold(w) for w in nr.get("after", [])},
        subordinators={fold(w) for w in raw.get("subordinators", [])},
        coordination=_coordination(raw.get("coordination") or {}),
        cues=cues, source=str(path), checkboxes=_checkboxes(raw.get("checkboxes")),
        report=_report(raw.get("report"), gap),
        forward_only=[cue_regex(c, gap) for c in raw.get("forward_only") or []],
        participle_endings=tuple((raw.get("opening_participle") or {}).get("endings") or ()),
        participle_words={w for c in (raw.get("opening_participle") or {}).get("words") or []
                          for w in _optional_forms(fold(c))},
        pronouns=pronoun_table(raw.get("pronouns"), cue_regex),
        aliases=alias_table(raw.get("aliases"), cue_regex),
        amendments=amendment_table(raw.get("amendments"), cue_regex),
        break_exempt=[cue_regex(c, gap) for c in cb.get("not_words") or []],
        purpose=re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in purpose)
                           + r")\s*$") if purpose else None,
        relatives={fold(w) for w in rel.get("words") or []},
        relative_determiners={fold(w) for w in rel.get("determiners") or []},
        relative_np_words=int(rel.get("words_after_determiner", 2)),
        incise_openers={fold(w) for w in raw.get("incise_openers") or []},
        negation_through=_through(raw.get("negation_through") or {}),
        negative_subject=_negative_subject(raw.get("negative_subject")))


def _negative_subject(raw: dict | None) -> NegativeSubject | None:
    if not raw:
        return None
    return NegativeSubject(
        determiners={fold(w) for w in raw.get("determiners") or []},
        verbs={w for c in raw.get("verbs") or [] for w in _optional_forms(fold(c))},
        window=int(raw.get("window", 10)),
        stop={fold(w) for w in raw.get("stop") or []})


def _through(raw: dict) -> re.Pattern | None:
    """One regex for the ``negation_through`` locutions, each followed by an optional object pronoun."""
    words = sorted((fold(w) for w in raw.get("words") or []), key=len, reverse=True)
    if not words:
        return None
    pron = sorted((fold(w) for w in raw.get("pronouns") or []), key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", r"'\s*") for w in words)
    tail = ""
    if pron:
        tail = r"(?:\s*(?:" + "|".join(re.escape(p) + ("" if p.endswith("'") else r"(?!\w)") for p in pron) + r"))?"
    return re.compile(r"(?<!\w)(?:" + alt + r")" + tail)


def _report(raw: dict | None, gap: int) -> ReportConfig | None:
    if not raw:
        return None
    quotes = []
    for pair in raw.get("quotes") or []:
        if not (isinstance(pair, (list, tuple)) and len(pair) == 2 and all(isinstance(c, str) and len(c) == 1
                                                                          for c in pair)):
            raise ValueError(f"report.quotes : une paire de guillemets attendue (« [\"«\", \"»\"] »), pas {pair!r}")
        quotes.append((pair[0], pair[1]))
    def cues(key: str, section: dict = raw) -> list[LazyRegex]:
        return [cue_regex(c, gap) for c in section.get(key) or []]
    ind = raw.get("indirect")
    indirect = None
    if ind:
        if not ind.get("speakers") or not ind.get("verbs"):
            raise ValueError("report.indirect : les listes « speakers » et « verbs » sont obligatoires")
        indirect = IndirectConfig(speakers=cues("speakers", ind), verbs=cues("verbs", ind),
                                  adverbs=cues("adverbs", ind), own=cues("own", ind),
                                  words=int(ind.get("words", 10)))
    return ReportConfig(quotes=quotes, sources=cues("sources"), adopted=cues("adopted"), past=cues("past"),
                        past_neutral=cues("past_neutral"), present=cues("present"),
                        reach=int(raw.get("reach", 1500)), indirect=indirect, claims=cues("claims"),
                        claims_not_after=cues("claims_not_after"))


def _box_form(form: str) -> str:
    """« ☐ » as is; « [ ] », « [X] », « ( ) » with any blank inside the brackets."""
    f = fold(form.strip())
    if len(f) >= 2 and f[0] + f[-1] in ("[]", "()"):
        inner = f[1:-1].strip()
        body = r"[ \t\u00a0]*" + re.escape(inner) + r"[ \t\u00a0]*" if inner else r"[ \t\u00a0]+"
        return re.escape(f[0]) + body + re.escape(f[-1])
    return re.escape(f)


def _checkboxes(raw: dict | None) -> CheckboxConfig | None:
    if not raw:
        return None
    def alt(key: str) -> str:
        forms = sorted(raw.get(key) or [], key=len, reverse=True)
        return "|".join(_box_form(x) for x in forms) if forms else r"(?!x)x"
    return CheckboxConfig(regex=re.compile(f"(?P<u>{alt('unticked')})|(?P<t>{alt('ticked')})"),
                          bullet_like={fold(x) for x in raw.get("bullet_like") or []},
                          placeholder_like=[re.compile(_box_form(x)) for x in raw.get("placeholder_like") or []],
                          affirm={fold(x) for x in raw.get("affirm") or []},
                          deny={fold(x) for x in raw.get("deny") or []})


def _optional_forms(word: str) -> set[str]:
    """Every form of « présent(e)(s) »: présent, présente, présents, présentes."""
    forms = {""}
    for piece in re.split(r"(\([^)]*\))", word):
        if piece.startswith("("):
            forms |= {f + piece[1:-1] for f in forms}
        elif piece:
            forms = {f + piece for f in forms}
    return forms


def _coordination(raw: dict) -> Coordination:
    def words(key: str) -> set[str]:
        return {fold(w) for w in raw.get(key, [])}
    return Coordination(words=words("words"), subjects=words("subjects"), clitics=words("clitics"),
                        new_verbs=words("new_verbs"), noun_phrase=words("noun_phrase"), carry=words("carry"),
                        carry_on=[fold(w) for w in raw.get("carry_on", [])])


# --------------------------------------------------------------------------- text analysis


@lru_cache(maxsize=8)
def _marks_re(punct: str) -> re.Pattern:
    """The characters of ``punct`` and the newline."""
    return re.compile("[" + re.escape(punct + "\n") + "]")


class TextQualifiers:
    """Clauses, sentences and qualifier cues of one text, computed once and queried per match."""

    def __init__(self, text: str, config: QualifierConfig, folded: str | None = None) -> None:
        self.text = text
        self.folded = folded if folded is not None else fold(text)
        self.config = config
        words = [m.span() for m in _WORD_RE.finditer(self.folded)]
        self.word_starts = [s for s, _ in words]
        self.words = words
        self._word_index = {s: i for i, s in enumerate(self.word_starts)}
        self.clause_breaks = self._breaks(config.clause_punct, with_words=True)
        self.sentence_breaks = self._breaks(config.sentence_punct, with_words=False)
        self._clause_ends = [s for s, _ in self.clause_breaks]
        self._sentence_ends = [s for s, _ in self.sentence_breaks]
        self.cues = self._find_cues()
        # check boxes: (scope start, scope end, negation), sorted; scopes do not overlap
        self.box_scopes: list[tuple[int, int, Qualifier]] = []
        self._box_items: list[tuple[int, int, Qualifier]] = []  # item boxes: (box start, item end, q)
        if config.checkboxes is not None:
            self._find_boxes(config.checkboxes)
        self._box_los = [lo for lo, _, _ in self.box_scopes]
        self._box_spans = {(q.start, q.end) for _, _, q in self.box_scopes}
        self._cue_starts = [q.start for q in self.cues]
        # reported / past text: (region start, region end, cue), sorted by start
        self.report_regions: list[tuple[int, int, Qualifier]] = []
        self.report_why: dict[tuple[int, int], str] = {}
        if config.report is not None:
            self._find_reports(config.report)
        self._report_los = [lo for lo, _, _ in self.report_regions]

    # ---- boundaries

    def _breaks(self, punct: str, with_words: bool) -> list[tuple[int, int]]:
        f = self.folded
        spans = []
        # only the punctuation and line ends are visited (a loop over every character was most of it)
        for m in _marks_re(punct).finditer(f):
            i = m.start()
            ch = f[i]
            if ch in punct:
                if ch == "." and not self._full_stop(i):
                    continue
                spans.append((i, i + 1))
            elif self._line_break(i):
                spans.append((i, i + 1))
        if with_words:
            exempt = [m.span() for rx in self.config.break_exempt for m in _finditer(rx, f)]
            spans.extend(m.span() for m in self.config.break_words.finditer(f)
                         if not any(a <= m.start() < b for a, b in exempt))
            spans.sort()
        return spans

    def _full_stop(self, i: int) -> bool:
        f = self.folded
        k = i + 1
        if k < len(f) and not f[k].isspace():
            if f[k] not in "\"')»":  # « 1.2 », « n.c » are not ends; « fin." is
                return False
            while k < len(f) and f[k] in "\"')»":  # « (art. 226-13 C. pén.) selon … » goes on
                k += 1
        j = i
        while j > 0 and f[j - 1].isalnum():
            j -= 1
        prev = f[j:i]
        if len(prev) == 1 and prev.isalpha() or prev in _ABBREV:
            return False
        while k < len(f) and f[k] in " \t\u00a0\"')»":  # blanks and closing quotes: « … victimes. » et »
            k += 1
        return not (k < len(f) and self.text[k].islower())

    def _line_break(self, i: int) -> bool:
        """A newline ends a clause unless the next line merely continues the sentence (lower case).

        A page break inside a sentence leaves empty lines where the running header or footer was
        removed (« Il n'est pas installé dans les⏎⏎locaux de la brigade »): across up to three empty
        lines, a line that does not end with punctuation followed by a lower-case line is one clause.
        """
        f, t = self.folded, self.text
        k = i + 1
        while k < len(f) and f[k] in " \t\r":
            k += 1
        if k >= len(f):
            return True
        if f[k] != "\n":
            return not t[k].islower()
        newlines = 1
        while k < len(f) and f[k] in " \t\r\n":
            newlines += f[k] == "\n"
            k += 1
        p = i - 1
        while p >= 0 and f[p] in " \t\r\n":
            p -= 1
        if k >= len(f) or newlines > 4 or p < 0 or f[p] in ".;:!?":
            return True
        return not t[k].islower()

    def _span(self, ends: list[int], breaks: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
        i = bisect_right(ends, start - 1) - 1  # last break starting before ``start``
        lo = breaks[i][1] if i >= 0 else 0
        while i >= 0 and breaks[i][1] > start:  # a break overlapping the match itself: step back
            i -= 1
            lo = breaks[i][1] if i >= 0 else 0
        j = bisect_left(ends, end)
        if 0 < j and start < ends[j - 1] == end - 1:
            j -= 1  # the match ends on the stop itself (« … au sein de l'unité. »): its sentence ends there
        hi = breaks[j][0] if j < len(breaks) else len(self.text)
        if ends and j < len(breaks) and self.text[hi:hi + 1] in ".?!;:":
            hi += 1
        return lo, hi

    def clause(self, start: int, end: int) -> tuple[int, int]:
        return self._span(self._clause_ends, self.clause_breaks, start, end)

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        return self._span(self._sentence_ends, self.sentence_breaks, start, end)

    def _window_words(self, q: Qualifier, start: int) -> int:
        """Words between a cue and the match after it, less those of the locutions a negation reaches
        through (« n'a pas pour effet de le placer sous … » nies the placing)."""
        n = self.words_between(q.end, start)
        rx = self.config.negation_through
        if q.kind == "negation" and rx is not None and n:
            n -= sum(self.words_between(*m.span()) for m in rx.finditer(self.folded, q.end, start))
        return n

    def words_between(self, a: int, b: int) -> int:
        """How many words start in [a, b)."""
        return max(0, bisect_left(self.word_starts, b) - bisect_left(self.word_starts, a))

    # ---- cues

    def _word_at(self, idx: int) -> str:
        s, e = self.words[idx]
        return self.folded[s:e]

    def _is_que(self, word: str) -> bool:
        """The particle of « ne … que », elided too (« ne … qu'au sein », « qu'une »)."""
        return word in self.config.ne_restriction or word == "qu" or word.startswith("qu'")

    def _que_follows(self, wi: int, end: int) -> bool:
        """« ne peut … qu'au sein » : a « que / qu' » in the same clause makes « ne » a restriction."""
        for wj in range(wi + 1, min(len(self.words), wi + 2 + self.config.gap)):
            if self._crosses_clause(end, self.words[wj][0]):
                return False
            w = self._word_at(wj)
            if self._is_que(w):
                return True
        return False

    def _find_cues(self) -> list[Qualifier]:
        cfg, f = self.config, self.folded
        found: list[Qualifier] = []
        for rx in cfg.cues["pseudo_negation"]:
            found += [self._q("pseudo_negation", m.start(), m.end()) for m in _finditer(rx, f)]
        # discontinuous « ne / n' … particle »
        for m in _NE_RE.finditer(f):
            wi = self._word_index.get(m.start())
            if wi is None:
                continue
            s, e = self.words[wi]
            particle = False
            for wj in range(wi + 1, min(len(self.words), wi + 2 + cfg.gap)):
                ps, pe = self.words[wj]
                if self._crosses_clause(e, ps):
                    break
                p = f[ps:pe]
                if self._is_que(p):
                    # « ne sont qu'une des situations », « n'est qu'une partie du public »: one among
                    # others, a widening, not a restriction
                    part = _ONE_AMONG.match(f, pe if not p.startswith("qu'") else ps + 3)
                    found.append(self._q("pseudo_negation" if part else "restriction", s,
                                         part.end() if part else pe))
                    particle = True
                    break
                if p in cfg.ne_negation:
                    nxt = self._word_at(wj + 1) if wj + 1 < len(self.words) else ""
                    between = {self._word_at(k) for k in range(wi + 1, wj)}
                    if p == "plus" and nxt == "que":
                        found.append(self._q("restriction", s, self.words[wj + 1][1]))
                    elif between & cfg.negated_verbs:
                        found.append(self._q("pseudo_negation", s, pe))
                    elif nxt in cfg.negated_after:
                        found.append(self._q("pseudo_negation", s, self.words[wj + 1][1]))
                    else:
                        found.append(self._q("negation", s, pe))
                    particle = True
                    break
            # written French drops « pas » after a few verbs: « ne peut être invoqué », « ne saurait »
            if not particle and wi + 1 < len(self.words) and self._word_at(wi + 1) in cfg.ne_literary \
                    and not self._crosses_clause(e, self.words[wi + 1][0]) and not self._que_follows(wi, e):
                found.append(self._q("negation", s, self.words[wi + 1][1]))
        # « un seul poste », « pas à pas »: words that look like cues but are not; they cancel any
        # negation or restriction cue they overlap and are not kept
        neutral = [m.span() for rx in cfg.cues["neutral"] for m in _finditer(rx, f)]
        found = [q for q in found if not any(q.start < b and a < q.end for a, b in neutral)
                 or q.kind == "pseudo_negation"]
        taken = [(q.start, q.end) for q in found] + neutral
        pseudo = [(q.start, q.end) for q in found if q.kind == "pseudo_negation"]
        for kind in ("negation", "restriction", "enumeration", "condition"):
            for rx in cfg.cues[kind]:
                for m in _finditer(rx, f):
                    s, e = m.span()
                    inside = pseudo if kind in ("enumeration", "condition") else taken
                    if any(a <= s and e <= b for a, b in inside) or \
                            (kind in ("negation", "restriction") and any(s < b and a < e for a, b in pseudo)):
                        continue
                    found.append(self._q(kind, s, e))
        pseudo = [(q.start, q.end) for q in found if q.kind == "pseudo_negation"]
        found = [q for q in found if q.kind not in ("negation", "restriction")
                 or not any(q.start < b and a < q.end for a, b in pseudo)]
        found.sort(key=lambda q: (q.start, q.end))
        # the same words caught by two cue lines: keep one
        out: list[Qualifier] = []
        for q in found:
            if out and out[-1].kind == q.kind and out[-1].start <= q.start < out[-1].end:
                if q.end > out[-1].end:
                    out[-1] = self._q(q.kind, out[-1].start, q.end)
                continue
            out.append(q)
        return out

    def _crosses_clause(self, a: int, b: int) -> bool:
        i = bisect_left(self._clause_ends, a)
        return i < len(self.clause_breaks) and self.clause_breaks[i][0] < b

    def _forward_only(self, q: Qualifier) -> bool:
        """A negation such as « sans » opens its own phrase: placed after a match it denies what follows
        it, not the match (« sous l'autorité de l'association, sans lien avec les militaires »)."""
        cue = self.folded[q.start:q.end]
        return any(rx.fullmatch(cue) for rx in self.config.forward_only)

    def _q(self, kind: str, s: int, e: int) -> Qualifier:
        return Qualifier(kind=kind, cue=self.text[s:e], start=s, end=e)

    # ---- reported and past text

    def _quote_spans(self, pairs: list[tuple[str, str]]) -> list[tuple[int, int]]:
        """Quoted spans (opening mark, closing mark + 1) of the original text (the folded one has
        straight quotes only). « » and “ ” nest; a straight quote closes the previous one. An
        unclosed mark runs to the end of its paragraph (a blank line) or ``reach`` characters."""
        t, out = self.text, []
        reach = self.config.report.reach
        for op, cl in pairs:
            stack: list[int] = []
            for m in re.finditer(re.escape(op) if op == cl else f"[{re.escape(op)}{re.escape(cl)}]", t):
                i, ch = m.start(), m.group()
                if ch == op and (op != cl or not stack):
                    stack.append(i)
                elif ch == cl and stack:
                    out.append((stack.pop(), i + 1))
            for o in stack:
                para = t.find("\n\n", o)
                out.append((o, min(len(t), o + reach, para if para >= 0 else len(t))))
        return sorted(out)

    def _find_reports(self, rc: ReportConfig) -> None:
        """REPORTED: a quotation whose nearest cue before it, in its sentence, is a source (« selon le
        cadre de référence », « pour mémoire », « rédaction initiale ») rather than an adoption (« est
        ainsi rédigé », « est remplacé par », « les parties conviennent que »): from the source to the
        closing mark, and on to the end of that clause (« selon le cadre… accueille « toute personne »,
        qu'elle soit victime, mise en cause… »). PAST: the clause of a cue about a previous text or
        period (« sous l'empire de la convention de 2016 », « la précédente titulaire »), unless the
        clause says what holds now (« désormais », « est maintenu »)."""
        f = self.folded
        regions: list[tuple[int, int, Qualifier]] = []
        quotes = self._quote_spans(rc.quotes)
        if quotes:
            adopted = [m.span() for rx in rc.adopted for m in _finditer(rx, f)]
            marks = [(m.start(), m.end(), "source") for rx in rc.sources for m in _finditer(rx, f)
                     if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in adopted)]
            marks += [(a, b, "adopted") for a, b in adopted]
            marks.sort()
            for qo, qc in quotes:
                if any(lo <= qo < hi for lo, hi, _ in regions):
                    continue  # a quotation inside a reported one is reported already
                slo, _ = self.sentence(qo, qo + 1)
                before = [m for m in marks if slo <= m[0] and m[1] <= qo]
                if not before or before[-1][2] != "source":
                    continue
                # the closest source of an unbroken run of sources: « selon le cadre de référence » starts
                # at « selon »
                k = len(before) - 1
                while k > 0 and before[k - 1][2] == "source":
                    k -= 1
                first = before[k]
                _, chi = self.clause(qc - 1, qc)
                hi = max(qc, chi)
                q = self._q(REPORT_KIND, first[0], first[1])
                self.report_why[(q.start, q.end)] = "reported"
                regions.append((first[0], hi, q))
        if rc.indirect is not None:
            regions += self._indirect_reports(rc, rc.indirect)
        for rx in rc.claims:
            for m in _finditer(rx, f):
                head = f[max(0, m.start() - 40):m.start()].rstrip()
                if any(any(h.end() == len(head) for h in n.compiled.finditer(head)) for n in rc.claims_not_after):
                    continue  # « les modalités selon lesquelles le Département met … »: a stipulation
                # the claim runs to the end of the sentence or a « ; » (a « : » does not end it)
                _, shi = self.sentence(m.start(), m.end())
                semi = f.find(";", m.end(), shi)
                q = self._q(REPORT_KIND, m.start(), m.end())
                self.report_why[(q.start, q.end)] = "reported"
                regions.append((m.start(), semi if semi >= 0 else shi, q))
        if rc.past:
            neutral = [m.span() for rx in rc.past_neutral for m in _finditer(rx, f)]
            # « n'est pas maintenu » does not say what holds now
            present = [m.start() for rx in rc.present for m in _finditer(rx, f)
                       if not any(q.kind == "negation" and q.start < m.start()
                                  and self.words_between(q.end, m.start()) <= 2
                                  and not self._crosses_clause(q.end, m.start()) for q in self.cues)]
            for rx in rc.past:
                for m in _finditer(rx, f):
                    if any(a <= m.start() < b for a, b in neutral):
                        continue
                    lo, hi = self.clause(m.start(), m.end())
                    if any(lo <= p < hi for p in present):
                        continue
                    q = self._q(REPORT_KIND, m.start(), m.end())
                    self.report_why[(q.start, q.end)] = "past"
                    regions.append((lo, hi, q))
        self.report_regions = sorted(regions, key=lambda x: (x[0], x[1]))

    def _indirect_reports(self, rc: ReportConfig, ic: IndirectConfig) -> list[tuple[int, int, Qualifier]]:
        """REPORTED WITHOUT QUOTES: « ce même cadre prévoit que X », « la circulaire de 2006 rappelle
        que X », « l'article 226-13 du code pénal dispose que X ». The text of reference (a speaker)
        is the subject of a verb of saying followed by « que »: no punctuation between them, at most
        ``words`` words. What follows « que » is reported up to the end of the sentence, a « ; », or
        a clause break word (« mais »); a « : » does not end it (the list of what the text says).
        Not reported: a subject that is the parties' own text (« la présente convention prévoit
        que », « le cadre de référence annexé … précise que »), an adopting cue (« les parties
        conviennent que »), a negated or restrictive verb (« ne prévoit que »), and a reference
        that is not the subject (« conformément au cadre de référence, l'intervenant … »)."""
        f = self.folded
        adopted = [m.span() for rx in rc.adopted for m in _finditer(rx, f)]
        speakers = sorted({m.span() for rx in ic.speakers for m in _finditer(rx, f)})
        if not speakers:
            return []
        out: list[tuple[int, int, Qualifier]] = []
        for rx in ic.verbs:
            for v in _finditer(rx, f):
                que = self._que_after(v.end(), ic.adverbs)
                if que is None or re.search(r"(?<!\w)n(?:e\s+|')$", f[max(0, v.start() - 3):v.start()]):
                    continue
                if any(a <= v.start() < b or v.start() <= a < v.end() for a, b in adopted):
                    continue
                clo, _ = self.clause(v.start(), v.end())
                spk = [sp for sp in speakers if clo <= sp[0] and sp[1] <= v.start()
                       and self._subject_words(sp[1], v.start()) <= ic.words]
                if not spk:
                    continue
                sp = spk[0]
                # the subject starts after the last comma, bracket or « que » before the speaker
                cut = list(re.finditer(r"[,()]|(?<!\w)qu(?:e(?!\w)|')", f[clo:sp[0]]))
                subj = clo + cut[-1].end() if cut else clo
                if any(r.search(f, subj, v.start()) for r in ic.own):
                    continue
                slo, shi = self.sentence(que, que + 1)
                hi = shi
                for b, _ in self.clause_breaks:
                    if que <= b < shi and f[b] != ":":
                        hi = b
                        break
                hi = min([hi] + [a for a, _ in adopted if que <= a < hi])
                if hi <= que:
                    continue
                q = self._q(REPORT_KIND, sp[0], que)
                self.report_why[(q.start, q.end)] = "reported"
                out.append((que, hi, q))
        return out

    def _subject_words(self, a: int, b: int) -> float:
        """Words between a text of reference and its verb of saying, one apposition set off by commas
        or brackets left out (« le cadre de référence national, adopté en 2006, prévoit que »); any
        other punctuation means the reference is not the subject (infinite)."""
        f = self.folded
        gap = f[a:b]
        incise = re.search(r",[^,;:()\[\]\n]{1,80},|\([^()\n]{1,80}\)", gap)
        if incise and len(re.findall(r"\w+", incise.group())) <= 8:
            rest = gap[:incise.start()] + " " + gap[incise.end():]
            skipped = self.words_between(a + incise.start(), a + incise.end())
        else:
            rest, skipped = gap, 0
        if re.search(r"[,;:()\[\]\n]", rest):
            return float("inf")
        return self.words_between(a, b) - skipped

    def _que_after(self, pos: int, adverbs: list[LazyRegex]) -> int | None:
        """End of « que » / « qu' » after a verb, over adverbs (« prévoit également que »)."""
        f = self.folded
        j = pos
        for _ in range(3):
            k = j
            while k < len(f) and f[k] in " \t\u00a0":
                k += 1
            if k == j:
                return None  # « prévoit, dans son article 3, que » is not read: a comma comes first
            if f.startswith("qu'", k):
                return k + 3
            if f.startswith("que", k) and (k + 3 >= len(f) or not f[k + 3].isalnum()):
                return k + 3
            for a in adverbs:
                m = a.match(f, k)
                if m:
                    j = m.end()
                    break
            else:
                return None
        return None

    def report_for(self, start: int, end: int) -> Qualifier | None:
        """The reported or past region the match [start, end) lies in, if any; a match on the cue
        itself (a rule that reads « la convention initiale ») is not reported by it."""
        i = bisect_right(self._report_los, start)
        for lo, hi, q in self.report_regions[:i]:
            if lo <= start and end <= hi + 1 and not (start < q.end and q.start < end):
                return q
        return None

    def report_reason(self, q: Qualifier) -> str:
        return "past" if self.report_why.get((q.start, q.end)) == "past" else "reported"

    # ---- check boxes

    def _find_boxes(self, cb: CheckboxConfig) -> None:
        """Unticked boxes and « oui / non » answers of a form (see the module docstring)."""
        f = self.folded
        boxes = [(m.start(), m.end(), m.lastgroup == "t") for m in cb.regex.finditer(f)]
        if not boxes:
            return
        sure = [b for b in boxes if not self._doubtful(f[b[0]:b[1]], cb)]
        # glyphs that double as list bullets or blanks to fill in count only in a form: another,
        # unambiguous box, or boxes of both states
        if not sure and len({t for _, _, t in boxes}) < 2:
            return
        answers: list[tuple[int, int, bool, str, int]] = []  # box start, box end, ticked, answer, word end
        scopes: list[tuple[int, int, Qualifier]] = []
        for k, (s, e, ticked) in enumerate(boxes):
            nxt = boxes[k + 1][0] if k + 1 < len(boxes) else len(f)
            hi = self._item_end(e, nxt)
            word = _WORD_RE.search(f, e, hi)
            w = f[word.start():word.end()] if word else ""
            if w in cb.affirm or w in cb.deny:
                answers.append((s, e, ticked, w, word.end()))
                continue
            if not ticked and word and _ITEM_START.match(f, e):
                q = Qualifier("negation", f"{self.text[s:e]} (case non cochée)", s, e)
                scopes.append((e, hi, q))
                self._box_items.append((s, hi, q))
        scopes += self._answer_scopes(answers, boxes, cb)
        scopes += self._row_scopes(boxes)
        # the « non » of an answer is no negation cue
        taken = [(e, we) for _, e, _, _, we in answers]
        self.cues = [q for q in self.cues if not any(a <= q.start and q.end <= b for a, b in taken)]
        self.box_scopes = sorted(scopes, key=lambda x: (x[0], x[1]))

    @staticmethod
    def _doubtful(mark: str, cb: CheckboxConfig) -> bool:
        if mark in cb.bullet_like:
            return True
        return any(rx.fullmatch(mark) for rx in cb.placeholder_like)

    def _item_end(self, e: int, nxt: int) -> int:
        """Where the item after a box ends: the next box, « | », or the end of the clause or line."""
        hi = nxt
        bar = self.folded.find("|", e, hi)
        if bar >= 0:
            hi = bar
        i = bisect_left(self._clause_ends, e)
        if i < len(self.clause_breaks) and self.clause_breaks[i][0] < hi:
            hi = self.clause_breaks[i][0]
        return hi

    def _line_start(self, pos: int) -> int:
        return self.folded.rfind("\n", 0, pos) + 1

    def _label_before(self, pos: int, floor: int) -> tuple[int, int] | None:
        """The label a box answers for: the text from the line start (or ``floor``) to ``pos``, or, if
        that holds no word (« Comité de pilotage⏎[ ] oui [X] non »), the previous line."""
        f = self.folded
        lo = max(self._line_start(pos), floor)
        if _WORD_RE.search(f, lo, pos):
            return lo, pos
        end = lo - 1
        while end > 0:
            start = self._line_start(end)
            if f[start:end].strip():
                return (start, end) if _WORD_RE.search(f, start, end) else None
            end = start - 1
        return None

    def _answer_scopes(self, answers: list[tuple[int, int, bool, str, int]],
                       boxes: list[tuple[int, int, bool]], cb: CheckboxConfig) -> list[tuple[int, int, Qualifier]]:
        """« Label : [ ] oui [X] non »: consecutive answer boxes on one line form a group; the label is
        denied when no « oui » is ticked and a « non » is ticked or a « oui » left empty."""
        f, out = self.folded, []
        groups: list[list[tuple[int, int, bool, str, int]]] = []
        for a in answers:
            if groups and "\n" not in f[groups[-1][-1][4]:a[0]] and \
                    not any(groups[-1][-1][4] <= s < a[0] for s, _, _ in boxes):
                groups[-1].append(a)
            else:
                groups.append([a])
        ends = [(s, self._item_end(e, len(f))) for s, e, _ in boxes]
        for g in groups:
            yes_ticked = any(t for _, _, t, w, _ in g if w in cb.affirm)
            no_ticked = [a for a in g if a[2] and a[3] in cb.deny]
            empty_yes = [a for a in g if not a[2] and a[3] in cb.affirm]
            if yes_ticked or not (no_ticked or empty_yes):
                continue
            # the label starts after the item of an earlier box on the same line
            floor = max([hi for s, hi in ends if hi <= g[0][0]] or [0])
            label = self._label_before(g[0][0], floor)
            if label is None:
                continue
            s, e, _, w, we = (no_ticked or empty_yes)[0]
            why = f"case « {w} » cochée" if no_ticked else f"case « {w} » non cochée"
            out.append((label[0], label[1], Qualifier("negation", f"{self.text[s:we]} ({why})", s, we)))
        return out

    def _row_scopes(self, boxes: list[tuple[int, int, bool]]) -> list[tuple[int, int, Qualifier]]:
        """A table row whose cells after the first hold only boxes (or dashes), none ticked, denies
        its first cell (« Accès au réseau | ☐ | ☐ | ☐ »); so does a line of empty boxes alone under
        its label (tables read from PDF: « Accès au réseau⏎[ ] [ ] »)."""
        f, out = self.folded, []
        rx = self.config.checkboxes.regex
        seen: set[int] = set()
        for s, _, _ in boxes:
            ls = self._line_start(s)
            if ls in seen:
                continue
            seen.add(ls)
            le = f.find("\n", s)
            le = len(f) if le < 0 else le
            line = f[ls:le]
            if "|" in line:
                cells = line.split("|")
                first = cells[0]
                label = (ls, ls + len(first.rstrip()))
                rest = cells[1:]
            else:
                label = self._label_before(ls, 0) if ls > 0 else None
                rest = [line]
                if label is None or "|" in f[label[0]:label[1]] or rx.search(f, label[0], label[1]):
                    continue
            if not _WORD_RE.search(f, *label) or rx.search(f, label[0], label[1]):
                continue
            marks = [m for c in rest for m in rx.finditer(c)]
            leftover = "".join(rx.sub("", c) for c in rest)
            if not marks or leftover.strip(" \t\u00a0-–—") or any(m.lastgroup == "t" for m in marks):
                continue
            first = marks[0]
            bs = s  # the first box of the line
            q = Qualifier("negation", f"{self.text[bs:bs + len(first.group())]} (aucune case cochée sur la ligne)",
                          bs, bs + len(first.group()))
            out.append((label[0], label[1], q))
        return out

    def is_box_negation(self, q: Qualifier) -> bool:
        """An unticked box, or a « non » answer, rather than a negation word: it denies the whole
        item, so a rule that ignores negation words written in its own phrase (« hors champ pénal »,
        « sans lien avec une infraction ») should still give way to it."""
        return (q.start, q.end) in self._box_spans

    def box_negations(self, start: int, end: int) -> list[Qualifier]:
        """Check-box negations over the match [start, end): it starts in a denied item or label, or
        runs over an unticked box into its item."""
        out = []
        i = bisect_right(self._box_los, start)
        for lo, hi, q in self.box_scopes[max(0, i - 3):i]:
            if lo <= start < hi:
                out.append(q)
        for bs, hi, q in self._box_items:
            if start <= bs < end and end > q.end and q not in out:
                out.append(q)
        return out

    # ---- scope

    def _other_verb(self, q: Qualifier, lo: int, start: int) -> bool:
        """A « ne … pas » before the match that negates another verb, in an incise or a subordinate
        closed by a comma: « Lorsqu'il n'est pas présent, l'intervenant est placé sous … »,
        « L'intervenant, qui n'est pas fonctionnaire, relève de … », « Pour ne pas … , il … »."""
        f = self.folded
        if q.kind != "negation" or "," not in f[q.end:start]:
            return False
        head = re.sub(r"(?<!\w)s'(?=ils?(?!\w))", "si ", f[lo:q.start].rsplit(",", 1)[-1])
        words = [w.rstrip("'") for w in re.findall(r"\w+'?", head)]
        if not _NE_RE.match(f, q.start):
            # « aucun », « sans »…: only in an incise that a relative pronoun opens right after its comma
            # (« L'intervenant, auquel aucun véhicule n'est attribué, reçoit … »)
            return "," in f[lo:q.start] and bool(words) and words[0] in self.config.relatives
        if self._purpose(q):
            return True
        return bool(set(words) & (self.config.subordinators | self.config.relatives))

    def _purpose(self, q: Qualifier) -> bool:
        """« pour ne pas … », « afin de ne pas … », « de façon à ne pas … »: the negation of an
        infinitive of purpose, which bears on that infinitive only, not on the main verb."""
        rx = self.config.purpose
        return (rx is not None and q.kind == "negation" and _NE_RE.match(self.folded, q.start) is not None
                and rx.search(self.folded, max(0, q.start - 30), q.start) is not None)

    def _relative_between(self, a: int, b: int) -> bool:
        """A relative pronoun (« dont », « auquel », « à laquelle ») between a negation and the match,
        with no comma after it: the negation does not reach into the relative clause."""
        rel = self.config.relatives
        # a comma after the pronoun may close the relative clause: the match is then back in the main one
        return bool(rel) and any(w in rel and "," not in self.folded[we:b] for _, we, w in self._tokens(a, b))

    def _in_relative(self, end: int, q: Qualifier) -> bool:
        """The negation after the match belongs to a relative clause opened between them: right after
        the pronoun (« auquel aucun véhicule »), after a subject (« dont il ne dispose pas ») or a short
        noun group (« dont la clé n'est pas remise »). « Le bureau dont il dispose n'est pas fermé »:
        the relative is over, the negation is the main verb's."""
        cfg = self.config
        if not cfg.relatives:
            return False
        toks = self._tokens(end, q.start)
        k = max((i for i, (_, _, w) in enumerate(toks) if w in cfg.relatives), default=-1)
        if k < 0 or re.search(r"[^\w\s']", self.folded[toks[k][1]:q.start]):
            return False
        rest = [w for _, _, w in toks[k + 1:]]
        co = cfg.coordination
        while rest and rest[-1] in co.clitics:
            rest.pop()
        if not rest or (len(rest) == 1 and rest[0] in co.subjects):
            return True
        return rest[0] in cfg.relative_determiners and len(rest) - 1 <= cfg.relative_np_words

    def _in_incise(self, lo: int, start: int, end: int, q: Qualifier) -> bool:
        """The match lies in an incise opened after a comma by a relative pronoun or a conjunction and
        closed by a comma before the negation: « L'intervenant, qui est salarié de l'[association], n'est
        pas placé sous … » — the negation bears on the main verb, not on the incise."""
        f, cfg = self.folded, self.config
        c1 = f.rfind(",", lo, start)
        if c1 < 0 or f.find(",", end, q.start) < 0:
            return False
        toks = self._tokens(c1, start)
        if not toks:
            return False
        first = toks[0][2].rstrip("'")
        if first == "s" and len(toks) > 1 and toks[1][2] in ("il", "ils"):
            first = "si"
        return first in cfg.incise_openers or first in cfg.relatives

    def _tokens(self, a: int, b: int) -> list[tuple[int, int, str]]:
        """The words (elisions kept: « l' », « n' ») starting in [a, b), with their offsets."""
        i, j = bisect_left(self.word_starts, a), bisect_left(self.word_starts, b)
        out = []
        for k in range(i, j):
            ws, we = self.words[k]
            w = self.folded[ws:we]
            if we < len(self.folded) and self.folded[we] == "'" and not w.endswith("'"):
                w += "'"
            out.append((ws, we, w))
        return out

    def _next_branch_after(self, q: Qualifier, end: int) -> bool:
        """A negation after the match that opens the next branch of « et / ou »: « recevoir les
        [victimes] ou ne pas donner suite », « les [victimes] et non les auteurs », « il oriente les
        [victimes] et il ne les suit pas ». It denies the other branch only.

        Only a coordinator right before the cue counts (a subject pronoun or object pronouns may sit
        between): « le [secret partagé] et le secret professionnel ne s'appliquent pas » (two
        subjects of one denied verb) stays a negation."""
        co = self.config.coordination
        toks = self._tokens(end, q.start)
        k = len(toks)
        while k > 0 and toks[k - 1][2] in co.clitics:
            k -= 1
        if k > 0 and toks[k - 1][2] in co.subjects:
            k -= 1
        return k > 0 and toks[k - 1][2] in co.words

    def _new_clause_between(self, a: int, b: int) -> bool:
        """« et / ou » between a and b that starts another clause: followed by a subject pronoun
        (« et il est placé sous … »), or after a comma by an auxiliary or another word that is not the
        start of a noun group (« n'est pas un agent de police, et est placé sous … »)."""
        co = self.config.coordination
        toks = self._tokens(a, b)
        for k, (ws, _, w) in enumerate(toks[:-1]):
            if w not in co.words:
                continue
            nxt = toks[k + 1][2]
            if nxt in co.subjects or nxt in co.new_verbs:
                return True
            comma = self.folded[a:ws].rstrip().endswith(",")
            tail = self.folded[toks[k][1]:b]
            if comma and nxt not in co.noun_phrase and not any(
                    re.match(r"\s*" + re.escape(c) + r"(?!\w)", tail) for c in co.carry_on):
                return True
        return False

    def _verb_branch_between(self, a: int, b: int) -> bool:
        """« et / ou » between a and b followed (after object pronouns or a subject) by a verb: a
        second clause. A condition placed there bears on that verb, not on the match: « basé à la
        [brigade] et se déplace, le cas échéant, dans les autres brigades »."""
        co = self.config.coordination
        toks = self._tokens(a, b)
        for k, (_, _, w) in enumerate(toks):
            if w not in co.words:
                continue
            j = k + 1
            while j < len(toks) and (toks[j][2] in co.clitics or toks[j][2] in co.subjects):
                j += 1
            if j < len(toks) and toks[j][2] not in co.noun_phrase and toks[j][2] not in co.words:
                return True
        return False

    def _after_opening_participle(self, lo: int, end: int, cue_start: int) -> bool:
        """The match lies in an opening participle phrase closed by a comma and the cue after that
        comma, in the main clause: « Installée dans les [locaux de la compagnie], l'intervenante peut,
        si nécessaire, rencontrer les personnes à domicile » — the condition bears on the main verb."""
        cfg = self.config
        if not cfg.participle_endings and not cfg.participle_words:
            return False
        comma = self.folded.find(",", lo, cue_start)
        if comma < end:
            return False
        toks = self._tokens(lo, end)
        if not toks:
            return False
        ws, we, w = toks[0]
        word = self.text[ws:we].lower()
        return len(w) > 3 and (w in cfg.participle_words or word.endswith(cfg.participle_endings))

    def _carried(self, q: Qualifier, start: int, lo: int) -> bool:
        """A negation whose noun group is continued by « ou » up to the match, too far for the plain
        window: « sans condition de dépôt de plainte préalable ou de [signalement] » (« sans … ou … »
        denies both). The cue must be within the window of the « ou » with no comma between them (but
        the one of « , ou »), the « ou » within the window of the match, and the « ou » must open a
        noun group (« ou de »)."""
        co, win = self.config.coordination, self.config.windows["negation"].before
        toks = self._tokens(q.end, start)
        for k in range(len(toks) - 2, -1, -1):
            ws, we, w = toks[k]
            if w in co.carry and toks[k + 1][2] in co.noun_phrase:
                # « les personnes sans domicile, les familles en conflit ou les mineurs en fugue » : after
                # a comma, « ou » joins the items of a list, not the denied group
                listed = "," in self.folded[q.end:ws].rstrip().rstrip(",")
                return (not listed and self.words_between(q.end, ws) <= win
                        and self.words_between(we, start) <= win
                        and not self._new_clause_between(q.end, start) and not self._other_verb(q, lo, start))
        return False

    def _denied_subject(self, q: Qualifier, start: int) -> bool:
        """« Aucun bureau n'est aménagé pour l'intervenante dans les locaux de la police »: a denied
        subject (``aucun``, ``nul``) of a verb of provision denies the verb's complements, the window
        counted from the participle; a subordinate or relative word between them ends the scope."""
        ns = self.config.negative_subject
        if ns is None or self.folded[q.start:q.end] not in ns.determiners:
            return False
        # « L'intervenant, auquel aucun véhicule n'est attribué, reçoit … »: the denied subject of a relative
        # incise denies nothing of the main clause
        before = self.folded[max(0, q.start - 30):q.start].split()
        if before and before[-1].rstrip(",") in self.config.relatives:
            return False
        toks = self._tokens(q.end, start)
        ne = next((k for k, (ws, _, _) in enumerate(toks[:5]) if _NE_RE.match(self.folded, ws)), None)
        if ne is None:
            return False
        verb = next((k for k in range(ne + 1, min(len(toks), ne + 5)) if toks[k][2].rstrip("'") in ns.verbs), None)
        if verb is None or any(w.rstrip("'") in self.config.ne_negation for _, _, w in toks[ne + 1:verb]):
            return False
        rest = toks[verb + 1:]
        return len(rest) <= ns.window and not any(w.rstrip("'") in ns.stop for _, _, w in rest)

    def qualifiers_for(self, start: int, end: int) -> tuple[list[Qualifier], list[Qualifier]]:
        """Cues whose scope covers the match [start, end): (around the match, inside the match)."""
        lo, hi = self.clause(start, end)
        around, inside = [], []
        i = bisect_left(self._cue_starts, lo)
        while i < len(self.cues) and self.cues[i].start < hi:
            q = self.cues[i]
            i += 1
            if q.end > hi:
                continue
            win = self.config.windows[q.kind]
            if start <= q.start < end:
                inside.append(q)
            elif q.end <= start:
                if q.kind == "negation" and (self._new_clause_between(q.end, start)
                                             or self._relative_between(q.end, start)):
                    continue
                if self._window_words(q, start) <= win.before and not self._other_verb(q, lo, start):
                    around.append(q)
                elif q.kind == "negation" and (self._carried(q, start, lo) or self._denied_subject(q, start)):
                    around.append(q)
            elif q.start >= end:
                if q.kind == "negation" and (self._next_branch_after(q, end) or self._forward_only(q)
                                             or self._purpose(q) or self._in_relative(end, q)
                                             or self._in_incise(lo, start, end, q)):
                    continue
                if q.kind == "condition" and (self._next_branch_after(q, end) or self._verb_branch_between(end, q.start)):
                    continue
                if self._after_opening_participle(lo, end, q.start):
                    continue
                if self.words_between(end, q.start) <= win.after:
                    around.append(q)
            else:  # straddles the match: « ne [match] pas »
                around.append(q)
        if self.box_scopes or self._box_items:
            around += [q for q in self.box_negations(start, end) if q not in around]
        return around, inside
