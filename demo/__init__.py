"""The demo site: `manage.py load_demo` and its content as data files (demo/data/)."""
