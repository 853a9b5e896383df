"""Round 56: qualification — the fallback or alternative opened to an agent defined by category, filière, a mere
training module or experience (« ou, lorsque … infructueux, par un agent de catégorie B », « ou à tout agent ayant
suivi la sensibilisation, quelle que soit sa filière »), against fallbacks that stay on a social-work state diploma.
Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text", [
    # category B / C as the fallback, after a condition set between commas
    "L'intervenant est un éducateur spécialisé diplômé d'État ou, lorsqu'aucun candidat de ce profil n'a pu être "
    "recruté dans les trois mois, un agent de catégorie C affecté au service population.",
    "Le poste est tenu par une assistante de service social ou, si la vacance se prolonge, par un fonctionnaire de "
    "catégorie B de la commune.",
    # a filière outside social work
    "Le poste est confié à une CESF diplômée ou, à défaut, à un agent de la filière animation de la ville.",
    "L'emploi est pourvu par un·e assistant·e social·e ou par un adjoint administratif principal du CCAS.",
    # any filière, a mere training module
    "Le poste revient à un éducateur spécialisé ou à toute salariée de l'association ayant suivi une session de "
    "formation sur les violences intrafamiliales.",
    "Peut occuper le poste tout agent intercommunal volontaire, quelle que soit sa filière.",
    "Le recrutement vise un travailleur social diplômé ou, à titre exceptionnel, un agent de la communauté de "
    "communes, quel que soit son cadre d'emplois.",
    # experience, the person described at length before
    "Le poste est occupé par une ASS diplômée d'État ou, à défaut, par tout agent de la collectivité, titulaire ou "
    "contractuel, en poste depuis plus de deux ans et justifiant d'une bonne pratique de l'accueil.",
])
def test_alternative_agent_is_imprecision(text):
    assert code("qualification", text) == "imprecision_dommageable"


@pytest.mark.parametrize("text", [
    # the fallback is another social-work state diploma
    "Le poste est confié à un assistant de service social diplômé d'État ou, à défaut, à un éducateur spécialisé "
    "diplômé d'État.",
    "L'intervenante est une éducatrice spécialisée ou, si le recrutement échoue, une conseillère en économie sociale "
    "et familiale diplômée d'État.",
    "Le poste est occupé par un agent du CCAS titulaire du DEASS ou, à défaut, par un agent de catégorie A titulaire "
    "du diplôme d'État d'éducateur spécialisé.",
    # the diploma being obtained
    "L'intervenant social est titulaire d'un diplôme d'État de travail social ou en cours d'obtention.",
    # the category / filière refused
    "Le poste ne peut en aucun cas être confié à un agent de catégorie C ou à un agent de la filière technique ; il "
    "est occupé par un assistant de service social.",
    # a fallback on status keeping the same diplomas
    "Le poste est tenu par une assistante sociale titulaire ou, à défaut, par un agent contractuel de catégorie B "
    "titulaire des mêmes diplômes.",
])
def test_qualified_fallback_stays_conforme(text):
    assert code("qualification", text) == "precisee_conforme"
