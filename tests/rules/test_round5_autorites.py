"""Round 5 (autorités): wordings written from the CODEBOOK and the reference framework, not from a sample.

Each phenomenon is tried in other words than the rule examples (other verbs, word order, passive, missing
accents, OCR slips) together with its sound opposites, through the real matcher and decision table, as
``test_heldout_wordings.py`` does:

- the hierarchy given to the forces without « sous l'autorité hiérarchique » (relève sur le plan
  hiérarchique, dépend hiérarchiquement, sa hiérarchie est assurée par, hiérarchique et fonctionnelle
  together) is an inversion, even when another sentence gives the hierarchy back to the employer; its
  negations are not;
- the employer's authority said without « hiérarchique » (dirige, encadre, évalue, pouvoir
  disciplinaire, responsabilité hiérarchique, « s'engage à exercer l'autorité hiérarchique » in the
  employer's own article) together with the forces' functional role in other words (interlocuteur
  fonctionnel, d'ordre fonctionnel, organisation of the presence in the service) is conforme;
- the confuse cases of the CODEBOOK stay confuse (manière de servir, administrative link only,
  several correspondents).
"""

from __future__ import annotations

import warnings

import pytest

from iscg_nlp.decide import decide_indicator
from iscg_nlp.match import match_text

warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES  # noqa: E402  (one rule set for every wording test)


def code(text: str, zone: str = "article") -> str:
    findings = [f for f in match_text(text, RULES, zone=zone) if f.indicator == "autorites"]
    return decide_indicator(RULES.files["autorites"], findings).value


EMPLOYER_BACK = " L'association reste l'employeur et conserve l'autorité hiérarchique sur la salariée."
FUNCTIONAL = " Le commandant de brigade exerce l'autorité fonctionnelle."

# ---- the hierarchy given to the forces in other constructions (inversee wins over any conforme evidence)
HIERARCHY_TO_FORCES = [
    ("Sur le plan hiérarchique, l'intervenant dépend du commissaire de police." + EMPLOYER_BACK, "inversee"),
    ("L'intervenante est rattachée, du point de vue hiérarchique, au chef de brigade." + EMPLOYER_BACK, "inversee"),
    ("La hiérarchie de l'intervenant est assurée par l'officier adjoint du commissariat.", "inversee"),
    ("Son supérieur hiérarchique direct est le chef du service d'accueil de la circonscription.", "inversee"),
    ("L'ISCG depend hierarchiquement du commandant de la cornpagnie de gendarmerie.", "inversee"),
    ("Est hiérarchiquement rattaché au DDSP l'intervenant social recruté par l'association." , "inversee"),
    ("Le chef de la circonscription exerce sur l'intervenante sociale l'autorité hiérarchique et fonctionnelle ; "
     "son évaluation annuelle relève du Département.", "inversee"),
    ("L'intervenant est placé sous l'autorité fonctionnelle et hiérarchique de l'officier commandant la brigade.",
     "inversee"),
    ("Il releve hierarchiquement et fonctionnellement du commissaire central.", "inversee"),
    # the negations and the opposite direction are not an inversion
    ("L'intervenant ne relève pas hiérarchiquement du commandant de compagnie." + FUNCTIONAL
     + " L'association exerce l'autorité hiérarchique.", "conforme"),
    ("L'intervenante n'est placée sous l'autorité hiérarchique d'aucun officier de la brigade." + FUNCTIONAL
     + " L'association exerce l'autorité hiérarchique.", "conforme"),
    ("Sur le plan hiérarchique, l'intervenante relève uniquement de l'association." + FUNCTIONAL, "conforme"),
    ("L'intervenant ne dépend en aucun cas, sur le plan hiérarchique, du commissaire." + FUNCTIONAL
     + " Le CCAS exerce l'autorité hiérarchique.", "conforme"),
    ("L'intervenant est placé sous l'autorité hiérarchique et fonctionnelle de l'association ; le commandant "
     "organise sa présence dans l'unité.", "conforme"),
    ("L'étude nationale relève que certaines conventions placent à tort l'intervenant sous l'autorité "
     "hiérarchique et fonctionnelle du commandant." + FUNCTIONAL + " L'association exerce l'autorité hiérarchique.",
     "conforme"),
]

# ---- the employer's authority and the forces' functional role, both in other words: conforme
OTHER_WORDS_CONFORME = [
    ("L'association, seule employeuse de l'intervenante, dirige et évalue son travail. Le commandant de compagnie "
     "est son interlocuteur fonctionnel.", "conforme"),
    ("La commune encadre son travail et conduit son entretien professionnel. Le commissaire n'exerce sur lui "
     "qu'une autorité d'ordre fonctionnel.", "conforme"),
    ("Le pouvoir disciplinaire appartient au CCAS, son employeur. Le commandant de brigade organise sa présence "
     "dans l'unité et le circuit des sollicitations.", "conforme"),
    ("Un lien de subordination unit l'intervenant au centre hospitalier qui l'emploie. Sur le plan fonctionnel, "
     "il relève du chef de la sûreté départementale.", "conforme"),
    ("L'intervenant est agent du Departement, qui decide seul de sa carriere et de ses conges. Le commandant "
     "de compagnie organise au quotidien son activité.", "conforme"),
    ("Il est placé sous la responsabilité hiérarchique de la présidente de l'association. Le commissaire est "
     "son référent fonctionnel au commissariat.", "conforme"),
    ("L'intervenant social est salarié de la fondation, qui exerce sur lui l'autorité hiérarchique. Le "
     "commandant de groupement exerce l'autorité fonctionnelle.", "conforme"),
    ("Le GIP est seul à diriger son travail. Le rôle du commandant est d'ordre strictement fonctionnel.",
     "conforme"),
    # the same words with the forces as the subject are the opposite
    ("Le commandant de brigade dirige son travail et conduit son entretien annuel.", "confuse"),
    ("Le commissaire de police est son interlocuteur fonctionnel.", "confuse"),
]

# ---- texts organised by party: the employer's own article says « exercer l'autorité hiérarchique »
HEAD = ("CONVENTION RELATIVE AU POSTE D'INTERVENANT SOCIAL EN COMMISSARIAT ET GENDARMERIE\n\n"
        "Entre l'Etat, représenté par le préfet, le groupement de gendarmerie départementale, et l'association "
        "Horizon, il est convenu ce qui suit.\n\n"
        "Article 1 - Objet\n\nLa présente convention crée un poste d'intervenant social en gendarmerie, "
        "présent à la brigade de Saint-Amand, pour accueillir toute personne en difficulté sociale.\n\n")
FORCES_ARTICLE = ("Article 3 - Engagements du groupement de gendarmerie\n\nLe groupement s'engage à :\n\n"
                  "- exercer, par le commandant de compagnie, l'autorité fonctionnelle ;\n\n"
                  "- fournir un bureau fermé à l'intervenant.\n\n")
BY_PARTY = [
    (HEAD + "Article 2 - Engagements de l'association\n\nL'association s'engage à :\n\n"
     "- exercer sur lui l'autorite hierarchique et technique : contrat, congés, formation ;\n\n"
     "- fournir un téléphone portable.\n\n" + FORCES_ARTICLE, "conforme"),
    (HEAD + "Article 2 - Obligations de l'employeur\n\nL'employeur s'engage à :\n\n"
     "- assurer l'encadrement hiérarchique de l'intervenant et conduire son entretien annuel ;\n\n"
     + FORCES_ARTICLE, "conforme"),
    # the same item in the forces' article is not the employer's hierarchy
    (HEAD + "Article 2 - Engagements de la gendarmerie\n\nLa gendarmerie s'engage à :\n\n"
     "- fournir un bureau ;\n\n- exercer sur lui l'autorité fonctionnelle et veiller à son intégration ;\n\n"
     "- respecter l'autorité de l'employeur.\n\n", "confuse"),
]

# ---- the CODEBOOK's confuse cases stay confuse
STILL_CONFUSE = [
    ("L'association dirige et évalue son travail ; l'évaluation annuelle s'appuie sur un rapport du commandant "
     "sur sa manière de servir. Le commandant est son interlocuteur fonctionnel.", "confuse"),
    ("Le Département assure la gestion administrative et la rémunération de l'agent. L'intervenant travaille "
     "sous l'autorité du commandant de brigade.", "confuse"),
    ("L'intervenant rend compte au commandant, au maire et au directeur du CCAS, chacun pour ce qui le concerne. "
     "L'association décide de ses congés.", "confuse"),
    ("L'association dirige son travail. L'intervenant exerce sous l'autorité du commissaire de police.", "confuse"),
]

CASES = HIERARCHY_TO_FORCES + OTHER_WORDS_CONFORME + STILL_CONFUSE


@pytest.mark.parametrize("text, expected", CASES, ids=[f"{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_round5_autorites_wording(text, expected):
    assert code(text) == expected


@pytest.mark.parametrize("text, expected", BY_PARTY, ids=[f"party-{i}" for i in range(len(BY_PARTY))])
def test_round5_autorites_by_party(text, expected, tmp_path):
    """Through the real reader and segmenter, so that each item belongs to its party's article."""
    from iscg_nlp.decide import decide
    from iscg_nlp.match import match
    from iscg_nlp.pipeline import read

    path = tmp_path / "convention.txt"
    path.write_text(text, encoding="utf-8")
    doc, structure = read(path)
    coded = decide(match(doc, structure, RULES), RULES, doc, structure)
    assert coded["autorites"].value == expected
