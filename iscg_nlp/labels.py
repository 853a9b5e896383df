"""French labels of the codebook's keys and values (CODEBOOK.md), the one table every output uses.

The codes are the machine contract; what a person reads comes from here, so a wording change is made
once. ``VALUE_LABELS`` also defines which values are allowed for each indicator (see ruleset.py).
"""

from __future__ import annotations

from typing import Any

INDICATOR_LABELS: dict[str, str] = {
    "lieu_exercice": "Exercice EN commissariat / unité de gendarmerie",
    "locaux_moyens": "Locaux et moyens matériels",
    "public": "Public visé",
    "situations": "Situations visées",
    "autorites": "Répartition des autorités",
    "deontologie": "Déontologie et cadre légal",
    "qualification": "Qualification attendue",
    "comite_pilotage": "Comité de pilotage / de suivi",
    "duree": "Durée de la convention",
    "annee_signature": "Année de signature",
    "proximite_modele": "Proximité avec la convention-type",
    "procureur_signataire": "Procureur de la République signataire",
    "financement": "Répartition des financeurs",
    "cout_poste": "Coût évalué du poste",
    "type_employeur": "Type d'employeur",
    "type_poste": "Type de poste",
}

VALUE_LABELS: dict[str, dict[str, str]] = {
    "lieu_exercice": {"oui": "Oui", "partiellement": "Partiellement",
                      "non": "Hors commissariat/unité", "non_precise": "Non précisé"},
    "locaux_moyens": {"inscrits": "Inscrits", "ambiguite": "Ambiguïté", "non_precise": "Non précisé"},
    "public": {"tous_publics": "Tous publics", "victimes_seulement": "Victimes exclusivement",
               "mineurs_seulement": "Mineurs exclusivement", "ambiguite": "Ambiguïté du texte"},
    "situations": {"toutes_situations": "Toutes situations", "vif": "Violences intrafamiliales",
                   "violences_conjugales": "Violences conjugales",
                   "violences_faites_aux_femmes": "Violences faites aux femmes"},
    "autorites": {"conforme": "Conforme", "confuse": "Confuse", "inversee": "Inversée"},
    "deontologie": {"securisee": "Sécurisée", "ambiguite": "Ambiguïté", "contre_sens": "Contre-sens",
                    "non_precise": "Non précisée"},
    "qualification": {"precisee_conforme": "Précisée et conforme", "non_precisee": "Non précisée",
                      "imprecision_dommageable": "Imprécision dommageable"},
    "comite_pilotage": {"prevu": "Prévu", "non_prevu": "Non prévu"},
    "duree": {"annuelle": "Annuelle", "triennale": "Triennale", "autre": "Autre durée",
              "non_precisee": "Non précisée"},
    "proximite_modele": {"proche": "Proche", "eloignee": "Éloignée"},
    "procureur_signataire": {"oui": "Oui", "non": "Non"},
    "financement": {"stable": "Stabilisé", "degressif": "Dégressif", "non_precise": "Non précisé"},
    "type_employeur": {"association": "Association", "conseil_departemental": "Conseil départemental",
                       "ville_interco": "Ville / intercommunalité", "autre": "Autre"},
    "type_poste": {"police": "Police", "gendarmerie": "Gendarmerie", "mixte": "Mixte"},
}

AVIS_LABELS: dict[str, str] = {
    "conforme": "Avis conforme",
    "conforme_avec_reserve": "Conforme avec réserve",
    "reserve": "Avis réservé",
}

FINANCEUR_LABELS: dict[str, str] = {
    "etat": "État (FIPD)", "conseil_departemental": "Conseil départemental", "commune": "Commune",
    "intercommunalite": "Intercommunalité", "caf": "CAF", "autre": "Autre",
}


def indicator_label(key: str) -> str:
    """French label of an indicator key (the key itself if unknown)."""
    return INDICATOR_LABELS.get(key, key)


def value_label(key: str, value: Any) -> str:
    """French label of a coded value; integers, None and dict values are written plainly."""
    if value is None:
        return "Non trouvé"
    if isinstance(value, str):
        return VALUE_LABELS.get(key, {}).get(value, value)
    return str(value)


def avis_label(value: str) -> str:
    return AVIS_LABELS.get(value, value)
