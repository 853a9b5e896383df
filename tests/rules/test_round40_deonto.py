"""Round 40 (deontologie): the worker's writings left open to the investigators across a « ; », a
nominative review of each situation in a multi-partner cell (with scan noise, without accents), the
fiche navette as the forces' own referral form, and the consent under which the forces fill it.
Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = "L'intervenant social est tenu au secret professionnel (article 226-13 du code pénal). "


@pytest.mark.parametrize("text, expected", [
    # writings open to the forces, said in a second part of the sentence
    (SECRET + "Les fiches d'entretien sont rangées dans le bureau de la brigade ; elles restent à la disposition "
     "des militaires chargés des enquêtes.", "contre_sens"),
    (SECRET + "Les comptes rendus sont archivés au commissariat, et les officiers de police judiciaire peuvent en "
     "prendre copie à tout moment.", "contre_sens"),
    (SECRET + "Les notes sociales sont conservees a l'hotel de police ; elles sont tenues a disposition des "
     "enqueteurs du service.", "contre_sens"),
    # denied, consented, or the forces' own documents
    (SECRET + "Les fiches d'entretien sont conservées par l'association ; elles ne sont jamais tenues à la "
     "disposition des enquêteurs.", "securisee"),
    (SECRET + "Si la personne y consent, la note sociale est tenue à la disposition de l'officier référent.",
     "securisee"),
    (SECRET + "Les comptes rendus d'intervention des policiers sont tenus à la disposition de l'intervenante.",
     "securisee"),
    # a nominative review in a multi-partner cell
    (SECRET + "Elle siège au groupe de partenaires opérationnels ; chaque famille suivie y est évoquée "
     "nommément avec les bailleurs et la police municipale.", "contre_sens"),
    (SECRET + "Dans la cellule de suivi du CLSPD restreint, les jeunes reperes sont passes en revue "
     "nominativement chaque mois.", "contre_sens"),
    (SECRET + "La ce11ule de veille se reunit le lundi : la situation de chaque eleve y est presentee "
     "norninativement.", "contre_sens"),
    (SECRET + "La cellule de veille examine les données du quartier ; aucune situation n'y est présentée "
     "nominativement.", "securisee"),
    (SECRET + "Au sein du GPO, les situations ne sont évoquées nominativement qu'avec l'accord des personnes.",
     "securisee"),
    (SECRET + "La cellule de suivi étudie les situations de manière anonymisée, sans indication nominative.",
     "securisee"),
    # the fiche navette: the forces' referral form, unless the worker hands hers to the forces
    ("Le policier complète la fiche navette et la remet au référent de la brigade de protection des familles.",
     "non_precise"),
    ("Il renseigne la fiche navette puis la transmet à l'officier référent du commissariat.", "non_precise"),
    ("L'intervenante sociale adresse au commandant de brigade une fiche navette pour chaque victime reçue.",
     "contre_sens"),
    # the consent under which the forces fill their form does not secure the worker's ethics
    ("Le commissariat s'engage à faire parvenir les fiches navettes, remplies avec l'accord de la victime, "
     "dans les 24 heures.", "non_precise"),
    ("L'intervenant ne transmet d'information aux partenaires qu'avec l'accord de la personne.", "securisee"),
])
def test_round40_deontologie(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text", [
    "La DDSP s'engage à associer l'intervenant social aux réunions de service lorsque l'ordre du jour le justifie, "
    "hors examen de situations nominatives.",
    "L'intervenante peut être invitée aux réunions du groupe de partenaires, à l'exclusion de tout examen "
    "nominatif des situations des familles.",
    "Il participe aux réunions de la cellule de veille sans examiner nominativement la situation des personnes.",
])
def test_meetings_without_named_situations(text):
    assert code("deontologie", "L'intervenant social est tenu au secret professionnel. " + text) == "securisee"
