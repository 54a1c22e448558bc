"""syriadiplo: meetings and phone calls over Syria, extracted from Arabic news."""

__version__ = "0.1.0"
