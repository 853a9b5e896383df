"""Round 33 wordings (autorites, deontologie), through the real engine.

Families of drafting, not copies of a sample:
- « la manière de servir » appraised by the EMPLOYER itself, the forces' chief only giving an opinion the
  employer may ask for (« après avis », « peut recueillir l'avis », « sur avis consultatif »), against the
  study's report on the manière de servir written by the forces (still confuse);
- the worker's secrecy aligned on another profession's: « astreinte au secret médical », « dans les mêmes
  conditions que les personnels soignants » (ambiguite, like « mêmes règles que les policiers »), against
  the health staff's own secret and its denial.
Each family is tried with other verbs, word orders, the passive, missing accents and the contrary.
"""

from __future__ import annotations

import pytest

from rule_wording import code, code_articles  # noqa: E402

HIERARCHY = ("L'association exerce l'autorité hiérarchique sur l'intervenant social ; "
             "le commandant de compagnie exerce l'autorité fonctionnelle.")

EMPLOYER_APPRAISES = [
    "L'association apprécie chaque année la manière de servir de sa salariée, lors de l'entretien professionnel ; l'avis du commandant de compagnie peut être recueilli.",
    "La manière de servir de l'intervenant est appréciée chaque année par la commune, qui peut solliciter l'avis du commissaire.",
    "Le Département évalue annuellement la façon de servir de son agent ; le chef de circonscription peut être consulté.",
    "L'employeur apprecie la maniere de servir de l'intervenante au cours de l'entretien annuel.",
    "Chaque année, le CCAS apprécie la manière de servir de l'intervenant social, après avis du commandant de brigade.",
    "La communauté de communes évalue la façon dont l'intervenante a servi, sur avis consultatif du commissaire de police.",
    "L'appréciation de la manière de servir relève du seul employeur ; l'avis de l'officier référent peut être demandé.",
]

FORCES_REPORT = [
    "Le commandant de compagnie établit chaque année un rapport sur la manière de servir de l'intervenante.",
    "L'évaluation annuelle est conduite au vu d'une fiche d'appréciation de la façon de servir renseignée par le commissaire.",
    "La maniere de servir de l'intervenant fait l'objet d'une note annuelle redigee par le chef de circonscription.",
    "Le commissaire central apprécie chaque année la manière de servir de l'intervenant social.",
    "La manière de servir de l'intervenante est appréciée annuellement par le commandant de brigade.",
    "L'association conduit l'entretien annuel sur la base du rapport du DDSP sur la manière de servir de l'agent.",
]


@pytest.mark.parametrize("text", EMPLOYER_APPRAISES)
def test_employer_appraising_the_manner_of_serving_is_conforme(text: str) -> None:
    assert code_articles("autorites", HIERARCHY, text) == "conforme"


@pytest.mark.parametrize("text", FORCES_REPORT)
def test_forces_report_on_the_manner_of_serving_is_confuse(text: str) -> None:
    assert code_articles("autorites", HIERARCHY, text) == "confuse"


SECRET = "L'intervenante sociale est tenue au secret professionnel prévu à l'article 226-13 du code pénal."

OTHER_PROFESSION_SECRET = [
    "L'intervenante sociale est astreinte au secret médical, comme le personnel de l'unité.",
    "La travailleuse sociale est tenue au secret medical.",
    "Elle est tenue au secret dans les mêmes conditions que les personnels soignants du service.",
    "Le secret auquel elle est astreinte obéit aux mêmes règles que celui des médecins de l'établissement.",
    "Au même titre que les professionnels de santé de l'hôpital, l'intervenant est soumis au secret.",
    "L'intervenant respecte une confidentialité identique à celle qui s'impose aux médecins légistes.",
    "L'assistante sociale est soumise au secret hospitalier.",
]

NOT_OTHER_PROFESSION_SECRET = [
    "Les éléments médicaux recueillis par l'unité demeurent couverts par le secret médical.",
    "L'intervenante n'est pas tenue au secret médical.",
    "Le médecin légiste est tenu au secret médical ; il ne transmet rien à l'intervenante.",
    "Le secret médical ne régit pas les relations de l'intervenant avec le commissariat.",
    "Elle observe le secret selon des règles distinctes de celles des soignants.",
    "Elle participe, au même titre que les médecins, aux réunions de l'unité.",
]


@pytest.mark.parametrize("text", OTHER_PROFESSION_SECRET)
def test_secret_aligned_on_another_profession_is_ambiguite(text: str) -> None:
    assert code("deontologie", text) == "ambiguite"


@pytest.mark.parametrize("text", NOT_OTHER_PROFESSION_SECRET)
def test_health_staff_own_secret_is_not_ambiguite(text: str) -> None:
    assert code_articles("deontologie", SECRET, text) == "securisee"
