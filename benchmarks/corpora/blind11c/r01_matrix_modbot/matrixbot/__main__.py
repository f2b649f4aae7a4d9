"""Entry point: ``python -m matrixbot`` or the ``matrixbot`` console script."""

from __future__ import annotations

import asyncio
import logging

from nio import AsyncClient, AsyncClientConfig, InviteMemberEvent, MegolmEvent, RoomMessageText

from matrixbot.callbacks import Callbacks
from matrixbot.config import Config, load_config
from matrixbot.health import watch_homeserver
from matrixbot.logsetup import setup_logging

log = logging.getLogger("matrixbot")


async def main(cfg: Config) -> None:
    client = AsyncClient(
        cfg.homeserver,
        cfg.user_id,
        device_id=cfg.device_id,
        store_path="store",
        config=AsyncClientConfig(store_sync_tokens=True, encryption_enabled=True),
    )
    client.access_token = cfg.access_token
    callbacks = Callbacks(client, cfg)
    client.add_event_callback(callbacks.on_message, RoomMessageText)
    client.add_event_callback(callbacks.on_invite, InviteMemberEvent)
    client.add_event_callback(callbacks.on_undecryptable, MegolmEvent)

    log.info("connecting to %s as %s", cfg.homeserver, cfg.user_id)
    watchdog = asyncio.create_task(watch_homeserver(client, cfg))
    try:
        await client.sync_forever(timeout=30_000, full_state=True)
    finally:
        watchdog.cancel()
        await client.close()
        log.info("sync loop stopped")


def run() -> None:
    cfg = load_config()
    setup_logging(cfg.log_level, cfg.audit_dir, cfg.alert_webhook)
    try:
        asyncio.run(main(cfg))
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    run()
