import asyncio
import logging

from host.plugin import Plugin as BasePlugin

FORECASTS = {"berlin": "rain", "lisbon": "sun"}


class Plugin(BasePlugin):
    name = "weather"

    async def on_event(self, event, payload):
        if event != "weather.request":
            return
        await asyncio.sleep(0)
        forecast = FORECASTS.get(payload["city"])
        if forecast is None:
            self.log.warning("no forecast for %s", payload["city"])
            raise KeyError(payload["city"])
        self.log.info("%s: %s", payload["city"], forecast)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG, handlers=[logging.FileHandler("weather-demo.log")])
    for city, forecast in sorted(FORECASTS.items()):
        print(f"{city:10} {forecast}")
