"""A Bloom filter of every folded name and key of the gazetteer index.

Most spans recognition asks about name no place (each capitalised run is tried at every length), and
an SQLite query costs tens of microseconds even when it finds nothing: a filter that says "certainly
absent" in a couple of microseconds spares those queries. It never says absent for a present name, so
lookups give exactly what the index gives.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from hashlib import blake2b

# 2 MiB of bits for the ≈ 1.2 million distinct names and keys: ≈ 14 bits each, ten probes, ≈ 0.1% false hits.
DEFAULT_BITS = 1 << 24
DEFAULT_HASHES = 10
_LOW = (1 << 32) - 1
_BATCH = 65_536


def _hashes(text: str) -> tuple[int, int]:
    """Two 32-bit hashes of ``text`` (stable across processes, unlike ``hash``; tables up to 2³² bits); the
    second is odd, so the probes ``h1 + i·h2`` visit distinct bits of a power-of-two table."""
    value = int.from_bytes(blake2b(text.encode(), digest_size=8).digest(), "little")
    return value & _LOW, (value >> 32) | 1


class NameFilter:
    """Set membership with false positives only: ``text in filter`` is False only for texts never added."""

    __slots__ = ("bits", "hashes", "mask")

    def __init__(self, bits: bytes | bytearray, hashes: int = DEFAULT_HASHES) -> None:
        size = len(bits) * 8
        if size == 0 or size & (size - 1):
            raise ValueError("a filter's size in bits must be a power of two")
        self.bits = bits
        self.hashes = hashes
        self.mask = size - 1

    @classmethod
    def of(cls, texts: Iterable[str], size_bits: int = DEFAULT_BITS, hashes: int = DEFAULT_HASHES) -> NameFilter:
        """A filter holding ``texts``, its bits set with numpy a batch at a time (the index's 1.3 million
        names one by one in Python would add seconds to the build); the same bits ``add`` would set."""
        import numpy as np  # build time only: opening the index must stay light

        if size_bits <= 0 or size_bits & (size_bits - 1):
            raise ValueError("a filter's size in bits must be a power of two")
        flags = np.zeros(size_bits, dtype=bool)
        probes = np.arange(hashes, dtype=np.uint64)
        mask = np.uint64(size_bits - 1)
        stream = iter(texts)
        while batch := list(itertools.islice(stream, _BATCH)):
            pairs = np.array([_hashes(text) for text in batch], dtype=np.uint64)
            # uint64 arithmetic wraps modulo 2**64, which keeps the low bits the mask takes.
            flags[((pairs[:, :1] + probes * pairs[:, 1:]) & mask).ravel()] = True
        return cls(bytearray(np.packbits(flags, bitorder="little").tobytes()), hashes)

    def add(self, text: str) -> None:
        if not isinstance(self.bits, bytearray):
            raise TypeError("this filter is read-only")
        first, step = _hashes(text)
        bits, mask = self.bits, self.mask
        for i in range(self.hashes):
            position = (first + i * step) & mask
            bits[position >> 3] |= 1 << (position & 7)

    def __contains__(self, text: object) -> bool:
        if not isinstance(text, str):
            return False
        first, step = _hashes(text)
        bits, mask = self.bits, self.mask
        for i in range(self.hashes):
            position = (first + i * step) & mask
            if not bits[position >> 3] & (1 << (position & 7)):
                return False
        return True

    def any_of(self, texts: Iterable[str]) -> bool:
        """Some text may be present: when False, a query for all of them finds nothing."""
        bits, mask, hashes = self.bits, self.mask, self.hashes
        for text in texts:
            first, step = _hashes(text)
            for i in range(hashes):
                position = (first + i * step) & mask
                if not bits[position >> 3] & (1 << (position & 7)):
                    break
            else:
                return True
        return False
