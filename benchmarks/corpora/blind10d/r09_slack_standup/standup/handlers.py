"""Slack listeners (registered on import)."""
import logging

from standup.app import app
from standup.audit import AuditTrail
from standup.dm import remind
from standup.store import store

log = logging.getLogger(__name__)
audit = AuditTrail()


class TeamLog:
    def __init__(self, team: str):
        self.log = logging.LoggerAdapter(logging.getLogger("standup.teams"), {"team": team})


@app.command("/standup")
async def on_standup(ack, command, say):
    await ack()
    audit.info("standup command by %s", command["user_id"])
    count = await store.add_note(command["user_id"], command["text"])
    await say(f"noted ({count} today)")
    log.info("/standup from %s", command["user_id"])


@app.command("/summary")
async def on_summary(ack, say):
    await ack()
    await say(await store.summary())


@app.event("app_mention")
async def on_mention(event, say):
    TeamLog(event.get("team", "T0")).log.info("mention in %s", event["channel"])
    await remind([event["user"]], say)


@app.event("message")
async def on_message(event):
    if "standup" in event.get("text", ""):
        log.info("stand-up keyword from %s", event["user"])
