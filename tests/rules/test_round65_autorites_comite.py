"""Round 65: the forces' chief called the worker's « responsable direct » (inversee); « la hiérarchie de
l'intervenante » listed among a committee's members, and a police « note de service » that does not
apply to the worker, are no authority given to the forces; the worker's meetings with partners in her
weekly timetable are no steering body. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text, expected", [
    # the forces' chief is the worker's direct manager
    ("L'intervenant·e est affecté·e au commissariat de Douai et le commissaire divisionnaire, qui est son "
     "responsable direct, arrête son emploi du temps.", "inversee"),
    ("Sa responsable directe est la commandante de la brigade de gendarmerie de Guingamp.", "inversee"),
    ("L'intervenante a pour responsable direct le chef de la circonscription de sécurité publique.", "inversee"),
    ("Le commandant de la compagnie de Fougères est son responsable immédiat.", "inversee"),
    ("Le chef de la brigade de protection des familles est le N+1 de l'intervenante.", "inversee"),
])
def test_direct_manager_from_the_forces(text, expected):
    assert code("autorites", text) == expected


@pytest.mark.parametrize("text", [
    # denied, or said of the employer's manager
    "Le commissaire de police n'est pas son responsable direct.",
    "Son responsable direct est la cheffe du service social de la commune.",
    # the worker's hierarchy sits in a committee beside the forces
    "Une commission de suivi, présidée par la sous-préfète, rassemble deux fois par an le commandant de "
    "compagnie, le chef de la brigade, la hiérarchie de l'intervenant et l'intervenant.",
    "Le comité de pilotage est composé du DDSP ou de son adjoint, du chef de la sûreté, de la hiérarchie de "
    "l'intervenante et des financeurs.",
    # a police internal note that does not apply to the worker
    "La note de service du groupement relative aux comptes rendus quotidiens des unités n'est pas opposable "
    "à l'intervenante sociale.",
    "Les remontées d'informations prévues par la note interne du commissariat ne concernent pas l'intervenant.",
])
def test_no_authority_given_to_the_forces(text):
    assert code("autorites", text) != "inversee"


@pytest.mark.parametrize("text, expected", [
    ("Jeudi : antenne du Département à Avallon, pour les entretiens, les écrits et les rencontres avec les "
     "partenaires.", "non_prevu"),
    ("Le lundi après-midi est réservé à la rédaction des notes et des réunions avec les partenaires.", "non_prevu"),
    # a real periodic meeting of the partners still counts
    ("Une réunion de bilan réunissant l'ensemble des signataires se tient chaque année à la préfecture.",
     "prevu"),
])
def test_timetable_meetings_are_no_committee(text, expected):
    assert code("comite_pilotage", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("L'intervenante est salariée de l'APSM. Elle relève uniquement de celle-ci pour l'autorité hiérarchique : "
     "recrutement, congés, entretien annuel.", "hierarchique_employeur"),
])
def test_employer_taken_up_by_a_pronoun(text, expected):
    from rule_wording import RULES
    from iscg_nlp.match import match_text
    votes = {f.value for f in match_text(text, RULES, zone="article") if f.indicator == "autorites"}
    assert expected in votes
