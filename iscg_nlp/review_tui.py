"""`iscg review`: the same review as the browser app, in a terminal, one indicator at a time.

It walks through every indicator still waiting for a person (never decided, or in disagreement with the
latest analysis) in the conventions not yet validated, so quitting and coming back resumes where the
reviewer stopped. Input comes through `input_fn`, so tests drive it with a list of answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from rich.console import Console
from rich.text import Text

from .store import ReviewStore, StoreError
from .web.review import REVIEW_KEYS, IndicatorView, context, indicator_views, locate, parse_value

HELP = ("[Entrée/c] confirmer · [1-9] autre valeur · [v] saisir une valeur · [m] commentaire · "
        "[s] passer · [p] précédent · [q] quitter")


@dataclass
class _Item:
    doc_id: int
    file_name: str
    key: str


class _Quit(Exception):
    pass


def _queue(store: ReviewStore) -> list[_Item]:
    items = []
    for doc in store.documents(with_text=False):
        if doc["status"] == "validee":
            continue
        pending = store.pending(doc["id"])
        items += [_Item(doc["id"], doc["file_name"], k) for k in REVIEW_KEYS if k in pending]
    return items


class _Session:
    def __init__(self, store: ReviewStore, reviewer: str, console: Console, ask: Callable[[str], str]):
        self.store, self.reviewer, self.console, self.ask_fn = store, reviewer, console, ask
        self.decided = 0

    def ask(self, prompt: str) -> str:
        try:
            return self.ask_fn(prompt)
        except (EOFError, KeyboardInterrupt):
            raise _Quit from None

    # ------------------------------------------------------------------ showing

    def show(self, item: _Item, view: IndicatorView, position: str) -> None:
        c = self.console
        c.rule(Text(f"{item.file_name} — {position}", style="bold"))
        c.print(Text(view.label, style="bold underline"))
        line = Text("Proposition de l'outil : ")
        line.append(view.show(view.suggested), style="bold")
        if view.confidence is not None:
            line.append(f"  (confiance {round(view.confidence * 100)} %)")
        c.print(line)
        if view.decision is not None:
            c.print(Text(f"Décision en vigueur : {view.show(view.decision.value)} — {view.decision.reviewer}"
                         + (f" : « {view.decision.comment} »" if view.decision.comment else "")))
        if view.conflict:
            c.print(Text(f"Désaccord : la dernière analyse propose « {view.show(view.conflict[1])} » alors que "
                         f"{view.decision.reviewer} a décidé « {view.show(view.conflict[0])} ».",
                         style="bold yellow"))
        if view.explanation:
            c.print(Text(view.explanation, style="italic"))
        doc = self.store.document(item.doc_id) or {}
        text = doc.get("text") or ""
        for n, p in enumerate(locate(text, view.evidence), start=1):
            where = " · ".join(x for x in (p.article, f"page {p.page}" if p.page else None) if x)
            c.print(Text(f"Passage {n}" + (f" ({where})" if where else "") + " :", style="dim"))
            if p.start is None:
                c.print(Text(f"  « {p.text} » (introuvable dans le texte)"))
                continue
            before, quote, after = context(text, p.start, p.end)
            shown = Text("  ")
            shown.append(before.lstrip("\n"))
            shown.append(quote, style="black on yellow")
            shown.append(after.rstrip("\n"))
            c.print(shown)
        if view.choices:
            for i, (code, label) in enumerate(view.choices.items(), start=1):
                mark = " (proposé)" if code == view.suggested else ""
                c.print(Text(f"  {i}. {label}{mark}"))
        c.print(Text(HELP + (" · [g] garder la décision" if view.conflict else ""), style="dim"))

    # ------------------------------------------------------------------ one item

    def review(self, item: _Item, position: str) -> str:
        """Show one indicator and act on answers; returns 'next', 'back' or 'skip'."""
        views = {v.key: v for v in indicator_views(self.store, item.doc_id)}
        view = views.get(item.key)
        if view is None:
            return "next"
        self.show(item, view, position)
        seen = view.decision.id if view.decision else None
        comment: str | None = None
        while True:
            answer = self.ask("> ").strip().lower()
            value: Any = None
            if answer in ("", "c"):
                value = view.suggested
            elif answer == "q":
                raise _Quit
            elif answer == "s":
                return "skip"
            elif answer == "p":
                return "back"
            elif answer == "m":
                comment = self.ask("Commentaire : ").strip() or None
                self.console.print("Commentaire noté ; il accompagnera votre décision.")
                continue
            elif answer == "g" and view.conflict:
                value = view.decision.value
            elif answer.isdigit() and view.choices:
                codes = list(view.choices)
                if not 1 <= int(answer) <= len(codes):
                    self.console.print(f"Choisissez un numéro entre 1 et {len(codes)}.")
                    continue
                value = codes[int(answer) - 1]
                if comment is None and value != view.suggested:
                    comment = self.ask("Commentaire (facultatif, Entrée pour aucun) : ").strip() or None
            elif answer == "v" and view.free:
                try:
                    value = self._typed(view.key)
                except ValueError as exc:
                    self.console.print(Text(str(exc), style="red"))
                    continue
            else:
                self.console.print(Text("Réponse non comprise. " + HELP))
                continue
            result = self.store.decide(item.doc_id, item.key, value, self.reviewer, comment, seen)
            self.decided += 1
            if result.superseded is not None:
                s = result.superseded
                self.console.print(Text(
                    f"Attention : {s.reviewer} avait décidé « {view.show(s.value)} » entre-temps. Les deux "
                    "décisions sont gardées ; la vôtre s'applique.", style="yellow"))
            self.console.print(Text(f"Enregistré : {view.label} = {view.show(value)}", style="green"))
            return "next"

    def _typed(self, key: str) -> Any:
        if key == "annee_signature":
            return parse_value(key, self.ask("Année de signature (vide : aucune) : "))
        montant = self.ask("Montant par an en euros (vide : inconnu) : ")
        return parse_value(key, montant, self.ask("ETP (vide : inconnu) : "))

    def offer_validation(self, doc_id: int, file_name: str) -> None:
        if self.store.pending(doc_id):
            return
        doc = self.store.document(doc_id) or {}
        if doc.get("status") == "validee":
            return
        answer = self.ask(f"Tous les indicateurs de « {file_name} » sont relus. Valider la convention ? [o/N] ")
        if answer.strip().lower() in ("o", "oui", "y"):
            number = self.store.validate(doc_id, self.reviewer)
            self.console.print(Text(f"Convention validée : numéro d'enregistrement {number}.", style="bold green"))


def run_review(store_path: str | Path, reviewer: str | None = None, console: Console | None = None,
               input_fn: Callable[[str], str] = input) -> int:
    """Review pending indicators one by one; returns the number of decisions recorded."""
    console = console or Console(highlight=False)
    if not Path(store_path).is_file():
        raise StoreError(f"La base de relecture « {store_path} » n'existe pas : lancez d'abord "
                         "« iscg analyze DOSSIER --store BASE ».")
    store = ReviewStore(store_path)
    try:
        while not (reviewer or "").strip():
            try:
                reviewer = input_fn("Votre nom de relecteur : ")
            except (EOFError, KeyboardInterrupt):
                return 0
        reviewer = " ".join(reviewer.split())
        session = _Session(store, reviewer, console, input_fn)
        queue = _queue(store)
        if not queue:
            console.print("Rien à relire : toutes les valeurs proposées ont été décidées.")
            return 0
        console.print(Text(f"{len(queue)} indicateur(s) à relire dans "
                           f"{len({i.doc_id for i in queue})} convention(s). {HELP}"))
        index = 0
        try:
            while index < len(queue):
                item = queue[index]
                outcome = session.review(item, f"indicateur {index + 1} sur {len(queue)}")
                if outcome == "back":
                    if index == 0:
                        console.print("Vous êtes au premier indicateur.")
                    index = max(index - 1, 0)
                    continue
                if outcome == "next" and (index + 1 == len(queue) or queue[index + 1].doc_id != item.doc_id):
                    session.offer_validation(item.doc_id, item.file_name)
                index += 1
        except _Quit:
            console.print("Relecture interrompue : vous reprendrez au prochain indicateur non décidé.")
        console.print(f"{session.decided} décision(s) enregistrée(s) au nom de {reviewer}.")
        return session.decided
    finally:
        store.close()


def run_review_cli(args) -> int:
    """CLI: `iscg review [--store DB] [--reviewer NOM]`."""
    from .store import DEFAULT_STORE

    run_review(getattr(args, "store", None) or DEFAULT_STORE, getattr(args, "reviewer", None))
    return 0
