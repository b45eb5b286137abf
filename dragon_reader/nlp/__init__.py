"""Entity recognisers behind one small interface (``Recognizer``)."""
