"""Dragon Reader: read news about US–China relations and code its events and channels."""

__version__ = "0.1.0"
