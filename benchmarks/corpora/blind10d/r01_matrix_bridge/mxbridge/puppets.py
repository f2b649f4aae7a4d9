"""IRC puppets: one virtual Matrix user per IRC nick."""
import asyncio
import logging


class PuppetRegistry:
    def __init__(self, network: str):
        self.network = network
        self.puppets = {}
        self.log = logging.getLogger("mxbridge.puppets.{}".format(network))

    def add_sync(self, nick: str) -> str:
        mxid = f"@irc_{self.network}_{nick}:example.org"
        self.puppets[nick] = mxid
        self.log.info("registered %s as %s", nick, mxid)
        return mxid

    async def ensure_puppet(self, nick: str) -> str:
        if nick in self.puppets:
            return self.puppets[nick]
        await asyncio.sleep(0)
        self.log.info("creating puppet for %s", nick)
        return self.add_sync(nick)

    def export_csv(self) -> str:
        return "\n".join(f"{nick},{mxid}" for nick, mxid in sorted(self.puppets.items()))
