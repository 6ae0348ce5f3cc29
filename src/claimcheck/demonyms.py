"""Demonyms and place adjectives: how an article names a country by its people.

    >>> demonyms("Canada")
    ('Canadian', 'Canadians')
    >>> demonyms("Russian Federation")  # through country_names: the table's own form
    ('Russian', 'Russians')
    >>> demonyms("Korea, Rep."), demonyms("Narnia")
    (('South Korean', 'South Koreans'), ())

Why: "Canadians had 1.6 children each", "Japanese babies", "Nigerian women" name the
country whose figure is meant without its name, and were left unresolved ("'Canadians'
is not in the data"). `written_forms` adds these as more ways to write a table's
country, as it adds "Russia" for "Russian Federation".

One row a country: its name as newsrooms write it (the first name of its row in
`country_names.COUNTRIES`, or the name itself), then its demonyms and place adjectives,
as the CIA World Factbook's "Nationality" entries and common English usage give them.
Left out on purpose, because the word names more than one place or is mostly another
word: "American" (also "Latin American", "American Indian"; only "Americans" is kept),
"Korean", "Congolese", "Guinean", "Sudanese", "Dominican", "English" (not the United
Kingdom), "Poles", "Turks" and "Danes" as plurals a sentence may begin with otherwise.
"""

from __future__ import annotations

from functools import cache

from claimcheck.country_names import other_names
from claimcheck.names import key

# country: its demonyms and place adjectives, separated by "|"
DEMONYMS: dict[str, str] = {
    "United States": "Americans",
    "United Kingdom": "British|Briton|Britons",
    "Canada": "Canadian|Canadians",
    "Mexico": "Mexican|Mexicans",
    "Brazil": "Brazilian|Brazilians",
    "Argentina": "Argentine|Argentinian|Argentines|Argentinians",
    "Chile": "Chilean|Chileans",
    "Peru": "Peruvian|Peruvians",
    "Colombia": "Colombian|Colombians",
    "Venezuela": "Venezuelan|Venezuelans",
    "Bolivia": "Bolivian|Bolivians",
    "Ecuador": "Ecuadorian|Ecuadorians",
    "Uruguay": "Uruguayan|Uruguayans",
    "Paraguay": "Paraguayan|Paraguayans",
    "Cuba": "Cuban|Cubans",
    "Haiti": "Haitian|Haitians",
    "Jamaica": "Jamaican|Jamaicans",
    "Guatemala": "Guatemalan|Guatemalans",
    "France": "French",
    "Germany": "German|Germans",
    "Italy": "Italian|Italians",
    "Spain": "Spanish|Spaniards",
    "Portugal": "Portuguese",
    "Netherlands": "Dutch",
    "Belgium": "Belgian|Belgians",
    "Switzerland": "Swiss",
    "Austria": "Austrian|Austrians",
    "Ireland": "Irish",
    "Sweden": "Swedish|Swedes",
    "Norway": "Norwegian|Norwegians",
    "Denmark": "Danish",
    "Finland": "Finnish|Finns",
    "Iceland": "Icelandic|Icelanders",
    "Poland": "Polish",
    "Czech Republic": "Czechs",
    "Hungary": "Hungarian|Hungarians",
    "Romania": "Romanian|Romanians",
    "Bulgaria": "Bulgarian|Bulgarians",
    "Greece": "Greek|Greeks",
    "Russia": "Russian|Russians",
    "Ukraine": "Ukrainian|Ukrainians",
    "Turkey": "Turkish",
    "Israel": "Israeli|Israelis",
    "Iran": "Iranian|Iranians",
    "Iraq": "Iraqi|Iraqis",
    "Egypt": "Egyptian|Egyptians",
    "Morocco": "Moroccan|Moroccans",
    "Algeria": "Algerian|Algerians",
    "Nigeria": "Nigerian|Nigerians",
    "Niger": "Nigerien|Nigeriens",
    "Ghana": "Ghanaian|Ghanaians",
    "Kenya": "Kenyan|Kenyans",
    "Ethiopia": "Ethiopian|Ethiopians",
    "Uganda": "Ugandan|Ugandans",
    "Tanzania": "Tanzanian|Tanzanians",
    "South Africa": "South African|South Africans",
    "Chad": "Chadian|Chadians",
    "Mali": "Malian|Malians",
    "Somalia": "Somali|Somalis",
    "Afghanistan": "Afghan|Afghans",
    "Pakistan": "Pakistani|Pakistanis",
    "India": "Indian|Indians",
    "Bangladesh": "Bangladeshi|Bangladeshis",
    "China": "Chinese",
    "Japan": "Japanese",
    "South Korea": "South Korean|South Koreans",
    "North Korea": "North Korean|North Koreans",
    "Vietnam": "Vietnamese",
    "Thailand": "Thai|Thais",
    "Indonesia": "Indonesian|Indonesians",
    "Philippines": "Filipino|Filipinos",
    "Australia": "Australian|Australians",
    "New Zealand": "New Zealander|New Zealanders",
}


@cache
def _rows() -> dict[str, tuple[str, ...]]:
    """A country's name key -> its demonyms."""
    return {key(country): tuple(words.split("|")) for country, words in DEMONYMS.items()}


def demonyms(value: str) -> tuple[str, ...]:
    """The demonyms of the country a table's value names (by any of its names), or ()."""
    rows = _rows()
    for name in (value, *other_names(value)):
        if key(name) in rows:
            return rows[key(name)]
    return ()
