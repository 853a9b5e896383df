"""Round 45, déontologie: the « secret partagé » named only to be examined or rejected (also when the
rejection is written in the next sentence), a negated list item under a lead-in, the systematic CRIP
referral denied by an impersonal « il n'est pas demandé », the OCR « systérnatique », the worker's
follow-up files open to the unit's chief, facts revealed in interview reported to the commandant, and
writings drafted « pour versement » to the procedure. Wordings written for this test, through the
real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = "L'intervenante est tenue au secret professionnel (article 226-13 du code pénal). "


@pytest.mark.parametrize("text, expected", [
    # the notion quoted to be examined or rejected: no contre-sens
    (SECRET + "Il arrive que certains services parlent d'un « secret partagé » avec la brigade. Ladite notion "
     "n'a aucun fondement et n'est pas employée par les signataires.", "securisee"),
    (SECRET + "La convention de 2018 mentionnait un « secret partagé » entre l'intervenante et les policiers. "
     "Cette formule a été abandonnée.", "securisee"),
    (SECRET + "Les parties se sont interrogées sur le « secret partagé » entre travailleurs sociaux et enquêteurs.",
     "securisee"),
    (SECRET + "Il est parfois question, entre institutions, de secret partagé avec les militaires.", "securisee"),
    (SECRET + "La mention du secret partagé qui figurait dans l'ancienne version a été retirée.", "securisee"),
    # real uses still caught
    (SECRET + "L'intervenante et les gendarmes échangent librement dans le cadre du secret partagé.", "contre_sens"),
    (SECRET + "Les informations circulent entre les partenaires au titre du « secret partagé ». Cette notion "
     "garantit la fluidité des échanges.", "contre_sens"),
])
def test_secret_partage_quoted_or_used(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", [
    # negated authority act at the head of a list item
    (SECRET + "Le parquet :\n- reçoit le bilan annuel ;\n- ne charge pas l'intervenante d'enquêtes sociales ou "
     "d'évaluations pour le compte de la juridiction.", "securisee"),
    (SECRET + "La CRIP ne lui confie aucune évaluation pour le compte de l'aide sociale à l'enfance.", "securisee"),
    # the real delegation still caught
    (SECRET + "L'intervenante réalise des évaluations pour le compte du parquet des mineurs.", "contre_sens"),
])
def test_negated_delegation(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", [
    (SECRET + "Il ne lui est pas imposé de saisir systématiquement la CRIP : elle apprécie seule l'opportunité "
     "d'une information préoccupante.", "securisee"),
    (SECRET + "Rien ne l'oblige à transmettre systématiquement une information préoccupante à la cellule "
     "départementale de recueil.", "securisee"),
    # systematic referral, including scanned « systérnatique » and « chaque situation »
    (SECRET + "Chaque situation d'enfant exposé donne lieu à une transmission systérnatique à la CRIP.", "ambiguite"),
    (SECRET + "Dès qu'un mineur est concerné, chaque situation fait l'objet d'une information préoccupante "
     "adressée à la cellule départementale de recueil.", "ambiguite"),
    (SECRET + "En toute hypothèse, les violences dont elle a connaissance sont portées par l'intervenante à la "
     "connaissance du procureur de la République.", "ambiguite"),
    (SECRET + "Dans tous les cas prévus par la loi, l'intervenante peut aviser le procureur de la République.",
     "securisee"),
])
def test_systematic_referral(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", [
    # follow-up files open to the chief
    (SECRET + "Le commissaire peut prendre connaissance à tout moment des dossiers de suivi de l'intervenant.",
     "contre_sens"),
    (SECRET + "Un registre nominatif des familles reçues est tenu à la disposition du commandant de compagnie.",
     "contre_sens"),
    (SECRET + "Les fiches de suivi ne sont en aucun cas accessibles aux militaires de la brigade.", "securisee"),
    # facts revealed in interview reported to the unit
    (SECRET + "Quand une victime confie en entretien des faits non encore dénoncés, l'intervenant en réfère au "
     "chef de service, qui décide des suites.", "contre_sens"),
    (SECRET + "Les violences révélées lors des entretiens sont signalées à l'officier de permanence.", "contre_sens"),
    (SECRET + "Avec l'accord de la victime, les faits révélés en entretien sont signalés à l'officier de "
     "permanence.", "securisee"),
    (SECRET + "L'intervenante n'avise jamais le commandant de ce qui lui est confié en entretien.", "securisee"),
    # writings drafted for the procedure
    (SECRET + "Elle établit pour l'OPJ une note de situation en vue de sa jonction à la procédure.", "contre_sens"),
    (SECRET + "Aucun compte rendu n'est rédigé pour versement au dossier de la procédure.", "securisee"),
])
def test_files_and_facts_to_the_forces(text, expected):
    assert code("deontologie", text) == expected
