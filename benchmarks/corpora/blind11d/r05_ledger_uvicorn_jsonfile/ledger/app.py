import asyncio
import logging

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route

from ledger import jobs
from ledger.db import database

log = logging.getLogger(__name__)
_background: set[asyncio.Task] = set()


async def homepage(request: Request) -> PlainTextResponse:
    return PlainTextResponse("ledger ok")


async def list_entries(request: Request) -> JSONResponse:
    account = request.query_params.get("account")
    rows = await database.fetch_all(
        "SELECT id, account, debit, credit, booked_on FROM entries WHERE account = :a ORDER BY id DESC LIMIT 100",
        {"a": account},
    )
    log.info("listed %d entries for %s", len(rows), account)
    return JSONResponse([{**r, "booked_on": str(r["booked_on"])} for r in rows])


async def post_entry(request: Request) -> JSONResponse:
    body = await request.json()
    if body.get("debit", 0) and body.get("credit", 0):
        log.warning("rejected entry with both debit and credit: %s", body)
        return JSONResponse({"error": "debit or credit, not both"}, status_code=400)
    entry_id = await database.execute(
        "INSERT INTO entries (account, debit, credit, booked_on) VALUES (:account, :debit, :credit, now()) RETURNING id",
        {"account": body["account"], "debit": body.get("debit", 0), "credit": body.get("credit", 0)},
    )
    log.info("entry %s booked on %s", entry_id, body["account"])
    return JSONResponse({"id": entry_id}, status_code=201)


async def on_startup() -> None:
    await database.connect()
    task = asyncio.create_task(jobs.reconcile())
    _background.add(task)
    task.add_done_callback(_background.discard)
    log.info("database connected, reconcile job started")


async def on_shutdown() -> None:
    await database.disconnect()


app = Starlette(
    routes=[
        Route("/", homepage),
        Route("/entries", list_entries),
        Route("/entries", post_entry, methods=["POST"]),
    ],
    on_startup=[on_startup],
    on_shutdown=[on_shutdown],
)
