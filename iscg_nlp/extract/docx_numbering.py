"""Word automatic numbering: compute the labels ("Article 3 –", "II.", "1er") Word displays but
does not store in the paragraph text, so that numbered headings are not invisible."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _val(el: etree._Element | None, default: str | None = None) -> str | None:
    return default if el is None else el.get(W + "val", default)


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "\t"
    legal: bool = False


@dataclass
class Numbering:
    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)  # numId -> (abs, overrides)
    styles: dict[str, tuple[str | None, int | None, str | None]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    _started: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, numbering: etree._Element | None, styles: etree._Element | None) -> "Numbering":
        self = cls()
        if numbering is not None:
            for ab in numbering.iter(W + "abstractNum"):
                levels: dict[int, Level] = {}
                for lvl in ab.iter(W + "lvl"):
                    suff = _val(lvl.find(W + "suff"), "tab")
                    levels[int(lvl.get(W + "ilvl", "0"))] = Level(
                        start=int(_val(lvl.find(W + "start"), "1") or 1),
                        fmt=_val(lvl.find(W + "numFmt"), "decimal") or "decimal",
                        text=_val(lvl.find(W + "lvlText"), "") or "",
                        suffix={"tab": "\t", "space": " "}.get(suff or "tab", ""),
                        legal=lvl.find(W + "isLgl") is not None)
                self.abstract[ab.get(W + "abstractNumId", "")] = levels
            for num in numbering.iter(W + "num"):
                overrides = {}
                for ov in num.iter(W + "lvlOverride"):
                    so = ov.find(W + "startOverride")
                    if so is not None:
                        overrides[int(ov.get(W + "ilvl", "0"))] = int(_val(so, "1") or 1)
                self.nums[num.get(W + "numId", "")] = (_val(num.find(W + "abstractNumId"), "") or "", overrides)
        if styles is not None:
            for st in styles.iter(W + "style"):
                ppr = st.find(W + "pPr")
                num_pr = ppr.find(W + "numPr") if ppr is not None else None
                num_id = _val(num_pr.find(W + "numId")) if num_pr is not None else None
                ilvl = _val(num_pr.find(W + "ilvl")) if num_pr is not None else None
                self.styles[st.get(W + "styleId", "")] = (
                    num_id, int(ilvl) if ilvl is not None else None, _val(st.find(W + "basedOn")))
        return self

    def _style_num(self, style: str | None) -> tuple[str | None, int | None]:
        seen = set()
        while style and style not in seen:
            seen.add(style)
            num_id, ilvl, based = self.styles.get(style, (None, None, None))
            if num_id is not None:
                return num_id, ilvl
            style = based
        return None, None

    def label(self, ppr: etree._Element | None) -> str:
        """The label (with its suffix) Word shows before this paragraph; advances the counters."""
        if ppr is None:
            return ""
        num_pr = ppr.find(W + "numPr")
        style = _val(ppr.find(W + "pStyle"))
        s_num, s_lvl = self._style_num(style)
        num_id = _val(num_pr.find(W + "numId")) if num_pr is not None else None
        ilvl_s = _val(num_pr.find(W + "ilvl")) if num_pr is not None else None
        num_id = num_id if num_id is not None else s_num
        ilvl = int(ilvl_s) if ilvl_s is not None else (s_lvl or 0)
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        abs_id, overrides = self.nums[num_id]
        levels = self.abstract.get(abs_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(abs_id, {})
        if num_id not in self._started:
            self._started.add(num_id)
            for lv, start in overrides.items():
                counters[lv] = start - 1
                for deeper in [k for k in counters if k > lv]:
                    del counters[deeper]
        counters[ilvl] = counters.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        lvl = levels[ilvl]
        if lvl.fmt == "bullet":
            return "• "
        text = lvl.text
        for k in range(8, -1, -1):
            token = f"%{k + 1}"
            if token in text:
                ref = levels.get(k, Level())
                value = counters.get(k, ref.start)
                fmt = "decimal" if lvl.legal and k != ilvl else ref.fmt
                text = text.replace(token, format_number(value, fmt))
        return (text + lvl.suffix) if text else ""


_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
          (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def format_number(n: int, fmt: str) -> str:
    """Render a list counter the way Word does for a French document."""
    if fmt in ("upperRoman", "lowerRoman"):
        out, rest = "", max(n, 1)
        for v, s in _ROMAN:
            while rest >= v:
                out, rest = out + s, rest - v
        return out if fmt == "upperRoman" else out.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt == "ordinal":
        return "1er" if n == 1 else f"{n}e"
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)
