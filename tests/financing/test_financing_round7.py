"""Round 7: the post's working time said otherwise, money paid into the post's budget, several posts.

- Half-time said by hours, by the convention's own profession or in the cost sentence: « 17h30
  hebdomadaires », « 0,5 équivalent temps plein d'éducateur spécialisé » in a convention about an
  éducateur spécialisé (that profession is then the post, not another role); a denied time (« n'est
  pas recruté à mi-temps mais à temps plein ») and a ratio (« 52 000 € par ETP ») are not the post's.
- « La Communauté verse au budget du poste une participation de 15 000 € »: the post's budget is
  where the money goes; the amount is a subsidy, not the cost (unless the cost is then stated).
- Several posts: « deux postes », « deux intervenants sociaux à temps plein », « chacune exerce à
  temps plein », « à raison d'un ETP au commissariat et d'un ETP à la brigade »: the ETP is per post
  times the number of posts; « le coût des deux postes » is the cost. Denied (« et non deux postes »)
  or set apart (« hors convention »), the number is not the convention's.
Wordings written for these tests, none from a sample convention.
"""

from __future__ import annotations

import pytest

from iscg_nlp.financing import code_financing

from test_financing import text_doc


def cost_of(text: str) -> dict:
    _, cost = code_financing(text_doc(text))
    return cost.value


def fins_of(text: str) -> dict[str, dict]:
    fin, _ = code_financing(text_doc(text))
    return {f["type"]: f for f in fin.extra["financeurs"]}


# --------------------------------------------------------------------------- half-time

EDUCATOR = ("La convention organise l'intervention d'un éducateur spécialisé auprès des mineurs. "
            "L'éducateur est salarié de l'association. L'éducateur rencontre les familles. "
            "L'éducateur rend compte de son activité. L'éducateur est tenu au secret. ")


@pytest.mark.parametrize("sentence, etp", [
    ("Le coût de l'action, qui correspond à 0,5 équivalent temps plein d'éducateur spécialisé, est évalué "
     "à 20 000 euros.", 0.5),
    ("L'éducateur spécialisé intervient à mi-temps ; le coût de l'action est évalué à 20 000 euros.", 0.5),
    ("L'éducatrice spécialisée est employée à mi-temps. Le coût de l'action est évalué à 20 000 euros.", 0.5),
])
def test_the_conventions_own_profession_gives_the_posts_time(sentence: str, etp: float) -> None:
    assert cost_of(EDUCATOR + sentence) == {"montant": 20000.0, "etp": etp}


def test_another_profession_stays_another_role() -> None:
    text = ("L'intervenant social est recruté pour le poste. L'intervenant social reçoit les victimes. "
            "Un psychologue à mi-temps assure la supervision clinique de l'équipe. "
            "Le coût du poste est estimé à 45 000 euros.")
    assert cost_of(text)["etp"] is None


@pytest.mark.parametrize("sentence, etp", [
    ("L'intervenante sociale travaille 17h30 hebdomadaires au commissariat.", 0.5),
    ("Le poste représente 17 heures 30 par semaine.", 0.5),
    ("La durée hebdomadaire de travail de l'intervenant est de 28 heures.", 0.8),
    ("L'intervenant social effectue 35 heures par semaine.", 1.0),
])
def test_weekly_hours_are_a_working_time(sentence: str, etp: float) -> None:
    assert cost_of(sentence + " Le coût du poste est estimé à 30 000 euros.") == {"montant": 30000.0, "etp": etp}


def test_opening_hours_are_not_a_working_time() -> None:
    assert cost_of("L'intervenant assure une permanence de 10 heures par semaine au poste de la brigade.")["etp"] is None


@pytest.mark.parametrize("sentence, etp", [
    ("L'intervenant n'est pas recruté à mi-temps mais à temps plein.", 1.0),
    ("Le poste n'est plus à temps plein ; l'intervenante travaille à mi-temps.", 0.5),
])
def test_a_denied_time_is_not_the_posts(sentence: str, etp: float) -> None:
    assert cost_of(sentence)["etp"] == etp


def test_a_cost_per_etp_is_a_ratio_not_the_posts_time() -> None:
    text = "Le coût du poste est estimé à 26 000 euros, soit 52 000 euros par équivalent temps plein. Le poste est à mi-temps."
    assert cost_of(text) == {"montant": 26000.0, "etp": 0.5}


# --------------------------------------------------------------------------- paid into the post's budget


@pytest.mark.parametrize("sentence", [
    "La Communauté de communes verse au budget du poste une participation annuelle de 15 000 euros.",
    "La commune participe au coût du poste à hauteur de 15 000 euros par an.",
    "Le Département contribue au budget annuel du poste pour un montant de 15 000 euros.",
])
def test_money_paid_into_the_posts_budget_is_a_subsidy(sentence: str) -> None:
    cost = cost_of(sentence + " L'intervenante est recrutée à temps complet.")
    assert cost == {"montant": None, "etp": 1.0}
    assert [f["montant"] for f in fins_of(sentence).values()] == [15000.0]


def test_the_cost_stated_after_a_contribution_is_the_cost() -> None:
    text = "La commune participe au coût du poste, estimé à 40 000 euros, à hauteur de 50 %."
    assert cost_of(text)["montant"] == 40000.0
    assert fins_of(text)["commune"]["part"] == 50.0


def test_a_scanned_communaute_is_still_an_intercommunalite() -> None:
    assert set(fins_of("La Cornmunauté de cornmunes verse une subvention de 15 000 euros.")) == {"intercommunalite"}


# --------------------------------------------------------------------------- several posts


@pytest.mark.parametrize("text, etp", [
    ("La convention crée deux postes d'intervenant social. Chacun des intervenants exerce à temps plein.", 2.0),
    ("Deux intervenants sociaux à temps plein sont recrutés pour le dispositif.", 2.0),
    ("La convention porte sur deux postes d'intervenante sociale, à raison d'un équivalent temps plein au "
     "commissariat et d'un équivalent temps plein à la brigade.", 2.0),
    ("Les 2 ETP d'intervenant social sont répartis entre le commissariat et la brigade.", 2.0),
    ("Trois intervenantes sociales à mi-temps sont recrutées pour le poste.", 1.5),
    ("La convention crée deux postes d'intervenant social. Chaque intervenante exerce à mi-temps.", 1.0),
])
def test_the_number_of_posts_multiplies_the_time(text: str, etp: float) -> None:
    assert cost_of(text)["etp"] == etp


@pytest.mark.parametrize("text", [
    "La convention crée un seul poste, et non deux postes. Chacun des partenaires reconnaît que "
    "l'intervenant exerce à temps plein.",
    "Les deux postes de la ville voisine, hors convention, ne sont pas concernés. Chacun des signataires "
    "note que l'intervenant social du poste exerce à temps plein.",
    "Un poste à temps plein est créé ; il n'y aura pas deux intervenants.",
])
def test_a_denied_or_outside_number_of_posts_does_not_count(text: str) -> None:
    assert cost_of(text)["etp"] == 1.0


@pytest.mark.parametrize("sentence", [
    "Le coût des deux postes est évalué à 112 000 euros par an (56 000 euros par poste).",
    "Le coût annuel des deux postes est estimé à 112 000 euros, soit 56 000 euros par équivalent temps plein.",
    "Le coût total des intervenants est de 112 000 euros.",
])
def test_the_cost_of_several_posts(sentence: str) -> None:
    text = "La convention crée deux postes d'intervenante sociale ; chacune exerce à plein temps. " + sentence
    assert cost_of(text) == {"montant": 112000.0, "etp": 2.0}
