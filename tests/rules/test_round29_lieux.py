"""Round 29 wordings (lieu_exercice, qualification, duree) through the real engine.

Written from the families of drafting, never copied from a sample:
- named days in one unit while the rest of the week is only « permanences » (elsewhere or in other units):
  the presence is partial;
- the unit named by a reference to a table, a list or another article (« l'unité désignée ci-dessus »);
- a social worker who takes over during the worker's absences, or towards whom people are sent, is another
  person, not the qualification of the post;
- one year « reconduite tacitement d'année en année » with no « sans limitation de durée » stays annual
  (CODEBOOK: one year, renewable or not), as the corpus sample r04 already codes it.
"""

from __future__ import annotations

import pytest

from rule_wording import code, code_articles  # noqa: E402  (one rule set for every wording test)

# (1) days in one unit + permanences the other days
DAYS_THEN_PERMANENCES = [
    (("L'intervenante sociale est présente à l'hôtel de police les lundis et mardis.",
      "Le jeudi et le vendredi, elle tient des permanences à la brigade de Chagny."), "partiellement"),
    (("L'intervenant exerce au commissariat trois jours par semaine.",
      "Les deux autres jours, des permanences sont assurées par lui dans les brigades de la compagnie."), "partiellement"),
    (("Le travailleur social est present au commissariat les mardi, mercredi et jeudi.",
      "Le lundi, il assure une permanence a la brigade de Seurre, selon un calendrier trimestriel."), "partiellement"),
    (("Elle travaille dans les locaux de la brigade de Nolay le lundi et le mardi.",
      "Des permanences alternées à la compagnie et au commissariat occupent le reste de sa semaine."), "partiellement"),
    (("Il reçoit au commissariat deux journées par semaine.",
      "Il tient le reste du temps des permanences dans les unités de gendarmerie du secteur."), "partiellement"),
    (("L'intervenant social est présent au commissariat de police les lundi, mardi et jeudi.",
      "Il n'assure aucune permanence à la brigade."), "oui"),
    (("L'intervenant social est présent au commissariat du lundi au vendredi.",), "oui"),
    (("L'intervenante tient une permanence à la brigade le mercredi.",), "partiellement"),
]

# (2) the unit named by reference to a table, a list or an article
UNIT_BY_REFERENCE = [
    ("Chaque intervenante est affectée à temps plein dans l'unité ou le service mentionné au tableau ci-dessus.", "oui"),
    ("L'intervenant social exerce au sein de l'unité désignée à l'article 2.", "oui"),
    ("Elle est installee dans le commissariat figurant en annexe 1.", "oui"),
    ("Les intervenants sont respectivement placés dans les unités énumérées ci-dessous.", "oui"),
    ("Chacun travaille dans le service ou l'unité d'affectation indiqué au présent article.", "oui"),
    ("L'intervenante est présente dans la brigade citée ci-après, où elle accomplit tout son service.", "oui"),
    ("Il n'exerce pas dans l'unité désignée ci-dessus mais au CCAS de la commune.", "non"),
    ("Il tient des permanences à la brigade désignée ci-dessus.", "partiellement"),
    ("Le comité de pilotage se réunit dans le service désigné à l'article 3.", "non_precise"),
    ("Elle exerce dans l'unité d'accueil pédiatrique du centre hospitalier mentionnée ci-dessus.", "non"),
]

# (3) another social worker during absences or as an orientation target: not the post's qualification
OTHER_WORKER = [
    ("En son absence, les policiers orientent les personnes vers l'assistante sociale de secteur du Département.", "non_precisee"),
    ("Durant ses congés, les victimes sont orientées vers l'assistant social de la CAF.", "non_precisee"),
    ("Lors de ses absences, le relais est assuré par l'assistante sociale de la mairie.", "non_precisee"),
    ("En cas d'absence de l'intervenante, l'educatrice specialisee du CCAS prend le relais.", "non_precisee"),
    ("Les gendarmes réorientent les familles vers l'assistante sociale du secteur.", "non_precisee"),
    ("Pendant son absence, l'assistante sociale de secteur reçoit les femmes adressées par la brigade.", "non_precisee"),
    # the post's own qualification still fires
    ("Le poste est confié à une assistante de service social diplômée d'État.", "precisee_conforme"),
    ("L'intervenante sociale est titulaire du diplome d'Etat d'educateur specialise.", "precisee_conforme"),
]

# (4) one year tacitly renewed year after year, no « sans limitation de durée »: annual (CODEBOOK)
ONE_YEAR_TACIT = [
    ("La convention prend effet le 1er mai 2023 pour une période d'un an. Elle est ensuite reconduite tacitement d'année en année, sauf dénonciation.", "annuelle"),
    ("Conclue pour un an, elle se renouvelle par tacite reconduction chaque année.", "annuelle"),
    ("La présente convention est conclue pour une durée d'un an, renouvelable par tacite reconduction.", "annuelle"),
    ("Elle est conclue pour un an et reconduite tacitement d'année en année, sans limitation de durée.", "autre"),
    ("La convention est conclue pour une durée indéterminée ; elle est reconduite chaque année par tacite reconduction.", "autre"),
    ("La convention s'applique pour une annee a compter de sa signature ; elle est ensuite reconduite tacitement.", "annuelle"),
]


@pytest.mark.parametrize("texts, expected", DAYS_THEN_PERMANENCES)
def test_days_in_unit_then_permanences(texts, expected):
    assert code_articles("lieu_exercice", *texts) == expected


@pytest.mark.parametrize("text, expected", UNIT_BY_REFERENCE)
def test_unit_named_by_reference(text, expected):
    assert code("lieu_exercice", text) == expected


@pytest.mark.parametrize("text, expected", OTHER_WORKER)
def test_other_social_worker_is_not_the_qualification(text, expected):
    assert code("qualification", text) == expected


@pytest.mark.parametrize("text, expected", ONE_YEAR_TACIT)
def test_one_year_tacit_renewal(text, expected):
    assert code("duree", text) == expected
