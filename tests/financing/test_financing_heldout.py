"""Held-out wordings for the general financing fixes: each way a préfecture may write a clause, with a
counter-case that must stay silent. None of these sentences comes from a sample convention."""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing, financing_checks
from iscg_nlp.types import Article, Document, ExtractionReport, Structure, TextBlock

from test_financing import fin_table, text_doc


def shares(coding) -> dict[str, list[float] | float | None]:
    out = {}
    for f in coding.extra["financeurs"]:
        per = (f.get("par_annee") or {}).get("parts")
        out[f["type"]] = per if per else f["part"]
    return out


def structured_doc(preamble: str, articles: list[tuple[str, str]]) -> tuple[Document, Structure]:
    """A convention with a preamble and numbered articles (title, body), one block per line."""
    text, arts = preamble + "\n", []
    for i, (title, body) in enumerate(articles, 1):
        head = f"Article {i} – {title}\n"
        start = len(text)
        text += head + body + "\n"
        arts.append(Article(str(i), title, start, len(text), start + len(head)))
    doc = text_doc(text)
    return doc, Structure(None, [], (0, len(preamble)), arts, [], None, [], [])


# --------------------------------------------------------------------------- a falling State share in prose

@pytest.mark.parametrize("text, value, etat", [
    # The share falls in the next sentence, whose subject is a pronoun.
    ("La participation de l'État est fixée à 70 % du coût la première année. Elle est ramenée à 50 % la "
     "deuxième année, puis à 35 % les années suivantes.", "degressif", [70, 50, 35]),
    ("L'État participe à hauteur de 55 % pour la première année. Sa participation passe à 40 % à compter "
     "de la deuxième année.", "degressif", [55, 40]),
    # Calendar exercises, the euros listed "respectivement" for one financeur.
    ("L'État participe à hauteur de 60 % pour l'exercice 2024, 50 % pour l'exercice 2025 et 40 % pour "
     "l'exercice 2026, soit respectivement 30 000 €, 25 000 € et 20 000 €.", "degressif", [60, 50, 40]),
    # Years by rank or as N, N+1; the follow-up sentence opened by a year.
    ("Participation de l'État : 65 % en année 1, 55 % en année 2 et 45 % en année 3.", "degressif", [65, 55, 45]),
    ("L'État participe à hauteur de 60 % en N, 50 % en N+1 et 40 % en N+2.", "degressif", [60, 50, 40]),
    ("L'État participe à hauteur de 50 % en 2022. En 2023, sa participation est de 40 %.", "degressif", [50, 40]),
    ("La participation de l'État est fixée à 60 % la première année. À compter de la deuxième année, elle "
     "est abaissée à 50 %.", "degressif", [60, 50]),
    # Counter-cases: the share kept, the pronoun with no financeur before it, degressivity denied.
    ("La participation de l'État ne sera pas dégressive : elle reste fixée à 50 % pendant trois ans.",
     "stable", 50),
    ("La participation de l'État est fixée à 50 % la première année. Elle est maintenue à 50 % les années "
     "suivantes.", "stable", [50, 50]),
])
def test_state_share_over_sentences(text: str, value: str, etat: list[float] | float) -> None:
    fin, _ = code_financing(text_doc(text))
    assert fin.value == value
    assert shares(fin)["etat"] == etat


def test_falling_share_split_over_two_articles() -> None:
    doc, st = structured_doc("Préambule.", [
        ("Financement de la première année",
         "Le coût du poste est évalué à 60 000 € par an. Pour la première année, la participation de l'État "
         "au titre du FIPD est fixée à 50 % de ce coût, soit 30 000 €. Le solde est pris en charge par la "
         "Ville."),
        ("Évolution des participations",
         "À compter de la deuxième année, la participation de l'État est ramenée à 40 % du coût du poste."),
    ])
    fin, cost = code_financing(doc, st)
    assert fin.value == "degressif"
    assert cost.value["montant"] == 60000


def test_pronoun_without_financeur_before_assigns_nothing() -> None:
    fin, _ = code_financing(text_doc("Le coût annuel du poste est estimé à 40 000 €. Elle est versée en deux fois."))
    assert fin.extra["financeurs"] == []


# --------------------------------------------------------------------------- fractions

@pytest.mark.parametrize("text, expected", [
    ("Le FIPD prend en charge la moitié du coût du poste. L'autre moitié est assurée par la commune.",
     {"etat": (None, 50.0), "commune": (None, 50.0)}),
    ("La Ville finance les deux tiers du coût du poste ; le solde est à la charge de l'État.",
     {"commune": (None, 66.7), "etat": (None, 33.3)}),
    ("L'État prend en charge 50 % du coût. La moitié restante est financée par le Département.",
     {"etat": (None, 50.0), "conseil_departemental": (None, 50.0)}),
    ("Le coût du poste, soit 45 000 €, est financé pour un tiers par l'État et pour deux tiers par la commune.",
     {"etat": (None, 33.3), "commune": (None, 66.7)}),
])
def test_fractions_are_shares(text: str, expected: dict) -> None:
    fin, _ = code_financing(text_doc(text))
    assert fin.value == "stable"
    assert fin_table(fin) == expected


def test_half_of_working_time_is_not_a_share() -> None:
    fin, cost = code_financing(text_doc(
        "Le poste est financé par l'État. L'intervenant consacre la moitié de son temps au commissariat."))
    assert fin_table(fin) == {"etat": (None, None)}
    assert cost.value["etp"] == 0.5


def test_amount_computed_from_a_fraction_and_the_cost_is_marked() -> None:
    fin, _ = code_financing(text_doc(
        "Le coût complet du poste s'établit à 50 000 €. L'État en finance la moitié du coût ; l'autre moitié "
        "reste à la charge du Département."))
    by_type = {f["type"]: f for f in fin.extra["financeurs"]}
    assert by_type["etat"]["montant"] == 25000 and by_type["etat"]["montant_calcule"] is True
    # A computed amount is not a written subsidy: no "montants incohérents" from it.
    _, cost = code_financing(text_doc("Le coût complet du poste s'établit à 50 000 €."))
    assert "montants_incoherents" not in {c.code for c in financing_checks(fin, cost)}


# --------------------------------------------------------------------------- preamble is not the clause

def test_considerant_on_degressivity_is_not_the_financing_clause() -> None:
    doc, st = structured_doc(
        "Considérant que la participation de l'État au financement de ces postes est en principe dégressive ;",
        [("Financement", "Le coût du poste est estimé à 50 000 €. L'État et la commune participent chacun à "
                         "hauteur de 50 % de ce coût pendant toute la durée de la convention.")])
    fin, _ = code_financing(doc, st)
    assert fin.value == "stable"


def test_degressivity_inside_an_article_counts() -> None:
    doc, st = structured_doc("Vu le code de la sécurité intérieure ;", [
        ("Financement", "La participation de l'État est dégressive ; la commune prend progressivement le relais.")])
    fin, _ = code_financing(doc, st)
    assert fin.value == "degressif"


def test_vu_line_with_a_subsidy_is_not_a_share() -> None:
    doc, st = structured_doc(
        "Vu la délibération du conseil municipal attribuant une subvention de 15 000 € à l'association ;",
        [("Objet", "La présente convention crée un poste d'intervenant social.")])
    fin, _ = code_financing(doc, st)
    assert fin.value == "non_precise"
    assert fin.extra["financeurs"] == []


# --------------------------------------------------------------------------- shares decided every year

@pytest.mark.parametrize("text, value", [
    ("L'État verse 20 000 € et le Département 20 000 €. Le montant des participations est fixé chaque "
     "année par les financeurs au vu du bilan.", "non_precise"),
    ("La répartition entre les financeurs est réexaminée annuellement en comité de pilotage. L'État "
     "participe à hauteur de 50 % et la Ville à hauteur de 50 %.", "non_precise"),
    # Counter-cases: a payment made every year; shares kept for the whole convention.
    ("L'État participe à hauteur de 50 % et la Ville à hauteur de 50 %. La participation de l'État est "
     "versée chaque année sur demande.", "stable"),
    ("L'État participe à hauteur de 40 % et la Ville à hauteur de 60 % chaque année.", "stable"),
])
def test_shares_fixed_every_year_are_not_written(text: str, value: str) -> None:
    fin, _ = code_financing(text_doc(text))
    assert fin.value == value


# --------------------------------------------------------------------------- names of financeurs

@pytest.mark.parametrize("text, types", [
    ("La Communauté de communes des Trois Vallées, ci-après « la C3V », est partie à la convention.\n"
     "La C3V finance 40 % du coût du poste et l'État 60 %.", {"intercommunalite", "etat"}),
    ("Le Syndicat mixte du Pays de Bray (SMPB) et la Communauté d'agglomération de Val Lumière (CAVAL) "
     "sont signataires.\nLa CAVAL prend en charge 30 % du coût du poste, l'État 70 %.",
     {"intercommunalite", "etat"}),
    ("Grand Mervent finance 50 % du coût du poste et l'État 50 %.", {"intercommunalite", "etat"}),
    ("Vallée-Blanche Communauté finance 50 % du coût du poste et l'État 50 %.", {"intercommunalite", "etat"}),
    ("Le poste est financé à hauteur de 30 % par le GIP sur ses fonds propres et de 70 % par l'État.",
     {"autre", "etat"}),
    # Counter-cases: an association's short name is no commune; a common noun is no intercommunalité.
    ("L'association Relais Victimes, sise place de la Mairie, ci-après « REVI », porte le poste.\n"
     "REVI reçoit une subvention de l'État de 30 000 €.", {"etat"}),
    ("Un grand nombre de communes sont concernées. L'État finance 100 % du coût du poste.", {"etat"}),
    ("L'État finance 100 % du coût du poste ; la subvention est versée au GIP sur appel de fonds du "
     "groupement d'intérêt public.", {"etat"}),
])
def test_financeur_names(text: str, types: set[str]) -> None:
    fin, _ = code_financing(text_doc(text))
    assert {f["type"] for f in fin.extra["financeurs"]} == types


def test_respectivement_still_pairs_two_financeurs() -> None:
    fin, _ = code_financing(text_doc(
        "L'État et la Ville participent respectivement à hauteur de 60 % et 40 % du coût du poste."))
    assert fin.value == "stable"
    assert fin_table(fin) == {"etat": (None, 60), "commune": (None, 40)}


def test_equal_split_of_a_remainder_is_not_half_of_the_post() -> None:
    fin, _ = code_financing(text_doc(
        "L'État participe à hauteur de 60 % du coût du poste. La différence est prise en charge à parts égales "
        "par la Ville et par le Département."))
    assert shares(fin)["etat"] == 60
    assert shares(fin).get("commune") != 50.0


# --------------------------------------------------------------------------- the cost

@pytest.mark.parametrize("text, montant, etp", [
    ("La charge annuelle du poste, salaire et frais compris, est évaluée à 46 500 €. Le poste est à temps "
     "partiel, à 60 %.", 46500, 0.6),
    ("Le coût du poste à temps plein est estimé à 38 OOO euros pour l'année 2O19.", 38000, 1.0),
    ("Le coût annuel du poste est estimé à quarante-huit mille euros pour un équivalent temps plein.", 48000, 1.0),
    ("Montant total de l'action : 52 000 €", 52000, None),
    # Counter-cases: a workload is not a cost, nor is the total of one subsidy.
    ("Le montant total de la subvention de l'État est de 20 000 €.", None, None),
    ("La charge de travail de l'intervenant est importante : 1 200 personnes reçues.", None, None),
])
def test_cost_wordings(text: str, montant: float | None, etp: float | None) -> None:
    _, cost = code_financing(text_doc(text))
    assert cost.value == {"montant": montant, "etp": etp}


# --------------------------------------------------------------------------- an ODT table, through the real reader

def _odt_with_table(path, before: str, rows: list[list[str]]) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    doc = OpenDocumentText()
    doc.text.addElement(P(text=before))
    table = Table(name="Financement")
    table.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
    for row in rows:
        tr = TableRow()
        for cell in row:
            tc = TableCell(valuetype="string")
            tc.addElement(P(text=cell))
            tr.addElement(tc)
        table.addElement(tr)
    doc.text.addElement(table)
    doc.save(str(path))


def test_odt_table_cost_and_falling_state_share(tmp_path) -> None:
    from iscg_nlp.extract import read_document
    from iscg_nlp.segment import segment

    path = tmp_path / "convention.odt"
    _odt_with_table(path, "Article 7 – Plan de financement", [
        ["", "Année 1", "Année 2", "Année 3"],
        ["Coût total du poste", "51 000 €", "51 000 €", "51 000 €"],
        ["État (FIPD)", "60 %", "50 %", "40 %"],
        ["Commune", "40 %", "50 %", "60 %"],
    ])
    doc = read_document(str(path))
    fin, cost = code_financing(doc, segment(doc))
    assert cost.value["montant"] == 51000
    assert fin.value == "degressif"
    assert shares(fin)["etat"] == [60, 50, 40]


def test_a_sum_to_split_goes_to_nobody_before_its_split() -> None:
    fin, _ = code_financing(text_doc(
        "La participation de l'État est fixée à 50 %, soit 25 000 €. Le solde, soit 25 000 €, est réparti entre "
        "la Ville, pour 15 000 €, et le Département, pour 10 000 €."))
    assert fin_table(fin) == {"etat": (25000, 50), "commune": (15000, None),
                              "conseil_departemental": (10000, None)}


def test_computed_thirds_are_exact() -> None:
    fin, _ = code_financing(text_doc(
        "Le coût du poste, soit 45 000 €, est financé pour un tiers par l'État et pour deux tiers par la commune."))
    assert {f["type"]: f["montant"] for f in fin.extra["financeurs"]} == {"etat": 15000, "commune": 30000}
