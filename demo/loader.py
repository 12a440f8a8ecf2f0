"""What `manage.py load_demo` loads, in order: each loader adds one feature's demo content, once."""

from demo import achats, besoins, catalogue, financements, guichet, label, observatory, places, search, site

# (the app whose content it is, as load_demo prints it; the loader). Each returns False when its
# content is already there. Site pages first: the other loaders add pages under them.
LOADERS = [
    ("portail", site.demo_load),
    ("lieux, evenements", places.demo_load),
    ("financements", financements.demo_load),
    ("catalogue", catalogue.demo_load),
    ("guichet", guichet.demo_load),
    ("label", label.demo_load),
    ("besoins", besoins.demo_load),
    ("achats", achats.demo_load),
    ("observatoire", observatory.demo_load),  # a synthetic year of guichet requests, frozen quarters
    ("search", search.demo_load),  # last: indexes what the others loaded
]
