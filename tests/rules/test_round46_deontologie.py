"""Round 46, déontologie: wordings written for this test (not copied from the blind samples), through the
real engine. Misses: the list of persons received shown to a partners' meeting or left to the forces; the
forces' visa on the worker's writings before they leave. False positives: a « secret partagé » proposal
reported then refused; a rating sheet filed in the agent's personal file; public communication about the
post approved by the police; persons named at a meeting only to schedule appointments."""

from __future__ import annotations

import pytest
from rule_wording import code

SECRET = "L'intervenant social est tenu au secret professionnel (article 226-13 du code pénal). "


@pytest.mark.parametrize("text, expected", [
    # --- missed: the list of persons received, to a meeting of partners or to the forces
    (SECRET + "Tous les quinze jours, l'intervenante communique au groupe de travail partenarial la liste des "
     "familles qu'elle a accompagnées, avec les aides sollicitées pour chacune.", "contre_sens"),
    (SECRET + "À la demande du commissaire, l'intervenant lui fournit à tout moment la liste des victimes "
     "qu'il a reçues et une note sur chacune.", "contre_sens"),
    (SECRET + "Le listing des personnes suivies, avec leurs coordonnées, reste à la disposition du "
     "commandant de compagnie.", "contre_sens"),
    (SECRET + "En réunion de la commission jeunesse, l'intervenant·e présente la liste des adolescents "
     "rencontrés et ce qui a été engagé pour chacun.", "contre_sens"),
    # --- silent: anonymous figures, the forces' own list, negation, consent
    (SECRET + "Le nombre de familles accompagnées est présenté chaque semestre au comité de suivi.", "securisee"),
    (SECRET + "La brigade transmet chaque matin à l'intervenante la liste des victimes reçues la nuit.", "securisee"),
    (SECRET + "La liste des personnes suivies n'est en aucun cas présentée en réunion ni remise aux gendarmes.",
     "securisee"),
    (SECRET + "Des statistiques anonymes sur les personnes reçues sont présentées une fois par an au CLSPD.",
     "securisee"),
    # --- missed: the forces' visa on the worker's writings
    (SECRET + "Tout courrier nominatif de l'intervenante à destination d'un partenaire est soumis pour "
     "validation au chef de service de la sûreté urbaine avant son envoi.", "contre_sens"),
    (SECRET + "Le commandant de la brigade de protection des familles relit et valide les notes sociales de "
     "l'intervenant avant leur transmission aux partenaires.", "contre_sens"),
    # --- silent: the same control denied, or about the worker's leave / planning
    (SECRET + "Les écrits de l'intervenante ne sont jamais soumis au commandant pour visa avant leur envoi.",
     "securisee"),
    (SECRET + "Le planning mensuel de l'intervenant est présenté au commandant de brigade, qui le valide.",
     "securisee"),
    # --- false positive: public communication about the post
    (SECRET + "Toute communication publique relative au dispositif fait l'objet d'un accord préalable du "
     "commissaire.", "securisee"),
    (SECRET + "Aucune communication publique relative au poste n'est diffusée sans l'aval du commandant de "
     "groupement.", "securisee"),
    # --- false positive: the agent's rating sheet in the personal file
    (SECRET + "Le chef de poste établit chaque année la fiche de notation de l'intervenante, qui est versée au "
     "dossier administratif de l'agent.", "securisee"),
    (SECRET + "L'appréciation annuelle est jointe au dossier individuel de l'agent.", "securisee"),
    # the worker's note still joined to the procedure
    (SECRET + "La note sociale rédigée par l'intervenant est versée au dossier de la procédure.", "contre_sens"),
    # --- false positive: persons named at a meeting only to schedule appointments
    (SECRET + "Lors du point hebdomadaire avec les enquêteurs, les situations individuelles ne sont abordées "
     "que pour fixer les rendez-vous, sans que le contenu des échanges soit rapporté.", "securisee"),
    (SECRET + "Au cours de ces réunions, les situations des personnes suivies sont examinées une à une avec "
     "les partenaires.", "contre_sens"),
    # --- false positive: a « secret partagé » proposal reported then refused
    (SECRET + "Au cours des travaux préparatoires, des partenaires avaient suggéré d'inscrire que "
     "l'intervenante travaillerait « sous le régime du secret partagé » ; les signataires ont choisi de ne "
     "pas reprendre cette expression.", "securisee"),
    (SECRET + "Il avait été proposé de viser le secret partagé entre l'intervenant et les policiers ; cette "
     "proposition a été écartée, la notion n'ayant aucune existence légale.", "securisee"),
    # the notion really invoked
    ("Les informations sont échangées entre l'intervenant et les gendarmes dans le cadre du secret partagé.",
     "contre_sens"),
])
def test_round46_deontologie(text: str, expected: str) -> None:
    assert code("deontologie", text) == expected
