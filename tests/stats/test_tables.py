"""The study's tables from hand-made JSON lines: every count and percentage checked by hand."""

from __future__ import annotations

from iscg_nlp.stats import tables as T
from iscg_nlp.stats.records import records_from_lines


def _row(table, label):
    return next(r for r in table.rows if r[0] == label)


def test_distribution_counts_and_percentages(hand_lines):
    recs = records_from_lines(hand_lines)
    t = T.distribution(recs, "public")
    assert [r[0] for r in t.rows] == ["Tous publics", "Victimes exclusivement", "Mineurs exclusivement",
                                      "Ambiguïté du texte"]
    assert (_row(t, "Tous publics")[1].n, _row(t, "Tous publics")[1].pct) == (5, 62.5)
    assert (_row(t, "Victimes exclusivement")[1].n, _row(t, "Victimes exclusivement")[1].pct) == (2, 25.0)
    assert _row(t, "Mineurs exclusivement")[1].n == 0
    assert str(_row(t, "Ambiguïté du texte")[1]) == "1 (12,5 %)"


def test_victims_only_by_signature_period(hand_lines):
    recs = records_from_lines(hand_lines)
    t = T.crossing(recs, "public", lambda r: T.year_period(r.year), "Année de signature", T.periods(recs))
    assert t.columns == ["Public visé", "Avant 2019", "2019", "2020", "2021", "Année inconnue"]
    row = _row(t, "Victimes exclusivement")
    assert [(c.n, c.total) for c in row[1:]] == [(1, 2), (1, 1), (0, 2), (0, 2), (0, 1)]
    assert row[1].pct == 50.0
    assert _row(t, "Total")[1:] == [2, 1, 2, 2, 1]


def test_crossing_by_employer_and_post(hand_lines):
    recs = records_from_lines(hand_lines)
    t = T.crossing(recs, "public", "type_employeur", "Type d'employeur")
    assert t.columns == ["Public visé", "Association", "Conseil départemental", "Ville / intercommunalité"]
    assert [(c.n, c.total) for c in _row(t, "Victimes exclusivement")[1:]] == [(1, 5), (1, 2), (0, 1)]
    t = T.crossing(recs, "avis", "type_poste", "Type de poste")
    assert [(c.n, c.total) for c in _row(t, "Avis réservé")[1:]] == [(0, 4), (1, 3), (0, 1)]


def test_avis_and_criteria(hand_lines):
    recs = records_from_lines(hand_lines)
    avis, crit, nb = T.avis_tables(recs)
    assert [(r[0], r[1].n) for r in avis.rows] == [("Avis conforme", 4), ("Conforme avec réserve", 3),
                                                   ("Avis réservé", 1)]
    assert crit.rows[0][0] == "Public visé" and crit.rows[0][1].n == 3 and crit.rows[0][1].pct == 37.5
    assert {r[0]: r[1].n for r in crit.rows}["Répartition des autorités"] == 1
    assert {r[0]: r[1].n for r in nb.rows} == {"0 critère(s) non respecté(s)": 4, "1 critère(s) non respecté(s)": 3,
                                              "2 critère(s) non respecté(s)": 1}


def test_proximity_overall_and_since(hand_lines):
    recs = records_from_lines(hand_lines)
    all_, recent, extra = T.proximity_tables(recs, since=2020)
    assert (_row(all_, "Proche")[1].n, _row(all_, "Éloignée")[1].n) == (5, 3)
    assert (_row(recent, "Proche")[1].n, _row(recent, "Éloignée")[1].n) == (3, 1)  # 2020-2021 only
    assert _row(recent, "Proche")[1].pct == 75.0
    # far from the model but meeting the principles: c2 and c7 (c1 is victims only)
    assert (extra.rows[0][1].n, extra.rows[0][1].total) == (2, 3)
    assert extra.rows[1][1] == 0.79


def test_duration_over_time(hand_lines):
    recs = records_from_lines(hand_lines)
    t = T.crossing(recs, "duree", lambda r: T.year_period(r.year), "Année de signature", T.periods(recs))
    assert [c.n for c in _row(t, "Annuelle")[1:]] == [2, 0, 0, 0, 0]
    assert [c.n for c in _row(t, "Triennale")[1:]] == [0, 1, 2, 2, 1]


def test_financing_and_costs(hand_lines):
    recs = records_from_lines(hand_lines)
    fin, financeurs, presence = T.financing_tables(recs)
    assert (_row(fin, "Stabilisé")[1].n, _row(fin, "Dégressif")[1].n) == (7, 1)
    assert _row(financeurs, "Conventions mentionnant au moins un financeur")[1].n == 3
    assert _row(financeurs, "Financeur unique : État (FIPD)")[1].n == 1
    assert _row(financeurs, "Au moins deux financeurs")[1].n == 1
    costs, low = T.cost_tables(recs)
    per_etp = _row(costs, "Coût par ETP")
    assert per_etp[1:6] == [3, "40\u202f000 €", "55\u202f500 €", "15\u202f500 €", "38,8 %"]
    assert _row(costs, "Postes à mi-temps (0,5 ETP)")[2] == "27\u202f750 €"
    # subsidies per ETP below 50 000 €: c4 (45 000) and c5 (40 000); c6 is 55 500 per ETP
    assert [r[0] for r in low.rows] == ["c4.pdf", "c5.pdf"]
    assert low.rows[0][4] == "45\u202f000 €"


def test_procureur_by_employer(hand_lines):
    recs = records_from_lines(hand_lines)
    (t,) = T.procureur_tables(recs)
    assert [(c.n, c.total) for c in _row(t, "Oui")[1:]] == [(1, 5), (1, 2), (0, 1)]
    assert "1 ont un public ambigu ou réservé aux victimes" in t.note


def test_heterogeneity_within_departement(hand_lines):
    recs = records_from_lines(hand_lines)
    for r, dep in zip(recs, ["Aude", "Aude", "Aude", "Gers", "Gers", "Tarn", None, None]):
        r.departement = dep
    t = T.heterogeneity_table(recs)
    rows = {r[0]: r for r in t.rows}
    assert set(rows) == {"Aude", "Gers"}  # Tarn has one convention only
    assert rows["Aude"][1] == 3
    assert "Public visé : Victimes exclusivement 2, Tous publics 1" in rows["Aude"][3]
    assert "Répartition des financeurs : Stabilisé 1, Dégressif 1" in rows["Gers"][3]
    assert "2 convention(s)" in t.note


def test_priority_table_quotes_evidence(hand_lines):
    recs = records_from_lines(hand_lines)
    t = T.priority_table(recs)
    assert [r[:3] for r in t.rows] == [["c3.pdf", "Public visé", "Victimes exclusivement"],
                                       ["c3.pdf", "Répartition des autorités", "Confuse"]]
    assert t.rows[0][3].startswith("L'intervenant social reçoit toute victime")
    assert "absence" in t.rows[1][3]
