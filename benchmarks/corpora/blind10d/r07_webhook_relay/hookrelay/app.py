"""hookrelay: ASGI app served by uvicorn."""
import os

import uvicorn

from hookrelay import deliver, logs, signing, targets
from hookrelay.compat import json, logging

log = logging.getLogger("hookrelay.http")
SECRET = os.environ.get("HOOKRELAY_SECRET", "s3cret").encode()


async def read_body(receive) -> bytes:
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            return body


async def respond(send, status: int, payload: dict) -> None:
    await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": json.dumps(payload).encode()})


async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    path = scope["path"]
    if path == "/healthz":
        await respond(send, 200, {"ok": True})
        return
    body = await read_body(receive)
    headers = dict(scope["headers"])
    if not signing.verify(SECRET, body, headers.get(b"x-signature", b"").decode()):
        log.warning("bad signature on %s", path)
        await respond(send, 401, {"error": "signature"})
        return
    route = await targets.resolve(path)
    if route is None:
        await respond(send, 404, {"error": "no route"})
        return
    ok = await deliver.deliver(route, body)
    log.info("%s -> %s: %s", path, route.name, "delivered" if ok else "dead-lettered")
    await respond(send, 202 if ok else 502, {"delivered": ok})


def demo_requests():
    def signed(path, body):
        return ("POST", path, body, [(b"x-signature", signing.sign(SECRET, body).encode())])

    return [
        ("GET", "/healthz"),
        signed("/hooks/github", b'{"action": "completed"}'),
        signed("/hooks/stripe", b'{"type": "invoice.paid"}'),
        ("POST", "/hooks/github", b"{}", [(b"x-signature", b"sha256=forged")]),
        signed("/hooks/unknown", b"{}"),
    ]


def main() -> None:
    logs.setup(os.environ.get("HOOKRELAY_LOG_DIR", "logs"))
    uvicorn.run(app, host="0.0.0.0", port=8080, requests=demo_requests())


if __name__ == "__main__":
    main()
