"""The app's model of a reading session, free of Textual.

The loader turns a folder into plain event dataclasses, the library applies
them, and the people worker runs the tagger in a child process. The UI
(``reader.ui``) sits on top and is the only package that imports Textual.
"""
