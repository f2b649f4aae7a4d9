"""python3 manage.py showarticles"""
from mysite.models import ARTICLES

help = "List the articles"


def handle(*args):
    for pk, title in sorted(ARTICLES.items()):
        print(pk, title)
