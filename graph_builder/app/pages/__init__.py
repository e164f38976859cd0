"""The app's pages, one module each: ``render(source, lang)`` draws the page.

``app.py`` runs each file as a page through st.navigation (``if __name__ == "__main__"``).
"""
