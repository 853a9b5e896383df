"""Text a later stipulation replaces or deletes: after « Le premier alinéa de l'article 6 est supprimé et
remplacé par les dispositions suivantes : « … » », the old first paragraph of article 6 no longer binds
the parties.

A convention is often amended in the same file: an « Avenant n° 1 » bound after the signatures, or a
last article that rewrites an earlier one. An expert codes the text as amended; the rules, which read
every sentence, would otherwise still vote on the replaced wording (an ethics article « aligné sur le
secret des policiers », rewritten by the avenant, would keep the convention ambiguous). The matcher
blocks a finding that lies in replaced text, with the amending sentence as its reason; the new wording,
adopted by the parties, is read as usual (``report.adopted`` in qualifiers.yaml).

What counts is data (``amendments:`` in ``rules/qualifiers.yaml``): the verbs that replace or delete a
target named before them (« est supprimé », « est remplacé par », « est ainsi rédigé ») and the verbs
that do it to a target named after them (« annule et remplace », « abroge »). A verb that only changes
part of an article (« est modifié », « est complété ») replaces nothing. The targets are read here:
« l'article 6 » (or « l'article six »), « les articles 4 et 6 », « l'article 6, alinéa 2 », « le deuxième
alinéa de l'article 6 », « le point 5 de l'article six » (the list item « 5. » of that article, up to the
next numbered item), « l'annexe 2 » — each resolved to the nearest article (or annex) of that number that ENDS before
the amending sentence, so the avenant's own articles are never their own target. The amending sentence
must stand in an amendment bound after the convention (after the signatures, under an « Avenant »
heading): a renewal's « l'article 4 de la convention initiale est remplacé » amends a text that is not
in the file. A target whose heading names the avenant it comes from is already the new text (a
consolidated version), and so is one the sentence says is printed above (``new_text_above``). A
paragraph (alinéa) ends at a line that ends a sentence; a number that resolves to nothing replaces
nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .nlp import LazyRegex
from .segment import WORD_NUMBERS
from .textutil import fold
from .types import Article, Document, Structure


@dataclass(frozen=True)
class AmendmentTable:
    """Verbs that replace or delete a target (from ``amendments:`` in qualifiers.yaml)."""

    #: after the target: « est supprimé », « est remplacé par », « est ainsi rédigé »
    after_target: tuple[LazyRegex, ...] = ()
    #: before the target: « annule et remplace », « abroge »
    before_target: tuple[LazyRegex, ...] = ()
    #: in the amending sentence, the new text is the one printed above (a consolidated version)
    new_text_above: tuple[LazyRegex, ...] = ()


@dataclass(frozen=True)
class Superseded:
    """Text [start, end) replaced or deleted by the sentence [cue_start, cue_end)."""

    start: int
    end: int
    cue_start: int
    cue_end: int
    target: str  # « article 6, alinéa 1 », for the reason shown to the reviewer
    #: struck-out words: a finding that overlaps them relies on text no longer in force
    partial: bool = False
    #: a drafting remark or rejected option of a draft (drafting.py), not an amendment
    drafting: bool = False


def table_from(raw: dict | None, cue_regex) -> AmendmentTable:
    if not raw:
        return AmendmentTable()
    for key in raw:
        if key not in ("after_target", "before_target", "new_text_above"):
            raise ValueError(f"amendments : clé inconnue « {key} » (attendu : after_target, before_target, "
                             "new_text_above)")
    return AmendmentTable(*(tuple(cue_regex(c, 0) for c in raw.get(k) or ())
                            for k in ("after_target", "before_target", "new_text_above")))


# ---- targets -------------------------------------------------------------------------------------

_ORDINALS = {"premier": 1, "1er": 1, "1re": 1, "1ere": 1, "deuxieme": 2, "second": 2, "2e": 2, "2eme": 2,
             "troisieme": 3, "3e": 3, "3eme": 3, "quatrieme": 4, "4e": 4, "4eme": 4, "cinquieme": 5,
             "5e": 5, "5eme": 5, "sixieme": 6, "6e": 6, "6eme": 6, "dernier": -1}
_ORD = r"(?P<ord>" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")"
#: « l'article six »: the numbers in words the segmenter reads in « ARTICLE SIX »
_NUM = (r"(?:\d{1,3}(?:er)?|[ivxlc]{1,7}|"
        + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r")(?:\s+(?:bis|ter))?")
_KIND = r"(?P<kind>article|annexe)"
_OF_CONVENTION = (r"(?:\s+(?:de\s+la|du|de\s+l')\s*(?:presente\s+)?(?:convention|protocole|accord)"
                  r"(?:\s+(?:initiale?|susvisee?|precitee?|du\s+\d{1,2}(?:er)?\s+\w+\s+\d{4}|de\s+\d{4}))?)?")
#: « l'article 6 », « les articles 4 et 6 », « l'article 6, alinéa 2 », « le deuxième alinéa de l'article
#: 6 », « l'alinéa 2 de l'article 6 », « l'annexe 2 »
_TARGET = re.compile(
    r"(?<!\w)(?:"
    rf"(?:le|la|l')\s*{_ORD}\s+(?:alinea|paragraphe)\s+(?:de\s+l'\s*|du\s+)?{_KIND}\s+(?P<n1>{_NUM})"
    rf"|l'\s*(?:alinea|paragraphe)\s+(?P<idx1>\d{{1,2}}|premier|1er)\s+(?:de\s+l'\s*|du\s+)?{_KIND.replace('kind', 'kind2')}\s+(?P<n2>{_NUM})"
    rf"|l'\s*{_KIND.replace('kind', 'kind3')}\s+(?P<n3>{_NUM})(?:\s*,?\s*(?:alinea|paragraphe)\s+(?P<idx3>\d{{1,2}}|premier|1er))?"
    rf"|les\s+{_KIND.replace('kind', 'kind4')}s\s+(?P<n4>{_NUM}(?:\s*(?:,|et)\s*{_NUM})+)"
    # « le point 5 de l'article six », « le 5° de l'article 6 »: one numbered item of a list in the article
    rf"|le\s+(?:point\s+(?P<item>\d{{1,2}})|(?P<item2>\d{{1,2}})\s*°)\s+(?:de\s+l'\s*|du\s+)?"
    rf"{_KIND.replace('kind', 'kind5')}\s+(?P<n5>{_NUM})"
    # « le paragraphe 7 de la convention du 3 mars 2008 », « le point 4 du protocole », « le § 7 de la
    # convention »: an older text numbered by paragraphs, each one the segmenter's article of that number
    rf"|le\s+(?:paragraphe|point|§)\s*(?P<n6>\d{{1,2}})(?=\s+(?:de\s+la|du|de\s+l')\s*(?:presente\s+)?"
    r"(?:convention|protocole|accord)(?!\w))"
    r")(?!\w)(?![-.]\w)" + _OF_CONVENTION)
#: a target of another text (« l'article 6 du code », « l'article 3 de la loi », « de la convention-type »)
_EXTERNAL = re.compile(r"\s*(?:du|de\s+la|de\s+l'|des)\s*(?:code|loi|decret|circulaire|arrete|ordonnance|"
                       r"convention[-\s]type|cadre|modele|reglement|statuts|charte)")
#: an incidental phrase between the target and its verb: « L'article 6, relatif au secret, est remplacé »
_INCISE = re.compile(r"\s*,[^,;.:\n]{1,80},\s*|\s*\([^()\n]{1,80}\)\s*|\s+")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_PARA_END = re.compile(r"[.!?»\"”]\s*$")


def _number(token: str) -> str:
    """« 6 », « 1er », « vi », « 4 bis » → the form the segmenter gives article numbers (« 6 », « 1 »)."""
    token = token.strip()
    words = re.match(r"([a-z-]+)(?:\s+(bis|ter))?$", token)
    if words and words.group(1) in WORD_NUMBERS:
        return str(WORD_NUMBERS[words.group(1)]) + (f" {words.group(2)}" if words.group(2) else "")
    m = re.match(r"(\d+|[ivxlc]+)(?:er)?(?:\s+(bis|ter))?$", token)
    if not m:
        return token
    head, suffix = m.group(1), m.group(2)
    if not head.isdigit():
        total = 0
        for i, ch in enumerate(head):
            v = _ROMAN[ch]
            total += -v if i + 1 < len(head) and _ROMAN[head[i + 1]] > v else v
        head = str(total)
    return head + (f" {suffix}" if suffix else "")


def _targets(m: re.Match[str]) -> list[tuple[str, str, int | str | None]]:
    """(kind, number, paragraph) for each target a match names; paragraph 1-based, -1 the last, or the
    label of a numbered list item (« 5 » for « le point 5 »)."""
    g = m.groupdict()
    if g["n6"]:
        return [("article", _number(g["n6"]), None)]
    if g["n5"]:
        return [(g["kind5"], _number(g["n5"]), g["item"] or g["item2"])]
    if g["n1"]:
        return [(g["kind"], _number(g["n1"]), _ORDINALS[g["ord"]])]
    if g["n2"]:
        return [(g["kind2"], _number(g["n2"]), 1 if not g["idx1"].isdigit() else int(g["idx1"]))]
    if g["n3"]:
        idx = g["idx3"]
        return [(g["kind3"], _number(g["n3"]), None if idx is None else 1 if not idx.isdigit() else int(idx))]
    nums = re.findall(_NUM, g["n4"])
    return [(g["kind4"], _number(n), None) for n in nums]


def _article_number(a: Article) -> str | None:
    return _number(fold(a.number)) if a.number else None


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Paragraphs of an article body: runs of lines up to one that ends a sentence (a PDF wraps lines
    inside a paragraph; a list introduced by « : » and its items ending in « ; » stay one paragraph)."""
    out: list[tuple[int, int]] = []
    lo = None
    pos = start
    for line in text[start:end].split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        if not line.strip():
            if lo is not None:
                out.append((lo, s))
                lo = None
            continue
        if lo is None:
            lo = s
        if _PARA_END.search(line):
            out.append((lo, e))
            lo = None
    if lo is not None:
        out.append((lo, min(end, pos)))
    return out


_AVENANT_LINE = re.compile(r"(?m)^[^\w\n]{0,6}avenant(?!\w)")


def amendment_starts(folded: str, structure: Structure | None) -> list[int]:
    """Where each avenant bound after the convention begins, in order: a line opening with « Avenant »
    after the signature block, or an article titled « avenant »."""
    if structure is None:
        return []
    starts = []
    if structure.signature:
        starts += [m.start() for m in _AVENANT_LINE.finditer(folded, structure.signature[0])]
    starts += [a.start for a in structure.articles if "avenant" in fold(a.title)]
    return sorted(set(starts))


def _in_amendment(folded: str, structure: Structure, target: Article, pos: int) -> bool:
    """The amending sentence stands in an amendment bound after the convention: after the signature
    block, in an article or annex titled « avenant », or after a line that opens with « Avenant ».
    A renewal's own article 5 saying « l'article 4 de la convention initiale est remplacé » amends a
    text that is not in the file (its own article 4 is new text)."""
    if structure.signature and pos >= structure.signature[0]:
        return True
    holder = structure.article_at(pos)
    if holder is not None and "avenant" in fold(holder.title):
        return True
    return _AVENANT_LINE.search(folded, target.end, pos) is not None


def _resolve(text: str, folded: str, structure: Structure, kind: str, number: str, para: int | str | None,
             cue_start: int) -> tuple[int, int] | None:
    """The span of the target: the nearest article (annex) of that number that ends before the cue,
    unless it is already new text (its heading names the avenant it comes from: a consolidated version)."""
    pool = structure.annexes if kind == "annexe" else structure.articles
    before = [a for a in pool if a.end <= cue_start and _article_number(a) == number]
    if not before:
        return None
    art = before[-1]
    if "avenant" in folded[art.start:art.body_start] or not _in_amendment(folded, structure, art, cue_start):
        return None
    if para is None:
        return art.body_start, art.end
    if isinstance(para, str):
        return _list_item(text, art.body_start, art.end, para)
    paras = _paragraphs(text, art.body_start, art.end)
    if not paras or para > len(paras):
        return None
    return paras[para - 1] if para > 0 else paras[-1]


def _list_item(text: str, start: int, end: int, label: str) -> tuple[int, int] | None:
    """The numbered item « 5. … », « 5) … », « 5° … » of a list in [start, end), up to the next numbered
    item or the end of the article."""
    items = [(m.start(), m.group(1)) for m in re.finditer(r"(?m)^[ \t]*(\d{1,2})\s*(?:[.)]|°)\s", text[start:end])]
    for k, (pos, n) in enumerate(items):
        if n == label:
            nxt = items[k + 1][0] if k + 1 < len(items) else end - start
            return start + pos, start + nxt
    return None


def _sentence(folded: str, pos: int) -> tuple[int, int]:
    lo = max(folded.rfind(". ", 0, pos), folded.rfind("\n", 0, pos)) + 1
    hi_candidates = [i for i in (folded.find(". ", pos), folded.find("\n", pos), folded.find(" :", pos)) if i >= 0]
    return lo, (min(hi_candidates) if hi_candidates else len(folded))


_STEMS = re.compile(r"(?i)supprim|remplac|abrog|r[ée]dig|annul|r[ée][ée]crit")

#: « L'article 7 de la convention est ainsi modifié : » then a list whose items name paragraphs of it
#: (« – l'alinéa 3 est supprimé ; », « – le deuxième alinéa est remplacé par … »)
_MODIFIED_HEAD = re.compile(
    rf"(?<!\w)l'\s*(?P<kind>article|annexe)\s+(?P<n>{_NUM})(?!\w)" + _OF_CONVENTION
    + r"\s+est\s+(?:ainsi\s+)?(?:modifiee?|completee?|amendee?)\s*(?:comme\s+suit\s*)?:")
_ITEM_PARA = re.compile(
    rf"(?m)^[ \t]*(?:[-–—•*]|\d{{1,2}}[.)°]|[a-z]\))?[ \t]*(?:(?:le|la|l')\s*{_ORD}\s+(?:alinea|paragraphe)"
    r"|l'\s*(?:alinea|paragraphe)\s+(?P<idx>\d{1,2}|premier|1er))(?!\w)")
_LIST_LINE = re.compile(r"[ \t]*(?:[-–—•*]|\d{1,2}[.)°]|[a-z]\))")


def _listed_paragraphs(text: str, f: str, structure: Structure, table: AmendmentTable) -> list[Superseded]:
    """Paragraphs deleted or replaced by the items of a list under « L'article N est ainsi modifié : »."""
    out: list[Superseded] = []
    for head in _MODIFIED_HEAD.finditer(f):
        # the list: the lines after the head that open as list items
        end = head.end()
        nl = f.find("\n", end)
        while nl >= 0 and _LIST_LINE.match(f, nl + 1):
            nxt = f.find("\n", nl + 1)
            end = nxt if nxt >= 0 else len(f)
            nl = nxt
        for item in _ITEM_PARA.finditer(f, head.end(), end):
            gap = _INCISE.match(f, item.end())
            at = gap.end() if gap else item.end()
            hit = next((v for rx in table.after_target if (v := rx.match(f, at))), None)
            if hit is None:
                continue
            g = item.groupdict()
            para = _ORDINALS[g["ord"]] if g.get("ord") else (1 if not g["idx"].isdigit() else int(g["idx"]))
            line_lo = f.rfind("\n", 0, item.start()) + 1
            span = _resolve(text, f, structure, head.group("kind"), _number(head.group("n")), para, head.start())
            if span is None or span[0] <= head.start() < span[1]:
                continue
            label = f"{head.group('kind')} {_number(head.group('n'))}" + (
                ", dernier alinéa" if para < 0 else f", alinéa {para}")
            out.append(Superseded(span[0], span[1], line_lo, hit.end(), label))
    return out


def find(text: str, structure: Structure, table: AmendmentTable, folded: str | None = None) -> list[Superseded]:
    """Every span of ``text`` a later sentence replaces or deletes (see the module docstring)."""
    if not (table.after_target or table.before_target) or not _STEMS.search(text):
        return []
    f = folded if folded is not None else fold(text)
    out: list[Superseded] = []
    for m in _TARGET.finditer(f):
        if _EXTERNAL.match(f, m.end()):
            continue
        hit = None
        for rx in table.after_target:
            gap = _INCISE.match(f, m.end())
            at = gap.end() if gap else m.end()
            v = rx.match(f, at)
            if v:
                hit = v
                break
        if hit is None:
            for rx in table.before_target:
                head = f[max(0, m.start() - 60):m.start()]
                v = None
                for cand in rx.compiled.finditer(head):
                    if not head[cand.end():].strip():
                        v = cand
                if v is not None:
                    hit = v
                    break
        if hit is None:
            continue
        cue_lo, cue_hi = _sentence(f, m.start())
        cue_lo = min(cue_lo, m.start())
        if any(rx.search(f, cue_lo, cue_hi) for rx in table.new_text_above):
            continue
        for kind, number, para in _targets(m):
            span = _resolve(text, f, structure, kind, number, para, m.start())
            if span is None or span[0] <= m.start() < span[1]:
                continue
            label = f"{kind} {number}" + ("" if para is None else f", point {para}" if isinstance(para, str)
                                          else ", dernier alinéa" if para < 0 else f", alinéa {para}")
            out.append(Superseded(span[0], span[1], cue_lo, max(cue_hi, hit.end()), label))
    return out + _listed_paragraphs(text, f, structure, table)


#: An avenant's substitution of quoted words: « les mots « X » sont supprimés », « les mots « X » sont remplacés
#: par les mots « Y » », « le montant de « 52 000 euros » est remplacé par celui de « 54 000 euros » ».
_SUBSTITUTION = re.compile(
    r"(?P<head>(?<!\w)(?:les|le)\s+mots?\s*:?\s*)?[«\"“]\s*(?P<old>[^«»\"“”\n]{1,400}?)\s*[»\"”]\s*"
    r"(?:,[^,;.\n]{0,80},\s*)?(?:est|sont|sera|seront)\s+(?P<verb>supprime|remplace|retire|abroge)e?s?\b"
    r"(?:\s+par\s+(?:(?:celui|celle|ceux|le\s+montant|la\s+somme|les\s+mots?|le\s+mot)\s*(?:de\s+|:\s*)?|:\s*)?"
    r"[«\"“]\s*(?P<new>[^«»\"“”\n]{1,400}?)\s*[»\"”])?")


@dataclass(frozen=True)
class Substitution:
    """Quoted words an avenant strikes out (``new`` None) or replaces by other quoted words, in folded
    text offsets: ``start``/``end`` span the whole amending phrase, ``old_start``/``old_end`` the quotation
    of the old words; ``named`` when the phrase calls them « les mots »."""

    old: str
    new: str | None
    start: int
    end: int
    old_start: int
    old_end: int
    named: bool


def substitutions(folded: str, start: int = 0) -> list[Substitution]:
    """Every substitution of quoted words from ``start`` on (one reader for the struck words the rules
    must not read and for the amounts the financing reads as rewritten)."""
    if "remplace" not in folded and "supprime" not in folded and "retire" not in folded and "abroge" not in folded:
        return []
    return [Substitution(m.group("old"), m.group("new"), m.start(), m.end(), m.start("old"), m.end("old"),
                         m.group("head") is not None)
            for m in _SUBSTITUTION.finditer(folded, start)]


def struck_words(text: str, structure: Structure, folded: str | None = None) -> list[Superseded]:
    """Words an avenant strikes out of an article (« À l'article 6, les mots « placé sous l'autorité
    hiérarchique du commandant » sont supprimés »): their occurrence in the nearest article of that
    number before the avenant no longer binds, nor does their quotation in the amending sentence."""
    f = folded if folded is not None else fold(text)
    if "mot" not in f:
        return []
    out: list[Superseded] = []
    for sub in substitutions(f):
        if not sub.named or len(sub.old) < 3:
            continue
        lo = max(f.rfind(". ", 0, sub.start), f.rfind("\n", 0, sub.start), f.rfind(";", 0, sub.start)) + 1
        refs = [t for t in _TARGET.finditer(f, lo, sub.start) if not _EXTERNAL.match(f, t.end())]
        words = sub.old.split()
        label = None
        for kind, number, _para in (_targets(refs[-1]) if refs else []):
            span = _resolve(text, f, structure, kind, number, None, sub.start)
            if span is None:
                continue
            rx = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)")
            for occ in rx.finditer(f, span[0], span[1]):
                label = f"{kind} {number}, mots supprimés"
                out.append(Superseded(occ.start(), occ.end(), lo, sub.end, label, partial=True))
        # the quotation itself is no stipulation in force, wherever the sentence stands
        out.append(Superseded(sub.old_start, sub.old_end, lo, sub.end, label or "mots supprimés", partial=True))
    return out


#: the two headers of an avenant's comparison table: the wording it leaves, the wording it adopts
_OLD_HEAD = (r"(?:ancienne|precedente)\s+redaction|redaction\s+(?:actuelle|initiale|anterieure|en\s+vigueur)"
             r"|(?:ancien|precedent)\s+texte|texte\s+(?:initial|actuel|en\s+vigueur)|version\s+initiale")
_NEW_HEAD = (r"nouvelle\s+redaction|redaction\s+(?:nouvelle|modifiee|proposee|issue\s+de\s+l'avenant)"
             r"|nouveau\s+texte|texte\s+(?:modifie|nouveau)|version\s+modifiee|nouvelle\s+version")
_OLD_CELL = re.compile(rf"\s*(?:{_OLD_HEAD})\s*[:.]?\s*")
_NEW_CELL = re.compile(rf"\s*(?:{_NEW_HEAD})\s*[:.]?\s*")
#: text where the table's cells were laid end to end: « Ancienne rédaction Nouvelle rédaction L'intervenant… »
_MERGED_HEAD = re.compile(rf"(?m)^[ \t|]*(?:{_OLD_HEAD})[ \t|:]+(?:{_NEW_HEAD})[ \t|:]+(?=\S)")
_OLD_LABEL = "ancienne rédaction d'un tableau de l'avenant"
#: a « | a | b | » line of a text table
_PIPE_ROW = re.compile(r"(?m)^[ \t]*\|(.*)\|[ \t]*$")


def old_columns(doc: Document, folded: str | None = None) -> list[Superseded]:
    """The cells of an avenant's « ancienne rédaction | nouvelle rédaction » table that hold the wording
    left behind: quoted to be replaced, they no longer bind (the new column is read as usual)."""
    f = folded if folded is not None else fold(doc.text)
    if "redaction" not in f and "texte" not in f and "version" not in f:
        return []
    out: list[Superseded] = []
    # DOCX or ODT tables: a header row naming the old and the new wording, then cells under them
    rows: dict[tuple[int, int], dict[int, tuple[int, int]]] = {}
    for b in doc.blocks:
        if b.table is not None and b.row is not None and b.cell is not None:
            rows.setdefault((b.table, b.row), {})[b.cell] = (b.start, b.end)
    for (table, row), cells in sorted(rows.items()):
        old = [c for c, (a, z) in cells.items() if _OLD_CELL.fullmatch(f, a, z)]
        new = [c for c, (a, z) in cells.items() if _NEW_CELL.fullmatch(f, a, z)]
        if len(old) != 1 or not new:
            continue
        head = cells[old[0]]
        for (t2, r2), later in sorted(rows.items()):
            if t2 == table and r2 > row and old[0] in later:
                a, z = later[old[0]]
                out.append(Superseded(a, z, head[0], head[1], _OLD_LABEL))
    # text tables « | Ancienne rédaction | Nouvelle rédaction | » then « | old | new | » lines
    for m in _PIPE_ROW.finditer(f):
        cols = _pipe_cells(m)
        olds = [i for i, (a, z) in enumerate(cols) if _OLD_CELL.fullmatch(f, a, z)]
        if len(olds) != 1 or not any(_NEW_CELL.fullmatch(f, a, z) for a, z in cols):
            continue
        pos = m.end() + 1
        while pos < len(f):
            line = _PIPE_ROW.match(f, pos)
            if line is None:
                break
            cells = _pipe_cells(line)
            if olds[0] < len(cells):
                a, z = cells[olds[0]]
                out.append(Superseded(a, z, m.start(), m.end(), _OLD_LABEL))
            pos = line.end() + 1
    # cells laid end to end after the header on the same line (a PDF): the rest of that line is the
    # first old cell
    for m in _MERGED_HEAD.finditer(f):
        if "|" in f[m.start():m.end()]:
            continue
        nl = f.find("\n", m.end())
        out.append(Superseded(m.end(), nl if nl >= 0 else len(f), m.start(), m.end(), _OLD_LABEL))
    return out


def _pipe_cells(m: re.Match[str]) -> list[tuple[int, int]]:
    """The cells of a « | a | b | » line, as spans (without the bars)."""
    out, lo = [], m.start(1)
    for i in range(m.start(1), m.end(1) + 1):
        if i == m.end(1) or m.string[i] == "|":
            out.append((lo, i))
            lo = i + 1
    return out


def superseding(spans: list[Superseded], start: int, end: int) -> Superseded | None:
    """The replaced span that holds [start, end), if any."""
    for sp in spans:
        if sp.start <= start and end <= sp.end:
            return sp
        if sp.partial and sp.start < end and start < sp.end:
            return sp
    return None
