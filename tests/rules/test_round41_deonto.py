"""Round 41, deontologie: what the worker heard owed to the investigators (in a definition, or through a secret
« sous réserve » of the investigation), and meetings or writings where the examination or the forces are put
aside by an exclusion (« en dehors de », « à l'exception de », « hormis »…). Wordings written for this test,
through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = "L'intervenant social est tenu au secret professionnel (article 226-13 du code pénal). "


@pytest.mark.parametrize("text, expected", [
    # interview content owed to the investigators, in a definition or a plain clause
    ("Au sens du présent texte, on désigne par « retour d'enquête » la remise, par l'intervenante à l'OPJ chargé "
     "de l'affaire, des confidences recueillies lors des entretiens ; cette remise n'est pas soumise à l'accord "
     "de la victime.", "contre_sens"),
    ("L'intervenant social transmet d'office aux enquêteurs les déclarations recueillies au cours de ses "
     "entretiens.", "contre_sens"),
    # the secret yields to the investigation
    ("Sans préjudice de la communication aux enquêteurs définie ci-dessus, l'intervenante est astreinte au "
     "secret professionnel.", "contre_sens"),
    ("La confidentialité des entretiens est assurée, hormis les besoins de l'enquête judiciaire.", "contre_sens"),
    # lawful, negated or about someone else
    (SECRET + "Il ne communique jamais aux enquêteurs, sans l'accord de la personne, ce qui lui a été confié en "
     "entretien.", "securisee"),
    ("Si la personne y consent, l'intervenante transmet à l'officier de police judiciaire les éléments recueillis "
     "en entretien. " + SECRET, "securisee"),
    ("Sous réserve des cas prévus par la loi, l'intervenante est tenue au secret professionnel.", "securisee"),
    ("Le commandant informe l'intervenant des suites de la plainte sous réserve des nécessités de l'enquête ; "
     "l'intervenant reste tenu au secret professionnel.", "securisee"),
    ("Les officiers transmettent sans délai à l'intervenante les déclarations recueillies lors des auditions. "
     + SECRET, "securisee"),
])
def test_heard_content_owed_to_investigators(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", [
    (SECRET + "Elle siège au comité restreint du CISPD, en dehors de l'examen des situations nominatives.",
     "securisee"),
    (SECRET + "Il est associé à la cellule de veille, à l'exception de toute évocation nominative des familles.",
     "securisee"),
    (SECRET + "Elle participe aux réunions partenariales du CLSPD, exception faite de l'examen des situations "
     "individuelles.", "securisee"),
    (SECRET + "Il prend part aux groupes de partenaires, excepté l'examen nominatif des cas individuels.",
     "securisee"),
    (SECRET + "L'intervenante assiste au conseil local, non compris l'examen des situations nominatives.",
     "securisee"),
    # a cell that really examines persons by name
    (SECRET + "Au sein de la cellule de veille, chaque famille est présentée nominativement aux partenaires.",
     "contre_sens"),
])
def test_examination_put_aside(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", [
    (SECRET + "Les notes d'entretien sont classées à la brigade ; elles restent à la disposition de "
     "l'intervenante, à l'exclusion des militaires.", "securisee"),
    (SECRET + "Les fiches d'entretien sont rangées au commissariat et restent à disposition de l'employeur, "
     "hormis les policiers.", "securisee"),
    (SECRET + "L'intervenante renseigne une fiche navette pour chaque victime, sans jamais la remettre aux "
     "gendarmes.", "securisee"),
    ("Les comptes rendus sont rangés à la compagnie ; ils sont tenus à la disposition des gendarmes.",
     "contre_sens"),
])
def test_writings_with_forces_left_out(text, expected):
    assert code("deontologie", text) == expected
