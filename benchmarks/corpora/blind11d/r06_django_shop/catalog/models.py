from django.db import models


class Product(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=200)
    price_cents = models.PositiveIntegerField()
    image_url = models.URLField(blank=True)
    in_stock = models.BooleanField(default=True)
