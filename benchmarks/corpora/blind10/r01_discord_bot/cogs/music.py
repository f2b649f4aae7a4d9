"""Music queue commands: !play, !queue."""
from bot import LOGGER


class MusicQueue:
    def __init__(self):
        self.songs = []

    async def play(self, ctx, query):
        self.songs.append(query)
        LOGGER.info("%s queued %r", ctx.author, query)
        await ctx.send(f"queued {query}")

    async def show(self, ctx, _arg=""):
        await ctx.send(", ".join(self.songs) or "the queue is empty")
        LOGGER.info("%s listed %d songs", ctx.author, len(self.songs))

    def describe(self):
        return {"play": "queue a song", "queue": "show the queue"}


def setup(bot):
    cog = MusicQueue()
    bot.add_command("play", cog.play)
    bot.add_command("queue", cog.show)
    return cog
