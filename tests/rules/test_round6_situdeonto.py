"""Round 6 held-out wordings for situations and déontologie, through the real engine.

Written from the codebook and the study, not copied from any sample. Each phenomenon fixed in round 6
is tried in at least six other wordings (other verbs, word order, passive, missing accents), together
with sentences that carry the same cue and mean the opposite:

- déontologie: a prohibition governs a whole list of tasks (« aucune des parties ne peut confier …
  des tâches étrangères à ses missions, et notamment des évaluations ordonnées par … »), however far
  the forbidding verb stands from the listed item; the real obligation still reads as contre-sens;
- situations: a restrictive participle that qualifies a training or an event (« formations internes
  consacrées aux violences… ») does not restrict the post;
- situations: « ne … qu'une des / qu'une partie / qu'un volet » says « one among others », a widening;
- situations: « dans le seul champ des violences…, tel que défini au 1.2 » restricts the post, the
  cross-reference « tel que défini » being no enumeration.
"""

from __future__ import annotations

import warnings

import pytest

from rule_wording import code

warnings.filterwarnings("ignore", message=r".*\[W036\].*")


# ---- déontologie: tasks listed under a prohibition are not given to the post
PROHIBITED_TASKS = [
    ("Il est interdit aux signataires de confier à l'intervenante, même à titre exceptionnel et pour soulager "
     "les services, des évaluations sollicitées par le procureur de la République.", "non_precise"),
    ("Les parties s'interdisent de faire réaliser par l'ISCG, y compris en cas d'urgence ou de surcharge des "
     "services, des enquetes sociales demandees par le juge des enfants.", "non_precise"),
    ("Ne peuvent en aucun cas lui etre confiees les taches administratives du commissariat ni, plus "
     "generalement, les investigations ordonnees par le parquet.", "non_precise"),
    ("Sont exclues de ses missions les tâches de secrétariat, l'accueil du public au guichet et les "
     "évaluations réalisées pour le compte de la CRIP.", "non_precise"),
    ("Aucun des signataires ne pourra charger le travailleur social de tâches relevant de la police "
     "judiciaire, par exemple une participation aux auditions des victimes.", "non_precise"),
    ("L'intervenante ne saurait être sollicitée, au seul motif de sa présence dans les locaux de la brigade, "
     "pour des évaluations à la demande de l'autorité judiciaire.", "non_precise"),
    ("Les évaluations à domicile réalisées sur demande de la cellule de recueil sont étrangères à ses missions "
     "et relèvent des services du Département.", "non_precise"),
    # same cue, real obligation: still a contre-sens
    ("L'intervenant social réalise, à la demande du parquet et dans les délais fixés par celui-ci, des "
     "évaluations sociales des familles.", "contre_sens"),
    ("Les parties conviennent que l'intervenante conduit les enquêtes sociales ordonnées par le juge des enfants.",
     "contre_sens"),
    ("Le cas échéant, il mène des évaluations pour le compte de la CRIP.", "contre_sens"),
    ("l'intervenant realise des investigations sur saisine du procureur de la republique", "contre_sens"),
    ("Il participe aux auditions des victimes mineures, à la demande des enquêteurs.", "contre_sens"),
]


@pytest.mark.parametrize("text,expected", PROHIBITED_TASKS)
def test_prohibited_task_list(text, expected):
    assert code("deontologie", text) == expected


# ---- situations: a training / event devoted to a kind of violence does not restrict the post
TRAINING = [
    ("Le commandant de groupement favorise la participation de l'intervenante aux formations internes dédiées "
     "aux violences intrafamiliales.", "toutes_situations"),
    ("L'intervenant social anime des sessions de sensibilisation consacrées aux violences conjugales à "
     "destination des gendarmes.", "toutes_situations"),
    ("Il peut intervenir lors des journees de formation consacrees aux violences faites aux femmes organisees "
     "par la DDSP.", "toutes_situations"),
    ("Un module de formation continue spécialement consacré aux VIF est proposé aux effectifs, avec le concours "
     "de l'intervenante.", "toutes_situations"),
    ("L'ISCG prend part au colloque départemental dédié aux violences intrafamiliales.", "toutes_situations"),
    ("Les policiers suivent une formation interne centrée sur les violences au sein du couple, à laquelle "
     "l'intervenant social contribue.", "toutes_situations"),
    # the post itself restricted, the training in another sentence
    ("Le poste est consacré aux violences intrafamiliales. L'intervenant participe aux formations internes de "
     "la police.", "vif"),
    ("L'intervenante est exclusivement chargée des femmes victimes de violences. Elle anime des sessions de "
     "sensibilisation.", "violences_faites_aux_femmes"),
]


@pytest.mark.parametrize("text,expected", TRAINING)
def test_training_devoted_to_violence_is_not_the_post(text, expected):
    assert code("situations", text) == expected


# ---- situations: « ne … qu'une des / qu'une partie » = one among others
ONE_AMONG = [
    ("Les violences conjugales ne représentent qu'une partie des situations rencontrées par l'intervenant.",
     "toutes_situations"),
    ("Les violences intrafamiliales ne constituent qu'un des aspects de son intervention.", "toutes_situations"),
    ("Les violences faites aux femmes ne sont qu'une des problématiques traitées par l'intervenante.",
     "toutes_situations"),
    ("Les VIF ne sont qu'un volet de l'activite du poste.", "toutes_situations"),
    ("Les violences au sein de la famille ne sont que l'une des situations prises en charge.", "toutes_situations"),
    ("Les violences intrafamiliales, bien que fréquentes, ne forment qu'une part de l'activité du poste.",
     "toutes_situations"),
    # a real « ne … que » on the violence
    ("L'intervenant n'est saisi que des violences intrafamiliales.", "vif"),
    ("Seules les violences conjugales relèvent de l'intervenante.", "violences_conjugales"),
]


@pytest.mark.parametrize("text,expected", ONE_AMONG)
def test_one_among_others_is_a_widening(text, expected):
    assert code("situations", text) == expected


# ---- situations: « le seul champ des … tel que défini » restricts the post
SOLE_FIELD = [
    ("Ses missions s'exercent dans le seul domaine des violences intrafamiliales telles que définies à "
     "l'article 2.", "vif"),
    ("L'intervenante agit dans le seul champ des violences conjugales, tel que precise en annexe.",
     "violences_conjugales"),
    ("Le poste a pour seul champ les violences faites aux femmes, telles que définies au 1.3.",
     "violences_faites_aux_femmes"),
    ("Dans le seul cadre des violences au sein de la famille, tel qu'il est défini ci-dessus, l'intervenant "
     "social accueille les personnes.", "vif"),
    ("L'intervenant social intervient pour les seules violences intrafamiliales, telles qu'entendues à "
     "l'article premier.", "vif"),
    ("Son intervention porte sur le seul champ des violences intra-familiales, tel que defini au 1.2.", "vif"),
    # same cue, widening or negation
    ("Son action dépasse le seul champ des violences intrafamiliales telles que définies à l'article 1er.",
     "toutes_situations"),
    ("Il n'intervient pas dans le seul champ des violences conjugales.", "toutes_situations"),
    ("Au-delà du seul champ des violences intrafamiliales, il accueille toute personne en difficulté.",
     "toutes_situations"),
    ("Il intervient dans le champ des violences intrafamiliales, tel que défini au 1.2, et dans celui des "
     "autres difficultés sociales.", "toutes_situations"),
    ("L'intervenant ne se limite pas au seul domaine des violences faites aux femmes.", "toutes_situations"),
]


@pytest.mark.parametrize("text,expected", SOLE_FIELD)
def test_sole_field_with_a_definition_reference(text, expected):
    assert code("situations", text) == expected
