"""Round 8 (public, autorités, durée): telegraphic label–value clauses and open-public periphrases.

Held-out wordings written from the codebook, not copied from a sample: bullet labels followed by a
colon (« Auteurs : … », « Autorité hiérarchique : … », « 12 mois : … » under a « Durée » title),
« quiconque », « sans lien avec une infraction », with their negations and look-alikes.
"""

from __future__ import annotations

import warnings

import pytest

from iscg_nlp.decide import decide_indicator
from iscg_nlp.match import match_text

warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES  # noqa: E402  (one rule set for every wording test)


def code(indicator: str, text: str, title: str = "") -> str:
    findings = [f for f in match_text(text, RULES, article_title=title) if f.indicator == indicator]
    return decide_indicator(RULES.files[indicator], findings).value


VICTIMS = "Public : victimes de violences au sein du couple.\n"

# Perpetrators excluded in label–value style: the exclusion must not open the public.
PUBLIC_AUTEURS_LIBELLE = [
    (VICTIMS + "- Auteurs : hors champ du poste.", "victimes_seulement"),
    (VICTIMS + "- Mis en cause : non concernés (orientation vers le SPIP).", "victimes_seulement"),
    (VICTIMS + "- Auteurs présumés : exclus du dispositif.", "victimes_seulement"),
    (VICTIMS + "- Agresseurs : non.", "victimes_seulement"),
    (VICTIMS + "- Personnes mises en cause : hors du perimetre de l'intervention.", "victimes_seulement"),
    (VICTIMS + "- Auteurs des violences : pas accueillis par l'intervenante.", "victimes_seulement"),
    (VICTIMS + "- Auteurs (conjoints violents) : ne sont pas reçus.", "victimes_seulement"),
    # look-alikes: the label opens the public
    (VICTIMS + "- Auteurs : reçus et orientés au même titre que les victimes.", "tous_publics"),
    ("Public : victimes, auteurs, personnes hors champ pénal.", "tous_publics"),
    ("Mis en cause : hors champ pénal, ils sont aussi accueillis par l'intervenant.", "tous_publics"),
]

# Open public said with « quiconque », periphrases of the mis en cause and of people outside criminal law.
PUBLIC_OUVERT = [
    ("L'intervenante reçoit quiconque traverse une difficulté sociale, familiale ou psychologique.", "tous_publics"),
    ("Quiconque se présente à la brigade en situation de detresse sociale peut la rencontrer.", "tous_publics"),
    ("Elle reçoit n'importe quelle personne en difficulté sociale repérée par les policiers.", "tous_publics"),
    ("Sont reçues les personnes qui n'ont aucun lien avec une infraction.", "tous_publics"),
    ("Peut être accueillie une personne sans rapport avec une procedure penale.", "tous_publics"),
    ("L'intervenant reçoit les plaignants comme les personnes à qui des faits sont reprochés.", "tous_publics"),
    ("Peuvent être reçues les personnes soupçonnées d'avoir commis un délit.", "tous_publics"),
    # negations / restrictions / redirection
    ("L'intervenant reçoit les victimes. Les personnes sans lien avec une infraction sont orientées vers le service social de secteur.", "victimes_seulement"),
    ("L'intervenante reçoit uniquement les victimes ; les personnes soupçonnées d'avoir commis une infraction sont orientées vers le SPIP.", "victimes_seulement"),
]

AUTORITES_LIBELLE = [
    ("- Autorité hiérarchique + technique : CHRS Les Tilleuls (directrice).\n- Autorité fonctionnelle : commandant de la compagnie.", "conforme"),
    ("Autorite hierarchique et technique : la structure employeuse.\nAutorite fonctionnelle : chef de circonscription de sécurité publique.", "conforme"),
    ("Encadrement hiérarchique : le chef de service de l'association ; autorité fonctionnelle : le commissaire.", "conforme"),
    ("- Responsable hiérarchique : directeur du pôle solidarités de la communauté d'agglomération.\n- Autorité fonctionnelle : officier adjoint de la brigade.", "conforme"),
    ("- Autorité hiérarchique / technique : la fondation gestionnaire.\n- Autorité fonctionnelle : DDSP.\n- Prise en charge : rémunération, frais de déplacement.", "conforme"),
    ("Lien hiérarchique : Mairie de Lorient, direction de la tranquillité publique.\nAutorité fonctionnelle : commandant de la brigade territoriale.", "conforme"),
    # the forces in the value: inversion
    ("- Autorité hiérarchique : commandant de la compagnie de gendarmerie.\n- Gestion administrative : l'association.", "inversee"),
    ("Encadrement hiérarchique : le commissaire de police.", "inversee"),
    # nothing written
    ("- Autorité hiérarchique : néant.\n- Prise en charge : rémunération, charges.", "confuse"),
    ("- Prise en charge par l'employeur : rémunération, charges, formation.", "confuse"),
]

DUREE_ARTICLE = [
    ("12 mois : du 1er mars 2022 au 28 février 2023.", "Durée", "annuelle"),
    ("- Un an à compter de la date de signature.", "Durée et prise d'effet", "annuelle"),
    ("- Douze mois, renouvelable par avenant.", "Duree", "annuelle"),
    ("Du 1er septembre 2023 au 31 août 2024.", "Date d'effet et durée", "annuelle"),
    ("- Période : du 01/01/2021 au 31/12/2021.", "Validité", "annuelle"),
    ("- Trois ans : 2024-2026.", "Durée", "triennale"),
    ("36 mois à compter du 1er janvier 2022.", "Entrée en vigueur et durée", "triennale"),
    # other durations of the same article, and the same words outside it
    ("- Préavis de résiliation : 12 mois.", "Durée", "non_precisee"),
    ("- Un an renouvelable dans la limite de trois ans.", "Durée", "annuelle"),
    ("12 mois : du 1er mars 2022 au 28 février 2023.", "Bilan d'activité", "non_precisee"),
    ("- CDD 12 mois.", "Durée du contrat de travail", "non_precisee"),
    ("- Pas de durée d'un an : la convention court sans terme.", "Durée", "autre"),
]


@pytest.mark.parametrize("text,expected", PUBLIC_AUTEURS_LIBELLE)
def test_public_perpetrators_excluded_by_label(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize("text,expected", PUBLIC_OUVERT)
def test_public_open_periphrases(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize("text,expected", AUTORITES_LIBELLE)
def test_autorites_label_value(text: str, expected: str) -> None:
    assert code("autorites", text) == expected


@pytest.mark.parametrize("text,title,expected", DUREE_ARTICLE)
def test_duree_in_duration_article(text: str, title: str, expected: str) -> None:
    assert code("duree", text, title) == expected
