PRODUCTS = {1: {"name": "Sencha", "stock": 4}, 2: {"name": "Assam", "stock": 1}}
