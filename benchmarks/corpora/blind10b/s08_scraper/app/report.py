"""Summaries; `python -m app.report` prints one for a sample."""
import logging


def summarize(results: list) -> str:
    titles = [r.get("title", "?") for r in results]
    return f"{len(titles)} pages: {', '.join(titles)}"


if __name__ == "__main__":
    logging.basicConfig(filename="report.log", level=logging.INFO)
    logging.info(summarize([{"title": "a"}, {"title": "b"}]))
    print(summarize([{"title": "a"}, {"title": "b"}]))
