"""`python -m aioweather CITY...`: print forecasts."""
import asyncio
import sys

from aioweather import Client


async def show(cities):
    client = Client()
    for city in cities:
        try:
            forecast = await client.forecast(city)
        except LookupError:
            print(f"{city}: unknown")
            continue
        print(f"{forecast.city}: {forecast.temperature:+.1f} C, {forecast.sky}")


def main():
    asyncio.run(show(sys.argv[1:] or ["Oslo", "Lisbon"]))


if __name__ == "__main__":
    main()
