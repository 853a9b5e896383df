"""The study's tables, computed from Records: counts and percentages, crossings, costs, départements.

A `Table` is plain data (title, columns, rows of cells); a `Count` cell carries its total so that each
output (HTML, XLSX, notebook) writes « n (p %) » or two columns as it likes. Percentages are of the
column's conventions (e.g. victims-only among the conventions signed in 2020), as in the study.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable

from ..labels import AVIS_LABELS, FINANCEUR_LABELS, VALUE_LABELS, indicator_label, value_label
from .records import Record, avis_criteria

#: indicators with a closed list of values (counted and crossed)
CATEGORICAL = ("lieu_exercice", "locaux_moyens", "public", "situations", "autorites", "deontologie",
               "qualification", "comite_pilotage", "duree", "proximite_modele", "procureur_signataire",
               "financement")
MISSING = "Non trouvé"
YEAR_UNKNOWN = "Année inconnue"
SUBSIDY_FLOOR = 50_000  # € per ETP: the study's recommended minimum subsidy
COST_RANGE = (50_000, 55_000)  # ANISCG / CIPDR estimate of a full-time post


@dataclass
class Count:
    n: int
    total: int

    @property
    def pct(self) -> float | None:
        return round(100.0 * self.n / self.total, 1) if self.total else None

    def __str__(self) -> str:
        return f"{self.n} ({fmt_pct(self.pct)})" if self.total else str(self.n)


def fmt_pct(p: float | None) -> str:
    return "—" if p is None else f"{p:.1f} %".replace(".", ",")


def fmt_eur(x: float | None) -> str:
    if x is None:
        return "—"
    return f"{x:,.0f} €".replace(",", "\u202f")


@dataclass
class Table:
    key: str  # short id, also the XLSX sheet name
    title: str
    columns: list[str]
    rows: list[list[Any]]
    note: str = ""
    section: str = ""
    charts: list[str] = field(default_factory=list)  # base64 PNGs, filled by the report


# --------------------------------------------------------------------------- helpers


def _values_of(indicator: str) -> list[str]:
    if indicator == "avis":
        return list(AVIS_LABELS)
    return list(VALUE_LABELS.get(indicator, {}))


def _label(indicator: str, value: Any) -> str:
    if value is None:
        return MISSING
    if indicator == "avis":
        return AVIS_LABELS.get(value, str(value))
    return value_label(indicator, value)


def year_period(year: int | None, first_year: int = 2019) -> str:
    if year is None:
        return YEAR_UNKNOWN
    return f"Avant {first_year}" if year < first_year else str(year)


def periods(records: list[Record], first_year: int = 2019) -> list[str]:
    years = sorted({r.year for r in records if r.year is not None and r.year >= first_year})
    out = []
    if any(r.year is not None and r.year < first_year for r in records):
        out.append(f"Avant {first_year}")
    out += [str(y) for y in years]
    if any(r.year is None for r in records):
        out.append(YEAR_UNKNOWN)
    return out


def _ordered_values(indicator: str, records: list[Record]) -> list[Any]:
    seen = {r.get(indicator) for r in records}
    out: list[Any] = [v for v in _values_of(indicator) if v in seen]
    out += sorted((v for v in seen if v is not None and v not in out), key=str)
    if None in seen:
        out.append(None)
    return out


# --------------------------------------------------------------------------- distributions


def distribution(records: list[Record], indicator: str, *, key: str | None = None, title: str | None = None,
                 all_values: bool = True) -> Table:
    """Counts and percentages of each value of one indicator."""
    counts = Counter(r.get(indicator) for r in records)
    values = _values_of(indicator) if all_values else []
    values = values + [v for v in _ordered_values(indicator, records) if v not in values]
    total = len(records)
    rows = [[_label(indicator, v), Count(counts.get(v, 0), total)] for v in values]
    return Table(key or indicator, title or indicator_label(indicator), ["Valeur", "Conventions"], rows,
                 note=f"Sur {total} convention(s).")


def crossing(records: list[Record], indicator: str, by: str | Callable[[Record], str], by_label: str,
             columns: list[str] | None = None, *, key: str | None = None, title: str | None = None) -> Table:
    """Values of ``indicator`` (rows) by a category (columns); % of each column's conventions."""
    getter = by if callable(by) else (lambda r, _b=by: _label(_b, r.get(_b)))
    groups: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        groups[getter(r)].append(r)
    if columns is None:
        known = [_label(by, v) for v in _values_of(by)] if isinstance(by, str) else []
        columns = [c for c in known if c in groups] + sorted(c for c in groups if c not in known)
    rows = []
    for v in _ordered_values(indicator, records):
        row: list[Any] = [_label(indicator, v)]
        for c in columns:
            members = groups.get(c, [])
            row.append(Count(sum(1 for r in members if r.get(indicator) == v), len(members)))
        rows.append(row)
    rows.append(["Total"] + [len(groups.get(c, [])) for c in columns])
    return Table(key or f"{indicator}_x_{by if isinstance(by, str) else 'annee'}",
                 title or f"{indicator_label(indicator)} selon {by_label.lower()}",
                 [indicator_label(indicator)] + columns, rows,
                 note=f"Pourcentages calculés sur les conventions de chaque colonne ({by_label.lower()}).")


def crossings(records: list[Record], first_year: int = 2019) -> list[Table]:
    out = []
    cols = periods(records, first_year)
    for ind in CATEGORICAL + ("avis",):
        out.append(crossing(records, ind, "type_employeur", "Type d'employeur", key=f"{ind}_employeur"))
        out.append(crossing(records, ind, "type_poste", "Type de poste", key=f"{ind}_poste"))
        out.append(crossing(records, ind, lambda r: year_period(r.year, first_year), "Année de signature",
                            cols, key=f"{ind}_annee"))
    return out


# --------------------------------------------------------------------------- avis


def criteria_table(records: list[Record]) -> Table:
    crit, _ = avis_criteria()
    counts = Counter(c for r in records for c in r.criteres)
    rows = [[c.label, Count(counts.get(c.key, 0), len(records))] for c in crit]
    rows.sort(key=lambda row: -row[1].n)
    return Table("criteres", "Critères le plus souvent non respectés", ["Critère", "Conventions"], rows,
                 note="Une convention peut ne pas respecter plusieurs critères.")


def failed_count_table(records: list[Record]) -> Table:
    counts = Counter(len(r.criteres) for r in records)
    rows = [[f"{k} critère(s) non respecté(s)", Count(counts[k], len(records))] for k in sorted(counts)]
    return Table("nb_criteres", "Nombre de critères non respectés par convention", ["Critères", "Conventions"], rows)


# --------------------------------------------------------------------------- proximity


def proximity_tables(records: list[Record], since: int = 2020) -> list[Table]:
    recent = [r for r in records if r.year is not None and r.year >= since]
    t_all = distribution(records, "proximite_modele", key="proximite", title="Proximité avec la convention-type : toutes conventions")
    t_recent = distribution(recent, "proximite_modele", key="proximite_depuis",
                            title=f"Proximité avec la convention-type : conventions signées depuis {since}")
    far = [r for r in records if r.get("proximite_modele") == "eloignee"]
    principled = [r for r in far if r.get("lieu_exercice") == "oui" and r.get("public") == "tous_publics"
                  and r.get("situations") == "toutes_situations" and r.get("autorites") == "conforme"]
    scores = [r.score for r in records if isinstance(r.score, (int, float))]
    rows = [["Conventions éloignées du modèle qui respectent pourtant les principes "
             "(en commissariat/unité, tous publics, toutes situations, autorités conformes)", Count(len(principled), len(far))]]
    if scores:
        rows.append(["Score moyen de proximité (0 à 1)", round(statistics.mean(scores), 2)])
    t_extra = Table("proximite_principes", "Éloignement du modèle et respect des principes", ["", "Valeur"], rows)
    return [t_all, t_recent, t_extra]


# --------------------------------------------------------------------------- financing and costs


def financing_tables(records: list[Record]) -> list[Table]:
    out = [distribution(records, "financement", key="financement", title="Financement : stabilisé ou dégressif")]
    named = [r for r in records if r.financeurs]
    single = Counter(r.financeurs[0].get("type") for r in named if len(r.financeurs) == 1)
    several = [r for r in named if len(r.financeurs) >= 2]
    rows: list[list[Any]] = [["Conventions mentionnant au moins un financeur", Count(len(named), len(records))]]
    for t, n in single.most_common():
        rows.append([f"Financeur unique : {FINANCEUR_LABELS.get(t, t)}", Count(n, len(named))])
    rows.append(["Au moins deux financeurs", Count(len(several), len(named))])
    for v in ("degressif", "stable", "non_precise"):
        rows.append([f"  dont {value_label('financement', v).lower()}",
                     Count(sum(1 for r in several if r.get("financement") == v), len(several))])
    out.append(Table("financeurs", "Financeurs du poste", ["", "Conventions"], rows))
    presence = Counter(t for r in named for t in {f.get("type") for f in r.financeurs})
    out.append(Table("financeurs_types", "Présence de chaque financeur", ["Financeur", "Conventions"],
                     [[FINANCEUR_LABELS.get(t, t), Count(n, len(named))] for t, n in presence.most_common()],
                     note="Parmi les conventions qui nomment au moins un financeur."))
    return out


def _cost(r: Record) -> tuple[float, float] | None:
    c = r.get("cout_poste")
    if isinstance(c, dict) and isinstance(c.get("montant"), (int, float)) and c["montant"] > 0:
        etp = c.get("etp") if isinstance(c.get("etp"), (int, float)) and c.get("etp") > 0 else None
        return float(c["montant"]), etp
    return None


def _spread(values: list[float]) -> list[Any]:
    lo, hi = min(values), max(values)
    return [fmt_eur(lo), fmt_eur(hi), fmt_eur(hi - lo), fmt_pct(round(100 * (hi - lo) / lo, 1) if lo else None),
            fmt_eur(statistics.median(values))]


def subsidy(r: Record) -> float | None:
    """Yearly subsidies written in the convention: sum of the financeurs' amounts."""
    amounts = [f.get("montant") for f in r.financeurs if isinstance(f.get("montant"), (int, float))]
    return float(sum(amounts)) if amounts else None


def cost_tables(records: list[Record]) -> list[Table]:
    costs = [(r, _cost(r)) for r in records]
    costs = [(r, c) for r, c in costs if c]
    cols = ["", "Conventions", "Minimum", "Maximum", "Écart (€)", "Écart (%)", "Médiane"]
    rows: list[list[Any]] = []
    if costs:
        rows.append(["Coût estimé (tous postes)", len(costs)] + _spread([c[0] for _, c in costs]))
    per_etp = [c[0] / c[1] for _, c in costs if c[1]]
    if per_etp:
        rows.append(["Coût par ETP", len(per_etp)] + _spread(per_etp))
    full = [c[0] for _, c in costs if c[1] == 1.0]
    if full:
        rows.append(["Postes à temps plein (1 ETP)", len(full)] + _spread(full))
    half = [c[0] for _, c in costs if c[1] == 0.5]
    if half:
        rows.append(["Postes à mi-temps (0,5 ETP)", len(half)] + _spread(half))
    in_range = sum(1 for v in per_etp if COST_RANGE[0] <= v <= COST_RANGE[1])
    note = (f"Coût estimé écrit dans {len(costs)} convention(s) sur {len(records)}. "
            f"{in_range} convention(s) ont un coût par ETP dans la fourchette nationale de "
            f"{fmt_eur(COST_RANGE[0])} à {fmt_eur(COST_RANGE[1])}.")
    out = [Table("couts", "Coût estimé du poste", cols, rows, note=note)]

    sub_rows = []
    for r in records:
        s, c = subsidy(r), _cost(r)
        etp = c[1] if c else None
        if s is None or not etp:
            continue
        per = s / etp
        if per < SUBSIDY_FLOOR:
            sub_rows.append([r.label, _label("type_employeur", r.get("type_employeur")), fmt_eur(s),
                             str(etp).replace(".", ","), fmt_eur(per)])
    sub_rows.sort(key=lambda row: row[0])
    out.append(Table("subventions_basses", f"Subventions inférieures à {fmt_eur(SUBSIDY_FLOOR)} par ETP",
                     ["Convention", "Employeur", "Subventions annuelles", "ETP", "Par ETP"], sub_rows,
                     note=f"{len(sub_rows)} convention(s) ; l'étude recommande un minimum de "
                          f"{fmt_eur(SUBSIDY_FLOOR)} par ETP."))
    return out


# --------------------------------------------------------------------------- procureur


def procureur_tables(records: list[Record]) -> list[Table]:
    t = crossing(records, "procureur_signataire", "type_employeur", "Type d'employeur", key="procureur_employeur",
                 title="Procureur de la République signataire selon le type d'employeur")
    signed = [r for r in records if r.get("procureur_signataire") == "oui"]
    blurred = [r for r in signed if r.get("public") in ("ambiguite", "victimes_seulement")]
    t.note += (f" Parmi les {len(signed)} convention(s) signées par le procureur, {len(blurred)} ont un public "
               "ambigu ou réservé aux victimes.")
    return [t]


# --------------------------------------------------------------------------- départements


def heterogeneity_table(records: list[Record], rename: Callable[[str], str] | None = None) -> Table:
    """Départements with several conventions: which indicators differ among them, and how."""
    by_dep: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        if r.departement:
            by_dep[r.departement].append(r)
    rows = []
    for dep in by_dep:
        members = by_dep[dep]
        if len(members) < 2:
            continue
        diffs = []
        for ind in CATEGORICAL + ("avis",):
            counts = Counter(_label(ind, r.get(ind)) for r in members)
            if len(counts) > 1:
                detail = ", ".join(f"{lab} {n}" for lab, n in counts.most_common())
                diffs.append(f"{indicator_label(ind) if ind != 'avis' else 'Avis'} : {detail}")
        rows.append([rename(dep) if rename else dep, len(members),
                     len(diffs), "\n".join(diffs) if diffs else "Indicateurs homogènes"])
    rows.sort(key=lambda row: (len(row[0]), row[0]))  # « Département B » before « Département AA »
    unknown = sum(1 for r in records if not r.departement)
    return Table("departements", "Conventions différentes au sein d'un même département",
                 ["Département", "Conventions", "Indicateurs qui diffèrent", "Détail"], rows,
                 note=f"Départements comptant au moins deux conventions. Département non lu dans le texte : "
                      f"{unknown} convention(s).")


# --------------------------------------------------------------------------- priorities


def priority_table(records: list[Record], mask: Callable[[str], str] | None = None) -> Table:
    """Conventions with an « avis réservé » and, for each criterion not met, a passage of the text."""
    crit = {c.key: c for c in avis_criteria()[0]}
    rows = []
    for r in records:
        if r.get("avis") != "reserve":
            continue
        for key in r.criteres:
            c = crit.get(key)
            ind = c.indicator if c else key
            ev = (r.evidence.get(ind) or [{}])[0].get("text") or "(aucun passage : valeur fondée sur une absence)"
            rows.append([r.label, c.label if c else key, _label(ind, r.get(ind)), mask(ev) if mask else ev])
    return Table("avis_reserve", "Conventions à reprendre en priorité (avis réservé)",
                 ["Convention", "Critère non respecté", "Valeur", "Passage"], rows,
                 note="Un passage cité par critère non respecté.")


def overview_tables(records: list[Record]) -> list[Table]:
    return [distribution(records, "type_poste", key="type_poste", title="Répartition par type de poste"),
            distribution(records, "type_employeur", key="type_employeur", title="Répartition par type d'employeur")]


def indicator_tables(records: list[Record]) -> list[Table]:
    return [distribution(records, ind) for ind in CATEGORICAL]


def avis_tables(records: list[Record]) -> list[Table]:
    return [distribution(records, "avis", key="avis", title="Avis ANISCG"), criteria_table(records),
            failed_count_table(records)]
