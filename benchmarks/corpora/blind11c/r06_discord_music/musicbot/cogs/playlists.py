from __future__ import annotations

import json
import logging
from pathlib import Path

from discord.ext import commands

from musicbot.queue import Track, for_guild

log = logging.getLogger(__name__)


class Playlists(commands.Cog):
    def __init__(self, bot: commands.Bot, data_dir: Path) -> None:
        self.bot = bot
        self.data_dir = data_dir

    async def cog_load(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(self.data_dir / "playlists.log", delay=True, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        log.addHandler(handler)

    @commands.command(name="save")
    async def save_playlist(self, ctx: commands.Context, name: str) -> None:
        tracks = [t.__dict__ for t in for_guild(ctx.guild.id).tracks]
        path = self.data_dir / f"{ctx.guild.id}-{name}.json"
        path.write_text(json.dumps(tracks), encoding="utf-8")
        log.info("guild %s saved playlist %s (%d tracks)", ctx.guild.id, name, len(tracks))
        await ctx.reply(f"saved {len(tracks)} tracks as `{name}`")

    @commands.command(name="load")
    async def load_playlist(self, ctx: commands.Context, name: str) -> None:
        path = self.data_dir / f"{ctx.guild.id}-{name}.json"
        if not path.exists():
            await ctx.reply("no such playlist")
            return
        queue = for_guild(ctx.guild.id)
        for item in json.loads(path.read_text(encoding="utf-8")):
            queue.push(Track(**item))
        await ctx.reply(f"loaded `{name}`")
