"""Round 25 (déontologie): families of wordings met in the blind sets yl to yo.

(1) The worker named as the one MANDATED by the CRIP or the judicial authority to carry out an
evaluation, in the passive (« peut être mandaté par la CRIP pour conduire l'évaluation ») : evaluations
on the CRIP's behalf, contre-sens. (2) Information owed to the CRIP or the parquet on request, the
authority named first and taken up by « lui » (« celui-ci lui communique, sur sa demande, les éléments
d'évaluation ») : contre-sens. (3) Secrecy held under the cited penal-code articles AND « selon les
mêmes règles / au même titre que » the police or gendarmes : the citation does not cancel the
alignment on the forces' secret, ambiguïté. Each family is also tried on its negation, on the
person's consent or the professional's judgment, and on someone other than the worker.
Run through the real matcher and decision table, as ``test_heldout_wordings.py`` does.
"""

from __future__ import annotations

import pytest

from tests.rules.test_heldout_wordings import code

SECRET = "L'intervenant social est tenu au secret professionnel (articles 226-13 et 226-14 du code pénal). "

MANDATED_BY_CRIP = [
    (SECRET + "Il peut être mandaté par la cellule de recueil des informations préoccupantes pour réaliser l'évaluation de la situation.", "contre_sens"),
    (SECRET + "L'intervenante est missionnée par le parquet pour conduire des enquêtes sociales sur les auteurs.", "contre_sens"),
    (SECRET + "Le travailleur social peut etre sollicite par le juge des enfants afin d'evaluer la situation du mineur.", "contre_sens"),
    (SECRET + "En cas de besoin, l'ISCG est désigné par la CRIP pour mener tout ou partie des évaluations prévues à l'article L. 226-3.", "contre_sens"),
    (SECRET + "Connaissant déjà la famille, l'intervenant peut être chargé par l'autorité judiciaire d'une évaluation de sa situation.", "contre_sens"),
    (SECRET + "L'intervenante sociale pourra être requise par le procureur pour des pré-évaluations.", "contre_sens"),
    # negation, someone else mandated, the post's own evaluation
    (SECRET + "L'intervenant n'est en aucun cas mandaté par la CRIP pour réaliser une évaluation.", "securisee"),
    (SECRET + "Il n'est jamais missionné par le parquet pour des enquêtes sociales.", "securisee"),
    (SECRET + "Il oriente la famille vers le service social ; l'évaluation est ensuite conduite par la CRIP.", "securisee"),
    (SECRET + "L'intervenant est désigné par le Département ; l'évaluation du dispositif est présentée au comité de pilotage.", "securisee"),
]

OWED_ON_REQUEST = [
    (SECRET + "Quand la CRIP est saisie d'une famille connue de l'intervenant, celui-ci lui transmet, à sa demande, ses éléments d'évaluation.", "contre_sens"),
    (SECRET + "Si le parquet ouvre une enquête sur une personne suivie, l'intervenante lui remet sur simple demande ses notes d'entretien.", "contre_sens"),
    (SECRET + "La cellule departementale de recueil peut interroger l'intervenant, qui lui communique sur sa demande les elements dont il dispose.", "contre_sens"),
    (SECRET + "Saisie d'une information préoccupante, la CRIP peut se tourner vers l'ISCG, qui lui adresse, lorsqu'elle le demande, un écrit.", "contre_sens"),
    (SECRET + "Lorsque le procureur en est saisi, l'intervenant lui fournit à première demande tout renseignement utile.", "contre_sens"),
    (SECRET + "Dans le cadre de l'évaluation menée par la CRIP, le professionnel lui fait parvenir sur sa demande l'ensemble des informations recueillies.", "contre_sens"),
    # negation, the person's consent, the professional's judgment, the person's own request
    (SECRET + "Lorsque la CRIP est saisie, l'intervenant ne lui communique aucun élément sur sa demande.", "securisee"),
    (SECRET + "Avec l'accord de la personne, l'intervenant transmet une information à la CRIP, qui lui communique en retour les suites données.", "securisee"),
    (SECRET + "Il peut saisir la CRIP ; il lui transmet une information préoccupante lorsqu'il l'estime nécessaire.", "securisee"),
    (SECRET + "Quand la CRIP est saisie, l'intervenant lui remet, à la demande de la personne, un courrier de celle-ci.", "securisee"),
]

CITED_THEN_ALIGNED = [
    ("L'intervenante est tenue au secret professionnel prévu aux articles 226-13 et 226-14 du code pénal, dans les mêmes conditions que les militaires de la brigade.", "ambiguite"),
    ("Le secret professionnel s'impose à l'ISCG conformément aux articles 226-13 et suivants du code pénal, selon les mêmes règles que les fonctionnaires du commissariat de police.", "ambiguite"),
    ("Astreint au secret professionnel dans les termes de l'article 226-13 du code penal, l'intervenant l'est au meme titre que les gendarmes de l'unite.", "ambiguite"),
    ("Le travailleur social est soumis au secret professionnel défini par les articles 226-13 et 226-14 du code pénal et par la loi du 5 mars 2007, selon les mêmes modalités que les policiers.", "ambiguite"),
    ("Pour les informations recueillies dans l'unité, sa discrétion est requise dans les conditions de l'article 226-13 du code pénal, au même titre que les militaires de la gendarmerie.", "ambiguite"),
    ("Il respecte le secret professionnel (articles 226-13 et 226-14 du code pénal) selon les mêmes principes que les forces de sécurité auprès desquelles il exerce.", "ambiguite"),
    # distinct rules, negation, the comparison bearing on something else
    ("L'intervenant est tenu au secret professionnel des articles 226-13 et 226-14 du code pénal, selon des règles distinctes de celles des militaires.", "securisee"),
    ("Il est tenu au secret professionnel de l'article 226-13 du code penal. Ce secret ne s'exerce pas selon les memes regles que celui des policiers.", "securisee"),
    ("Il est tenu au secret professionnel (article 226-13 du code pénal) et participe, au même titre que les gendarmes, aux réunions de la cellule.", "securisee"),
    ("L'intervenant est tenu au secret professionnel prévu aux articles 226-13 et 226-14 du code pénal, même à l'égard des militaires de la brigade.", "securisee"),
]


@pytest.mark.parametrize("text,expected", MANDATED_BY_CRIP + OWED_ON_REQUEST)
def test_worker_as_the_crip_s_evaluator_or_informant(text: str, expected: str) -> None:
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text,expected", CITED_THEN_ALIGNED)
def test_cited_secret_aligned_on_the_forces(text: str, expected: str) -> None:
    assert code("deontologie", text) == expected
