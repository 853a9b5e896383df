"""Round 47: hierarchical acts handed impersonally to a forces chief (« il appartient au commissaire de… »);
the employer named at the head of its list of engagements; pay listed with leave and working time is more
than an administrative link; a public « not only » of victims said by a concessive or « nul n'est exclu »;
mis en cause not accompanied then only oriented (across a sentence); people in difficulty only oriented
elsewhere; a forces' VIF referent named in passing. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code, code_articles

FONCTIONNELLE = "Le commandant de la compagnie de gendarmerie exerce l'autorité fonctionnelle sur l'intervenant. "


@pytest.mark.parametrize("text, expected", [
    # impersonal « il appartient / revient / incombe à <chef des forces> de <acte hiérarchique> »
    ("Il revient au commissaire de police, et à lui seul, de valider les absences de l'intervenante et de "
     "mener son entretien professionnel annuel.", "inversee"),
    ("Dans ces conditions, il incombe au chef de brigade de fixer le planning de l'intervenant et d'accorder "
     "ou non ses congés.", "inversee"),
    ("Il n'appartient qu'au commandant de groupement de prononcer une éventuelle sanction disciplinaire.",
     "inversee"),
    ("C'est au chef du commissariat qu'il appartient de réaliser l'évaluation annuelle de l'intervenante.",
     "inversee"),
    # denied, said of the employer, or only functional acts / an opinion
    (FONCTIONNELLE + "Il n'appartient pas au commandant de compagnie de valider ses congés ni de conduire son "
     "évaluation annuelle.", "confuse"),
    ("Il appartient au commissaire de transmettre ses observations à la commune avant l'évaluation annuelle.",
     "confuse"),
    ("Il revient au chef de brigade d'organiser la présence de l'intervenante dans les locaux.", "confuse"),
])
def test_actes_hierarchiques_aux_forces(text, expected):
    assert code("autorites", text) == expected


@pytest.mark.parametrize("text, expected", [
    # the employer at the head of the list, the item without subject
    ("Le Centre communal d'action sociale s'engage à :\n- recruter l'intervenant social ;\n- exercer sur lui "
     "l'autorité hiérarchique et technique ;\n" + FONCTIONNELLE, "conforme"),
    ("La communauté d'agglomération, employeur, s'engage à :\na) exercer l'autorité hiérarchique sur "
     "l'intervenante ;\nb) assurer sa formation.\n" + FONCTIONNELLE, "conforme"),
    # the forces at the head of the list: never the employer's authority
    ("Le commissaire de police s'engage à :\n- exercer l'autorité hiérarchique sur l'intervenante ;\n"
     "- lui fournir un bureau.", "inversee"),
])
def test_hierarchie_en_tete_de_liste(text, expected):
    assert code("autorites", text) == expected


@pytest.mark.parametrize("text, expected", [
    # pay with leave and working time: more than administration; with the forces' functional authority, conforme
    (FONCTIONNELLE + "La mairie assure la rémunération de l'agent ainsi que la gestion de ses congés et de son "
     "temps de travail.", "conforme"),
    # pay alone: still the administrative link (confuse), as before
    ("La commune assure la gestion administrative et la rémunération de l'intervenante.", "confuse"),
])
def test_lien_administratif(text, expected):
    assert code("autorites", text) == expected


def test_paie_avec_conges_nest_pas_lien_administratif():
    from rule_wording import RULES
    from iscg_nlp.match import match_text
    text = "La mairie assure la rémunération de l'agent ainsi que la gestion de ses congés et de son temps de travail."
    fired = {f.rule_id for f in match_text(text, RULES) if f.status == "fired"}
    assert "autorites.lien_employeur_administratif_seulement" not in fired
    text = "La commune assure la gestion administrative et la rémunération de l'intervenante."
    fired = {f.rule_id for f in match_text(text, RULES) if f.status == "fired"}
    assert "autorites.lien_employeur_administratif_seulement" in fired


@pytest.mark.parametrize("text, expected", [
    # a concessive denial of restriction, « nul n'est exclu »
    ("L'intervenant reçoit les victimes. Bien que l'accompagnement des victimes occupe l'essentiel de son "
     "temps, il n'en est pas le seul objet.", "tous_publics"),
    ("Les victimes (majeures ou mineures) ne constituent pas l'unique public de l'intervenante.",
     "tous_publics"),
    ("L'intervenante accueille les victimes. Aucune personne ne sera écartée de l'entretien en raison de son "
     "statut dans la procédure pénale.", "tous_publics"),
    # the same words about the situations (victims OF a violence) or plainly restrictive: not opened
    ("L'intervenante reçoit exclusivement les victimes d'infractions.", "victimes_seulement"),
])
def test_public_non_restreint(text, expected):
    assert code("public", text) == expected


@pytest.mark.parametrize("texts, expected", [
    # victims received, mis en cause not accompanied then oriented in the next sentence
    (("Les victimes sont accueillies et suivies par l'intervenante sociale.",
      "Les auteurs présumés ne bénéficient d'aucun accompagnement de sa part. Elle peut néanmoins, si leur "
      "situation le justifie, les orienter vers le service social départemental."), "ambiguite"),
    (("Les victimes d'infractions sont reçues par l'intervenant.",
      "Les mis en cause ne font l'objet d'aucune prise en charge ; ils peuvent être orientés vers le CCAS.",
      "Les personnes rencontrées par les patrouilles et qui sont en situation de précarité pourront aussi être "
      "orientées vers la mission locale."), "ambiguite"),
    # the forces orient them: no « seulement orientés » by the worker
    (("L'intervenant reçoit exclusivement les victimes.",
      "Les auteurs ne font pas l'objet d'un accompagnement par l'intervenant. Ils sont orientés par les "
      "policiers vers le SPIP."), "victimes_seulement"),
    # people in difficulty oriented TOWARDS the worker: still an opening
    (("Les personnes en détresse sociale repérées par les gendarmes sont orientées vers l'intervenante "
      "sociale.",), "tous_publics"),
])
def test_mis_en_cause_orientes(texts, expected):
    assert code_articles("public", *texts) == expected


@pytest.mark.parametrize("text, expected", [
    # a forces' VIF referent named in passing, with OCR noise and quotes
    ("L'intervenant social intervient sur toute situation sociale. Le commandant de groupement désigne uu "
     "référent « violences intrafamiliales » dans chaque brigade et veille à l'information des victimes.",
     "toutes_situations"),
    ("L'intervenant social intervient sur toute situation sociale. Le DDSP nomme un référent violences "
     "intrafamiliales pour chacune des circonscriptions.", "toutes_situations"),
    # the post itself restricted: still vif
    ("Le poste d'intervenante sociale est exclusivement consacré aux violences intrafamiliales.", "vif"),
])
def test_referent_vif_des_forces(text, expected):
    assert code("situations", text) == expected
