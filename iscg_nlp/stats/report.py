"""Assemble the study: records → sections of tables and charts (public version masked), ready to render."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..labels import indicator_label, value_label
from . import tables as T
from .records import Record, provenance, provenance_sentence


@dataclass
class Section:
    title: str
    tables: list[T.Table] = field(default_factory=list)
    intro: str = ""


@dataclass
class Report:
    title: str
    provenance: str
    sections: list[Section]
    anonymized: bool = False
    since: int = 2020
    families: list = field(default_factory=list)

    def all_tables(self) -> list[T.Table]:
        return [t for s in self.sections for t in s.tables]


def _share_over_years(table: T.Table, wanted: dict[str, str]) -> dict[str, list[tuple[str, float | None]]]:
    """From a crossing by year: % of each wanted value label per period (for a line chart)."""
    periods = table.columns[1:]
    out = {}
    for row in table.rows:
        if row[0] in wanted:
            out[wanted[row[0]]] = [(p, c.pct if isinstance(c, T.Count) and c.total else None)
                                   for p, c in zip(periods, row[1:])
                                   if p != T.YEAR_UNKNOWN]
    return out


def build_report(records: list[Record], *, since: int = 2020, anonymize: bool = False, charts: bool = True,
                 families_threshold: float | None = None, anonymizer=None) -> Report:
    """Every table of the study from the records; with ``anonymize``, names masked and files numbered."""
    from ..families import DEFAULT_THRESHOLD, families_of_records

    mask: Callable[[str], str] | None = None
    rename_dep = None
    if anonymize:
        from ..anonymize import Anonymizer, departement_labels, file_labels

        anon = anonymizer or Anonymizer().learn_all(r.text for r in records if r.text)
        names = file_labels([r.label for r in records])
        for r in records:
            r.label = names[r.label]
        counts: dict[str, int] = {}
        for r in records:
            if r.departement:
                counts[r.departement] = counts.get(r.departement, 0) + 1
        deps = departement_labels([r.departement for r in records if counts.get(r.departement, 0) >= 2])
        rename_dep = deps.get
        mask = anon.mask

    prov = provenance_sentence(provenance(records))
    first_year = 2019
    sections: list[Section] = []

    s = Section("Répartition des conventions étudiées", T.overview_tables(records))
    sections.append(s)

    s = Section("Les indicateurs", T.indicator_tables(records),
                intro="Pour chaque indicateur, le nombre et la part des conventions qui prennent chaque valeur.")
    sections.append(s)

    cross = T.crossings(records, first_year)
    by_key = {t.key: t for t in cross}
    sections.append(Section("Indicateurs selon le type d'employeur",
                            [t for t in cross if t.key.endswith("_employeur")]))
    sections.append(Section("Indicateurs selon le type de poste", [t for t in cross if t.key.endswith("_poste")]))
    sections.append(Section("Indicateurs selon l'année de signature", [t for t in cross if t.key.endswith("_annee")],
                            intro=f"Les conventions signées avant {first_year} sont regroupées."))

    sections.append(Section("Avis ANISCG", T.avis_tables(records) + [by_key["avis_employeur"],
                                                                    T.priority_table(records, mask)]))
    sections.append(Section("Proximité avec la convention-type", T.proximity_tables(records, since)))
    sections.append(Section("Durée des conventions dans le temps", [by_key["duree_annee"]]))
    sections.append(Section("Financement et coût des postes", T.financing_tables(records) + T.cost_tables(records)))
    sections.append(Section("Procureur de la République signataire", T.procureur_tables(records)))
    sections.append(Section("Des conventions différentes au sein d'un même département",
                            [T.heterogeneity_table(records, rename_dep)]))

    fams = families_of_records(records, threshold=families_threshold or DEFAULT_THRESHOLD)
    sections.append(Section("Des conventions qui circulent et se dupliquent",
                            [families_table(fams, families_threshold or DEFAULT_THRESHOLD, mask)]))

    if charts:
        _add_charts(sections, by_key)
    title = "Analyse des conventions ISCG" + (" — version publique" if anonymize else "")
    return Report(title, prov, sections, anonymized=anonymize, since=since, families=fams)


def families_table(fams, threshold: float, mask: Callable[[str], str] | None = None) -> T.Table:
    m = mask or (lambda x: x)
    rows = []
    for k, f in enumerate(fams, start=1):
        passages = "\n".join(f"{indicator_label(sp.indicator)} ({value_label(sp.indicator, sp.value)}), "
                             f"dans {len(sp.members)} conventions : « {m(sp.text)} »" for sp in f.shared)
        rows.append([f"Famille {k}", ", ".join(f.labels), f"{f.similarity:.2f}".replace(".", ","),
                     passages or "Aucun passage litigieux commun"])
    return T.Table("familles", "Familles de conventions copiées-collées",
                   ["Famille", "Conventions", "Similarité moyenne", "Passages litigieux repris"], rows,
                   note=(f"Textes comparés sans les phrases de la convention-type (TF-IDF sur mots et caractères, "
                         f"similarité cosinus) ; deux conventions sont de la même famille à partir d'une "
                         f"similarité de {threshold:.2f}.").replace("0.", "0,"))


def _add_charts(sections: list[Section], by_key: dict[str, T.Table]) -> None:
    from . import charts as C

    for s in sections:
        for t in s.tables:
            if t.key in T.CATEGORICAL or t.key in ("type_poste", "type_employeur", "avis", "criteres",
                                                   "proximite", "proximite_depuis"):
                t.charts.append(C.bar_chart(t))
            elif t.key == "avis_employeur":
                t.charts.append(C.stacked_chart(t, "Type d'employeur"))
            elif t.key.endswith("_annee") and t.key in ("public_annee", "proximite_modele_annee", "duree_annee",
                                                        "avis_annee"):
                t.charts.append(C.stacked_chart(t, "Année de signature"))
    trend = {}
    for key, wanted in (("public_annee", {value_label("public", "victimes_seulement"): "Public : victimes exclusivement"}),
                        ("proximite_modele_annee", {value_label("proximite_modele", "proche"): "Proche de la convention-type"}),
                        ("duree_annee", {value_label("duree", "triennale"): "Convention triennale"}),
                        ("avis_annee", {T.AVIS_LABELS["conforme"]: "Avis conforme"})):
        if key in by_key:
            trend.update(_share_over_years(by_key[key], wanted))
    if trend:
        chart = C.lines_over_years(trend, "Évolution selon l'année de signature")
        for s in sections:
            if s.title.startswith("Indicateurs selon l'année"):
                s.intro += " Le graphique montre l'évolution de quelques valeurs clés."
                s.tables[0].charts.insert(0, chart)
