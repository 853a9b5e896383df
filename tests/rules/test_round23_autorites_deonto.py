"""Round 23 (autorités, déontologie): families of wordings met in the blind sets ye to yh.

Autorités: (1) a « note » that is a document (note d'organisation, de service, technique …) drawn up by
the forces is no grading of the worker, while a worker « noté(e) » by the commandant still is; (2) the
forces named as the subject who gives the worker no orders (« le commissaire ne lui adresse aucun
ordre ») is their half of the split, like « il ne reçoit aucun ordre des policiers »; (3) the forces
organising « sa place » in the service is the content of the functional authority; (4) an appraisal the
forces « souhaitent formuler », which the employer weighs « à sa discrétion » or which « ne lie pas »
it, is the optional opinion the cadre de référence allows, not an evaluation by the forces.
Déontologie: (5) someone answering the WORKER's questions about the départemental schemes (child
welfare among them) is no information owed to the CRIP or the parquet; (6) secrecy held « dans les
mêmes termes / de la même manière / selon les mêmes modalités » as the police's is the alignment on
the forces' secret (ambiguïté), not a plain safeguard.
Run through the real matcher and decision table, as ``test_heldout_wordings.py`` does.
"""

from __future__ import annotations

import pytest

from tests.rules.test_heldout_wordings import code

EMPLOYER = "L'association exerce l'autorité hiérarchique sur l'intervenant social. "
SPLIT = EMPLOYER + "Le commandant de brigade exerce l'autorité fonctionnelle. "
# the employer's authority in other words only (no « hiérarchique »): conforme needs the forces' half
EMPLOYER_OTHER_WORDS = ("L'intervenant reste un agent de la Communauté, qui l'encadre dans sa pratique "
                        "professionnelle et conduit son entretien professionnel annuel. ")

A_DOCUMENT_NOTE = [
    (SPLIT + "Les jours de présence sont fixés par une note de service établie par le commandant de compagnie.", "conforme"),
    (SPLIT + "Une note d'organisation rédigée conjointement par le commissaire et l'employeur précise les horaires.", "conforme"),
    (SPLIT + "Le circuit des sollicitations fait l'objet d'une note technique signée par le chef de circonscription.", "conforme"),
    (SPLIT + "Les modalites pratiques sont definies par une note de fonctionnement elaboree par le commandant de groupement.", "conforme"),
    (SPLIT + "Les permanences sont précisées dans une note interne validée par l'officier référent.", "conforme"),
    (SPLIT + "Des notes de liaison sont établies par les militaires de la brigade pour chaque orientation.", "conforme"),
    # a worker graded by the forces is still their evaluation
    (SPLIT + "L'intervenante est notée chaque année par le commandant de compagnie.", "confuse"),
    (SPLIT + "Les notes annuelles de l'intervenant sont attribuées par le commissaire.", "confuse"),
]

FORCES_GIVE_NO_ORDERS = [
    (EMPLOYER_OTHER_WORDS + "Le commissaire, chef de la circonscription, ne lui adresse aucun ordre.", "conforme"),
    (EMPLOYER_OTHER_WORDS + "Le commandant de brigade ne lui donne jamais d'instructions.", "conforme"),
    (EMPLOYER_OTHER_WORDS + "Les militaires de l'unité ne peuvent en aucun cas lui donner de consignes.", "conforme"),
    (EMPLOYER_OTHER_WORDS + "Les policiers ne lui transmettent aucune directive.", "conforme"),
    (EMPLOYER_OTHER_WORDS + "Le DDSP ne peut lui imposer aucune directive.", "conforme"),
    (EMPLOYER_OTHER_WORDS + "Le commandant de compagnie, qui l'accueille, ne lui adresse pas d'ordres.", "conforme"),
    # the employer giving no orders is not the forces' refusal
    (EMPLOYER_OTHER_WORDS + "L'association ne lui adresse aucun ordre sur le contenu des entretiens.", "confuse"),
    # the forces who do give orders stay confused
    (EMPLOYER_OTHER_WORDS + "Le commandant de brigade lui adresse ses ordres chaque matin.", "confuse"),
]

FORCES_ORGANISE_HIS_PLACE = [
    (EMPLOYER_OTHER_WORDS + "Le commissaire organise sa place au sein du service : accueil par les équipes, fiches de liaison.", "conforme"),
    (EMPLOYER_OTHER_WORDS + "Le commandant de compagnie organise sa place dans les brigades.", "conforme"),
    (EMPLOYER_OTHER_WORDS + "Sa place au sein du commissariat est organisée par le chef de circonscription.", "conforme"),
    (EMPLOYER_OTHER_WORDS + "Le chef de la circonscription facilite sa place auprès des équipes de nuit.", "conforme"),
    (EMPLOYER_OTHER_WORDS + "L'officier adjoint règle sa place dans le service avec l'intervenant.", "conforme"),
    (EMPLOYER_OTHER_WORDS + "Le commandant de brigade definit sa place au sein de l'unite.", "conforme"),
    # the employer organising his place says nothing of the forces
    (EMPLOYER_OTHER_WORDS + "L'association organise sa place dans le service.", "confuse"),
    (EMPLOYER_OTHER_WORDS + "Le commandant n'organise pas sa place au sein de la brigade.", "confuse"),
]

OPTIONAL_OPINION = [
    (SPLIT + "Les appréciations que la gendarmerie souhaite formuler sur le poste sont adressées à l'employeur, "
     "qui en tient compte à sa discrétion lors de l'entretien annuel.", "conforme"),
    (SPLIT + "L'appréciation écrite du commissaire ne lie pas l'employeur lors de l'évaluation annuelle.", "conforme"),
    (SPLIT + "Pour l'entretien professionnel, l'appréciation du commandant est transmise à titre consultatif à l'association.", "conforme"),
    (SPLIT + "Lors de l'entretien annuel, l'association reste seule juge de l'appréciation que lui adresse le chef de circonscription.", "conforme"),
    (SPLIT + "L'appreciation du commandant, s'il souhaite en formuler une, est jointe au dossier d'evaluation.", "conforme"),
    (SPLIT + "L'appréciation du DDSP sur le fonctionnement du poste est versée à l'entretien annuel, sans s'imposer ; elle ne s'impose pas à l'employeur.", "conforme"),
    # the appraisal the evaluation rests on stays confused
    (SPLIT + "L'évaluation de l'intervenante repose sur la fiche d'appréciation remplie par le commissaire.", "confuse"),
    (SPLIT + "Pour son entretien annuel, le commandant transmet à l'association une appréciation écrite sur l'intervenant.", "confuse"),
]

SECRET = " L'intervenant social est tenu au secret professionnel (articles 226-13 et 226-14 du code pénal)."

WORKER_ASKS_THE_QUESTIONS = [
    ("Le Département désigne un cadre référent, chargé de répondre aux questions de l'agent sur les dispositifs "
     "départementaux (aide sociale à l'enfance, fonds de solidarité logement).", "non_precise"),
    ("Un conseiller technique répond aux demandes de l'intervenante concernant les dispositifs de l'aide sociale à l'enfance.", "non_precise"),
    ("La direction de la solidarité répond à ses questions sur les prestations de l'ASE et sur les aides financières.", "non_precise"),
    ("Il designe un referent charge de repondre aux questions de l'intervenant sur les dispositifs departementaux (aide sociale a l'enfance).", "non_precise"),
    ("Le responsable de territoire répondra aux sollicitations de l'intervenant social relatives aux dispositifs de protection de l'enfance et du parquet des mineurs.", "non_precise"),
    ("Un cadre du service répond aux questions du travailleur social sur les procédures de la CRIP.", "non_precise"),
    ("Le Département désigne un référent qui répond aux questions de l'agent sur l'aide sociale à l'enfance." + SECRET, "securisee"),
    # the worker who answers the CRIP's or the parquet's requests is still the contre-sens
    ("L'intervenant répond aux demandes de renseignements que la CRIP lui adresse sur les familles rencontrées.", "contre_sens"),
    ("L'intervenante donne suite aux requêtes du parquet concernant les personnes qu'elle a reçues.", "contre_sens"),
]

SECRET_IN_THE_SAME_TERMS = [
    ("L'intervenant social est astreint à la discrétion et au secret professionnel dans les mêmes termes que les policiers du commissariat.", "ambiguite"),
    ("Elle est tenue au secret professionnel selon les mêmes modalités que les militaires de la brigade.", "ambiguite"),
    ("Son obligation de discrétion s'entend de la même manière que pour les gendarmes de l'unité.", "ambiguite"),
    ("L'ISCG est soumis au secret dans les memes termes que les fonctionnaires de la police nationale avec lesquels il travaille.", "ambiguite"),
    ("La confidentialité s'impose à lui dans les mêmes limites que pour les enquêteurs.", "ambiguite"),
    ("Le travailleur social observe la discrétion sous le même régime que les militaires de la gendarmerie.", "ambiguite"),
    # no forces, a distinction, or a negation: the plain safeguard
    ("L'intervenant social est tenu au secret professionnel dans les termes de l'article 226-13 du code pénal.", "securisee"),
    ("Il est tenu au secret professionnel dans les mêmes termes que tout travailleur social diplômé.", "securisee"),
    ("Il est tenu au secret professionnel, selon des modalités distinctes de celles des policiers.", "securisee"),
]


@pytest.mark.parametrize("text,expected", A_DOCUMENT_NOTE + FORCES_GIVE_NO_ORDERS + FORCES_ORGANISE_HIS_PLACE + OPTIONAL_OPINION)
def test_autorites_round23(text: str, expected: str) -> None:
    assert code("autorites", text) == expected


@pytest.mark.parametrize("text,expected", WORKER_ASKS_THE_QUESTIONS + SECRET_IN_THE_SAME_TERMS)
def test_deontologie_round23(text: str, expected: str) -> None:
    assert code("deontologie", text) == expected
