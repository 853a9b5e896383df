"""The 101 départements: read a convention's département from its text, find place names to mask.

The gazetteer is data (``iscg_nlp/data/departements.txt``). A convention rarely says « département :
X »; it names the préfet, the conseil départemental or the groupement de gendarmerie « de la Mayenne ».
So the département is read only after such a cue (a town or a river of the same name elsewhere in the
text must not count), and the most frequent one wins.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..textutil import fold

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "departements.txt"


@dataclass(frozen=True)
class Departement:
    code: str
    name: str
    chef_lieu: str
    variants: tuple[str, ...] = ()

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.variants)


@lru_cache(maxsize=1)
def load_departements() -> tuple[Departement, ...]:
    out = []
    for line in DATA_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + ["", "", "", ""]
        variants = tuple(v.strip() for v in cols[3].split(";") if v.strip())
        out.append(Departement(cols[0].strip(), cols[1].strip(), cols[2].strip(), variants))
    return tuple(out)


def _name_regex(name: str) -> str:
    """Folded name where hyphens, spaces and apostrophes are interchangeable (« Eure et Loir »)."""
    words = [w for w in re.split(r"[\s\-']+", fold(name)) if w]
    return r"[\s\-']*".join(re.escape(w) for w in words)


# « préfet de la », « département du », « conseil départemental des », « groupement … de l' »
# « préfet de police des Bouches-du-Rhône », « directeur départemental de la sécurité publique du Nord »
_CUE = (r"(?:prefet(?:e)?(?:\s+de\s+police)?|prefecture(?:\s+de\s+police)?|departement|conseil\s+departemental|"
        r"conseil\s+general|groupement\s+de\s+gendarmerie(?:\s+departementale)?|"
        # « le colonel commandant le groupement des Côtes-d'Armor »
        r"command\w*\s+(?:le\s+|du\s+)?groupement|"
        r"(?:direction|directeur|directrice)\s+departementale?\s+de\s+la\s+securite\s+publique|"
        r"direction\s+interdepartementale\s+de\s+la\s+police\s+nationale|ddsp|dipn|"
        # around Paris, the police directorate of the petite couronne: « Direction territoriale de la
        # sécurité de proximité de la Seine-Saint-Denis »
        r"direction\s+territoriale\s+de\s+la\s+securite\s+de\s+proximite|dtsp)")
# Paris is a commune and a département at once: its town hall and council name it
_PARIS = re.compile(r"\b(?:ville|conseil|maire|mairie)\s+de\s+paris(?![\w-])")
# Failing any other cue, the préfet de police named without a département (« le Préfet de police »,
# the DSPAP of the « agglomération parisienne ») is Paris's: the one of Marseille is named with its
# département, which then wins
_PARIS_POLICE = re.compile(r"\b(?:prefete?|prefecture)\s+de\s+police(?!\s+(?:des?|du|d')\s*\w)|"
                           r"\bagglomeration\s+parisienne\b|\barrondissement\s+de\s+paris(?![\w-])")
_PREP = r"(?:de\s+la\s+|de\s+l'\s*|du\s+|des\s+|de\s+|d'\s*|en\s+)"


@lru_cache(maxsize=1)
def _cue_regex() -> tuple[re.Pattern, dict[str, Departement]]:
    by_form: dict[str, Departement] = {}
    alts = []
    for d in load_departements():
        for s in d.spellings:
            rx = _name_regex(s)
            alts.append((len(rx), rx))
            by_form[_key(s)] = d
    alts.sort(reverse=True)  # longest first: « Loire-Atlantique » before « Loire »
    names = "|".join(rx for _, rx in alts)
    return re.compile(rf"\b{_CUE}\s+{_PREP}(?:la\s+)?(?P<name>{names})(?![\w-])"), by_form


def _key(name: str) -> str:
    return re.sub(r"[\s\-']+", " ", fold(name)).strip()


def departement_of(text: str | None) -> str | None:
    """The département a convention belongs to (canonical name), or None when no cue names one."""
    if not text:
        return None
    rx, by_form = _cue_regex()
    votes: Counter[str] = Counter()
    first: dict[str, int] = {}
    folded = fold(text)
    for m in rx.finditer(folded):
        d = by_form.get(_key(m.group("name")))
        if d is not None:
            votes[d.name] += 1
            first.setdefault(d.name, m.start())
    paris = by_form.get("paris")
    for m in _PARIS.finditer(folded) if paris is not None else ():
        votes[paris.name] += 1
        first.setdefault(paris.name, m.start())
    if not votes and paris is not None and _PARIS_POLICE.search(folded):
        return paris.name
    if not votes:
        return None
    return max(votes, key=lambda n: (votes[n], -first[n]))


@lru_cache(maxsize=1)
def _place_regex() -> re.Pattern:
    forms = set()
    for d in load_departements():
        forms.update(d.spellings)
        forms.add(d.chef_lieu)
    alts = sorted({_name_regex(f) for f in forms}, key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alts)})(?!\w)")


#: the rest of a compound place name after a hyphen (« Vienne-Roussillon », « VIENNE-ROUSSILLON »)
_COMPOUND_TAIL = re.compile(r"(?:-[^\W\d_][\w']*)+")


def place_spans(text: str) -> list[tuple[int, int]]:
    """Spans of département names and their chefs-lieux written with a capital (« Somme », not « somme »),
    with the rest of a compound place they open (« Vienne-Roussillon »: masking « Vienne » alone would
    leave the place readable, and a title in capitals would keep it whole).

    The capital keeps common words that are also names (« la somme de », « le cher », « un lot ») out.
    """
    out = []
    for m in _place_regex().finditer(fold(text)):
        if text[m.start()].isupper():
            end = m.end()
            tail = _COMPOUND_TAIL.match(text, end)
            if tail and all(part[:1].isupper() for part in tail.group().split("-")[1:]):
                end = tail.end()
            elif text[end:end + 1] == "-":
                continue  # « Vienne-la-… » in lower case: a word joined to the name, not the name alone
            out.append((m.start(), end))
    return out
