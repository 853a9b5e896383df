"""Round 23 (situations, public): families of wordings met in the blind sets ye to yh.

Situations: (1) the women victims of violence named as the post's beneficiaries, followed by a list of
the FORMS of that violence whose own « notamment » / « en particulier » lists sub-cases (« qu'il s'agisse
de violences commises par le conjoint, […] et notamment de violences sexuelles ») : the post stays
restricted to violence against women. Public: (2) « personnes vulnérables » named as the TARGETS of the
violences listed (« violences envers les ascendants ou les personnes vulnérables vivant au foyer ») are
victims, not a public in social difficulty ; (3) authors kept out of the worker's reception and, in the
same sentence, oriented by the worker (« ne sont pas reçus ; l'intervenante peut les orienter vers… ») are
« only oriented » (ambiguity), not a closed public. Run through the real matcher and decision table, as
``test_heldout_wordings.py`` does. None of these sentences is taken from a sample.
"""

from __future__ import annotations

import pytest

from tests.rules.test_heldout_wordings import code

# (1) women victims as beneficiaries, then the forms of the violence with their own « notamment »
WOMEN_THEN_FORMS = [
    ("Bénéficient du dispositif les femmes victimes de violences, qu'il s'agisse de violences au sein du couple, "
     "de violences au travail ou dans l'espace public, notamment sexuelles.", "violences_faites_aux_femmes"),
    ("L'intervention s'adresse aux femmes victimes de violences, que ce soit de la part d'un conjoint, d'un parent "
     "ou d'un inconnu, et en particulier de violences sexuelles.", "violences_faites_aux_femmes"),
    ("Le poste est destiné aux femmes, majeures ou mineures, victimes de violences, quelle qu'en soit la nature, "
     "notamment psychologiques ou économiques.", "violences_faites_aux_femmes"),
    ("Le dispositif beneficie aux femmes victimes de violences, qu'il s'agisse de coups, de menaces ou notamment "
     "de harcelement.", "violences_faites_aux_femmes"),
    ("L'intervenante sociale accueille toute femme victime de violences, sous toutes leurs formes, notamment les "
     "mariages forcés et les mutilations.", "violences_faites_aux_femmes"),
    ("Relèvent de l'intervention les femmes victimes de violences, qu'il s'agisse de violences physiques, sexuelles "
     "ou notamment de cyber-harcèlement.", "violences_faites_aux_femmes"),
    ("BÉNÉFICIENT DE L'INTERVENTION LES FEMMES VICTIMES DE VIOLENCES, QU'IL S'AGISSE DE VIOLENCES CONJUGALES OU "
     "SEXUELLES, ET NOTAMMENT DE VIOL.", "violences_faites_aux_femmes"),
    # widened, men included, negated, the enumeration bearing on the women themselves, another object
    ("Bénéficient de l'intervention les femmes victimes de violences, qu'il s'agisse de violences conjugales ou "
     "sexuelles, ainsi que toute personne en difficulté sociale.", "toutes_situations"),
    ("Bénéficient de l'intervention les hommes et les femmes victimes de violences, qu'il s'agisse de violences "
     "conjugales ou sexuelles, notamment au travail.", "toutes_situations"),
    ("L'intervenant social accueille notamment les femmes victimes de violences, qu'il s'agisse de violences "
     "conjugales ou sexuelles.", "toutes_situations"),
    ("Une brochure destinée aux femmes victimes de violences, qu'il s'agisse de violences conjugales ou sexuelles, "
     "est remise par les militaires.", "toutes_situations"),
    ("Le poste ne s'adresse pas seulement aux femmes victimes de violences, qu'il s'agisse de violences conjugales "
     "ou sexuelles, mais à toute personne.", "toutes_situations"),
    ("Considérant le nombre de femmes victimes de violences, qu'il s'agisse de violences conjugales ou notamment "
     "sexuelles, reçues aux urgences ;", "toutes_situations"),
]

# (2) vulnerable persons as targets of the violence: victims, not « personnes en difficulté »
VULNERABLE_TARGETS = [
    ("Son action est consacrée aux victimes de violences au sein de la famille : violences conjugales, violences "
     "sur les enfants, violences envers les ascendants ou les personnes vulnérables du foyer.", "victimes_seulement"),
    ("L'intervenante sociale accompagne les victimes de violences commises sur les personnes fragiles ou vulnérables "
     "vivant au domicile.", "victimes_seulement"),
    ("L'intervenant reçoit les victimes de violences intrafamiliales, y compris de violences a l'encontre des "
     "personnes vulnerables.", "victimes_seulement"),
    ("Elle intervient auprès des victimes, qu'il s'agisse de violences contre les personnes fragiles ou de "
     "violences conjugales.", "victimes_seulement"),
    ("L'ISCG accueille les victimes de maltraitances envers les personnes vulnérables ou dépendantes.",
     "victimes_seulement"),
    ("L'intervenante accompagne les victimes de violences exercées sur des personnes en situation de "
     "vulnérabilité au sein du foyer.", "victimes_seulement"),
    # the persons themselves received because of their difficulty: an open public
    ("L'intervenant social reçoit les personnes vulnérables repérées par les policiers.", "tous_publics"),
    ("L'intervenante accueille les personnes en détresse sociale qui se présentent au commissariat.", "tous_publics"),
]

# (3) authors not received, oriented by the worker in the same sentence: « only oriented »
AUTHORS_NOT_RECEIVED_BUT_ORIENTED = [
    ("L'intervenante accueille les victimes. Les auteurs ne sont pas reçus en entretien ; l'intervenante peut "
     "les orienter vers une structure de soins.", "ambiguite"),
    ("L'intervenante accueille les victimes. Les mis en cause ne relèvent pas de l'accompagnement, mais "
     "l'intervenant social peut les adresser au SPIP.", "ambiguite"),
    ("L'intervenante accueille les victimes. L'intervenante sociale ne reçoit pas les agresseurs, qu'elle oriente "
     "vers le centre de prise en charge des auteurs.", "ambiguite"),
    ("L'intervenante accueille les victimes. Les auteurs ne seront pas accueillis dans le bureau ; ils pourront "
     "être orientés par l'intervenante vers une association spécialisée.", "ambiguite"),
    ("L'intervenante accueille les victimes. Les auteurs presumes ne sont pas recus ; l'ISCG peut neanmoins "
     "les diriger vers les services competents.", "ambiguite"),
    ("L'intervenante accueille les victimes. Les personnes mises en cause ne sont pas prises en charge ; "
     "l'intervenant les renvoie vers le service pénitentiaire d'insertion.", "ambiguite"),
    # excluded with no orientation by the worker, or oriented by the forces: the public stays closed
    ("L'intervenante accueille les victimes. Les auteurs ne relèvent pas du poste.", "victimes_seulement"),
    ("L'intervenante accueille les victimes. Les auteurs ne sont pas reçus par l'intervenante ; les gendarmes "
     "les orientent vers le centre de prise en charge.", "victimes_seulement"),
    ("L'intervenante accueille les victimes. Les auteurs ne relèvent pas de la présente convention ; il appartient "
     "aux unités de les orienter, s'il y a lieu, vers les dispositifs judiciaires.", "victimes_seulement"),
    ("L'intervenante accueille les victimes. Les auteurs sont reçus par l'intervenante, qui peut les orienter "
     "vers des soins.", "tous_publics"),
]


@pytest.mark.parametrize("text, expected", WOMEN_THEN_FORMS)
def test_women_victims_then_forms_of_violence(text: str, expected: str) -> None:
    assert code("situations", text) == expected


@pytest.mark.parametrize("text, expected", VULNERABLE_TARGETS)
def test_vulnerable_persons_as_targets_of_violence(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize("text, expected", AUTHORS_NOT_RECEIVED_BUT_ORIENTED)
def test_authors_not_received_but_oriented(text: str, expected: str) -> None:
    assert code("public", text) == expected
