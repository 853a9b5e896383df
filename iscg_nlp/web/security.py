"""Who may talk to the review app, and what the browser is allowed to do with its pages.

- Without a token the app answers only to a loopback Host header (a web page elsewhere cannot reach it by
  DNS rebinding); with a token, every request carries it (query string once, then an HttpOnly cookie).
- Every POST carries the per-session CSRF token, compared in constant time.
- Pages forbid inline scripts and framing (CSP) and MIME sniffing.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from urllib.parse import urlencode

from flask import Flask, abort, redirect, request, session

TOKEN_COOKIE = "iscg_jeton"
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'{extra_style}; img-src 'self' data:; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _host_name(header: str) -> str:
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(str(a).encode(), str(b).encode())


def csrf_token() -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def install(app: Flask, token: str | None) -> None:
    """Register the checks (before every request) and the headers (after)."""

    @app.before_request
    def _gate():
        if token is None:
            if not is_loopback(_host_name(request.host or "")):
                abort(403, description="Cette adresse n'est pas autorisée : l'application de relecture "
                                       "répond seulement sur cet ordinateur (127.0.0.1).")
        else:
            given = request.args.get("jeton")
            if given is not None:
                if not same(given, token):
                    abort(403, description="Jeton d'accès incorrect.")
                args = {k: v for k, v in request.args.items(multi=False) if k != "jeton"}
                target = request.path + ("?" + urlencode(args) if args else "")
                resp = redirect(target, code=303)
                resp.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="Strict",
                                secure=request.is_secure)
                return resp
            if not same(request.cookies.get(TOKEN_COOKIE), token):
                abort(403, description="Accès refusé : ouvrez l'adresse complète donnée au lancement "
                                       "(elle contient le jeton d'accès, « ?jeton=… »).")
        if request.method == "POST":
            if not same(request.form.get("csrf"), session.get("csrf")):
                abort(400, description="Ce formulaire a expiré ou ne vient pas de cette application. "
                                       "Rechargez la page et recommencez : rien n'a été enregistré.")
        return None

    @app.after_request
    def _headers(resp):
        extra = getattr(resp, "style_hashes", None)
        resp.headers["Content-Security-Policy"] = CSP.format(
            extra_style="".join(f" 'sha256-{h}'" for h in extra or ()))
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["X-Frame-Options"] = "DENY"
        resp.headers["Referrer-Policy"] = "no-referrer"
        if resp.mimetype == "text/html":
            resp.headers["Cache-Control"] = "no-store"
        return resp

    app.jinja_env.globals["csrf_token"] = csrf_token
