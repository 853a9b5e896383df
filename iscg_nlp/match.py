"""Run every rule on a document and return every match as a ``Finding``, fired or blocked with why.

One tokenisation of the whole text, one spaCy ``Matcher`` (token patterns) and one ``PhraseMatcher``
(phrases, on NORM) holding all rules keyed by rule id, plus the rules' regexes on the folded text.
Each match is then placed (zone, article, page), quoted (its sentence), and judged: scope, context
words, qualifiers of its clause under the rule's policy. Nothing is dropped silently: ``iscg explain``
shows the blocked findings and their French reason.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import product

import numpy
from spacy.attrs import NORM
from spacy.matcher import Matcher, PhraseMatcher
from spacy.strings import get_string_id

from .datespan import find_spans
from .inclusive import OffsetMap, derive
from .nlp import TOKEN_RE, Pipeline, Starts, TextIndex, finditer_at_prefixes, get_nlp, prefilter
from .ocr import load_table, repair
from . import amendments, drafting
from .aliases import resolve as resolve_aliases
from .amendments import Superseded, superseding
from .pronouns import Reading, resolve_readings
from .qualifiers import KIND_LABELS, TextQualifiers
from .ruleset import LoadedRule, RuleSet
from .textutil import fold, squash
from .types import Article, Document, ExtractionReport, Finding, Party, Qualifier, Structure, TextBlock

#: longest evidence quoted (characters); a longer sentence is cut to the clause, then around the cue
MAX_EVIDENCE = 400

#: where a finding outside any article is, as shown to the reader in place of an article number
PLACE_LABELS = {"preambule": "Préambule", "parties": "Parties", "signature": "Signatures", "titre": "Titre",
                "autre": "Hors articles", "rappel": "Rappel"}

ZONE_LABELS = {"article": "un article", "annexe": "une annexe", "preambule": "le préambule",
               "parties": "la désignation des parties", "signature": "le bloc des signatures",
               "titre": "le titre", "autre": "une partie non identifiée du texte",
               "rappel": "un rappel (texte cité ou historique, auquel les parties ne s'engagent pas)"}


#: a frame entry: (rule id, slot index, folded words, last word is a prefix)
_Entry = tuple[str, int, tuple[str, ...], bool]
#: more combinations than this in one clause: the nearest hits are taken instead of the tightest
MAX_FRAME_COMBINATIONS = 4096


@dataclass
class _FrameIndex:
    """Every frame entry keyed by its first word (or by its prefix, for a one-word « transmi* »)."""

    exact: dict[str, list[_Entry]] = field(default_factory=dict)
    prefix: dict[str, list[_Entry]] = field(default_factory=dict)
    prefix_lens: list[int] = field(default_factory=list)

    def add(self, rule_id: str, slot: int, words: tuple[str, ...], is_prefix: bool) -> None:
        words = tuple(w for w in words if w != "-")  # « compte-rendu » = « compte rendu »
        if not words:
            return
        entry = (rule_id, slot, words, is_prefix)
        if is_prefix and len(words) == 1:
            self.prefix.setdefault(words[0], []).append(entry)
            self.prefix_lens = sorted({len(k) for k in self.prefix})
        else:
            self.exact.setdefault(words[0], []).append(entry)

    def __bool__(self) -> bool:
        return bool(self.exact or self.prefix)


_OP_MANDATORY = re.compile(r"\+|\{[1-9]\d*(?:,\d*)?\}")


def _pattern_needs(pattern: list[dict]) -> list[tuple[int, frozenset[str]]]:
    """For each token a match of ``pattern`` must contain (no « ? », « * », « ! », « {0,n} »), its index
    and the NORM values it accepts (a word or an « IN » list): a pattern with any such set absent from
    the document cannot match there. Other predicates give no requirement (conservative)."""
    out = []
    for j, tok in enumerate(pattern):
        op = tok.get("OP")
        if op is not None and not (isinstance(op, str) and _OP_MANDATORY.fullmatch(op)):
            continue
        if any(k.upper() == "OP" and k != "OP" for k in tok):
            continue
        norm = tok.get("NORM")
        if isinstance(norm, str):
            out.append((j, frozenset([norm])))
        elif isinstance(norm, dict) and isinstance(norm.get("IN"), list) and all(isinstance(w, str) for w in norm["IN"]):
            out.append((j, frozenset(norm["IN"])))
    return out


_OP_BOUNDED = re.compile(r"\{(\d*),?(\d*)\}")


def _token_reps(tok: dict) -> int | None:
    """Most tokens one item of a pattern can take, or None if unbounded (« + », « * », « {n,} »)."""
    op = tok.get("OP")
    if op is None or op in ("?", "!", "1"):
        return 1
    m = _OP_BOUNDED.fullmatch(op) if isinstance(op, str) else None
    if m is None or not m.group(2) and "," in op:
        return None
    return int(m.group(2) or m.group(1) or 0)


def _reach(pattern: list[dict], j: int) -> tuple[int, int] | None:
    """How many tokens a match can hold before the token item ``j`` (with its own repeats but the
    last) and from it to the end, or None if unbounded."""
    reps = [_token_reps(t) for t in pattern]
    if any(r is None for r in reps):
        return None
    return sum(reps[:j]) + reps[j] - 1, sum(reps[j:])


@dataclass
class _TokenPatterns:
    """Every rule's token patterns, with a ``Matcher`` built (and kept) per set of patterns that can
    match a document: patterns whose required words are absent are left out, which spares the
    matcher their states on every token without changing any match (a left-out pattern has no match
    to compete in ``_keep_longest``). The Matcher returns every match (no ``greedy``): the longest-hit
    filter is applied afterwards, over token patterns and regexes together.

    The Matcher costs about the same on every token whatever its patterns, so ``run`` gives it only
    the windows of the document where a match can lie: around each occurrence of a word every match of
    a pattern must contain, as far as the pattern can reach (its longest match, in tokens). A match
    lies wholly in one merged window, where the Matcher finds it as in the whole document (a token
    pattern sees nothing outside its match); a pattern without a length bound or without a required
    word (FUZZY ones) runs on the whole text, in a Matcher of its own."""

    vocab: object
    #: (rule id, pattern, per required token: the NORM ids it accepts and how far a match reaches
    #: before it and from it, or None when the match length has no bound)
    patterns: list[tuple[str, list[dict], list[tuple[frozenset[int], tuple[int, int] | None]]]] = \
        field(default_factory=list)
    matchers: dict[tuple[int, ...], Matcher] = field(default_factory=dict)

    def add(self, rule_id: str, pattern: list[dict]) -> None:
        needs = [(frozenset(get_string_id(w) for w in ws), _reach(pattern, j)) for j, ws in _pattern_needs(pattern)]
        self.patterns.append((rule_id, pattern, needs))

    def __len__(self) -> int:
        return len(self.patterns)

    def run(self, doc) -> list[tuple[int, int, int]]:
        """(rule id hash, first token, end token) of every match in ``doc``, as ``Matcher(doc)`` gives."""
        counts = doc.count_by(NORM)
        active = [k for k, (_, _, needs) in enumerate(self.patterns)
                  if all(not ids.isdisjoint(counts.keys()) for ids, _ in needs)]
        whole = tuple(k for k in active if not self.patterns[k][2] or self.patterns[k][2][0][1] is None)
        windowed = tuple(k for k in active if k not in whole)
        out = list(self._matcher(whole)(doc)) if whole else []
        if windowed:
            matcher = self._matcher(windowed)
            windows = self._windows(doc, counts, windowed)
            if windows is None:
                out += matcher(doc)
            else:
                out += [(mid, s + a, e + a) for a, b in windows for mid, s, e in matcher(doc[a:b])]
        return out

    def _windows(self, doc, counts, active: tuple[int, ...]) -> list[tuple[int, int]] | None:
        """Merged token windows holding every possible match of the ``active`` patterns (each with a
        length bound and a required word), or None when they would not spare enough of the document
        to be worth their calls."""
        n = len(doc)
        norms = doc.to_array(NORM)
        spans: list[tuple[int, int]] = []
        for k in active:
            anchor, (before, after) = min(self.patterns[k][2], key=lambda need: sum(counts.get(i, 0) for i in need[0]))
            hits = numpy.flatnonzero(numpy.isin(norms, numpy.fromiter(anchor, dtype=norms.dtype)))
            spans += [(max(0, i - before), min(n, i + after)) for i in hits.tolist()]
        spans.sort()
        merged: list[tuple[int, int]] = []
        for a, b in spans:
            if merged and a <= merged[-1][1]:
                if b > merged[-1][1]:
                    merged[-1] = (merged[-1][0], b)
            else:
                merged.append((a, b))
        if sum(b - a for a, b in merged) > n * 0.7:
            return None
        return merged

    def _matcher(self, active: tuple[int, ...]) -> Matcher:
        matcher = self.matchers.get(active)
        if matcher is None:
            if len(self.matchers) > 64:
                self.matchers.clear()
            by_rule: dict[str, list[list[dict]]] = {}
            for k in active:
                rule_id, pattern, _ = self.patterns[k]
                by_rule.setdefault(rule_id, []).append(pattern)
            matcher = Matcher(self.vocab)
            for rule_id, pats in by_rule.items():
                matcher.add(rule_id, pats)
            self.matchers[active] = matcher
        return matcher


@dataclass
class _Compiled:
    matcher: _TokenPatterns
    phrases: PhraseMatcher
    #: (rule id, regex, strings one of which a match contains, where a match can start: nlp.Starts)
    regexes: list[tuple[str, object, tuple[str, ...] | None, Starts | None]]
    frames: _FrameIndex = field(default_factory=_FrameIndex)


def _compile(ruleset: RuleSet, pipeline: Pipeline) -> _Compiled:
    key = id(pipeline)
    if key in ruleset._compiled:
        return ruleset._compiled[key]
    matcher = _TokenPatterns(pipeline.vocab)
    phrases = PhraseMatcher(pipeline.vocab, attr="NORM")
    regexes = []
    for rule in ruleset.rules.values():
        if rule.patterns:
            for p in rule.patterns:
                matcher.add(rule.id, list(p))
        if rule.phrases:
            phrases.add(rule.id, [pipeline.make_doc(p) for p in rule.phrases])
        regexes += [(rule.id, rx, *prefilter(rx)) for rx in rule.regexes]
    frames = _FrameIndex()
    for rule in ruleset.rules.values():
        for k, slot in enumerate(rule.frame_slots):
            for words, is_prefix in slot:
                frames.add(rule.id, k, words, is_prefix)
    compiled = _Compiled(matcher, phrases, regexes, frames)
    ruleset._compiled[key] = compiled
    return compiled


def _slot_hits(folded: str, index: _FrameIndex) -> tuple[list[tuple[int, int]], dict[str, list[tuple[int, int, int]]]]:
    """Words of the text (hyphens left out) and, per frame rule, its (slot, first token, end token) hits.

    A word's entries are grouped once by the word they need next, so that a frequent word (« a »,
    « de » open hundreds of entries) is checked only against those its follower can complete."""
    toks = [m.span() for m in TOKEN_RE.finditer(folded) if folded[m.start():m.end()] != "-"]
    words = [folded[a:b] for a, b in toks]
    n = len(words)
    out: dict[str, list[tuple[int, int, int]]] = {}
    known: dict[str, tuple] = {}  # a word's entries, grouped once per distinct word
    for i, w in enumerate(words):
        groups = known.get(w)
        if groups is None:
            groups = known[w] = _group_entries(w, index)
        singles, by_next, loose = groups
        if by_next or loose:
            nxt = words[i + 1] if i + 1 < n else None
            picked = singles + by_next.get(nxt, [])
            if nxt is not None:
                picked += [x for x in loose if nxt.startswith(x[1][2][1])]
            picked.sort()  # the entries' own order, as the rules list them
        else:
            picked = singles
        for _, (rule_id, slot, ws, is_prefix) in picked:
            m = len(ws)
            if i + m > n:
                continue
            ok = True
            for k in range(2, m):  # the first word is the key, the second was looked up
                if is_prefix and k == m - 1:
                    ok = words[i + k].startswith(ws[k])
                else:
                    ok = words[i + k] == ws[k]
                if not ok:
                    break
            if ok:
                out.setdefault(rule_id, []).append((slot, i, i + m))
    return toks, out


def _group_entries(word: str, index: _FrameIndex) -> tuple[list, dict[str, list], list]:
    """The entries ``word`` opens, numbered in order: one-word ones, those keyed by the exact word
    they need next, and two-word ones ending in a prefix (checked with ``startswith``)."""
    cands = index.exact.get(word, [])
    if index.prefix:
        cands = cands + [e for ln in index.prefix_lens if len(word) >= ln for e in index.prefix.get(word[:ln], ())]
    singles: list = []
    by_next: dict[str, list] = {}
    loose: list = []
    for order, entry in enumerate(cands):
        m, is_prefix = len(entry[2]), entry[3]
        if m == 1:
            singles.append((order, entry))
        elif is_prefix and m == 2:
            loose.append((order, entry))
        else:
            by_next.setdefault(entry[2][1], []).append((order, entry))
    return singles, by_next, loose


def _best_combination(hits: list[tuple[int, int, int]], n_slots: int, window: int, ordered: bool | list[int]
                      ) -> list[tuple[int, int, int]] | None:
    """One hit per slot, not overlapping, in slot order if ``ordered`` (all slots, or the listed
    1-based slots), spanning at most ``window`` tokens: the tightest such choice, or None."""
    chain = list(range(n_slots)) if ordered is True else [k - 1 for k in ordered] if ordered else []
    by_slot: list[list[tuple[int, int, int]]] = [[] for _ in range(n_slots)]
    for h in hits:
        by_slot[h[0]].append(h)
    if any(not b for b in by_slot):
        return None
    size = 1
    for b in by_slot:
        size *= len(b)
    if size > MAX_FRAME_COMBINATIONS:  # keep, per slot, the hits nearest to the rarest slot's hits
        anchor = min(by_slot, key=len)
        centres = [h[1] for h in anchor]
        by_slot = [sorted(b, key=lambda h: min(abs(h[1] - c) for c in centres))[:4] if b is not anchor else b
                   for b in by_slot]
    best, best_width = None, window + 1
    for combo in product(*by_slot):
        spans = sorted((h[1], h[2]) for h in combo)
        if any(spans[k][1] > spans[k + 1][0] for k in range(len(spans) - 1)):
            continue
        if chain and any(combo[a][2] > combo[b][1] for a, b in zip(chain, chain[1:])):
            continue
        width = spans[-1][1] - spans[0][0]
        if width < best_width:
            best, best_width = list(combo), width
    return best


def _frame_matches(folded: str, tq: TextQualifiers, ruleset: RuleSet, index: _FrameIndex
                   ) -> list[tuple[str, int, int, list[tuple[int, int]]]]:
    """(rule id, start, end, the character spans of the slot words) of every frame met in one clause
    (or sentence): the tightest combination per clause."""
    if not index:
        return []
    toks, per_rule = _slot_hits(folded, index)
    out = []
    units: dict[tuple[str, int], tuple[int, int]] = {}
    for rule_id, hits in per_rule.items():
        rule = ruleset.rules[rule_id]
        frame = rule.rule.frame
        n_slots = len(rule.frame_slots)
        if len({h[0] for h in hits}) < n_slots:
            continue
        grouped: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
        for h in hits:
            key = (frame.unit, h[1])
            unit = units.get(key)
            if unit is None:
                a, b = toks[h[1]][0], toks[h[2] - 1][1]
                unit = tq.clause(a, b) if frame.unit == "clause" else tq.sentence(a, b)
                units[key] = unit
            grouped.setdefault(unit, []).append(h)
        for unit_hits in grouped.values():
            combo = _best_combination(unit_hits, n_slots, frame.window, frame.ordered)
            if combo is None:
                continue
            literal = [toks[k] for h in combo for k in range(h[1], h[2])]
            start = min(a for a, _ in literal)
            end = max(b for _, b in literal)
            out.append((rule_id, start, end, sorted(literal)))
    return out


def _keep_longest(hits: set[tuple[str, int, int]], token_starts: list[int], token_ends: list[int]) -> set[tuple[str, int, int]]:
    """Per rule, the longest of its overlapping token-pattern and regex hits (spaCy's ``greedy="LONGEST"``,
    applied to both kinds together).

    Why: a rule written with wildcards (« exerce … au commissariat ») matches at many lengths; only the
    longest reading is a cue, the shorter ones inside it are the same passage. The Matcher's own filter
    sees token patterns only, so a rule whose patterns were rewritten as regexes would keep every
    overlapping regex hit and report more findings. One filter over both keeps a rule's findings the
    same whichever way its wildcards are written. As spaCy does: longest first (counted in tokens),
    the earlier one on a tie, and a hit is kept only if none of its tokens is already taken. Phrase
    hits are exact (one length) and are not filtered.
    """
    by_rule: dict[str, list[tuple[int, int]]] = {}
    for rule_id, s, e in hits:
        by_rule.setdefault(rule_id, []).append((s, e))
    out: set[tuple[str, int, int]] = set()
    for rule_id, spans in by_rule.items():
        if len(spans) == 1:
            out.add((rule_id, *spans[0]))
            continue
        # tokens [a, b) a hit touches: from the first ending after s to the last starting before e
        tok = [(bisect_right(token_ends, s), bisect_left(token_starts, e), s, e) for s, e in spans]
        tok.sort(key=lambda t: (t[1] - t[0], -t[2], -t[3]), reverse=True)
        taken: set[int] = set()
        for a, b, s, e in tok:
            if taken.isdisjoint(range(a, b)):
                out.add((rule_id, s, e))
                taken.update(range(a, b))
    return out


def _hits(text: str, folded: str, ruleset: RuleSet) -> list[tuple[str, int, int]]:
    """(rule id, start, end) of every raw match, in text order, without exact duplicates."""
    pipeline = get_nlp(model=ruleset.needs_model)
    compiled = _compile(ruleset, pipeline)
    strings = pipeline.vocab.strings
    hits: set[tuple[str, int, int]] = set()
    longest: set[tuple[str, int, int]] = set()  # token-pattern and regex hits, filtered per rule below
    token_starts: list[int] = []
    token_ends: list[int] = []
    for chunk in pipeline.chunks(text, folded):
        if not len(chunk.doc):
            continue
        token_starts += chunk.starts
        token_ends += chunk.ends
        if len(compiled.matcher):
            for mid, s, e in compiled.matcher.run(chunk.doc):
                longest.add((strings[mid], chunk.starts[s], chunk.ends[e - 1]))
        if len(compiled.phrases):
            for mid, s, e in compiled.phrases(chunk.doc):
                hits.add((strings[mid], chunk.starts[s], chunk.ends[e - 1]))
    index = TextIndex(folded)
    for rule_id, rx, req, starts in compiled.regexes:
        if req is not None and not any(s in folded for s in req):  # no match can exist: skip the scan
            continue
        for m in finditer_at_prefixes(rx, folded, starts, index):
            if m.end() > m.start():
                longest.add((rule_id, m.start(), m.end()))
    hits |= _keep_longest(longest, token_starts, token_ends)
    span_rules = [r for r in ruleset.rules.values() if r.rule.span]
    if span_rules:
        spans = find_spans(folded)
        for r in span_rules:
            lo, hi = r.rule.span.min_months, r.rule.span.max_months
            hits |= {(r.id, sp.start, sp.end) for sp in spans if lo <= sp.months <= hi}
    return sorted(hits, key=lambda h: (h[1], h[2], h[0]))


def match(doc: Document, structure: Structure, ruleset: RuleSet) -> list[Finding]:
    """Every rule on ``doc.text``: fired findings and blocked ones (with their French reason).

    Matching runs on the text with inclusive-writing marks removed (« le/la référent·e » reads « le
    référent »: ``inclusive.derive``) and scanning slips repaired (« cornmissariat » reads
    « commissariat »: ``ocr.repair``) when there are any; each finding is mapped back, so its offsets,
    quotes, zone and article are the document's own."""
    text, offsets, readings = _derived(doc.text, ruleset)
    back = OffsetMap(offsets, len(doc.text)) if offsets is not None else None
    folded = fold(text)
    tq = TextQualifiers(text, ruleset.qualifiers, folded)
    replaced = amendments.find(doc.text, structure, ruleset.qualifiers.amendments,
                               folded if back is None else None)
    replaced += amendments.struck_words(doc.text, structure, folded if back is None else None)
    replaced += drafting.remarks(doc.text, folded if back is None else None)
    replaced += amendments.old_columns(doc, folded if back is None else None)
    out: list[Finding] = []
    seen: set[tuple[str, int, int, str]] = set()
    compiled = _compile(ruleset, get_nlp(model=ruleset.needs_model))
    raw: list[tuple[str, int, int, list[tuple[int, int]] | None]] = [
        (rid, s, e, None) for rid, s, e in _hits(text, folded, ruleset)]
    raw += _frame_matches(folded, tq, ruleset, compiled.frames)
    raw.sort(key=lambda h: (h[1], h[2], h[0]))
    for rule_id, s, e, literal in raw:
        f = _judge(ruleset.rules[rule_id], s, e, doc, structure, tq, literal, back, readings, replaced)
        key = (f.rule_id, f.start, f.end, f.status)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


def _derived(text: str, ruleset: RuleSet) -> tuple[str, list[int] | None, list[Reading]]:
    """The text rules are matched on (slips repaired, inclusive marks removed, defined acronyms read as
    their kind, then opening pronouns read as their actor or writing) and its offsets into ``text``;
    ``text`` itself and None when none applies (no copy). The pronouns read are returned in the
    offsets of ``text``, for the findings that rest on them."""
    offsets: list[int] | None = None
    fixed = repair(text, load_table(ruleset.qualifiers.source))
    if fixed is not None:
        text, offsets = fixed
    for step in (derive, lambda t: resolve_aliases(t, ruleset.qualifiers.aliases)):
        got = step(text)
        if got is not None:
            text, inner = got
            offsets = inner if offsets is None else [offsets[i] for i in inner]
    readings: list[Reading] = []
    got = resolve_readings(text, ruleset.qualifiers.pronouns)
    if got is not None:
        (text, inner), made = got
        if offsets is not None:  # the readings in the offsets of the original text
            made = [Reading(offsets[r.start], offsets[r.end - 1] + 1, offsets[r.antecedent_start],
                            offsets[r.antecedent_end - 1] + 1, offsets[r.sentence_start]) for r in made]
        offsets = inner if offsets is None else [offsets[i] for i in inner]
        readings = made
    return text, offsets, readings


def match_text(text: str, ruleset: RuleSet, zone: str = "article", article_title: str = "") -> list[Finding]:
    """Match a bare text as if it were one zone of a convention (rule examples, other modules' tests)."""
    n = len(text)
    doc = Document(path="<texte>", sha256="", text=text, blocks=[TextBlock(0, n, kind="paragraph", paragraph=0)],
                   report=ExtractionReport(format="txt"))
    st = Structure(title=None, parties=[], preamble=None, articles=[], annexes=[], signature=None,
                   signatories=[], signature_dates=[])
    if zone == "article":
        st.articles = [Article("1", article_title, 0, n, 0)]
    elif zone == "annexe":
        st.annexes = [Article("1", article_title, 0, n, 0, kind="annexe")]
    elif zone == "preambule":
        st.preamble = (0, n)
    elif zone == "signature":
        st.signature = (0, n)
    elif zone == "titre":
        st.title = (0, n)
    elif zone == "parties":
        st.parties = [Party("autre", text, 0, n)]
    elif zone != "autre":
        raise ValueError(f"zone inconnue : {zone}")
    return match(doc, st, ruleset)


# --------------------------------------------------------------------------- judging one match


def _evidence_span(text: str, tq: TextQualifiers, s: int, e: int) -> tuple[int, int]:
    lo, hi = tq.sentence(s, e)
    if hi - lo > MAX_EVIDENCE:
        lo, hi = tq.clause(s, e)
    if hi - lo > MAX_EVIDENCE:
        room = max(0, (MAX_EVIDENCE - (e - s)) // 2)
        lo, hi = max(lo, s - room), min(hi, e + room)
        while lo > 0 and lo < s and not text[lo - 1].isspace():  # whole words only
            lo += 1
        while hi < len(text) and hi > e and not text[hi].isspace():
            hi -= 1
    while lo < s and text[lo].isspace():
        lo += 1
    while hi > e and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _antecedent_quote_start(text: str, rd: Reading, room: int = 200) -> int:
    """Where the quote of a finding read through a pronoun starts: the sentence naming the antecedent,
    or the antecedent itself when that sentence is long."""
    lo = rd.sentence_start if rd.antecedent_start - rd.sentence_start <= room else rd.antecedent_start
    while lo < rd.antecedent_start and (text[lo].isspace() or text[lo] in ".;!?"):
        lo += 1
    return lo


def _cue_words(cue: str) -> list[str]:
    return [w.rstrip("'") for w in TOKEN_RE.findall(fold(cue)) if w[0].isalnum()]


def _marker_spans(q: Qualifier, tq: TextQualifiers) -> list[tuple[int, int]]:
    """The words that make a cue: for « ne … pas » only « ne » and « pas », not the verb between."""
    spans = [m.span() for m in TOKEN_RE.finditer(tq.folded, q.start, q.end) if tq.folded[m.start()].isalnum()]
    if len(spans) > 2 and tq.folded[q.start] == "n" and tq.folded[spans[0][0]:spans[0][1]] in ("ne", "n'"):
        return [spans[0], spans[-1]]
    return spans


def _literal_tokens(rule: LoadedRule, s: int, e: int, tq: TextQualifiers) -> list[tuple[int, int]]:
    """Character spans of the match's words that the rule writes literally (not its wildcards):
    every word of a phrase, the pattern tokens with a written NORM, the words a regex spells out."""
    folded = tq.folded
    toks = [m.span() for m in TOKEN_RE.finditer(folded, s, e)]
    words = [folded[a:b] for a, b in toks]
    out: set[tuple[int, int]] = set()
    if any(_words_of(p) == words for p in rule.phrases):
        return toks
    if rule.patterns:
        pipeline = get_nlp(model=False)
        doc = pipeline.make_doc(tq.text[s:e])
        for pat in rule.patterns:
            m = Matcher(pipeline.vocab)
            m.add("p", [pat])
            try:
                found = m(doc, with_alignments=True)
            except Exception:  # noqa: BLE001 - model-only attributes on the light tokenizer: no alignment
                continue
            for _, a, b, align in found:
                if a == 0 and b == len(doc):
                    for k, pi in enumerate(align):
                        spec = pat[pi].get("NORM")
                        if isinstance(spec, str) or (isinstance(spec, dict) and ("IN" in spec or any(
                                op.startswith("FUZZY") for op in spec))):
                            out.add(toks[k])
    if rule.regexes:
        out |= {t for t, w in zip(toks, words) if w in rule.regex_words or w.rstrip("'") in rule.regex_words}
    return sorted(out)


def _words_of(phrase: str) -> list[str]:
    return TOKEN_RE.findall(phrase)


def _own_cues(rule: LoadedRule, inside: list[Qualifier], s: int, e: int, tq: TextQualifiers,
              literal_spans: list[tuple[int, int]] | None = None) -> list[Qualifier]:
    """Cues overlapping the match whose marker words inside it sit on words the rule writes itself
    (« aucun comité », « n'existe [aucun lien] »): compared by position, so in « ne [sont pas placés] »
    the « pas » is not the rule's own because its regex says « sont ». For a frame, the rule's own words
    are its slot words (``literal_spans``); the words between them are not."""
    literal = set(literal_spans) if literal_spans is not None else set(_literal_tokens(rule, s, e, tq))
    out = []
    for q in inside:
        if q.kind == "pseudo_negation":  # a widening around a restriction word is never the rule's own
            continue
        markers = [sp for sp in _marker_spans(q, tq) if s <= sp[0] and sp[1] <= e]
        if markers and all(sp in literal for sp in markers):
            out.append(q)
    return out


_REPORT_REASONS = {"reported": "passage rapporté (cité d'un autre texte)",
                   "past": "passage sur la convention précédente"}


def _quote(q: Qualifier) -> str:
    return f"{KIND_LABELS[q.kind]} « {squash(q.cue)} »"


def _scope_reason(rule: LoadedRule, zone: str, article: Article | None) -> str | None:
    if zone not in rule.zones:
        return f"passage situé dans {ZONE_LABELS.get(zone, zone)}, hors du champ de la règle"
    title = fold(article.title) if article else None
    if rule.titles_any:
        if title is None or not any(t in title for t in rule.titles_any):
            return ("passage hors des articles visés par la règle (titre contenant : "
                    + ", ".join(f"« {t} »" for t in rule.titles_any) + ")")
    if rule.titles_none and title is not None:
        hit = next((t for t in rule.titles_none if t in title), None)
        if hit:
            return f"passage dans un article dont le titre contient « {hit} », exclu par la règle"
    return None


def _any_word(words: list[tuple[str, object]], combined, text: str) -> bool:
    """Whether one of ``words`` (each with its whole-word regex) is in ``text``."""
    if combined is not None:
        return combined.search(text) is not None
    return any(rx.search(text) for _, rx in words)


def _first_word(words: list[tuple[str, object]], combined, text: str) -> str | None:
    """The first of ``words``, in the rule's order, found in ``text`` (the one its reason names)."""
    if combined is not None and combined.search(text) is None:  # the usual case: one search
        return None
    return next((w for w, rx in words if rx.search(text)), None)


def _judge(rule: LoadedRule, s: int, e: int, doc: Document, structure: Structure, tq: TextQualifiers,
           literal: list[tuple[int, int]] | None = None, back: OffsetMap | None = None,
           readings: list[Reading] | None = None, replaced: list[Superseded] | None = None) -> Finding:
    """Judge one match found at ``s:e`` of the matched text (``tq.text``); ``back`` maps that text to
    ``doc.text`` when it was derived (inclusive writing removed), before the structure is asked."""
    r = rule.rule
    ds = back.start(s) if back else s  # the match in the document
    zone = structure.zone_at(ds)
    article = structure.article_at(ds)
    ev_lo, ev_hi = _evidence_span(tq.text, tq, s, e)
    around, inside = tq.qualifiers_for(s, e)
    # a cue inside the match counts unless the rule writes it itself (« aucun comité » as a pattern)
    overlapping = inside + [q for q in around if q.start < e and s < q.end]
    own = _own_cues(rule, overlapping, s, e, tq, literal) if overlapping else []
    around = sorted([q for q in around + inside if q not in own], key=lambda q: q.start)
    inside = own
    reasons: list[str] = []
    notes: list[str] = []
    value = r.vote

    scope = _scope_reason(rule, zone, article)
    if scope:
        reasons.append(scope)

    sent_lo, sent_hi = tq.sentence(s, e)
    if rule.require_any or rule.forbid_any:
        by_clause = r.context.unit == "clause"
        ctx_lo, ctx_hi = tq.clause(s, e) if by_clause else (sent_lo, sent_hi)
        context = tq.folded[ctx_lo:ctx_hi]
        where = "proposition" if by_clause else "phrase"
        if rule.require_any and not _any_word(rule.require_any, rule.require_any_rx, context):
            reasons.append(f"aucun des mots attendus dans la même {where} ("
                           + ", ".join(f"« {w} »" for w, _ in rule.require_any) + ")")
        if rule.forbid_any and (word := _first_word(rule.forbid_any, rule.forbid_any_rx, context)):
            reasons.append(f"la {where} contient « {word} », qui écarte cette règle")

    if rule.frame_none:
        ulo, uhi = tq.clause(s, e) if r.frame.unit == "clause" else (sent_lo, sent_hi)
        unit = tq.folded[ulo:uhi]
        hit = _first_word(rule.frame_none, rule.frame_none_rx, unit)
        if hit:
            where = "proposition" if r.frame.unit == "clause" else "phrase"
            reasons.append(f"la même {where} contient « {hit} », qui écarte ce cadre")

    pol = r.qualifiers
    by_kind: dict[str, list[Qualifier]] = {}
    for q in around:
        by_kind.setdefault(q.kind, []).append(q)
    neg = by_kind.get("negation", [])
    if neg and pol.negation == "block":
        reasons.append(f"{_quote(neg[0])} dans la même proposition")
    elif neg and pol.flip_to:
        value = pol.flip_to
        notes.append(f"vote inversé en « {value} » par la {_quote(neg[0])}")
    elif pol.negation == "ignore" and (boxed := [q for q in neg if tq.is_box_negation(q)]):
        # an unticked box denies the whole item, even for a rule whose own words are negative
        reasons.append(f"{_quote(boxed[0])} dans la même proposition")
    for kind in ("condition", "enumeration", "pseudo_negation"):
        qs = by_kind.get(kind, [])
        if qs and getattr(pol, kind) == "block":
            reasons.append(f"{_quote(qs[0])} dans la même proposition")
    if pol.report == "block" and (rep := tq.report_for(s, e)) is not None:
        reasons.append(_REPORT_REASONS[tq.report_reason(rep)] + f" (« {squash(rep.cue)} »)")
    if pol.report == "block" and replaced and (old := superseding(replaced, ds, back.end(e) if back else e)):
        if old.drafting:
            reasons.append(f"{old.target} entre crochets, pas une stipulation du projet : "
                           f"« {squash(doc.text[old.cue_start:old.cue_end])[:200]} »")
        else:
            reasons.append(f"passage remplacé ou supprimé plus loin ({old.target}) : "
                           f"« {squash(doc.text[old.cue_start:old.cue_end])[:200]} »")
    restr = by_kind.get("restriction", [])
    if pol.restriction == "block" and restr:
        reasons.append(f"{_quote(restr[0])} dans la même proposition")
    elif pol.restriction == "require":
        inside_r = [q for q in inside if q.kind == "restriction"]
        if not restr and not inside_r:
            reasons.append("aucune restriction (« exclusivement », « uniquement », « seul », « ne … que »…) "
                           "dans la même proposition")
        around = around + inside_r

    text = doc.text
    if back:
        ev_lo, ev_hi, s, e = back.start(ev_lo), back.end(ev_hi), ds, back.end(e)
        around = [Qualifier(q.kind, text[back.start(q.start):back.end(q.end)], back.start(q.start), back.end(q.end))
                  for q in around]
    for rd in readings or ():
        if rd.start < e and s < rd.end:  # the match rests on a pronoun read as its antecedent: quote both
            ev_lo = min(ev_lo, _antecedent_quote_start(text, rd))
            notes.append(f"« {squash(text[rd.start:rd.end])} » se lit « {squash(text[rd.antecedent_start:rd.antecedent_end])} », "
                         "nommé dans la phrase précédente")
    return Finding(
        rule_id=r.id, indicator=rule.indicator, value=value, score=r.score,
        start=ev_lo, end=ev_hi, text=text[ev_lo:ev_hi], cue=text[s:e], cue_start=s, cue_end=e,
        article=article.label if article else PLACE_LABELS.get(zone), page=doc.page_at(s), qualifiers=around,
        status="blocked" if reasons else "fired",
        reason=("Règle écartée : " + " ; ".join(reasons) + ".") if reasons else ("; ".join(notes) or None),
        explanation=r.explanation.strip(), reference=r.reference, suggestion=r.suggestion)
