"""`inventory-admin`: synchronous maintenance commands."""
import argparse
import logging


def main(argv=None):
    parser = argparse.ArgumentParser(prog="inventory-admin")
    parser.add_argument("--report", default="stock")
    args = parser.parse_args(argv)
    logging.basicConfig(filename="inventory-admin.log", level=logging.INFO)
    from inventory.db import ItemRepository

    repo = ItemRepository()
    logging.getLogger("inventory.cli").info("report %s: %d rows", args.report, repo.count())
    print(f"{args.report}: {repo.count()} rows")


if __name__ == "__main__":
    main()
