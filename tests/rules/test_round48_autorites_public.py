"""Round 48: blind errors on autorites, public and situations, generalised to the family of wordings.

- autorites: the forces' chief who directs the post and is taken up by « il / elle » after a connector
  (« A ce titre, il … autorise les congés et conduit l'entretien professionnel ») is inversee; terse lists with
  military abbreviations (« N+1 : Cdt Cie », « Notation annuelle : Cdt Cie ») are inversee; a « label : aucun »
  line denies its label (« Lien hiérarchique avec la DIPN : aucun ») and is no inversion; « la note » handed to
  an officer is a document, not the worker's notation.
- public: « Auteurs présumés : hors public » excludes authors; authors only « oriented » (participle) or named as
  the far end of a path are not received.
- situations: « Périmètre : VIF » / « Spécialisation : violences au sein du couple » restrict the post; a copy of
  a note sent to the parquet « lorsque la procédure concerne des violences au sein de la famille » does not;
  « situations de toute nature » is generalist.
Wordings written for this test (not copied from the samples), through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code, code_articles


@pytest.mark.parametrize("text, expected", [
    # the forces' chief directs the post, then « il / elle » after a connector does the hierarchical acts
    ("Pour préserver la cohérence du dispositif, le commandant de la brigade de Liévin dirige l'ensemble des missions "
     "de l'intervenante. Dans ce cadre, il fixe ses horaires, valide ses congés et mène chaque année son entretien "
     "professionnel.", "inversee"),
    ("Le commissaire, chef de la circonscription de Lens, encadre le travail quotidien de l'intervenant. A cet effet, "
     "il établit son planning et lui accorde ses congés.", "inversee"),
    # terse lists, military abbreviations
    ("- N+1 : Cdt BTA de Guise.\n- N+2 : Cdt Cie.", "inversee"),
    ("- Entretien professionnel annuel : Cdt Cie de Laon, visa du Cdt Gpt.", "inversee"),
    ("- Congés et absences : commandant de la compagnie.", "inversee"),
    # the same form, the employer decides and the forces only give an opinion or are informed
    ("- Notation annuelle : directeur de l'association, avis écrit du Cdt Cie.", "confuse"),
    ("- Congés : association, copie au Cdt BTA pour information.", "confuse"),
    # a « label : aucun » line denies the label
    ("- Rattachement hiérarchique à la police nationale : néant.", "confuse"),
    ("- Lien hiérarchique avec le groupement de gendarmerie : aucun.", "confuse"),
    ("- Autorité hiérarchique : commune (directrice du CCAS).\n- Autorité fonctionnelle : chef de la circonscription.\n"
     "- Lien hiérarchique avec le commissariat : aucun.", "conforme"),
    # the note as a document handed to an officer
    ("La cheffe de service transmet ensuite la note sociale à l'officier de police judiciaire qui l'a demandée.",
     "confuse"),
    ("Le chef de poste remet la note de situation à l'enquêteur, qui décide de la joindre au dossier.", "confuse"),
    # the grave value still fires in prose
    ("Le commandant de compagnie procède chaque année à la notation de l'intervenante.", "inversee"),
    ("L'intervenant est placé sous l'autorité hiérarchique du commandant de la brigade.", "inversee"),
])
def test_autorites_round48(text, expected):
    assert code("autorites", text) == expected


@pytest.mark.parametrize("texts, expected", [
    (("- Public : femmes et hommes victimes de violences conjugales, et leurs enfants.",
      "- Auteurs des violences : hors public du dispositif."), "victimes_seulement"),
    (("Public : victimes de violences au sein du couple.", "Mis en cause : néant."), "victimes_seulement"),
    # authors only oriented (participle), victims received: ambiguite
    (("Les victimes sont reçues et accompagnées par l'intervenant dans leurs démarches.",
      "Les mis en cause, lorsque les enquêteurs le jugent utile, sont orientés par l'intervenant vers le SPIP.",
      "Le poste vise aussi à prévenir la récidive en orientant sans attendre les auteurs vers une prise en charge "
      "adaptée."), "ambiguite"),
    (("Les victimes sont reçues et accompagnées par l'intervenant dans leurs démarches.",
      "Les mis en cause, lorsque les enquêteurs le jugent utile, sont orientés par l'intervenant vers le SPIP.",
      "Il assure l'articulation entre le temps de la plainte et celui de la prise en charge des auteurs."),
     "ambiguite"),
    # authors really received: tous_publics
    (("L'intervenant reçoit les victimes ainsi que les auteurs présumés qui en font la demande.",), "tous_publics"),
])
def test_public_round48(texts, expected):
    assert code_articles("public", *texts) == expected


@pytest.mark.parametrize("text, expected", [
    ("- Périmètre : violences intrafamiliales (conjoints, enfants, ascendants).", "vif"),
    ("- Domaine d'intervention : VIF.\n- Autres situations : relais vers le CMS.", "vif"),
    ("- Spécialisation : violences conjugales, y compris entre ex-partenaires.", "violences_conjugales"),
    ("- Champ d'intervention : violences au sein du couple, actuel ou passé.", "violences_conjugales"),
    # widened in the same item, or a frequent situation among others: generalist
    ("- Périmètre : toutes situations, les VIF étant prioritaires.", "toutes_situations"),
    ("- Champ d'intervention : violences conjugales notamment, et toute détresse sociale.", "toutes_situations"),
    ("- Périmètre : VIF principalement, autres situations reçues.", "toutes_situations"),
    # a transmission conditioned on the procedure's subject, not the post's public
    ("Une copie de la note est transmise au parquet lorsque la procédure concerne des violences au sein de la famille.",
     "toutes_situations"),
    ("Les situations prises en compte sont de toute nature : violences dans la famille, isolement, précarité, "
     "conflits de voisinage.", "toutes_situations"),
])
def test_situations_round48(text, expected):
    assert code("situations", text) == expected
