"""Round 62: held-out wordings for public (auteurs' care denied by the verb before it), situations (the post's
vocation defined by women victims of violence) and type_employeur (syndicat alias, communauté named by its proper
name)."""

import pytest

from rule_wording import code


@pytest.mark.parametrize("text", [
    "Le dispositif n'a pas pour objet la prise en charge des auteurs de violences.",
    "L'intervenante sociale n'a pas vocation à accompagner les personnes mises en cause.",
    "La mission de l'ISCG ne comprend pas le suivi des agresseurs.",
    "Ne relève pas de ses missions l'accueil des auteurs présumés.",
])
def test_public_auteurs_nies_avant(text):
    assert code("public", text) == "victimes_seulement"


@pytest.mark.parametrize("text", [
    "Le dispositif n'a pas pour objet la seule prise en charge des victimes : il accueille aussi les auteurs.",
    "L'intervenant social reçoit les victimes et les auteurs de violences.",
])
def test_public_auteurs_non_exclus(text):
    assert code("public", text) == "tous_publics"


@pytest.mark.parametrize("text", [
    "La travailleuse sociale a vocation à venir en aide aux femmes victimes de violences.",
    "Le poste a pour mission d'apporter son soutien aux femmes victimes de violences.",
    "L'intervenant·e est chargé·e d'accueillir et d'écouter les femmes victimes de violences.",
])
def test_situations_vocation_vff(text):
    assert code("situations", text) == "violences_faites_aux_femmes"


@pytest.mark.parametrize("text", [
    "L'intervenante n'a pas vocation à venir en aide aux seules femmes victimes de violences.",
    "L'intervenant a vocation à venir en aide à toute personne, notamment aux femmes victimes de violences.",
    "L'intervenant a pour mission d'aider les hommes et les femmes victimes de violences.",
])
def test_situations_vocation_ouverte(text):
    assert code("situations", text) == "toutes_situations"


@pytest.mark.parametrize("text", [
    "L'intervenante est recrutée et rémunérée par le syndicat, qui gère son contrat.",
    "La travailleuse sociale, salariée du syndicat, tient une permanence dans chaque brigade.",
    "L'intervenant social est recruté par Lamballe Terre et Mer Communauté.",
    "Le travailleur social est employé par Vienne Condrieu Agglomération.",
    "L'intervenante, agente contractuelle du syndicat, est placée auprès des brigades.",
])
def test_employeur_interco_nomme(text):
    assert code("type_employeur", text) == "ville_interco"


@pytest.mark.parametrize("text", [
    "Les syndicats de police sont informés du recrutement de l'intervenante.",
    "L'intervenante n'est pas recrutée par le syndicat.",
    "L'intervenant est un agent de la communauté de brigades de Tulle.",
    "Le recrutement de l'intervenante est présenté au syndicat des personnels de la gendarmerie.",
])
def test_employeur_interco_silencieux(text):
    assert code("type_employeur", text) == "autre"
