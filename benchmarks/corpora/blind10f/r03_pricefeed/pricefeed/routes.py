from __future__ import annotations

import asyncio
import logging

from fastapi import APIRouter, HTTPException, WebSocket, WebSocketDisconnect
from pydantic import BaseModel

from pricefeed.feeds import CACHE
from pricefeed.settings import settings

router = APIRouter()
log = logging.getLogger("pricefeed.api")
# shows up in the container output next to uvicorn's own lines
ulog = logging.getLogger("uvicorn.error")

ALERTS: list["Alert"] = []


class Alert(BaseModel):
    symbol: str
    above: float


@router.get("/health")
async def health() -> dict:
    ulog.info("health check, %d symbols cached", len(CACHE))
    return {"ok": True, "symbols": len(CACHE)}


@router.get("/price/{symbol}")
async def price(symbol: str) -> dict:
    symbol = symbol.upper()
    if symbol not in CACHE:
        log.info("cache miss for %s", symbol)
        raise HTTPException(404, f"unknown symbol {symbol}")
    return {"symbol": symbol, "price": CACHE[symbol]}


@router.post("/alerts", status_code=201)
async def create_alert(alert: Alert) -> Alert:
    if len(ALERTS) >= settings.max_alerts:
        logging.warning("alert limit reached, rejecting %s", alert.symbol)
        raise HTTPException(429, "too many alerts")
    ALERTS.append(alert)
    return alert


@router.websocket("/ws/{symbol}")
async def stream(ws: WebSocket, symbol: str) -> None:
    await ws.accept()
    ulog.info("websocket client for %s connected", symbol)
    try:
        while True:
            await ws.send_json({"symbol": symbol, "price": CACHE.get(symbol.upper())})
            await asyncio.sleep(1)
    except WebSocketDisconnect:
        ulog.info("websocket client for %s left", symbol)
