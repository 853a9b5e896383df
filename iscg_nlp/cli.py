"""`iscg`: the command line, a thin layer over the library (every stage lives in its own module).

Every message is in French; no Python traceback reaches the user unless --debug is given.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from pathlib import Path

from . import __version__
from .errors import InputError, IscgError

_ARGPARSE_FR = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "show program's version number and exit": "afficher la version et quitter",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (possibles : %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "invalid %(type)s value: %(value)r": "valeur invalide (%(type)s attendu) : %(value)r",
    "expected one argument": "une valeur attendue",
}


def _french(message: str) -> str:
    return _ARGPARSE_FR.get(message, message)


argparse._ = _french  # argparse looks its messages up through this module-level name at call time

EPILOG = "Documentation : README.md du projet. Les codes de sortie sont décrits dans l'aide de chaque commande."


class _FrenchParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own messages stay English; frame them in French
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : erreur dans la commande : {message}\n")


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--debug", action="store_true", help="afficher le détail technique des erreurs")
    p.add_argument("--rules", metavar="DOSSIER", help="dossier des règles (par défaut : rules/ du projet)")
    p.add_argument("--model", metavar="FICHIER", help="convention-type de référence (par défaut : model_template/)")


def build_parser() -> argparse.ArgumentParser:
    parser = _FrenchParser(prog="iscg", description=(
        "Codage assisté des conventions de postes d'intervenant social en commissariat et gendarmerie (ISCG)."),
        epilog=EPILOG)
    parser.add_argument("--version", action="version", version=f"iscg-nlp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=_FrenchParser)

    p = sub.add_parser("analyze", help="coder une ou plusieurs conventions (fichiers ou dossiers)",
                       description="Code les 14 indicateurs et l'avis de chaque convention, avec les passages cités.")
    p.add_argument("paths", nargs="+", metavar="CHEMIN")
    p.add_argument("--format", choices=["jsonl", "table"], default="table",
                   help="jsonl : une ligne JSON par fichier (contrat du CODEBOOK) ; table : résumé lisible")
    p.add_argument("--store", metavar="BASE", help="enregistrer les suggestions dans la base de relecture SQLite")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="nombre de processus d'analyse en parallèle (défaut : nombre de cœurs)")
    p.add_argument("--no-cache", action="store_true", help="ne pas réutiliser les résultats déjà calculés")
    p.add_argument("--timeout", type=float, default=120.0, metavar="SECONDES",
                   help="temps maximal par fichier (défaut : 120 s)")
    p.add_argument("--memory-mb", type=int, default=2048, metavar="Mo",
                   help="mémoire autorisée pour analyser un fichier, en plus du modèle chargé (défaut : 2048 Mo)")
    p.add_argument("--max-pages", type=int, default=None, metavar="N",
                   help="nombre maximal de pages par document (défaut : 500)")
    _add_common(p)

    p = sub.add_parser("inspect", help="montrer ce qui a été lu : articles, parties, signataires, dates, rapport d'extraction")
    p.add_argument("path", metavar="FICHIER")
    p.add_argument("--format", choices=["json", "table"], default="table")
    p.add_argument("--debug", action="store_true", help="afficher le détail technique des erreurs")

    p = sub.add_parser("explain", help="toutes les règles déclenchées ou bloquées pour un indicateur")
    p.add_argument("path", metavar="FICHIER")
    p.add_argument("indicator", metavar="INDICATEUR")
    _add_common(p)

    p = sub.add_parser("evaluate", help="comparer le codage de l'outil à un codage de référence (gold)")
    p.add_argument("--gold", required=True, metavar="GOLD.jsonl")
    p.add_argument("paths", nargs="+", metavar="CHEMIN")
    p.add_argument("--format", choices=["table", "json"], default="table")
    _add_common(p)

    p = sub.add_parser("diff", help="comparer une convention à la convention-type, article par article")
    p.add_argument("path", metavar="FICHIER")
    p.add_argument("-o", "--output", metavar="FICHIER", help="fichier de sortie (HTML ou JSON)")
    p.add_argument("--format", choices=["html", "json", "terminal"], default=None,
                   help="html (défaut si -o), terminal (défaut sinon) ou json")
    _add_common(p)

    p = sub.add_parser("cache", help="gérer le cache des résultats et des règles chargées")
    p.add_argument("action", choices=["clear"], help="clear : vider le cache")

    p = sub.add_parser("serve", help="ouvrir la relecture dans le navigateur (sur cet ordinateur)")
    p.add_argument("--store", default=None, metavar="BASE", help="base de relecture (défaut : iscg-review.sqlite)")
    p.add_argument("--host", default="127.0.0.1", help="adresse d'écoute (défaut : 127.0.0.1, cet ordinateur seulement)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--token", default=None, metavar="JETON",
                   help="jeton d'accès, obligatoire si l'adresse n'est pas 127.0.0.1 (12 caractères au moins)")
    p.add_argument("--model", metavar="FICHIER", help="convention-type de référence pour l'onglet de comparaison")
    p.add_argument("--debug", action="store_true", help="afficher le détail technique des erreurs")

    p = sub.add_parser("review", help="relire les propositions une par une dans le terminal")
    p.add_argument("--store", default=None, metavar="BASE")
    p.add_argument("--reviewer", default=None, metavar="NOM", help="votre nom (demandé sinon)")
    p.add_argument("--debug", action="store_true", help="afficher le détail technique des erreurs")

    p = sub.add_parser("export", help="exporter le codage (une ligne par convention) en CSV, XLSX ou JSONL")
    p.add_argument("--store", default=None, metavar="BASE")
    p.add_argument("--format", choices=["csv", "xlsx", "jsonl"], required=True)
    p.add_argument("-o", "--output", default=None, metavar="FICHIER")
    p.add_argument("--debug", action="store_true", help="afficher le détail technique des erreurs")

    p = sub.add_parser("backup", help="copie cohérente de la base de relecture, même pendant son utilisation")
    p.add_argument("--store", default=None, metavar="BASE")
    p.add_argument("destination", nargs="?", default=None, metavar="DESTINATION")
    p.add_argument("-o", "--output", default=None, metavar="FICHIER", help="fichier de la copie")
    p.add_argument("--debug", action="store_true", help="afficher le détail technique des erreurs")

    p = sub.add_parser("stats", help="tableaux et graphiques de l'étude, pour un dossier ou la base de relecture")
    p.add_argument("paths", nargs="*", metavar="CHEMIN", help="fichiers, dossiers ou résultats .jsonl")
    p.add_argument("--store", default=None, metavar="BASE", help="utiliser la base de relecture (décisions validées)")
    p.add_argument("-o", "--output", default=None, metavar="FICHIER", help="rapport HTML (défaut : statistiques-iscg.html)")
    p.add_argument("--xlsx", default=None, metavar="FICHIER", help="classeur XLSX, une feuille par tableau")
    p.add_argument("--anonymize", action="store_true", help="version publique : noms de personnes, lieux et organismes masqués")
    p.add_argument("--since", type=int, default=2020, metavar="ANNÉE",
                   help="proximité au modèle des conventions signées depuis cette année (défaut : 2020)")
    p.add_argument("--no-cache", action="store_true", help="ne pas réutiliser les résultats déjà calculés")
    _add_common(p)

    p = sub.add_parser("families", help="repérer les conventions copiées les unes sur les autres")
    p.add_argument("paths", nargs="+", metavar="CHEMIN")
    p.add_argument("--threshold", type=float, default=0.65, metavar="SEUIL",
                   help="similarité à partir de laquelle deux conventions sont de la même famille (défaut : 0,65)")
    _add_common(p)

    p = sub.add_parser("learn", help="entraîner un second avis sur les décisions des relecteurs")
    p.add_argument("--store", default=None, metavar="BASE")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.add_argument("--force", action="store_true", help="réentraîner même si les décisions n'ont pas changé")
    p.add_argument("--rules", metavar="DOSSIER", help="dossier des règles (par défaut : rules/ du projet)")
    p.add_argument("--debug", action="store_true", help="afficher le détail technique des erreurs")

    p = sub.add_parser("rules-report", help="quelles règles les relecteurs confirment ou corrigent")
    p.add_argument("--store", default=None, metavar="BASE")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.add_argument("--debug", action="store_true", help="afficher le détail technique des erreurs")

    from .check import HELP as CHECK_HELP

    p = sub.add_parser("check", help="pré-analyse d'un projet de convention, renvoyé avec des commentaires Word",
                       description=CHECK_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("draft", metavar="PROJET")
    p.add_argument("-o", "--outdir", metavar="DOSSIER", default=None,
                   help="dossier où écrire le rapport HTML et le document commenté (défaut : dossier courant)")
    _add_common(p)
    return parser


# --------------------------------------------------------------------------- commands


def _console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def cmd_analyze(args) -> int:
    from .batch import run_batch

    return run_batch(args)


def cmd_inspect(args) -> int:
    from .extract import read_document
    from .segment import segment, structure_to_json

    doc = read_document(args.path)
    structure = segment(doc)
    data = structure_to_json(structure, doc)
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    from .render_inspect import render_inspect

    render_inspect(data, doc, _console())
    return 0


def cmd_explain(args) -> int:
    from .explain import explain

    return explain(args.path, args.indicator, rules_dir=args.rules, model_path=args.model, console=_console())


def cmd_evaluate(args) -> int:
    from .evaluate import run_evaluate

    return run_evaluate(args.gold, args.paths, fmt=args.format, rules_dir=args.rules,
                        model_path=args.model, console=_console())


def cmd_diff(args) -> int:
    from .compare import run_diff

    fmt = args.format or ("html" if args.output else "terminal")
    run_diff(args.path, model_path=args.model, fmt=fmt, out=args.output)
    if args.output:
        print(f"Comparaison écrite dans {args.output}", file=sys.stderr)
    return 0


def cmd_cache(args) -> int:
    from . import ruleset_store
    from .cache import cache_dir, clear_cache

    n = clear_cache()
    rules = ruleset_store.clear()
    print(f"Cache vidé : {n} résultat(s) et {rules} jeu(x) de règles enregistré(s) supprimé(s) "
          f"({cache_dir().parent}).")
    return 0


def cmd_check(args) -> int:
    from .check import EXIT_INPUT_ERROR, run_check

    try:
        return run_check(args)
    except IscgError as exc:  # a bad rules or model file: not an avis, so never 0/1/2
        print(f"Erreur : {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR


def cmd_serve(args) -> int:
    from .web import run_serve

    return run_serve(args) or 0


def cmd_review(args) -> int:
    from .review_tui import run_review_cli

    return run_review_cli(args) or 0


def cmd_export(args) -> int:
    from .export import run_export

    return run_export(args) or 0


def cmd_backup(args) -> int:
    from .backup import run_backup

    return run_backup(args)


def cmd_learn(args) -> int:
    from .learn import run_learn

    return run_learn(args) or 0


def cmd_rules_report(args) -> int:
    from .learn import run_rules_report

    return run_rules_report(args) or 0


def cmd_stats(args) -> int:
    from .stats import run_stats

    if not args.paths and not args.store:
        raise IscgError("Indiquez des fichiers ou dossiers à analyser, ou une base de relecture (--store).")
    return run_stats(args) or 0


def cmd_families(args) -> int:
    from .families import run_families

    return run_families(args) or 0


COMMANDS = {
    "stats": cmd_stats,
    "families": cmd_families,
    "learn": cmd_learn,
    "rules-report": cmd_rules_report,
    "serve": cmd_serve,
    "review": cmd_review,
    "export": cmd_export,
    "backup": cmd_backup,
    "check": cmd_check,
    "cache": cmd_cache,
    "analyze": cmd_analyze,
    "inspect": cmd_inspect,
    "explain": cmd_explain,
    "evaluate": cmd_evaluate,
    "diff": cmd_diff,
}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 0
    debug = getattr(args, "debug", False)
    try:
        return int(COMMANDS[args.command](args) or 0)
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        return 130
    except IscgError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        if debug:
            traceback.print_exc()
        return 2
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: say it in French, keep the traceback for --debug
        print(f"Erreur inattendue ({type(exc).__name__}). Relancez avec --debug pour le détail.", file=sys.stderr)
        if debug:
            traceback.print_exc()
        return 3


if __name__ == "__main__":
    sys.exit(main())
