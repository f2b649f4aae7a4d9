import asyncio
import datetime
from collections import defaultdict

from standup.mixins import LoggerMixin


class StandupStore(LoggerMixin):
    def __init__(self):
        self.notes = defaultdict(list)

    async def add_note(self, user: str, text: str) -> int:
        await asyncio.sleep(0)
        today = self.notes[datetime.date.today().isoformat()]
        today.append((user, text))
        self.logger.info("note from %s (%d today)", user, len(today))
        return len(today)

    async def summary(self, day=None) -> str:
        day = day or datetime.date.today().isoformat()
        await asyncio.sleep(0)
        notes = self.notes.get(day, [])
        self.logger.info("summary for %s: %d notes", day, len(notes))
        return "\n".join(f"<@{user}>: {text}" for user, text in notes) or "no notes yet"


store = StandupStore()
