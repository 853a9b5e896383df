"""Round 34 wordings (lieu_exercice, locaux_moyens, duree), through the real engine.

Families of drafting, not copies of a sample:
- a post shared between two units (commissariat, brigade, BTA, CoB, hôtel de police) while the employer is named in the
  same sentence: wholly in units, no split with another structure;
- orientation lists (« orienter vers … les permanences d'avocats, les centres médico-psychologiques ») and training
  days (« dans la limite de deux jours par an ») are no time spent elsewhere;
- the Maison de protection des familles (MDPF) is a gendarmerie unit;
- an interlocutor or correspondent « au sein du commissariat » is where that person sits, not the worker;
- a table « Moyen | Fourni par » whose means cell offers two means (« véhicule ou, à défaut, frais kilométriques »)
  with one named provider is written down; a provision « le cas échéant » set between commas is conditional;
- a financing split renewed each year is no one-year duration; a year range in a title or footer yields to an
  article that states the duration.
Each family is tried with other verbs, word orders, the passive, missing accents and the contrary.
"""

from __future__ import annotations

import pytest

from iscg_nlp.decide import decide_indicator
from iscg_nlp.match import match_text
from rule_wording import RULES, code, code_articles

TWO_UNITS = [
    ("Un intervenant social, salarié de l'association, est partagé entre le commissariat de Sarcelles et la brigade de Luzarches.", "oui"),
    ("L'intervenante, employée par l'association, exerce à temps plein, répartie entre l'hôtel de police et la brigade territoriale autonome de Louvres.", "oui"),
    ("Recrutée par l'association, elle est partagée entre le cornmissariat de Gonesse et la brigade de Louvres.", "oui"),
    ("Le poste, porté par l'association, est reparti entre le commissariat de police et la brigade de gendarmerie.", "oui"),
    ("L'association met à disposition une intervenante partagée entre la compagnie de Pontoise et le commissariat de Cergy.", "oui"),
    ("Employé par l'association, il est partagé entre le commissariat d'Argenteuil et la brigade de Magny.", "oui"),
    # the contrary: a real split with the employer's own premises
    ("Son temps est réparti pour moitié au commissariat et pour moitié dans les locaux de l'association.", "partiellement"),
    ("Elle exerce le matin au commissariat et l'après-midi au siège de l'association.", "partiellement"),
]

ORIENTATION_AND_TRAINING = [
    ("– d'orienter les personnes vers les services compétents, notamment les permanences d'avocats, les services sociaux et les centres médico-psychologiques ;", "non_precise"),
    ("Il oriente les victimes vers les permanences juridiques du tribunal et vers le CCAS.", "non_precise"),
    ("- orienter, le cas echeant, vers les permanences d'acces au droit et les centres medico-sociaux ;", "non_precise"),
    ("L'intervenante réoriente les personnes vers les permanences des associations et la maison de la justice et du droit.", "non_precise"),
    ("Elle participe aux formations proposées par le Département à la maison des solidarités, dans la limite de deux jours par an.", "non_precise"),
    ("Il suit les formations organisées au centre hospitalier, trois jours par an au plus.", "non_precise"),
    ("L'intervenant participe, deux journées par an, aux séminaires du Conseil général au centre médico-social.", "non_precise"),
    ("Dans la limite de deux jours par an, elle se forme au centre communal d'action sociale.", "non_precise"),
    # the contrary: days each week at another place
    ("Il est présent trois jours par semaine au commissariat et deux jours au CCAS.", "partiellement"),
]

TRAINING_WITH_UNIT = (
    "L'intervenante exerce dans les locaux de la brigade de Loudéac.",
    "Elle participe aux formations proposées par le Conseil général, dans la limite de deux jours par an.",
)

MDPF = [
    ("Le poste est installé à temps plein dans les locaux de la MDPF, unité du groupement.", "oui"),
    ("L'intervenante exerce au sein de la MDPF du groupement de gendarmerie.", "oui"),
    ("Il est installé dans les locaux de la maison de protection des familles de la Vendée, caserne de La Roche-sur-Yon.", "oui"),
    ("L'intervenant est basé à la MDPF de la gendarmerie.", "oui"),
    ("Son bureau se situe dans l'enceinte de la MDPF du groupement.", "oui"),
    ("L'intervenante est installee dans les locaux de la maison de protection des familles, unite du groupement de gendarmerie.", "oui"),
    ("L'intervenant n'est pas installé dans les locaux de la MDPF du groupement.", "non"),
]

INTERLOCUTOR = [
    ("Le chef de la brigade de protection de la famille est l'interlocuteur privilégié de l'intervenante au sein du commissariat.", "non_precise"),
    ("Son interlocuteur au sein de la brigade est le commandant d'unité.", "non_precise"),
    ("Un officier est l'interlocutrice privilegiee de l'intervenant au sein du cornmissariat.", "non_precise"),
    ("Au sein de la compagnie de gendarmerie, l'interlocuteur de l'intervenant est l'adjudant-chef.", "non_precise"),
    ("Le commandant est le correspondant de l'intervenante au sein de la gendarmerie.", "non_precise"),
    ("L'adjoint au chef de circonscription est la personne ressource de l'intervenant au sein du commissariat.", "non_precise"),
    # the contrary: the worker herself in the unit
    ("L'intervenante exerce au sein du commissariat.", "oui"),
]

TABLE_ALTERNATIVE_MEANS = [
    ("Moyen | Fourni par\nBureau fermant à clé | Groupement\nVéhicule de service ou, à défaut, remboursement des frais kilométriques | Centre hospitalier", "inscrits"),
    ("Moyen | Fourni par\nVoiture de service ou à défaut indemnités kilométriques | Association\nBureau | Commissariat", "inscrits"),
    ("Matériel | À la charge de\nOrdinateur portable ou, a defaut, poste fixe | Employeur", "inscrits"),
    ("Moyens | Pris en charge par\nTéléphone mobile ou, à défaut, ligne fixe dédiée | Commune", "inscrits"),
    ("Moyen | Fourni par\nBureau individuel | Gendarmerie\nVéhicule du pool ou, à défaut, frais de déplacement | CCAS", "inscrits"),
    ("Equipement | Fournisseur\nLigne fixe ou, à défaut, téléphone portable | Commissariat", "inscrits"),
    # the contrary: the alternative is between providers
    ("Moyen | Fourni par\nBureau d'entretien | la police ou, à défaut, la mairie", "ambiguite"),
    ("Moyen | Fourni par\nVéhicule de service | le Département ou, à défaut, la commune", "ambiguite"),
]

CONDITIONAL_PROVISION = [
    ("Le CCAS met à sa disposition, le cas échéant, un téléphone portable.", "ambiguite"),
    ("La commune fournit, si nécessaire, un ordinateur portable.", "ambiguite"),
    ("L'association met à disposition, éventuellement, un téléphone mobile.", "ambiguite"),
    ("La mairie lui attribue, si besoin, un bureau.", "ambiguite"),
    ("Le commissariat réserve, au besoin, une salle d'entretien à l'intervenant.", "ambiguite"),
    ("L'employeur met a sa disposition, le cas echeant, un telephone portable.", "ambiguite"),
    ("Un bureau sera recherché par chacun des services d'accueil, dans la mesure des disponibilités de locaux.", "ambiguite"),
    ("Un local sera recherché par la brigade, selon les disponibilités.", "ambiguite"),
    # the contrary: a definite provision
    ("Le CCAS met à sa disposition un téléphone portable.", "inscrits"),
    ("Le commissariat met à sa disposition un bureau et, le cas échéant, l'accompagne au domicile des personnes.", "inscrits"),
]

FINANCING_RENEWED = [
    ("Il est réparti comme suit pour l'année 2024 ; cette répartition est reconduite chaque année dans les mêmes proportions :", "non_precisee"),
    ("Le coût est partagé ainsi pour l'année 2023 ; la clé de répartition est renouvelée chaque année.", "non_precisee"),
    ("La répartition du financement pour l'année 2022 est reconduite d'année en année.", "non_precisee"),
    ("Le budget est réparti entre les partenaires pour l'année 2025, selon des proportions reconduites chaque année.", "non_precisee"),
    ("Cette repartition est reconduite annuellement dans les memes proportions.", "non_precisee"),
    ("Les proportions fixées pour l'année 2021 sont reconduites tous les ans.", "non_precisee"),
    # the contrary: the convention renewed each year
    ("La convention est reconduite chaque année par avenant.", "annuelle"),
]

FINANCING_AND_INDEFINITE = (
    "Il est réparti comme suit pour l'année 2024 ; cette répartition est reconduite chaque année dans les mêmes proportions :",
    "Elle est conclue pour une durée indéterminée.",
)


def _code_title_and_articles(indicator: str, titles: list[str], articles: list[str]) -> str:
    findings = [f for t in titles for f in match_text(t, RULES, zone="titre") if f.indicator == indicator]
    findings += [f for t in articles for f in match_text(t, RULES, zone="article") if f.indicator == indicator]
    return decide_indicator(RULES.files[indicator], findings).value


TITLE_AND_ARTICLE = [
    (["Circonscription de police de Cholet – Convention 2026-2028"], ["La présente convention est conclue pour une durée de vingt-quatre mois à compter du 1er février 2026."], "autre"),
    (["CONVENTION PLURIANNUELLE 2021-2023"], ["La convention est conclue pour une durée de deux ans."], "autre"),
    (["Convention ISCG 2024-2026"], ["Elle est conclue pour une durée indéterminée."], "autre"),
    (["Convention 2023-2025"], ["La présente convention est conclue pour un an, du 1er janvier au 31 décembre 2023."], "annuelle"),
    (["Convention de partenariat 2022-2024"], ["La convention est conclue pour 24 mois."], "autre"),
    (["Convention ISG – 2025-2027"], ["La presente convention est conclue pour une duree de vingt-quatre mois."], "autre"),
    # alone, the title still gives the duration; an article of three years agrees
    (["CONVENTION PLURIANNUELLE 2021-2023"], ["L'intervenant exerce au commissariat."], "triennale"),
    (["Convention 2026-2028"], ["La présente convention est conclue pour trois ans."], "triennale"),
]


@pytest.mark.parametrize("text,expected", TWO_UNITS + ORIENTATION_AND_TRAINING + MDPF + INTERLOCUTOR)
def test_lieu_exercice_round34(text: str, expected: str) -> None:
    assert code("lieu_exercice", text) == expected


def test_training_days_leave_the_unit_whole() -> None:
    assert code_articles("lieu_exercice", *TRAINING_WITH_UNIT) == "oui"


@pytest.mark.parametrize("text,expected", TABLE_ALTERNATIVE_MEANS + CONDITIONAL_PROVISION)
def test_locaux_moyens_round34(text: str, expected: str) -> None:
    assert code("locaux_moyens", text) == expected


@pytest.mark.parametrize("text,expected", FINANCING_RENEWED)
def test_duree_financing_round34(text: str, expected: str) -> None:
    assert code("duree", text) == expected


def test_financing_renewal_leaves_an_indefinite_convention() -> None:
    assert code_articles("duree", *FINANCING_AND_INDEFINITE) == "autre"


@pytest.mark.parametrize("titles,articles,expected", TITLE_AND_ARTICLE)
def test_duree_title_range_yields_to_article(titles: list[str], articles: list[str], expected: str) -> None:
    assert _code_title_and_articles("duree", titles, articles) == expected
