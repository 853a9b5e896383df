"""Round 64: lieu_exercice (exercise from the employer's services, permanences held by others, youth places)
and qualification (fallback to a non-social-work profile on failed recruitment or vacancy). Held-out wordings."""
import pytest

from rule_wording import code

LIEU_NON = [
    "Article 4. La travailleuse sociale intervient à partir des services de la communauté de communes ; les policiers lui transmettent les situations par courriel.",
    "Article 3. L'intervenant·e reçoit ensuite les personnes signalées au pôle solidarités de la Ville, ou à domicile si besoin.",
]
LIEU_NOT_NON = [
    "Article 4. Le travailleur social n'intervient pas à partir des services de la Ville : il est installé au commissariat, dans un bureau dédié.",
    "Article 4. L'intervenant social intervient à partir des services de police de la circonscription.",
]
LIEU_OUI = [
    # permanences of ANOTHER body, completed by the post: not a split of the worker's time
    "Article 5. L'intervenante est installée à la brigade de Thiers, où elle est présente chaque jour ouvré. Son action s'ajoute aux permanences juridiques assurées par le CIDFF à la mairie de Thiers.",
]
LIEU_PARTIEL = [
    "Article 4. L'éducatrice tient des permanences à la brigade de Lure et reçoit aussi au point accueil jeunes de la commune le mercredi.",
]
QUALIF_DOMMAGEABLE = [
    "Article 2. « Intervenant social » : le professionnel titulaire du DEASS ou du DEES ou, si l'appel à candidatures reste sans réponse au bout de trois mois, toute personne justifiant d'une expérience de cinq ans dans l'accueil du public.",
    "Article 7. Le poste est occupé par une assistante de service social diplômée d'État. Pendant la vacance du poste, la mission peut être assurée par une animatrice titulaire du BPJEPS.",
    "Article 7. Le poste est pourvu par un éducateur spécialisé. À titre dérogatoire, il peut être confié à un moniteur-éducateur expérimenté.",
]
QUALIF_CONFORME = [
    "Article 7. Le poste est occupé par un éducateur spécialisé diplômé d'État. En cas de vacance, la mission est confiée à une assistante de service social diplômée d'État du CCAS.",
    "Article 7. Le poste est occupé par un travailleur social diplômé d'État. Pendant la vacance du poste, la mission ne peut en aucun cas être confiée à un animateur.",
]


@pytest.mark.parametrize("text", LIEU_NON)
def test_lieu_non(text):
    assert code("lieu_exercice", text) == "non"


@pytest.mark.parametrize("text", LIEU_NOT_NON)
def test_lieu_not_non(text):
    assert code("lieu_exercice", text) != "non"


@pytest.mark.parametrize("text", LIEU_OUI)
def test_lieu_oui(text):
    assert code("lieu_exercice", text) == "oui"


@pytest.mark.parametrize("text", LIEU_PARTIEL)
def test_lieu_partiel(text):
    assert code("lieu_exercice", text) == "partiellement"


@pytest.mark.parametrize("text", QUALIF_DOMMAGEABLE)
def test_qualif_dommageable(text):
    assert code("qualification", text) == "imprecision_dommageable"


@pytest.mark.parametrize("text", QUALIF_CONFORME)
def test_qualif_conforme(text):
    assert code("qualification", text) == "precisee_conforme"
