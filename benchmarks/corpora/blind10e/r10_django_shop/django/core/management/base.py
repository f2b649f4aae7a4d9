class BaseCommand:
    help = ""

    def handle(self, *args):
        raise NotImplementedError
