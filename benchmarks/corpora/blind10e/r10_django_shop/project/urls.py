from django.urls import path

from payments import views as payment_views
from shop import views as shop_views

urlpatterns = [
    path("products/", shop_views.product_list, name="product-list"),
    path("products/<int:pk>/", shop_views.product_detail, name="product-detail"),
    path("checkout/", payment_views.checkout, name="checkout"),
    path("payments/webhook/", payment_views.webhook, name="payment-webhook"),
]
