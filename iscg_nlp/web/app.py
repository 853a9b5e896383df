"""Routes of the review app. Every page is French; every decision names its reviewer.

Only ids travel in URLs and forms: the document's text and file path always come from the store.
"""

from __future__ import annotations

import io
import os
import secrets
from pathlib import Path
from urllib.parse import quote, unquote

from flask import (Flask, abort, flash, g, make_response, redirect, render_template, request, send_file, session,
                   url_for)
from werkzeug.exceptions import HTTPException

from ..labels import AVIS_LABELS, VALUE_LABELS
from ..store import STATUSES, ReviewStore, StoreError
from . import security
from .review import REVIEW_KEYS, choices, display, indicator_views, locate, parse_value, review_label, segments

NAME_COOKIE = "iscg_relecteur"
MAX_COMMENT = 4000


def create_app(store_path, token: str | None = None, *, model_path=None) -> Flask:
    app = Flask(__name__, template_folder="templates", static_folder="static")
    app.config.update(
        SECRET_KEY=session_key(Path(store_path)), STORE_PATH=str(store_path), MODEL_PATH=model_path,
        SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax", SESSION_COOKIE_NAME="iscg_session",
        MAX_CONTENT_LENGTH=64 * 1024, SEND_FILE_MAX_AGE_DEFAULT=0)
    security.install(app, token)
    app.jinja_env.globals.update(display=display, review_label=review_label, statuses=STATUSES,
                                 reviewer_name=_reviewer)
    _routes(app)
    return app


def session_key(store_path: Path) -> bytes:
    """The key signing the session cookie, kept beside the store so a restart keeps open forms valid.

    A reviewer who left a page open while the app was restarted must not lose the decision they are
    about to send. Where the key cannot be written (read-only folder), a key for this process only is
    used: forms opened before a restart are then refused, in French, and nothing is recorded.
    """
    key_path = store_path.with_name(store_path.name + ".cle-session")
    try:
        key = key_path.read_bytes()
        if len(key) >= 32:
            return key
    except OSError:
        pass
    key = secrets.token_bytes(32)
    try:
        fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(key)
    except OSError:
        return key
    return key


# --------------------------------------------------------------------------- helpers


def _store() -> ReviewStore:
    if "store" not in g:
        from flask import current_app

        g.store = ReviewStore(current_app.config["STORE_PATH"])
    return g.store


def _reviewer() -> str:
    return unquote(request.cookies.get(NAME_COOKIE, "")).strip()[:80]


def _local(target: str | None, default: str) -> str:
    """Only same-site paths may be redirected to."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return default


def _int(raw: str | None) -> int | None:
    try:
        return int(raw) if raw not in (None, "") else None
    except ValueError:
        return None


def _document_or_404(doc_id: int) -> dict:
    doc = _store().document(doc_id)
    if doc is None:
        abort(404, description=f"Aucune convention n° {doc_id} dans la base de relecture.")
    return doc


def _notices(doc_id: int, reviewer: str) -> list[str]:
    """Tell a reviewer, once, that someone replaced one of their decisions since their last look."""
    history = _store().history(doc_id)
    seen_all = session.get("vu", {})
    mark = seen_all.get(str(doc_id))
    out = []
    if mark is not None and reviewer:
        mine: dict[str, object] = {}
        for d in history:
            if d.reviewer == reviewer:
                mine[d.indicator] = d
            elif d.id > mark and d.indicator in mine:
                out.append(f"{d.reviewer} a remplacé votre décision sur « {review_label(d.indicator)} » "
                           f"(« {display(d.indicator, mine[d.indicator].value)} ») par "
                           f"« {display(d.indicator, d.value)} » le {_when(d.decided_at)}. "
                           "Les deux décisions sont gardées dans l'historique ; la plus récente s'applique.")
    seen_all[str(doc_id)] = history[-1].id if history else 0
    session["vu"] = seen_all
    return out


def _when(stamp: str | None) -> str:
    if not stamp:
        return ""
    from datetime import datetime

    try:
        t = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    return t.strftime("%d/%m/%Y à %H:%M")


def _latest_id(doc_id: int) -> int:
    history = _store().history(doc_id)
    return history[-1].id if history else 0


# --------------------------------------------------------------------------- routes


def _routes(app: Flask) -> None:
    app.jinja_env.filters["when"] = _when

    @app.teardown_appcontext
    def _close(_exc):
        store = g.pop("store", None)
        if store is not None:
            store.close()

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        titles = {400: "Demande refusée", 403: "Accès refusé", 404: "Page introuvable",
                  405: "Action impossible", 413: "Envoi trop volumineux"}
        message = exc.description if exc.description and not exc.description.startswith(
            ("The ", "You ", "Method ")) else titles.get(exc.code or 500, "Erreur")
        return render_template("erreur.html", title=titles.get(exc.code or 500, "Erreur"),
                               message=message), exc.code or 500

    @app.errorhandler(StoreError)
    def _store_error(exc: StoreError):
        return render_template("erreur.html", title="Base de relecture", message=str(exc)), 503

    @app.get("/")
    def liste():
        store = _store()
        wanted = {k: request.args.get(k, "") for k in ("statut", "avis", "employeur", "critere")}
        rows, counts = [], {k: 0 for k in STATUSES}
        done = total = 0
        for doc in store.documents(with_text=False):
            counts[doc["status"]] += 1
            eff = store.effective(doc["id"])
            pending = store.pending(doc["id"])
            total += len(eff)
            done += len(eff) - len(pending & set(eff))
            row = {"doc": doc, "eff": eff, "pending": len(pending), "n": len(eff),
                   "conflicts": len(store.conflicts(doc["id"]))}
            if wanted["statut"] and doc["status"] != wanted["statut"]:
                continue
            if wanted["avis"] and eff.get("avis", (None,))[0] != wanted["avis"]:
                continue
            if wanted["employeur"] and eff.get("type_employeur", (None,))[0] != wanted["employeur"]:
                continue
            if wanted["critere"]:
                key, _, value = wanted["critere"].partition("=")
                if key not in eff or str(eff[key][0]) != value:
                    continue
            rows.append(row)
        criteria = [(review_label(k), [(f"{k}={v}", label) for v, label in choices(k).items()])
                    for k in REVIEW_KEYS if choices(k) and k not in ("avis", "type_employeur")]
        return render_template("liste.html", rows=rows, counts=counts, done=done, total=total,
                               wanted=wanted, avis_labels=AVIS_LABELS, criteria=criteria,
                               employeurs=VALUE_LABELS["type_employeur"], n_docs=sum(counts.values()))

    @app.route("/relecteur", methods=["GET", "POST"])
    def relecteur():
        target = _local(request.values.get("suivant"), url_for("liste"))
        if request.method == "POST":
            name = " ".join((request.form.get("nom") or "").split())[:80]
            if not name:
                flash("Indiquez votre nom (il est enregistré avec chacune de vos décisions).", "erreur")
                return redirect(url_for("relecteur", suivant=target))
            resp = redirect(target, code=303)
            resp.set_cookie(NAME_COOKIE, quote(name), max_age=365 * 24 * 3600, httponly=True, samesite="Lax")
            flash(f"Bonjour {name} : vos décisions seront enregistrées à ce nom.", "info")
            return resp
        return render_template("relecteur.html", suivant=target)

    @app.get("/convention/<int:doc_id>")
    def convention(doc_id: int):
        store = _store()
        doc = _document_or_404(doc_id)
        views = indicator_views(store, doc_id)
        if not views:
            abort(404, description="Cette convention n'a pas encore d'analyse.")
        keys = [v.key for v in views]
        wanted = request.args.get("indicateur")
        if wanted not in keys:
            wanted = next((v.key for v in views if v.pending), keys[0])
        index = keys.index(wanted)
        current = views[index]
        text = doc.get("text") or ""
        passages = locate(text, current.evidence)
        pieces = segments(text, passages) if text else []
        reviewer = _reviewer()
        notices = _notices(doc_id, reviewer)
        from iscg_nlp.learn.opinion import second_opinion_for_document
        from iscg_nlp.learn.render import second_opinion_rows

        opinion = second_opinion_for_document(app.config["STORE_PATH"], doc_id)
        opinions = second_opinion_rows({"second_opinion": opinion}) if opinion else []
        doc_list = [d["id"] for d in store.documents(with_text=False)]
        pos = doc_list.index(doc_id)
        return render_template(
            "convention.html", doc=doc, views=views, current=current, passages=passages, pieces=pieces,
            prev_key=keys[index - 1] if index > 0 else None,
            next_key=keys[index + 1] if index + 1 < len(keys) else None,
            prev_doc=doc_list[pos - 1] if pos > 0 else None,
            next_doc=doc_list[pos + 1] if pos + 1 < len(doc_list) else None,
            notices=notices, reviewer=reviewer, pending=[v for v in views if v.pending], opinions=opinions,
            latest_id=_latest_id(doc_id), tab="relecture", has_text=bool(text))

    @app.post("/convention/<int:doc_id>/decision")
    def decision(doc_id: int):
        store = _store()
        _document_or_404(doc_id)
        key = request.form.get("indicateur", "")
        back = url_for("convention", doc_id=doc_id, indicateur=key)
        reviewer = _reviewer()
        if not reviewer:
            flash("Indiquez d'abord votre nom de relecteur.", "erreur")
            return redirect(url_for("relecteur", suivant=back), code=303)
        views = {v.key: v for v in indicator_views(store, doc_id)}
        if key not in views:
            abort(400, description="Indicateur inconnu pour cette convention.")
        view = views[key]
        action = request.form.get("action")
        comment = (request.form.get("commentaire") or "").strip()[:MAX_COMMENT] or None
        try:
            if action == "confirmer":
                value = view.suggested
            elif action == "garder" and view.decision is not None:
                value = view.decision.value
            elif action == "choisir":
                value = parse_value(key, request.form.get("valeur"), request.form.get("etp"))
            else:
                abort(400, description="Action inconnue.")
        except ValueError as exc:
            flash(str(exc), "erreur")
            return redirect(back, code=303)
        result = store.decide(doc_id, key, value, reviewer, comment, _int(request.form.get("vu")))
        if result.superseded is not None:
            s = result.superseded
            flash(f"Attention : {s.reviewer} avait décidé « {display(key, s.value)} » sur « {view.label} » "
                  f"le {_when(s.decided_at)}, pendant que vous relisiez. Les deux décisions sont gardées dans "
                  "l'historique ; la vôtre est désormais celle qui s'applique.", "alerte")
        flash(f"Enregistré : « {view.label} » = « {display(key, value)} » ({reviewer}).", "info")
        after = indicator_views(store, doc_id)
        keys = [v.key for v in after]
        following = next((v.key for v in after[keys.index(key) + 1:] if v.pending), None) \
            or next((v.key for v in after if v.pending), key)
        return redirect(url_for("convention", doc_id=doc_id, indicateur=following), code=303)

    @app.post("/convention/<int:doc_id>/validation")
    def validation(doc_id: int):
        store = _store()
        _document_or_404(doc_id)
        back = url_for("convention", doc_id=doc_id)
        reviewer = _reviewer()
        if not reviewer:
            flash("Indiquez d'abord votre nom de relecteur.", "erreur")
            return redirect(url_for("relecteur", suivant=back), code=303)
        seen = _int(request.form.get("vu")) or 0
        newer = [d for d in store.history(doc_id) if d.id > seen and d.reviewer != reviewer]
        if newer:
            who = ", ".join(sorted({d.reviewer for d in newer}))
            flash(f"Validation suspendue : {who} a décidé sur cette convention pendant votre relecture "
                  f"({', '.join(review_label(d.indicator) for d in newer)}). Vérifiez puis validez à nouveau.",
                  "alerte")
            return redirect(back, code=303)
        views = indicator_views(store, doc_id)
        conflicts = [v for v in views if v.conflict]
        if conflicts:
            flash("Validation impossible : tranchez d'abord les désaccords avec la dernière analyse ("
                  + ", ".join(v.label for v in conflicts) + ").", "erreur")
            return redirect(back, code=303)
        undecided = [v for v in views if v.decision is None]
        if undecided and request.form.get("confirmer_reste") != "oui":
            flash(f"Il reste {len(undecided)} indicateur(s) non relu(s) ("
                  + ", ".join(v.label for v in undecided) + "). Relisez-les, ou cochez la case pour confirmer "
                  "les valeurs proposées.", "erreur")
            return redirect(back, code=303)
        for v in undecided:
            store.decide(doc_id, v.key, v.suggested, reviewer, "valeur proposée confirmée à la validation",
                         None)
        number = store.validate(doc_id, reviewer)
        flash(f"Convention validée. Numéro d'enregistrement : {number}.", "succes")
        return redirect(back, code=303)

    @app.get("/convention/<int:doc_id>/historique")
    def historique(doc_id: int):
        store = _store()
        doc = _document_or_404(doc_id)
        history = list(reversed(store.history(doc_id)))
        return render_template("historique.html", doc=doc, history=history, log=store.status_log(doc_id),
                               tab="historique", reviewer=_reviewer())

    @app.get("/convention/<int:doc_id>/comparaison")
    def comparaison(doc_id: int):
        from flask import current_app

        from .redline import redline_for

        doc = _document_or_404(doc_id)
        red = redline_for(doc, current_app.config["MODEL_PATH"])
        resp = make_response(render_template("comparaison.html", doc=doc, red=red, tab="comparaison",
                                             reviewer=_reviewer()))
        if red.style_hash:
            resp.style_hashes = [red.style_hash]
        return resp

    @app.get("/export.<fmt>")
    def telechargement(fmt: str):
        from flask import current_app

        from ..export import FORMATS, export

        if fmt not in FORMATS:
            abort(404, description="Format d'export inconnu (csv, xlsx ou jsonl).")
        buf = io.BytesIO()
        export(current_app.config["STORE_PATH"], fmt, buf)
        buf.seek(0)
        mime = {"csv": "text/csv; charset=utf-8",
                "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "jsonl": "application/x-ndjson; charset=utf-8"}[fmt]
        name = f"relecture-iscg-{Path(current_app.config['STORE_PATH']).stem}.{fmt}"
        return send_file(buf, mimetype=mime, as_attachment=True, download_name=name)
