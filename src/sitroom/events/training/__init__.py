"""Hand-written training sentences and the script that fits the events embedding classifier."""
