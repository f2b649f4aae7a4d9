import logging


class Plugin:
    name = "plugin"

    @property
    def log(self):
        return logging.getLogger(f"host.plugins.{self.name}")

    async def on_event(self, event, payload):
        raise NotImplementedError
