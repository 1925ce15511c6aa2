#!/usr/bin/env python3
"""Grows geokg's gazetteer and agent lexicon from the PETRARCH/Phoenix dictionaries.

Reads the Phoenix actor dictionaries (countries with their office holders, international bodies,
non-state armed groups) and the agent dictionary of the Open Event Data Alliance (MIT licence), and
the project's hand-written gazetteer, and writes four files of the ontology folder:

  gazetteer/officials.tsv            office holders of Phoenix.Countries, shaped like people.tsv
  gazetteer/nonstate-groups.tsv      groups of Phoenix.MilNonState, shaped like organizations.tsv
  gazetteer/international-bodies.tsv bodies and firms of Phoenix.International, same shape
  lexicon/agents.tsv                 agent nouns of Phoenix.agents (soldier, ministry, rebel...)

The output is sorted and byte-identical from one run to the next. A summary of what was kept and
what was dropped, by rule, goes to stderr.

Usage:
  scripts/import_phoenix_actors.py [--countries F] [--international F] [--milnonstate F]
      [--agents F] [--treebank F] [--ontology DIR] [--check]

Defaults: the Phoenix files in ../shared/petrarch/dictionaries/ and the UD English treebank in
../shared/ud-english-ewt/ beside the repository, and the repository's Ontology/ folder. --check
writes nothing and exits 1 when a file would change.

How Phoenix files are read
  A record is a name line, `+` lines with other names, and `[CODE DATES]` code lines. CODE is a
  country or body code (USA, IGO, NGO, MNC...) followed by three-letter agent codes (GOV government,
  MIL military, ...); DATES is `A-B`, `>A` (from), `<B` (until) or nothing (otherwise). Dates are
  YYMMDD or YYYYMMDD; YY up to 30 is 20YY, above 30 it is 19YY, as in PETRARCH. A name line with no
  code and no `+` line is, as PETRARCH reads it, a name that codes nothing; when it shares a word with
  the next record (IVO_JOSIPOVIC, PRESIDENT_JOSIPOVIC, JOSIPOVIC [HRVGOV ...]) it is taken as another
  spelling of that record.

Officials (people)
  - A person is a Countries record whose name, once titles are stripped, has two to six words and
    no word of a body (ministry, army, council...). A row is written per person, role and term; only
    people with a term ending in 1990 or later (or still open) are kept, and only their terms that
    end in 1990 or later. People whose every code is undated are kept only when the Phoenix editors
    added them by hand (records not generated from CountryInfo.txt), as those were added for the
    news of 2013-14. An undated code beside dated ones means "at any other time" and gives no row.
  - `role` comes from the agent code (GOV "government official", with the portfolio of a second
    code: GOVMIL "government official (defence)"; MIL "military officer"; LEG "legislator"...).
    The file's own words win where it has them: the office named in a comment on the code line
    ("# Sec Def"), the office of a block heading ("# U.S. Secretaries of State", "# Presidents")
    for the codes of that office, and "head of state or government" for the leaders CountryInfo
    lists (a government term right after an elite term that ends the day it starts).
  - `of` is the country's ISO3 from countries.tsv; the old codes TMP, KSV, SCG and FRY are mapped to
    TLS, XKX and SRB; terms of other codes (Soviet Union, Yugoslavia, territories, IGOs) are dropped.
  - People already in people.tsv (one of their names equal, ignoring case, accents and
    punctuation, to a name or alias there) are skipped.

Groups and bodies (organizations)
  - Names are proper-cased; an acronym in brackets becomes an alias (`..._(DFLP)_`), other bracketed
    words are dropped ("(GREECE)"); a leading "the" is dropped.
  - Names of people listed under a group (KHALED_MESHAAL under HAMAS) are not aliases of it, and
    records of people are not bodies. A name is a person's when it is one of a person of the gazetteer
    or of the Countries file; or has no word of a body and starts (titles aside) with a given name of
    the Countries file or an initial; or is a personal title and one name (LORD_ISMAY). Records with
    dated codes are people's, and so are the names without a word of a body in MilNonState's list of
    militants (codes IMG..., BUD...). The firms of International's stock list (MNC codes) and the groups
    of MilNonState's TOPS list (CCCREB codes) are bodies by construction: only their aliases are checked.
  - kind: MilNonState groups are ArmedGroup, or Party when the name's head is "Party";
    International MNC codes give Company (Media with MED), IGO and NGO codes InternationalOrganization
    (Media for the MED bodies that are news outlets is not inferred: NGO media groups stay
    InternationalOrganization).
  - country: the ISO3 of the code when countries.tsv has it (MNCUSA, NGOGBR, ZAFREB); regions such as
    WEU, SAS, MEA give none.
  - Bodies already in organizations.tsv (a name equal to one of its names or aliases, ignoring case,
    accents and punctuation) are skipped.

Quality rules (all gazetteer output)
  The gazetteer is matched case-sensitively on capitalised text, so a name that is ordinary English
  would fire on ordinary sentences. Hence:
  - an alias of one word that is a common English word (a lower-case form the UD English Web Treebank
    tags as noun, verb, adjective or adverb) is dropped, and so is an alias of one or two letters;
  - a group or body name made only of common English words with at most two content words
    ("Direct Action", "Fighters for Freedom", "Red Line") is dropped, and the entry with it when it is
    the name;
  - a person's alias must be a full name: titles (PRESIDENT_, MR_, SENATOR_, GENERAL_...) are stripped,
    and forms left with a single word (a surname), or naming an administration or government, go;
  - a form claimed by two entries of the generated files is kept for neither (ambiguous); a generated
    entry whose name is ambiguous is dropped;
  - a form of a hand-written file (countries, organizations, people, commodities) is never a form of
    a generated entry: the hand files win;
  - every form with an apostrophe is listed with both the straight and the curly one, and every form
    with diacritics also without them, as the README asks.

Agent nouns
  Each phrase of Phoenix.agents gives a row: the lower-case singular, its singular and plural forms
  (PETRARCH's regular plurals, or the `{...}` plural, none for `{}`), class Group for nouns of people
  and Organization for nouns of bodies (by the head word), and the sector of the code in English.
  The macros !PERSON! (man, woman, person) and !MINIST! (minister, ministry) are expanded; !MINIST!
  gives a person noun and a body noun. Fragments ending in a preposition (AMBASSADOR_TO) and nouns of
  things (ships, aircraft, buildings) are dropped; a noun listed twice keeps its first row.
"""

import argparse
import collections
import datetime
import gzip
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PHOENIX = os.path.join(ROOT, "..", "shared", "petrarch", "dictionaries")
TREEBANK = os.path.join(ROOT, "..", "shared", "ud-english-ewt", "en_ewt-ud-train.conllu.gz")

# ---------------------------------------------------------------------------------------------------
# Codes

#: Agent codes and the sector word agents.tsv uses for them.
SECTORS = {
    "GOV": "government", "MIL": "military", "REB": "rebels", "OPP": "opposition", "PTY": "parties",
    "BUS": "business", "MNC": "business", "MED": "media", "JUD": "judiciary", "LEG": "legislature",
    "EDU": "education", "HLH": "health", "COP": "police", "SPY": "intelligence", "CRM": "crime",
    "CVL": "civilians", "AGR": "agriculture", "LAB": "labour", "ENV": "environment",
    "HRI": "human-rights", "REF": "refugees", "DEV": "development", "ELI": "elites",
    "UAF": "militias", "RAD": "radicals", "NGO": "nongovernmental", "IGO": "intergovernmental",
    "IMG": "militants", "SET": "settlers", "PPL": "people",
    "REL": "religion", "CHR": "religion", "CTH": "religion", "PRO": "religion", "MUS": "religion",
    "SHI": "religion", "SUN": "religion", "JEW": "religion", "BUD": "religion", "HIN": "religion",
    "SIK": "religion", "MAR": "religion", "CPT": "religion",
}

#: The role of a person whose code's first agent is this one.
SECTOR_ROLES = {
    "GOV": "government official", "ELI": "public figure", "MIL": "military officer", "LEG": "legislator",
    "JUD": "judge", "OPP": "opposition figure", "PTY": "party official", "BUS": "business figure",
    "MED": "journalist", "REB": "rebel leader", "COP": "police officer", "SPY": "intelligence officer",
    "EDU": "academic", "HLH": "health official", "HRI": "human rights activist", "LAB": "labour leader",
    "REL": "religious leader", "MUS": "religious leader", "CHR": "religious leader",
    "JEW": "religious leader", "BUD": "religious leader", "HIN": "religious leader",
    "NGO": "NGO official", "UAF": "militia leader", "ENV": "environmental activist",
    "DEV": "development official", "AGR": "farm leader", "CVL": "civic figure", "REF": "refugee leader",
}

#: The portfolio a second agent code gives a government official (GOVMIL: defence).
PORTFOLIOS = {
    "BUS": "economy", "AGR": "agriculture", "MED": "information", "EDU": "education", "MIL": "defence",
    "HLH": "health", "DEV": "development", "JUD": "justice", "LAB": "labour", "ENV": "environment",
    "HRI": "social affairs", "REL": "religious affairs", "MUS": "religious affairs", "COP": "interior",
    "REF": "refugees", "SPY": "intelligence", "PTY": "party",
}

#: Old or non-ISO country codes of Phoenix and the ISO3 code of countries.tsv they stand for.
COUNTRY_CODES = {"TMP": "TLS", "KSV": "XKX", "SCG": "SRB", "FRY": "SRB"}

#: Offices named by comments on code lines of Phoenix.Countries, in English.
CODE_COMMENT_ROLES = {
    "DCI": "Director of Central Intelligence",
    "Dep DCI": "Deputy Director of Central Intelligence",
    "Sec Def": "Secretary of Defense",
    "Dep Sec Def": "Deputy Secretary of Defense",
    "Sec of Army": "Secretary of the Army",
    "Senator from Nebraska": "Senator",
    "Secretary of State": "Secretary of State",
    "Sec State": "Secretary of State",
    "brief acting Sec State": "Acting Secretary of State",
    "National security advisor": "National Security Advisor",
    "Dep NatSecAd": "Deputy National Security Advisor",
    "Dep Sec State": "Deputy Secretary of State",
    "Under Secretary of State for Political Affairs": "Under Secretary of State for Political Affairs",
    "General council to DOD": "General Counsel of the Department of Defense",
    "then Chief of Staff": "White House Chief of Staff",
    "Foreign Minister": "Foreign Minister",
    "Amb. to UN": "Ambassador to the United Nations",
    "Supreme Leader": "Supreme Leader",
    "CMDR Air Force": "Commander of the Air Force",
    "Min. of Fin.": "Finance Minister",
    "Min of Civil Aviation": "Civil Aviation Minister",
    "Acting PM": "Acting Prime Minister",
    "PM pt. 1": "Prime Minister",
    "PM pt. 2": "Prime Minister",
    "PM": "Prime Minister",
    "Prime Minister": "Prime Minister",
    "Min. of Water Resources": "Water Resources Minister",
    "Dep. PM": "Deputy Prime Minister",
    "President of the Bundesrat": "President of the Bundesrat",
    "President of Germany": "President",
    "Chancellor of Germany": "Chancellor",
    "Prime Minister of Lower Saxony": "Minister-President of Lower Saxony",
}

#: Block headings of Phoenix.Countries that name an office: the office in English and the agent
#: codes (after the country) of its holders. Any other heading listed in OTHER_HEADINGS ends a block.
HEADING_ROLES = {
    "Presidents": ("President", "GOV"),
    "President": ("President", "GOV"),
    "U.S. Presidents": ("President", "GOV"),
    "Prime Ministers": ("Prime Minister", "GOV"),
    "Prime Minister": ("Prime Minister", "GOV"),
    "Roughly prime ministers in order": ("Prime Minister", "GOV"),
    "Roughly following order of presidents": ("President", "GOV"),
    "Greek Prime Ministers": ("Prime Minister", "GOV"),
    "Chancellors": ("Chancellor", "GOV"),
    "Monarch[s]": ("Monarch", "GOV"),
    "Vice Presidents of the United States": ("Vice President", "GOV"),
    "U.S. Secretaries of State": ("Secretary of State", "GOV"),
    "United States Secretaries of Defense": ("Secretary of Defense", "GOVMIL"),
    "U.S. Attorneys General": ("Attorney General", "GOVJUD"),
    "U.S. Secretaries of Homeland Security": ("Secretary of Homeland Security", "GOV"),
    "U.S. Ambassadors to the UN": ("Ambassador to the United Nations", "GOV"),
    "White House Chiefs of Staff": ("White House Chief of Staff", "GOV"),
    "US National Security Advisors": ("National Security Advisor", "GOV"),
    "US Trade Representative": ("Trade Representative", "GOVBUS"),
    "Federal Reserve Board": ("Chair of the Federal Reserve", "GOVBUS"),
}

#: Words of names of bodies, which a person's name never has.
BODY_WORDS = set(
    """ACADEMY ACTION ADMINISTRATION AFFAIRS AGENCY AIR AIRLINE AIRLINES AIRWAYS ALLIANCE ARMED ARMY
    ASSEMBLY ASSOCIATION AUTHORITY BANK BATTALION BATTALIONS BOARD BRIGADE BRIGADES BUREAU CABINET
    CELL CELLS CENTER CENTRE CHAMBER CHURCH CITY COALITION COLLEGE COMMAND COMMANDO COMMANDOS
    COMMISSION COMMITTEE COMMITTEES COMMUNITY COMPANY CONFERENCE CONGRESS CORP CORPORATION COUNCIL
    COURT DEPARTMENT DIRECTORATE DIVISION EMBASSY FACTION FEDERATION FORCE FORCES FOUNDATION FRONT
    FUND GOVERNMENT GROUP GROUPS GUARD GUARDS HOUSE INC INSTITUTE INSTITUTION INTERNATIONAL ISLANDS
    LEAGUE LTD MILITIA MINISTRY MISSION MOVEMENT NAVY NETWORK NUCLEI NUCLEUS OFFICE ORGANISATION
    ORGANIZATION PARLIAMENT PARTY POLICE PROGRAM PROGRAMME PROVINCE REGIME REGIMENT REPUBLIC RESISTANCE
    SCHOOL SECRETARIAT SENATE SERVICE SERVICES SOCIETY SQUAD TRIBUNAL TROOPS UNION UNIT UNITS
    UNIVERSITY WING FORUM RESOURCES BANCORP BANKSHARES ASSOCIATES PARTNERS CAPITAL MILITARY STREET DOWNING
    NUMBER HEADQUARTERS PALACE KREMLIN PENTAGON PEOPLE PEOPLES
    AUM SHINRIKYO TRUTH JAMAAH JEMAAH JAMAAT JAMA'AT JAMIAT LASHKAR LASKAR HARKAT HARAKAT HARAKUT HIZB
    HEZB HIZBUL JAISH JAYSH JUND KATA'IB SARAYA TEHRIK TANZIM KUMPULAN MUJAHIDEEN MUJAHIDIN MUJAHEDIN
    MUJAHIDEN QAEDA QAIDA QA'IDA QAI'DAH FEDAYEEN ISLAMI ISLAMIYA ISLAMIYAH ISLAMIAH ORGANISATION
    ANSAR INC. CORP. CO CO. LLC PLC LIMITED HOLDINGS TRUST""".split()
)

#: Office titles stripped from the start of a person's form (PRESIDENT_, SECRETARY_OF_STATE_), besides the
#: words of lexicon/titles.tsv and lexicon/honorifics.txt, which main() adds.
OFFICE_TITLES = set(
    """ACTING AMB AMB. ASSEMBLYMAN BARON BARONESS BUNDESKANZLER CAPT CMDR COL CONGRESSMAN CONGRESSWOMAN
    DR EMIR EX FORMER GEN GOVERNOR JUDGE JUSTICE KANZLER KING LADY LORD LT MAJ MAYOR MP MR MRS MS PM
    PRESIDENT-ELECT PRESIENT PRINCE PRINCESS REP REP. SEN SEN. SENATOR SPEAKER SPOKESMAN SPOKESWOMAN
    VICE-PRESIDENT VICE-PREMIER SECRETARY-GENERAL SECY DEP. ACHARYA SWAMI SADHVI MAHANT""".split()
)

#: Words that may stand between or before office titles (U.S._SECRETARY_OF_STATE_, WHITE_HOUSE_...),
#: besides the words of the countries' names and demonyms, which main() adds.
TITLE_CONTEXT = set(
    """OF THE FOR U.S. US U.N. UN UNITED STATES WHITE HOUSE CIA FBI NSA EU NATO DEFENSE DEFENCE
    ARMY AIR FORCE NAVY HOUSE MINORITY MAJORITY IRANIAN""".split()
)

#: Titles that only a person bears: a name of a body or group file made of one of them and a single word is a
#: person's (LORD_ISMAY), where an office word and a single word need not be (SPECIAL_OLYMPICS, OFFICIAL_IRA).
PERSONAL_TITLES = set(
    """ACHARYA AYATOLLAH BARON BARONESS DAME DR DR. EMIR KING LADY LORD MAHANT MR MR. MRS MRS. MS MS. MULLAH
    PRESIDENT PRINCE PRINCESS QUEEN SADHVI SENATOR SHAIKH SHEIKH SIR SULTAN SWAMI""".split()
)

#: Honorifics that are part of how a person is named (Sheikh Hasina); stripped only when two words remain.
NAME_HONORIFICS = {"SHEIKH", "SHAIKH", "MULLAH", "SAYYID", "SAYED", "HAJI", "HAJJI", "MAULANA", "AYATOLLAH"}

#: Words that make a person's form name something else.
NOT_PERSON_FORM_WORDS = {"ADMINISTRATION", "GOVERNMENT", "REGIME", "CABINET", "CAMP", "SUPPORTERS", "LOYALISTS"}

#: Name particles written in lower case inside a name.
PARTICLES = {"al", "el", "bin", "ibn", "da", "de", "del", "der", "van", "von", "la", "le", "dos", "das", "du", "y"}

#: Words written in lower case inside the name of a body.
FUNCTION_WORDS = PARTICLES | {
    "of", "the", "and", "for", "in", "on", "to", "at", "by", "a", "an", "from", "with", "against", "des",
    "di", "do", "wa", "fi", "li", "et", "los", "las", "e", "i", "ul", "ye", "en",
}

#: Scottish and Irish names written Mac + capital; other MAC- names (Macron, Machado) are not.
MAC_NAMES = {"MACARTHUR", "MACDONALD", "MACKENZIE", "MACLEOD", "MACGREGOR", "MACKAY", "MACLEAN",
             "MACNEIL", "MACINTYRE", "MACAULAY", "MACASKILL", "MACPHERSON", "MACSHARRY"}

CALENDAR_WORDS = set(
    """january february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday""".split()
)

ROMAN_NUMERALS = {"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"}

#: Countries whose hyphenated given names are written with a lower-case second syllable (Ki-moon).
HYPHEN_LOWER_COUNTRIES = {"KOR", "PRK", "TWN", "CHN"}

# ---------------------------------------------------------------------------------------------------
# Reading Phoenix dictionaries

CODE_PATTERN = re.compile(r"\[([^\]]*)\]")


class Code:
    """One `[CODE DATES]` of a record, with the comment of its line."""

    def __init__(self, text, comment):
        parts = text.split()
        self.code = parts[0]
        self.start, self.end, self.dated = parse_range("".join(parts[1:]))
        self.comment = comment


class Record:
    """A name line with its `+` names and codes."""

    def __init__(self, name, line, comment, heading):
        self.names = [name]
        self.line = line
        self.comment = comment
        self.heading = heading
        self.codes = []
        self.has_synonyms = False

    @property
    def from_countryinfo(self):
        return "countryinfo" in self.comment.lower()


def read_actor_file(path, stats):
    """The records of a Phoenix actor file, in file order, with the block heading each one is under.

    A name line with neither codes nor `+` names is merged into the next record when they share a
    word, and is otherwise dropped (it codes nothing in PETRARCH either)."""
    records = []
    current = None
    heading = None
    with open(path, encoding="utf-8") as file:
        for number, raw in enumerate(file, 1):
            raw = raw.rstrip("\n")
            text, _, comment = raw.partition("#")
            comment = comment.strip()
            stripped = text.strip()
            if not stripped:
                if raw.startswith("#"):
                    if comment in HEADING_ROLES or comment in OTHER_HEADINGS:
                        heading = comment
                continue
            if stripped.startswith("["):
                if current is not None:
                    current.codes += codes_of(stripped, comment)
                continue
            if stripped.startswith("+"):
                if current is not None:
                    current.names += [part.strip() for part in stripped[1:].split("+") if part.strip()]
                    current.has_synonyms = True
                continue
            name = stripped.split("[")[0].strip()
            codes = codes_of(stripped[len(name):], comment)
            if len(codes) == 1 and re.fullmatch(r"[A-Z]{3}", codes[0].code):
                heading = None  # a country's own record starts a new block
            record = Record(name, number, comment, heading)
            record.codes = codes
            if current is not None and not current.codes and not current.has_synonyms:
                if set(words(current.names[0])) & set(words(name)):
                    record.names = current.names + record.names
                    records.pop()
                else:
                    stats["records without codes"] += 1
                    records.pop()
            records.append(record)
            current = record
    if current is not None and not current.codes and not current.has_synonyms:
        records.pop()
    return records


def codes_of(text, comment):
    """The `[CODE DATES]` of a line."""
    return [Code(match.group(1), comment) for match in CODE_PATTERN.finditer(text) if match.group(1).split()]


#: Block headings that name no office; they end the block of the heading before them.
OTHER_HEADINGS = {
    "Elites", "Leaders", "National Institutions", "National institutions", "State institutions",
    "U.S. Federal Agencies", "Think tanks", "Universities (need a general system eventually...)",
    "US news organizations ??", "Goverment Agencies and metonyms", "???",
    "Start on national institutions and specific government agencies:",
    "Russian institutions, since they're often used in the media:", "Russian organization and civil society",
    "New Syria groups. Maybe some should go in mil. nonstate, but here for now.",
}


def words(name):
    """The words of a Phoenix name: `_` and spaces separate them, trailing underscores go."""
    return [word for word in re.split(r"[_\s]+", name.strip().strip("_")) if word]


def parse_date(text):
    """YYMMDD or YYYYMMDD as ISO 8601, or None when it is not a valid date."""
    if not text.isdigit() or len(text) not in (6, 8):
        return None
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
        month, day = int(text[2:4]), int(text[4:6])
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_range(text):
    """(start, end, dated) of a code's date restriction: `A-B`, `>A`, `<B`, `A` (from) or nothing."""
    if not text:
        return None, None, False
    if text.startswith(">"):
        return parse_date(text[1:]), None, True
    if text.startswith("<"):
        return None, parse_date(text[1:]), True
    start, _, end = text.partition("-")
    return parse_date(start), parse_date(end) if end else None, True


# ---------------------------------------------------------------------------------------------------
# English words


def read_treebank(path):
    """Lower-case word forms the treebank tags as noun, verb, adjective or adverb (common words), every
    lower-case form, and for each form how often it is written in capitals and in title case."""
    common, every = set(), set()
    capitals, titles = collections.Counter(), collections.Counter()
    with gzip.open(path, "rt", encoding="utf-8") as file:
        for line in file:
            if not line or line[0] == "#" or line == "\n":
                continue
            fields = line.split("\t")
            form, upos = fields[1], fields[3]
            lower = form.lower()
            if form == lower:
                every.add(form)
                if upos in ("NOUN", "VERB", "ADJ", "ADV"):
                    common.add(form)
            elif form.isupper() and len(form) > 1:
                capitals[lower] += 1
            elif form[:1].isupper():
                titles[lower] += 1
    return common, every, capitals, titles


class English:
    """What the treebank says of words."""

    def __init__(self, path):
        self.common, self.every, self.capitals, self.titles = read_treebank(path)

    def is_common(self, word):
        """Whether a word is ordinary English: a common word of the treebank (or its plural), a month or
        day name, a number or a Roman numeral."""
        lower = word.lower().strip(".,")
        if not lower or lower.isdigit() or lower.upper() in ROMAN_NUMERALS or lower in CALENDAR_WORDS:
            return True
        candidates = {lower, re.sub(r"s$", "", lower), re.sub(r"es$", "", lower), re.sub(r"ies$", "y", lower)}
        return any(candidate in self.common for candidate in candidates)

    def is_acronym(self, token, alone=False):
        """Whether an upper-case word of a body's name is an acronym to keep in capitals: the treebank
        writes it only in capitals, or it has no vowel, or four consonants in a row; or, when it is the
        whole name (`alone`), it has at most four letters and the treebank never writes it otherwise."""
        letters = re.sub(r"[^A-Za-z]", "", token).upper()
        lower = token.lower()
        if not letters or lower in FUNCTION_WORDS or lower in self.every:
            return False
        if self.titles[lower]:
            return False
        if self.capitals[lower] >= 2:
            return True
        if not re.search(r"[AEIOUY]", letters):
            return True
        return alone and len(letters) <= 4


# ---------------------------------------------------------------------------------------------------
# Casing


def lower_word(text):
    return text.replace("İ", "i").lower()


def capitalize_word(text):
    return text[:1] + lower_word(text[1:]) if text else text


def case_part(part, lower_rest=False):
    """One hyphen-free part of a name word: O'Brien, McCain, 1st, Jr., plain capitalised words."""
    if not part:
        return part
    upper = part.upper()
    if upper in ROMAN_NUMERALS:
        return upper
    if upper in ("JR", "JR."):
        return "Jr."
    if upper in ("SR", "SR."):
        return "Sr."
    if re.fullmatch(r"\d+(ST|ND|RD|TH)", upper):
        return lower_word(part)
    if re.fullmatch(r"[A-Z]\.?", upper):
        return upper
    if lower_rest:
        return lower_word(part)
    if "'" in part:
        head, _, tail = part.partition("'")
        if len(head) == 1 and tail:
            return head.upper() + "'" + case_part(tail)
        return case_part(head) + "'" + lower_word(tail)
    if upper.startswith("MC") and len(part) > 3 and part[2:].isalpha():
        return "Mc" + capitalize_word(part[2:])
    if upper in MAC_NAMES:
        return "Mac" + capitalize_word(part[3:])
    return capitalize_word(part)


def person_name(tokens, country=None):
    """A person's name in proper case from the words of a Phoenix name."""
    out = []
    for index, token in enumerate(tokens):
        token = token.rstrip(",")
        parts = token.split("-")
        cased = []
        for position, part in enumerate(parts):
            lower = lower_word(part)
            if index > 0 and position == 0 and lower in PARTICLES and (len(parts) > 1 or index < len(tokens) - 1):
                cased.append(lower)
            elif position > 0 and country in HYPHEN_LOWER_COUNTRIES and part.isalpha():
                cased.append(lower)
            else:
                cased.append(case_part(part))
        out.append("-".join(cased))
    return " ".join(out)


def body_name(tokens, english, acronyms):
    """A body's name in proper case: function words lower inside, acronyms kept in capitals."""
    out = []
    for index, token in enumerate(tokens):
        pieces = re.split(r"([-/])", token)
        cased = []
        for position, piece in enumerate(pieces):
            if piece in ("-", "/") or not piece:
                cased.append(piece)
                continue
            lower = lower_word(piece)
            plain = re.sub(r"[^A-Za-z0-9]", "", piece)
            if not any(ch.isalpha() for ch in piece):
                cased.append(piece)
            elif piece.upper() in acronyms or (
                    plain.isupper() and english.is_acronym(plain, alone=len(pieces) == 1 == len(tokens))):
                cased.append(piece.upper())
            elif position > 0 and pieces[position - 1] == "-" and len(plain) <= 2:
                cased.append(lower)  # Lashkar-e-Taiba, Hizb-ul-Mujahideen, Cherikha-ye
            elif (index > 0 or position > 0) and lower in FUNCTION_WORDS and (
                    index < len(tokens) - 1 or len(plain) > 1):
                cased.append(lower)
            elif re.fullmatch(r"\d+[A-Za-z]+", piece) and not re.fullmatch(r"\d+(st|nd|rd|th)", lower):
                cased.append(piece.upper())
            else:
                cased.append(case_part(piece))
        out.append("".join(cased))
    return " ".join(out)


def fold(text):
    """`text` without diacritics."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)).replace("ı", "i")


def key(text):
    """A form compared loosely: no case, accents, dots, hyphens or apostrophe kinds, no leading "the"."""
    text = fold(text).lower().replace("’", "'").replace(".", " ").replace("-", " ").replace(",", " ")
    text = re.sub(r"\s+", " ", text).strip()
    return text[4:] if text.startswith("the ") else text


def spellings(form):
    """`form` with the straight and curly apostrophe and, when it has diacritics, without them."""
    out = [form]
    folded = fold(form)
    if folded != form:
        out.append(folded)
    for item in list(out):
        if "'" in item:
            out.append(item.replace("'", "’"))
    return out


def slug(name):
    """A CamelCase ASCII id from a name."""
    parts = re.split(r"[^A-Za-z0-9]+", fold(name).replace("'", "").replace("’", ""))
    return "".join(part[:1].upper() + part[1:] for part in parts if part)


# ---------------------------------------------------------------------------------------------------
# The hand-written gazetteer


def read_tsv(path):
    with open(path, encoding="utf-8") as file:
        lines = file.read().split("\n")
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:] if line]


def split_list(cell):
    return [value for value in cell.split("|") if value]


class HandGazetteer:
    """The forms and ids of the hand-written files, and their countries by ISO3."""

    FILES = ("countries", "organizations", "people", "commodities")

    def __init__(self, folder):
        self.forms = {}  # exact form -> file
        self.ids = set()
        self.iso3 = {}
        self.people_keys = {}  # loose key -> person id
        self.people_forms = collections.defaultdict(set)
        self.organization_keys = {}
        self.organization_ids = set()
        self.group_skeletons = set()
        for name in self.FILES:
            for row in read_tsv(os.path.join(folder, "gazetteer", name + ".tsv")):
                self.ids.add(row["id"])
                forms = [row["name"]] + split_list(row["aliases"])
                if name == "countries":
                    forms += split_list(row["demonyms"]) + split_list(row["metonyms"])
                    self.iso3[row["iso3"]] = row["id"]
                for form in forms:
                    self.forms.setdefault(form, name)
                if name == "people":
                    for form in forms:
                        self.people_keys.setdefault(key(form), row["id"])
                        self.people_forms[row["id"]].add(form)
                if name == "organizations":
                    self.organization_ids.add(row["id"])
                    for form in forms:
                        self.organization_keys.setdefault(key(form), row["id"])
                        if row["kind"] in ("ArmedGroup", "Party"):
                            self.group_skeletons.add(skeleton(form))


# ---------------------------------------------------------------------------------------------------
# Officials


def split_code(code):
    """(country code, agent codes) of a Phoenix code: USAGOVMIL -> ("USA", ["GOV", "MIL"])."""
    return code[:3], [code[i:i + 3] for i in range(3, len(code), 3)]


def strip_titles(tokens):
    """The words of a person's form without the titles in front (PRESIDENT_, ISRAELI_PRIME_MINISTER_):
    a leading run of title and context words that holds at least one title. One word at least remains."""
    index, titled, end = 0, False, 0
    while index < len(tokens) - 1:
        word = tokens[index].upper().rstrip(",")
        if word in OFFICE_TITLES:
            titled = True
        elif word not in TITLE_CONTEXT:
            break
        index += 1
        if titled:
            end = index
    rest = tokens[end:] if titled else tokens
    while len(rest) > 2 and rest[0].upper() in NAME_HONORIFICS:
        rest = rest[1:]
    return rest


def is_person_form(tokens):
    """Whether the words, titles stripped, can be a person's full name: two to six words, letters only
    (and . ' - ,), none of them a word of a body."""
    upper = [token.upper().strip(",.") for token in tokens]
    if not 2 <= len(tokens) <= 6 or not all(PERSON_WORD.fullmatch(token) for token in tokens):
        return False
    if len([word for word in upper if word.lower() not in PARTICLES]) < 2:  # Al Assad is a surname alone
        return False
    return not any(word in BODY_WORDS or word in NOT_PERSON_FORM_WORDS for part in upper for word in part.split("-"))


PERSON_WORD = re.compile(r"[^\W\d_][\w.'`,-]*")


class Term:
    """One row of officials.tsv for a person: role, country ISO3 and dates."""

    def __init__(self, role, of, start, end):
        self.role, self.of, self.start, self.end = role, of, start, end

    def row_key(self):
        return (self.start or "", self.end or "", self.role, self.of)


def country_of(code, iso3):
    country = COUNTRY_CODES.get(code, code)
    return country if country in iso3 else None


def term_role(record, code, agents, leader_start_dates):
    """The English role of one code of a person's record, from the file's own words where it has them."""
    if code.comment in CODE_COMMENT_ROLES:
        return CODE_COMMENT_ROLES[code.comment]
    if record.heading in HEADING_ROLES:
        role, heading_code = HEADING_ROLES[record.heading]
        if "".join(agents) == heading_code:
            return role
    if agents == ["GOV"] and code.start in leader_start_dates and not cabinet_shaped(code):
        return "head of state or government"
    first = agents[0]
    if first == "GOV" and len(agents) > 1:
        if agents[1] == "LEG":
            return "legislator"
        if agents[1] in PORTFOLIOS:
            return f"government official ({PORTFOLIOS[agents[1]]})"
    return SECTOR_ROLES.get(first)


def cabinet_shaped(code):
    """Whether a term has the shape of CountryInfo's cabinet lists: from the first of a month to the last
    day of a month (or open). Leaders' terms have exact days."""
    if not code.start or not code.start.endswith("-01"):
        return False
    if code.end is None:
        return True
    following = datetime.date.fromisoformat(code.end) + datetime.timedelta(days=1)
    return following.day == 1


def clean_person(raw):
    """A Phoenix person name without nicknames in quotes, bracketed notes or backticks before a word."""
    raw = re.sub(r'"[^"]*"', " ", raw)
    raw = re.sub(r"\(.*$", " ", raw)
    return re.sub(r"(^|[_\s])`", r"\1", raw).replace("`", "'")


def officials(records, hand, first_names, stats):
    """Person entries of the Countries file: {name, aliases, country, terms, line}."""
    people = []
    for record in records:
        name_tokens = strip_titles(words(clean_person(record.names[0])))
        if not is_person_form(name_tokens):
            continue
        dated = [code for code in record.codes if code.dated]
        if not dated and (record.from_countryinfo or name_tokens[0].upper() not in first_names):
            continue
        # CountryInfo's leaders: an elite term ending the day a bare government term starts.
        elite_ends = {code.end for code in record.codes if split_code(code.code)[1][:1] == ["ELI"] and code.end}
        leader_starts = {code.start for code in record.codes if record.from_countryinfo and code.start in elite_ends}
        terms = []
        for code in dated or record.codes:
            country, agents = split_code(code.code)
            if not agents:
                stats["officials: codes without an agent"] += 1
                continue
            of = country_of(country, hand.iso3)
            if of is None:
                stats["officials: terms of codes that are not countries of countries.tsv"] += 1
                continue
            if of in hand.organization_ids:
                stats[f"officials: terms of {of}, which is also an organization id (ambiguous `of`)"] += 1
                continue
            if agents[0] not in SECTOR_ROLES:
                stats["officials: terms of territories or unknown agents"] += 1
                continue
            if code.dated and code.end is not None and code.end < "1990":
                stats["officials: terms ended before 1990"] += 1
                continue
            if code.dated and code.end is None and code.start is None:
                stats["officials: terms with unreadable dates"] += 1
                continue
            role = term_role(record, code, agents, leader_starts)
            start, end = code.start, code.end
            if start and end and end < start:
                start, end = end, start
            terms.append(Term(role, of, start, end))
        if not terms:
            stats["officials: people with no term from 1990 on"] += 1
            continue
        countries = collections.Counter(term.of for term in terms)
        country = sorted(countries, key=lambda c: (-countries[c], c))[0]
        name = person_name(name_tokens, country)
        aliases = []
        for raw in record.names[1:]:
            stripped = strip_titles(words(clean_person(raw)))
            if not is_person_form(stripped):
                stats["officials: aliases that are not full names"] += 1
                continue
            aliases.append(person_name(stripped, country))
        people.append({"name": name, "aliases": aliases, "country": country, "terms": terms,
                       "line": record.line})
    return people


# ---------------------------------------------------------------------------------------------------
# Groups and bodies


def given_names(records, english):
    """First words of the names of CountryInfo's people (particles, words of bodies and common English words
    aside)."""
    counts = collections.Counter()
    for record in records:
        if record.from_countryinfo:
            tokens = strip_titles(words(clean_person(record.names[0])))
            if is_person_form(tokens):
                counts[tokens[0].upper()] += 1
    return {word for word in counts
            if word not in BODY_WORDS and word.lower() not in FUNCTION_WORDS and word.lower() not in english.common}


def looks_like_person(tokens, first_names, known_people):
    """Whether a name of a group or body file is a person's: a person of people.tsv or of the Countries file,
    or a full name with no word of a body whose first word (titles aside) is a given name."""
    tokens = [token for token in tokens if token]
    if not tokens:
        return False
    if key(" ".join(tokens)) in known_people:
        return True
    if any(word in BODY_WORDS for token in tokens for word in re.split(r"[-/]", token.upper())):
        return False
    stripped = strip_titles(tokens)
    if len(stripped) == 1 < len(tokens):  # a personal title and a name: ACHARYA_KISHORE, LORD_ISMAY
        titles = {token.upper() for token in tokens[: len(tokens) - 1]}
        return bool(titles & PERSONAL_TITLES) and PERSON_WORD.fullmatch(stripped[0]) is not None
    initial = re.fullmatch(r"[A-Z]\.?|([A-Z]\.)+", stripped[0].upper()) is not None  # A, A., A.G.: initials
    return is_person_form(stripped) and (initial or stripped[0].upper() in first_names)


PERSON_ROLE_COMMENT = re.compile(r"spokes|executive|chairman|\bceo\b|president|director", re.IGNORECASE)


def body_forms(raw, english):
    """(name words, acronyms) of a body's Phoenix name: `X_(ABC)_` -> X, [ABC]. Bracketed words that are
    not an acronym of the name (its initials in order, or a short word the treebank does not know) are
    dropped: `DIRECT_ACTION_(GREECE)_` -> Direct Action."""
    acronyms, text = [], raw.strip().strip("_")
    brackets = [match.group(1).strip("_ ") for match in re.finditer(r"\(([^)]*)\)?", text)]
    text = re.sub(r"\([^)]*\)?", " ", text)
    tokens = words(text)
    if len(tokens) == 1 == len(brackets) and len(words(brackets[0])) > 1 and english.is_acronym(tokens[0], alone=True):
        return words(brackets[0]), [tokens[0]]  # EPA_(EJERCITO_DEL_PUEBLO_EN_ARMAS)_
    letters = "".join(part[0] for token in tokens for part in re.split(r"[-/]", token.upper()) if part[:1].isalnum())
    for inner in brackets:
        if not re.fullmatch(r"[A-Z][A-Z0-9./&-]{1,9}", inner):
            continue
        plain = re.sub(r"[^A-Z]", "", inner)
        if is_subsequence(plain, letters) or english.is_acronym(inner, alone=True):
            acronyms.append(inner)
    if tokens and tokens[-1].upper() == "THE" and len(tokens) > 1 and tokens[-2].endswith(","):
        tokens = tokens[:-1]
        tokens[-1] = tokens[-1].rstrip(",")
    if tokens and tokens[0].upper() == "THE":
        tokens = tokens[1:]
    return tokens, acronyms


def is_subsequence(short, long):
    characters = iter(long)
    return bool(short) and all(character in characters for character in short)


def initials(tokens):
    return "".join(token[0] for token in tokens if token.lower() not in FUNCTION_WORDS and token[:1].isalpha()).upper()


def is_common_phrase(name, english):
    """Whether a body's name is ordinary English: only common words, at most two of them content words."""
    tokens = re.split(r"[\s-]+", name)
    content = [token for token in tokens if token.lower() not in FUNCTION_WORDS]
    if not content or len(content) > 2:
        return False
    return all(english.is_common(token.strip("'’s").lower() if token.endswith(("'s", "’s")) else token)
               for token in content)


def bodies(records, kind_of, country_code_of, english, first_names, known_people, stats, label):
    """Body entries {name, kind, aliases, country, line} of a MilNonState or International file."""
    acronyms = set()
    for record in records:
        for raw in record.names:
            acronyms.update(a.upper() for a in body_forms(raw, english)[1])
    entries = []
    for record in records:
        if not record.codes:
            continue
        tokens, first_acronyms = body_forms(record.names[0], english)
        if not tokens:
            continue
        # The firms of Phoenix's stock lists and the groups of its TOPS list are bodies by construction; other
        # records may be people.
        first_code = record.codes[0].code
        listed_body = (first_code.startswith("MNC") and not PERSON_ROLE_COMMENT.search(record.comment)) or (
            len(first_code) == 6 and first_code.endswith("REB"))
        dated_person = any(code.dated for code in record.codes) and is_person_form(strip_titles(tokens))
        if dated_person or militant_person(record, tokens, english) or (
                not listed_body and looks_like_person(tokens, first_names, known_people)):
            stats[f"{label}: records of people"] += 1
            continue
        code, kind = next(((c.code, kind_of(c.code, tokens)) for c in record.codes if kind_of(c.code, tokens)),
                          (None, None))
        if kind is None:
            stats[f"{label}: records of no body kind"] += 1
            continue
        name = body_name(tokens, english, acronyms)
        aliases = list(first_acronyms)
        for raw in record.names[1:]:
            alias_tokens, alias_acronyms = body_forms(raw, english)
            if looks_like_person(alias_tokens, first_names, known_people):
                stats[f"{label}: names of people listed under a body"] += 1
                continue
            if alias_tokens:
                aliases.append(body_name(alias_tokens, english, acronyms))
            aliases += alias_acronyms
        entries.append({"name": name, "kind": kind, "aliases": aliases, "country": country_code_of(code),
                        "line": record.line, "code": code})
    return merge_bodies(entries, stats, label, transliterations=label == "nonstate-groups")


def militant_person(record, tokens, english):
    """Whether a record of MilNonState's list of militants (codes IMG... and BUD..., which mixes people and
    groups) is a person's: its name has no word of a body and is not an acronym."""
    if not record.codes[0].code.startswith(("IMG", "BUD")):
        return False
    if len(tokens) == 1 and english.is_acronym(tokens[0], alone=True):
        return False
    return not any(word in BODY_WORDS for token in tokens for word in re.split(r"[-/]", token.upper()))


def skeleton(name):
    """A name's consonants in order, without h, y and repeats: transliterations of one name share it
    (Lashkar-e-Taiba, Laskar i Toiba: LSKRTB)."""
    letters = re.sub(r"[^A-Z]", "", fold(name).upper())
    letters = re.sub(r"[AEIOUYH]", "", letters)
    return re.sub(r"(.)\1+", r"\1", letters)


def merge_bodies(entries, stats, label, transliterations=False):
    """Bodies listed twice under one name become one, and with `transliterations` so do bodies of one kind
    and country whose names have the same skeleton (the first listed keeps its name, the others' names
    become aliases); a lone acronym record joins the body whose initials it is, when exactly one body with
    the same code has them."""
    by_name = {}
    by_skeleton = {}
    for entry in entries:
        if transliterations and len(skeleton(entry["name"])) >= 4:
            slot = (skeleton(entry["name"]), entry["kind"], entry["country"])
            first = by_skeleton.setdefault(slot, entry)
            if first is not entry and first["name"] != entry["name"]:
                first["aliases"] += [entry["name"]] + entry["aliases"]
                stats[f"{label}: records merged into another spelling of their name"] += 1
                continue
        existing = by_name.get(entry["name"])
        if existing is None:
            by_name[entry["name"]] = entry
        elif existing["kind"] == entry["kind"] and existing["country"] == entry["country"]:
            existing["aliases"] += entry["aliases"]
            stats[f"{label}: records merged into one listed before"] += 1
        else:
            existing["conflict"] = True
    merged = []
    by_initials = collections.defaultdict(list)
    for entry in by_name.values():
        by_initials[(initials(entry["name"].split()), entry["code"])].append(entry)
    for entry in by_name.values():
        if " " not in entry["name"] and entry["name"].isupper():
            targets = [t for t in by_initials.get((entry["name"], entry["code"]), []) if t is not entry]
            if len(targets) == 1:
                targets[0]["aliases"] += [entry["name"]] + entry["aliases"]
                stats[f"{label}: acronym records merged into their body"] += 1
                continue
        merged.append(entry)
    return merged


def nonstate_kind(code, tokens):
    upper = [token.upper() for token in tokens]
    if upper[-1] == "PARTY" or ("PARTY" in upper and upper[upper.index("PARTY") + 1:][:1] == ["OF"]):
        if not any(word in upper for word in ("ARMY", "FRONT", "BRIGADE", "BRIGADES", "FORCES")):
            return "Party"
    return "ArmedGroup"


MEDIA_WORDS = {"NEWS", "TIMES", "POST", "TV", "TELEVISION", "RADIO", "BROADCASTING", "MEDIA", "PRESS", "JOURNAL",
               "HERALD", "TRIBUNE", "GAZETTE", "CHANNEL", "PUBLISHING", "NEWSPAPER", "NEWSPAPERS", "MAGAZINE"}


def international_kind(code, tokens):
    root, agents = code[:3], [code[i:i + 3] for i in range(3, len(code), 3)]
    if root == "MNC":
        media = "MED" in agents and any(token.upper() in MEDIA_WORDS for token in tokens)
        return "Media" if media else "Company"
    if root in ("IGO", "NGO"):
        return "InternationalOrganization"
    if root == "MED":
        return "Media"
    return None


# ---------------------------------------------------------------------------------------------------
# Resolving forms: ambiguity, hand-file collisions, ids


def resolve(entries, hand, english, stats, label_of, person):
    """Drops forms that break the quality rules, ambiguous ones and those of the hand files; gives ids."""
    owners = collections.defaultdict(set)
    for index, entry in enumerate(entries):
        forms = []
        for form in [entry["name"]] + entry["aliases"]:
            forms += spellings(form)
        entry["forms"] = list(dict.fromkeys(forms))
        for form in entry["forms"]:
            owners[form].add(index)
    kept = []
    for index, entry in enumerate(entries):
        label = label_of(entry)
        name = entry["name"]
        if len(owners[name]) > 1:
            stats[f"{label}: entries whose name another entry also has"] += 1
            continue
        if name in hand.forms:
            stats[f"{label}: entries whose name is a form of {hand.forms[name]}.tsv"] += 1
            continue
        if not person and (is_common_phrase(name, english) or (" " not in name and english.is_common(name))):
            stats[f"{label}: entries whose name is ordinary English"] += 1
            continue
        if len(re.sub(r"[^A-Za-z]", "", name)) <= 2:
            stats[f"{label}: entries whose name has one or two letters"] += 1
            continue
        aliases = []
        for form in entry["forms"]:
            if form == name:
                continue
            if form in hand.forms:
                stats[f"{label}: aliases dropped, forms of the hand-written files"] += 1
            elif len(owners[form]) > 1:
                stats[f"{label}: aliases dropped, claimed by two entries"] += 1
            elif len(re.sub(r"[^A-Za-z]", "", form)) <= 2:
                stats[f"{label}: aliases dropped, one or two letters"] += 1
            elif " " not in form and english.is_common(form):
                stats[f"{label}: aliases dropped, common English words"] += 1
            elif not person and is_common_phrase(form, english):
                stats[f"{label}: aliases dropped, ordinary English phrases"] += 1
            else:
                aliases.append(form)
        entry["aliases"] = aliases
        kept.append(entry)
    return kept


def assign_ids(entries, taken, country_ids):
    """Gives each entry an id: the slug of its name, or with its country's id after it when taken."""
    for entry in sorted(entries, key=lambda e: (e["name"], e.get("country") or "", e["line"])):
        base = slug(entry["name"])
        candidate = base
        if candidate in taken and entry.get("country"):
            candidate = base + country_ids[entry["country"]]
        number = 2
        while candidate in taken:
            candidate = f"{base}{number}"
            number += 1
        taken.add(candidate)
        entry["id"] = candidate


# ---------------------------------------------------------------------------------------------------
# Agents

AGENT_LINE = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]")
PREPOSITIONS = {"of", "to", "for", "in", "at", "on", "from", "with", "by"}

#: Head words of agent nouns that name a body rather than people.
BODY_HEADS = set(
    """administration aerospace agency airline airway alliance apparatus armies army assemblies assembly
    center centre foundation fund
    association authority authorities bank battalion blog board bodies body branch brigade bureau
    bureaucracy business cabinet cartel chamber chancellery chancery church clergy coalition college
    command commission committee community company conglomerate congress consulate corp corporation council court
    courts daily delegation department dept diocese archdiocese directorate duma embassy enforcement enterprise
    exchange faction federale federation firm force front gang gangdom gazette gendarmerie gendarmery league
    gendermarie government group house industry infantry insurgence insurgency institute institution
    intelligence judicatory judicature junta leadership legislature mafia maffia magazine media milita
    militia ministry ministries mission monastary monastery movement muhabarat mukabarat mukhabarat
    nationale navy network newspaper ngo office org organisation organization outlet parliament parties
    party patrol phalanx police politburo polity presidency presidium praesidium preschool procuratorate
    publication radio rebellion regime regiment reserve revolt school secretariat secretariate security
    senate service services squad station supreme syndicate system tabloid telecom television tribunal
    tv union unit university uprising website wing kindergarten kindergarden conservatory""".split()
)

#: Head words of agent nouns that name things, places or doings rather than actors (dropped).
THING_HEADS = set(
    """activity aircraft airliner along apache artillery barracks base battleship battlewagon boat
    building carrier check chinook containership corvette craft destroyer district dragonfly drone drones
    equipment facilitiy facility falcon freighter frigate governance gun gunship helicopter helicopters
    hmmwv hornet information jet jumbojet kfir kingdom led loan machine meeting mig missile monarcy
    naturalized neighborhood neighbourhood operation operations orion osprey palace plane planes portfolio
    position poseidon post presence prison raptor religion rule sanatarium sanatorium sanitarium
    schoolhouse settlement ship site state-owned supertanker tank tanker town typhoon uav vehicle vessel village
    warplane warship""".split()
)

#: Stems the agents file leaves unfinished (TRANSPORT_COMPAN) and the word they stand for.
STEMS = {"compan": "company", "industr": "industry", "authorit": "authority", "manafacture": "manufacturer"}

MACROS = {
    "!PERSON!": [("man", "men"), ("woman", "women"), ("person", None)],
    "!MINIST!": [("minister", "ministers"), ("ministry", "ministries")],
}


#: Nouns with no plural.
UNCOUNTABLE = set(
    """aerospace clergy enforcement gendarmerie infantry intelligence leadership media military opposition
    people personnel police security soldiery staff youth""".split()
)


def plural(word):
    """The regular English plural of `word` (the word itself when it has none)."""
    if word.endswith(".") or word in UNCOUNTABLE:
        return word
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(s|sh|ch|x|z)$", word):
        return word + "es"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


def head_index(words_):
    """The head of a noun phrase: the word before the first preposition, or the last word."""
    return next((i - 1 for i, word in enumerate(words_) if word in PREPOSITIONS and i > 0), len(words_) - 1)


def singular_of(word, english):
    """The singular of a plural head the treebank knows (students -> student), or None."""
    for suffix, replacement in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(suffix) and not word.endswith(("ss", "us", "is")):
            candidate = word[: -len(suffix)] + replacement
            if candidate in english.common:
                return candidate
    return None


def phrase_words(text):
    return [w.lower() for w in re.split(r"[_\s]+", text.strip("_ ")) if w]


def agent_nouns(path, english, stats):
    """Rows (noun, forms, class, sector) of the agents file, first listing of each noun kept."""
    rows = {}
    with open(path, encoding="utf-8") as file:
        for raw in file:
            text = raw.split("#")[0].strip()
            match = AGENT_LINE.match(text)
            if not match or text.startswith("!") and "=" in text:
                continue
            code = match.group("code").strip().replace("~", "")
            sector = SECTORS.get(code[:3])
            if sector is None:
                stats["agents: codes without a sector"] += 1
                continue
            # !MINIST! inside a word is a slip for the letters (AD!MINIST!RATION); MINIST alone is a TABARI
            # stem for minister and ministry, which the macro spells out.
            phrase = re.sub(r"(?<=[A-Z])!MINIST!", "MINIST", match.group("phrase").strip())
            phrase = re.sub(r"(?<![A-Z!])MINIST(?![A-Z!])", "!MINIST!", phrase)
            plural_given = match.group("plural")
            variants = [(phrase, None)]
            for macro, expansions in MACROS.items():
                if macro in phrase:
                    variants = [(phrase.replace(macro, singular.upper()),
                                 phrase.replace(macro, plural_.upper()) if plural_ else "")
                                for singular, plural_ in expansions]
            for singular_text, plural_text in variants:
                singular = phrase_words(singular_text)
                while singular and singular[0] in ("a", "an", "the"):
                    singular = singular[1:]
                singular = [STEMS.get(word, word) for word in singular]
                if not singular:
                    continue
                if singular[-1] in PREPOSITIONS:
                    stats["agents: fragments ending in a preposition"] += 1
                    continue
                head = head_index(singular)
                if singular[head] in THING_HEADS or any(re.search(r"\d", w) and not re.fullmatch(r"\d+(st|nd|rd|th)", w)
                                                        for w in singular):
                    stats["agents: nouns of things, places or doings"] += 1
                    continue
                if not all(re.fullmatch(r"[a-z][a-z.'-]*|\(jg\)", w) for w in singular):
                    stats["agents: nouns with characters other than letters"] += 1
                    continue
                if plural_text is None and plural_given is None and singular_of(singular[head], english):
                    plural_text = " ".join(singular)  # a plural listed alone: students -> student|students
                    singular = singular[:head] + [singular_of(singular[head], english)] + singular[head + 1:]
                forms = [" ".join(singular)]
                if plural_text is not None:
                    if plural_text:
                        forms.append(" ".join(phrase_words(plural_text)))
                elif plural_given is not None and plural_given.strip():
                    given = phrase_words(plural_given)
                    if len(given) == len(singular) and sum(a != b for a, b in zip(given, singular)) <= 1:
                        forms.append(" ".join(given))
                    else:  # a plural of another phrase (MEMBER_OF_THE_LEGISLATURE {MEMBERS_OF_THE_SENATE})
                        stats["agents: given plurals of another phrase, replaced by the regular plural"] += 1
                        forms.append(" ".join(singular[:head] + [plural(singular[head])] + singular[head + 1:]))
                elif plural_given is not None:
                    pass
                elif singular[head] != plural(singular[head]):
                    forms.append(" ".join(singular[:head] + [plural(singular[head])] + singular[head + 1:]))
                noun = forms[0]
                kind = "Organization" if singular[head] in BODY_HEADS else "Group"
                if noun in rows:
                    stats["agents: nouns listed twice"] += 1
                    continue
                rows[noun] = (noun, list(dict.fromkeys(forms)), kind, sector)
    # A noun that is another noun's plural (MEN beside MAN) goes; then a form belongs to the first noun in
    # alphabetical order that lists it.
    plurals = {form for _, forms, _, _ in rows.values() for form in forms[1:]}
    owners, out = {}, []
    for noun in sorted(rows):
        _, forms, kind, sector = rows[noun]
        if noun in owners or (noun in plurals and noun not in rows[noun][1][1:]):
            stats["agents: nouns that are a form of another noun"] += 1
            continue
        kept = [form for form in forms if form not in owners]
        for form in kept:
            owners[form] = noun
        out.append((noun, "|".join(kept), kind, sector))
    return out


# ---------------------------------------------------------------------------------------------------
# Output


def tsv(header, rows):
    lines = ["\t".join(header)] + ["\t".join(row) for row in rows]
    for line in lines:
        assert "\n" not in line
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--countries", default=os.path.join(PHOENIX, "Phoenix.Countries.actors.txt"))
    parser.add_argument("--international", default=os.path.join(PHOENIX, "Phoenix.International.actors.txt"))
    parser.add_argument("--milnonstate", default=os.path.join(PHOENIX, "Phoenix.MilNonState.actors.txt"))
    parser.add_argument("--agents", default=os.path.join(PHOENIX, "Phoenix.agents.txt"))
    parser.add_argument("--treebank", default=TREEBANK)
    parser.add_argument("--ontology", default=os.path.join(ROOT, "Ontology"))
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when a file would change")
    arguments = parser.parse_args()

    stats = collections.Counter()
    hand = HandGazetteer(arguments.ontology)
    english = English(arguments.treebank)
    for row in read_tsv(os.path.join(arguments.ontology, "lexicon", "titles.tsv")):
        OFFICE_TITLES.update(w.upper() for w in row["title"].split() if w.lower() not in FUNCTION_WORDS)
    with open(os.path.join(arguments.ontology, "lexicon", "honorifics.txt"), encoding="utf-8") as file:
        for line in file:
            if line.strip():
                OFFICE_TITLES.update({line.strip().upper(), line.strip().upper().rstrip(".")})
    for row in read_tsv(os.path.join(arguments.ontology, "gazetteer", "countries.tsv")):
        for form in [row["name"]] + split_list(row["aliases"]) + split_list(row["demonyms"]):
            TITLE_CONTEXT.update(fold(w).upper() for w in form.split())
    countries = read_actor_file(arguments.countries, stats)
    first_names = given_names(countries, english)
    international = read_actor_file(arguments.international, stats)
    milnonstate = read_actor_file(arguments.milnonstate, stats)

    # People of the Countries file, minus those of people.tsv.
    people = []
    lacking = collections.defaultdict(set)
    for person in officials(countries, hand, first_names, stats):
        forms = [person["name"]] + person["aliases"]
        known = next((hand.people_keys[key(f)] for f in forms if key(f) in hand.people_keys), None)
        if known:
            stats["officials: people already in people.tsv"] += 1
            known_keys = {key(f) for f in hand.people_forms[known]}
            lacking[known].update(f for f in forms if key(f) not in known_keys)
            continue
        people.append(person)
    # Merge a person's records that share name and country.
    merged = {}
    for person in people:
        slot = (person["name"], person["country"])
        if slot in merged:
            merged[slot]["aliases"] += person["aliases"]
            merged[slot]["terms"] += person["terms"]
            stats["officials: records merged into one listed before"] += 1
        else:
            merged[slot] = person
    people = resolve(list(merged.values()), hand, english, stats, lambda e: "officials", person=True)
    known_people = {key(person["name"]) for person in people} | set(hand.people_keys)

    def country_code_of(code):
        root, rest = code[:3], code[3:6]
        if root in ("IGO", "NGO", "MNC", "IMG"):
            return country_of(rest, hand.iso3) if rest and rest not in SECTORS else None
        return country_of(root, hand.iso3)

    groups = bodies(milnonstate, nonstate_kind, country_code_of, english, first_names, known_people, stats,
                    "nonstate-groups")
    international_bodies = bodies(international, international_kind, country_code_of, english, first_names,
                                  known_people, stats, "international-bodies")
    organizations = []
    for label, entries in (("nonstate-groups", groups), ("international-bodies", international_bodies)):
        for entry in entries:
            if entry.get("conflict"):
                stats[f"{label}: names of two bodies of different kinds or countries"] += 1
                continue
            forms = [entry["name"]] + entry["aliases"]
            if any(key(form) in hand.organization_keys for form in forms) or (
                    label == "nonstate-groups"
                    and any(len(skeleton(form)) >= 3 and skeleton(form) in hand.group_skeletons for form in forms)):
                stats[f"{label}: bodies already in organizations.tsv"] += 1
                continue
            entry["file"] = label
            organizations.append(entry)
    organizations = resolve(organizations, hand, english, stats, lambda e: e["file"], person=False)

    taken = set(hand.ids)
    assign_ids(people, taken, hand.iso3)
    assign_ids(organizations, taken, hand.iso3)

    official_rows = []
    for person in people:
        aliases = "|".join(person["aliases"])
        seen = set()
        for term in person["terms"]:
            if term.row_key() in seen:
                continue
            seen.add(term.row_key())
            official_rows.append((person["id"], person["name"], aliases, term.role, term.of, term.start or "",
                                  term.end or "", ""))
    official_rows.sort(key=lambda row: (row[0], row[5], row[6], row[3], row[4]))
    outputs = {
        "gazetteer/officials.tsv": tsv(["id", "name", "aliases", "role", "of", "start", "end", "wikidata"],
                                       official_rows),
    }
    for label in ("nonstate-groups", "international-bodies"):
        rows = sorted((e["id"], e["name"], e["kind"], "|".join(e["aliases"]), e["country"] or "", "")
                      for e in organizations if e["file"] == label)
        outputs[f"gazetteer/{label}.tsv"] = tsv(["id", "name", "kind", "aliases", "country", "wikidata"], rows)
    outputs["lexicon/agents.tsv"] = tsv(
        ["noun", "forms", "class", "sector"], agent_nouns(arguments.agents, english, stats))

    changed = []
    for path, text in sorted(outputs.items()):
        full = os.path.join(arguments.ontology, path)
        old = open(full, encoding="utf-8").read() if os.path.exists(full) else None
        if old != text:
            changed.append(path)
            if not arguments.check:
                with open(full, "w", encoding="utf-8", newline="\n") as file:
                    file.write(text)
        stats[f"{path}: rows"] = text.count("\n") - 1
    for name, count in sorted(stats.items()):
        print(f"{count:7d}  {name}", file=sys.stderr)
    lacking = {person: forms for person, forms in lacking.items() if forms}
    if lacking:
        print(f"Phoenix spellings of {len(lacking)} people of people.tsv that it lacks:", file=sys.stderr)
        for person in sorted(lacking):
            print(f"  {person}: {' | '.join(sorted(lacking[person]))}", file=sys.stderr)
    if arguments.check and changed:
        print("would change: " + ", ".join(changed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
