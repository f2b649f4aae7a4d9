from host.plugin import Plugin as BasePlugin


class Plugin(BasePlugin):
    name = "greeter"

    async def on_event(self, event, payload):
        if event == "user.joined":
            self.log.info("hello, %s", payload["user"])
