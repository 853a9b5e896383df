"""Round 62 (lead): the secret set aside in the relation with the forces (« n'est pas tenu au secret à
l'égard des gendarmes », « délié de son secret », « lève son secret au profit des OPJ »); what the person
confides put at the service of the investigation without naming a writing; sharing « en toute
transparence » or « sans réserve »; whatever the worker learns « immédiatement porté à la connaissance »
of an officer. Wordings written for this test (none is a rule example), through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = "L'intervenant social est tenu au secret professionnel (articles 226-13 et 226-14 du code pénal). "


@pytest.mark.parametrize("text", [
    # the secret set aside for the forces
    "Toutefois, l'intervenante n'est pas astreinte au secret vis-à-vis des militaires de la compagnie.",
    "Dans ses rapports avec les policiers de la circonscription, l'assistante sociale n'est nullement tenue au secret.",
    "L'intervenant est relevé de son secret professionnel à l'égard des officiers de police judiciaire saisis.",
    "Le travailleur social lèvera son secret au profit des enquêteurs lorsque ceux-ci le sollicitent.",
    "Le secret professionnel ne joue pas entre l'intervenant et les gendarmes de la brigade.",
    # what is confided used for the investigation
    "Les informations recueillies par l'intervenant au cours de ses entretiens pourront servir aux enquêteurs.",
    "Le contenu des entretiens menés par l'ISCG peut être exploité dans le cadre des procédures judiciaires.",
    "Les révélations faites à l'intervenante alimentent, si nécessaire, les investigations du service.",
    # shared without limit
    "L'intervenant social et les enquêteurs échangent sans aucune restriction sur les situations suivies.",
    "Elle tient informé le commandant de brigade, en toute transparence, de la situation des victimes reçues.",
    # whatever the worker learns, immediately reported
    "Toute infraction dont l'intervenante a connaissance est aussitôt signalée à l'officier de police judiciaire.",
])
def test_missed_contre_sens(text):
    assert code("deontologie", SECRET + text) == "contre_sens"


@pytest.mark.parametrize("text", [
    "L'intervenant social reste tenu au secret, y compris vis-à-vis des militaires de la compagnie.",
    "L'intervenante n'est déliée de son secret à l'égard des enquêteurs que dans les cas prévus par l'article 226-14 du code pénal.",
    "L'intervenant n'est pas soumis au secret de l'enquête vis-à-vis des policiers, qui y sont seuls tenus.",
    "Les informations recueillies par les gendarmes lors des auditions sont exploitées dans la procédure.",
    "Les éléments recueillis par l'intervenante en entretien ne servent jamais aux investigations.",
    "Le bilan anonyme de l'activité est partagé en toute transparence avec le commandant de brigade.",
    "Les partenaires se tiennent informés, sans réserve, du fonctionnement du poste et des absences de l'intervenante.",
    "Lorsque l'intervenante a connaissance d'une infraction, elle en informe la victime et l'aide à porter plainte.",
    # the alert goes to the procureur, the officer only informed of it: the systematic judicial alert (ambiguity)
    "Elle signale au procureur de la République toute situation de danger dont elle a connaissance, et en informe "
    "l'officier de permanence.",
    "Lorsqu'il a connaissance de faits commis à l'encontre d'un mineur, l'intervenant en avise sans délai le parquet "
    "et en informe le commandant de brigade.",
])
def test_clean_wordings_stay_clean(text):
    assert code("deontologie", SECRET + text) != "contre_sens"
