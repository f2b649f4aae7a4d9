from django.urls import path

from shop import views

urlpatterns = [
    path("", views.product_list, name="product-list"),
    path("p/<slug:slug>/", views.product_detail, name="product-detail"),
    path("checkout/", views.checkout, name="checkout"),
]
