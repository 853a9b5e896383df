"""Round 26 (déontologie, autorités): families of wordings met in the blind sets yp to ys.

(1) A hand-over to the investigators made only with the person's express acceptance, said with
another verb than « accord » (« lorsque celle-ci l'a expressément accepté », « si elle y consent »,
« avec son assentiment ») : no systematic copy of the writings, the text stays sécurisée — while the
systematic copy of the reports stays contre-sens. (2) The judicial authority alerted « sans
exception » or against the person's will : a systematic alert, ambiguïté. (3) The employer deciding
alone on the worker's career, discipline and annual appraisal, pay listed among them : the full
hierarchical authority, not a merely administrative link ; with the forces organising the worker's
insertion in the service, conforme.
Run through the real matcher and decision table, as ``test_heldout_wordings.py`` does.
"""

from __future__ import annotations

import pytest

from tests.rules.test_heldout_wordings import code

SECRET = "L'intervenant social est tenu au secret professionnel (articles 226-13 et 226-14 du code pénal). "

CONSENTED_HAND_OVER = [
    (SECRET + "Les informations utiles à sa protection sont communiquées aux enquêteurs si la victime y consent.", "securisee"),
    (SECRET + "Lorsque la personne l'a accepté, l'intervenante transmet aux policiers les éléments nécessaires à sa mise à l'abri.", "securisee"),
    (SECRET + "Les elements recueillis sont portes a la connaissance de l'officier de police judiciaire lorsque la victime l'a expressement accepte.", "securisee"),
    (SECRET + "Avec son assentiment, les renseignements utiles sont adressés au service enquêteur.", "securisee"),
    (SECRET + "A la demande de la victime, tout élément utile est remis aux gendarmes.", "securisee"),
    (SECRET + "Si elle le demande, la note de situation est transmise à l'officier de police judiciaire.", "securisee"),
    (SECRET + "Les informations recueillies sont partagées avec les enquêteurs dès lors que l'intéressée y a consenti.", "securisee"),
    # the systematic copy of the writings stays contre-sens; mere information of the person is no consent
    (SECRET + "Le compte rendu de chaque entretien est systématiquement transmis aux enquêteurs, la personne en étant informée.", "contre_sens"),
    (SECRET + "Une synthèse écrite de chaque entretien est adressée à l'officier de police judiciaire en charge de la procédure.", "contre_sens"),
    (SECRET + "Les informations recueillies en entretien sont portées à la connaissance des enquêteurs.", "contre_sens"),
]

ALERT_WITHOUT_EXCEPTION = [
    (SECRET + "Tout fait susceptible de constituer un délit dont l'intervenante a connaissance est porté par elle à la connaissance du procureur de la République, sans exception.", "ambiguite"),
    (SECRET + "Elle signale au parquet les violences qui lui sont révélées, quelle que soit la volonté de la victime.", "ambiguite"),
    (SECRET + "Les crimes et délits révélés en entretien sont dénoncés au procureur, même contre le gré de la personne, sans aucune exception.", "ambiguite"),
    (SECRET + "L'intervenant avise le procureur de la Republique de toute infraction, que la victime y consente ou non.", "ambiguite"),
    (SECRET + "Le parquet est informé de tout délit porté à sa connaissance, indépendamment de la volonté de la personne.", "ambiguite"),
    (SECRET + "Même si la victime s'y oppose, l'intervenante informe le procureur des faits de violence.", "ambiguite"),
    # negated, the worker's judgment, a place called « justice »
    (SECRET + "Aucun signalement au procureur n'est fait contre la volonté de la personne, sans exception.", "securisee"),
    (SECRET + "Toute personne, sans exception, peut être reçue à la maison de la justice et du droit.", "securisee"),
    (SECRET + "Un partage n'intervient que dans les cas prévus par la loi, dont le signalement au procureur, après information de la personne sauf si son intérêt s'y oppose.", "securisee"),
    (SECRET + "Il apprécie seul l'opportunité d'un signalement à l'autorité judiciaire, dans les cas où la loi le lui permet.", "securisee"),
]

EMPLOYER = "L'intervenante sociale est salariée de l'association. "
FORCES = " Le commissaire organise quant à lui l'insertion de l'intervenante dans le fonctionnement quotidien du service."

EMPLOYER_DECIDES_CAREER = [
    ("L'Agglomération règle seule les questions relatives à sa carrière, à sa rémunération, à sa discipline et à l'appréciation annuelle de sa valeur professionnelle." + FORCES, "conforme"),
    ("Le Département décide seul de sa carrière, de sa rémunération et de sa discipline." + FORCES, "conforme"),
    ("La commune assure sa rémunération, son avancement et sa notation." + FORCES, "conforme"),
    (EMPLOYER + "L'association statue seule sur sa discipline et son avancement." + FORCES, "conforme"),
    ("Sa carriere, sa remuneration et son pouvoir disciplinaire relevent exclusivement du CCAS." + FORCES, "conforme"),
    ("Le CIAS gère seul sa rémunération et sa carrière. L'intégration de l'intervenant est facilitée par le commandant de brigade.", "conforme"),
    # pay alone stays a merely administrative link
    ("Le Conseil départemental assurera la gestion administrative de cet emploi et sa rémunération.", "confuse"),
    # the forces deciding alone on career and discipline are not the employer
    ("Le commandant de brigade règle seul les questions relatives à sa discipline." + FORCES, "confuse"),
]


@pytest.mark.parametrize("text, expected", CONSENTED_HAND_OVER)
def test_consented_hand_over(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", ALERT_WITHOUT_EXCEPTION)
def test_alert_without_exception(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", EMPLOYER_DECIDES_CAREER)
def test_employer_decides_career(text, expected):
    assert code("autorites", text) == expected
