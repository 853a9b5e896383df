"""Round 40, public and situations. Wordings written for this test, through the real engine.

- auteurs excluded with a possessive complement (« ne relèvent pas de son intervention ») and sent on by the
  forces: a public of victims alone; the same exclusion next to « victimes et/ou personnes en difficulté
  sociale »: the study's ambiguity;
- « toute personne … en difficulté » said of the RECRUIT (qualification clause) opens no public;
- situations restricted by « situations à caractère intrafamilial », by a public « de femmes victimes de
  violences » (« a pour public »), by a derogation written with OCR noise (« intrafamilia1es »);
- a meeting on violences intrafamiliales the worker attends restricts nothing.
"""

from __future__ import annotations

import pytest
from rule_wording import code, code_articles


# ---------------------------------------------------------------- public
@pytest.mark.parametrize("texts, expected", [
    # victims only, auteurs outside the worker's field and oriented by the forces
    (("La travailleuse sociale accompagne les personnes victimes de violences au sein du couple.",
      "Les mis en cause ne relèvent pas de ses missions ; les enquêteurs les dirigent, si besoin, vers le SPIP."),
     "victimes_seulement"),
    (("Le poste est consacré à l'accueil des victimes d'infractions.",
      "Les auteur·es de violences ne relèvent en aucun cas de sa compétence ; les policiers les orientent vers le stage de responsabilisation."),
     "victimes_seulement"),
    # the same exclusion, but the public written « victimes et/ou personnes en difficulté sociale »
    (("L'intervenante reçoit les victimes et/ou les personnes en situation de détresse sociale signalées par les policiers.",
      "Les agresseurs ne sont pas reçus par l'intervenante ; les fonctionnaires les adressent au SPIP."),
     "ambiguite"),
    (("Le dispositif s'adresse aux victimes d'infractions ou aux personnes en difficulté sociale.",
      "Les auteurs ne relèvent pas de son intervention."),
     "ambiguite"),
    # a widening: not an exclusion
    (("L'intervenant reçoit toute personne en difficulté sociale, victime ou mise en cause.",
      "Les auteurs ne relèvent pas de son seul accompagnement : il les reçoit avec les partenaires du SPIP."),
     "tous_publics"),
])
def test_public_auteurs_excluded(texts, expected):
    assert code_articles("public", *texts) == expected


@pytest.mark.parametrize("texts, expected", [
    # « toute personne » as the recruit
    (("L'intervenante sociale accueille les femmes victimes de violences.",
      "Le recrutement est ouvert aux éducateurs spécialisés ou à toute personne justifiant d'une expérience confirmée auprès des personnes en grande précarité."),
     "victimes_seulement"),
    (("L'intervenant reçoit les victimes d'infractions.",
      "À défaut, le poste peut être confié à toute personne titulaire d'un diplôme de niveau 5 et habituée à l'écoute des publics en détresse."),
     "victimes_seulement"),
    # « toute personne en difficulté » as the public stays open
    (("L'intervenant social reçoit toute personne en difficulté sociale repérée par les gendarmes.",),
     "tous_publics"),
    (("Le dispositif est ouvert à toute personne en situation de détresse sociale, quel que soit son profil.",),
     "tous_publics"),
])
def test_public_recruit_is_not_the_public(texts, expected):
    assert code_articles("public", *texts) == expected


# ---------------------------------------------------------------- situations
@pytest.mark.parametrize("text, expected", [
    ("L'action de la travailleuse sociale porte uniquement sur les situations d'ordre intrafamilial : violences conjugales, "
     "enfants exposés, conflits entre générations.", "vif"),
    ("Le poste est strictement limité aux affaires intra-familiales dont les brigades ont connaissance.", "vif"),
    ("L'intervenant ne traite que des problématiques intrafamiliales signalées par le commissariat.", "vif"),
    # OCR noise in a derogation to the generalist approach
    ("En dérogation au caractère généraliste du poste, l'intervenante est réservée aux seules violences intrafami1iales.", "vif"),
    ("Par exception à l'approche généraliste, le poste est dédié exclusivement aux violences familia1es.", "vif"),
    # not restricted: enumeration, widening, another body
    ("L'intervenant intervient sur toute difficulté sociale, notamment les situations à caractère intrafamilial.", "toutes_situations"),
    ("Le poste n'est pas limité aux situations intrafamiliales.", "toutes_situations"),
    ("L'officier référent de la compagnie est exclusivement chargé des dossiers intrafamiliaux.", "toutes_situations"),
])
def test_situations_intrafamilial_field(text, expected):
    assert code("situations", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("La travailleuse sociale a pour public les femmes victimes de violences de la circonscription, qu'elles aient "
     "porté plainte ou non.", "violences_faites_aux_femmes"),
    ("Le poste a pour bénéficiaires les femmes victimes de violences, majeures ou mineures.", "violences_faites_aux_femmes"),
    ("L'intervenant a pour public toute personne en difficulté sociale, notamment les femmes victimes de violences.",
     "toutes_situations"),
    ("L'intervenant a pour public les femmes et les hommes victimes de violences.", "toutes_situations"),
])
def test_situations_public_of_women(text, expected):
    assert code("situations", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("L'intervenante participe aux réunions partenariales du territoire consacrées aux violences intrafamiliales, "
     "pour les questions générales d'organisation.", "toutes_situations"),
    ("- prend part aux instances de coordination de l'arrondissement dédiées aux violences conjugales ;", "toutes_situations"),
    ("Il est associé aux instances locales consacrées aux violences faites aux femmes.", "toutes_situations"),
    # the post itself restricted stays restricted
    ("Le poste d'intervenant social est consacré aux violences intrafamiliales.", "vif"),
])
def test_situations_meeting_on_vif_restricts_nothing(text, expected):
    assert code("situations", text) == expected
