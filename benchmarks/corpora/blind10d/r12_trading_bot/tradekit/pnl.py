"""Profit-and-loss summary from the paper broker's fills export."""

DEMO_FILLS = [("buy", 0.01, 97.5), ("sell", 0.01, 103.0), ("buy", 0.01, 98.2)]


def load_fills(path=None) -> list:
    return list(DEMO_FILLS)


def summarize(fills) -> str:
    cash = sum((-1 if side == "buy" else 1) * qty * price for side, qty, price in fills)
    return f"{len(fills)} fills, realised cash flow {cash:+.2f}"
