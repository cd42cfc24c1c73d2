"""The only package that imports QtWidgets: the window, its tabs, models and dialogs."""
