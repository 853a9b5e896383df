"""Public version of the statistics: mask what identifies signatories and places.

Four sources of names, because none is enough alone:
- spaCy's French NER (``fr_core_news_sm`` with ``ner``; loaded here, apart from the matcher's light
  pipeline) finds persons, places and organisations in the text shown — but it also tags institutions
  (« Préfet », « Conseil départemental ») and misses names in headings; so each entity is trimmed of
  generic institutional words and only its proper-name core is masked;
- the gazetteer of départements and their chefs-lieux (``stats/departements.py``);
- the parties and signatories the segmenter found in each convention (learned once per corpus, then
  masked in every text: a body named in one convention's parties is masked in another's quotes);
- « Madame / Monsieur / M. / Mme » followed by capitalised words (persons named in signature blocks).

Over-masking a word is acceptable in a public report; letting a name through is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .stats.departements import place_spans
from .textutil import fold

PERSON, PLACE, BODY, NAME = "[personne]", "[lieu]", "[organisme]", "[nom]"

#: folded words that name an institution or a role, not a particular one (never masked alone)
GENERIC = set("""
etat prefet prefete prefecture prefectoral prefectorale sous-prefet sous-prefecture departement departements
departemental departementale departementaux conseil conseils general generale president presidente
vice-president vice-presidente directeur directrice direction directions commandant commandante colonel
lieutenant-colonel capitaine chef cheffe adjoint adjointe groupement gendarmerie gendarmeries nationale national
police commissariat commissariats compagnie compagnies brigade brigades securite publique publiques ddsp dipn
dgpn dggn dcsp association associations communaute communautes commune communes agglomeration ville villes
mairie maire maires intercommunalite intercommunal intercommunale gip caf caisse allocations familiales fipd
cipdr ministere ministre interieur justice tribunal tribunaux administratif judiciaire procureur procureure
republique parquet observatoire intervention interventions sociale social sociaux intervenant intervenante
intervenants isg iscg ise convention conventions article articles annexe annexes comite comites pilotage suivi
crip ccas cias centre centres communal action actions services service unite unites division operations
circonscription circonscriptions le la les de du des d l et en au aux sur sous pour par a ou un une son sa ses
leur leurs ce cette madame monsieur mme m mlle considerant vu poste postes public publics objet duree
financement financements moyens materiels materiel missions mission cadre reference deontologie secret
professionnel qualification recrutement evaluation lieu exercice autorites autorite hierarchique fonctionnelle
technique signataires signataire parties partie preambule titre chapitre fait faite approuve lu directeur
general generale cd aide victimes victime france maison protection familles famille mdph pmi ase enfance
departementale solidarite solidarites sante agence regionale ars education nationale pole emploi ii iii iv v
vi vii viii ix x xi xii xiii xiv xv ier er premier premiere entre relative relatif portant creation
partenariat constitutive consacre dedie central sein travailleur travailleuse fonctionnement periode annee annees
ci-apres pays prevention delinquance accueil ecoute liberte egalite fraternite departementaux region
""".split())

_TOKEN = re.compile(r"\w[\w'’\-]*")
_PERSON_CUE = re.compile(r"\b(?:M\.|Mme\.?|Mlle|Monsieur|Madame|Docteur|Dr\.?|Maître|Me)\s+"
                         r"(?P<name>(?:[A-ZÉÈÊÀÂÎÔÛÇ][\w'’\-]+\s*){1,3})")
_BODY_NAME = re.compile(r"\b[Aa]ssociation\s+(?P<name>[^,;(\n«»]{3,80}?)\s*(?=\(|,|;|\bdont\b|\brepr[ée]sent|"
                        r"\bsis|\bsitu|\bci-apr|$)", re.M)
_QUOTED = re.compile(r"[«“]\s*(?P<name>[^»”\n]{3,80}?)\s*[»”]")
_CAP = r"[A-ZÉÈÊÀÂÎÔÛÇŒ][\w'’\-]*"
# « compagnie de Saint-Flour », « communes de la Provence Verte », « Fait à Albi »: a place after a cue
_PLACE_CUE = re.compile(
    r"(?i:\b(?:compagnie|brigade|commune|communes|ville|circonscription|commissariat|agglom[ée]ration|canton|"
    r"secteur|territoire|bassin|pays|site|fait|sign[ée]e?|situ[ée]e?|si[sz]e?)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|"
    r"des\s+|de\s+|d['’]\s*|à\s+|a\s+|au\s+))"
    rf"(?P<name>{_CAP}(?:\s+(?:(?:de|du|des|la|le|les|sur|en|et)\s+)?{_CAP})*)")
_SPLIT = re.compile(r"[,;\n()«»\"“”]|\s[–—-]\s")
_CONNECTORS = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "sur", "en", "sous", "lès", "les"}
_LABEL = {"PER": PERSON, "LOC": PLACE, "ORG": BODY}


def _is_generic(token: str) -> bool:
    f = fold(token).strip("'-")
    if f in GENERIC:
        return True
    # « l'État », « d'Agglomération »: judge the word after the elision
    if "'" in f:
        return f.split("'", 1)[1] in GENERIC or f.split("'", 1)[1] == ""
    return f.isdigit()


def _name_like(piece: str) -> bool:
    """Not only institutional words; a run in capitals counts only as an acronym or a hyphenated
    place (« AMEAS », « SAINT-FLOUR ») — other capitals are headings (« CONVENTION RELATIVE »)."""
    toks = _TOKEN.findall(piece)
    if not toks or all(_is_generic(t) for t in toks):
        return False
    if piece.upper() == piece and any(c.isalpha() for c in piece):
        return len(toks) == 1 and (len(toks[0]) <= 6 or "-" in toks[0])
    return True


def proper_core(text: str, start: int = 0) -> tuple[int, int] | None:
    """Offsets of the span from the first to the last non-generic capitalised word, or None."""
    toks = [(m.start() + start, m.end() + start, m.group(0)) for m in _TOKEN.finditer(text)]
    keep = [(s, e) for s, e, t in toks if t[0].isupper() and not _is_generic(t)]
    if not keep:
        return None
    return keep[0][0], keep[-1][1]


def capitalised_runs(text: str) -> list[str]:
    """Runs of capitalised words (joined by de/du/la/et…) with a non-generic core: candidate names."""
    out = []
    toks = list(_TOKEN.finditer(text))
    i = 0
    while i < len(toks):
        if not toks[i].group(0)[0].isupper():
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and (toks[j + 1].group(0)[0].isupper()
                                     or fold(toks[j + 1].group(0)) in _CONNECTORS):
            j += 1
        while j > i and fold(toks[j].group(0)) in _CONNECTORS:
            j -= 1
        span = text[toks[i].start():toks[j].end()]
        core = proper_core(span)
        if core:
            out.append(span[core[0]:core[1]])
        i = j + 1
    return out


@lru_cache(maxsize=1)
def get_ner():
    """``fr_core_news_sm`` with NER (parser, lemmatizer, morphology off: NER needs only tok2vec)."""
    import spacy

    return spacy.load("fr_core_news_sm", exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler",
                                                  "senter"])


@dataclass
class Anonymizer:
    """Learn names from a corpus (``learn``), then ``mask`` any text shown to the public."""

    names: set[str] = field(default_factory=set)  # names as written (masked case-insensitively, folded)
    use_ner: bool = True
    _rx: re.Pattern | None = None

    # ------------------------------------------------------------------ learning

    def learn(self, text: str) -> None:
        """Collect the names of one convention: parties, signatories, place of signature, persons, NER."""
        from .segment import segment
        from .types import Document, ExtractionReport

        if not text:
            return
        found: set[str] = set()
        try:
            st = segment(Document("", "", text, [], ExtractionReport("txt")))
        except Exception:  # noqa: BLE001 - an unsegmentable text still gets NER and the gazetteer
            st = None
        zones: list[tuple[int, int]] = []
        if st is not None:
            for p in st.parties + st.signatories:
                if p.name:
                    found.update(capitalised_runs(p.name))
                found.update(capitalised_runs(p.text))
                found.update(m.group("name") for m in _BODY_NAME.finditer(p.text))
                found.update(m.group("name") for m in _QUOTED.finditer(p.text) if proper_core(m.group("name")))
            if st.signature_place:
                found.add(st.signature_place)
            first = min([a.start for a in st.articles] or [min(len(text), 4000)])
            if st.preamble:
                first = min(first, st.preamble[0])
            zones.append((0, first))
            if st.signature:
                zones.append(st.signature)
        else:
            zones.append((0, min(len(text), 4000)))
        for m in _PERSON_CUE.finditer(text):
            found.add(m.group("name").strip())
        for m in _PLACE_CUE.finditer(text):
            core = proper_core(m.group("name"))
            if core:
                found.add(m.group("name")[core[0]:core[1]])
        if self.use_ner:
            for doc in get_ner().pipe(text[s:e] for s, e in zones):
                for ent in doc.ents:
                    if ent.label_ in _LABEL:
                        core = proper_core(ent.text)
                        if core:
                            found.add(ent.text[core[0]:core[1]])
        for n in found:
            for piece in _SPLIT.split(n):
                piece = piece.strip(" .:'’-")
                if len(piece) >= 3 and _name_like(piece):
                    self.names.add(piece)
        self._rx = None

    def learn_all(self, texts) -> "Anonymizer":
        for t in texts:
            self.learn(t)
        return self

    # ------------------------------------------------------------------ masking

    def _names_regex(self) -> re.Pattern | None:
        if self._rx is None and self.names:
            forms = sorted({re.escape(fold(n)) for n in self.names if fold(n) not in GENERIC}, key=len, reverse=True)
            forms = [f.replace(r"\ ", r"\s+") for f in forms]
            self._rx = re.compile(rf"(?<![\w-])(?:{'|'.join(forms)})(?![\w-])") if forms else None
        return self._rx

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = [(s, e, PLACE) for s, e in place_spans(text)]
        for m in _PERSON_CUE.finditer(text):
            out.append((m.start("name"), m.start("name") + len(m.group("name").rstrip()), PERSON))
        for m in _PLACE_CUE.finditer(text):
            core = proper_core(m.group("name"), m.start("name"))
            if core:
                out.append((core[0], core[1], PLACE))
        rx = self._names_regex()
        if rx is not None:
            for m in rx.finditer(fold(text)):
                found = text[m.start():m.end()]
                # a one-word name must be written with a capital (« Trait » the name, not « trait »)
                if len(_TOKEN.findall(found)) > 1 or found[:1].isupper():
                    out.append((m.start(), m.end(), NAME))
        if self.use_ner and text.strip():
            for ent in get_ner()(text).ents:
                if ent.label_ in _LABEL:
                    core = proper_core(ent.text, ent.start_char)
                    if core:
                        out.append((core[0], core[1], _LABEL[ent.label_]))
        return out

    def mask(self, text: str | None) -> str:
        """The text with every name replaced by a bracketed kind (« [personne] », « [lieu] » …)."""
        if not text:
            return text or ""
        spans = sorted(self.spans(text), key=lambda s: (s[0], -s[1]))
        merged: list[list] = []
        for s, e, lab in spans:
            if merged and s <= merged[-1][1]:
                if e > merged[-1][1]:
                    merged[-1][1] = e
                continue
            merged.append([s, e, lab])
        out, pos = [], 0
        for s, e, lab in merged:
            out.append(text[pos:s])
            out.append(lab)
            pos = e
        out.append(text[pos:])
        return "".join(out)


def file_labels(labels: list[str]) -> dict[str, str]:
    """File names → « Convention n° k » (order of first appearance)."""
    out: dict[str, str] = {}
    for lab in labels:
        out.setdefault(lab, f"Convention n° {len(out) + 1}")
    return out


def departement_labels(names: list[str]) -> dict[str, str]:
    """Département names → « Département A », « Département B » … in order of first appearance
    (not alphabetical: the letter must not hint at the name)."""
    out = {}
    for k, name in enumerate(dict.fromkeys(names)):
        letters = ""
        k += 1
        while k:
            k, r = divmod(k - 1, 26)
            letters = chr(65 + r) + letters
        out[name] = f"Département {letters}"
    return out
